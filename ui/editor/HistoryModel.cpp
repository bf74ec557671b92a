#include "ui/editor/HistoryModel.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Type, InstitutionColumn, Start, End, Fte };
}

HistoryModel::HistoryModel(CaseDocument* document, QObject* parent)
    : CaseTableModel(document, u"person.history"_s, parent)
{
    using Kind = Column::Kind;
    const QString ruleHint = tr("Counted by ONCE (§ 2.1.1, § 2.4.1, § 2.5), RA-TOTAL and RA-DEGREE (§ 2.6)");
    setColumns({
        {u"type"_s,
         tr("Position"),
         Kind::Choice,
         ruleHint,
         0,
         0,
         0,
         {},
         enumLabelList<PositionType>(document->workspace()->language())},
        {u"institution"_s, tr("Institution"), Kind::Text, ruleHint},
        {u"start"_s, tr("Start"), Kind::Date},
        {u"end"_s, tr("End"), Kind::Date},
        {u"ftePercent"_s, tr("FTE %"), Kind::Number, tr("Share of a full-time position, in per cent"), 0, 100, 1},
    });
}

QString HistoryModel::itemName() const
{
    return tr("earlier appointment");
}

int HistoryModel::stretchColumn() const
{
    return InstitutionColumn;
}

qsizetype HistoryModel::count(const Case& c) const
{
    return c.person.history.size();
}

QVariant HistoryModel::value(const Case& c, int row, int column) const
{
    const HistoryEntry& h = c.person.history.at(row);
    switch (column) {
    case Type:
        return static_cast<int>(h.type);
    case InstitutionColumn:
        return h.institution;
    case Start:
        return h.start;
    case End:
        return h.end;
    default:
        return h.ftePercent;
    }
}

bool HistoryModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    HistoryEntry& h = c.person.history[row];
    switch (column) {
    case Type:
        h.type = static_cast<PositionType>(value.toInt());
        break;
    case InstitutionColumn:
        h.institution = value.toString().trimmed();
        break;
    // Stored as typed: an end before the start is shown on the cell and keeps the case from being saved.
    case Start:
        h.start = value.toDate();
        break;
    case End:
        h.end = value.toDate();
        break;
    default:
        h.ftePercent = value.toDouble();
        break;
    }
    return true;
}

void HistoryModel::insertDefault(Case& c)
{
    // Most earlier appointments that matter end just before this one.
    HistoryEntry entry;
    entry.type = PositionType::ResearchAssistant;
    entry.institution = c.institution;
    const QDate start = c.appointment.start.isValid() ? c.appointment.start : QDate::currentDate();
    entry.end = start.addDays(-1);
    entry.start = start.addYears(-1);
    c.person.history.append(entry);
}

void HistoryModel::remove(Case& c, int row)
{
    c.person.history.removeAt(row);
}

} // namespace rekrutt
