// The rules of part D of rules.md (career plan and career-enhancing work), one data table per rule
// ID, and the time account of C-HOURS.

#include "tests/core/RuleTestSupport.h"

#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

using B = CaseBuilder;
using D = DutyCategory;

namespace {

/** C-HOURS: the ten weeks of Norwegian training, 1695 × 10/52 hours. */
constexpr double norwegianCredit = 1695.0 * 10.0 / 52.0;

} // namespace

class TestCareerRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSpec();

    void cpLang_data();
    void cpLang() { checkRule("CP-LANG"); }
    void cpEdu_data();
    void cpEdu() { checkRule("CP-EDU"); }
    void dutyLastYear_data();
    void dutyLastYear() { checkRule("DUTY-LAST-YEAR"); }
    void dutyAdmin_data();
    void dutyAdmin() { checkRule("DUTY-ADMIN"); }
    void dutyBalance_data();
    void dutyBalance() { checkRule("DUTY-BALANCE"); }
    void conDistribution_data();
    void conDistribution() { checkRule("CON-DISTRIBUTION"); }
    void pdMentor_data();
    void pdMentor() { checkRule("PD-MENTOR"); }
    void mobGrant_data();
    void mobGrant() { checkRule("MOB-GRANT"); }

    void timeAccount_data();
    void timeAccount();
    void timeAccountBreaksDownByEntry();
    void hoursPerFteYearIsASetting();
};

void TestCareerRules::catalogueMatchesSpec()
{
    verifyCatalogue('D');
}

// CP-LANG, § 2.1.2, § 2.4.2: no Scandinavian A2 and no Norwegian training in the plan.
void TestCareerRules::cpLang_data()
{
    ruleColumns();
    ruleRow("phd fellow without Scandinavian or planned training", B::phd().scandinavianA2(false), true);
    ruleRow("phd fellow with Scandinavian at A2", B::phd(), false);
    ruleRow("phd fellow with Norwegian training in the plan", B::phd().scandinavianA2(false).norwegianTraining(),
            false);
    ruleRow("integrated phd without Scandinavian or planned training", B::integratedPhd().scandinavianA2(false), true);
    ruleRow("dual competence without Scandinavian or planned training", B::dualCompetence().scandinavianA2(false),
            true);
    ruleRow("postdoc without Scandinavian or planned training", B::postdoc().scandinavianA2(false), true);
    ruleRow("msca postdoc without Scandinavian or planned training", B::mscaPostdoc().scandinavianA2(false), true);
    ruleRow("tenure-track postdoc without Scandinavian or planned training",
            B::tenureTrackPostdoc().scandinavianA2(false), true);
    ruleRow("postdoc with Norwegian training in the plan", B::postdoc().scandinavianA2(false).norwegianTraining(),
            false);
    ruleRow("resident without Scandinavian is not checked", B::resident().scandinavianA2(false), false);
    ruleRow("research assistant without Scandinavian is not checked", B::researchAssistant().scandinavianA2(false),
            false);
    ruleRow("uhf-2006 without the new rights leaves the language right out", uhf2006(B::phd()).scandinavianA2(false),
            false);
    ruleRow("uhf-2006 with the new rights in the contract checks it",
            uhf2006(B::phd()).scandinavianA2(false).newRightsInContract(), true);
}

// CP-EDU, § 2.1.2: postdoc-type without educational competence and no measure.
void TestCareerRules::cpEdu_data()
{
    ruleColumns();
    ruleRow("postdoc with educational competence", B::postdoc(), false);
    ruleRow("postdoc without educational competence or a measure", B::postdoc().educationalCompetence(false), true);
    ruleRow("postdoc without educational competence but with a measure",
            B::postdoc().educationalCompetence(false).educationalCompetenceMeasure(), false);
    ruleRow("msca postdoc without educational competence or a measure", B::mscaPostdoc().educationalCompetence(false),
            true);
    ruleRow("tenure-track postdoc without educational competence or a measure",
            B::tenureTrackPostdoc().educationalCompetence(false), true);
    ruleRow("phd fellow without educational competence is not checked", B::phd().educationalCompetence(false), false);
    ruleRow("resident without educational competence is not checked", B::resident().educationalCompetence(false),
            false);
    ruleRow("uhf-2006 postdoc without the new rights is not checked",
            uhf2006(B::postdoc()).educationalCompetence(false), false);
    ruleRow("uhf-2006 postdoc with the new rights is checked",
            uhf2006(B::postdoc()).educationalCompetence(false).newRightsInContract(), true);
}

// DUTY-LAST-YEAR, § 3.3: PhD-type duty work overlapping (end − 12 months, end]; end is 2029-07-31.
void TestCareerRules::dutyLastYear_data()
{
    ruleColumns();
    ruleRow("phd work ending twelve months before the end",
            B::phd().dutyWork(D::Teaching, "2028-01-01", "2028-07-31", 100), false);
    ruleRow("phd work ending a day later lies in the last year",
            B::phd().dutyWork(D::Teaching, "2028-01-01", "2028-08-01", 100), true, "dutyWork[0]");
    ruleRow("phd work on the end day lies in the last year",
            B::phd().dutyWork(D::Examination, "2029-07-31", "2029-07-31", 5), true);
    ruleRow("phd work after the end does not lie in the last year",
            B::phd().dutyWork(D::Teaching, "2029-08-01", "2029-08-10", 20), false);
    ruleRow("phd work in the second year is fine", B::phd().dutyWork(D::Teaching, "2026-09-01", "2027-06-30", 180),
            false);
    ruleRow("the second of two work items lies in the last year",
            B::phd()
                .dutyWork(D::Teaching, "2026-09-01", "2027-06-30", 180)
                .dutyWork(D::Supervision, "2029-01-01", "2029-03-31", 40),
            true, "dutyWork[1]");
    ruleRow("phd work ending 2028-08-14 lies in the last year of the nominal period",
            B::phd().dutyWork(D::Teaching, "2028-08-01", "2028-08-14", 30), true);
    ruleRow("two weeks of leave move the last year past work ending 2028-08-14",
            B::phd()
                .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18")
                .dutyWork(D::Teaching, "2028-08-01", "2028-08-14", 30),
            false);
    ruleRow("integrated phd work in the last year",
            B::integratedPhd().dutyWork(D::Teaching, "2029-01-01", "2029-06-30", 50), true);
    ruleRow("dual competence work in the last year",
            B::dualCompetence().dutyWork(D::Clinical, "2029-01-01", "2029-06-30", 50), true);
    ruleRow("postdoc work in the last year is not checked",
            B::postdoc().dutyWork(D::Teaching, "2029-01-01", "2029-06-30", 50), false);
    ruleRow("resident work in the last year is not checked",
            B::resident().dutyWork(D::Teaching, "2029-01-01", "2029-06-30", 50), false);
}

// DUTY-ADMIN, § 3.2: duty work of category administrative.
void TestCareerRules::dutyAdmin_data()
{
    ruleColumns();
    ruleRow("phd fellow with administrative duty work",
            B::phd().dutyWork(D::Administrative, "2026-01-01", "2026-06-30", 50), true, "dutyWork[0]");
    ruleRow("phd fellow with teaching", B::phd().dutyWork(D::Teaching, "2026-01-01", "2026-06-30", 50), false);
    ruleRow("elected office is not administrative work",
            B::phd().dutyWork(D::ElectedOffice, "2026-01-01", "2026-06-30", 50), false);
    ruleRow("postdoc with administrative duty work",
            B::postdoc().dutyWork(D::Administrative, "2026-01-01", "2026-06-30", 50), true);
    ruleRow("resident with administrative duty work",
            B::resident().dutyWork(D::Administrative, "2026-01-01", "2026-06-30", 50), true);
    ruleRow("the second of two work items is administrative",
            B::phd()
                .dutyWork(D::Teaching, "2026-01-01", "2026-06-30", 50)
                .dutyWork(D::Administrative, "2026-08-01", "2026-12-31", 20),
            true, "dutyWork[1]");
}

// DUTY-BALANCE, § 3.3: whenever there is a duty share or duty work.
void TestCareerRules::dutyBalance_data()
{
    ruleColumns();
    ruleRow("phd fellow with 25 % duty gets a time account", B::phd(), true);
    ruleRow("phd fellow with 1 % duty gets a time account", B::phd().months(37).duty(1), true);
    ruleRow("phd fellow without duty or work has none", B::phd().months(36).duty(0), false);
    ruleRow("phd fellow without a stated duty share or work has none", B::phd().months(36).noDuty(), false);
    ruleRow("phd fellow without a duty share but with work gets one",
            B::phd().months(36).duty(0).dutyWork(D::Teaching, "2026-01-01", "2026-06-30", 50), true);
    ruleRow("postdoc with 25 % duty gets a time account", B::postdoc(), true);
    ruleRow("resident without duty has none", B::resident().duty(0), false);
    ruleRow("research assistant with work gets one",
            B::researchAssistant().dutyWork(D::Teaching, "2025-09-01", "2025-12-31", 20), true);
}

// CON-DISTRIBUTION, § 6.1: PhD-type and postdoc-type contracts state dutyPercent (0 allowed).
void TestCareerRules::conDistribution_data()
{
    ruleColumns();
    ruleRow("phd fellow without a stated split", B::phd().months(36).noDuty(), true, "appointment.dutyPercent");
    ruleRow("phd fellow with 0 % duty stated", B::phd().months(36).duty(0), false);
    ruleRow("phd fellow with 25 % duty stated", B::phd(), false);
    ruleRow("integrated phd without a stated split", B::integratedPhd().months(36).noDuty(), true);
    ruleRow("dual competence without a stated split", B::dualCompetence().months(36).noDuty(), true);
    ruleRow("postdoc without a stated split", B::postdoc().noDuty(), true);
    ruleRow("postdoc with 0 % duty stated", B::postdoc().duty(0), false);
    ruleRow("msca postdoc without a stated split", B::mscaPostdoc().noDuty(), true);
    ruleRow("tenure-track postdoc without a stated split", B::tenureTrackPostdoc().noDuty(), true);
    ruleRow("resident without a stated split is not checked", B::resident().months(24).noDuty(), false);
    ruleRow("research assistant without a stated split is not checked", B::researchAssistant().noDuty(), false);
}

// PD-MENTOR, § 6.2: postdoc-type without a mentor, or with one from the same research group.
void TestCareerRules::pdMentor_data()
{
    ruleColumns();
    ruleRow("postdoc with a mentor from another group", B::postdoc(), false);
    ruleRow("postdoc without a mentor", B::postdoc().noMentor(), true);
    ruleRow("postdoc with a mentor from the same group",
            B::postdoc().mentor(QStringLiteral("Per Lie"), QStringLiteral("Department of Physics"), true), true,
            "mentor");
    ruleRow("msca postdoc without a mentor", B::mscaPostdoc().noMentor(), true);
    ruleRow("tenure-track postdoc without a mentor", B::tenureTrackPostdoc().noMentor(), true);
    ruleRow("phd fellow without a mentor is not checked", B::phd(), false);
    ruleRow("resident without a mentor is not checked", B::resident(), false);
}

// MOB-GRANT, Postdoc Action report: a mobility grant above NOK 50,000.
void TestCareerRules::mobGrant_data()
{
    ruleColumns();
    ruleRow("grant of NOK 50,000 is the most allowed", B::postdoc().mobilityGrant(50000), false);
    ruleRow("grant of NOK 50,001 is too much", B::postdoc().mobilityGrant(50001), true, "mobilityGrants[0]");
    ruleRow("grant of NOK 50,000.50 is too much", B::postdoc().mobilityGrant(50000.5), true);
    ruleRow("inbound grant of NOK 60,000 is too much", B::postdoc().mobilityGrant(60000, GrantDirection::Inbound),
            true);
    ruleRow("the second of two grants is too much", B::postdoc().mobilityGrant(45000).mobilityGrant(50001), true,
            "mobilityGrants[1]");
    ruleRow("two grants of NOK 30,000 are each within the limit",
            B::postdoc().mobilityGrant(30000).mobilityGrant(30000), false);
    ruleRow("phd fellow with a grant of NOK 60,000", B::phd().mobilityGrant(60000), true);
    ruleRow("no grant at all", B::postdoc(), false);
}

// C-HOURS: contracted = duty × FTE × 1695 × months/12; credited = hours + 50 % of original lectures
// (PhD-types) + 1695 × 10/52 once Norwegian training of 15 credits is done without an extension.
void TestCareerRules::timeAccount_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<double>("contracted");
    QTest::addColumn<double>("credited");

    QTest::newRow("phd fellow of 48 months with 25 % duty owes one FTE year") << B::phd().build() << 1695.0 << 0.0;
    QTest::newRow("phd fellow of 36 months with 10 % duty") << B::phd().months(36).duty(10).build() << 508.5 << 0.0;
    QTest::newRow("phd fellow without duty owes nothing") << B::phd().months(36).duty(0).build() << 0.0 << 0.0;
    QTest::newRow("phd fellow without a stated duty share owes nothing")
        << B::phd().months(36).noDuty().build() << 0.0 << 0.0;
    QTest::newRow("phd fellow at 50 % over 96 months with 25 % duty owes one FTE year")
        << B::phd().fte(50).months(96).build() << 1695.0 << 0.0;
    QTest::newRow("resident of 48 months with 25 % duty owes one FTE year") << B::resident().build() << 1695.0 << 0.0;
    QTest::newRow("phd fellow gets 50 % extra for original lectures")
        << B::phd().dutyWork(D::Teaching, "2025-09-01", "2026-06-30", 180, 20).build() << 1695.0 << 190.0;
    QTest::newRow("dual competence gets 50 % extra for original lectures")
        << B::dualCompetence().dutyWork(D::Teaching, "2025-09-01", "2026-06-30", 180, 20).build() << 1695.0 << 190.0;
    QTest::newRow("postdoc gets no extra for original lectures")
        << B::postdoc().dutyWork(D::Teaching, "2025-09-01", "2026-06-30", 180, 20).build() << 1695.0 << 180.0;
    QTest::newRow("hours of several work items add up")
        << B::phd()
               .dutyWork(D::Teaching, "2025-09-01", "2025-12-31", 100, 10)
               .dutyWork(D::Supervision, "2026-01-01", "2026-06-30", 50)
               .build()
        << 1695.0 << 155.0;
    QTest::newRow("phd fellow with 15 credits of Norwegian is credited ten weeks")
        << B::phd().norwegianCredits(15).build() << 1695.0 << norwegianCredit;
    QTest::newRow("phd fellow with 14.9 credits of Norwegian is not credited yet")
        << B::phd().norwegianCredits(14.9).build() << 1695.0 << 0.0;
    QTest::newRow("Norwegian taken as an extension is not credited as hours too")
        << B::phd().months(36).duty(0).norwegianCredits(15).extension(ExtensionKind::NorwegianTraining, 70).build()
        << 0.0 << 0.0;
    QTest::newRow("Norwegian with a rejected extension is credited as hours")
        << B::phd()
               .norwegianCredits(15)
               .extension(ExtensionKind::NorwegianTraining, 70, DecisionStatus::Rejected)
               .build()
        << 1695.0 << norwegianCredit;
    QTest::newRow("postdoc with 15 credits of Norwegian is credited ten weeks")
        << B::postdoc().norwegianCredits(15).dutyWork(D::Teaching, "2025-09-01", "2026-06-30", 100).build() << 1695.0
        << 100.0 + norwegianCredit;
}

void TestCareerRules::timeAccount()
{
    QFETCH(Case, c);
    QFETCH(double, contracted);
    QFETCH(double, credited);
    const Evaluation evaluation = evaluate(c);
    QVERIFY2(qAbs(evaluation.timeAccount.contractedHours - contracted) < 1e-6,
             qPrintable(QString::number(evaluation.timeAccount.contractedHours, 'f', 6)));
    QVERIFY2(qAbs(evaluation.timeAccount.creditedHours - credited) < 1e-6,
             qPrintable(QString::number(evaluation.timeAccount.creditedHours, 'f', 6)));
    // The breakdown the documents print adds up to the total: each entry, then the Norwegian training.
    const TimeAccount& account = evaluation.timeAccount;
    QCOMPARE(account.creditedPerWork.size(), c.dutyWork.size());
    double entries = 0;
    double hours = 0;
    for (qsizetype i = 0; i < c.dutyWork.size(); ++i) {
        entries += account.creditedPerWork.at(i);
        hours += c.dutyWork.at(i).hours;
    }
    QVERIFY(qAbs(entries + account.norwegianCreditHours - account.creditedHours) < 1e-6);
    QVERIFY(qAbs(entries - hours - account.lectureCreditHours) < 1e-6);
}

void TestCareerRules::timeAccountBreaksDownByEntry()
{
    const Case c = B::phd()
                       .dutyWork(D::Teaching, "2025-09-01", "2025-12-31", 100, 10)
                       .dutyWork(D::Supervision, "2026-01-01", "2026-06-30", 50)
                       .norwegianCredits(15)
                       .build();
    const TimeAccount account = evaluate(c).timeAccount;
    QCOMPARE(account.creditedPerWork, (QList<double> {105, 50}));
    QCOMPARE(account.lectureCreditHours, 5.0);
    QVERIFY(qAbs(account.norwegianCreditHours - 1695.0 * 10 / 52) < 1e-9);
    // RA-PARTTIME, as the documents read it: from the evaluation.
    QVERIFY(evaluate(B::researchAssistant().hoursPerWeek(14.5).build()).raPartTime);
    QVERIFY(!evaluate(B::researchAssistant().hoursPerWeek(15).build()).raPartTime);
}

void TestCareerRules::hoursPerFteYearIsASetting()
{
    const EvaluationContext context {.today = testToday(), .hoursPerFteYear = 1700, .storedHistory = {}};
    const Evaluation evaluation = Evaluator::evaluate(B::phd().norwegianCredits(15).build(), context);
    QCOMPARE(evaluation.timeAccount.contractedHours, 1700.0);
    QVERIFY(qAbs(evaluation.timeAccount.creditedHours - 1700.0 * 10 / 52) < 1e-6);
}

QTEST_GUILESS_MAIN(TestCareerRules)

#include "TestCareerRules.moc"
