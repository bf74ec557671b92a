#pragma once

#include "core/domain/Vacancy.h"
#include "core/i18n/Message.h"
#include "core/rules/Finding.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rekrutt {

/**
 * Part E of rules.md applied to a vacancy: its recruitment with the position it announces, as the rules see the
 * recruitment of an appointment (RA-PARTTIME and RA-STUDENT exempt it from the assessment rules as they would the
 * appointment). Sorted as Evaluator sorts findings: errors first, then by rule.
 */
QList<Finding> evaluateVacancy(const Vacancy& v);

/**
 * From which stage an error of `rule` stops a vacancy (the stage it cannot be passed into while the error stands):
 * ANN-DEADLINE from publication; ASM-COMMITTEE and ASM-IMPARTIAL from the interviews, which the committee's
 * assessment comes before; INT-GROUPS, REF-TWO, RANK-REASON and RANK-INTERVIEWED from the signed recommendation.
 * nullopt for a rule that stops no step (the warnings).
 */
std::optional<VacancyStage> blockingFrom(const char* rule);

/** One reason a step is refused: why, and the rule and section it comes from (empty for what a stage needs). */
struct StepRefusal
{
    Message why;
    const char* rule = "";
    const char* source = "";

    /** "WHY (RULE, SECTION)" in `language`, or WHY alone when no rule is named. */
    QString render(Language language) const;
};

/**
 * Why `v` may not take the step to `target` on `today`, one message per reason, or none when it may: a step the
 * workflow does not allow from its stage; what the stage needs and `v` lacks (a title to adopt, the publication
 * and deadline to publish, the deadline passed to close, applicants to assess, a qualified applicant to interview
 * (ANN-READVERTISE), a ranking to recommend, a ranked applicant to appoint); and every error of `findings`
 * (evaluateVacancy()) whose rule blocks `target` (blockingFrom()), each naming its rule and section. Who takes
 * the step (roleForStep()) is the caller's to check.
 */
QList<StepRefusal> stepRefusals(const Vacancy& v, VacancyStage target, const QList<Finding>& findings, QDate today);

} // namespace rekrutt
