#include "core/domain/Enums.h"
#include "core/i18n/Message.h"
#include "core/rules/RuleCatalogue.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace rekrutt;
using namespace Qt::StringLiterals;

/** Messages are translated when shown: placeholders, plurals, numbers and the catalogues themselves. */
class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void placeholdersAreFilledInOnePass()
    {
        // An argument that itself holds "%2" must not be expanded again.
        const Message message("Test", "%1 and %2", {Message::Arg(u"50 %2"_s), Message::Arg(u"B"_s)});
        QCOMPARE(message.render(Language::English), u"50 %2 and B"_s);
    }

    void missingArgumentsLeaveThePlaceholder()
    {
        const Message message("Test", "%1 of %2", {Message::Arg(u"one"_s)});
        QCOMPARE(message.render(Language::English), u"one of %2"_s);
    }

    void numbersFollowTheLanguage_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("bokmal");
        QTest::newRow("a whole number has no decimals") << 36.0 << u"36"_s << u"36"_s;
        QTest::newRow("thousands are grouped") << 1695.0 << u"1,695"_s << u"1\u00a0695"_s;
        QTest::newRow("one decimal is kept") << 2.5 << u"2.5"_s << u"2,5"_s;
        QTest::newRow("more decimals are rounded to two") << 35.994 << u"35.99"_s << u"35,99"_s;
        QTest::newRow("negative balances keep their sign") << -12.25 << u"-12.25"_s << u"-12,25"_s;
    }

    void numbersFollowTheLanguage()
    {
        QFETCH(double, value);
        QFETCH(QString, english);
        QFETCH(QString, bokmal);
        QCOMPARE(formatNumber(value, Language::English), english);
        // Qt writes Norwegian negatives with a minus sign; compare without caring which dash it uses.
        QString nb = formatNumber(value, Language::Bokmal);
        nb.replace(QChar(0x2212), u'-');
        QCOMPARE(nb, bokmal);
    }

    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("bokmal");
        QTest::newRow("English writes day/month/year, Bokmål day.month.year: never ISO in prose")
            << QDate(2029, 7, 31) << u"31/07/2029"_s << u"31.07.2029"_s;
        QTest::newRow("single digits keep their leading zero")
            << QDate(2026, 1, 5) << u"05/01/2026"_s << u"05.01.2026"_s;
        QTest::newRow("a leap day") << QDate(2028, 2, 29) << u"29/02/2028"_s << u"29.02.2028"_s;
        QTest::newRow("no date writes nothing") << QDate() << QString() << QString();
    }

    void datesFollowTheLanguage()
    {
        QFETCH(QDate, date);
        QFETCH(QString, english);
        QFETCH(QString, bokmal);
        QCOMPARE(formatDate(date, Language::English), english);
        QCOMPARE(formatDate(date, Language::Bokmal), bokmal);
        const Message range("Test", "from %1", {Message::Arg::dateRange(date, date.addDays(13))});
        if (date.isValid()) {
            QCOMPARE(range.render(Language::English),
                     u"from "_s + english + u'–' + formatDate(date.addDays(13), Language::English));
            QCOMPARE(range.render(Language::Bokmal),
                     u"from "_s + bokmal + u'–' + formatDate(date.addDays(13), Language::Bokmal));
        }
    }

    void pluralCountIsFilledIn()
    {
        const Message one("Rules", "%n day(s)", {}, 1);
        const Message many("Rules", "%n day(s)", {}, 14);
        QVERIFY(one.render(Language::English).startsWith(u"1 "_s));
        QVERIFY(many.render(Language::English).startsWith(u"14 "_s));
    }

    void translatableArgumentsFollowTheLanguage()
    {
        const Message message("Test", "kind: %1", {Message::Arg("Enums", labelSource(LeaveKind::Sickness))});
        QCOMPARE(message.render(Language::English), u"kind: Sick leave"_s);
        QVERIFY(message.render(Language::Bokmal) != message.render(Language::English));
    }

    void everyRuleTitleHasABokmalTranslation()
    {
        for (const RuleInfo* rule : ruleCatalogue()) {
            const QString english = translate(Language::English, "Rules", rule->title);
            const QString bokmal = translate(Language::Bokmal, "Rules", rule->title);
            QVERIFY2(!bokmal.isEmpty() && bokmal != english, rule->id);
        }
    }

    void everyEnumerationLabelHasABokmalTranslation()
    {
        checkLabels<PositionType>();
        checkLabels<LeaveKind>();
        checkLabels<ExtensionKind>();
        checkLabels<DecisionStatus>();
        checkLabels<DutyCategory>();
    }

    /** translations/rekrutt_nb.ts is complete: no message is left unfinished or empty. */
    void bokmalCatalogueIsComplete()
    {
        QFile file(QStringLiteral(REKRUTT_SOURCE_DIR "/translations/rekrutt_nb.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!unfinished && !text.trimmed().isEmpty(), qPrintable(u"not translated: "_s + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }

private:
    template <typename E> void checkLabels()
    {
        for (const char* label : enumLabels<E>()) {
            const QString bokmal = translate(Language::Bokmal, "Enums", label);
            QVERIFY2(bokmal != QString::fromUtf8(label), label);
        }
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "TestMessage.moc"
