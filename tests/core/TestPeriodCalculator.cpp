// Over 600 lines, mostly _data() tables of the period rules (C-END, C-LEAVE, C-FIXPOINT, C-GRANTS,
// C-FRAME) with their boundary days: one executable per unit.

#include "core/rules/Conventions.h"
#include "core/rules/Evaluator.h"
#include "core/rules/PeriodCalculator.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace rekrutt;
using rekrutt::testing::CaseBuilder;
using rekrutt::testing::date;

/**
 * PeriodCalculator::compute against rules.md: C-LEAVE and LEAVE-EXT, C-FIXPOINT, C-GRANTS, the
 * frame end of C-FRAME, the worked examples of part F, and the explanation lines.
 */
class TestPeriodCalculator : public QObject
{
    Q_OBJECT

private slots:
    void leaveWeighting_data();
    void leaveWeighting();
    void sixMonthCap_data();
    void sixMonthCap();
    void leaveDecision_data();
    void leaveDecision();
    void countedDaysAddUpForAnyCase();
    void extendingLeaveKinds_data();
    void extendingLeaveKinds();
    void fixpoint_data();
    void fixpoint();
    void grants_data();
    void grants();
    void frameEnd_data();
    void frameEnd();
    void frameExtensionKinds_data();
    void frameExtensionKinds();
    void workedExamples_data();
    void workedExamples();
    void firstWorkedExampleEvaluates();
    void thirdWorkedExampleHoldsForAnyCase_data();
    void thirdWorkedExampleHoldsForAnyCase();
    void secondWorkedExampleExplainsItsPasses();
    void explanation_data();
    void explanation();
    void explanationIsTranslated_data();
    void explanationIsTranslated();
};

namespace {

// The baselines the tables start from: CaseBuilder::phd(), a PhD fellow from 2025-08-01 for 48 months
// at 100 % (so its 48-month frame ends with its nominal end), and postdoc36(), a postdoc from
// 2025-01-01 for 36 months (rules.md, F.2).
const QDate phdNominalEnd = date("2029-07-31");
const QDate phdFrame = date("2029-07-31");
const QDate postdocNominalEnd = date("2027-12-31");
const QDate postdocFrame = date("2028-12-31");

CaseBuilder postdoc36()
{
    return CaseBuilder::postdoc().start(2025, 1, 1).months(36);
}

/** The period a row expects; `start` is taken from the case. */
Period expect(QDate nominalEnd, int leave, int granted, int pending, QDate end, QDate frameEnd)
{
    Period p;
    p.nominalEnd = nominalEnd;
    p.leaveExtensionDays = leave;
    p.grantedExtensionDays = granted;
    p.pendingExtensionDays = pending;
    p.end = end;
    p.frameEnd = frameEnd;
    return p;
}

void addPeriodColumns()
{
    QTest::addColumn<Case>("input");
    QTest::addColumn<Period>("expected");
}

/** Compares field by field, so that a failure names the field. */
void checkPeriod(const Case& input, const Period& expected)
{
    const Period actual = PeriodCalculator::compute(input);
    QCOMPARE(actual.start, input.appointment.start);
    QCOMPARE(actual.nominalEnd, expected.nominalEnd);
    QCOMPARE(actual.leaveExtensionDays, expected.leaveExtensionDays);
    QCOMPARE(actual.grantedExtensionDays, expected.grantedExtensionDays);
    QCOMPARE(actual.pendingExtensionDays, expected.pendingExtensionDays);
    QCOMPARE(actual.end, expected.end);
    QCOMPARE(actual.frameEnd.isNull(), expected.frameEnd.isNull());
    QCOMPARE(actual.frameEnd, expected.frameEnd);
}

/** A row of a PhD case (CaseBuilder::phd()) whose leave extends it by `leave` days, and nothing else. */
void phdLeaveRow(const char* name, const Case& c, int leave)
{
    QTest::newRow(name) << c
                        << expect(phdNominalEnd, leave, 0, 0, phdNominalEnd.addDays(leave), phdFrame.addDays(leave));
}

/** checkPeriod() of the running row of a table made by addPeriodColumns(). */
void checkPeriodRow()
{
    QFETCH(Case, input);
    QFETCH(Period, expected);
    checkPeriod(input, expected);
}

/** A PhD case (48 months from 2025-08-01) with one leave. */
Case phdWithLeave(LeaveKind kind, const char* from, const char* to, int percent)
{
    return CaseBuilder::phd().leave(kind, from, to, percent).build();
}

} // namespace

// C-LEAVE: per-day weights, capped at 100 %, summed over the case and rounded up once.
void TestPeriodCalculator::leaveWeighting_data()
{
    addPeriodColumns();
    using K = LeaveKind;
    const auto row = [](const char* name, const Case& c, int leave) { phdLeaveRow(name, c, leave); };

    row("no leave gives no leave extension", CaseBuilder::phd().build(), 0);
    row("two weeks of full sickness give 14 days", phdWithLeave(K::Sickness, "2026-01-05", "2026-01-18", 100), 14);
    row("three days at 50 % give two days", phdWithLeave(K::Sickness, "2026-03-02", "2026-03-04", 50), 2);
    row("two separate leaves of three days at 50 % give three days, not four",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-03-02", "2026-03-04", 50)
            .leave(K::Sickness, "2026-05-04", "2026-05-06", 50)
            .build(),
        3);
    row("graded leaves of different kinds are rounded once, together",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-03-02", "2026-03-02", 30)
            .leave(K::Care, "2026-04-01", "2026-04-01", 30)
            .leave(K::Parental, "2026-05-04", "2026-05-04", 40)
            .build(),
        1);
    row("sickness at 50 % and care at 60 % weigh 0.5, 1.0 and 1.0 and give three days",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-03-02", "2026-03-04", 50)
            .leave(K::Care, "2026-03-03", "2026-03-04", 60)
            .build(),
        3);
    row("overlapping full leaves count each day once",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-01-05", "2026-01-18", 100)
            .leave(K::Parental, "2026-01-12", "2026-01-25", 100)
            .build(),
        21);
    row("graded leaves adding up to more than 100 % are capped at a full day",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-03-02", "2026-03-06", 60)
            .leave(K::Care, "2026-03-02", "2026-03-06", 60)
            .build(),
        5);
    row("the same leave recorded twice counts once",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-01-05", "2026-01-18", 100)
            .leave(K::Sickness, "2026-01-05", "2026-01-18", 100)
            .build(),
        14);
    row("one day at 1 % rounds up to a whole day", phdWithLeave(K::Sickness, "2026-03-02", "2026-03-02", 1), 1);
    row("a hundred days at 1 % give exactly one day", phdWithLeave(K::Sickness, "2026-01-01", "2026-04-10", 1), 1);
    row("a hundred days at 7 % give exactly seven days, not eight",
        phdWithLeave(K::Sickness, "2026-01-01", "2026-04-10", 7), 7);
    row("fifty days at 14 % give exactly seven days, not eight", phdWithLeave(K::Care, "2026-01-01", "2026-02-19", 14),
        7);
    row("thirty days at 10 % give exactly three days, not four",
        phdWithLeave(K::Parental, "2026-04-01", "2026-04-30", 10), 3);
    row("a leave that begins before the start counts from the start only",
        phdWithLeave(K::Sickness, "2025-07-22", "2025-08-10", 100), 10);
    row("a leave wholly before the start counts nothing", phdWithLeave(K::Sickness, "2025-06-01", "2025-07-31", 100),
        0);
    row("a leave on the last day of the period counts", phdWithLeave(K::Sickness, "2029-07-31", "2029-07-31", 100), 1);
    row("a leave that begins the day after the end counts nothing",
        phdWithLeave(K::Sickness, "2029-08-01", "2029-08-20", 100), 0);
    row("a leave long after the end counts nothing", phdWithLeave(K::Parental, "2030-03-01", "2030-03-31", 100), 0);
    row("other leave extends nothing", phdWithLeave(K::Other, "2026-01-05", "2026-01-18", 100), 0);
    row("other leave on top of graded sickness adds nothing",
        CaseBuilder::phd()
            .leave(K::Sickness, "2026-03-02", "2026-03-05", 50)
            .leave(K::Other, "2026-03-02", "2026-03-05", 100)
            .build(),
        2);
    row("leave across a leap day counts the leap day", phdWithLeave(K::Sickness, "2028-02-28", "2028-03-01", 100), 3);
}

void TestPeriodCalculator::leaveWeighting()
{
    checkPeriodRow();
}

// C-LEAVE-CAP, § 7.3: leave for a temporary position or a fellowship abroad extends by at most 183 weighed
// days, used up in date order from the start; the day is then capped at 100 % with all other leave.
void TestPeriodCalculator::sixMonthCap_data()
{
    addPeriodColumns();
    using K = LeaveKind;
    const auto row = [](const char* name, const CaseBuilder& b, int leave) { phdLeaveRow(name, b.build(), leave); };
    row("183 days abroad extend by 183", CaseBuilder::phd().leave(K::FellowshipAbroad, "2026-01-01", "2026-07-02"),
        183);
    row("184 days abroad extend by 183, not 184",
        CaseBuilder::phd().leave(K::FellowshipAbroad, "2026-01-01", "2026-07-03"), 183);
    row("two years abroad extend by 183, not 731",
        CaseBuilder::phd().leave(K::FellowshipAbroad, "2026-01-01", "2027-12-31"), 183);
    row("a year in a temporary position at 50 % weighs 182.5 and gives 183",
        CaseBuilder::phd().leave(K::TemporaryPosition, "2026-01-01", "2026-12-31", 50), 183);
    row("two years at 50 % are capped at 183",
        CaseBuilder::phd().leave(K::TemporaryPosition, "2026-01-01", "2027-12-31", 50), 183);
    row("the two kinds share the six months",
        CaseBuilder::phd()
            .leave(K::TemporaryPosition, "2026-01-01", "2026-04-10")
            .leave(K::FellowshipAbroad, "2026-09-01", "2026-12-31"),
        183);
    row("sick leave after the six months counts in full",
        CaseBuilder::phd()
            .leave(K::FellowshipAbroad, "2026-01-01", "2026-12-31")
            .leave(K::Sickness, "2027-03-01", "2027-03-14"),
        197);
    row("sick leave on days abroad beyond the six months counts",
        CaseBuilder::phd()
            .leave(K::FellowshipAbroad, "2026-01-01", "2026-12-31")
            .leave(K::Sickness, "2026-10-01", "2026-10-14"),
        197);
    row("sick leave on days abroad within the six months fills the day to 100 % only",
        CaseBuilder::phd()
            .leave(K::FellowshipAbroad, "2026-01-01", "2026-01-10", 60)
            .leave(K::Sickness, "2026-01-01", "2026-01-10", 60),
        10);
    // 500 days at 40 %: 457 whole days (182.8) and a fifth of the 458th reach 183; then half a day of sickness.
    row("the last day of the six months counts in part",
        CaseBuilder::phd()
            .leave(K::FellowshipAbroad, "2026-01-01", "2027-05-15", 40)
            .leave(K::Sickness, "2027-06-01", "2027-06-01", 50),
        184);
}

void TestPeriodCalculator::sixMonthCap()
{
    checkPeriodRow();
}

// LEAVE-DECISION, § 7.3: leave of the kinds the dean decides extends once approved; statutory leave always does.
void TestPeriodCalculator::leaveDecision_data()
{
    addPeriodColumns();
    using K = LeaveKind;
    using S = DecisionStatus;
    const auto row = [](const char* name, const CaseBuilder& b, int leave) { phdLeaveRow(name, b.build(), leave); };
    row("an approved fellowship abroad extends",
        CaseBuilder::phd().decidedLeave(K::FellowshipAbroad, "2026-02-01", "2026-02-28", S::Approved), 28);
    row("a proposed fellowship abroad does not extend yet",
        CaseBuilder::phd().decidedLeave(K::FellowshipAbroad, "2026-02-01", "2026-02-28", S::Proposed), 0);
    row("a rejected temporary position does not extend",
        CaseBuilder::phd().decidedLeave(K::TemporaryPosition, "2026-02-01", "2026-02-28", S::Rejected), 0);
    row("approved other leave still gives no extension",
        CaseBuilder::phd().decidedLeave(K::Other, "2026-02-01", "2026-02-28", S::Approved), 0);
    row("a proposed leave leaves the six months to the approved one after it",
        CaseBuilder::phd()
            .decidedLeave(K::FellowshipAbroad, "2026-01-01", "2026-12-31", S::Proposed)
            .decidedLeave(K::TemporaryPosition, "2027-01-01", "2027-03-31", S::Approved),
        90);
}

void TestPeriodCalculator::leaveDecision()
{
    checkPeriodRow();
}

// Explanations that add up: the days counted per leave (what each leave's explanation line states) sum to the
// leave extension before it is rounded up, for 100,000 generated cases with overlapping leave of every kind.
void TestPeriodCalculator::countedDaysAddUpForAnyCase()
{
    testing::CaseGenerator generator(20261206);
    int withOverlapOrCap = 0;
    for (int i = 0; i < 100000; ++i) {
        const Case c = generator.next();
        const Period period = PeriodCalculator::compute(c);
        const QList<double> counted = PeriodCalculator::countedLeaveDays(c, period);
        QCOMPARE(counted.size(), c.leaves.size());
        qint64 percentDays = 0;
        double own = 0;
        for (qsizetype k = 0; k < counted.size(); ++k) {
            QVERIFY(counted.at(k) >= 0);
            percentDays += std::llround(counted.at(k) * 100.0);
            const Leave& leave = c.leaves.at(k);
            if (leaveExtends(leave) && period.end.isValid()) {
                const QDate from = std::max(leave.from, period.start);
                const QDate to = std::min(leave.to, period.end);
                if (from <= to)
                    own += conventions::inclusiveDays(from, to) * leave.percent / 100.0;
            } else {
                QCOMPARE(counted.at(k), 0.0);
            }
        }
        if (own > static_cast<double>(percentDays) / 100.0 + 1e-9)
            ++withOverlapOrCap;
        if ((percentDays + 99) / 100 != period.leaveExtensionDays) {
            QFAIL(qPrintable(QStringLiteral("case %1: the leaves count %2 percent-days, but the extension is %3 days")
                                 .arg(i)
                                 .arg(percentDays)
                                 .arg(period.leaveExtensionDays)));
        }
    }
    // The sample must hold cases where the caps matter, or it proves little.
    QVERIFY2(withOverlapOrCap > 100, qPrintable(QString::number(withOverlapOrCap)));
}

// LEAVE-EXT, § 7.1, § 7.3: seven kinds extend, `other` does not.
void TestPeriodCalculator::extendingLeaveKinds_data()
{
    QTest::addColumn<LeaveKind>("kind");
    QTest::addColumn<bool>("extends");

    QTest::newRow("sickness extends") << LeaveKind::Sickness << true;
    QTest::newRow("parental leave extends") << LeaveKind::Parental << true;
    QTest::newRow("care leave extends") << LeaveKind::Care << true;
    QTest::newRow("other statutory leave extends") << LeaveKind::StatutoryOther << true;
    QTest::newRow("contractual leave extends") << LeaveKind::Contractual << true;
    QTest::newRow("leave for a temporary position extends") << LeaveKind::TemporaryPosition << true;
    QTest::newRow("leave for a fellowship abroad extends") << LeaveKind::FellowshipAbroad << true;
    QTest::newRow("other leave does not extend") << LeaveKind::Other << false;
}

void TestPeriodCalculator::extendingLeaveKinds()
{
    QFETCH(LeaveKind, kind);
    QFETCH(bool, extends);
    QCOMPARE(leaveExtends(kind), extends);

    // Full time and graded: 14 days at 100 % and 5 days at 50 %.
    const int days = extends ? 14 + 3 : 0;
    const Case c = CaseBuilder::phd()
                       .leave(kind, "2026-01-05", "2026-01-18", 100)
                       .leave(kind, "2026-09-07", "2026-09-11", 50)
                       .build();
    checkPeriod(c, expect(phdNominalEnd, days, 0, 0, phdNominalEnd.addDays(days), phdFrame.addDays(days)));
}

// C-FIXPOINT: leave is counted up to the end it produces, so leave in the extension also extends.
void TestPeriodCalculator::fixpoint_data()
{
    addPeriodColumns();
    using K = LeaveKind;
    auto row = [](const char* name, const CaseBuilder& b, int leave, int granted = 0, int pending = 0) {
        QTest::newRow(name) << b.build()
                            << expect(postdocNominalEnd, leave, granted, pending,
                                      postdocNominalEnd.addDays(leave + granted),
                                      postdocFrame.addDays(leave + granted));
    };

    // rules.md F.2, pass by pass: up to the nominal end the leave counts 31 days (end 2028-01-31);
    // up to 2028-01-31 it counts 62 (end 2028-03-02); up to 2028-03-02 still 62.
    row("the first pass of F.2 alone: the leave up to the nominal end gives 31 days",
        postdoc36().leave(K::Parental, "2027-12-01", "2027-12-31", 100), 31);
    row("parental leave across the end counts 31, then 62 days (F.2)",
        postdoc36().leave(K::Parental, "2027-12-01", "2028-01-31", 100), 62);
    row("parental leave in the extension also extends",
        postdoc36()
            .leave(K::Sickness, "2027-12-01", "2027-12-31", 100)
            .leave(K::Parental, "2028-01-10", "2028-01-20", 100),
        42);
    row("a chain of leaves, each beginning in the extension of the one before, all extend",
        postdoc36()
            .leave(K::Sickness, "2027-12-22", "2027-12-31", 100)
            .leave(K::Parental, "2028-01-06", "2028-01-15", 100)
            .leave(K::Care, "2028-01-18", "2028-01-27", 100),
        30);
    row("leave beginning the day after the extended end does not extend",
        postdoc36()
            .leave(K::Sickness, "2027-12-22", "2027-12-31", 100)
            .leave(K::Parental, "2028-01-11", "2028-01-20", 100),
        10);
    row("a full leave from the last day on is counted in full",
        postdoc36().leave(K::Sickness, "2027-12-31", "2028-04-09", 100), 101);
    row("a graded leave across the end stops where the rounded count catches up",
        postdoc36().leave(K::Sickness, "2027-12-22", "2028-04-09", 50), 10);
    row("leave in an approved extension also extends",
        postdoc36().extension(ExtensionKind::ElectedOffice, 14).leave(K::Sickness, "2028-01-05", "2028-01-09", 100), 5,
        14);
    row("leave in a proposed extension does not extend",
        postdoc36()
            .extension(ExtensionKind::ElectedOffice, 14, DecisionStatus::Proposed)
            .leave(K::Sickness, "2028-01-05", "2028-01-09", 100),
        0, 0, 14);
    row("other leave in the extension does not extend",
        postdoc36()
            .leave(K::Parental, "2027-12-01", "2027-12-31", 100)
            .leave(K::Other, "2028-01-01", "2028-01-31", 100),
        31);
}

void TestPeriodCalculator::fixpoint()
{
    QFETCH(Case, input);
    QFETCH(Period, expected);
    checkPeriod(input, expected);

    // The end is a fixed point: the extending leave up to the end, rounded up, is the leave extension.
    const Period p = PeriodCalculator::compute(input);
    int percentDays = 0;
    for (QDate d = p.start; d <= p.end; d = d.addDays(1)) {
        int weight = 0;
        for (const Leave& l : input.leaves) {
            if (leaveExtends(l.kind) && l.from <= d && d <= l.to)
                weight += l.percent;
        }
        percentDays += std::min(weight, 100);
    }
    QCOMPARE(p.leaveExtensionDays, (percentDays + 99) / 100);
}

// C-GRANTS: approved days move the end, proposed days are pending, rejected ones are ignored.
void TestPeriodCalculator::grants_data()
{
    addPeriodColumns();
    using E = ExtensionKind;
    using S = DecisionStatus;
    auto row = [](const char* name, const CaseBuilder& b, int granted, int pending, int frameDays) {
        QTest::newRow(name) << b.build()
                            << expect(phdNominalEnd, 0, granted, pending, phdNominalEnd.addDays(granted),
                                      phdFrame.addDays(frameDays));
    };

    row("no extension leaves the nominal end", CaseBuilder::phd(), 0, 0, 0);
    row("an approved extension moves the end", CaseBuilder::phd().extension(E::UnforeseenObstacle, 30), 30, 0, 30);
    row("a proposed extension is only pending", CaseBuilder::phd().extension(E::UnforeseenObstacle, 30, S::Proposed), 0,
        30, 0);
    row("a rejected extension is ignored", CaseBuilder::phd().extension(E::UnforeseenObstacle, 30, S::Rejected), 0, 0,
        0);
    row("approved extensions of several kinds add up",
        CaseBuilder::phd().extension(E::ElectedOffice, 14).extension(E::DionSinChair, 28).extension(E::BoardFee, 10),
        52, 0, 52);
    row("approved, proposed and rejected extensions are summed apart",
        CaseBuilder::phd()
            .extension(E::ElectedOffice, 14)
            .extension(E::PhdHealth, 60, S::Proposed)
            .extension(E::BoardFee, 7, S::Rejected)
            .extension(E::UnforeseenObstacle, 20)
            .extension(E::ElectedOffice, 5, S::Proposed),
        34, 65, 34);
    row("approved duty increase and Norwegian training move the end but not the frame",
        CaseBuilder::phd().extension(E::DutyIncrease, 30).extension(E::NorwegianTraining, 70), 100, 0, 0);
    row("a proposed duty increase is pending", CaseBuilder::phd().extension(E::DutyIncrease, 30, S::Proposed), 0, 30,
        0);
}

void TestPeriodCalculator::grants()
{
    checkPeriodRow();
}

// C-FRAME: frameEnd = periodEnd(start, frameMonths) + leave + approved days except duty_increase and
// norwegian_training; null for tenure_track_postdoc and dual_competence.
void TestPeriodCalculator::frameEnd_data()
{
    addPeriodColumns();
    using K = LeaveKind;
    using E = ExtensionKind;

    QTest::newRow("a PhD fellow's frame is 48 months from the start")
        << CaseBuilder::phd().build() << expect(phdNominalEnd, 0, 0, 0, phdNominalEnd, date("2029-07-31"));
    QTest::newRow("a shorter PhD period still has a frame of 48 months")
        << CaseBuilder::phd().months(36).build()
        << expect(date("2028-07-31"), 0, 0, 0, date("2028-07-31"), date("2029-07-31"));
    QTest::newRow("a PhD fellow at 60 % has a frame of 80 months")
        << CaseBuilder::phd().start(2025, 9, 1).months(80).fte(60).build()
        << expect(date("2032-04-30"), 0, 0, 0, date("2032-04-30"), date("2032-04-30"));
    QTest::newRow("a PhD fellow at 60 % for 60 months has a frame of 80 months")
        << CaseBuilder::phd().start(2025, 9, 1).months(60).fte(60).build()
        << expect(date("2030-08-31"), 0, 0, 0, date("2030-08-31"), date("2032-04-30"));
    QTest::newRow("a postdoc's frame counts from the start, not from the end")
        << postdoc36().build() << expect(postdocNominalEnd, 0, 0, 0, postdocNominalEnd, date("2028-12-31"));
    QTest::newRow("a postdoc at 75 % has a frame of 64 months")
        << CaseBuilder::postdoc().start(2025, 1, 1).months(48).fte(75).build()
        << expect(date("2028-12-31"), 0, 0, 0, date("2028-12-31"), date("2030-04-30"));
    QTest::newRow("a research assistant's frame is 24 months")
        << CaseBuilder::researchAssistant().start(2025, 3, 1).months(20).build()
        << expect(date("2026-10-31"), 0, 0, 0, date("2026-10-31"), date("2027-02-28"));
    QTest::newRow("a research assistant at 10 hours a week has a frame of 90 months")
        << CaseBuilder::researchAssistant().months(12).hoursPerWeek(10).build()
        << expect(date("2026-07-31"), 0, 0, 0, date("2026-07-31"), date("2033-01-31"));
    QTest::newRow("leave extends the frame by the leave extension")
        << CaseBuilder::phd().leave(K::Sickness, "2026-01-05", "2026-01-18", 100).build()
        << expect(phdNominalEnd, 14, 0, 0, date("2029-08-14"), date("2029-08-14"));
    QTest::newRow("leave across the end extends the frame by all of the leave extension")
        << postdoc36().leave(K::Parental, "2027-12-01", "2028-01-31", 100).build()
        << expect(postdocNominalEnd, 62, 0, 0, date("2028-03-02"), date("2029-03-03"));
    QTest::newRow("other leave does not extend the frame")
        << CaseBuilder::phd().leave(K::Other, "2026-01-05", "2026-01-18", 100).build()
        << expect(phdNominalEnd, 0, 0, 0, phdNominalEnd, phdFrame);
    QTest::newRow("a proposed extension does not extend the frame")
        << CaseBuilder::phd().extension(E::ElectedOffice, 14, DecisionStatus::Proposed).build()
        << expect(phdNominalEnd, 0, 0, 14, phdNominalEnd, phdFrame);
    QTest::newRow("a tenure-track postdoc has no frame")
        << CaseBuilder::tenureTrackPostdoc().build() << expect(date("2032-07-31"), 0, 0, 0, date("2032-07-31"), {});
    QTest::newRow("a tenure-track postdoc has no frame even with leave and extensions")
        << CaseBuilder::tenureTrackPostdoc()
               .leave(K::Sickness, "2026-01-05", "2026-01-18", 100)
               .extension(E::ElectedOffice, 14)
               .build()
        << expect(date("2032-07-31"), 14, 14, 0, date("2032-08-28"), {});
    QTest::newRow("a dual-competence PhD has no frame")
        << CaseBuilder::dualCompetence().build() << expect(phdNominalEnd, 0, 0, 0, phdNominalEnd, {});
    QTest::newRow("a dual-competence PhD at 60 % has no frame even with leave and extensions")
        << CaseBuilder::dualCompetence()
               .fte(60)
               .months(80)
               .leave(K::Parental, "2026-01-05", "2026-01-18", 100)
               .extension(E::UnforeseenObstacle, 10)
               .build()
        << expect(date("2032-03-31"), 14, 10, 0, date("2032-04-24"), {});
}

void TestPeriodCalculator::frameEnd()
{
    checkPeriodRow();
}

// C-FRAME: approved days of every extension kind count in the frame, except duty_increase and
// norwegian_training; C-GRANTS: every approved kind moves the end.
void TestPeriodCalculator::frameExtensionKinds_data()
{
    QTest::addColumn<ExtensionKind>("kind");
    QTest::addColumn<bool>("inFrame");

    QTest::newRow("elected office extends the frame") << ExtensionKind::ElectedOffice << true;
    QTest::newRow("a DION/SiN member extends the frame") << ExtensionKind::DionSinMember << true;
    QTest::newRow("a DION/SiN chair extends the frame") << ExtensionKind::DionSinChair << true;
    QTest::newRow("a board fee extends the frame") << ExtensionKind::BoardFee << true;
    QTest::newRow("an unforeseen obstacle extends the frame") << ExtensionKind::UnforeseenObstacle << true;
    QTest::newRow("a PhD health extension extends the frame") << ExtensionKind::PhdHealth << true;
    QTest::newRow("a duty increase does not extend the frame") << ExtensionKind::DutyIncrease << false;
    QTest::newRow("Norwegian training does not extend the frame") << ExtensionKind::NorwegianTraining << false;
}

void TestPeriodCalculator::frameExtensionKinds()
{
    QFETCH(ExtensionKind, kind);
    QFETCH(bool, inFrame);
    const Case c = CaseBuilder::phd().extension(kind, 14).build();
    checkPeriod(c, expect(phdNominalEnd, 0, 14, 0, phdNominalEnd.addDays(14), phdFrame.addDays(inFrame ? 14 : 0)));
}

// rules.md, part F, exactly as written there.
void TestPeriodCalculator::workedExamples_data()
{
    addPeriodColumns();

    QTest::newRow("F.1: PhD with two weeks of sickness and 14 days for elected office ends 2029-08-28")
        << CaseBuilder::phd()
               .start(2025, 8, 1)
               .months(48)
               .fte(100)
               .duty(25)
               .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
               .extension(ExtensionKind::ElectedOffice, 14)
               .build()
        << expect(date("2029-07-31"), 14, 14, 0, date("2029-08-28"), date("2029-08-28"));
    QTest::newRow("F.2: postdoc with parental leave across the end ends 2028-03-02")
        << CaseBuilder::postdoc()
               .start(2025, 1, 1)
               .months(36)
               .leave(LeaveKind::Parental, "2027-12-01", "2028-01-31", 100)
               .build()
        << expect(date("2027-12-31"), 62, 0, 0, date("2028-03-02"), date("2029-03-03"));
    QTest::newRow("F.3: sickness at 50 % and care at 60 % give three days")
        << CaseBuilder::phd()
               .start(2025, 8, 15)
               .months(36)
               .duty(0)
               .leave(LeaveKind::Sickness, "2026-03-02", "2026-03-04", 50)
               .leave(LeaveKind::Care, "2026-03-03", "2026-03-04", 60)
               .build()
        << expect(date("2028-08-14"), 3, 0, 0, date("2028-08-17"), date("2029-08-17"));
}

void TestPeriodCalculator::workedExamples()
{
    checkPeriodRow();
}

// F.1 also gives doctoralWorkFteMonths 36 and no EXT-FRAME.
void TestPeriodCalculator::firstWorkedExampleEvaluates()
{
    const Case c = CaseBuilder::phd()
                       .start(2025, 8, 1)
                       .months(48)
                       .duty(25)
                       .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
                       .extension(ExtensionKind::ElectedOffice, 14)
                       .build();
    EvaluationContext context;
    context.today = QDate(2026, 11, 23);
    const Evaluation e = Evaluator::evaluate(c, context);
    QCOMPARE(e.period, PeriodCalculator::compute(c));
    QVERIFY(e.doctoralWorkFteMonths.has_value());
    QVERIFY(std::abs(*e.doctoralWorkFteMonths - 36.0) < 1e-9);
    for (const Finding& f : e.findings)
        QVERIFY2(qstrcmp(f.rule, "EXT-FRAME") != 0, "F.1 must not break the frame");
}

// F.3 says "any case": the same two leaves give three days whatever the position.
void TestPeriodCalculator::thirdWorkedExampleHoldsForAnyCase_data()
{
    QTest::addColumn<PositionType>("type");

    QTest::newRow("for a PhD fellow") << PositionType::PhdFellow;
    QTest::newRow("for an integrated PhD") << PositionType::IntegratedPhd;
    QTest::newRow("for a dual-competence PhD") << PositionType::DualCompetence;
    QTest::newRow("for a postdoc") << PositionType::Postdoc;
    QTest::newRow("for an MSCA postdoc") << PositionType::MscaPostdoc;
    QTest::newRow("for a tenure-track postdoc") << PositionType::TenureTrackPostdoc;
    QTest::newRow("for a resident") << PositionType::Resident;
    QTest::newRow("for a research assistant") << PositionType::ResearchAssistant;
}

void TestPeriodCalculator::thirdWorkedExampleHoldsForAnyCase()
{
    QFETCH(PositionType, type);
    const Case c = CaseBuilder::of(type)
                       .leave(LeaveKind::Sickness, "2026-03-02", "2026-03-04", 50)
                       .leave(LeaveKind::Care, "2026-03-03", "2026-03-04", 60)
                       .build();
    const Period p = PeriodCalculator::compute(c);
    QCOMPARE(p.leaveExtensionDays, 3);
    QCOMPARE(p.end, conventions::periodEnd(c.appointment.start, c.appointment.lengthMonths).addDays(3));
}

// F.2 names its passes: up to 2027-12-31 the leave gives 31 days (end 2028-01-31), up to 2028-01-31 it
// gives 62 (end 2028-03-02), and the third pass is stable. The explanation shows each step that moves
// the end; matched on its dates and numbers, not its wording.
void TestPeriodCalculator::secondWorkedExampleExplainsItsPasses()
{
    const Case c = postdoc36().leave(LeaveKind::Parental, "2027-12-01", "2028-01-31", 100).build();
    QList<Message> lines;
    PeriodCalculator::compute(c, &lines);

    static const QRegularExpression proseDate(QStringLiteral("\\d{2}/\\d{2}/\\d{4}")); // English prose: DD/MM/YYYY
    auto findStep = [&](const QStringList& dates, const QString& days) -> qsizetype {
        const QRegularExpression number(QStringLiteral("(^|[^\\d.])") + days + QStringLiteral("([^\\d.]|$)"));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString text = lines.at(i).render(Language::English);
            QStringList found;
            for (const QRegularExpressionMatch& m : proseDate.globalMatch(text))
                found.append(m.captured());
            text.replace(proseDate, QStringLiteral("DATE"));
            if (found == dates && number.match(text).hasMatch())
                return i;
        }
        return -1;
    };
    const qsizetype first
        = findStep({QStringLiteral("31/12/2027"), QStringLiteral("31/01/2028")}, QStringLiteral("31"));
    const qsizetype second
        = findStep({QStringLiteral("31/01/2028"), QStringLiteral("02/03/2028")}, QStringLiteral("62"));
    QVERIFY2(first >= 0, "no step: leave up to 2027-12-31 gives 31 days, end 2028-01-31");
    QVERIFY2(second >= 0, "no step: leave up to 2028-01-31 gives 62 days, end 2028-03-02");
    QVERIFY(first < second);
}

// Every step is explained, in both languages, with its section.
void TestPeriodCalculator::explanation_data()
{
    QTest::addColumn<Case>("input");

    QTest::newRow("a case without leave or extension is explained") << CaseBuilder::phd().build();
    QTest::newRow("F.1 is explained") << CaseBuilder::phd()
                                             .leave(LeaveKind::Sickness, "2026-01-05", "2026-01-18", 100)
                                             .extension(ExtensionKind::ElectedOffice, 14)
                                             .build();
    QTest::newRow("F.2, with leave in the extension, is explained")
        << postdoc36().leave(LeaveKind::Parental, "2027-12-01", "2028-01-31", 100).build();
    QTest::newRow("F.3, with graded overlapping leave, is explained")
        << CaseBuilder::phd()
               .leave(LeaveKind::Sickness, "2026-03-02", "2026-03-04", 50)
               .leave(LeaveKind::Care, "2026-03-03", "2026-03-04", 60)
               .build();
    QTest::newRow("extensions of every status are explained")
        << CaseBuilder::phd()
               .extension(ExtensionKind::ElectedOffice, 14)
               .extension(ExtensionKind::PhdHealth, 30, DecisionStatus::Proposed)
               .extension(ExtensionKind::BoardFee, 7, DecisionStatus::Rejected)
               .extension(ExtensionKind::DutyIncrease, 20)
               .build();
    QTest::newRow("leave outside the period and other leave are explained")
        << CaseBuilder::phd()
               .leave(LeaveKind::Sickness, "2025-07-01", "2025-08-10", 100)
               .leave(LeaveKind::Other, "2026-01-05", "2026-01-18", 100)
               .build();
    QTest::newRow("a case without a frame is explained") << CaseBuilder::tenureTrackPostdoc().build();
    QTest::newRow("a research assistant by the hour is explained")
        << CaseBuilder::researchAssistant().hoursPerWeek(10).build();
}

void TestPeriodCalculator::explanation()
{
    QFETCH(Case, input);
    QList<Message> lines;
    const Period withLines = PeriodCalculator::compute(input, &lines);
    QCOMPARE(withLines, PeriodCalculator::compute(input));
    QVERIFY(!lines.isEmpty());

    static const QRegularExpression unfilled(QStringLiteral("%[0-9n]"));
    for (const Message& line : lines) {
        QVERIFY(!line.isNull());
        for (const Language language : {Language::English, Language::Bokmal}) {
            const QString text = line.render(language);
            QVERIFY2(!text.trimmed().isEmpty(), line.source());
            QVERIFY2(text.contains(u'§'), qPrintable(text));
            QVERIFY2(!unfilled.match(text).hasMatch(), qPrintable(text));
        }
    }
}

// The explanation is not just English source text: plural forms are resolved (rekrutt_en.ts) and
// every line has its Bokmål translation (rekrutt_nb.ts).
void TestPeriodCalculator::explanationIsTranslated_data()
{
    explanation_data();
}

void TestPeriodCalculator::explanationIsTranslated()
{
    QFETCH(Case, input);
    QList<Message> lines;
    PeriodCalculator::compute(input, &lines);
    for (const Message& line : std::as_const(lines)) {
        const QString english = line.render(Language::English);
        const QString bokmal = line.render(Language::Bokmal);
        QVERIFY2(!english.contains(QLatin1StringView("(s)")),
                 qPrintable(QStringLiteral("plural form not resolved: ") + english));
        QVERIFY2(bokmal != english, qPrintable(QStringLiteral("not translated into Bokmål: ") + english));
    }
}

QTEST_GUILESS_MAIN(TestPeriodCalculator)
#include "TestPeriodCalculator.moc"
