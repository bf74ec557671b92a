#pragma once

#include "core/domain/Case.h"
#include "core/domain/Role.h"
#include "core/i18n/Message.h"

#include <optional>

namespace rekrutt {

/**
 * Decisions stay decided (§ 1.1, § 7): an extension a dean approved or rejected, or a leave of a kind the
 * dean decides (LEAVE-DECISION, § 7.3), is changed, removed or decided again only by the role that decided
 * it, and only a dean decides one.
 *
 * The same for the other decisions of a case: only a dean records or withdraws the appointment decision
 * (`appointment.decidedBy`), and only the head of department signs a ranking (§ 6).
 *
 * Returns why `role` (none: no identity) may not turn `before` into `after`, or a null message when
 * it may. Rows are compared as values, so that removing an undecided row above a decided one
 * (which moves it up) is no change to the decision.
 */
Message decisionChangeRefused(const Case& before, const Case& after, std::optional<Role> role);

/** Whether `after` changes, removes or adds a decided extension or leave of `before`. */
bool changesDecisions(const Case& before, const Case& after);

/** Records on `row` (an Extension or a Leave) that `by`, in the role `roleKey`, decided it `status` at `at`. */
template <typename Row>
void recordDecision(Row& row, DecisionStatus status, const QString& by, const QString& roleKey, const QDateTime& at)
{
    row.status = status;
    row.decidedBy = by;
    row.decidedRole = roleKey;
    row.decidedAt = at;
}

} // namespace rekrutt
