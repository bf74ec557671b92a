#pragma once

#include "core/domain/Case.h"
#include "core/i18n/Message.h"
#include "core/rules/Finding.h"

#include <QDate>
#include <QList>

#include <optional>

namespace rekrutt {

/** The computed fixed-term period (rules.md, C-END … C-FRAME). */
struct Period
{
    QDate start;
    QDate nominalEnd;
    int leaveExtensionDays = 0;
    int grantedExtensionDays = 0;
    int pendingExtensionDays = 0;
    QDate end;
    /** Null where no frame applies (tenure_track_postdoc, dual_competence). */
    QDate frameEnd;

    bool operator==(const Period&) const = default;
};

/** The deadlines of rules.md, part C. */
enum class DeadlineId {
    Contract,
    ProjectPlan,
    CareerPlan,
    AdmissionApplication,
    AdmissionAgreement,
    EmployeeInterview,
    CareerPlanEvaluation,
};

/** "CONTRACT", "PROJECT_PLAN"... */
const char* deadlineKey(DeadlineId id);
/** The rule a deadline comes from: "CON-BEFORE-START", "PLAN-3M"... */
const char* deadlineRule(DeadlineId id);
/** The section of the guidelines for a deadline. */
const char* deadlineSource(DeadlineId id);
/** An English label, marked for translation in the "Rules" context. */
const char* deadlineLabel(DeadlineId id);
/** The deadline whose key is `key` ("CAREER_PLAN"...), or nullopt. */
std::optional<DeadlineId> deadlineFromKey(QStringView key);
/**
 * The case-format field where what a deadline asks for is recorded ("milestones.careerPlan"): where a
 * user goes to do it. The evaluation of the career plan (CP-END) has no date of its own and is done with
 * the career plan.
 */
QString deadlineField(DeadlineId id);

/** One dated duty of part C and whether the milestone that meets it is recorded. */
struct Deadline
{
    DeadlineId id = DeadlineId::Contract;
    QDate due;
    bool done = false;
    /** The milestone's date, when recorded. */
    QDate doneOn;

    bool operator==(const Deadline&) const = default;
};

/** C-HOURS: contracted against credited hours of career-enhancing work. */
struct TimeAccount
{
    double contractedHours = 0;
    /** Everything below together. */
    double creditedHours = 0;
    /**
     * The hours credited to each entry of `dutyWork`, in its order: its hours, and for PhD-type cases half its
     * original lecture hours again (§ 3.3).
     */
    QList<double> creditedPerWork;
    /** The 50 % extra for original lectures of all entries together (§ 3.3); 0 for other types. */
    double lectureCreditHours = 0;
    /** Ten weeks of an FTE year for completed Norwegian training not taken as an extension (§ 7.4); else 0. */
    double norwegianCreditHours = 0;
};

/** Everything `rekrutt-cli check` reports for one case. */
struct Evaluation
{
    RuleSet ruleSet = RuleSet::Ntnu2025;
    Period period;
    std::optional<double> doctoralWorkFteMonths;
    /** RA-PARTTIME: a research assistant under 15 hours a week, exempt from the recruitment and contract rules. */
    bool raPartTime = false;
    TimeAccount timeAccount;
    /** Sorted by due date, then deadline key. */
    QList<Deadline> deadlines;
    /** Sorted by severity (errors first), then rule ID. */
    QList<Finding> findings;
    /** One line per step of the computation, each citing its section. */
    QList<Message> explanation;

    bool hasErrors() const;
    int count(Severity severity) const;
};

} // namespace rekrutt
