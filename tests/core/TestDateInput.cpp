// Reading dates as people type them: every form the date fields accept, and the texts they refuse
// with a reason instead of turning them into another date.

#include "core/domain/DateInput.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rekrutt;

class TestDateInput : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");

        const QDate today(2026, 12, 5);
        QTest::newRow("dots with four-digit year") << u"14.03.1996"_s << today << QDate(1996, 3, 14);
        QTest::newRow("dots without leading zeros and a two-digit year") << u"14.3.96"_s << today << QDate(1996, 3, 14);
        QTest::newRow("eight digits are day, month, year") << u"14031996"_s << today << QDate(1996, 3, 14);
        QTest::newRow("six digits are day, month, two-digit year") << u"150126"_s << today << QDate(2026, 1, 15);
        QTest::newRow("ISO 8601 reads year first") << u"2026-01-15"_s << today << QDate(2026, 1, 15);
        QTest::newRow("slashes as the English fields show dates") << u"15/01/2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("hyphens between day, month and year") << u"15-1-2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("spaces between day, month and year") << u"15 1 2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("spaces around the text are ignored") << u"  01.08.2025 "_s << today << QDate(2025, 8, 1);
        QTest::newRow("an English month name") << u"15 January 2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("a Bokmål month name after a day with a dot")
            << u"15. januar 2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("a month name of three letters") << u"1 des 25"_s << today << QDate(2025, 12, 1);
        QTest::newRow("the month first, as English writes it") << u"January 15, 2026"_s << today << QDate(2026, 1, 15);
        QTest::newRow("29 February of a leap year") << u"29.02.2028"_s << today << QDate(2028, 2, 29);
        QTest::newRow("two-digit year 19 years ahead is this century") << u"1.1.45"_s << today << QDate(2045, 1, 1);
        QTest::newRow("two-digit year 20 years ahead is last century") << u"1.1.46"_s << today << QDate(1946, 1, 1);
        QTest::newRow("two-digit year 80 years back is last century")
            << u"1.1.46"_s << QDate(2026, 1, 1) << QDate(1946, 1, 1);
        QTest::newRow("the first year accepted") << u"01.01.1900"_s << today << QDate(1900, 1, 1);
        QTest::newRow("the last year accepted") << u"31.12.2200"_s << today << QDate(2200, 12, 31);
    }

    void readsWhatPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        const DateInput input = DateInput::parse(typed, today);
        QVERIFY2(input.error.isNull(), qPrintable(input.error.render(Language::English)));
        QCOMPARE(input.date, expected);
        QVERIFY(input.isValid());
        QVERIFY(!input.isEmpty());
    }

    void refusesWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason"); // a part of the English reason

        QTest::newRow("a day that the month does not have") << u"31.02.2026"_s << u"no day 31"_s;
        QTest::newRow("29 February of a common year") << u"29.02.2027"_s << u"no day 29"_s;
        QTest::newRow("month 13") << u"14.13.2026"_s << u"no month 13"_s;
        QTest::newRow("month 0 in eight digits") << u"14001996"_s << u"no month 0"_s;
        QTest::newRow("day 0") << u"00.01.2026"_s << u"no day 0"_s;
        QTest::newRow("a year before 1900") << u"01.01.1899"_s << u"year 1899"_s;
        QTest::newRow("a year after 2200") << u"01.01.2201"_s << u"year 2201"_s;
        QTest::newRow("year 0000 as typed after a slip") << u"15.01.0000"_s << u"year 0"_s;
        QTest::newRow("a three-digit year") << u"15.01.202"_s << u"four digits"_s;
        QTest::newRow("seven digits") << u"1501202"_s << u"not a date"_s;
        QTest::newRow("four digits") << u"1501"_s << u"not a date"_s;
        QTest::newRow("day and month without a year") << u"15.01"_s << u"not a date"_s;
        QTest::newRow("four parts") << u"15.01.2026.1"_s << u"not a date"_s;
        QTest::newRow("a word") << u"tomorrow"_s << u"not a date"_s;
        QTest::newRow("an unknown month name") << u"15 foo 2026"_s << u"not the name of a month"_s;
        QTest::newRow("a letter among the digits") << u"15.0l.2026"_s << u"not a date"_s;
        QTest::newRow("another separator") << u"15:01:2026"_s << u"not a date"_s;
        QTest::newRow("a day of three digits") << u"115.01.2026"_s << u"not a date"_s;
        QTest::newRow("ISO with a three-digit month") << u"2026-001-15"_s << u"not a date"_s;
        QTest::newRow("a very long text") << QString(500, u'1') << u"not a date"_s;
        QTest::newRow("Arabic-Indic digits") << u"\u0661\u0665.01.2026"_s << u"not a date"_s;
    }

    void refusesWhatIsNotADate()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const DateInput input = DateInput::parse(typed, QDate(2026, 12, 5));
        QVERIFY(!input.date.isValid());
        QVERIFY(!input.isEmpty());
        QVERIFY(!input.error.isNull());
        const QString english = input.error.render(Language::English);
        QVERIFY2(english.contains(reason, Qt::CaseInsensitive), qPrintable(english));
        QVERIFY(!input.error.render(Language::Bokmal).isEmpty());
        QVERIFY(input.error.render(Language::Bokmal) != english);
    }

    void anEmptyTextIsNoDateAndNoError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nothing") << QString();
        QTest::newRow("spaces") << u"   "_s;
    }

    void anEmptyTextIsNoDateAndNoError()
    {
        QFETCH(QString, typed);
        const DateInput input = DateInput::parse(typed, QDate(2026, 12, 5));
        QVERIFY(input.isEmpty());
        QVERIFY(input.error.isNull());
    }
};

QTEST_GUILESS_MAIN(TestDateInput)
#include "TestDateInput.moc"
