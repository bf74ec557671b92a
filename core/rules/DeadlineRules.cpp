// Part C of rules.md: deadlines, and DEADLINE-MISSED for those not met.

#include "core/rules/RuleContext.h"

using namespace Qt::StringLiterals;

namespace rekrutt::detail {

namespace {

/** The field a finding about a deadline points to: where it is done, or the start for CP-END, which has no date. */
QString milestoneField(DeadlineId id)
{
    return id == DeadlineId::CareerPlanEvaluation ? u"appointment.start"_s : deadlineField(id);
}

/** CP-ANNUAL: the latest interview in the twelve months up to and including `due`. */
QDate interviewFor(const QList<QDate>& interviews, QDate due)
{
    const QDate after = conventions::addMonths(due, -12);
    QDate found;
    for (const QDate& interview : interviews) {
        if (interview > after && interview <= due && (!found.isValid() || interview > found))
            found = interview;
    }
    return found;
}

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
                                           std::move(message), milestoneField(id)});
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
        for (int k = 1;; ++k) {
            const QDate due = conventions::addMonths(a.start, 12 * k);
            if (due > r.period.end)
                break;
            deadlines.add(DeadlineId::EmployeeInterview, due, interviewFor(m.employeeInterviews, due));
        }
        // CP-END, § 3.1: the format records no date for this evaluation, so it is never marked done.
        deadlines.add(DeadlineId::CareerPlanEvaluation, r.period.end, QDate());
    }
    return deadlines.take();
}

} // namespace rekrutt::detail
