#include "core/rules/Evaluator.h"

#include "core/rules/PeriodCalculator.h"
#include "core/rules/RuleContext.h"

#include <algorithm>
#include <cstring>

namespace rekrutt {

using namespace detail;

Evaluation Evaluator::evaluate(const Case& c, const EvaluationContext& context)
{
    Evaluation evaluation;
    // Most cases get a handful of findings: room for them at once rather than growing step by step.
    evaluation.findings.reserve(8);
    evaluation.ruleSet = conventions::effectiveRuleSet(c);
    evaluation.period = PeriodCalculator::compute(c, &evaluation.explanation);

    const Appointment& appointment = c.appointment;
    const double fte = conventions::fteShare(appointment);
    // LEN-PHD, § 2.4.1: the doctoral work is what remains of the FTE months after duty work.
    if (isPhdType(appointment.type))
        evaluation.doctoralWorkFteMonths
            = appointment.lengthMonths * fte * (1.0 - appointment.dutyPercent.value_or(0) / 100.0);

    QList<HistoryEntry> history = c.person.history;
    history.append(context.storedHistory);
    const RuleContext rules {c,
                             context,
                             evaluation.period,
                             evaluation.ruleSet,
                             fte,
                             conventions::raPartTime(appointment),
                             conventions::raStudent(appointment),
                             std::move(history),
                             evaluation.findings};

    evaluation.raPartTime = rules.raPartTime;
    checkPeriodRules(rules);
    evaluation.deadlines = computeDeadlines(rules);
    evaluation.timeAccount = checkCareerRules(rules);
    checkRecruitmentRules(rules);

    std::stable_sort(evaluation.deadlines.begin(), evaluation.deadlines.end(),
                     [](const Deadline& a, const Deadline& b) {
                         if (a.due != b.due)
                             return a.due < b.due;
                         return std::strcmp(deadlineKey(a.id), deadlineKey(b.id)) < 0;
                     });
    std::stable_sort(evaluation.findings.begin(), evaluation.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return std::strcmp(a.rule, b.rule) < 0;
    });
    return evaluation;
}

} // namespace rekrutt
