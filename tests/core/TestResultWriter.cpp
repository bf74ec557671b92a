#include "core/interchange/ResultWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rekrutt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rekrutt::Language)

/**
 * ResultWriter: the `rekrutt-result/1` document of case-format.md, built from a hand-made
 * Evaluation (no evaluator involved): its keys and their order, the rounding of numbers, nulls,
 * and messages rendered in the language asked for.
 */
class TestResultWriter : public QObject
{
    Q_OBJECT

private slots:
    void topLevelKeysInDocumentedOrder();
    void period();
    void deadlines();
    void findings();
    void explanation();
    void rounding_data();
    void rounding();
    void nullsWhereNothingApplies();
    void emptyLists();
    void orderOfEvaluationIsKept();
    void languages_data();
    void languages();
    void textIsUtf8WithFinalNewline();
};

namespace {

// Message sources of this test only (not marked for translation: they render as written).
constexpr const char* hoursSource = "%1 hours of duty work credited";
constexpr const char* stepSource = "%1 + %2 months - 1 day = %3 (§ 2.4.1)";

/** The evaluation of example e1 of case-format.md, as the evaluator would report it. */
Evaluation sample()
{
    Evaluation e;
    e.ruleSet = RuleSet::Ntnu2025;
    e.period = Period {QDate(2025, 8, 1), QDate(2029, 7, 31), 14, 14, 0, QDate(2029, 8, 28), QDate(2029, 8, 28)};
    e.doctoralWorkFteMonths = 36.0;
    e.timeAccount = TimeAccount {1695.0, 190.0};
    e.deadlines = {
        Deadline {DeadlineId::Contract, QDate(2025, 7, 31), true, QDate(2025, 6, 20)},
        Deadline {DeadlineId::ProjectPlan, QDate(2025, 11, 1), false, QDate()},
    };
    e.findings = {
        Finding {"LEN-PHD", Severity::Error, "§ 2.4.1, § 2.8", Message("Rules", "Too short"), u"appointment"_s},
        Finding {"PD-MENTOR", Severity::Warning, "§ 6.2", Message("Rules", "No mentor"), u"mentor"_s},
        Finding {"DUTY-BALANCE", Severity::Info, "§ 3.3", Message("Rules", hoursSource, {Message::Arg::number(1695.5)}),
                 QString()},
    };
    e.explanation = {
        Message("Rules", stepSource, {u"2025-08-01"_s, Message::Arg::number(48), u"2029-07-31"_s}),
        Message("Rules", "Leave extends by %n day(s) (§ 7.1)", {}, 14),
    };
    return e;
}

QJsonObject parse(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/** True when each key appears in `text` after the one before it. */
bool inOrder(const QByteArray& text, const QList<QByteArray>& keys)
{
    qsizetype previous = -1;
    for (const QByteArray& key : keys) {
        const qsizetype at = text.indexOf(QByteArray("\"" + key + "\": "), previous + 1);
        if (at <= previous)
            return false;
        previous = at;
    }
    return true;
}

} // namespace

void TestResultWriter::topLevelKeysInDocumentedOrder()
{
    const QByteArray text = ResultWriter::write(sample(), Language::English);
    const QJsonObject result = parse(text);
    QCOMPARE(result.keys(),
             sorted({u"format"_s, u"ruleSet"_s, u"period"_s, u"doctoralWorkFteMonths"_s, u"timeAccount"_s,
                     u"deadlines"_s, u"findings"_s, u"explanation"_s}));
    QVERIFY(inOrder(text,
                    {"format", "ruleSet", "period", "doctoralWorkFteMonths", "timeAccount", "deadlines", "findings",
                     "explanation"}));
    QCOMPARE(result.value("format"_L1).toString(), u"rekrutt-result/1"_s);
    QCOMPARE(result.value("ruleSet"_L1).toString(), u"ntnu-2025"_s);

    Evaluation old = sample();
    old.ruleSet = RuleSet::Uhf2006;
    QCOMPARE(parse(ResultWriter::write(old, Language::English)).value("ruleSet"_L1).toString(), u"uhf-2006"_s);
}

void TestResultWriter::period()
{
    const QByteArray text = ResultWriter::write(sample(), Language::English);
    const QJsonObject period = parse(text).value("period"_L1).toObject();
    QCOMPARE(period.keys(),
             sorted({u"start"_s, u"nominalEnd"_s, u"leaveExtensionDays"_s, u"grantedExtensionDays"_s,
                     u"pendingExtensionDays"_s, u"end"_s, u"frameEnd"_s}));
    QVERIFY(inOrder(text,
                    {"start", "nominalEnd", "leaveExtensionDays", "grantedExtensionDays", "pendingExtensionDays", "end",
                     "frameEnd"}));
    QCOMPARE(period.value("start"_L1).toString(), u"2025-08-01"_s);
    QCOMPARE(period.value("nominalEnd"_L1).toString(), u"2029-07-31"_s);
    QCOMPARE(period.value("leaveExtensionDays"_L1).toInteger(), 14);
    QCOMPARE(period.value("grantedExtensionDays"_L1).toInteger(), 14);
    QCOMPARE(period.value("pendingExtensionDays"_L1).toInteger(), 0);
    QCOMPARE(period.value("end"_L1).toString(), u"2029-08-28"_s);
    QCOMPARE(period.value("frameEnd"_L1).toString(), u"2029-08-28"_s);
    QVERIFY(text.contains("\"leaveExtensionDays\": 14,"));

    const QJsonObject timeAccount = parse(text).value("timeAccount"_L1).toObject();
    QCOMPARE(timeAccount.keys(), sorted({u"contractedHours"_s, u"creditedHours"_s}));
    QVERIFY(inOrder(text, {"contractedHours", "creditedHours"}));
    QCOMPARE(timeAccount.value("contractedHours"_L1).toDouble(), 1695.0);
    QCOMPARE(timeAccount.value("creditedHours"_L1).toDouble(), 190.0);
}

void TestResultWriter::deadlines()
{
    const QByteArray text = ResultWriter::write(sample(), Language::English);
    const QJsonArray deadlines = parse(text).value("deadlines"_L1).toArray();
    QCOMPARE(deadlines.size(), 2);
    const QJsonObject contract = deadlines.at(0).toObject();
    QCOMPARE(contract.keys(), sorted({u"id"_s, u"rule"_s, u"due"_s, u"done"_s}));
    QCOMPARE(contract.value("id"_L1).toString(), u"CONTRACT"_s);
    QCOMPARE(contract.value("rule"_L1).toString(), u"CON-BEFORE-START"_s);
    QCOMPARE(contract.value("due"_L1).toString(), u"2025-07-31"_s);
    QCOMPARE(contract.value("done"_L1), QJsonValue(true));
    const QJsonObject plan = deadlines.at(1).toObject();
    QCOMPARE(plan.value("id"_L1).toString(), u"PROJECT_PLAN"_s);
    QCOMPARE(plan.value("rule"_L1).toString(), u"PLAN-3M"_s);
    QCOMPARE(plan.value("due"_L1).toString(), u"2025-11-01"_s);
    QCOMPARE(plan.value("done"_L1), QJsonValue(false));
    QVERIFY(inOrder(text, {"id", "rule", "due", "done"}));
}

void TestResultWriter::findings()
{
    const QByteArray text = ResultWriter::write(sample(), Language::English);
    const QJsonArray findings = parse(text).value("findings"_L1).toArray();
    QCOMPARE(findings.size(), 3);
    for (const QJsonValue& value : findings) {
        // Exactly the documented keys: Finding::field stays inside the program.
        QCOMPARE(value.toObject().keys(), sorted({u"rule"_s, u"severity"_s, u"source"_s, u"message"_s}));
    }
    const QJsonObject first = findings.at(0).toObject();
    QCOMPARE(first.value("rule"_L1).toString(), u"LEN-PHD"_s);
    QCOMPARE(first.value("severity"_L1).toString(), u"error"_s);
    QCOMPARE(first.value("source"_L1).toString(), u"§ 2.4.1, § 2.8"_s);
    QCOMPARE(first.value("message"_L1).toString(), u"Too short"_s);
    QCOMPARE(findings.at(1).toObject().value("severity"_L1).toString(), u"warning"_s);
    QCOMPARE(findings.at(1).toObject().value("source"_L1).toString(), u"§ 6.2"_s);
    QCOMPARE(findings.at(2).toObject().value("severity"_L1).toString(), u"info"_s);
    QCOMPARE(findings.at(2).toObject().value("message"_L1).toString(), u"1,695.5 hours of duty work credited"_s);
    const qsizetype findingsAt = text.indexOf("\"findings\": ");
    QVERIFY(inOrder(text.mid(findingsAt), {"rule", "severity", "source", "message"}));
    QVERIFY(!text.contains("\"field\""));
}

void TestResultWriter::explanation()
{
    const QJsonArray explanation
        = parse(ResultWriter::write(sample(), Language::English)).value("explanation"_L1).toArray();
    QCOMPARE(explanation.size(), 2);
    QCOMPARE(explanation.at(0).toString(), u"2025-08-01 + 48 months - 1 day = 2029-07-31 (§ 2.4.1)"_s);
    QCOMPARE(explanation.at(1).toString(), u"Leave extends by 14 day(s) (§ 7.1)"_s);
}

void TestResultWriter::rounding_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("36.0 is written as 36") << 36.0 << QByteArray("36");
    QTest::newRow("190.0 is written as 190") << 190.0 << QByteArray("190");
    QTest::newRow("one decimal stays") << 1695.5 << QByteArray("1695.5");
    QTest::newRow("two decimals stay") << 326.92 << QByteArray("326.92");
    QTest::newRow("third decimal rounds up") << 12.345678 << QByteArray("12.35");
    QTest::newRow("third decimal rounds down") << 12.344 << QByteArray("12.34");
    QTest::newRow("a third") << 1.0 / 3.0 << QByteArray("0.33");
    QTest::newRow("two thirds") << 2.0 / 3.0 << QByteArray("0.67");
    QTest::newRow("just below a whole number") << 35.999 << QByteArray("36");
    QTest::newRow("tiny positive is zero") << 0.004 << QByteArray("0");
    QTest::newRow("tiny negative is zero, not minus zero") << -0.004 << QByteArray("0");
    QTest::newRow("negative with a fraction") << -1.005001 << QByteArray("-1.01");
    QTest::newRow("large with a fraction") << 1000000.125 << QByteArray("1000000.13");
}

void TestResultWriter::rounding()
{
    QFETCH(double, value);
    QFETCH(QByteArray, written);

    Evaluation e = sample();
    e.doctoralWorkFteMonths = value;
    e.timeAccount = TimeAccount {value, value};
    const QByteArray text = ResultWriter::write(e, Language::English);
    QVERIFY2(text.contains(QByteArray("\"doctoralWorkFteMonths\": " + written + ",\n")), text.constData());
    QVERIFY2(text.contains(QByteArray("\"contractedHours\": " + written + ",\n")), text.constData());
    QVERIFY2(text.contains(QByteArray("\"creditedHours\": " + written + "\n")), text.constData());
    const QJsonObject result = parse(text);
    QCOMPARE(result.value("doctoralWorkFteMonths"_L1).toDouble(), written.toDouble());
}

void TestResultWriter::nullsWhereNothingApplies()
{
    Evaluation e = sample();
    e.doctoralWorkFteMonths = std::nullopt;
    e.period.frameEnd = QDate();
    const QByteArray text = ResultWriter::write(e, Language::English);
    const QJsonObject result = parse(text);
    QVERIFY(result.contains("doctoralWorkFteMonths"_L1));
    QVERIFY(result.value("doctoralWorkFteMonths"_L1).isNull());
    const QJsonObject period = result.value("period"_L1).toObject();
    QVERIFY(period.contains("frameEnd"_L1));
    QVERIFY(period.value("frameEnd"_L1).isNull());
    QVERIFY(text.contains("\"frameEnd\": null\n"));
    QVERIFY(text.contains("\"doctoralWorkFteMonths\": null,"));
    // Nothing else became null.
    QCOMPARE(period.value("end"_L1).toString(), u"2029-08-28"_s);
}

void TestResultWriter::emptyLists()
{
    Evaluation e = sample();
    e.deadlines.clear();
    e.findings.clear();
    e.explanation.clear();
    const QByteArray text = ResultWriter::write(e, Language::English);
    QVERIFY(text.contains("\"deadlines\": [],"));
    QVERIFY(text.contains("\"findings\": [],"));
    QVERIFY(text.contains("\"explanation\": []\n"));
    QVERIFY(parse(text).value("findings"_L1).isArray());
}

void TestResultWriter::orderOfEvaluationIsKept()
{
    // The evaluator sorts; the writer must not re-sort (here deliberately out of order).
    Evaluation e = sample();
    std::reverse(e.findings.begin(), e.findings.end());
    std::reverse(e.deadlines.begin(), e.deadlines.end());
    const QJsonObject result = parse(ResultWriter::write(e, Language::English));
    const QJsonArray findings = result.value("findings"_L1).toArray();
    QCOMPARE(findings.at(0).toObject().value("rule"_L1).toString(), u"DUTY-BALANCE"_s);
    QCOMPARE(findings.at(1).toObject().value("rule"_L1).toString(), u"PD-MENTOR"_s);
    QCOMPARE(findings.at(2).toObject().value("rule"_L1).toString(), u"LEN-PHD"_s);
    const QJsonArray deadlines = result.value("deadlines"_L1).toArray();
    QCOMPARE(deadlines.at(0).toObject().value("id"_L1).toString(), u"PROJECT_PLAN"_s);
    QCOMPARE(deadlines.at(1).toObject().value("id"_L1).toString(), u"CONTRACT"_s);
}

void TestResultWriter::languages_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("number");

    QTest::newRow("English writes 1,695.5") << Language::English << u"1,695.5"_s;
    // Bokmål groups thousands with a (no-break) space and uses a decimal comma.
    QTest::newRow("Bokmål writes 1 695,5") << Language::Bokmal << formatNumber(1695.5, Language::Bokmal);
}

void TestResultWriter::languages()
{
    QFETCH(Language, language);
    QFETCH(QString, number);
    QVERIFY(number.endsWith(language == Language::Bokmal ? u"695,5"_s : u"695.5"_s));

    const Evaluation e = sample();
    const QJsonObject result = parse(ResultWriter::write(e, language));
    const QJsonArray findings = result.value("findings"_L1).toArray();
    QCOMPARE(findings.at(2).toObject().value("message"_L1).toString(), e.findings.at(2).message.render(language));
    QVERIFY(findings.at(2).toObject().value("message"_L1).toString().startsWith(number + u' '));
    const QJsonArray explanation = result.value("explanation"_L1).toArray();
    QCOMPARE(explanation.size(), e.explanation.size());
    for (qsizetype i = 0; i < explanation.size(); ++i)
        QCOMPARE(explanation.at(i).toString(), e.explanation.at(i).render(language));
    // Keys and codes do not depend on the language.
    QCOMPARE(findings.at(0).toObject().value("severity"_L1).toString(), u"error"_s);
    QCOMPARE(result.value("deadlines"_L1).toArray().at(0).toObject().value("id"_L1).toString(), u"CONTRACT"_s);
}

void TestResultWriter::textIsUtf8WithFinalNewline()
{
    const QByteArray text = ResultWriter::write(sample(), Language::English);
    QVERIFY(text.startsWith("{\n  \"format\": \"rekrutt-result/1\",\n"));
    QVERIFY(text.endsWith("]\n}\n"));
    // "§" as UTF-8 bytes, not as a \u escape.
    QVERIFY(text.contains("\"source\": \"\xC2\xA7 6.2\""));
    QVERIFY(!text.contains("\\u00a7"));
}

QTEST_GUILESS_MAIN(TestResultWriter)
#include "TestResultWriter.moc"
