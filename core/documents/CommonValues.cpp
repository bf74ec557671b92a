// The values every template shares (DocumentValues.h): the person, the appointment, the period with its
// leave and extensions, the institution.

#include "core/documents/DocumentValues.h"

#include "core/domain/Role.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/Sections.h"

#include <algorithm>
#include <numeric>

namespace rekrutt::documents {

/** `text` with a no-break space after every section sign, so that "§ 7.1" never breaks after the sign. */
QString typeset(QString text)
{
    return text.replace(u"§ "_s, u"§\u00a0"_s);
}

/** The label with its first letter in lower case for running text, unless it starts with an acronym ("MSCA"). */
QString inText(const QString& label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

/** The uh. regulations section of the position type (§ 2); empty for tenure-track, which has its own regulations. */
QString regulationSection(PositionType type)
{
    switch (type) {
    case PositionType::Postdoc:
    case PositionType::MscaPostdoc:
        return u"3-18"_s;
    case PositionType::TenureTrackPostdoc:
        return {};
    case PositionType::PhdFellow:
    case PositionType::IntegratedPhd:
        return u"3-19"_s;
    case PositionType::DualCompetence:
        return u"3-22"_s;
    case PositionType::Resident:
        return u"3-20"_s;
    case PositionType::ResearchAssistant:
        return u"3-21"_s;
    }
    return {};
}

/** The section of the guidelines that describes the position type. */
QString guidelineSection(PositionType type)
{
    switch (type) {
    case PositionType::Postdoc:
        return u"2.1"_s;
    case PositionType::MscaPostdoc:
        return u"2.2"_s;
    case PositionType::TenureTrackPostdoc:
        return u"2.3"_s;
    case PositionType::PhdFellow:
        return u"2.4"_s;
    case PositionType::Resident:
        return u"2.5"_s;
    case PositionType::ResearchAssistant:
        return u"2.6"_s;
    case PositionType::IntegratedPhd:
        return u"2.7"_s;
    case PositionType::DualCompetence:
        return u"2.8"_s;
    }
    return {};
}

const Deadline* findDeadline(const Evaluation& evaluation, DeadlineId id)
{
    for (const Deadline& deadline : evaluation.deadlines) {
        if (deadline.id == id)
            return &deadline;
    }
    return nullptr;
}

/** Sets `<key>` to the formatted date and `has<Key>` to whether there is one. */
void putDate(QVariantHash& values, const QString& key, QDate date, const Format& f)
{
    values.insert(key, f.date(date));
    values.insert(u"has"_s + key.at(0).toUpper() + key.mid(1), date.isValid());
}

void putDeadline(QVariantHash& values, const Evaluation& evaluation, DeadlineId id, const QString& key, const Format& f)
{
    const Deadline* deadline = findDeadline(evaluation, id);
    putDate(values, key + u"Due"_s, deadline ? deadline->due : QDate(), f);
}

/**
 * The leaves with what each counts in `period` after both caps (C-LEAVE, C-LEAVE-CAP): the figures of the
 * explanation, which add up to the extension for leave before it is rounded up.
 */
QVariantHash leaveValues(const Leave& leave, const Format& f)
{
    return QVariantHash {
        {u"kind"_s, f.label(leave.kind)},
        {u"from"_s, f.date(leave.from)},
        {u"to"_s, f.date(leave.to)},
        {u"fromShort"_s, f.shortDate(leave.from)},
        {u"toShort"_s, f.shortDate(leave.to)},
        {u"percent"_s, f.percent(leave.percent)},
        {u"section"_s, sectionNumber(leaveSection(leave.kind))},
    };
}

QVariantList leaveRows(const Case& c, const Period& period, const Format& f)
{
    QVariantList rows;
    const QList<double> counted = PeriodCalculator::countedLeaveDays(c, period);
    for (qsizetype i = 0; i < c.leaves.size(); ++i) {
        const Leave& leave = c.leaves.at(i);
        const bool decided = leaveIsDecided(leave.kind);
        QVariantHash row = leaveValues(leave, f);
        row.insert(u"days"_s, f.number(double(conventions::inclusiveDays(leave.from, leave.to))));
        row.insert(u"counted"_s, f.number(counted.value(i)));
        row.insert(u"extends"_s, leaveExtends(leave));
        // LEAVE-DECISION: why leave of a kind the dean decides does not extend (yet).
        row.insert(u"undecided"_s, decided && leave.status == DecisionStatus::Proposed);
        row.insert(u"rejected"_s, decided && leave.status == DecisionStatus::Rejected);
        rows.append(row);
    }
    return rows;
}

QVariantList extensionRows(const Case& c, const Format& f)
{
    QVariantList rows;
    for (qsizetype i = 0; i < c.extensions.size(); ++i) {
        const Extension& e = c.extensions.at(i);
        rows.append(QVariantHash {
            {u"number"_s, QString::number(i + 1)},
            {u"kind"_s, f.label(e.kind)},
            {u"days"_s, f.number(e.days)},
            {u"status"_s, f.label(e.status)},
            {u"approved"_s, e.status == DecisionStatus::Approved},
            {u"proposed"_s, e.status == DecisionStatus::Proposed},
            {u"rejected"_s, e.status == DecisionStatus::Rejected},
            {u"documented"_s, e.documented},
            {u"section"_s, sectionNumber(extensionSection(e.kind))},
            {u"decidedBy"_s, e.decidedBy},
            {u"decidedAt"_s, f.date(e.decidedAt.date())},
            {u"decidedAtShort"_s, f.shortDate(e.decidedAt.date())},
            {u"hasDecidedAt"_s, e.decidedAt.isValid()},
        });
    }
    return rows;
}

/** The values every template can use: the institution, the person, the position and the period. */
QVariantHash commonValues(const DocumentInput& input, const Format& f)
{
    const Case& c = input.data;
    const Appointment& a = c.appointment;
    const Evaluation& ev = input.evaluation;
    const Period& p = ev.period;
    const PositionType type = a.type;
    const bool phd = isPhdType(type);
    const bool postdoc = isPostdocType(type);
    const bool rules2006 = ev.ruleSet == RuleSet::Uhf2006;

    QVariantHash v;
    v.insert(u"institution"_s, input.institution.isEmpty() ? c.institution : input.institution);
    v.insert(u"caseId"_s, input.caseId > 0 ? QString::number(input.caseId) : QString());
    v.insert(u"hasCaseId"_s, input.caseId > 0);
    putDate(v, u"today"_s, input.today, f);

    v.insert(u"givenName"_s, c.person.givenName);
    v.insert(u"familyName"_s, c.person.familyName);
    v.insert(u"fullName"_s, QStringList {c.person.givenName, c.person.familyName}.join(u' ').trimmed());
    putDate(v, u"birthDate"_s, c.person.birthDate, f);
    putDate(v, u"doctoralDegreeDate"_s, c.person.doctoralDegreeDate, f);

    const QString position = f.label(type);
    v.insert(u"position"_s, position);
    v.insert(u"positionInText"_s, inText(position));
    v.insert(u"positionKey"_s, toKey(type));
    v.insert(u"unit"_s, a.unit);
    v.insert(u"hasUnit"_s, !a.unit.isEmpty());
    v.insert(u"regulationSection"_s, regulationSection(type));
    v.insert(u"guidelineSection"_s, guidelineSection(type));

    v.insert(u"isPhdType"_s, phd);
    v.insert(u"isPhdFellow"_s, type == PositionType::PhdFellow);
    v.insert(u"isIntegratedPhd"_s, type == PositionType::IntegratedPhd);
    v.insert(u"isDualCompetence"_s, type == PositionType::DualCompetence);
    v.insert(u"isPostdocType"_s, postdoc);
    v.insert(u"isPostdoc"_s, type == PositionType::Postdoc);
    v.insert(u"isMscaPostdoc"_s, type == PositionType::MscaPostdoc);
    v.insert(u"isTenureTrack"_s, type == PositionType::TenureTrackPostdoc);
    v.insert(u"isResident"_s, type == PositionType::Resident);
    v.insert(u"isResearchAssistant"_s, type == PositionType::ResearchAssistant);
    v.insert(u"isRaPartTime"_s, ev.raPartTime);
    v.insert(u"hasCareerPlan"_s, phd || postdoc);
    v.insert(u"projectLinked"_s, a.projectLinked);

    v.insert(u"ruleSet"_s, f.label(ev.ruleSet));
    v.insert(u"rules2006"_s, rules2006);
    v.insert(u"newRights"_s, !rules2006 || a.newRightsInContract);
    v.insert(u"newRightsByContract"_s, rules2006 && a.newRightsInContract);

    putDate(v, u"start"_s, p.start.isValid() ? p.start : a.start, f);
    v.insert(u"lengthMonths"_s, f.number(a.lengthMonths));
    putDate(v, u"nominalEnd"_s, p.nominalEnd, f);
    putDate(v, u"end"_s, p.end, f);
    v.insert(u"endMoved"_s, p.end != p.nominalEnd);
    putDate(v, u"frameEnd"_s, p.frameEnd, f);
    v.insert(u"leaveDays"_s, f.number(p.leaveExtensionDays));
    v.insert(u"hasLeaveDays"_s, p.leaveExtensionDays > 0);
    v.insert(u"grantedDays"_s, f.number(p.grantedExtensionDays));
    v.insert(u"hasGrantedDays"_s, p.grantedExtensionDays > 0);
    v.insert(u"pendingDays"_s, f.number(p.pendingExtensionDays));
    v.insert(u"hasPendingDays"_s, p.pendingExtensionDays > 0);
    v.insert(u"totalExtensionDays"_s, f.number(p.leaveExtensionDays + p.grantedExtensionDays));

    v.insert(u"fte"_s, f.percent(a.ftePercent));
    v.insert(u"fullTime"_s, a.ftePercent >= 100 && !a.hoursPerWeek);
    v.insert(u"hasHoursPerWeek"_s, a.hoursPerWeek.has_value());
    v.insert(u"hoursPerWeek"_s, a.hoursPerWeek ? f.number(*a.hoursPerWeek) : QString());
    v.insert(u"fteShare"_s, f.percent(conventions::fteShare(a) * 100.0));
    v.insert(u"fteMonths"_s, f.number(conventions::fteMonths(a)));

    v.insert(u"hasDutySplit"_s, a.dutyPercent.has_value());
    v.insert(u"dutyPercent"_s, f.percent(a.dutyPercent.value_or(0)));
    v.insert(u"researchPercent"_s, f.percent(100.0 - a.dutyPercent.value_or(0)));
    v.insert(u"hasDuty"_s, a.dutyPercent.value_or(0) > 0);
    v.insert(u"contractedHours"_s, f.number(ev.timeAccount.contractedHours));
    v.insert(u"creditedHours"_s, f.number(ev.timeAccount.creditedHours));
    const double balance = ev.timeAccount.creditedHours - ev.timeAccount.contractedHours;
    v.insert(u"balance"_s, f.balance(balance));
    v.insert(u"balanceNegative"_s, balance < -0.005);
    v.insert(u"balancePositive"_s, balance > 0.005);
    v.insert(u"hasDoctoralWork"_s, ev.doctoralWorkFteMonths.has_value());
    v.insert(u"doctoralWorkFteMonths"_s, f.number(ev.doctoralWorkFteMonths.value_or(0)));

    putDeadline(v, ev, DeadlineId::Contract, u"contract"_s, f);
    putDeadline(v, ev, DeadlineId::ProjectPlan, u"projectPlan"_s, f);
    putDeadline(v, ev, DeadlineId::CareerPlan, u"careerPlan"_s, f);
    putDeadline(v, ev, DeadlineId::AdmissionApplication, u"admissionApplication"_s, f);
    putDeadline(v, ev, DeadlineId::AdmissionAgreement, u"admissionAgreement"_s, f);
    putDeadline(v, ev, DeadlineId::CareerPlanEvaluation, u"careerPlanEvaluation"_s, f);
    // A PhD contract states the admission deadlines even when the rules do not list them (PHD-ADM, § 6.3).
    if (phd && a.start.isValid() && !findDeadline(ev, DeadlineId::AdmissionApplication)) {
        putDate(v, u"admissionApplicationDue"_s, conventions::addMonths(a.start, 3), f);
        putDate(v, u"admissionAgreementDue"_s, conventions::addMonths(a.start, 6), f);
    }

    const Milestones& m = c.milestones;
    putDate(v, u"contractSigned"_s, a.contractSigned, f);
    putDate(v, u"projectPlanDone"_s, m.projectPlan, f);
    putDate(v, u"careerPlanDone"_s, m.careerPlan, f);
    putDate(v, u"admissionApplicationDone"_s, m.admissionApplication, f);
    putDate(v, u"admissionAgreementDone"_s, m.admissionAgreement, f);
    putDate(v, u"supervisorAgreementDone"_s, m.supervisorAgreement, f);

    QVariantList interviews;
    int number = 0;
    for (const Deadline& deadline : ev.deadlines) {
        if (deadline.id != DeadlineId::EmployeeInterview)
            continue;
        interviews.append(QVariantHash {
            {u"number"_s, QString::number(++number)},
            {u"due"_s, f.date(deadline.due)},
            {u"held"_s, f.date(deadline.doneOn)},
            {u"hasHeld"_s, deadline.done && deadline.doneOn.isValid()},
        });
    }
    v.insert(u"interviews"_s, interviews);
    v.insert(u"hasInterviews"_s, !interviews.isEmpty());

    v.insert(u"hasMentor"_s, c.mentor.has_value() && !c.mentor->name.isEmpty());
    v.insert(u"mentorName"_s, c.mentor ? c.mentor->name : QString());
    v.insert(u"mentorUnit"_s, c.mentor ? c.mentor->unit : QString());
    v.insert(u"hasMentorUnit"_s, c.mentor && !c.mentor->unit.isEmpty());

    const CareerPlan& plan = c.careerPlan;
    v.insert(u"scandinavianA2"_s, c.person.scandinavianA2);
    v.insert(u"needsNorwegian"_s, !c.person.scandinavianA2 || plan.norwegianTraining);
    v.insert(u"norwegianTraining"_s, plan.norwegianTraining);
    v.insert(u"norwegianCredits"_s, f.number(plan.norwegianCreditsCompleted));
    v.insert(u"norwegianDone"_s, plan.norwegianCreditsCompleted >= conventions::norwegianTrainingCredits);
    v.insert(u"needsEducationalCompetence"_s,
             postdoc && (!c.person.educationalCompetence || plan.educationalCompetenceMeasure));
    v.insert(u"educationalCompetence"_s, c.person.educationalCompetence);
    v.insert(u"educationalCompetenceMeasure"_s, plan.educationalCompetenceMeasure);
    v.insert(u"needsExternalExperience"_s,
             postdoc && (c.person.monthsAtOtherInstitutions < 12 || plan.externalExperienceMeasure));
    v.insert(u"externalExperienceMeasure"_s, plan.externalExperienceMeasure);
    v.insert(u"monthsAtOtherInstitutions"_s, f.number(c.person.monthsAtOtherInstitutions));

    const QVariantList leaves = leaveRows(c, ev.period, f);
    v.insert(u"leaves"_s, leaves);
    v.insert(u"hasLeaves"_s, !leaves.isEmpty());
    const QVariantList extensions = extensionRows(c, f);
    v.insert(u"extensions"_s, extensions);
    v.insert(u"hasExtensions"_s, !extensions.isEmpty());

    QVariantList explanation;
    for (const Message& line : ev.explanation)
        explanation.append(QVariantHash {{u"text"_s, typeset(line.render(f.language))}});
    v.insert(u"explanation"_s, explanation);
    return v;
}

} // namespace rekrutt::documents
