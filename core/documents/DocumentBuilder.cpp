// Over 900 lines, kept whole for now: the values every template shares (commonValues), then one put*() per
// document, then the draft marking and the build itself, in the order a reader follows a document being made.
// The seam, when it grows, is the per-document put*() functions (duty plan, recommendation, extension decision)
// into documents/DocumentValues.cpp, each taking the Format and DocumentInput they already take.

#include "core/documents/DocumentBuilder.h"

#include "core/documents/Template.h"
#include "core/documents/TemplateLibrary.h"
#include "core/domain/Role.h"
#include "core/i18n/Message.h"
#include "core/rules/Conventions.h"
#include "core/rules/PeriodCalculator.h"
#include "core/rules/Sections.h"

#include <QLocale>
#include <QRegularExpression>
#include <QVariantList>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** Values formatted the way `language` writes them. */
struct Format
{
    Language language;

    QString date(QDate d) const { return DocumentBuilder::formatDate(d, language); }
    /** A date for a narrow table column: "1 Dec 2025" or "01.12.2025". */
    QString shortDate(QDate d) const
    {
        static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
        if (!d.isValid())
            return {};
        return language == Language::Bokmal ? bokmal.toString(d, u"dd.MM.yyyy"_s)
                                            : english.toString(d, u"d MMM yyyy"_s);
    }
    QString number(double value) const { return formatNumber(value, language); }
    /** "25 %" (Bokmål, with a no-break space) or "25%" (English). */
    QString percent(double value) const
    {
        return language == Language::Bokmal ? QString(number(value) + u"\u00a0%"_s) : QString(number(value) + u'%');
    }
    /** A balance: "−1 695" with a true minus sign, "+12" for a surplus. */
    QString balance(double value) const
    {
        if (std::abs(value) < 0.005)
            return number(0);
        return (value < 0 ? u"\u2212"_s : u"+"_s) + number(std::abs(value));
    }
    template <typename E> QString label(E value) const { return translate(language, "Enums", labelSource(value)); }
};

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
QVariantList leaveRows(const Case& c, const Period& period, const Format& f)
{
    QVariantList rows;
    const QList<double> counted = PeriodCalculator::countedLeaveDays(c, period);
    for (qsizetype i = 0; i < c.leaves.size(); ++i) {
        const Leave& leave = c.leaves.at(i);
        const bool decided = leaveIsDecided(leave.kind);
        rows.append(QVariantHash {
            {u"kind"_s, f.label(leave.kind)},
            {u"from"_s, f.date(leave.from)},
            {u"to"_s, f.date(leave.to)},
            {u"fromShort"_s, f.shortDate(leave.from)},
            {u"toShort"_s, f.shortDate(leave.to)},
            {u"percent"_s, f.percent(leave.percent)},
            {u"days"_s, f.number(double(conventions::inclusiveDays(leave.from, leave.to)))},
            {u"counted"_s, f.number(counted.value(i))},
            {u"extends"_s, leaveExtends(leave)},
            {u"section"_s, sectionNumber(leaveSection(leave.kind))},
            // LEAVE-DECISION: why leave of a kind the dean decides does not extend (yet).
            {u"undecided"_s, decided && leave.status == DecisionStatus::Proposed},
            {u"rejected"_s, decided && leave.status == DecisionStatus::Rejected},
        });
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

/** § 3.3: career-enhancing work per year of employment, planned and completed, with hours. */
void putDutyPlan(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    const Case& c = input.data;
    const Period& p = input.evaluation.period;
    const bool phd = isPhdType(c.appointment.type);
    const QDate start = p.start.isValid() ? p.start : c.appointment.start;
    const QDate end = p.end.isValid() ? p.end : start;

    struct Year
    {
        QDate from;
        QDate to;
        QVariantList rows;
        double completed = 0;
        double planned = 0;
        double lectures = 0;
        double credited = 0;
    };
    QList<Year> years;
    if (start.isValid()) {
        for (int k = 0; conventions::addMonths(start, 12 * k) <= end; ++k) {
            Year year;
            year.from = conventions::addMonths(start, 12 * k);
            year.to = std::min(conventions::addMonths(start, 12 * (k + 1)).addDays(-1), end);
            years.append(year);
        }
    }
    if (years.isEmpty())
        years.append(Year {start, end, {}, 0, 0, 0, 0});

    // The entries in the order of their start; what each is credited is the rules' (C-HOURS, TimeAccount).
    const TimeAccount& account = input.evaluation.timeAccount;
    QList<qsizetype> order(c.dutyWork.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&c](qsizetype l, qsizetype r) { return c.dutyWork.at(l).from < c.dutyWork.at(r).from; });
    double completed = 0;
    double planned = 0;
    for (const qsizetype i : std::as_const(order)) {
        const DutyWork& w = c.dutyWork.at(i);
        qsizetype index = 0;
        while (index + 1 < years.size() && years.at(index + 1).from <= w.from)
            ++index;
        Year& year = years[index];
        const bool done = w.to.isValid() && w.to < input.today;
        const double credited = account.creditedPerWork.value(i, w.hours);
        const double extra = credited - w.hours;
        year.rows.append(QVariantHash {
            {u"from"_s, f.date(w.from)},
            {u"to"_s, f.date(w.to)},
            {u"fromShort"_s, f.shortDate(w.from)},
            {u"toShort"_s, f.shortDate(w.to)},
            {u"category"_s, f.label(w.category)},
            {u"completed"_s, done},
            {u"hours"_s, f.number(w.hours)},
            {u"lectureHours"_s, f.number(w.originalLectureHours)},
            {u"hasLectureHours"_s, w.originalLectureHours > 0},
            {u"lectureCredit"_s, f.number(extra)},
            {u"hasLectureCredit"_s, extra > 0},
            {u"credited"_s, f.number(credited)},
        });
        (done ? year.completed : year.planned) += w.hours;
        year.lectures += w.originalLectureHours;
        year.credited += credited;
        (done ? completed : planned) += w.hours;
    }

    QVariantList yearValues;
    for (qsizetype k = 0; k < years.size(); ++k) {
        const Year& year = years.at(k);
        yearValues.append(QVariantHash {
            {u"number"_s, QString::number(k + 1)},
            {u"from"_s, f.date(year.from)},
            {u"to"_s, f.date(year.to)},
            {u"rows"_s, year.rows},
            {u"hasRows"_s, !year.rows.isEmpty()},
            {u"completedHours"_s, f.number(year.completed)},
            {u"plannedHours"_s, f.number(year.planned)},
            {u"hours"_s, f.number(year.completed + year.planned)},
            {u"lectureHours"_s, f.number(year.lectures)},
            {u"creditedHours"_s, f.number(year.credited)},
        });
    }
    v.insert(u"years"_s, yearValues);
    v.insert(u"completedHours"_s, f.number(completed));
    v.insert(u"plannedHours"_s, f.number(planned));
    v.insert(u"workHours"_s, f.number(completed + planned));
    v.insert(u"lectureCredit"_s, f.number(account.lectureCreditHours));
    v.insert(u"hasLectureCredit"_s, account.lectureCreditHours > 0);

    // C-HOURS, § 7.4: completed Norwegian training counts ten weeks unless it was taken as an extension.
    v.insert(u"hasNorwegianCredit"_s, account.norwegianCreditHours > 0);
    v.insert(u"norwegianCreditHours"_s, f.number(account.norwegianCreditHours));
    v.insert(u"hoursPerFteYear"_s, f.number(input.hoursPerFteYear));
    // DUTY-LAST-YEAR, § 3.3: the last 12 months before the end are kept for the thesis.
    putDate(v, u"lastYearFrom"_s, phd && p.end.isValid() ? conventions::addMonths(p.end, -12).addDays(1) : QDate(), f);
}

/** § 5, § 6: the committee, the ranked applicants and the groups rule. */
void putRecommendation(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    const Case& c = input.data;
    const bool has = c.recruitment.has_value();
    v.insert(u"hasRecruitment"_s, has);
    const Recruitment recruitment = has ? *c.recruitment : Recruitment();

    const std::optional<Announcement>& announcement = recruitment.announcement;
    v.insert(u"hasAnnouncement"_s, announcement.has_value());
    putDate(v, u"published"_s, announcement ? announcement->published : QDate(), f);
    putDate(v, u"applicationDeadline"_s, announcement ? announcement->deadline : QDate(), f);
    v.insert(u"announcedPublicly"_s, announcement && announcement->isPublic);
    v.insert(u"announcedInternally"_s, announcement && announcement->isInternal);

    QHash<QString, QString> names;
    for (const Applicant& applicant : recruitment.applicants)
        names.insert(applicant.id, applicant.name);

    QVariantList committee;
    int professors = 0;
    for (const CommitteeMember& member : recruitment.committee) {
        QStringList conflicts;
        for (const QString& id : member.conflictsWith)
            conflicts.append(names.value(id, id));
        professors += member.associateProfessorLevel ? 1 : 0;
        committee.append(QVariantHash {
            {u"name"_s, member.name},
            {u"associateProfessorLevel"_s, member.associateProfessorLevel},
            {u"impartialityDeclared"_s, member.impartialityDeclared},
            {u"conflicts"_s, conflicts.join(u", "_s)},
            {u"hasConflicts"_s, !conflicts.isEmpty()},
        });
    }
    v.insert(u"committee"_s, committee);
    v.insert(u"hasCommittee"_s, !committee.isEmpty());
    v.insert(u"committeeSize"_s, f.number(committee.size()));
    v.insert(u"associateProfessors"_s, f.number(professors));

    QList<Applicant> ranked;
    int qualified = 0;
    int interviewed = 0;
    QVariantList interviewedNotRanked;
    for (const Applicant& applicant : recruitment.applicants) {
        qualified += applicant.qualified ? 1 : 0;
        interviewed += applicant.interviewed ? 1 : 0;
        if (applicant.rank)
            ranked.append(applicant);
        else if (applicant.interviewed)
            interviewedNotRanked.append(QVariantHash {{u"name"_s, applicant.name},
                                                      {u"qualified"_s, applicant.qualified},
                                                      {u"references"_s, f.number(applicant.references)},
                                                      {u"last"_s, false}});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Applicant& l, const Applicant& r) { return *l.rank < *r.rank; });
    // "last" lets a template write the names as a sentence: {{name}}{{^last}}, {{/last}}.
    if (!interviewedNotRanked.isEmpty()) {
        QVariantHash lastOne = interviewedNotRanked.takeLast().toHash();
        lastOne.insert(u"last"_s, true);
        interviewedNotRanked.append(lastOne);
    }
    QVariantList rankedValues;
    for (const Applicant& applicant : std::as_const(ranked)) {
        rankedValues.append(QVariantHash {
            {u"rank"_s, QString::number(*applicant.rank)},
            {u"name"_s, applicant.name},
            {u"reason"_s, applicant.rankReason},
            {u"hasReason"_s, !applicant.rankReason.trimmed().isEmpty()},
            {u"references"_s, f.number(applicant.references)},
            {u"enoughReferences"_s, applicant.references >= 2},
            {u"interviewed"_s, applicant.interviewed},
            {u"qualified"_s, applicant.qualified},
        });
    }
    v.insert(u"ranked"_s, rankedValues);
    v.insert(u"hasRanked"_s, !rankedValues.isEmpty());
    v.insert(u"interviewedNotRanked"_s, interviewedNotRanked);
    v.insert(u"hasInterviewedNotRanked"_s, !interviewedNotRanked.isEmpty());
    v.insert(u"applicantCount"_s, f.number(recruitment.applicants.size()));
    v.insert(u"qualifiedCount"_s, f.number(qualified));
    v.insert(u"interviewedCount"_s, f.number(interviewed));
    v.insert(u"rankedCount"_s, f.number(ranked.size()));

    // INT-GROUPS, § 5: per group, qualified applicants who declare it and how many of them were interviewed.
    const auto group = [&](const QString& key, bool Applicant::*flag) {
        int declared = 0;
        int met = 0;
        for (const Applicant& applicant : recruitment.applicants) {
            if (applicant.qualified && applicant.*flag) {
                ++declared;
                met += applicant.interviewed ? 1 : 0;
            }
        }
        v.insert(key + u"Qualified"_s, f.number(declared));
        v.insert(key + u"Interviewed"_s, f.number(met));
        v.insert(key + u"Applies"_s, declared > 0);
        v.insert(key + u"Met"_s, declared == 0 || met > 0);
    };
    group(u"disability"_s, &Applicant::disability);
    group(u"cvGap"_s, &Applicant::cvGap);
    group(u"nonWestern"_s, &Applicant::nonWesternImmigrant);

    QVariantList findings;
    static const QStringList prefixes {u"ANN-"_s, u"ASM-"_s, u"INT-"_s, u"REF-"_s, u"RANK-"_s};
    for (const Finding& finding : input.evaluation.findings) {
        const QString rule = QString::fromLatin1(finding.rule);
        if (!std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& p) { return rule.startsWith(p); }))
            continue;
        findings.append(QVariantHash {
            {u"rule"_s, rule},
            {u"source"_s, typeset(QString::fromUtf8(finding.source))},
            {u"isError"_s, finding.severity == Severity::Error},
            {u"message"_s, typeset(finding.message.render(f.language))},
        });
    }
    v.insert(u"recruitmentFindings"_s, findings);
    v.insert(u"hasRecruitmentFindings"_s, !findings.isEmpty());
    v.insert(u"rankingSignedBy"_s, recruitment.rankingSignedBy);
    v.insert(u"hasRankingSignedBy"_s, !recruitment.rankingSignedBy.isEmpty());
    putDate(v, u"rankingSignedAt"_s, recruitment.rankingSignedAt.date(), f);
}

/** § 7: the extension decided (or the extension for leave), with the end date before and after it. */
bool putExtensionDecision(QVariantHash& v, const DocumentInput& input, const Format& f, QString* error)
{
    const Case& c = input.data;
    const std::optional<int> index = input.extensionIndex;
    if (index && (*index < 0 || *index >= c.extensions.size())) {
        if (error)
            *error = DocumentBuilder::tr("The case has no extension number %1.").arg(*index + 1);
        return false;
    }
    v.insert(u"isLeaveExtension"_s, !index.has_value());
    static const QStringList basisKeys {u"basisElectedOffice"_s, u"basisDion"_s,      u"basisBoardFee"_s,
                                        u"basisUnforeseen"_s,    u"basisPhdHealth"_s, u"basisDutyIncrease"_s,
                                        u"basisNorwegian"_s,     u"basisLeave"_s};
    for (const QString& key : basisKeys)
        v.insert(key, false);

    Case without = c;
    Case with = c;
    QVariantList basisLeaves;
    if (index) {
        const Extension& e = c.extensions.at(*index);
        without.extensions[*index].status = DecisionStatus::Rejected;
        with.extensions[*index].status = DecisionStatus::Approved;
        v.insert(u"extensionNumber"_s, QString::number(*index + 1));
        v.insert(u"basis"_s, f.label(e.kind));
        v.insert(u"basisInText"_s, inText(f.label(e.kind)));
        v.insert(u"days"_s, f.number(e.days));
        v.insert(u"section"_s, sectionNumber(extensionSection(e.kind)));
        v.insert(u"approved"_s, e.status == DecisionStatus::Approved);
        v.insert(u"proposed"_s, e.status == DecisionStatus::Proposed);
        v.insert(u"rejected"_s, e.status == DecisionStatus::Rejected);
        v.insert(u"documented"_s, e.documented);
        v.insert(u"decidedBy"_s, e.decidedBy);
        v.insert(u"hasDecidedBy"_s, !e.decidedBy.isEmpty());
        putDate(v, u"decidedAt"_s, e.decidedAt.date(), f);
        switch (e.kind) {
        case ExtensionKind::ElectedOffice:
            v.insert(u"basisElectedOffice"_s, true);
            break;
        case ExtensionKind::DionSinMember:
        case ExtensionKind::DionSinChair:
            v.insert(u"basisDion"_s, true);
            break;
        case ExtensionKind::BoardFee:
            v.insert(u"basisBoardFee"_s, true);
            break;
        case ExtensionKind::UnforeseenObstacle:
            v.insert(u"basisUnforeseen"_s, true);
            break;
        case ExtensionKind::PhdHealth:
            v.insert(u"basisPhdHealth"_s, true);
            break;
        case ExtensionKind::DutyIncrease:
            v.insert(u"basisDutyIncrease"_s, true);
            break;
        case ExtensionKind::NorwegianTraining:
            v.insert(u"basisNorwegian"_s, true);
            break;
        }
    } else {
        // C-LEAVE, LEAVE-EXT: the extension for leave rests on every leave that extends (leave the dean has
        // not approved does not), each with the days it counts after both caps (C-LEAVE, C-LEAVE-CAP).
        without.leaves.clear();
        const QList<double> counted = PeriodCalculator::countedLeaveDays(c, input.evaluation.period);
        for (qsizetype i = 0; i < c.leaves.size(); ++i) {
            const Leave& leave = c.leaves.at(i);
            if (!leaveExtends(leave))
                continue;
            basisLeaves.append(QVariantHash {
                {u"kind"_s, f.label(leave.kind)},
                {u"from"_s, f.date(leave.from)},
                {u"to"_s, f.date(leave.to)},
                {u"fromShort"_s, f.shortDate(leave.from)},
                {u"toShort"_s, f.shortDate(leave.to)},
                {u"percent"_s, f.percent(leave.percent)},
                {u"days"_s, f.number(counted.value(i))},
                {u"section"_s, sectionNumber(leaveSection(leave.kind))},
            });
        }
        const bool sevenThree = std::any_of(c.leaves.cbegin(), c.leaves.cend(), [](const Leave& leave) {
            return leave.kind == LeaveKind::TemporaryPosition || leave.kind == LeaveKind::FellowshipAbroad;
        });
        v.insert(u"basisLeave"_s, true);
        v.insert(u"extensionNumber"_s, QString());
        v.insert(u"basis"_s, QString());
        v.insert(u"basisInText"_s, QString());
        v.insert(u"days"_s, f.number(input.evaluation.period.leaveExtensionDays));
        v.insert(u"section"_s, sevenThree ? u"7.1, 7.3"_s : u"7.1"_s);
        v.insert(u"approved"_s, true);
        v.insert(u"proposed"_s, false);
        v.insert(u"rejected"_s, false);
        v.insert(u"documented"_s, false);
        v.insert(u"decidedBy"_s, QString());
        v.insert(u"hasDecidedBy"_s, false);
        putDate(v, u"decidedAt"_s, QDate(), f);
    }
    v.insert(u"basisLeaves"_s, basisLeaves);
    v.insert(u"hasBasisLeaves"_s, !basisLeaves.isEmpty());

    const Period before = PeriodCalculator::compute(without);
    const Period after = PeriodCalculator::compute(with);
    putDate(v, u"oldEnd"_s, before.end, f);
    putDate(v, u"newEnd"_s, after.end, f);
    v.insert(u"endMoves"_s, after.end != before.end);
    const qint64 moved = before.end.isValid() && after.end.isValid() ? before.end.daysTo(after.end) : 0;
    const qint64 granted = index ? c.extensions.at(*index).days : input.evaluation.period.leaveExtensionDays;
    // C-FIXPOINT: leave that falls in the extension extends it further.
    v.insert(u"daysMoved"_s, f.number(double(moved)));
    v.insert(u"extraLeaveDays"_s, f.number(double(moved - granted)));
    v.insert(u"hasExtraLeaveDays"_s, index.has_value() && moved > granted);
    putDate(v, u"newFrameEnd"_s, after.frameEnd, f);
    v.insert(u"withinFrame"_s, !after.frameEnd.isValid() || after.end <= after.frameEnd);
    // With an error finding the case is not settled: the decision must not say the end is within the frame.
    v.insert(u"hasErrors"_s, input.evaluation.hasErrors());
    return true;
}

void putDeadlines(QVariantHash& v, const DocumentInput& input, const Format& f)
{
    QVariantList deadlines;
    for (const Deadline& deadline : input.evaluation.deadlines) {
        deadlines.append(QVariantHash {
            {u"label"_s, translate(f.language, "Rules", deadlineLabel(deadline.id))},
            {u"rule"_s, QString::fromLatin1(deadlineRule(deadline.id))},
            {u"source"_s, typeset(QString::fromUtf8(deadlineSource(deadline.id)))},
            {u"due"_s, f.date(deadline.due)},
            {u"dueShort"_s, f.shortDate(deadline.due)},
            {u"done"_s, deadline.done},
            {u"doneOn"_s, f.date(deadline.doneOn)},
            {u"doneOnShort"_s, f.shortDate(deadline.doneOn)},
            {u"hasDoneOn"_s, deadline.doneOn.isValid()},
            {u"overdue"_s, !deadline.done && deadline.due < input.today},
        });
    }
    v.insert(u"deadlines"_s, deadlines);
    v.insert(u"hasDeadlines"_s, !deadlines.isEmpty());
}

QString unescapeHtml(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s).replace(u"&nbsp;"_s, u"\u00a0"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

/** The content of `<meta name="NAME" content="...">` in `html`, unescaped; empty when there is none. */
QString metaContent(const QString& html, const QString& name)
{
    const QRegularExpression pattern(u"<meta\\s+name\\s*=\\s*\"%1\"\\s+content\\s*=\\s*\"([^\"]*)\""_s.arg(name),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? unescapeHtml(match.captured(1)).simplified() : QString();
}

/**
 * A document of a case with error findings is a draft: a banner on every page names the rules broken
 * (DocumentPage::draft, drawn by the renderer), and a box at the top of the text states each finding. The
 * box goes in here, not in the templates, so that an office's own copy of a template cannot leave it out;
 * its style is inline for the same reason.
 */
void markDraft(Document& document, const Evaluation& evaluation, Language language)
{
    QStringList rules;
    QString items;
    for (const Finding& finding : evaluation.findings) {
        if (finding.severity != Severity::Error)
            continue;
        const QString rule = QString::fromLatin1(finding.rule);
        const QString text = finding.message.render(language);
        if (!rules.contains(rule))
            rules.append(rule);
        document.draftFindings.append(rule + u": "_s + text);
        items += u"<li><b>"_s + rule + u"</b> ("_s + QString::fromUtf8(finding.source).toHtmlEscaped() + u"): "_s
            + text.toHtmlEscaped() + u"</li>"_s;
    }
    if (rules.isEmpty())
        return;
    document.page.draft
        = translate(language, "DocumentBuilder", QT_TRANSLATE_NOOP("DocumentBuilder", "DRAFT – not valid: %1"))
              .arg(rules.join(u", "_s));
    const QString box
        = u"<div style=\"border: 1.5pt solid #b00020; padding: 6pt; margin-bottom: 10pt; color: #b00020;\"><p><b>"_s
        + translate(language, "DocumentBuilder",
                    QT_TRANSLATE_NOOP("DocumentBuilder",
                                      "Draft. The case breaks these rules, and this document is not valid until "
                                      "they are put right:"))
              .toHtmlEscaped()
        + u"</b></p><ul>"_s + items + u"</ul></div>"_s;
    static const QRegularExpression body(u"<body[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = body.match(document.html);
    document.html.insert(match.hasMatch() ? match.capturedEnd() : 0, box);
}

} // namespace

QString DocumentBuilder::formatDate(QDate date, Language language)
{
    if (!date.isValid())
        return {};
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    return language == Language::Bokmal ? bokmal.toString(date, u"d. MMMM yyyy"_s)
                                        : english.toString(date, u"d MMMM yyyy"_s);
}

std::optional<int> DocumentBuilder::defaultExtension(const Case& c)
{
    if (c.extensions.isEmpty())
        return std::nullopt;
    return int(c.extensions.size() - 1);
}

bool DocumentBuilder::draftWhenBroken(DocumentKind kind)
{
    return kind == DocumentKind::Contract || kind == DocumentKind::ExtensionDecision
        || kind == DocumentKind::Recommendation;
}

QString DocumentBuilder::templateFileName(DocumentKind kind, Language language)
{
    return documentKey(kind) + u'.' + languageCode(language) + u".html"_s;
}

QString DocumentBuilder::suggestedFileName(DocumentKind kind, Language language, const Case& c, qint64 caseId)
{
    QString name = documentKey(kind) + u'-' + languageCode(language);
    if (caseId > 0)
        name += u'-' + QString::number(caseId);
    QString person = (c.person.familyName + u' ' + c.person.givenName).toLower();
    for (QChar& ch : person) {
        if (!ch.isLetterOrNumber())
            ch = u'-';
    }
    person = person.split(u'-', Qt::SkipEmptyParts).join(u'-');
    if (!person.isEmpty())
        name += u'-' + person;
    return name + u".pdf"_s;
}

QVariantHash DocumentBuilder::values(DocumentKind kind, const DocumentInput& input, Language language)
{
    const Format f {language};
    QVariantHash v = commonValues(input, f);
    switch (kind) {
    case DocumentKind::Contract:
    case DocumentKind::CareerPlan:
    case DocumentKind::PeriodStatement:
        break;
    case DocumentKind::DutyPlan:
        putDutyPlan(v, input, f);
        break;
    case DocumentKind::Recommendation:
        putRecommendation(v, input, f);
        break;
    case DocumentKind::ExtensionDecision:
        putExtensionDecision(v, input, f, nullptr);
        break;
    }
    if (kind == DocumentKind::CareerPlan)
        putDutyPlan(v, input, f);
    if (kind == DocumentKind::PeriodStatement || kind == DocumentKind::CareerPlan)
        putDeadlines(v, input, f);
    return v;
}

std::optional<Document> DocumentBuilder::build(DocumentKind kind, const DocumentInput& input, Language language,
                                               QString* error)
{
    if (kind == DocumentKind::ExtensionDecision) {
        QVariantHash probe;
        if (!putExtensionDecision(probe, input, Format {language}, error))
            return std::nullopt;
    }
    const TemplateLibrary library(input.templateFolders);
    const QString fileName = templateFileName(kind, language);
    QString origin;
    const std::optional<QString> text = library.read(fileName, &origin, error);
    if (!text)
        return std::nullopt;
    const std::optional<QString> css = library.read(styleSheetFileName(), nullptr, error);
    if (!css)
        return std::nullopt;
    const std::optional<Template> parsed = Template::parse(*text, fileName, error);
    if (!parsed)
        return std::nullopt;
    std::optional<QString> html = parsed->render(values(kind, input, language), error);
    if (!html)
        return std::nullopt;

    Document document;
    document.page.language = language;
    document.page.institution = input.institution.isEmpty() ? input.data.institution : input.institution;
    document.page.logo = input.logo;
    document.page.styleSheet = *css;
    static const QRegularExpression titlePattern(u"<title>([^<]*)</title>"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch title = titlePattern.match(*html);
    document.page.title = title.hasMatch() ? unescapeHtml(title.captured(1)).simplified()
                                           : translate(language, "Documents", documentLabel(kind));
    document.page.reference = metaContent(*html, u"rekrutt-reference"_s);
    document.page.pageLabel = metaContent(*html, u"rekrutt-pages"_s);
    if (document.page.pageLabel.isEmpty())
        document.page.pageLabel = u"%1 / %2"_s;
    document.html = std::move(*html);
    if (draftWhenBroken(kind))
        markDraft(document, input.evaluation, language);
    return document;
}

QString DocumentBuilder::buildHtml(DocumentKind kind, const DocumentInput& input, Language language, QString* error)
{
    const std::optional<Document> document = build(kind, input, language, error);
    return document ? document->html : QString();
}

} // namespace rekrutt
