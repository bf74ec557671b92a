#include "ui/editor/DutyWorkModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { From, To, Category, Hours, Lectures };
}

DutyWorkModel::DutyWorkModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"dutyWork"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"from"_s, tr("From"), K::Date},
        {u"to"_s, tr("To"), K::Date,
         tr("PhD-type: no duty work in the last 12 months before the end (DUTY-LAST-YEAR, § 3.3)")},
        {u"category"_s,
         tr("Category"),
         K::Choice,
         tr("The kinds of duty work of § 3.2; administrative work is flagged (DUTY-ADMIN)"),
         0,
         0,
         0,
         {},
         enumLabelList<DutyCategory>(document->workspace()->language())},
        {u"hours"_s, tr("Hours"), K::Number, tr("Worked hours (C-HOURS)"), 0, 100000, 1},
        {u"originalLectureHours"_s, tr("Original lectures"), K::Number,
         tr("Hours of original lectures among them: 50 % extra credit for PhD-type cases (§ 3.3)"), 0, 100000, 1},
    });
}

QString DutyWorkModel::itemName() const
{
    return tr("duty work");
}

qsizetype DutyWorkModel::count(const Case& c) const
{
    return c.dutyWork.size();
}

QVariant DutyWorkModel::value(const Case& c, int row, int column) const
{
    const DutyWork& w = c.dutyWork.at(row);
    switch (column) {
    case From:
        return w.from;
    case To:
        return w.to;
    case Category:
        return static_cast<int>(w.category);
    case Hours:
        return w.hours;
    default:
        return w.originalLectureHours;
    }
}

bool DutyWorkModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    DutyWork& w = c.dutyWork[row];
    switch (column) {
    // What is typed is stored as typed: a To before From, or more lecture hours than hours, is shown on
    // the field and keeps the case from being saved (validateCase()), never moved to fit.
    case From:
        w.from = value.toDate();
        return true;
    case To:
        w.to = value.toDate();
        return true;
    case Category:
        w.category = static_cast<DutyCategory>(value.toInt());
        return true;
    case Hours:
        w.hours = value.toDouble();
        return true;
    default:
        w.originalLectureHours = value.toDouble();
        return true;
    }
}

void DutyWorkModel::insertDefault(Case& c)
{
    // A term of teaching from today (or from the start of the period).
    DutyWork work;
    const QDate today = document()->workspace()->today();
    work.from = c.appointment.start.isValid() && c.appointment.start > today ? c.appointment.start : today;
    work.to = work.from.addMonths(5).addDays(-1);
    c.dutyWork.append(work);
}

void DutyWorkModel::remove(Case& c, int row)
{
    c.dutyWork.removeAt(row);
}

} // namespace rekrutt
