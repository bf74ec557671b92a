#include "core/rules/VacancyRules.h"

#include "core/rules/PeriodCalculator.h"
#include "core/rules/RuleContext.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace detail;

QList<Finding> evaluateVacancy(const Vacancy& v)
{
    const Case c = vacancyAsCase(v);
    const EvaluationContext environment;
    const Period period;
    QList<Finding> findings;
    const Appointment& a = c.appointment;
    const double fte = conventions::fteShare(a);
    const RuleContext rules {c,
                             environment,
                             period,
                             conventions::effectiveRuleSet(c),
                             fte,
                             conventions::raPartTime(a),
                             conventions::raStudent(a),
                             {},
                             findings};
    checkRecruitmentRules(rules);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
        if (x.severity != y.severity)
            return x.severity < y.severity;
        return std::strcmp(x.rule, y.rule) < 0;
    });
    return findings;
}

std::optional<VacancyStage> blockingFrom(const char* rule)
{
    struct Blocking
    {
        const char* rule;
        VacancyStage from;
    };
    static constexpr Blocking table[] {
        {rules::AnnDeadline.id, VacancyStage::Published},       {rules::AsmCommittee.id, VacancyStage::Interviews},
        {rules::AsmImpartial.id, VacancyStage::Interviews},     {rules::IntGroups.id, VacancyStage::Recommended},
        {rules::RefTwo.id, VacancyStage::Recommended},          {rules::RankReason.id, VacancyStage::Recommended},
        {rules::RankInterviewed.id, VacancyStage::Recommended},
    };
    for (const Blocking& entry : table) {
        if (std::strcmp(entry.rule, rule) == 0)
            return entry.from;
    }
    return std::nullopt;
}

namespace {

Message workflowMessage(const char* source, QList<Message::Arg> args = {}, int n = -1)
{
    return Message("Vacancies", source, std::move(args), n);
}

Message::Arg stageArg(VacancyStage stage)
{
    return Message::Arg("Enums", labelSource(stage));
}

/** RA-PARTTIME and RA-STUDENT: a research assistant's position without assessment, interview or ranking. */
bool exemptFromAssessment(const Appointment& a)
{
    return conventions::raPartTime(a) || conventions::raStudent(a);
}

/** What the stage `target` needs of `v` besides the rules. */
void requirements(const Vacancy& v, VacancyStage target, QDate today, QList<StepRefusal>& refusals)
{
    const auto need = [&refusals](const char* source, QList<Message::Arg> args = {}) {
        refusals.append(StepRefusal {workflowMessage(source, std::move(args))});
    };
    const Recruitment& r = v.recruitment;
    const auto& applicants = r.applicants;
    const std::optional<Announcement>& announcement = r.announcement;
    const bool exempt = exemptFromAssessment(v.position);
    switch (target) {
    case VacancyStage::Adopted:
        if (v.title.trimmed().isEmpty())
            need(QT_TRANSLATE_NOOP("Vacancies", "The announcement has no title."));
        break;
    case VacancyStage::Published:
        if (!announcement || !announcement->published.isValid())
            need(QT_TRANSLATE_NOOP("Vacancies", "The date the position was published is not recorded."));
        else if (announcement->published > today)
            need(QT_TRANSLATE_NOOP("Vacancies", "The position is to be published on %1, which is after today."),
                 {Message::Arg::date(announcement->published)});
        else if (const QDate adopted = lastStepDate(v, VacancyStage::Adopted);
                 adopted.isValid() && announcement->published < adopted)
            // ANN-TXT-2 (catalogue): what is published is the text adopted, so it is published after the adoption.
            need(QT_TRANSLATE_NOOP("Vacancies",
                                   "The position was published on %1, before its announcement was adopted on %2."),
                 {Message::Arg::date(announcement->published), Message::Arg::date(adopted)});
        if (!announcement || !announcement->deadline.isValid())
            need(QT_TRANSLATE_NOOP("Vacancies", "The application deadline is not recorded."));
        break;
    case VacancyStage::Closed:
        if (!announcement || !announcement->deadline.isValid())
            need(QT_TRANSLATE_NOOP("Vacancies", "The application deadline is not recorded."));
        else if (announcement->deadline >= today)
            need(QT_TRANSLATE_NOOP("Vacancies", "Applications are open until the deadline, %1, has passed."),
                 {Message::Arg::date(announcement->deadline)});
        break;
    case VacancyStage::Assessment:
        if (applicants.isEmpty())
            need(QT_TRANSLATE_NOOP("Vacancies", "There are no applicants to assess."));
        break;
    case VacancyStage::Interviews:
        if (!std::any_of(applicants.cbegin(), applicants.cend(), [](const Applicant& a) { return a.qualified; }))
            refusals.append({workflowMessage(QT_TRANSLATE_NOOP(
                                 "Vacancies", "No applicant is qualified: the position must be advertised again.")),
                             rules::AnnReadvertise.id, rules::AnnReadvertise.source});
        break;
    case VacancyStage::Recommended:
        if (!exempt && std::none_of(applicants.cbegin(), applicants.cend(), [](const Applicant& a) {
                return a.rank.has_value();
            }))
            need(QT_TRANSLATE_NOOP("Vacancies", "No applicant is ranked for the recommendation."));
        break;
    case VacancyStage::Decided: {
        const Applicant* appointed = findApplicant(v, v.appointedApplicant);
        if (!appointed)
            need(QT_TRANSLATE_NOOP("Vacancies", "The decision does not name the applicant appointed."));
        else if (!exempt && !appointed->rank)
            need(QT_TRANSLATE_NOOP("Vacancies", "%1 is not ranked in the recommendation and cannot be appointed."),
                 {appointed->name});
        if (!exempt && r.rankingSignedBy.isEmpty())
            need(QT_TRANSLATE_NOOP("Vacancies",
                                   "The head of department has not signed the ranking as it stands; it must be signed "
                                   "again."));
        break;
    }
    case VacancyStage::ContractSigned:
        if (!findApplicant(v, v.appointedApplicant))
            need(QT_TRANSLATE_NOOP("Vacancies", "The decision does not name the applicant appointed."));
        break;
    case VacancyStage::Draft:
    case VacancyStage::OfferAccepted:
    case VacancyStage::Readvertised:
    case VacancyStage::Cancelled:
        break;
    }
}

} // namespace

QString StepRefusal::render(Language language) const
{
    const QString text = why.render(language);
    if (*rule == '\0')
        return text;
    return u"%1 (%2, %3)"_s.arg(text, QString::fromLatin1(rule), QString::fromUtf8(source));
}

QList<StepRefusal> stepRefusals(const Vacancy& v, VacancyStage target, const QList<Finding>& findings, QDate today)
{
    QList<StepRefusal> refusals;
    if (!isStepAllowed(v.stage, target)) {
        refusals.append(
            {workflowMessage(QT_TRANSLATE_NOOP("Vacancies", "A vacancy at the stage “%1” cannot go to “%2”."),
                             {stageArg(v.stage), stageArg(target)})});
        return refusals;
    }
    // Ending a recruitment, or going back to decide again, is never held up by what it leaves unfinished.
    if (target == VacancyStage::Readvertised || target == VacancyStage::Cancelled
        || (v.stage == VacancyStage::Decided && target == VacancyStage::Recommended))
        return refusals;
    requirements(v, target, today, refusals);
    for (const Finding& finding : findings) {
        if (finding.severity != Severity::Error)
            continue;
        const std::optional<VacancyStage> from = blockingFrom(finding.rule);
        if (from && static_cast<int>(*from) <= static_cast<int>(target))
            refusals.append({finding.message, finding.rule, finding.source});
    }
    return refusals;
}

} // namespace rekrutt
