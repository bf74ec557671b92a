// Part D of rules.md: career plan and career-enhancing work.

#include "core/rules/RuleContext.h"

using namespace Qt::StringLiterals;

namespace rekrutt::detail {

namespace {

/** C-HOURS: contracted and credited hours of career-enhancing work. */
TimeAccount timeAccount(const RuleContext& r)
{
    const Case& c = r.c;
    const Appointment& a = c.appointment;
    const double hoursPerYear = r.environment.hoursPerFteYear;
    TimeAccount account;
    account.contractedHours = a.dutyPercent.value_or(0) / 100.0 * r.fte * hoursPerYear * a.lengthMonths / 12.0;
    // § 3.3: original lectures earn 50 % extra for PhD-type cases.
    const double lectureShare = isPhdType(a.type) ? 0.5 : 0.0;
    account.creditedPerWork.reserve(c.dutyWork.size());
    for (const DutyWork& work : c.dutyWork) {
        const double extra = lectureShare * work.originalLectureHours;
        account.creditedPerWork.append(work.hours + extra);
        account.creditedHours += work.hours + extra;
        account.lectureCreditHours += extra;
    }
    // § 7.4: completed Norwegian training counts ten weeks, unless it was taken as an extension.
    const bool takenAsExtension = std::any_of(c.extensions.cbegin(), c.extensions.cend(), [](const Extension& e) {
        return e.kind == ExtensionKind::NorwegianTraining && e.status != DecisionStatus::Rejected;
    });
    if (c.careerPlan.norwegianCreditsCompleted >= conventions::norwegianTrainingCredits && !takenAsExtension)
        account.norwegianCreditHours = hoursPerYear * 10.0 / 52.0;
    account.creditedHours += account.norwegianCreditHours;
    return account;
}

} // namespace

TimeAccount checkCareerRules(const RuleContext& r)
{
    const Case& c = r.c;
    const Appointment& a = c.appointment;
    const bool phd = isPhdType(a.type);
    const bool postdoc = isPostdocType(a.type);
    // TRANS-RIGHTS, § 8: the new rights are checked only under the 2025 rules or when the contract grants them.
    const bool newRights = r.ruleSet != RuleSet::Uhf2006 || a.newRightsInContract;

    // CP-LANG, § 2.1.2, § 2.4.2
    if ((phd || postdoc) && newRights && !c.person.scandinavianA2 && !c.careerPlan.norwegianTraining) {
        r.add(rules::CpLang, u"careerPlan.norwegianTraining"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                  "Rules",
                  "No proficiency in a Scandinavian language at level A2 is documented: the career plan must hold "
                  "Norwegian training of at least 15 credits, completed before the end of the period.")));
    }
    // CP-EDU, § 2.1.2
    if (postdoc && newRights && !c.person.educationalCompetence && !c.careerPlan.educationalCompetenceMeasure) {
        r.add(rules::CpEdu, u"careerPlan.educationalCompetenceMeasure"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                  "Rules",
                  "The postdoctoral fellow lacks educational competence and the career plan has no measure to "
                  "acquire it (teaching tasks and the basic pedagogical course).")));
    }

    const QDate lastYear = r.period.end.isValid() ? conventions::addMonths(r.period.end, -12) : QDate();
    for (qsizetype i = 0; i < c.dutyWork.size(); ++i) {
        const DutyWork& work = c.dutyWork.at(i);
        const QString field = indexedField(u"dutyWork", i);
        // DUTY-LAST-YEAR, § 3.3: the last year should be kept free for finishing the thesis.
        if (phd && lastYear.isValid() && work.to > lastYear && work.from <= r.period.end) {
            r.add(rules::DutyLastYear, field,
                  ruleMessage(QT_TRANSLATE_NOOP(
                                  "Rules",
                                  "%1 from %2 to %3 falls in the last 12 months before the end (%4); duty work should "
                                  "be done earlier."),
                              {labelArg(work.category), dateArg(work.from), dateArg(work.to), dateArg(r.period.end)}));
        }
        // DUTY-ADMIN, § 3.2
        if (work.category == DutyCategory::Administrative) {
            r.add(rules::DutyAdmin, field,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules",
                                        "Administrative work from %1 to %2 is not duty work in itself; check that "
                                        "it belongs in the plan."),
                      {dateArg(work.from), dateArg(work.to)}));
        }
    }

    const TimeAccount account = timeAccount(r);
    // DUTY-BALANCE, § 3.3
    if (a.dutyPercent.value_or(0) > 0 || !c.dutyWork.isEmpty()) {
        r.add(
            rules::DutyBalance, u"dutyWork"_s,
            ruleMessage(QT_TRANSLATE_NOOP("Rules", "Duty work: %1 hours credited of %2 hours contracted (balance %3)."),
                        {numberArg(account.creditedHours), numberArg(account.contractedHours),
                         numberArg(account.creditedHours - account.contractedHours)}));
    }

    // CON-DISTRIBUTION, § 6.1
    if ((phd || postdoc) && !a.dutyPercent) {
        r.add(rules::ConDistribution, u"appointment.dutyPercent"_s,
              ruleMessage(
                  QT_TRANSLATE_NOOP("Rules",
                                    "The contract must state how the time is split between research and duty work: "
                                    "enter the duty percentage (0 is allowed).")));
    }

    // PD-MENTOR, § 6.2
    if (postdoc) {
        if (!c.mentor || c.mentor->name.trimmed().isEmpty()) {
            r.add(rules::PdMentor, u"mentor"_s,
                  ruleMessage(QT_TRANSLATE_NOOP(
                      "Rules", "The postdoctoral fellow must be offered a mentor from another academic environment.")));
        } else if (c.mentor->sameResearchGroup) {
            r.add(rules::PdMentor, u"mentor.sameResearchGroup"_s,
                  ruleMessage(QT_TRANSLATE_NOOP(
                                  "Rules",
                                  "The mentor %1 is from the fellow's own research group; the mentor should come from "
                                  "another academic environment."),
                              {c.mentor->name}));
        }
    }

    // MOB-GRANT, Postdoc Action report
    for (qsizetype i = 0; i < c.mobilityGrants.size(); ++i) {
        const MobilityGrant& grant = c.mobilityGrants.at(i);
        if (grant.amountNok > 50000) {
            r.add(rules::MobGrant, indexedField(u"mobilityGrants", i, u".amountNok"),
                  ruleMessage(QT_TRANSLATE_NOOP("Rules", "The mobility grant for %1 is NOK %2; at most NOK 50,000."),
                              {grant.host, numberArg(grant.amountNok)}));
        }
    }
    return account;
}

} // namespace rekrutt::detail
