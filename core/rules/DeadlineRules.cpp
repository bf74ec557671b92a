// Part C of rules.md: deadlines, and DEADLINE-MISSED for those not met.

#include "core/rules/RuleContext.h"

using namespace Qt::StringLiterals;

namespace rekrutt::detail {

namespace {

/**
 * CP-ANNUAL: the interview that meets each yearly deadline, matched in date order. Deadline k takes the
 * earliest interview not yet taken after the due date of deadline k−1 (after the start for the first), so
 * that a late interview counts for the year it was due, never for the next one.
 */
class InterviewMatcher
{
public:
    InterviewMatcher(QList<QDate> interviews, QDate start)
        : m_interviews(std::move(interviews))
        , m_after(start)
    {
        std::sort(m_interviews.begin(), m_interviews.end());
    }

    /** The interview for the next deadline, due `due`; invalid when none is recorded. */
    QDate next(QDate due)
    {
        while (m_next < m_interviews.size() && !(m_interviews.at(m_next) > m_after))
            ++m_next;
        m_after = due;
        return m_next < m_interviews.size() ? m_interviews.at(m_next++) : QDate();
    }

private:
    QList<QDate> m_interviews;
    QDate m_after;
    qsizetype m_next = 0;
};

class Deadlines
{
public:
    explicit Deadlines(const RuleContext& context)
        : m_context(context)
    { }

    void add(DeadlineId id, QDate due, QDate doneOn)
    {
        m_deadlines.append(Deadline {id, due, doneOn.isValid(), doneOn});
        // DEADLINE-MISSED: recorded after the deadline, or still missing once it has passed (C-TODAY).
        const Message::Arg what("Rules", deadlineLabel(id));
        if (doneOn.isValid() && doneOn > due) {
            report(id,
                   ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1: done %2, after its deadline %3."),
                               {what, dateArg(doneOn), dateArg(due)}));
        } else if (!doneOn.isValid() && m_context.environment.today > due) {
            report(id, ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1: due %2 and not recorded."), {what, dateArg(due)}));
        }
    }

    QList<Deadline> take() { return std::move(m_deadlines); }

private:
    void report(DeadlineId id, Message message)
    {
        m_context.findings.append(Finding {rules::DeadlineMissed.id, rules::DeadlineMissed.severity, deadlineSource(id),
                                           std::move(message), deadlineField(id)});
    }

    const RuleContext& m_context;
    QList<Deadline> m_deadlines;
};

} // namespace

QList<Deadline> computeDeadlines(const RuleContext& r)
{
    const Case& c = r.c;
    const Appointment& a = c.appointment;
    const Milestones& m = c.milestones;
    Deadlines deadlines(r);
    if (!a.start.isValid() || !r.period.end.isValid())
        return deadlines.take();

    const bool phd = isPhdType(a.type);
    const bool postdoc = isPostdocType(a.type);
    // TRANS-RIGHTS, § 8: without the new rights in the contract, the career-plan deadlines are left out.
    const bool newRights = r.ruleSet != RuleSet::Uhf2006 || a.newRightsInContract;

    // CON-BEFORE-START, § 6.1
    if (!r.raPartTime)
        deadlines.add(DeadlineId::Contract, a.start.addDays(-1), a.contractSigned);
    // PLAN-3M, § 6.1
    if (phd || postdoc
        || ((a.type == PositionType::Resident || a.type == PositionType::ResearchAssistant) && a.projectLinked))
        deadlines.add(DeadlineId::ProjectPlan, conventions::addMonths(a.start, 3), m.projectPlan);
    // CP-REQUIRED, § 3.1
    if ((phd || postdoc) && newRights)
        deadlines.add(DeadlineId::CareerPlan, conventions::addMonths(a.start, 3), m.careerPlan);
    // PHD-ADM-3M and PHD-ADM-6M, § 6.3
    if (phd) {
        deadlines.add(DeadlineId::AdmissionApplication, conventions::addMonths(a.start, 3), m.admissionApplication);
        deadlines.add(DeadlineId::AdmissionAgreement, conventions::addMonths(a.start, 6), m.admissionAgreement);
    }
    if ((phd || postdoc) && newRights) {
        // CP-ANNUAL, § 3.1
        InterviewMatcher interviews(m.employeeInterviews, a.start);
        for (int k = 1;; ++k) {
            const QDate due = conventions::addMonths(a.start, 12 * k);
            if (due > r.period.end)
                break;
            deadlines.add(DeadlineId::EmployeeInterview, due, interviews.next(due));
        }
        // CP-END, § 3.1
        deadlines.add(DeadlineId::CareerPlanEvaluation, r.period.end, m.careerPlanEvaluation);
    }
    return deadlines.take();
}

} // namespace rekrutt::detail
