#include "ui/editor/LeavesModel.h"

#include "core/domain/Decisions.h"
#include "core/domain/Role.h"
#include "core/i18n/Message.h"
#include "core/rules/Conventions.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/Labels.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
enum Col { Kind, From, To, Percent, Decision, DecidedBy, Days, Weighed };
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
        {u"status"_s, tr("Decision"), K::ReadOnly,
         tr("Leave for a temporary position, a fellowship abroad and other leave is decided by the dean; it extends "
            "only once approved (LEAVE-DECISION, § 7.3). Statutory leave and sickness are rights: no decision. A dean "
            "selects the row and uses Approve or Reject.")},
        {u"decidedBy"_s, tr("Decided by"), K::ReadOnly, tr("Recorded when a dean approves or rejects")},
        {u"days"_s, tr("Days"), K::ReadOnly, tr("Calendar days from the first to the last day")},
        {u"weighed"_s, tr("Weighed"), K::ReadOnly,
         tr("The days this leave counts: its days inside the period times its percent (C-LEAVE, § 7.1), less "
            "what falls on days already full with other leave (a day weighs at most 100 %) or beyond six months "
            "of leave for a temporary position or a fellowship abroad (C-LEAVE-CAP, § 7.3). The column adds up to "
            "the case's leave extension, which is rounded up once")},
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
    case Decision:
        return leaveIsDecided(leave.kind) ? enumLabel(leave.status, document()->workspace()->language()) : tr("—");
    case DecidedBy:
        return decisionRecord(leave.decidedBy, leave.decidedRole, leave.decidedAt, document()->workspace()->language());
    case Days:
        return leave.from.isValid() && leave.to.isValid() ? conventions::inclusiveDays(leave.from, leave.to) : 0;
    default:
        return formatNumber(document()->countedLeaveDays().value(row), document()->workspace()->language());
    }
}

bool LeavesModel::setValue(Case& c, int row, int column, const QVariant& value)
{
    Leave& leave = c.leaves[row];
    const Leave before = leave;
    switch (column) {
    case Kind: {
        const bool wasDecided = leaveIsDecided(leave.kind);
        leave.kind = static_cast<LeaveKind>(value.toInt());
        // LEAVE-DECISION: a leave that becomes one of the kinds the dean decides waits for the dean; one that
        // becomes a statutory leave is a right and has no decision.
        if (leaveIsDecided(leave.kind) != wasDecided) {
            recordDecision(leave, leaveIsDecided(leave.kind) ? DecisionStatus::Proposed : DecisionStatus::Approved,
                           QString(), QString(), QDateTime());
        }
        break;
    }
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
        break;
    default:
        return false;
    }
    // A decided leave changed by the role that decided it is decided anew: by whom and when is recorded.
    if (leave != before && leaveIsDecided(leave.kind) && leave.status != DecisionStatus::Proposed) {
        const Workspace* workspace = document()->workspace();
        recordDecision(leave, leave.status, workspace->userName(), roleKey(workspace->role()),
                       workspace->clock().now());
    }
    return true;
}

QString LeavesModel::lockReason(int row) const
{
    const QList<Leave>& leaves = document()->data().leaves;
    if (row < 0 || row >= leaves.size() || !leaveIsDecided(leaves.at(row).kind)
        || leaves.at(row).status == DecisionStatus::Proposed)
        return {};
    const Leave& leave = leaves.at(row);
    const Role decider = roleFromKey(leave.decidedRole).value_or(Role::Dean);
    if (document()->workspace()->role() == decider)
        return {};
    const Language language = document()->workspace()->language();
    const QString deciderName = translate(language, "Enums", roleLabel(decider)).toLower();
    return tr("This leave was %1 by %2. Only the %3 may change or remove it (LEAVE-DECISION, § 7.3).")
        .arg(enumLabel(leave.status, language).toLower(), leave.decidedBy.isEmpty() ? deciderName : leave.decidedBy,
             deciderName);
}

QString LeavesModel::confirmChange(int row) const
{
    const QList<Leave>& leaves = document()->data().leaves;
    if (row < 0 || row >= leaves.size() || !leaveIsDecided(leaves.at(row).kind)
        || leaves.at(row).status == DecisionStatus::Proposed || !lockReason(row).isEmpty())
        return {};
    return tr("%1 is %2. Change the decision? The change is recorded with your name and the time.")
        .arg(describeRow(row), enumLabel(leaves.at(row).status, document()->workspace()->language()).toLower());
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
