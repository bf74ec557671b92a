#include "core/rules/Conventions.h"
#include "tests/common/CaseBuilder.h"

#include <QTest>

#include <cmath>

using namespace rekrutt;
using rekrutt::testing::date;

/**
 * The date and number conventions of rules.md, part A, one table per convention: C-MONTHS, C-END,
 * C-DATE, C-SPAN, C-FTE, C-FRAME (the frame in months) and the default rule set of TRANS-2006.
 */
class TestConventions : public QObject
{
    Q_OBJECT

private slots:
    void addMonths_data();
    void addMonths();
    void periodEnd_data();
    void periodEnd();
    void inclusiveDays_data();
    void inclusiveDays();
    void spanMonths_data();
    void spanMonths();
    void fteShare_data();
    void fteShare();
    void frameMonths_data();
    void frameMonths();
    void defaultRuleSet_data();
    void defaultRuleSet();
    void explicitRuleSetIsUsedAsGiven_data();
    void explicitRuleSetIsUsedAsGiven();
};

namespace {

/** A research assistant appointment paid by the hour. */
Appointment hourly(double hoursPerWeek)
{
    Appointment a;
    a.type = PositionType::ResearchAssistant;
    a.hoursPerWeek = hoursPerWeek;
    return a;
}

Appointment withFte(PositionType type, double ftePercent)
{
    Appointment a;
    a.type = type;
    a.ftePercent = ftePercent;
    return a;
}

Appointment withDates(const char* announcement, const char* decision)
{
    Appointment a;
    a.announcementDate = announcement ? date(announcement) : QDate();
    a.decisionDate = decision ? date(decision) : QDate();
    return a;
}

} // namespace

// C-MONTHS: the same day-number N months later, or that month's last day.
void TestConventions::addMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("2025-08-31 plus 3 months is 2025-11-30") << date("2025-08-31") << 3 << date("2025-11-30");
    QTest::newRow("2023-11-30 plus 3 months is 2024-02-29 in a leap year")
        << date("2023-11-30") << 3 << date("2024-02-29");
    QTest::newRow("a day that exists in the target month is kept") << date("2025-05-15") << 3 << date("2025-08-15");
    QTest::newRow("the first of a month stays the first") << date("2025-08-01") << 3 << date("2025-11-01");
    QTest::newRow("2024-01-31 plus 1 month is leap day") << date("2024-01-31") << 1 << date("2024-02-29");
    QTest::newRow("2025-01-31 plus 1 month is 2025-02-28") << date("2025-01-31") << 1 << date("2025-02-28");
    QTest::newRow("2025-01-29 plus 1 month clamps in a common year") << date("2025-01-29") << 1 << date("2025-02-28");
    QTest::newRow("2024-01-29 plus 1 month exists in a leap year") << date("2024-01-29") << 1 << date("2024-02-29");
    QTest::newRow("leap day plus 12 months is 2025-02-28") << date("2024-02-29") << 12 << date("2025-02-28");
    QTest::newRow("leap day plus 48 months is the next leap day") << date("2024-02-29") << 48 << date("2028-02-29");
    QTest::newRow("2025-03-31 plus 6 months is 2025-09-30") << date("2025-03-31") << 6 << date("2025-09-30");
    QTest::newRow("2025-11-30 plus 3 months crosses the year") << date("2025-11-30") << 3 << date("2026-02-28");
    QTest::newRow("2025-12-31 plus 2 months is 2026-02-28") << date("2025-12-31") << 2 << date("2026-02-28");
    QTest::newRow("a clamped result is not carried on: 2025-01-31 plus 2 months is 2025-03-31")
        << date("2025-01-31") << 2 << date("2025-03-31");
    QTest::newRow("twelve months a year later") << date("2025-08-01") << 12 << date("2026-08-01");
    QTest::newRow("zero months is the same day") << date("2025-08-31") << 0 << date("2025-08-31");
}

void TestConventions::addMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(conventions::addMonths(from, months), expected);
}

// C-END: the day before the same day-number N months later, or that month's last day.
void TestConventions::periodEnd_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    // The four examples of rules.md, C-END.
    QTest::newRow("48 months from 2025-08-01 end 2029-07-31") << date("2025-08-01") << 48 << date("2029-07-31");
    QTest::newRow("36 months from leap day end 2027-02-28") << date("2024-02-29") << 36 << date("2027-02-28");
    QTest::newRow("30 months from 2024-08-31 end 2027-02-28") << date("2024-08-31") << 30 << date("2027-02-28");
    QTest::newRow("one month from 2025-01-31 ends 2025-02-28") << date("2025-01-31") << 1 << date("2025-02-28");

    // Ordinary starts.
    QTest::newRow("36 months from 2025-01-01 end 2027-12-31") << date("2025-01-01") << 36 << date("2027-12-31");
    QTest::newRow("36 months from 2025-08-15 end 2028-08-14") << date("2025-08-15") << 36 << date("2028-08-14");
    QTest::newRow("20 months from 2025-03-01 end 2026-10-31") << date("2025-03-01") << 20 << date("2026-10-31");
    QTest::newRow("80 months from 2025-09-01 end 2032-04-30") << date("2025-09-01") << 80 << date("2032-04-30");
    QTest::newRow("one month from 2025-02-01 ends on the last of February")
        << date("2025-02-01") << 1 << date("2025-02-28");
    QTest::newRow("one month from 2024-02-01 ends on leap day") << date("2024-02-01") << 1 << date("2024-02-29");
    QTest::newRow("12 months from 2025-01-01 end on new year's eve") << date("2025-01-01") << 12 << date("2025-12-31");

    // Month ends: the target month lacks the day-number, so the period ends on its last day.
    QTest::newRow("one month from 2025-03-31 ends 2025-04-30") << date("2025-03-31") << 1 << date("2025-04-30");
    QTest::newRow("one month from 2025-10-31 ends 2025-11-30") << date("2025-10-31") << 1 << date("2025-11-30");
    QTest::newRow("one month from 2025-01-30 ends 2025-02-28") << date("2025-01-30") << 1 << date("2025-02-28");
    QTest::newRow("one month from 2025-01-29 ends 2025-02-28") << date("2025-01-29") << 1 << date("2025-02-28");
    QTest::newRow("two months from 2025-12-31 end 2026-02-28") << date("2025-12-31") << 2 << date("2026-02-28");
    QTest::newRow("30 months from 2025-08-31 end on leap day 2028-02-29")
        << date("2025-08-31") << 30 << date("2028-02-29");
    // The target month has the day-number: the day before it.
    QTest::newRow("one month from 2025-01-28 ends 2025-02-27") << date("2025-01-28") << 1 << date("2025-02-27");
    QTest::newRow("one month from 2024-01-30 ends on leap day") << date("2024-01-30") << 1 << date("2024-02-29");
    QTest::newRow("one month from 2024-01-29 ends 2024-02-28 in a leap year")
        << date("2024-01-29") << 1 << date("2024-02-28");
    QTest::newRow("one month from 2025-11-30 ends 2025-12-29") << date("2025-11-30") << 1 << date("2025-12-29");
    QTest::newRow("one month from 2025-04-30 ends 2025-05-29") << date("2025-04-30") << 1 << date("2025-05-29");

    // Leap days.
    QTest::newRow("12 months from leap day end 2025-02-28") << date("2024-02-29") << 12 << date("2025-02-28");
    QTest::newRow("48 months from leap day end 2028-02-28") << date("2024-02-29") << 48 << date("2028-02-28");
    QTest::newRow("12 months from 2023-02-28 end 2024-02-27") << date("2023-02-28") << 12 << date("2024-02-27");
    QTest::newRow("12 months from 2024-03-01 end 2025-02-28") << date("2024-03-01") << 12 << date("2025-02-28");
    QTest::newRow("12 months from 2023-03-01 end on leap day 2024-02-29")
        << date("2023-03-01") << 12 << date("2024-02-29");
}

void TestConventions::periodEnd()
{
    QFETCH(QDate, start);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(conventions::periodEnd(start, months), expected);
}

// C-DATE: both ends included.
void TestConventions::inclusiveDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("2026-01-05 to 2026-01-05 is one day") << date("2026-01-05") << date("2026-01-05") << qint64(1);
    QTest::newRow("2026-01-05 to 2026-01-18 is two weeks") << date("2026-01-05") << date("2026-01-18") << qint64(14);
    QTest::newRow("December and January together are 62 days")
        << date("2027-12-01") << date("2028-01-31") << qint64(62);
    QTest::newRow("across a leap day 2024-02-28 to 2024-03-01 is three days")
        << date("2024-02-28") << date("2024-03-01") << qint64(3);
    QTest::newRow("2025-02-28 to 2025-03-01 is two days") << date("2025-02-28") << date("2025-03-01") << qint64(2);
    QTest::newRow("the leap year 2024 has 366 days") << date("2024-01-01") << date("2024-12-31") << qint64(366);
    QTest::newRow("the year 2025 has 365 days") << date("2025-01-01") << date("2025-12-31") << qint64(365);
    QTest::newRow("across new year") << date("2025-12-31") << date("2026-01-01") << qint64(2);
    QTest::newRow("a range ending before it begins has no days")
        << date("2026-01-05") << date("2026-01-04") << qint64(0);
}

void TestConventions::inclusiveDays()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, expected);
    QCOMPARE(conventions::inclusiveDays(from, to), expected);
}

// C-SPAN: whole months by addMonths up to the day after `to`, then the remaining days / 30.
void TestConventions::spanMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<double>("expected");

    QTest::newRow("a calendar year is 12 months") << date("2024-01-01") << date("2024-12-31") << 12.0;
    QTest::newRow("January to June is 6 months") << date("2024-01-01") << date("2024-06-30") << 6.0;
    QTest::newRow("February of a leap year is one month") << date("2024-02-01") << date("2024-02-29") << 1.0;
    QTest::newRow("February of a common year is one month") << date("2025-02-01") << date("2025-02-28") << 1.0;
    QTest::newRow("mid-month to the day before mid-month is whole") << date("2025-01-15") << date("2025-04-14") << 3.0;
    QTest::newRow("a one-day span is 1/30 month") << date("2025-03-10") << date("2025-03-10") << 1.0 / 30;
    QTest::newRow("fifteen days are half a month") << date("2025-01-01") << date("2025-01-15") << 0.5;
    QTest::newRow("a month and fifteen days are 1.5 months") << date("2025-01-01") << date("2025-02-15") << 1.5;
    QTest::newRow("two months and six days are 2.2 months") << date("2025-01-15") << date("2025-03-20") << 2.2;
    QTest::newRow("a 31-day January is one month, not 31/30") << date("2025-01-01") << date("2025-01-31") << 1.0;
    QTest::newRow("the first 30 days of January are 30/30, one month")
        << date("2025-01-01") << date("2025-01-30") << 1.0;
    QTest::newRow("29 days of January are 29/30") << date("2025-01-01") << date("2025-01-29") << 29.0 / 30;
    // Month-end starts: addMonths clamps, so a whole month can end early.
    QTest::newRow("2025-01-31 to 2025-02-27 is one whole month") << date("2025-01-31") << date("2025-02-27") << 1.0;
    QTest::newRow("2025-01-31 to 2025-02-26 is 27/30 of a month")
        << date("2025-01-31") << date("2025-02-26") << 27.0 / 30;
    QTest::newRow("2025-01-31 to 2025-03-30 is two months") << date("2025-01-31") << date("2025-03-30") << 2.0;
    QTest::newRow("2024-08-31 to 2024-11-29 is three months") << date("2024-08-31") << date("2024-11-29") << 3.0;
    QTest::newRow("a 30-month period from 2024-08-31 spans 30 months and one day")
        << date("2024-08-31") << date("2027-02-28") << 30.0 + 1.0 / 30;
    QTest::newRow("leap day to 2025-02-27 is twelve months") << date("2024-02-29") << date("2025-02-27") << 12.0;
    QTest::newRow("a 48-month period spans 48 months") << date("2025-08-01") << date("2029-07-31") << 48.0;
    QTest::newRow("a span ending before it begins is empty") << date("2025-03-10") << date("2025-03-09") << 0.0;
}

void TestConventions::spanMonths()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(double, expected);
    const double actual = conventions::spanMonths(from, to);
    QVERIFY2(std::abs(actual - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 ≠ %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

// C-FTE: ftePercent/100, or hoursPerWeek/37.5 for a research assistant paid by the hour.
void TestConventions::fteShare_data()
{
    QTest::addColumn<Appointment>("appointment");
    QTest::addColumn<int>("lengthMonths");
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("fteMonths");

    QTest::newRow("full time is 1") << withFte(PositionType::PhdFellow, 100) << 48 << 1.0 << 48.0;
    QTest::newRow("a PhD fellow at 60 % has share 0.6") << withFte(PositionType::PhdFellow, 60) << 80 << 0.6 << 48.0;
    QTest::newRow("a postdoc at 80 % has share 0.8") << withFte(PositionType::Postdoc, 80) << 45 << 0.8 << 36.0;
    QTest::newRow("a resident at 50 % has share 0.5") << withFte(PositionType::Resident, 50) << 48 << 0.5 << 24.0;
    QTest::newRow("a research assistant by percent at 40 %")
        << withFte(PositionType::ResearchAssistant, 40) << 12 << 0.4 << 4.8;
    QTest::newRow("37.5 hours a week is full time") << hourly(37.5) << 24 << 1.0 << 24.0;
    QTest::newRow("18.75 hours a week is half time") << hourly(18.75) << 24 << 0.5 << 12.0;
    QTest::newRow("15 hours a week is 0.4") << hourly(15) << 24 << 0.4 << 9.6;
    QTest::newRow("10 hours a week is 10/37.5") << hourly(10) << 24 << 10 / 37.5 << 6.4;
    {
        Appointment a = hourly(10);
        a.ftePercent = 100;
        QTest::newRow("an hourly research assistant's hours win over ftePercent") << a << 24 << 10 / 37.5 << 6.4;
    }
    {
        Appointment a = withFte(PositionType::PhdFellow, 100);
        a.hoursPerWeek = 10;
        QTest::newRow("hoursPerWeek does not count for a PhD fellow") << a << 48 << 1.0 << 48.0;
    }
}

void TestConventions::fteShare()
{
    QFETCH(Appointment, appointment);
    QFETCH(int, lengthMonths);
    QFETCH(double, share);
    QFETCH(double, fteMonths);
    appointment.lengthMonths = lengthMonths;
    QVERIFY2(std::abs(conventions::fteShare(appointment) - share) < 1e-12,
             qPrintable(QString::number(conventions::fteShare(appointment), 'g', 17)));
    QVERIFY2(std::abs(conventions::fteMonths(appointment) - fteMonths) < 1e-9,
             qPrintable(QString::number(conventions::fteMonths(appointment), 'g', 17)));
}

// C-FRAME: ceil(frame ÷ FTE share), computed exactly; no frame for tenure-track and dual competence.
void TestConventions::frameMonths_data()
{
    QTest::addColumn<Appointment>("appointment");
    QTest::addColumn<int>("frameFteMonths");
    QTest::addColumn<int>("frameMonths");

    QTest::newRow("a PhD fellow at 100 % has 48 months") << withFte(PositionType::PhdFellow, 100) << 48 << 48;
    QTest::newRow("a PhD fellow at 60 % has 80 months") << withFte(PositionType::PhdFellow, 60) << 48 << 80;
    QTest::newRow("a PhD fellow at 50 % has 96 months") << withFte(PositionType::PhdFellow, 50) << 48 << 96;
    QTest::newRow("a PhD fellow at 70 % has 69 months, rounded up from 68.57")
        << withFte(PositionType::PhdFellow, 70) << 48 << 69;
    QTest::newRow("a PhD fellow at 90 % has 54 months, rounded up from 53.33")
        << withFte(PositionType::PhdFellow, 90) << 48 << 54;
    QTest::newRow("an integrated PhD at 80 % has 60 months") << withFte(PositionType::IntegratedPhd, 80) << 48 << 60;
    QTest::newRow("a postdoc at 100 % has 48 months") << withFte(PositionType::Postdoc, 100) << 48 << 48;
    QTest::newRow("a postdoc at 75 % has 64 months") << withFte(PositionType::Postdoc, 75) << 48 << 64;
    QTest::newRow("an MSCA postdoc has 48 months") << withFte(PositionType::MscaPostdoc, 100) << 48 << 48;
    QTest::newRow("a resident has 48 months") << withFte(PositionType::Resident, 100) << 48 << 48;
    QTest::newRow("a postdoc at 1 %, the least FTE a case may have, has 4,800 months")
        << withFte(PositionType::Postdoc, 1) << 48 << 4800;
    // Not a valid case (validateCase refuses under 1 %), but one being typed: once a negative int from overflow.
    QTest::newRow("a share of 1e-10 % while typing stops at 12,000 months")
        << withFte(PositionType::Postdoc, 1e-10) << 48 << 12000;
    QTest::newRow("a share of 0 % while typing stops at 12,000 months")
        << withFte(PositionType::PhdFellow, 0) << 48 << 12000;
    QTest::newRow("a research assistant at half an hour a week has 1,800 months") << hourly(0.5) << 24 << 1800;
    QTest::newRow("a research assistant at 100 % has 24 months")
        << withFte(PositionType::ResearchAssistant, 100) << 24 << 24;
    QTest::newRow("a research assistant at 50 % has 48 months")
        << withFte(PositionType::ResearchAssistant, 50) << 24 << 48;
    QTest::newRow("24 months at 10 hours a week are exactly 90 months, not 91") << hourly(10) << 24 << 90;
    QTest::newRow("15 hours a week give 60 months") << hourly(15) << 24 << 60;
    QTest::newRow("12.5 hours a week give 72 months") << hourly(12.5) << 24 << 72;
    QTest::newRow("7.5 hours a week give 120 months") << hourly(7.5) << 24 << 120;
    QTest::newRow("11 hours a week give 82 months, rounded up from 81.8") << hourly(11) << 24 << 82;
    QTest::newRow("37.5 hours a week give 24 months") << hourly(37.5) << 24 << 24;
    QTest::newRow("a tenure-track postdoc has no frame") << withFte(PositionType::TenureTrackPostdoc, 100) << 0 << 0;
    QTest::newRow("a dual-competence PhD has no frame") << withFte(PositionType::DualCompetence, 100) << 0 << 0;
    QTest::newRow("a dual-competence PhD at 60 % has no frame either")
        << withFte(PositionType::DualCompetence, 60) << 0 << 0;
}

void TestConventions::frameMonths()
{
    QFETCH(Appointment, appointment);
    QFETCH(int, frameFteMonths);
    QFETCH(int, frameMonths);
    QCOMPARE(conventions::frameFteMonths(appointment.type), frameFteMonths);
    QCOMPARE(conventions::frameMonths(appointment), frameMonths);
}

// TRANS-2006, § 8: uhf-2006 by default only when announced before 2025-03-01 and decided before 2025-08-01.
void TestConventions::defaultRuleSet_data()
{
    QTest::addColumn<Appointment>("appointment");
    QTest::addColumn<bool>("transitional");

    QTest::newRow("announced 2025-02-28 and decided 2025-07-31 gets uhf-2006")
        << withDates("2025-02-28", "2025-07-31") << true;
    QTest::newRow("announced 2025-03-01 gets ntnu-2025") << withDates("2025-03-01", "2025-07-31") << false;
    QTest::newRow("decided 2025-08-01 gets ntnu-2025") << withDates("2025-02-28", "2025-08-01") << false;
    QTest::newRow("announced and decided long before gets uhf-2006") << withDates("2024-06-01", "2025-01-15") << true;
    QTest::newRow("announced and decided after the change gets ntnu-2025")
        << withDates("2025-04-01", "2025-09-01") << false;
    QTest::newRow("missing dates give ntnu-2025") << withDates(nullptr, nullptr) << false;
    QTest::newRow("a missing announcement date gives ntnu-2025") << withDates(nullptr, "2025-07-31") << false;
    QTest::newRow("a missing decision date gives ntnu-2025") << withDates("2025-02-28", nullptr) << false;
}

void TestConventions::defaultRuleSet()
{
    QFETCH(Appointment, appointment);
    QFETCH(bool, transitional);
    const RuleSet expected = transitional ? RuleSet::Uhf2006 : RuleSet::Ntnu2025;
    QCOMPARE(conventions::transitionalRuleAllowed(appointment), transitional);
    QCOMPARE(toKey(conventions::defaultRuleSet(appointment)), toKey(expected));

    Case c;
    c.appointment = appointment;
    QCOMPARE(toKey(conventions::effectiveRuleSet(c)), toKey(expected));
}

// TRANS-2006: "An explicit ruleSet is used as given, even when this rule flags it."
void TestConventions::explicitRuleSetIsUsedAsGiven_data()
{
    QTest::addColumn<Appointment>("appointment");
    QTest::addColumn<RuleSet>("explicitRuleSet");

    QTest::newRow("an explicit uhf-2006 is kept without transitional dates")
        << withDates("2025-04-01", "2025-09-01") << RuleSet::Uhf2006;
    QTest::newRow("an explicit uhf-2006 is kept without any dates") << withDates(nullptr, nullptr) << RuleSet::Uhf2006;
    QTest::newRow("an explicit ntnu-2025 is kept for a transitional case")
        << withDates("2025-02-28", "2025-07-31") << RuleSet::Ntnu2025;
}

void TestConventions::explicitRuleSetIsUsedAsGiven()
{
    QFETCH(Appointment, appointment);
    QFETCH(RuleSet, explicitRuleSet);
    Case c;
    c.appointment = appointment;
    c.ruleSet = explicitRuleSet;
    QCOMPARE(toKey(conventions::effectiveRuleSet(c)), toKey(explicitRuleSet));
}

QTEST_GUILESS_MAIN(TestConventions)
#include "TestConventions.moc"
