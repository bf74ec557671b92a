#pragma once

#include "core/domain/Case.h"
#include "core/domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rekrutt {

/** One step a vacancy took: to which stage, when, and who took it in which role (the stage log). */
struct VacancyStep
{
    VacancyStage stage = VacancyStage::Draft;
    QDateTime at;
    QString by;
    /** roleKey() of the role the step was taken in. */
    QString role;

    /** The database row that holds it (not part of its value, see RowId). */
    RowId row;

    bool operator==(const VacancyStep&) const = default;
};

/**
 * A vacancy: a position announced and the recruitment to it (§ 4–6), a record of its own from the draft of the
 * announcement to the signed contract, kept before anyone is appointed. The appointments made from it name it and
 * share its recruitment (`Case::recruitment` is this `recruitment`).
 */
struct Vacancy
{
    /** How the office names the position ("PhD fellow in machine learning"). */
    QString title;
    /**
     * The position announced: type, unit, planned start, length, FTE share, duty share, hours of a research
     * assistant paid by the hour, combined with studies, linked to a project. An appointment made from the vacancy
     * starts from it; its other members stay empty.
     */
    Appointment position;
    Recruitment recruitment;
    VacancyStage stage = VacancyStage::Draft;
    /** The applicant the dean appointed (`Applicant::id`); empty until the decision. */
    QString appointedApplicant;
    /** The steps taken, oldest first. Kept in the database; a step is only ever added. */
    QList<VacancyStep> steps;

    bool operator==(const Vacancy&) const = default;
};

/** The stage the normal path goes on to from `stage`; nullopt once it has ended (isEndedStage()). */
std::optional<VacancyStage> nextStage(VacancyStage stage);

/** Contract signed, re-advertised or cancelled: no step leads on from it. */
constexpr bool isEndedStage(VacancyStage stage)
{
    return stage == VacancyStage::ContractSigned || stage == VacancyStage::Readvertised
        || stage == VacancyStage::Cancelled;
}

/**
 * Whether a vacancy at `stage` has come to `from` or further on the normal path (a re-advertised or cancelled one has
 * not).
 */
constexpr bool stageReached(VacancyStage stage, VacancyStage from)
{
    return int(stage) >= int(from) && int(stage) <= int(VacancyStage::ContractSigned);
}

/**
 * The role that takes the step from `from` into `target` (§ 1.1, GEN-AUTH-1): the dean (the chair of the
 * appointments committee) adopts the announcement (§ 4) and decides the appointment (§ 6), the head of department
 * signs the recommendation (§ 6), and the HR officer records every other step, an offer declined (back from the
 * decision to the recommendation) among them.
 */
Role roleForStep(VacancyStage from, VacancyStage target);

/**
 * Whether `to` is a step the workflow allows from `from`: the next stage of the normal path, re-advertised or
 * cancelled from any stage that has not ended, and back from a decision to the signed recommendation when the
 * offer is declined (the dean decides again).
 */
bool isStepAllowed(VacancyStage from, VacancyStage to);

/** The step of `v`'s log that took it to `stage` last, or nullptr. */
const VacancyStep* lastStep(const Vacancy& v, VacancyStage stage);

/** The day (local time) of the last step of `v` to `stage`; null when it took none. */
inline QDate lastStepDate(const Vacancy& v, VacancyStage stage)
{
    const VacancyStep* step = lastStep(v, stage);
    return step ? step->at.toLocalTime().date() : QDate();
}

/** The applicant of `v` with id `id`, or nullptr. */
const Applicant* findApplicant(const Vacancy& v, const QString& id);

/**
 * The vacancy as the rules and the audit trail see a case: the position as the appointment and the recruitment,
 * nothing else.
 */
Case vacancyAsCase(const Vacancy& v);

/**
 * Gives every applicant and committee member of `r` without an id one that is unique in its list ("a1", "a2"...,
 * "m1"...), so that they can be named in decisions, conflicts and the audit trail. Returns whether it gave any.
 */
bool giveMissingIds(Recruitment& r);

} // namespace rekrutt
