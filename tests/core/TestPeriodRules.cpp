// The rules of part B of rules.md (period and extension), one data table per rule ID. Each table
// has rows on both sides of the rule's boundary. Over 700 lines because part B has 29 rules; kept as one
// executable per part of rules.md, as TestDeadlineRules, TestCareerRules and TestRecruitmentRules are.

#include "tests/core/RuleTestSupport.h"

#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

using B = CaseBuilder;

class TestPeriodRules : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSpec();
    void cleanCasesHaveNoErrors_data();
    void cleanCasesHaveNoErrors();

    void lenPd_data();
    void lenPd() { checkRule("LEN-PD"); }
    void ttTerms_data();
    void ttTerms() { checkRule("TT-TERMS"); }
    void lenMsca_data();
    void lenMsca() { checkRule("LEN-MSCA"); }
    void lenPhd_data();
    void lenPhd() { checkRule("LEN-PHD"); }
    void phdPartTime_data();
    void phdPartTime() { checkRule("PHD-PARTTIME"); }
    void lenRes_data();
    void lenRes() { checkRule("LEN-RES"); }
    void resDuty_data();
    void resDuty() { checkRule("RES-DUTY"); }
    void lenRa_data();
    void lenRa() { checkRule("LEN-RA"); }
    void raTotal_data();
    void raTotal() { checkRule("RA-TOTAL"); }
    void raDegree_data();
    void raDegree() { checkRule("RA-DEGREE"); }
    void raPartTime_data();
    void raPartTime() { checkRule("RA-PARTTIME"); }
    void raStudent_data();
    void raStudent() { checkRule("RA-STUDENT"); }
    void once_data();
    void once() { checkRule("ONCE"); }
    void pdDegree_data();
    void pdDegree() { checkRule("PD-DEGREE"); }
    void pdExternal_data();
    void pdExternal() { checkRule("PD-EXTERNAL"); }
    void pdFourthYear_data();
    void pdFourthYear() { checkRule("PD-FOURTH-YEAR"); }
    void leave6m_data();
    void leave6m() { checkRule("LEAVE-6M"); }
    void leaveDecision_data();
    void leaveDecision() { checkRule("LEAVE-DECISION"); }
    void leaveOutside_data();
    void leaveOutside() { checkRule("LEAVE-OUTSIDE"); }
    void extElected_data();
    void extElected() { checkRule("EXT-ELECTED"); }
    void extDion_data();
    void extDion() { checkRule("EXT-DION"); }
    void extHealth_data();
    void extHealth() { checkRule("EXT-HEALTH"); }
    void extHealthBasis_data();
    void extHealthBasis() { checkRule("EXT-HEALTH-BASIS"); }
    void extNorwegian_data();
    void extNorwegian() { checkRule("EXT-NORWEGIAN"); }
    void transRightsExt_data();
    void transRightsExt() { checkRule("TRANS-RIGHTS-EXT"); }
    void extFrame_data();
    void extFrame() { checkRule("EXT-FRAME"); }
    void trans2006_data();
    void trans2006() { checkRule("TRANS-2006"); }
    void transRights_data();
    void transRights() { checkRule("TRANS-RIGHTS"); }

    void ruleSetChosen_data();
    void ruleSetChosen();
    void tenureTrackHasNoFrame();
    void findingsAreSortedBySeverityThenRule();
};

void TestPeriodRules::catalogueMatchesSpec()
{
    verifyCatalogue('B');
}

void TestPeriodRules::cleanCasesHaveNoErrors_data()
{
    QTest::addColumn<Case>("c");
    for (int t = 0; t <= static_cast<int>(PositionType::ResearchAssistant); ++t) {
        const auto type = static_cast<PositionType>(t);
        const QByteArray key = toKey(type).toLatin1();
        QTest::addRow("clean %s", key.constData()) << B::of(type).build();
        QTest::addRow("clean %s with a clean recruitment", key.constData()) << B::of(type).withRecruitment().build();
    }
}

void TestPeriodRules::cleanCasesHaveNoErrors()
{
    QFETCH(Case, c);
    const Evaluation evaluation = evaluate(c);
    QVERIFY2(!evaluation.hasErrors(), qPrintable(describe(evaluation)));
}

// LEN-PD, § 2.1.1: lengthMonths × FTE within 36–48 (ntnu-2025) or 24–48 (uhf-2006).
void TestPeriodRules::lenPd_data()
{
    ruleColumns();
    ruleRow("postdoc of 48 FTE months is within the range", B::postdoc().months(48), false);
    ruleRow("postdoc of 36 FTE months is the shortest allowed", B::postdoc().months(36), false);
    ruleRow("postdoc of 60 months at 60 % is exactly 36 FTE months", B::postdoc().months(60).fte(60), false);
    ruleRow("postdoc of 59 months at 61 % is 35.99 FTE months and too short", B::postdoc().months(59).fte(61), true,
            "appointment.");
    ruleRow("postdoc of 35 FTE months is too short", B::postdoc().months(35), true, "appointment.");
    ruleRow("postdoc of 49 FTE months is too long", B::postdoc().months(49), true, "appointment.");
    ruleRow("postdoc of 80 months at 60 % is exactly 48 FTE months", B::postdoc().months(80).fte(60), false);
    ruleRow("postdoc of 81 months at 60 % is 48.6 FTE months and too long", B::postdoc().months(81).fte(60), true);
    ruleRow("postdoc of 24 months is too short under ntnu-2025", B::postdoc().months(24), true);
    ruleRow("postdoc of 24 months is allowed under uhf-2006", uhf2006(B::postdoc()).months(24), false);
    ruleRow("postdoc of 23 months is too short under uhf-2006", uhf2006(B::postdoc()).months(23), true);
    ruleRow("postdoc of 49 months is too long under uhf-2006", uhf2006(B::postdoc()).months(49), true);
    ruleRow("msca postdoc of 35 months is left to LEN-MSCA", B::mscaPostdoc().months(35), false);
    ruleRow("tenure-track postdoc of 12 months has no length check", B::tenureTrackPostdoc().months(12), false);
    ruleRow("phd fellow of 35 months is left to LEN-PHD", B::phd().months(35).duty(0), false);
}

// TT-TERMS, § 2.3.
void TestPeriodRules::ttTerms_data()
{
    ruleColumns();
    ruleRow("tenure-track postdoc is governed by its own regulations", B::tenureTrackPostdoc(), true);
    ruleRow("tenure-track postdoc of 200 months gets the same note", B::tenureTrackPostdoc().months(200), true);
    ruleRow("ordinary postdoc is not tenure-track", B::postdoc(), false);
    ruleRow("msca postdoc is not tenure-track", B::mscaPostdoc(), false);
    ruleRow("phd fellow is not tenure-track", B::phd(), false);
}

// LEN-MSCA, § 2.2: 36–48 FTE months.
void TestPeriodRules::lenMsca_data()
{
    ruleColumns();
    ruleRow("msca postdoc of 36 FTE months is the shortest allowed", B::mscaPostdoc().months(36), false);
    ruleRow("msca postdoc of 48 FTE months is the longest allowed", B::mscaPostdoc().months(48), false);
    ruleRow("msca postdoc of 60 months at 60 % is exactly 36 FTE months", B::mscaPostdoc().months(60).fte(60), false);
    ruleRow("msca postdoc of 59 months at 61 % is 35.99 FTE months and too short", B::mscaPostdoc().months(59).fte(61),
            true, "appointment.");
    ruleRow("msca postdoc of 35 FTE months is too short", B::mscaPostdoc().months(35), true);
    ruleRow("msca postdoc of 49 FTE months is too long", B::mscaPostdoc().months(49), true);
    ruleRow("msca postdoc of 24 months as a senior researcher post is too short", B::mscaPostdoc().months(24), true);
    ruleRow("ordinary postdoc of 35 months is left to LEN-PD", B::postdoc().months(35), false);
}

// LEN-PHD, § 2.4.1, § 2.8: doctoral work ≥ 36 FTE months; phd_fellow and integrated_phd 36–48 FTE months.
void TestPeriodRules::lenPhd_data()
{
    ruleColumns();
    ruleRow("phd fellow of 48 months with 25 % duty has exactly 36 months of doctoral work",
            B::phd().months(48).duty(25), false);
    ruleRow("phd fellow of 36 months without duty is allowed", B::phd().months(36).duty(0), false);
    ruleRow("phd fellow of 48 months with 26 % duty has too little doctoral work", B::phd().months(48).duty(26), true,
            "appointment.");
    ruleRow("phd fellow of 35 months without duty is too short", B::phd().months(35).duty(0), true, "appointment.");
    ruleRow("phd fellow of 59 months at 61 % is 35.99 FTE months of doctoral work", B::phd().months(59).fte(61).duty(0),
            true);
    ruleRow("phd fellow of 60 months at 60 % without duty is exactly 36", B::phd().months(60).fte(60).duty(0), false);
    ruleRow("phd fellow of 49 FTE months without duty is too long", B::phd().months(49).duty(0), true);
    ruleRow("phd fellow of 80 months at 60 % with 25 % duty is exactly 48 and 36", B::phd().months(80).fte(60).duty(25),
            false);
    ruleRow("phd fellow of 81 months at 60 % is 48.6 FTE months and too long", B::phd().months(81).fte(60).duty(25),
            true);
    ruleRow("phd fellow without a stated duty share counts no duty", B::phd().months(36).noDuty(), false);
    ruleRow("integrated phd of 49 FTE months is too long", B::integratedPhd().months(49).duty(0), true);
    ruleRow("integrated phd of 48 months with 25 % duty is allowed", B::integratedPhd(), false);
    ruleRow("dual competence of 72 months with 50 % duty has 36 months of doctoral work",
            B::dualCompetence().months(72).duty(50), false);
    ruleRow("dual competence of 72 months with 51 % duty has too little doctoral work",
            B::dualCompetence().months(72).duty(51), true);
    ruleRow("dual competence is not capped at 48 FTE months", B::dualCompetence().months(96).duty(0), false);
    ruleRow("postdoc of 35 months is not a phd", B::postdoc().months(35), false);
}

// PHD-PARTTIME, § 6.3: ftePercent below 50 is not allowed for PhD-types.
void TestPeriodRules::phdPartTime_data()
{
    ruleColumns();
    ruleRow("phd fellow at 50 % over 96 months is allowed", B::phd().fte(50).months(96), false);
    ruleRow("phd fellow at 49 % is not allowed", B::phd().fte(49).months(98), true, "appointment.");
    ruleRow("phd fellow at 49.5 % is not allowed", B::phd().fte(49.5).months(97), true);
    ruleRow("integrated phd at 40 % is not allowed", B::integratedPhd().fte(40).months(120), true);
    ruleRow("dual competence at 40 % is not allowed", B::dualCompetence().fte(40).months(120), true);
    ruleRow("postdoc at 40 % is not a phd", B::postdoc().fte(40).months(120), false);
    ruleRow("resident at 40 % is not a phd", B::resident().fte(40), false);
}

// LEN-RES, § 2.5: 24–48 months.
void TestPeriodRules::lenRes_data()
{
    ruleColumns();
    ruleRow("resident of 24 months is the shortest allowed", B::resident().months(24).duty(0), false);
    ruleRow("resident of 23 months is too short", B::resident().months(23).duty(0), true, "appointment.");
    ruleRow("resident of 48 months is the longest allowed", B::resident().months(48), false);
    ruleRow("resident of 49 months is too long", B::resident().months(49), true, "appointment.");
    ruleRow("resident of 30 months at 50 % counts calendar months", B::resident().months(30).fte(50), false);
    ruleRow("resident of 60 months at 50 % is too long in calendar months", B::resident().months(60).fte(50), true);
    ruleRow("research assistant of 12 months is not a resident", B::researchAssistant(), false);
}

// RES-DUTY, § 2.5: duty work only when lengthMonths > 24.
void TestPeriodRules::resDuty_data()
{
    ruleColumns();
    ruleRow("resident of 25 months may have duty work", B::resident().months(25).duty(25), false);
    ruleRow("resident of 24 months may not have duty work", B::resident().months(24).duty(25), true, "appointment.");
    ruleRow("resident of 24 months with 1 % duty is still duty work", B::resident().months(24).duty(1), true);
    ruleRow("resident of 24 months without duty is fine", B::resident().months(24).duty(0), false);
    ruleRow("resident of 24 months without a stated duty share is fine", B::resident().months(24).noDuty(), false);
    ruleRow("research assistant of 24 months is not a resident", B::researchAssistant().months(24).duty(25), false);
}

// LEN-RA, § 2.6: lengthMonths ≤ 24.
void TestPeriodRules::lenRa_data()
{
    ruleColumns();
    ruleRow("research assistant of 24 months is the longest allowed", B::researchAssistant().months(24), false);
    ruleRow("research assistant of 25 months is too long", B::researchAssistant().months(25), true, "appointment.");
    ruleRow("research assistant of 25 months at 20 hours counts calendar months",
            B::researchAssistant().months(25).hoursPerWeek(20), true);
    ruleRow("research assistant of 12 months is allowed", B::researchAssistant(), false);
    ruleRow("resident of 25 months is not a research assistant", B::resident().months(25), false);
}

// RA-TOTAL, § 2.6: this case plus earlier research-assistant time at the same institution ≤ 24 FTE months.
void TestPeriodRules::raTotal_data()
{
    const auto ra = PositionType::ResearchAssistant;
    ruleColumns();
    ruleRow("research assistant of 24 months alone is within the total", B::researchAssistant().months(24), false);
    ruleRow("12 months now and 12 before at the same institution make exactly 24",
            B::researchAssistant().history(ra, "NTNU", "2024-01-01", "2024-12-31"), false);
    ruleRow("12 months now and 12 months and a day before are too much",
            B::researchAssistant().history(ra, "NTNU", "2023-12-31", "2024-12-31"), true);
    ruleRow("13 months now and 12 before are too much",
            B::researchAssistant().months(13).history(ra, "NTNU", "2024-01-01", "2024-12-31"), true);
    ruleRow("earlier time at another institution does not count",
            B::researchAssistant().months(13).history(ra, "UiO", "2023-01-01", "2024-12-31"), false);
    ruleRow("institution names are compared trimmed and case-insensitively",
            B::researchAssistant().months(13).history(ra, " ntnu ", "2024-01-01", "2024-12-31"), true);
    ruleRow("earlier time at the same institution under its English name counts, by the register",
            B::researchAssistant().months(13).history(ra, "Norwegian University of Science and Technology",
                                                      "2024-01-01", "2024-12-31"),
            true);
    ruleRow("earlier time at another institution under its Norwegian name does not count",
            B::researchAssistant().months(13).history(ra, "Universitetet i Oslo", "2023-01-01", "2024-12-31"), false);
    ruleRow("an earlier residency at the same institution does not count",
            B::researchAssistant().months(24).history(PositionType::Resident, "NTNU", "2021-01-01", "2022-12-31"),
            false);
    ruleRow("earlier half-time work counts at its share",
            B::researchAssistant().history(ra, "NTNU", "2023-01-01", "2024-12-31", 50), false);
    ruleRow("earlier work at 51 % over two years tips the total over",
            B::researchAssistant().history(ra, "NTNU", "2023-01-01", "2024-12-31", 51), true);
    ruleRow("24 months at 18.75 hours a week are 12 FTE months",
            B::researchAssistant().months(24).hoursPerWeek(18.75).history(ra, "NTNU", "2024-01-01", "2024-12-31"),
            false);
    ruleRow("24 months at 18.76 hours a week tip the total over",
            B::researchAssistant().months(24).hoursPerWeek(18.76).history(ra, "NTNU", "2024-01-01", "2024-12-31"),
            true);
    ruleRowFromDatabase("earlier time known only from the database counts",
                        B::researchAssistant().months(13).history(ra, "NTNU", "2024-01-01", "2024-12-31"), true);
    ruleRowFromDatabase("earlier time in the database at another institution does not count",
                        B::researchAssistant().months(13).history(ra, "UiO", "2024-01-01", "2024-12-31"), false);
    ruleRow("a phd fellow is not checked", B::phd().history(ra, "NTNU", "2020-01-01", "2023-12-31"), false);
}

// RA-DEGREE, § 2.6: no research assistant with a doctorate or an earlier PhD-type position.
void TestPeriodRules::raDegree_data()
{
    ruleColumns();
    ruleRow("research assistant without a doctorate is fine", B::researchAssistant(), false);
    ruleRow("research assistant with a doctoral degree is not allowed",
            B::researchAssistant().doctoralDegree("2020-05-01"), true);
    ruleRow("research assistant who was a phd fellow elsewhere is not allowed",
            B::researchAssistant().history(PositionType::PhdFellow, "UiO", "2019-01-01", "2022-12-31"), true);
    ruleRow("research assistant who was an integrated phd is not allowed",
            B::researchAssistant().history(PositionType::IntegratedPhd, "NTNU", "2019-01-01", "2022-12-31"), true);
    ruleRow("research assistant who was in a dual competence programme is not allowed",
            B::researchAssistant().history(PositionType::DualCompetence, "UiB", "2019-01-01", "2022-12-31"), true);
    ruleRow("research assistant who was a research assistant before is fine",
            B::researchAssistant().history(PositionType::ResearchAssistant, "UiO", "2022-01-01", "2022-06-30"), false);
    ruleRow("research assistant who was a resident before is fine",
            B::researchAssistant().history(PositionType::Resident, "UiO", "2020-01-01", "2021-12-31"), false);
    ruleRowFromDatabase("an earlier phd known only from the database counts",
                        B::researchAssistant().history(PositionType::PhdFellow, "NTNU", "2019-01-01", "2022-12-31"),
                        true);
    ruleRow("postdoc with a doctoral degree is not a research assistant", B::postdoc(), false);
}

// RA-PARTTIME, § 2.6: hoursPerWeek < 15.
void TestPeriodRules::raPartTime_data()
{
    ruleColumns();
    ruleRow("research assistant at 14.99 hours a week is part-time", B::researchAssistant().hoursPerWeek(14.99), true);
    ruleRow("research assistant at 10 hours a week is part-time", B::researchAssistant().hoursPerWeek(10), true);
    ruleRow("research assistant at 15 hours a week is not part-time", B::researchAssistant().hoursPerWeek(15), false);
    ruleRow("research assistant without hours per week is not part-time", B::researchAssistant(), false);
    ruleRow("research assistant at 30 % without hours per week is not paid by the hour", B::researchAssistant().fte(30),
            false);
    ruleRow("phd fellow with hours per week is not a research assistant", B::phd().hoursPerWeek(10), false);
}

// RA-STUDENT, § 5, § 2.6: a research assistant combined with studies, part time.
void TestPeriodRules::raStudent_data()
{
    ruleColumns();
    ruleRow("a student at 50 % is a part-time student", B::researchAssistant().combinedWithStudies().fte(50), true,
            "appointment.combinedWithStudies");
    ruleRow("a student at 99.9 % is a part-time student", B::researchAssistant().combinedWithStudies().fte(99.9), true);
    ruleRow("a student at full time is not", B::researchAssistant().combinedWithStudies().fte(100), false);
    ruleRow("a student paid for 20 hours a week is part time",
            B::researchAssistant().combinedWithStudies().hoursPerWeek(20), true);
    ruleRow("part time without studies is not", B::researchAssistant().fte(50), false);
    ruleRow("a postdoc who studies is not a research assistant", B::postdoc().combinedWithStudies().fte(50), false);
}

// ONCE, § 2.1.1, § 2.4.1, § 2.5: one period per category and institution.
void TestPeriodRules::once_data()
{
    using P = PositionType;
    ruleColumns();
    ruleRow("postdoc without earlier appointments is fine", B::postdoc(), false);
    ruleRow("postdoc after a postdoc at the same institution is not allowed",
            B::postdoc().history(P::Postdoc, "NTNU", "2021-01-01", "2023-12-31"), true);
    ruleRow("postdoc after an msca postdoc at the same institution is not allowed",
            B::postdoc().history(P::MscaPostdoc, "NTNU", "2021-01-01", "2023-12-31"), true);
    ruleRow("msca postdoc after a postdoc at the same institution is not allowed",
            B::mscaPostdoc().history(P::Postdoc, "NTNU", "2021-01-01", "2023-12-31"), true);
    ruleRow("postdoc after a postdoc at another institution is fine",
            B::postdoc().history(P::Postdoc, "UiO", "2021-01-01", "2023-12-31"), false);
    ruleRow("postdoc after a tenure-track postdoc at the same institution is fine",
            B::postdoc().history(P::TenureTrackPostdoc, "NTNU", "2021-01-01", "2023-12-31"), false);
    ruleRow("postdoc after a phd at the same institution is fine",
            B::postdoc().history(P::PhdFellow, "NTNU", "2019-01-01", "2023-12-31"), false);
    ruleRow("phd fellow after an integrated phd at the same institution is not allowed",
            B::phd().history(P::IntegratedPhd, "NTNU", "2019-01-01", "2023-12-31"), true);
    ruleRow("dual competence after a phd fellowship at the same institution is not allowed",
            B::dualCompetence().history(P::PhdFellow, "NTNU", "2019-01-01", "2023-12-31"), true);
    ruleRow("phd fellow after a phd fellowship elsewhere is fine",
            B::phd().history(P::PhdFellow, "UiO", "2019-01-01", "2023-12-31"), false);
    ruleRow("phd fellow after a research assistant post at the same institution is fine",
            B::phd().history(P::ResearchAssistant, "NTNU", "2024-01-01", "2024-12-31"), false);
    ruleRow("resident after a residency at the same institution in other letter case is not allowed",
            B::resident().history(P::Resident, " ntnu", "2019-01-01", "2022-12-31"), true);
    ruleRow("resident after a phd at the same institution is fine",
            B::resident().history(P::PhdFellow, "NTNU", "2019-01-01", "2022-12-31"), false);
    ruleRow("tenure-track postdoc after a tenure-track postdoc is not checked",
            B::tenureTrackPostdoc().history(P::TenureTrackPostdoc, "NTNU", "2019-01-01", "2022-12-31"), false);
    ruleRow("tenure-track postdoc after a postdoc is not checked",
            B::tenureTrackPostdoc().history(P::Postdoc, "NTNU", "2019-01-01", "2022-12-31"), false);
    ruleRow("research assistant after a research assistant post is left to RA-TOTAL",
            B::researchAssistant().history(P::ResearchAssistant, "NTNU", "2024-01-01", "2024-03-31"), false);
    ruleRow(
        "postdoc after a postdoc at the same institution under its English name is not allowed, by the register",
        B::postdoc().history(P::Postdoc, "Norwegian University of Science and Technology", "2021-01-01", "2023-12-31"),
        true);
    ruleRow("postdoc after a postdoc at the same institution under its full Norwegian name, spaced and in capitals, "
            "is not allowed",
            B::postdoc().history(P::Postdoc, "  NORGES teknisk-naturvitenskapelige   universitet", "2021-01-01",
                                 "2023-12-31"),
            true);
    ruleRow("postdoc after a postdoc at a college merged into the institution is left to a manual assessment",
            B::postdoc().history(P::Postdoc, "Høgskolen i Sør-Trøndelag", "2014-01-01", "2015-12-31"), false);
    ruleRow("postdoc after a postdoc at another institution's English name is fine",
            B::postdoc().history(P::Postdoc, "University of Oslo", "2021-01-01", "2023-12-31"), false);
    ruleRowFromDatabase("postdoc after a postdoc known only from the database is not allowed",
                        B::postdoc().history(P::Postdoc, "NTNU", "2021-01-01", "2023-12-31"), true);
    ruleRowFromDatabase("postdoc after a postdoc elsewhere known from the database is fine",
                        B::postdoc().history(P::Postdoc, "UiB", "2021-01-01", "2023-12-31"), false);
    ruleRowFromDatabase(
        "postdoc after a postdoc known from the database under the institution's English name is not "
        "allowed",
        B::postdoc().history(P::Postdoc, "Norwegian University of Science and Technology", "2021-01-01", "2023-12-31"),
        true);
}

// PD-DEGREE, § 2.1: doctoralDegreeDate set and not after start.
void TestPeriodRules::pdDegree_data()
{
    ruleColumns();
    ruleRow("postdoc with a degree before the start is fine", B::postdoc(), false);
    ruleRow("postdoc with the degree on the start day is fine", B::postdoc().doctoralDegree("2025-08-01"), false);
    ruleRow("postdoc with the degree the day after the start is not allowed", B::postdoc().doctoralDegree("2025-08-02"),
            true);
    ruleRow("postdoc without a doctoral degree is not allowed", B::postdoc().doctoralDegree(nullptr), true);
    ruleRow("msca postdoc without a doctoral degree is not allowed", B::mscaPostdoc().doctoralDegree(nullptr), true);
    ruleRow("tenure-track postdoc without a doctoral degree is not allowed",
            B::tenureTrackPostdoc().doctoralDegree(nullptr), true);
    ruleRow("phd fellow without a doctoral degree is fine", B::phd(), false);
}

// PD-EXTERNAL, § 2.1.1: < 12 months elsewhere and no externalExperienceMeasure.
void TestPeriodRules::pdExternal_data()
{
    ruleColumns();
    ruleRow("postdoc with 12 months elsewhere is fine", B::postdoc().monthsAtOtherInstitutions(12), false);
    ruleRow("postdoc with 11.9 months elsewhere needs a look", B::postdoc().monthsAtOtherInstitutions(11.9), true);
    ruleRow("postdoc without time elsewhere needs a look", B::postdoc().monthsAtOtherInstitutions(0), true);
    ruleRow("postdoc without time elsewhere but a planned stay is fine",
            B::postdoc().monthsAtOtherInstitutions(0).externalExperienceMeasure(), false);
    ruleRow("msca postdoc with 6 months elsewhere needs a look", B::mscaPostdoc().monthsAtOtherInstitutions(6), true);
    ruleRow("tenure-track postdoc with 6 months elsewhere needs a look",
            B::tenureTrackPostdoc().monthsAtOtherInstitutions(6), true);
    ruleRow("phd fellow without time elsewhere is not checked", B::phd(), false);
}

// PD-FOURTH-YEAR, § 2.1.1: lengthMonths × FTE < 48.
void TestPeriodRules::pdFourthYear_data()
{
    ruleColumns();
    ruleRow("postdoc of 48 FTE months already has four years", B::postdoc().months(48), false);
    ruleRow("postdoc of 47 FTE months may get a fourth year", B::postdoc().months(47), true);
    ruleRow("postdoc of 36 FTE months may get a fourth year", B::postdoc().months(36), true);
    ruleRow("postdoc of 80 months at 60 % is exactly 48 FTE months", B::postdoc().months(80).fte(60), false);
    ruleRow("postdoc of 79 months at 60 % is 47.4 FTE months", B::postdoc().months(79).fte(60), true);
    ruleRow("msca postdoc of 36 FTE months may get a fourth year", B::mscaPostdoc().months(36), true);
    ruleRow("tenure-track postdoc of 36 months is not checked", B::tenureTrackPostdoc().months(36), false);
    ruleRow("phd fellow of 36 months is not a postdoc", B::phd().months(36).duty(0), false);
}

// LEAVE-6M, § 7.3: temporary_position and fellowship_abroad leave together ≤ 183 days.
void TestPeriodRules::leave6m_data()
{
    using L = LeaveKind;
    ruleColumns();
    ruleRow("temporary position of 183 days is the most allowed",
            B::phd().leave(L::TemporaryPosition, "2026-01-01", "2026-07-02"), false);
    ruleRow("temporary position of 184 days is too long",
            B::phd().leave(L::TemporaryPosition, "2026-01-01", "2026-07-03"), true);
    ruleRow("fellowship abroad of 184 days is too long",
            B::postdoc().leave(L::FellowshipAbroad, "2026-01-01", "2026-07-03"), true);
    ruleRow("100 days in a temporary position and 83 abroad make 183",
            B::phd()
                .leave(L::TemporaryPosition, "2026-01-01", "2026-04-10")
                .leave(L::FellowshipAbroad, "2026-09-01", "2026-11-22"),
            false);
    ruleRow("100 days in a temporary position and 84 abroad make 184",
            B::phd()
                .leave(L::TemporaryPosition, "2026-01-01", "2026-04-10")
                .leave(L::FellowshipAbroad, "2026-09-01", "2026-11-23"),
            true);
    // Revision 2: weighed by percent, as C-LEAVE weighs (revision 1 counted calendar days).
    ruleRow("184 days at 50 % weigh 92 days and are allowed",
            B::phd().leave(L::TemporaryPosition, "2026-01-01", "2026-07-03", 50), false);
    ruleRow("300 days at 50 % weigh 150 days and are allowed",
            B::phd().leave(L::FellowshipAbroad, "2026-01-01", "2026-10-27", 50), false);
    ruleRow("366 days at 50 % weigh 183 days, the most allowed",
            B::phd().leave(L::FellowshipAbroad, "2026-01-01", "2027-01-01", 50), false);
    ruleRow("367 days at 50 % weigh 183.5 days, too long",
            B::phd().leave(L::FellowshipAbroad, "2026-01-01", "2027-01-02", 50), true, "leaves");
    ruleRow("two overlapping leaves of these kinds weigh a day at most 100 %",
            B::phd()
                .leave(L::TemporaryPosition, "2026-01-01", "2026-07-02", 60)
                .leave(L::FellowshipAbroad, "2026-01-01", "2026-07-02", 60),
            false);
    ruleRow("two years abroad are far too long", B::postdoc().leave(L::FellowshipAbroad, "2025-03-01", "2027-02-28"),
            true);
    ruleRow("a proposed leave counts, since it cannot be approved as it is",
            B::phd().decidedLeave(L::TemporaryPosition, "2026-01-01", "2026-07-03", DecisionStatus::Proposed), true);
    ruleRow("a rejected leave does not count",
            B::phd().decidedLeave(L::TemporaryPosition, "2026-01-01", "2026-07-03", DecisionStatus::Rejected), false);
    ruleRow("sick leave of 300 days is not limited", B::phd().leave(L::Sickness, "2026-01-01", "2026-10-27"), false);
    ruleRow(
        "parental leave does not count towards the six months",
        B::phd().leave(L::TemporaryPosition, "2026-01-01", "2026-07-02").leave(L::Parental, "2027-01-01", "2027-03-31"),
        false);
}

// LEAVE-DECISION, § 7.3: leave of the kinds the dean decides warns while it is proposed.
void TestPeriodRules::leaveDecision_data()
{
    using L = LeaveKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("a proposed fellowship abroad waits for the dean",
            B::phd().decidedLeave(L::FellowshipAbroad, "2026-02-01", "2026-05-31", S::Proposed), true,
            "leaves[0].status");
    ruleRow("a proposed temporary position waits for the dean",
            B::postdoc().decidedLeave(L::TemporaryPosition, "2026-02-01", "2026-05-31", S::Proposed), true);
    ruleRow("proposed other leave waits for the dean too",
            B::phd().decidedLeave(L::Other, "2026-02-01", "2026-02-10", S::Proposed), true);
    ruleRow("an approved fellowship abroad is decided",
            B::phd().decidedLeave(L::FellowshipAbroad, "2026-02-01", "2026-05-31", S::Approved), false);
    ruleRow("a rejected fellowship abroad is decided",
            B::phd().decidedLeave(L::FellowshipAbroad, "2026-02-01", "2026-05-31", S::Rejected), false);
    ruleRow("sick leave is a right and needs no decision", B::phd().leave(L::Sickness, "2026-02-01", "2026-05-31"),
            false);
    ruleRow("the second of two leaves is named",
            B::phd()
                .leave(L::Parental, "2026-01-01", "2026-01-31")
                .decidedLeave(L::TemporaryPosition, "2026-02-01", "2026-05-31", S::Proposed),
            true, "leaves[1]");
}

// LEAVE-OUTSIDE, § 7.1: a leave wholly or partly outside start–end.
void TestPeriodRules::leaveOutside_data()
{
    using L = LeaveKind;
    ruleColumns();
    ruleRow("leave inside the period is fine", B::phd().leave(L::Sickness, "2026-01-05", "2026-01-18"), false);
    ruleRow("leave from the start day is fine", B::phd().leave(L::Sickness, "2025-08-01", "2025-08-10"), false);
    ruleRow("leave from the day before the start is partly outside",
            B::phd().leave(L::Sickness, "2025-07-31", "2025-08-10"), true, "leaves[0]");
    ruleRow("leave before the start is wholly outside", B::phd().leave(L::Care, "2025-06-01", "2025-06-30"), true,
            "leaves[0]");
    ruleRow("leave without extension up to the end day is fine", B::phd().leave(L::Other, "2029-07-20", "2029-07-31"),
            false);
    ruleRow("leave without extension past the end day is partly outside",
            B::phd().leave(L::Other, "2029-07-20", "2029-08-01"), true, "leaves[0]");
    ruleRow("sick leave across the nominal end lies inside the extended period",
            B::phd().leave(L::Sickness, "2029-07-20", "2029-08-10"), false);
    ruleRow("parental leave of worked example 2 lies inside the extended period",
            B::postdoc().start(2025, 1, 1).months(36).leave(L::Parental, "2027-12-01", "2028-01-31"), false);
    ruleRow("the second of two leaves lies after the end",
            B::phd().leave(L::Sickness, "2026-01-05", "2026-01-18").leave(L::Other, "2029-09-01", "2029-09-10"), true,
            "leaves[1]");
}

// EXT-ELECTED, § 7.2: elected_office over 14 days without documentation.
void TestPeriodRules::extElected_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("elected office of 14 days needs no documents", B::phd().extension(E::ElectedOffice, 14), false);
    ruleRow("elected office of 15 undocumented days needs a look", B::phd().extension(E::ElectedOffice, 15), true,
            "extensions[0]");
    ruleRow("elected office of 15 documented days is fine", B::phd().extension(E::ElectedOffice, 15, S::Approved, true),
            false);
    ruleRow("proposed elected office of 15 undocumented days needs a look",
            B::phd().extension(E::ElectedOffice, 15, S::Proposed), true);
    ruleRow("rejected elected office of 15 days is ignored", B::phd().extension(E::ElectedOffice, 15, S::Rejected),
            false);
    ruleRow("the second extension is the one over 14 days",
            B::postdoc().extension(E::BoardFee, 30).extension(E::ElectedOffice, 20), true, "extensions[1]");
    ruleRow("other kinds over 14 days are not elected office", B::phd().extension(E::UnforeseenObstacle, 30), false);
}

// EXT-DION, § 7.2: dion_sin_member 14 days, dion_sin_chair 28 days.
void TestPeriodRules::extDion_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("DION member of 14 days is right", B::phd().extension(E::DionSinMember, 14), false);
    ruleRow("DION member of 15 days is wrong", B::phd().extension(E::DionSinMember, 15), true, "extensions[0]");
    ruleRow("DION member of 13 days is wrong", B::phd().extension(E::DionSinMember, 13), true);
    ruleRow("DION chair of 28 days is right", B::phd().extension(E::DionSinChair, 28), false);
    ruleRow("DION chair of 29 days is wrong", B::phd().extension(E::DionSinChair, 29), true);
    ruleRow("DION chair of 14 days is wrong", B::phd().extension(E::DionSinChair, 14), true);
    ruleRow("proposed DION member of 15 days is wrong", B::phd().extension(E::DionSinMember, 15, S::Proposed), true);
    ruleRow("rejected DION member of 15 days is ignored", B::phd().extension(E::DionSinMember, 15, S::Rejected), false);
    ruleRow("the second of two DION extensions is wrong",
            B::postdoc().extension(E::DionSinMember, 14).extension(E::DionSinChair, 27), true, "extensions[1]");
}

// EXT-HEALTH, § 7.1: phd_health only for PhD-types, at most 92 days over approved and proposed.
void TestPeriodRules::extHealth_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("phd fellow with 92 days is the most allowed", B::phd().extension(E::PhdHealth, 92), false);
    ruleRow("phd fellow with 93 days is too much", B::phd().extension(E::PhdHealth, 93), true, "extensions");
    ruleRow("60 approved and 32 proposed days make 92",
            B::phd().extension(E::PhdHealth, 60).extension(E::PhdHealth, 32, S::Proposed), false);
    ruleRow("60 approved and 33 proposed days make 93",
            B::phd().extension(E::PhdHealth, 60).extension(E::PhdHealth, 33, S::Proposed), true);
    ruleRow("46 and 47 approved days make 93", B::phd().extension(E::PhdHealth, 46).extension(E::PhdHealth, 47), true);
    ruleRow("rejected days do not count", B::phd().extension(E::PhdHealth, 60).extension(E::PhdHealth, 40, S::Rejected),
            false);
    ruleRow("dual competence with 92 days is allowed", B::dualCompetence().extension(E::PhdHealth, 92), false);
    ruleRow("integrated phd with 93 days is too much", B::integratedPhd().extension(E::PhdHealth, 93), true);
    ruleRow("postdoc may not get a phd health extension", B::postdoc().extension(E::PhdHealth, 10), true,
            "extensions[0]");
    ruleRow("resident may not get a phd health extension", B::resident().extension(E::PhdHealth, 10), true);
    ruleRow("a rejected phd health extension of a postdoc is ignored",
            B::postdoc().extension(E::PhdHealth, 10, S::Rejected), false);
}

// EXT-HEALTH-BASIS, § 7.1: "after a longer health-related absence": a warning when no sick leave is recorded.
void TestPeriodRules::extHealthBasis_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("an extension after health absence without sick leave", B::phd().extension(E::PhdHealth, 30), true,
            "extensions[0]");
    ruleRow("an extension after health absence with sick leave recorded",
            B::phd().leave(LeaveKind::Sickness, "2026-01-05", "2026-04-30").extension(E::PhdHealth, 30), false);
    ruleRow("a proposed one without sick leave is checked too", B::phd().extension(E::PhdHealth, 30, S::Proposed),
            true);
    ruleRow("a rejected one is not", B::phd().extension(E::PhdHealth, 30, S::Rejected), false);
    ruleRow("parental leave is not a health-related absence",
            B::phd().leave(LeaveKind::Parental, "2026-01-05", "2026-04-30").extension(E::PhdHealth, 30), true);
}

// EXT-NORWEGIAN, § 7.4: 70 days, only PhD-type with dutyPercent 0; approved once the training is completed.
void TestPeriodRules::extNorwegian_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("phd fellow without duty gets 70 days for completed training",
            B::phd().months(36).duty(0).norwegianCredits(15).extension(E::NorwegianTraining, 70), false);
    ruleRow("phd fellow without a stated duty share gets 70 days",
            B::phd().months(36).noDuty().norwegianCredits(15).extension(E::NorwegianTraining, 70), false);
    ruleRow("approved at 14.5 credits, before the training is completed",
            B::phd().months(36).duty(0).norwegianCredits(14.5).extension(E::NorwegianTraining, 70), true,
            "extensions[0]");
    ruleRow("proposed before the training is completed is fine",
            B::phd().months(36).duty(0).norwegianCredits(5).extension(E::NorwegianTraining, 70, S::Proposed), false);
    ruleRow("69 days are wrong", B::phd().months(36).duty(0).extension(E::NorwegianTraining, 69), true,
            "extensions[0]");
    ruleRow("71 days are wrong", B::phd().months(36).duty(0).extension(E::NorwegianTraining, 71), true);
    ruleRow("phd fellow with duty work gets hours, not days", B::phd().extension(E::NorwegianTraining, 70), true);
    ruleRow("phd fellow with 1 % duty gets hours, not days",
            B::phd().months(36).duty(1).extension(E::NorwegianTraining, 70), true);
    ruleRow("integrated phd without duty gets 70 days",
            B::integratedPhd().months(36).duty(0).norwegianCredits(20).extension(E::NorwegianTraining, 70), false);
    ruleRow("postdoc without duty gets hours, not days", B::postdoc().duty(0).extension(E::NorwegianTraining, 70),
            true);
    ruleRow("resident without duty gets hours, not days", B::resident().duty(0).extension(E::NorwegianTraining, 70),
            true);
    ruleRow("a proposed extension for a phd with duty is wrong",
            B::phd().extension(E::NorwegianTraining, 70, S::Proposed), true);
    ruleRow("a rejected extension for a phd with duty is ignored",
            B::phd().extension(E::NorwegianTraining, 70, S::Rejected), false);
}

// TRANS-RIGHTS-EXT, § 8: the extension for Norwegian training is a new right.
void TestPeriodRules::transRightsExt_data()
{
    using E = ExtensionKind;
    ruleColumns();
    ruleRow("uhf-2006 without the new rights in the contract",
            uhf2006(B::phd().months(36).duty(0).norwegianCredits(15)).extension(E::NorwegianTraining, 70), true,
            "extensions[0]");
    ruleRow("uhf-2006 with the new rights in the contract",
            uhf2006(B::phd().months(36).duty(0).norwegianCredits(15))
                .newRightsInContract()
                .extension(E::NorwegianTraining, 70),
            false);
    ruleRow("ntnu-2025 has the right",
            B::phd().months(36).duty(0).norwegianCredits(15).extension(E::NorwegianTraining, 70), false);
    ruleRow("uhf-2006 without other extensions", uhf2006(B::phd().months(36)).extension(E::ElectedOffice, 14), false);
}

// EXT-FRAME, § 7.4, § 2.1.1: end not after frameEnd.
void TestPeriodRules::extFrame_data()
{
    using E = ExtensionKind;
    using S = DecisionStatus;
    ruleColumns();
    ruleRow("worked example 1 ends exactly on the frame end",
            B::phd().leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18").extension(E::ElectedOffice, 14), false);
    ruleRow("phd of 48 months with one approved day of duty increase is over the frame",
            B::phd().extension(E::DutyIncrease, 1), true);
    ruleRow("a proposed duty increase does not move the end", B::phd().extension(E::DutyIncrease, 1, S::Proposed),
            false);
    ruleRow("phd of 47 months with 31 days of duty increase ends on the frame end",
            B::phd().months(47).duty(0).extension(E::DutyIncrease, 31), false);
    ruleRow("phd of 47 months with 32 days of duty increase is one day over",
            B::phd().months(47).duty(0).extension(E::DutyIncrease, 32), true);
    ruleRow("approved norwegian training on a 48-month period is over the frame",
            B::phd().months(48).duty(0).extension(E::NorwegianTraining, 70), true);
    ruleRow("norwegian training on a 36-month period stays inside the frame",
            B::phd().months(36).duty(0).extension(E::NorwegianTraining, 70), false);
    ruleRow("leave never pushes the end past the frame",
            B::phd().leave(LeaveKind::Sickness, "2026-01-01", "2026-04-10"), false);
    ruleRow("other extension kinds move the frame as well", B::phd().extension(E::UnforeseenObstacle, 60), false);
    ruleRow("research assistant of 24 months with a day of duty increase is over the frame",
            B::researchAssistant().months(24).extension(E::DutyIncrease, 1), true);
    ruleRow("research assistant at 18.75 hours has a frame of 48 calendar months",
            B::researchAssistant().months(24).hoursPerWeek(18.75).extension(E::DutyIncrease, 731), false);
    ruleRow("research assistant at 18.75 hours one day past the frame",
            B::researchAssistant().months(24).hoursPerWeek(18.75).extension(E::DutyIncrease, 732), true);
    ruleRow("postdoc at 60 % over 80 months with a day of duty increase is over the frame",
            B::postdoc().months(80).fte(60).extension(E::DutyIncrease, 1), true);
    ruleRow("tenure-track postdoc has no frame", B::tenureTrackPostdoc().months(200).extension(E::DutyIncrease, 400),
            false);
    ruleRow("dual competence has no frame", B::dualCompetence().months(100).extension(E::DutyIncrease, 400), false);
}

// TRANS-2006, § 8: uhf-2006 only with announcement < 2025-03-01 and decision < 2025-08-01.
void TestPeriodRules::trans2006_data()
{
    ruleColumns();
    ruleRow("uhf-2006 announced 2025-02-28 and decided 2025-07-31 is allowed",
            B::phd().ruleSet(RuleSet::Uhf2006).announcementDate("2025-02-28").decisionDate("2025-07-31"), false);
    ruleRow("uhf-2006 announced 2025-03-01 is not allowed",
            B::phd().ruleSet(RuleSet::Uhf2006).announcementDate("2025-03-01").decisionDate("2025-07-31"), true);
    ruleRow("uhf-2006 decided 2025-08-01 is not allowed",
            B::phd().ruleSet(RuleSet::Uhf2006).announcementDate("2025-02-28").decisionDate("2025-08-01"), true);
    ruleRow("uhf-2006 without an announcement date is not allowed",
            B::phd().ruleSet(RuleSet::Uhf2006).decisionDate("2025-07-31"), true);
    ruleRow("uhf-2006 without a decision date is not allowed",
            B::phd().ruleSet(RuleSet::Uhf2006).announcementDate("2025-02-28"), true);
    // Revision 2: the start stands in for a date not recorded (announcement and decision came before it).
    ruleRow("uhf-2006 started 2025-02-28 without either date is allowed",
            B::phd().start(date("2025-02-28")).ruleSet(RuleSet::Uhf2006), false);
    ruleRow("uhf-2006 started 2025-03-01 without either date is not allowed",
            B::phd().start(date("2025-03-01")).ruleSet(RuleSet::Uhf2006), true);
    ruleRow("uhf-2006 started 2025-05-01, announced 2025-01-10, without a decision date",
            B::phd().start(date("2025-05-01")).ruleSet(RuleSet::Uhf2006).announcementDate("2025-01-10"), false);
    ruleRow("ntnu-2025 with old dates is always allowed",
            B::phd().ruleSet(RuleSet::Ntnu2025).announcementDate("2025-01-15").decisionDate("2025-06-01"), false);
    ruleRow("no rule set with old dates gets uhf-2006 without complaint",
            B::phd().announcementDate("2025-01-15").decisionDate("2025-06-01"), false);
    ruleRow("no rule set with new dates gets ntnu-2025",
            B::phd().announcementDate("2025-03-01").decisionDate("2025-06-01"), false);
}

// TRANS-RIGHTS, § 8: every uhf-2006 case gets the note (saying whether the new rights apply); its
// effect, leaving out CP-LANG, CP-EDU and the career-plan deadlines, is tested in TestCareerRules and
// TestDeadlineRules.
void TestPeriodRules::transRights_data()
{
    ruleColumns();
    ruleRow("uhf-2006 without the new rights in the contract", uhf2006(B::phd()), true);
    ruleRow("uhf-2006 with the new rights in the contract still gets the note", uhf2006(B::phd()).newRightsInContract(),
            true);
    ruleRow("uhf-2006 chosen by default without the new rights",
            B::postdoc().months(24).announcementDate("2025-01-15").decisionDate("2025-06-01"), true);
    ruleRow("ntnu-2025 has the new rights", B::phd(), false);
}

void TestPeriodRules::ruleSetChosen_data()
{
    QTest::addColumn<Case>("c");
    QTest::addColumn<bool>("uhf2006");
    QTest::newRow("no rule set with old dates gets uhf-2006")
        << B::phd().announcementDate("2025-02-28").decisionDate("2025-07-31").build() << true;
    QTest::newRow("no rule set announced 2025-03-01 gets ntnu-2025")
        << B::phd().announcementDate("2025-03-01").decisionDate("2025-07-31").build() << false;
    QTest::newRow("no rule set decided 2025-08-01 gets ntnu-2025")
        << B::phd().announcementDate("2025-02-28").decisionDate("2025-08-01").build() << false;
    QTest::newRow("no rule set and no dates gets ntnu-2025") << B::phd().build() << false;
    QTest::newRow("no rule set, no dates and a start before 2025-03-01 gets uhf-2006")
        << B::phd().start(date("2025-01-06")).build() << true;
    QTest::newRow("an explicit uhf-2006 is used as given even when flagged")
        << B::phd().ruleSet(RuleSet::Uhf2006).build() << true;
    QTest::newRow("an explicit ntnu-2025 is used as given")
        << B::phd().ruleSet(RuleSet::Ntnu2025).announcementDate("2025-01-15").decisionDate("2025-06-01").build()
        << false;
}

void TestPeriodRules::ruleSetChosen()
{
    QFETCH(Case, c);
    QFETCH(bool, uhf2006);
    QCOMPARE(evaluate(c).ruleSet == RuleSet::Uhf2006, uhf2006);
}

void TestPeriodRules::tenureTrackHasNoFrame()
{
    const Evaluation evaluation = evaluate(B::tenureTrackPostdoc().build());
    QVERIFY(evaluation.period.frameEnd.isNull());
    QCOMPARE(evaluation.period.end, QDate(2032, 7, 31));
}

void TestPeriodRules::findingsAreSortedBySeverityThenRule()
{
    const Evaluation evaluation = evaluate(B::postdoc()
                                               .months(35)
                                               .doctoralDegree(nullptr)
                                               .monthsAtOtherInstitutions(0)
                                               .noMentor()
                                               .extension(ExtensionKind::DionSinMember, 15)
                                               .build());
    QVERIFY2(evaluation.findings.size() >= 5, qPrintable(describe(evaluation)));
    for (qsizetype i = 1; i < evaluation.findings.size(); ++i) {
        const Finding& a = evaluation.findings[i - 1];
        const Finding& b = evaluation.findings[i];
        const bool ordered = a.severity < b.severity || (a.severity == b.severity && std::strcmp(a.rule, b.rule) <= 0);
        QVERIFY2(ordered, qPrintable(describe(evaluation)));
    }
}

QTEST_GUILESS_MAIN(TestPeriodRules)

#include "TestPeriodRules.moc"
