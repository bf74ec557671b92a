#include "core/domain/Decisions.h"

#include <QList>

namespace rekrutt {

namespace {

bool isDecided(const Extension& extension)
{
    return extension.status != DecisionStatus::Proposed;
}

/** A statutory leave is a right with no decision; the kinds the dean decides are decided once not proposed. */
bool isDecided(const Leave& leave)
{
    return leaveIsDecided(leave.kind) && leave.status != DecisionStatus::Proposed;
}

/**
 * The decided rows that are in `from` and not in `other`, each as often as it is missing there: a
 * multiset difference by value. The lists are short (a case has a handful of extensions and leaves).
 */
template <typename Row> QList<Row> decidedOnlyIn(const QList<Row>& from, const QList<Row>& other)
{
    QList<Row> rest;
    for (const Row& row : other) {
        if (isDecided(row))
            rest.append(row);
    }
    QList<Row> missing;
    for (const Row& row : from) {
        if (!isDecided(row))
            continue;
        const qsizetype at = rest.indexOf(row);
        if (at >= 0)
            rest.removeAt(at);
        else
            missing.append(row);
    }
    return missing;
}

/** The role that decided `row`; a dean when the record does not say (an imported case). */
template <typename Row> Role decider(const Row& row)
{
    return roleFromKey(row.decidedRole).value_or(Role::Dean);
}

template <typename Row> bool changes(const QList<Row>& before, const QList<Row>& after)
{
    return before != after && (!decidedOnlyIn(before, after).isEmpty() || !decidedOnlyIn(after, before).isEmpty());
}

/** The refusal for one list: `changed` when a decision of another role goes, `decided` for a new one. */
template <typename Row>
Message refused(const QList<Row>& before, const QList<Row>& after, std::optional<Role> role, const char* changed,
                const char* decided)
{
    if (before == after)
        return {};
    // A decision changed, removed or decided again: only by the role that made it.
    for (const Row& gone : decidedOnlyIn(before, after)) {
        if (!role || *role != decider(gone))
            return Message("Decisions", changed, {Message::Arg("Enums", roleLabel(decider(gone)))});
    }
    // A new decision: only a dean decides (§ 1.1, § 7).
    if (!decidedOnlyIn(after, before).isEmpty() && !(role && mayDecideExtensions(*role)))
        return Message("Decisions", decided);
    return {};
}

} // namespace

bool changesDecisions(const Case& before, const Case& after)
{
    return changes(before.extensions, after.extensions) || changes(before.leaves, after.leaves);
}

Message decisionChangeRefused(const Case& before, const Case& after, std::optional<Role> role)
{
    Message message
        = refused(before.extensions, after.extensions, role,
                  QT_TRANSLATE_NOOP("Decisions",
                                    "An extension that was approved or rejected can be changed or removed "
                                    "only in the role that decided it (§ 1.1, § 7): %1."),
                  QT_TRANSLATE_NOOP("Decisions", "Only a dean may approve or reject an extension (§ 1.1, § 7)."));
    if (!message.isNull())
        return message;
    message
        = refused(before.leaves, after.leaves, role,
                  QT_TRANSLATE_NOOP("Decisions",
                                    "A leave that was approved or rejected can be changed or removed only in the "
                                    "role that decided it (§ 1.1, § 7.3): %1."),
                  QT_TRANSLATE_NOOP("Decisions",
                                    "Only a dean may approve or reject leave for a temporary position, a fellowship "
                                    "abroad or other leave (LEAVE-DECISION, § 7.3)."));
    if (!message.isNull())
        return message;
    // The appointment decision is the dean's to record, and to withdraw (§ 1.1).
    if (before.appointment.decidedBy != after.appointment.decidedBy && !(role && mayDecideExtensions(*role)))
        return Message("Decisions",
                       QT_TRANSLATE_NOOP("Decisions",
                                         "Only a dean may record or withdraw the appointment "
                                         "decision (§ 1.1)."));
    // A ranking is signed by the head of department (§ 6); a signature withdrawn because the ranking changed
    // (withdrawStaleRankingSignature()) is no signature, and anyone's change may withdraw it.
    const QString signedBefore = before.recruitment ? before.recruitment->rankingSignedBy : QString();
    const QString signedAfter = after.recruitment ? after.recruitment->rankingSignedBy : QString();
    if (!signedAfter.isEmpty() && signedAfter != signedBefore && !(role && maySignRanking(*role)))
        return Message("Decisions",
                       QT_TRANSLATE_NOOP("Decisions",
                                         "Only the head of department may sign the ranking "
                                         "(§ 6)."));
    return {};
}

} // namespace rekrutt
