// Part B of rules.md: period and extension.

#include "core/rules/RuleContext.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace rekrutt::detail {

namespace {

using conventions::epsilon;

/** ONCE: the category a position type counts under; nullopt where ONCE does not apply. */
std::optional<int> onceCategory(PositionType type)
{
    if (type == PositionType::Postdoc || type == PositionType::MscaPostdoc)
        return 0;
    if (isPhdType(type))
        return 1;
    if (type == PositionType::Resident)
        return 2;
    return std::nullopt;
}

/** The field of history entry `index`: person.history[i], or the stored history behind it. */
QString historyField(const RuleContext& r, qsizetype index)
{
    if (index < r.c.person.history.size())
        return indexedField(u"person.history", index);
    return u"person.history"_s;
}

void checkLength(const RuleContext& r)
{
    const Appointment& a = r.c.appointment;
    const double fteMonths = a.lengthMonths * r.fte;
    const QString lengthField = u"appointment.lengthMonths"_s;

    switch (a.type) {
    case PositionType::TenureTrackPostdoc:
        // TT-TERMS, § 2.3
        r.add(rules::TtTerms, u"appointment.type"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                  "Rules",
                  "A postdoctoral fellow on tenure-track terms is governed by the regulations on tenure-track "
                  "positions: length, time frame and one-period rule are not checked here.")));
        break;
    case PositionType::Postdoc: {
        // LEN-PD, § 2.1.1: three to four years, two to four under the 2006 regulations.
        const double minimum = r.ruleSet == RuleSet::Uhf2006 ? 24 : 36;
        if (fteMonths < minimum - epsilon || fteMonths > 48 + epsilon) {
            r.add(rules::LenPd, lengthField,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules", "A postdoctoral period must be %1 to 48 FTE months; this one is %2."),
                      {numberArg(minimum), numberArg(fteMonths)}));
        }
        break;
    }
    case PositionType::MscaPostdoc:
        // LEN-MSCA, § 2.2
        if (fteMonths < 36 - epsilon || fteMonths > 48 + epsilon) {
            r.add(rules::LenMsca, lengthField,
                  ruleMessage(QT_TRANSLATE_NOOP(
                                  "Rules", "An MSCA postdoctoral period must be 36 to 48 FTE months; this one is %1."),
                              {numberArg(fteMonths)}));
        }
        break;
    case PositionType::PhdFellow:
    case PositionType::IntegratedPhd:
    case PositionType::DualCompetence: {
        // PHD-PARTTIME, § 6.3
        if (r.fte * 100 < 50 - epsilon) {
            r.add(rules::PhdPartTime, u"appointment.ftePercent"_s,
                  ruleMessage(
                      QT_TRANSLATE_NOOP(
                          "Rules", "A doctoral research fellow may not be employed below 50 %; this position is %1 %."),
                      {numberArg(r.fte * 100)}));
        }
        // LEN-PHD, § 2.4.1, § 2.8
        const double doctoral = fteMonths * (1.0 - a.dutyPercent.value_or(0) / 100.0);
        if (doctoral < 36 - epsilon) {
            r.add(rules::LenPhd, lengthField,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules",
                                        "At least 36 FTE months must be doctoral work; after duty work this period "
                                        "has %1. Lengthen the period or reduce the duty work."),
                      {numberArg(doctoral)}));
        }
        if (a.type != PositionType::DualCompetence && (fteMonths < 36 - epsilon || fteMonths > 48 + epsilon)) {
            r.add(rules::LenPhd, lengthField,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules", "A doctoral fellowship must be 36 to 48 FTE months; this one is %1."),
                      {numberArg(fteMonths)}));
        }
        break;
    }
    case PositionType::Resident:
        // LEN-RES, § 2.5
        if (a.lengthMonths < 24 || a.lengthMonths > 48) {
            r.add(
                rules::LenRes, lengthField,
                ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "A resident period must be 24 to 48 months; this one is %n."),
                            {}, a.lengthMonths));
        }
        // RES-DUTY, § 2.5
        if (a.dutyPercent.value_or(0) > 0 && a.lengthMonths <= 24) {
            r.add(rules::ResDuty, u"appointment.dutyPercent"_s,
                  ruleMessage(QT_TRANSLATE_NOOP(
                      "Rules", "A resident may have duty work only when the period is longer than 24 months.")));
        }
        break;
    case PositionType::ResearchAssistant:
        // LEN-RA, § 2.6
        if (a.lengthMonths > 24) {
            r.add(rules::LenRa, lengthField,
                  ruleMessage(QT_TRANSLATE_N_NOOP(
                                  "Rules", "A research assistant may be employed for at most 24 months; this is %n."),
                              {}, a.lengthMonths));
        }
        break;
    }
}

void checkPersonHistory(const RuleContext& r)
{
    const Case& c = r.c;
    const PositionType type = c.appointment.type;

    if (type == PositionType::ResearchAssistant) {
        // RA-TOTAL, § 2.6: earlier research-assistant time at the same institution counts.
        double total = c.appointment.lengthMonths * r.fte;
        for (const HistoryEntry& entry : r.history) {
            if (entry.type == PositionType::ResearchAssistant && r.sameInstitution(entry.institution, c.institution))
                total += conventions::spanMonths(entry.start, entry.end) * entry.ftePercent / 100.0;
        }
        if (total > 24 + epsilon) {
            r.add(rules::RaTotal, u"appointment.lengthMonths"_s,
                  ruleMessage(QT_TRANSLATE_NOOP(
                                  "Rules",
                                  "With earlier appointments at %1, the time as research assistant comes to %2 FTE "
                                  "months; at most 24 are allowed."),
                              {c.institution, numberArg(total)}));
        }
        // RA-DEGREE, § 2.6
        const bool phdBefore = std::any_of(r.history.cbegin(), r.history.cend(),
                                           [](const HistoryEntry& e) { return isPhdType(e.type); });
        if (c.person.doctoralDegreeDate.isValid() || phdBefore) {
            r.add(rules::RaDegree, u"person.doctoralDegreeDate"_s,
                  ruleMessage(QT_TRANSLATE_NOOP(
                      "Rules",
                      "A person with a doctoral degree or an earlier doctoral fellowship may not be employed as "
                      "research assistant.")));
        }
        // RA-STUDENT, § 5, § 2.6
        if (r.raStudent) {
            r.add(
                rules::RaStudent, u"appointment.combinedWithStudies"_s,
                ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                              "A part-time student (%1 % FTE): no academic assessment, recommendation, "
                                              "interviews or reference checks are required, and those checks are left "
                                              "out."),
                            {numberArg(r.fte * 100.0)}));
        }
        // RA-PARTTIME, § 2.6
        if (r.raPartTime) {
            r.add(rules::RaPartTime, u"appointment.hoursPerWeek"_s,
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules",
                                        "Under 15 hours a week (%1): no recommendation, assessment, offer or signed "
                                        "contract is required, and those checks are left out."),
                      {numberArg(*c.appointment.hoursPerWeek)}));
        }
    }

    // ONCE, § 2.1.1, § 2.4.1, § 2.5
    if (const auto category = onceCategory(type)) {
        for (qsizetype i = 0; i < r.history.size(); ++i) {
            const HistoryEntry& entry = r.history.at(i);
            if (onceCategory(entry.type) == category && r.sameInstitution(entry.institution, c.institution)) {
                // Named differently, the finding says that the register makes them one.
                const bool sameText
                    = InstitutionRegister::key(entry.institution) == InstitutionRegister::key(c.institution);
                r.add(rules::Once, historyField(r, i),
                      sameText ? ruleMessage(
                          QT_TRANSLATE_NOOP("Rules",
                                            "An earlier period as %1 at %2 (%3 to %4): no one may "
                                            "have more than one such period at the same "
                                            "institution."),
                          {labelArg(entry.type), entry.institution, dateArg(entry.start), dateArg(entry.end)})
                               : ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                               "An earlier period as %1 at %2 (%3 to %4), in the "
                                                               "institution register the same institution as %5: no "
                                                               "one may have more than one such period at the same "
                                                               "institution."),
                                             {labelArg(entry.type), entry.institution, dateArg(entry.start),
                                              dateArg(entry.end), c.institution}));
            }
        }
    }
}

void checkPostdoc(const RuleContext& r)
{
    const Case& c = r.c;
    if (!isPostdocType(c.appointment.type))
        return;
    // PD-DEGREE, § 2.1
    if (!c.person.doctoralDegreeDate.isValid()) {
        r.add(rules::PdDegree, u"person.doctoralDegreeDate"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                  "Rules", "A postdoctoral fellow must hold a doctoral degree, and no degree date is recorded.")));
    } else if (c.person.doctoralDegreeDate > c.appointment.start) {
        r.add(rules::PdDegree, u"person.doctoralDegreeDate"_s,
              ruleMessage(QT_TRANSLATE_NOOP("Rules", "The doctoral degree (%1) is dated after the start (%2)."),
                          {dateArg(c.person.doctoralDegreeDate), dateArg(c.appointment.start)}));
    }
    // PD-EXTERNAL, § 2.1.1
    if (c.person.monthsAtOtherInstitutions < 12 - epsilon && !c.careerPlan.externalExperienceMeasure) {
        r.add(rules::PdExternal, u"person.monthsAtOtherInstitutions"_s,
              ruleMessage(
                  QT_TRANSLATE_NOOP("Rules",
                                    "%1 months at other institutions, less than a year, and the career plan has no "
                                    "measure that gives experience from outside (a stay abroad, say)."),
                  {numberArg(c.person.monthsAtOtherInstitutions)}));
    }
    // PD-FOURTH-YEAR, § 2.1.1 (a length check: not for tenure-track terms, TT-TERMS)
    const double fteMonths = c.appointment.lengthMonths * r.fte;
    if (c.appointment.type != PositionType::TenureTrackPostdoc && fteMonths < 48 - epsilon) {
        r.add(rules::PdFourthYear, u"appointment.lengthMonths"_s,
              ruleMessage(QT_TRANSLATE_NOOP(
                              "Rules",
                              "The period is %1 FTE months: offer a fourth year if possible (NTNU postdoc policy, "
                              "item 8)."),
                          {numberArg(fteMonths)}));
    }
}

/**
 * LEAVE-6M: the progress lost to leave of the six-month kinds (temporary_position, fellowship_abroad) that is
 * approved or still proposed, weighed per day as in C-LEAVE (a day at most 100 %) over the period, in
 * percent-days.
 */
qint64 sixMonthKindPercentDays(const QList<Leave>& leaves, const Period& period)
{
    struct Event
    {
        qint64 day;
        int delta;
    };
    QVarLengthArray<Event, 8> events;
    for (const Leave& leave : leaves) {
        if (!leaveIsCapped(leave.kind) || leave.status == DecisionStatus::Rejected || !leave.from.isValid()
            || !leave.to.isValid())
            continue;
        const qint64 from = std::max(leave.from, period.start).toJulianDay();
        const qint64 past = std::min(leave.to, period.end).toJulianDay() + 1;
        if (past <= from)
            continue;
        events.append({from, leave.percent});
        events.append({past, -leave.percent});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.day < b.day; });
    qint64 total = 0;
    int percent = 0;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        percent += events[i].delta;
        total += (events[i + 1].day - events[i].day) * std::min(percent, 100);
    }
    return total;
}

void checkLeaves(const RuleContext& r)
{
    const Period& period = r.period;
    for (qsizetype i = 0; i < r.c.leaves.size(); ++i) {
        const Leave& leave = r.c.leaves.at(i);
        // LEAVE-DECISION, § 7.3
        if (leaveIsDecided(leave.kind) && leave.status == DecisionStatus::Proposed) {
            r.add(rules::LeaveDecision, indexedField(u"leaves", i, u".status"),
                  ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                "%1 from %2 to %3 is proposed: leave of this kind is decided by the "
                                                "dean, and it does not extend the period until approved."),
                              {labelArg(leave.kind), dateArg(leave.from), dateArg(leave.to)}));
        }
        // LEAVE-OUTSIDE, § 7.1
        if (period.end.isValid() && (leave.from < period.start || leave.to > period.end)) {
            r.add(rules::LeaveOutside, indexedField(u"leaves", i),
                  ruleMessage(
                      QT_TRANSLATE_NOOP("Rules",
                                        "%1 from %2 to %3 lies wholly or partly outside the period %4 to %5; the days "
                                        "outside are not counted."),
                      {labelArg(leave.kind), dateArg(leave.from), dateArg(leave.to), dateArg(period.start),
                       dateArg(period.end)}));
        }
    }
    // LEAVE-6M, § 7.3: weighed by percent (300 days at 50 % are 150); only 183 of them extend (C-LEAVE-CAP).
    if (!period.end.isValid())
        return;
    const qint64 percentDays = sixMonthKindPercentDays(r.c.leaves, period);
    if (percentDays > 183 * 100) {
        r.add(rules::Leave6m, u"leaves"_s,
              ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                            "Leave for temporary positions and fellowships abroad weighs %1 days; at "
                                            "most six months (183 days) are allowed, and only 183 extend the period."),
                          {numberArg(static_cast<double>(percentDays) / 100.0)}));
    }
}

void checkExtensions(const RuleContext& r)
{
    const Case& c = r.c;
    const bool phd = isPhdType(c.appointment.type);
    const bool sickLeave = std::any_of(c.leaves.cbegin(), c.leaves.cend(),
                                       [](const Leave& leave) { return leave.kind == LeaveKind::Sickness; });
    int healthDays = 0;
    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        const Extension& extension = c.extensions.at(i);
        if (extension.status == DecisionStatus::Rejected)
            continue;
        const QString field = indexedField(u"extensions", i);
        switch (extension.kind) {
        case ExtensionKind::ElectedOffice:
            // EXT-ELECTED, § 7.2
            if (extension.days > 14 && !extension.documented) {
                r.add(rules::ExtElected, field,
                      ruleMessage(
                          QT_TRANSLATE_N_NOOP("Rules",
                                              "%n day(s) for elected office: more than the standard two weeks needs "
                                              "documentation, and none is recorded."),
                          {}, extension.days));
            }
            break;
        case ExtensionKind::DionSinMember:
        case ExtensionKind::DionSinChair: {
            // EXT-DION, § 7.2
            const int expected = extension.kind == ExtensionKind::DionSinMember ? 14 : 28;
            if (extension.days != expected) {
                r.add(rules::ExtDion, field,
                      ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "%1 gives %2 days of extension, not %n."),
                                  {labelArg(extension.kind), QString::number(expected)}, extension.days));
            }
            break;
        }
        case ExtensionKind::PhdHealth:
            // EXT-HEALTH, § 7.1
            healthDays += extension.days;
            if (!phd) {
                r.add(
                    rules::ExtHealth, field,
                    ruleMessage(QT_TRANSLATE_NOOP(
                        "Rules", "The extension after health-related absence is only for doctoral research fellows.")));
            }
            // EXT-HEALTH-BASIS, § 7.1: "after a longer health-related absence".
            if (!sickLeave) {
                r.add(rules::ExtHealthBasis, field,
                      ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                    "An extension after health-related absence, but the case records "
                                                    "no sick leave: check that the absence is recorded.")));
            }
            break;
        case ExtensionKind::NorwegianTraining:
            // EXT-NORWEGIAN, § 7.4
            if (!phd || c.appointment.dutyPercent.value_or(0) > 0) {
                r.add(rules::ExtNorwegian, field,
                      ruleMessage(
                          QT_TRANSLATE_NOOP("Rules",
                                            "Only a doctoral research fellow without other duty work is extended for "
                                            "Norwegian training; others get the ten weeks credited as hours.")));
            } else if (extension.days != 70) {
                r.add(rules::ExtNorwegian, field,
                      ruleMessage(QT_TRANSLATE_N_NOOP(
                                      "Rules", "Norwegian training extends the period by ten weeks (70 days), not %n."),
                                  {}, extension.days));
            }
            if (extension.status == DecisionStatus::Approved
                && c.careerPlan.norwegianCreditsCompleted < conventions::norwegianTrainingCredits - epsilon) {
                r.add(rules::ExtNorwegian, field,
                      ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                    "The extension for Norwegian training is approved, but only %1 of "
                                                    "the 15 credits are completed: it is granted for completed "
                                                    "training."),
                                  {numberArg(c.careerPlan.norwegianCreditsCompleted)}));
            }
            // TRANS-RIGHTS-EXT, § 8: a new right, granted under the 2006 terms only when the employer so decides.
            if (r.ruleSet == RuleSet::Uhf2006 && !c.appointment.newRightsInContract) {
                r.add(rules::TransRightsExt, field,
                      ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                    "Employed under the 2006 regulations without the new rights in the "
                                                    "contract: the extension for Norwegian training is a new right, "
                                                    "granted only when the employer so decides.")));
            }
            break;
        case ExtensionKind::BoardFee:
        case ExtensionKind::UnforeseenObstacle:
        case ExtensionKind::DutyIncrease:
            break;
        }
    }
    if (healthDays > 92) {
        r.add(rules::ExtHealth, u"extensions"_s,
              ruleMessage(
                  QT_TRANSLATE_N_NOOP("Rules",
                                      "Extensions after health-related absence come to %n day(s); at most three months "
                                      "(92 days) are allowed."),
                  {}, healthDays));
    }

    // EXT-FRAME, § 7.4, § 2.1.1
    const Period& period = r.period;
    if (period.frameEnd.isValid() && period.end > period.frameEnd) {
        r.add(
            rules::ExtFrame, u"extensions"_s,
            ruleMessage(QT_TRANSLATE_NOOP("Rules", "The period ends %1, after the end of the maximum time frame, %2."),
                        {dateArg(period.end), dateArg(period.frameEnd)}));
    }
}

void checkTransition(const RuleContext& r)
{
    const Appointment& a = r.c.appointment;
    // TRANS-2006, § 8: an explicit rule set is used as given, even when this flags it.
    if (r.c.ruleSet == RuleSet::Uhf2006 && !conventions::transitionalRuleAllowed(a)) {
        r.add(rules::Trans2006, u"ruleSet"_s,
              ruleMessage(
                  QT_TRANSLATE_NOOP("Rules",
                                    "The 2006 regulations may be used only when the position was announced before "
                                    "2025-03-01 and decided before 2025-08-01 (announced: %1, decided: %2; the start "
                                    "stands in for a date not recorded)."),
                  {dateArg(conventions::announcedOn(a)), dateArg(conventions::decidedOn(a))}));
    }
    // TRANS-RIGHTS, § 8
    if (r.ruleSet == RuleSet::Uhf2006) {
        r.add(rules::TransRights, u"appointment.newRightsInContract"_s,
              a.newRightsInContract
                  ? ruleMessage(QT_TRANSLATE_NOOP(
                      "Rules",
                      "Employed under the 2006 regulations; the contract grants the new rights on Norwegian, "
                      "educational competence and career plans, so they are checked."))
                  : ruleMessage(QT_TRANSLATE_NOOP(
                      "Rules",
                      "Employed under the 2006 regulations: the new rights on Norwegian, educational competence "
                      "and career plans do not apply, and their checks and deadlines are left out.")));
    }
}

} // namespace

void checkPeriodRules(const RuleContext& context)
{
    checkTransition(context);
    checkLength(context);
    checkPersonHistory(context);
    checkPostdoc(context);
    checkLeaves(context);
    checkExtensions(context);
}

} // namespace rekrutt::detail
