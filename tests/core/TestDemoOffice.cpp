#include "core/domain/CaseValidation.h"
#include "core/interchange/DemoOffice.h"
#include "core/rules/Evaluator.h"
#include "core/rules/VacancyRules.h"

#if __has_include("core/interchange/CaseWriter.h")
#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#define REKRUTT_HAVE_CASE_WRITER 1
#endif

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace rekrutt;

/**
 * The demo office of `rekrutt-cli demo`: about 60 valid, deterministic cases of every position type,
 * mostly clean, with enough errors and warnings that "needs attention" shows something, on any day.
 */
class TestDemoOffice : public QObject
{
    Q_OBJECT

private slots:
    void office_data();
    void office();
    void valuesAreWithinTheCaseFormat_data();
    void valuesAreWithinTheCaseFormat();
    void findingsAreFewButPresent_data();
    void findingsAreFewButPresent();
    void isDeterministic_data();
    void isDeterministic();
    void roundTripsThroughTheCaseFormat_data();
    void roundTripsThroughTheCaseFormat();
    void showsTheTypicalFindings();
    void vacanciesStandAtEveryStage_data();
    void vacanciesStandAtEveryStage();
};

namespace {

/** The day the specification's examples use (C-TODAY). */
const QDate specToday(2026, 11, 23);

QString caseName(const Case& c)
{
    return c.person.givenName + u' ' + c.person.familyName + u" (" + toKey(c.appointment.type) + u", "
        + c.appointment.start.toString(Qt::ISODate) + u')';
}

/** The days the demo is checked on: it must hold up whenever someone runs it. */
void addTodays()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("on the day of the specification's examples") << specToday;
    QTest::newRow("on the system date") << QDate::currentDate();
    QTest::newRow("early in a month") << QDate(2026, 3, 2);
    QTest::newRow("on new year's eve before the transition") << QDate(2024, 12, 31);
    QTest::newRow("on a leap day years later") << QDate(2028, 2, 29);
    QTest::newRow("at the end of a long month") << QDate(2030, 8, 31);
}

Evaluation evaluateOn(const Case& c, QDate today)
{
    EvaluationContext context;
    context.today = today;
    return Evaluator::evaluate(c, context);
}

/** Whether `date` is valid when set: a set date in a case is always a real calendar date. */
bool validOrNull(QDate date)
{
    return date.isNull() || date.isValid();
}

} // namespace

void TestDemoOffice::office_data()
{
    addTodays();
}

void TestDemoOffice::office()
{
    QFETCH(QDate, today);
    const QList<Case> cases = demoOffice(today);

    QVERIFY2(cases.size() >= 55 && cases.size() <= 65, qPrintable(QString::number(cases.size())));

    // Every position type, several of each but the rarer ones.
    QHash<PositionType, int> perType;
    for (const Case& c : cases)
        ++perType[c.appointment.type];
    for (std::size_t i = 0; i < enumKeys<PositionType>().size(); ++i) {
        const auto type = static_cast<PositionType>(i);
        QVERIFY2(perType.value(type) >= 3, qPrintable(toKey(type)));
    }

    // Hourly research assistant under 15 hours a week (RA-PARTTIME).
    QVERIFY(std::any_of(cases.cbegin(), cases.cend(), [](const Case& c) {
        return c.appointment.type == PositionType::ResearchAssistant && c.appointment.hoursPerWeek
            && *c.appointment.hoursPerWeek < 15;
    }));

    // Starts from about four years back to half a year ahead: some ended, some not begun.
    int ended = 0;
    int notStarted = 0;
    QDate earliest = cases.first().appointment.start;
    QDate latest = earliest;
    for (const Case& c : cases) {
        const Evaluation evaluation = evaluateOn(c, today);
        QVERIFY2(evaluation.period.end.isValid(), qPrintable(caseName(c)));
        QVERIFY2(evaluation.period.end > c.appointment.start, qPrintable(caseName(c)));
        if (evaluation.period.end < today)
            ++ended;
        if (c.appointment.start > today)
            ++notStarted;
        earliest = std::min(earliest, c.appointment.start);
        latest = std::max(latest, c.appointment.start);
    }
    QVERIFY(earliest <= today.addMonths(-42));
    QVERIFY(earliest >= today.addMonths(-50));
    QVERIFY(latest >= today.addMonths(4));
    QVERIFY(latest <= today.addMonths(7));
    QVERIFY2(ended >= 3, qPrintable(QString::number(ended)));
    QVERIFY2(notStarted >= 5, qPrintable(QString::number(notStarted)));

    // At least one person with two appointments: the same name and birth date in two cases.
    QHash<QString, int> appointmentsPerPerson;
    for (const Case& c : cases)
        ++appointmentsPerPerson[c.person.familyName + u'|' + c.person.givenName + u'|'
                                + c.person.birthDate.toString(Qt::ISODate)];
    QVERIFY(std::any_of(appointmentsPerPerson.cbegin(), appointmentsPerPerson.cend(), [](int n) { return n == 2; }));

    // Recruitments for about a quarter of the cases.
    const auto recruitments
        = std::count_if(cases.cbegin(), cases.cend(), [](const Case& c) { return c.recruitment.has_value(); });
    QVERIFY2(recruitments >= 15, qPrintable(QString::number(recruitments)));

    for (const Case& c : cases) {
        QCOMPARE(c.institution, QStringLiteral("NTNU"));
        QVERIFY(!c.appointment.unit.isEmpty());
        if (isPostdocType(c.appointment.type))
            QVERIFY2(c.mentor.has_value(), qPrintable(caseName(c)));
    }
}

void TestDemoOffice::valuesAreWithinTheCaseFormat_data()
{
    addTodays();
}

void TestDemoOffice::valuesAreWithinTheCaseFormat()
{
    QFETCH(QDate, today);
    for (const Case& c : demoOffice(today)) {
        const QByteArray name = caseName(c).toUtf8();
        const Person& p = c.person;
        const Appointment& a = c.appointment;
        QVERIFY2(!p.familyName.isEmpty() && !p.givenName.isEmpty(), name);
        QVERIFY2(a.start.isValid() && a.lengthMonths >= 1, name);

        // A plausible age, and a doctorate before the start for the postdoc-types (PD-DEGREE).
        QVERIFY2(p.birthDate.isValid(), name);
        const int age = a.start.year() - p.birthDate.year();
        QVERIFY2(age >= 20 && age <= 45, name);
        if (isPostdocType(a.type))
            QVERIFY2(p.doctoralDegreeDate.isValid() && p.doctoralDegreeDate <= a.start, name);
        else
            QVERIFY2(p.doctoralDegreeDate.isNull(), name);
        QVERIFY2(p.monthsAtOtherInstitutions >= 0, name);
        for (const HistoryEntry& h : p.history) {
            QVERIFY2(h.start.isValid() && h.end.isValid() && h.start <= h.end && h.end < a.start, name);
            QVERIFY2(h.ftePercent > 0 && h.ftePercent <= 100, name);
        }

        QVERIFY2(a.ftePercent > 0 && a.ftePercent <= 100, name);
        QVERIFY2(!a.dutyPercent || (*a.dutyPercent >= 0 && *a.dutyPercent <= 100), name);
        QVERIFY2(!a.hoursPerWeek || (*a.hoursPerWeek > 0 && *a.hoursPerWeek <= 37.5), name);
        QVERIFY2(validOrNull(a.announcementDate) && validOrNull(a.decisionDate) && validOrNull(a.contractSigned), name);
        QVERIFY2(a.announcementDate < a.decisionDate && a.decisionDate < a.start, name);
        QVERIFY2(a.decisionDate <= today, name);
        QVERIFY2(a.contractSigned.isNull() || a.contractSigned <= today, name);

        for (const Leave& leave : c.leaves) {
            QVERIFY2(leave.from.isValid() && leave.to.isValid(), name);
            QVERIFY2(leave.from <= leave.to, name);
            QVERIFY2(leave.percent >= 1 && leave.percent <= 100, name);
        }
        for (const Extension& extension : c.extensions)
            QVERIFY2(extension.days >= 1, name);

        const Milestones& m = c.milestones;
        for (const QDate date :
             {m.projectPlan, m.careerPlan, m.admissionApplication, m.admissionAgreement, m.supervisorAgreement}) {
            QVERIFY2(validOrNull(date), name);
            QVERIFY2(date.isNull() || (date >= a.start && date <= today), name);
        }
        for (const QDate date : m.employeeInterviews)
            QVERIFY2(date.isValid() && date > a.start && date <= today, name);

        QVERIFY2(c.careerPlan.norwegianCreditsCompleted >= 0, name);
        for (const DutyWork& work : c.dutyWork) {
            QVERIFY2(work.from.isValid() && work.to.isValid() && work.from <= work.to, name);
            QVERIFY2(work.hours > 0 && work.originalLectureHours >= 0 && work.originalLectureHours <= work.hours, name);
        }
        if (c.mentor)
            QVERIFY2(!c.mentor->name.isEmpty(), name);
        for (const MobilityGrant& grant : c.mobilityGrants)
            QVERIFY2(!grant.host.isEmpty() && grant.amountNok > 0, name);

        if (c.recruitment) {
            const Recruitment& r = *c.recruitment;
            QVERIFY2(r.announcement && r.announcement->published.isValid() && r.announcement->deadline.isValid(), name);
            QVERIFY2(r.committee.size() <= 4, name);
            QVERIFY2(r.applicants.size() >= 3 && r.applicants.size() <= 9, name);
            QSet<QString> ids;
            for (const CommitteeMember& member : r.committee)
                ids.insert(member.id);
            for (const Applicant& applicant : r.applicants) {
                ids.insert(applicant.id);
                QVERIFY2(applicant.references >= 0, name);
                QVERIFY2(!applicant.rank || *applicant.rank >= 1, name);
            }
            QCOMPARE(ids.size(), r.committee.size() + r.applicants.size());
            // The appointee was an applicant, ranked first.
            QCOMPARE(r.applicants.first().name, p.givenName + u' ' + p.familyName);
            QCOMPARE(r.applicants.first().rank, std::optional<int>(1));
        }
    }
}

void TestDemoOffice::findingsAreFewButPresent_data()
{
    addTodays();
}

void TestDemoOffice::findingsAreFewButPresent()
{
    QFETCH(QDate, today);
    const QList<Case> cases = demoOffice(today);
    int withErrors = 0;
    int withWarnings = 0;
    for (const Case& c : cases) {
        const Evaluation evaluation = evaluateOn(c, today);
        if (evaluation.hasErrors())
            ++withErrors;
        if (evaluation.count(Severity::Warning) > 0)
            ++withWarnings;
    }
    QVERIFY2(withErrors >= 4, qPrintable(QString::number(withErrors)));
    QVERIFY2(withErrors * 4 <= cases.size(), qPrintable(QString::number(withErrors)));
    QVERIFY2(withWarnings >= 4, qPrintable(QString::number(withWarnings)));
}

void TestDemoOffice::isDeterministic_data()
{
    addTodays();
}

void TestDemoOffice::isDeterministic()
{
    QFETCH(QDate, today);
    QVERIFY(demoOffice(today) == demoOffice(today));
}

void TestDemoOffice::roundTripsThroughTheCaseFormat_data()
{
    addTodays();
}

void TestDemoOffice::roundTripsThroughTheCaseFormat()
{
#ifdef REKRUTT_HAVE_CASE_WRITER
    QFETCH(QDate, today);
    for (const Case& c : demoOffice(today)) {
        ReadError error;
        std::optional<Case> read = CaseReader::read(CaseWriter::write(c), &error);
        QVERIFY2(read.has_value(), qPrintable(caseName(c) + u": " + error.toString()));
        // The career plan's content and the mentoring are the database's (an office file carries them beside the
        // case file): with them the case is whole again.
        QVERIFY2(CaseReader::readCareerRecords(CaseWriter::writeCareerRecords(c), *read, &error),
                 qPrintable(caseName(c) + u": " + error.toString()));
        QVERIFY2(*read == c, qPrintable(caseName(c)));
    }
#else
    QSKIP("No CaseWriter in this build");
#endif
}

void TestDemoOffice::showsTheTypicalFindings()
{
    const QList<Case> cases = demoOffice(specToday);
    QMap<QString, int> tally;
    int needsAttention = 0;
    for (const Case& c : cases) {
        const Evaluation evaluation = evaluateOn(c, specToday);
        QSet<QString> rules;
        for (const Finding& finding : evaluation.findings)
            rules.insert(QString::fromLatin1(finding.rule));
        for (const QString& rule : rules)
            ++tally[rule];
        if (evaluation.hasErrors() || evaluation.count(Severity::Warning) > 0)
            ++needsAttention;
    }
    QStringList lines;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        lines.append(it.key() + u' ' + QString::number(it.value()));
    qInfo("Cases per rule on %s: %s; %d of %lld need attention", qPrintable(specToday.toString(Qt::ISODate)),
          qPrintable(lines.join(u", ")), needsAttention, static_cast<long long>(cases.size()));

    // One flaw of each typical kind, each in one case...
    for (const char* rule : {"ONCE", "MOB-GRANT", "REF-TWO", "ASM-IMPARTIAL", "RANK-THREE", "INT-GROUPS", "RA-TOTAL",
                             "CON-DISTRIBUTION", "PD-MENTOR", "EXT-ELECTED", "DUTY-LAST-YEAR", "DUTY-ADMIN"}) {
        QVERIFY2(tally.value(QString::fromLatin1(rule)) == 1, rule);
    }
    // ... a few milestones late or missing, and the information every office sees.
    QVERIFY(tally.value(QStringLiteral("DEADLINE-MISSED")) >= 3);
    for (const char* rule : {"TT-TERMS", "RA-PARTTIME", "PD-FOURTH-YEAR", "DUTY-BALANCE", "TRANS-RIGHTS"})
        QVERIFY2(tally.value(QString::fromLatin1(rule)) >= 1, rule);
    // Rules the demo keeps clean.
    for (const char* rule : {"LEN-PD",     "LEN-PHD",         "LEN-MSCA",      "LEN-RES",      "LEN-RA",
                             "RA-DEGREE",  "PD-DEGREE",       "PD-EXTERNAL",   "PHD-PARTTIME", "RES-DUTY",
                             "LEAVE-6M",   "LEAVE-OUTSIDE",   "EXT-DION",      "EXT-HEALTH",   "EXT-NORWEGIAN",
                             "EXT-FRAME",  "TRANS-2006",      "CP-LANG",       "CP-EDU",       "ANN-DEADLINE",
                             "ANN-PUBLIC", "ANN-READVERTISE", "ASM-COMMITTEE", "RANK-REASON",  "RANK-INTERVIEWED"}) {
        QVERIFY2(!tally.contains(QString::fromLatin1(rule)), rule);
    }
    // About one case in five needs attention.
    QVERIFY2(needsAttention * 100 >= 12 * cases.size() && needsAttention * 100 <= 25 * cases.size(),
             qPrintable(QString::number(needsAttention)));
}

void TestDemoOffice::vacanciesStandAtEveryStage_data()
{
    addTodays();
}

void TestDemoOffice::vacanciesStandAtEveryStage()
{
    QFETCH(QDate, today);
    const QList<Vacancy> vacancies = demoVacancies(today);
    QSet<VacancyStage> stages;
    qsizetype largest = 0;
    for (const Vacancy& v : vacancies) {
        stages.insert(v.stage);
        largest = std::max(largest, v.recruitment.applicants.size());
        QVERIFY2(validateVacancy(v).isEmpty(), qPrintable(v.title));
        // The log is a path the workflow allows, each step by its role, in the order of time, ending at the stage.
        QVERIFY(!v.steps.isEmpty());
        QCOMPARE(v.steps.first().stage, VacancyStage::Draft);
        QCOMPARE(v.steps.last().stage, v.stage);
        for (qsizetype i = 1; i < v.steps.size(); ++i) {
            const VacancyStep& before = v.steps.at(i - 1);
            const VacancyStep& step = v.steps.at(i);
            QVERIFY2(isStepAllowed(before.stage, step.stage), qPrintable(v.title));
            QCOMPARE(step.role, roleKey(roleForStep(before.stage, step.stage)));
            QVERIFY(before.at < step.at);
            QVERIFY(step.at.date() <= today);
        }
        // What a stage records is there: the signature from the recommendation on, the applicant from the decision on.
        const bool signedRanking = v.stage == VacancyStage::Recommended || v.stage == VacancyStage::Decided
            || v.stage == VacancyStage::OfferAccepted;
        QCOMPARE(!v.recruitment.rankingSignedBy.isEmpty(), signedRanking);
        if (v.stage == VacancyStage::Decided || v.stage == VacancyStage::OfferAccepted) {
            const Applicant* appointed = findApplicant(v, v.appointedApplicant);
            QVERIFY2(appointed && appointed->rank == 1, qPrintable(v.title));
        }
        // A stage reached was passed by the rules: no error binds it.
        if (!isEndedStage(v.stage) && v.stage != VacancyStage::Draft) {
            Vacancy before = v;
            before.stage = v.steps.at(v.steps.size() - 2).stage;
            const QList<StepRefusal> refusals
                = stepRefusals(before, v.stage, evaluateVacancy(before), v.steps.last().at.date());
            QVERIFY2(refusals.isEmpty(),
                     qPrintable(v.title + QStringLiteral(": ")
                                + (refusals.isEmpty() ? QString() : refusals.first().render(Language::English))));
        }
    }
    for (int s = 0; s <= int(VacancyStage::Cancelled); ++s) {
        if (s != int(VacancyStage::ContractSigned)) // the demo's contracts are its cases
            QVERIFY2(stages.contains(static_cast<VacancyStage>(s)), labelSource(static_cast<VacancyStage>(s)));
    }
    QCOMPARE(largest, 300);
}

QTEST_GUILESS_MAIN(TestDemoOffice)
#include "TestDemoOffice.moc"
