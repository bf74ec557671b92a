// The deadlines of part C of rules.md: which apply to which type, their due dates, when they are
// done, and DEADLINE-MISSED.

#include "tests/core/RuleTestSupport.h"

#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

using B = CaseBuilder;

namespace {

/** A PhD fellow (start 2025-08-01, end 2029-07-31) with every milestone due before testToday() on time. */
CaseBuilder onTimePhd()
{
    return B::phd()
        .projectPlan("2025-10-01")
        .careerPlanDone("2025-09-01")
        .admissionApplication("2025-09-15")
        .admissionAgreement("2026-01-15")
        .employeeInterview("2026-07-01");
}

/** "ID due" for each deadline, in the evaluation's order. */
QStringList listed(const Evaluation& evaluation)
{
    QStringList list;
    for (const Deadline& d : evaluation.deadlines)
        list.append(QString::fromLatin1(deadlineKey(d.id)) + QLatin1Char(' ') + d.due.toString(Qt::ISODate));
    return list;
}

QStringList strings(std::initializer_list<const char*> keys)
{
    QStringList list;
    for (const char* key : keys)
        list.append(QString::fromLatin1(key));
    return list;
}

/** Whether a DEADLINE-MISSED message names the deadline, by its ID or its label. */
bool namesDeadline(const Finding& finding, DeadlineId id)
{
    const QString text = finding.message.render(Language::English);
    return text.contains(QString::fromLatin1(deadlineKey(id)))
        || text.contains(translate(Language::English, "Rules", deadlineLabel(id)), Qt::CaseInsensitive);
}

std::optional<DeadlineId> deadlineFromKey(const QString& key)
{
    for (int i = 0; i <= static_cast<int>(DeadlineId::CareerPlanEvaluation); ++i) {
        const auto id = static_cast<DeadlineId>(i);
        if (key == QLatin1StringView(deadlineKey(id)))
            return id;
    }
    return std::nullopt;
}

} // namespace

class TestDeadlineRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSpec();
    void deadlineRules_data();
    void deadlineRules();
    void deadlines_data();
    void deadlines();
    void done_data();
    void done();
    void deadlineMissed_data();
    void deadlineMissed();
};

void TestDeadlineRules::catalogueMatchesSpec()
{
    verifyCatalogue('C');
}

// The table of part C: each deadline ID with its rule.
void TestDeadlineRules::deadlineRules_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("rule");
    const auto add = [](DeadlineId id, const char* key, const char* rule) {
        QTest::addRow("%s comes from %s", key, rule)
            << static_cast<int>(id) << QString::fromLatin1(key) << QString::fromLatin1(rule);
    };
    add(DeadlineId::Contract, "CONTRACT", "CON-BEFORE-START");
    add(DeadlineId::ProjectPlan, "PROJECT_PLAN", "PLAN-3M");
    add(DeadlineId::CareerPlan, "CAREER_PLAN", "CP-REQUIRED");
    add(DeadlineId::AdmissionApplication, "ADMISSION_APPLICATION", "PHD-ADM-3M");
    add(DeadlineId::AdmissionAgreement, "ADMISSION_AGREEMENT", "PHD-ADM-6M");
    add(DeadlineId::EmployeeInterview, "EMPLOYEE_INTERVIEW", "CP-ANNUAL");
    add(DeadlineId::CareerPlanEvaluation, "CAREER_PLAN_EVALUATION", "CP-END");
}

void TestDeadlineRules::deadlineRules()
{
    QFETCH(int, id);
    QFETCH(QString, key);
    QFETCH(QString, rule);
    const auto deadline = static_cast<DeadlineId>(id);
    QCOMPARE(QString::fromLatin1(deadlineKey(deadline)), key);
    QCOMPARE(QString::fromLatin1(deadlineRule(deadline)), rule);
    const RuleInfo* info = findRule(rule);
    QVERIFY(info);
    QCOMPARE(QString::fromUtf8(deadlineSource(deadline)), QString::fromUtf8(info->source));
    QVERIFY(!translate(Language::Bokmal, "Rules", deadlineLabel(deadline)).isEmpty());
}

// Which deadlines apply, their due dates, and their order (due, then ID).
void TestDeadlineRules::deadlines_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<QStringList>("expected");

    const QStringList phd = strings(
        {"CONTRACT 2025-07-31", "ADMISSION_APPLICATION 2025-11-01", "CAREER_PLAN 2025-11-01", "PROJECT_PLAN 2025-11-01",
         "ADMISSION_AGREEMENT 2026-02-01", "EMPLOYEE_INTERVIEW 2026-08-01", "EMPLOYEE_INTERVIEW 2027-08-01",
         "EMPLOYEE_INTERVIEW 2028-08-01", "CAREER_PLAN_EVALUATION 2029-07-31"});
    QTest::newRow("phd fellow of 48 months has every deadline") << B::phd().build() << phd;
    QTest::newRow("integrated phd has the same deadlines") << B::integratedPhd().build() << phd;
    QTest::newRow("dual competence has the same deadlines") << B::dualCompetence().build() << phd;
    QTest::newRow("worked example 1 ends after a fourth interview is due")
        << B::phd()
               .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18")
               .extension(ExtensionKind::ElectedOffice, 14)
               .build()
        << strings({"CONTRACT 2025-07-31", "ADMISSION_APPLICATION 2025-11-01", "CAREER_PLAN 2025-11-01",
                    "PROJECT_PLAN 2025-11-01", "ADMISSION_AGREEMENT 2026-02-01", "EMPLOYEE_INTERVIEW 2026-08-01",
                    "EMPLOYEE_INTERVIEW 2027-08-01", "EMPLOYEE_INTERVIEW 2028-08-01", "EMPLOYEE_INTERVIEW 2029-08-01",
                    "CAREER_PLAN_EVALUATION 2029-08-28"});
    QTest::newRow("an interview due on the end day is listed, sorted by ID after the evaluation")
        << B::phd().extension(ExtensionKind::UnforeseenObstacle, 1).build()
        << strings({"CONTRACT 2025-07-31", "ADMISSION_APPLICATION 2025-11-01", "CAREER_PLAN 2025-11-01",
                    "PROJECT_PLAN 2025-11-01", "ADMISSION_AGREEMENT 2026-02-01", "EMPLOYEE_INTERVIEW 2026-08-01",
                    "EMPLOYEE_INTERVIEW 2027-08-01", "EMPLOYEE_INTERVIEW 2028-08-01",
                    "CAREER_PLAN_EVALUATION 2029-08-01", "EMPLOYEE_INTERVIEW 2029-08-01"});
    QTest::newRow("a proposed extension does not move the last deadlines")
        << B::phd().extension(ExtensionKind::UnforeseenObstacle, 1, DecisionStatus::Proposed).build() << phd;
    QTest::newRow("phd fellow starting on the 31st gets month-end due dates")
        << B::phd().start(2025, 8, 31).build()
        << strings({"CONTRACT 2025-08-30", "ADMISSION_APPLICATION 2025-11-30", "CAREER_PLAN 2025-11-30",
                    "PROJECT_PLAN 2025-11-30", "ADMISSION_AGREEMENT 2026-02-28", "EMPLOYEE_INTERVIEW 2026-08-31",
                    "EMPLOYEE_INTERVIEW 2027-08-31", "EMPLOYEE_INTERVIEW 2028-08-31",
                    "CAREER_PLAN_EVALUATION 2029-08-30"});
    QTest::newRow("postdoc has no admission deadlines")
        << B::postdoc().build()
        << strings({"CONTRACT 2025-07-31", "CAREER_PLAN 2025-11-01", "PROJECT_PLAN 2025-11-01",
                    "EMPLOYEE_INTERVIEW 2026-08-01", "EMPLOYEE_INTERVIEW 2027-08-01", "EMPLOYEE_INTERVIEW 2028-08-01",
                    "CAREER_PLAN_EVALUATION 2029-07-31"});
    QTest::newRow("msca postdoc of 36 months has two interviews")
        << B::mscaPostdoc().months(36).build()
        << strings({"CONTRACT 2025-07-31", "CAREER_PLAN 2025-11-01", "PROJECT_PLAN 2025-11-01",
                    "EMPLOYEE_INTERVIEW 2026-08-01", "EMPLOYEE_INTERVIEW 2027-08-01",
                    "CAREER_PLAN_EVALUATION 2028-07-31"});
    QTest::newRow("tenure-track postdoc of 84 months has six interviews")
        << B::tenureTrackPostdoc().build()
        << strings({"CONTRACT 2025-07-31", "CAREER_PLAN 2025-11-01", "PROJECT_PLAN 2025-11-01",
                    "EMPLOYEE_INTERVIEW 2026-08-01", "EMPLOYEE_INTERVIEW 2027-08-01", "EMPLOYEE_INTERVIEW 2028-08-01",
                    "EMPLOYEE_INTERVIEW 2029-08-01", "EMPLOYEE_INTERVIEW 2030-08-01", "EMPLOYEE_INTERVIEW 2031-08-01",
                    "CAREER_PLAN_EVALUATION 2032-07-31"});
    QTest::newRow("resident without a project has only the contract")
        << B::resident().build() << strings({"CONTRACT 2025-07-31"});
    QTest::newRow("resident linked to a project needs a project plan")
        << B::resident().projectLinked().build() << strings({"CONTRACT 2025-07-31", "PROJECT_PLAN 2025-11-01"});
    QTest::newRow("research assistant without a project has only the contract")
        << B::researchAssistant().build() << strings({"CONTRACT 2025-07-31"});
    QTest::newRow("research assistant linked to a project needs a project plan")
        << B::researchAssistant().projectLinked().build()
        << strings({"CONTRACT 2025-07-31", "PROJECT_PLAN 2025-11-01"});
    QTest::newRow("research assistant under 15 hours needs no contract")
        << B::researchAssistant().hoursPerWeek(10).build() << QStringList {};
    QTest::newRow("research assistant under 15 hours linked to a project needs only the plan")
        << B::researchAssistant().hoursPerWeek(14.99).projectLinked().build() << strings({"PROJECT_PLAN 2025-11-01"});
    QTest::newRow("research assistant at 15 hours needs a contract")
        << B::researchAssistant().hoursPerWeek(15).build() << strings({"CONTRACT 2025-07-31"});
    QTest::newRow("uhf-2006 without the new rights leaves out the career plan deadlines")
        << uhf2006(B::phd()).build()
        << strings({"CONTRACT 2025-07-31", "ADMISSION_APPLICATION 2025-11-01", "PROJECT_PLAN 2025-11-01",
                    "ADMISSION_AGREEMENT 2026-02-01"});
    QTest::newRow("uhf-2006 postdoc without the new rights keeps contract and plan")
        << uhf2006(B::postdoc()).build() << strings({"CONTRACT 2025-07-31", "PROJECT_PLAN 2025-11-01"});
    QTest::newRow("uhf-2006 with the new rights has every deadline")
        << uhf2006(B::phd()).newRightsInContract().build() << phd;
}

void TestDeadlineRules::deadlines()
{
    QFETCH(Case, c);
    QFETCH(QStringList, expected);
    QCOMPARE(listed(evaluate(c)), expected);
}

// When a deadline counts as done.
void TestDeadlineRules::done_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<bool>("expectedDone");
    QTest::addColumn<QDate>("doneOn");

    const auto add = [](const char* name, const CaseBuilder& b, const char* id, int occurrence, bool isDone,
                        const char* on = nullptr) {
        QTest::newRow(name) << b.build() << QString::fromLatin1(id) << occurrence << isDone
                            << (on ? date(on) : QDate());
    };
    add("contract signed before the start is done", B::phd(), "CONTRACT", 0, true, "2025-06-20");
    add("contract signed after the start is done, if late", B::phd().contractSigned("2025-08-15"), "CONTRACT", 0, true,
        "2025-08-15");
    add("contract not signed is not done", B::phd().contractSigned(nullptr), "CONTRACT", 0, false);
    add("project plan recorded late is done", B::phd().projectPlan("2026-01-10"), "PROJECT_PLAN", 0, true,
        "2026-01-10");
    add("project plan not recorded is not done", B::phd(), "PROJECT_PLAN", 0, false);
    add("career plan recorded is done", onTimePhd(), "CAREER_PLAN", 0, true, "2025-09-01");
    add("admission application recorded is done", onTimePhd(), "ADMISSION_APPLICATION", 0, true, "2025-09-15");
    add("admission agreement recorded is done", onTimePhd(), "ADMISSION_AGREEMENT", 0, true, "2026-01-15");
    add("admission agreement not recorded is not done", B::phd(), "ADMISSION_AGREEMENT", 0, false);
    add("interview on the due day is done", B::phd().employeeInterview("2026-08-01"), "EMPLOYEE_INTERVIEW", 0, true,
        "2026-08-01");
    add("interview twelve months less a day before due is done", B::phd().employeeInterview("2025-08-02"),
        "EMPLOYEE_INTERVIEW", 0, true, "2025-08-02");
    add("interview exactly twelve months before due is not done", B::phd().employeeInterview("2025-08-01"),
        "EMPLOYEE_INTERVIEW", 0, false);
    // Revision 2: interviews are matched in date order, and a late one counts for the year it was due.
    add("interview a day after due meets that due date, late", B::phd().employeeInterview("2026-08-02"),
        "EMPLOYEE_INTERVIEW", 0, true, "2026-08-02");
    add("a late first interview does not also meet the second", B::phd().employeeInterview("2026-08-02"),
        "EMPLOYEE_INTERVIEW", 1, false);
    add("a late first and an on-time second interview meet one each",
        B::phd().employeeInterview("2026-09-15").employeeInterview("2027-06-01"), "EMPLOYEE_INTERVIEW", 1, true,
        "2027-06-01");
    add("interviews recorded out of order are matched by date",
        B::phd().employeeInterview("2027-06-01").employeeInterview("2026-06-01"), "EMPLOYEE_INTERVIEW", 0, true,
        "2026-06-01");
    add("a second interview in the first year does not meet the second deadline",
        B::phd().employeeInterview("2025-12-01").employeeInterview("2026-06-01"), "EMPLOYEE_INTERVIEW", 1, false);
    add("one interview in the first year leaves the second open", onTimePhd(), "EMPLOYEE_INTERVIEW", 1, false);
    add("three yearly interviews meet the third due date",
        B::phd().employeeInterview("2026-07-01").employeeInterview("2027-07-01").employeeInterview("2028-07-30"),
        "EMPLOYEE_INTERVIEW", 2, true, "2028-07-30");
    add("career plan evaluation not recorded is not done", onTimePhd(), "CAREER_PLAN_EVALUATION", 0, false);
    add("career plan evaluation recorded is done", onTimePhd().careerPlanEvaluation("2029-06-15"),
        "CAREER_PLAN_EVALUATION", 0, true, "2029-06-15");
}

void TestDeadlineRules::done()
{
    QFETCH(Case, c);
    QFETCH(QString, id);
    QFETCH(int, occurrence);
    QFETCH(bool, expectedDone);
    QFETCH(QDate, doneOn);
    const Evaluation evaluation = evaluate(c);
    int seen = 0;
    for (const Deadline& d : evaluation.deadlines) {
        if (QLatin1StringView(deadlineKey(d.id)) != id || seen++ != occurrence)
            continue;
        QCOMPARE(d.done, expectedDone);
        if (expectedDone)
            QCOMPARE(d.doneOn, doneOn);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no deadline %1 #%2 in ").arg(id).arg(occurrence)
                     + listed(evaluation).join(QStringLiteral(", "))));
}

// DEADLINE-MISSED: one warning per deadline recorded after due, or missing while today is after due.
void TestDeadlineRules::deadlineMissed_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<QStringList>("missed");

    QTest::newRow("every milestone on time") << onTimePhd().build() << QStringList {};
    QTest::newRow("project plan on its due day is on time")
        << onTimePhd().projectPlan("2025-11-01").build() << QStringList {};
    QTest::newRow("project plan a day after due is late")
        << onTimePhd().projectPlan("2025-11-02").build() << strings({"PROJECT_PLAN"});
    QTest::newRow("project plan missing after its due date")
        << onTimePhd().projectPlan(nullptr).build() << strings({"PROJECT_PLAN"});
    QTest::newRow("contract signed the day before the start is on time")
        << onTimePhd().contractSigned("2025-07-31").build() << QStringList {};
    QTest::newRow("contract signed on the start day is late")
        << onTimePhd().contractSigned("2025-08-01").build() << strings({"CONTRACT"});
    QTest::newRow("contract never signed") << onTimePhd().contractSigned(nullptr).build() << strings({"CONTRACT"});
    QTest::newRow("career plan missing") << onTimePhd().careerPlanDone(nullptr).build() << strings({"CAREER_PLAN"});
    QTest::newRow("admission application a day late")
        << onTimePhd().admissionApplication("2025-11-02").build() << strings({"ADMISSION_APPLICATION"});
    QTest::newRow("admission agreement on its due day is on time")
        << onTimePhd().admissionAgreement("2026-02-01").build() << QStringList {};
    QTest::newRow("admission agreement a day late")
        << onTimePhd().admissionAgreement("2026-02-02").build() << strings({"ADMISSION_AGREEMENT"});
    QTest::newRow("no employee interview in the first year")
        << onTimePhd().with([](Case& c) { c.milestones.employeeInterviews.clear(); }).build()
        << strings({"EMPLOYEE_INTERVIEW"});
    QTest::newRow("an interview exactly twelve months before due does not count")
        << onTimePhd().with([](Case& c) { c.milestones.employeeInterviews = {QDate(2025, 8, 1)}; }).build()
        << strings({"EMPLOYEE_INTERVIEW"});
    QTest::newRow("an interview a day after due misses the first due date")
        << onTimePhd().with([](Case& c) { c.milestones.employeeInterviews = {QDate(2026, 8, 2)}; }).build()
        << strings({"EMPLOYEE_INTERVIEW"});
    QTest::newRow("every milestone missing")
        << B::phd().contractSigned(nullptr).build()
        << strings({"CONTRACT", "PROJECT_PLAN", "CAREER_PLAN", "ADMISSION_APPLICATION", "ADMISSION_AGREEMENT",
                    "EMPLOYEE_INTERVIEW"});
    QTest::newRow("nothing is missed before it is due") << B::phd().start(2026, 9, 1).build() << QStringList {};
    QTest::newRow("a milestone due today is not missed yet") << B::phd().start(2026, 8, 23).build() << QStringList {};
    QTest::newRow("milestones due yesterday are missed")
        << B::phd().start(2026, 8, 22).build() << strings({"PROJECT_PLAN", "CAREER_PLAN", "ADMISSION_APPLICATION"});
    QTest::newRow("a milestone recorded after due is late even while today is before due")
        << B::phd().start(2026, 9, 1).projectPlan("2026-12-05").build() << strings({"PROJECT_PLAN"});
    // Started before 2025-03-01 without announcement or decision dates: uhf-2006 (TRANS-2006, revision 2), so
    // the new rights must be in the contract for the career plan deadlines to apply.
    QTest::newRow("the career plan evaluation of a period that ended is missed")
        << B::phd()
               .start(2022, 8, 1)
               .newRightsInContract()
               .contractSigned("2022-06-20")
               .projectPlan("2022-10-01")
               .careerPlanDone("2022-09-01")
               .admissionApplication("2022-09-15")
               .admissionAgreement("2023-01-15")
               .employeeInterview("2023-07-01")
               .employeeInterview("2024-07-01")
               .employeeInterview("2025-07-01")
               .build()
        << strings({"CAREER_PLAN_EVALUATION"});
    QTest::newRow("the career plan evaluation due today is not missed yet") << B::phd()
                                                                                   .start(2022, 11, 24)
                                                                                   .newRightsInContract()
                                                                                   .contractSigned("2022-10-01")
                                                                                   .projectPlan("2023-01-15")
                                                                                   .careerPlanDone("2023-01-15")
                                                                                   .admissionApplication("2023-01-15")
                                                                                   .admissionAgreement("2023-04-01")
                                                                                   .employeeInterview("2023-11-01")
                                                                                   .employeeInterview("2024-11-01")
                                                                                   .employeeInterview("2025-11-01")
                                                                                   .build()
                                                                            << QStringList {};
    QTest::newRow("uhf-2006 without the new rights misses no career plan")
        << uhf2006(onTimePhd())
               .careerPlanDone(nullptr)
               .with([](Case& c) { c.milestones.employeeInterviews.clear(); })
               .build()
        << QStringList {};
    QTest::newRow("uhf-2006 with the new rights misses the career plan")
        << uhf2006(onTimePhd())
               .newRightsInContract()
               .careerPlanDone(nullptr)
               .with([](Case& c) { c.milestones.employeeInterviews.clear(); })
               .build()
        << strings({"CAREER_PLAN", "EMPLOYEE_INTERVIEW"});
    QTest::newRow("research assistant under 15 hours misses no contract")
        << B::researchAssistant().hoursPerWeek(10).contractSigned(nullptr).build() << QStringList {};
    QTest::newRow("research assistant without a signed contract")
        << B::researchAssistant().contractSigned(nullptr).build() << strings({"CONTRACT"});
    QTest::newRow("resident linked to a project without a plan")
        << B::resident().projectLinked().build() << strings({"PROJECT_PLAN"});
    QTest::newRow("resident without a project needs no plan") << B::resident().build() << QStringList {};
}

void TestDeadlineRules::deadlineMissed()
{
    QFETCH(Case, c);
    QFETCH(QStringList, missed);
    const Evaluation evaluation = evaluate(c);
    QList<Finding> found = findingsOf(evaluation, "DEADLINE-MISSED");
    QVERIFY2(found.size() == missed.size(),
             qPrintable(QStringLiteral("expected %1 missed\n").arg(missed.join(QStringLiteral(", ")))
                        + describe(evaluation)));
    for (const QString& key : missed) {
        const std::optional<DeadlineId> id = deadlineFromKey(key);
        QVERIFY2(id, qPrintable(key));
        const auto match = std::find_if(found.begin(), found.end(), [&](const Finding& f) {
            return QString::fromUtf8(f.source) == QString::fromUtf8(deadlineSource(*id)) && namesDeadline(f, *id);
        });
        QVERIFY2(match != found.end(),
                 qPrintable(QStringLiteral("no DEADLINE-MISSED naming %1 with source %2\n")
                                .arg(key, QString::fromUtf8(deadlineSource(*id)))
                            + describe(evaluation)));
        verifyFindingShape(*match);
        if (QTest::currentTestFailed())
            return;
        found.erase(match);
    }
}

QTEST_GUILESS_MAIN(TestDeadlineRules)

#include "TestDeadlineRules.moc"
