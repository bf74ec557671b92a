#include "core/interchange/CaseReader.h"
#include "core/rules/Evaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace rekrutt;

/**
 * The worked cases of the specification (tests/data/examples, copied from spec/examples): each
 * NAME.case.json evaluated with today 2026-11-23 must give what NAME.expected.json holds, compared as
 * spec/examples/README.md says.
 */
class TestWorkedExamples : public QObject
{
    Q_OBJECT

private slots:
    void example_data();
    void example();
};

namespace {

const QString examplesDir = QStringLiteral(REKRUTT_TEST_DATA "/examples");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** A date as the result file writes it: ISO 8601, or null. */
QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString show(const QJsonValue& value)
{
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

} // namespace

void TestWorkedExamples::example_data()
{
    QTest::addColumn<QString>("name");

    const QStringList files
        = QDir(examplesDir).entryList({QStringLiteral("*.case.json")}, QDir::Files | QDir::Readable, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no *.case.json in ") + examplesDir));
    for (const QString& file : files) {
        const QString name = file.chopped(qsizetype(sizeof(".case.json") - 1));
        QTest::newRow(qPrintable(name + QStringLiteral(" gives what its expected file says"))) << name;
    }
}

void TestWorkedExamples::example()
{
    QFETCH(QString, name);

    const QByteArray caseJson = readAll(examplesDir + u'/' + name + QStringLiteral(".case.json"));
    QVERIFY2(!caseJson.isEmpty(), qPrintable(name + QStringLiteral(".case.json is missing or empty")));
    ReadError error;
    const std::optional<Case> c = CaseReader::read(caseJson, &error);
    QVERIFY2(c.has_value(), qPrintable(error.toString()));

    QJsonParseError parseError;
    const QJsonDocument expectedDocument
        = QJsonDocument::fromJson(readAll(examplesDir + u'/' + name + QStringLiteral(".expected.json")), &parseError);
    QVERIFY2(expectedDocument.isObject(),
             qPrintable(name + QStringLiteral(".expected.json: ") + parseError.errorString()));
    const QJsonObject expected = expectedDocument.object();

    EvaluationContext context;
    context.today = QDate(2026, 11, 23);
    const Evaluation e = Evaluator::evaluate(*c, context);

    // ruleSet
    QCOMPARE(toKey(e.ruleSet), expected.value(u"ruleSet").toString());

    // Every field of period, and no field left unchecked.
    const QJsonObject actualPeriod {
        {QStringLiteral("start"), dateValue(e.period.start)},
        {QStringLiteral("nominalEnd"), dateValue(e.period.nominalEnd)},
        {QStringLiteral("leaveExtensionDays"), e.period.leaveExtensionDays},
        {QStringLiteral("grantedExtensionDays"), e.period.grantedExtensionDays},
        {QStringLiteral("pendingExtensionDays"), e.period.pendingExtensionDays},
        {QStringLiteral("end"), dateValue(e.period.end)},
        {QStringLiteral("frameEnd"), dateValue(e.period.frameEnd)},
    };
    const QJsonObject expectedPeriod = expected.value(u"period").toObject();
    QCOMPARE(expectedPeriod.keys(), actualPeriod.keys());
    for (auto it = actualPeriod.constBegin(); it != actualPeriod.constEnd(); ++it) {
        const QJsonValue want = expectedPeriod.value(it.key());
        QVERIFY2(
            it.value() == want,
            qPrintable(QStringLiteral("period.%1: got %2, expected %3").arg(it.key(), show(it.value()), show(want))));
    }

    // doctoralWorkFteMonths, to 2 decimals.
    const QJsonValue expectedMonths = expected.value(u"doctoralWorkFteMonths");
    QVERIFY2(!expectedMonths.isUndefined(), "the expected file lacks doctoralWorkFteMonths");
    if (expectedMonths.isNull()) {
        QVERIFY2(
            !e.doctoralWorkFteMonths.has_value(),
            qPrintable(QStringLiteral("doctoralWorkFteMonths: got %1, expected null").arg(*e.doctoralWorkFteMonths)));
    } else {
        QVERIFY2(e.doctoralWorkFteMonths.has_value(), "doctoralWorkFteMonths: got null");
        QCOMPARE(std::llround(*e.doctoralWorkFteMonths * 100), std::llround(expectedMonths.toDouble() * 100));
    }

    // deadlines: the id/due pairs, in order.
    QStringList actualDeadlines;
    for (const Deadline& d : e.deadlines)
        actualDeadlines.append(QString::fromLatin1(deadlineKey(d.id)) + u' ' + d.due.toString(Qt::ISODate));
    QStringList expectedDeadlines;
    for (const QJsonValue& d : expected.value(u"deadlines").toArray())
        expectedDeadlines.append(d[u"id"].toString() + u' ' + d[u"due"].toString());
    QCOMPARE(actualDeadlines, expectedDeadlines);

    // errorRules: exactly the rules of the error findings.
    QStringList actualErrors;
    for (const Finding& f : e.findings) {
        if (f.severity == Severity::Error)
            actualErrors.append(QString::fromLatin1(f.rule));
    }
    actualErrors.sort();
    actualErrors.removeDuplicates();
    QStringList expectedErrors;
    for (const QJsonValue& rule : expected.value(u"errorRules").toArray())
        expectedErrors.append(rule.toString());
    expectedErrors.sort();
    expectedErrors.removeDuplicates();
    QCOMPARE(actualErrors, expectedErrors);

    // exitStatus: 1 iff there is an error finding.
    QVERIFY2(expected.value(u"exitStatus").isDouble(), "the expected file lacks exitStatus");
    QCOMPARE(e.hasErrors() ? 1 : 0, expected.value(u"exitStatus").toInt());
}

QTEST_GUILESS_MAIN(TestWorkedExamples)
#include "TestWorkedExamples.moc"
