#include "ui/editor/LeavesModel.h"

#include "core/i18n/Message.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Kind, From, To, Percent, Days, Weighed };
}

LeavesModel::LeavesModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"leaves"_s, parent)
{
    using K = Column::Kind;
    setColumns({
        {u"kind"_s,
         tr("Kind"),
         K::Choice,
         tr("Every kind but \"other\" extends the period, weighed per day (LEAVE-EXT, C-LEAVE, § 7.1, § 7.3)"),
         0,
         0,
         0,
         {},
         enumLabelList<LeaveKind>(document->workspace()->language())},
        {u"from"_s, tr("From"), K::Date, tr("The first day of absence (both ends count, C-DATE)")},
        {u"to"_s, tr("To"), K::Date, tr("The last day of absence (both ends count, C-DATE)")},
        {u"percent"_s, tr("Percent"), K::Whole,
         tr("The share of full working time the leave covers: graded sick leave at 40 % is 40"), 1, 100},
        {u"days"_s, tr("Days"), K::ReadOnly, tr("Calendar days from the first to the last day")},
        {u"weighed"_s, tr("Weighed"), K::ReadOnly,
         tr("The days this leave weighs: its days inside the period times its percent (C-LEAVE, § 7.1). Where "
            "leaves overlap, a day weighs at most 100 %, and the case's total is rounded up once")},
    });
}

QString LeavesModel::itemName() const
{
    return tr("leave");
}

qsizetype LeavesModel::count(const Case& c) const
{
    return c.leaves.size();
}

QVariant LeavesModel::value(const Case& c, int row, int column) const
{
    const Leave& leave = c.leaves.at(row);
    switch (column) {
    case Kind:
        return static_cast<int>(leave.kind);
    case From:
        return leave.from;
    case To:
        return leave.to;
    case Percent:
        return leave.percent;
    case Days:
        return leave.from.isValid() && leave.to.isValid() ? conventions::inclusiveDays(leave.from, leave.to) : 0;
    default:
        return formatNumber(PeriodCalculator::weighedDays(leave, document()->evaluation().period),
                            document()->workspace()->language());
    }
}

bool LeavesModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    Leave& leave = c.leaves[row];
    switch (column) {
    case Kind:
        leave.kind = static_cast<LeaveKind>(value.toInt());
        return true;
    // Stored as typed: a To before From or a percent out of range is shown on the cell and keeps the case
    // from being saved (validateCase()); nothing is moved or clamped to fit.
    case From:
        leave.from = value.toDate();
        return true;
    case To:
        leave.to = value.toDate();
        return true;
    case Percent:
        leave.percent = value.toInt();
        return true;
    default:
        return false;
    }
}

void LeavesModel::insertDefault(Case& c)
{
    // Two weeks of sick leave from today, or from the start of a period that has not begun.
    Leave leave;
    const QDate today = document()->workspace()->today();
    leave.from = c.appointment.start.isValid() && c.appointment.start > today ? c.appointment.start : today;
    leave.to = leave.from.addDays(13);
    c.leaves.append(leave);
}

void LeavesModel::remove(Case& c, int row)
{
    c.leaves.removeAt(row);
}

} // namespace rekrutt
