// Over 600 lines: the `rekrutt-cli check` contract of case-format.md, one executable for the one command
// (worked examples, result shape, languages, bad input, usage, limits). The seam, when it grows, is the
// input-refusal tables (inputThatCannotBeEvaluated and the limits) into a TestCliInput of their own.

#include "tests/common/CliRun.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <utility>

/**
 * `rekrutt-cli` run as a process, the way scripts and users run it: the contract of
 * case-format.md (output, exit status, standard input, languages, refused input, usage errors)
 * and the worked examples of tests/data/examples (examples/README.md of the spec).
 */
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void workedExample_data();
    void workedExample();
    void resultHasTheDocumentedShape_data();
    void resultHasTheDocumentedShape();
    void standardInputIsReadForADash();
    void todayDefaultsToTheSystemDate();
    void linksNoWidgetsAndNoPrintSupport();

    void bokmalAndEnglishSayTheSameThing_data();
    void bokmalAndEnglishSayTheSameThing();
    void languageDefaultsToTheLocale_data();
    void languageDefaultsToTheLocale();

    void inputThatCannotBeEvaluated_data();
    void inputThatCannotBeEvaluated();
    void brokenStandardInput();
    void theLargestCaseTheReaderTakesGivesDates();

    void usageError_data();
    void usageError();
    void help_data();
    void help();
    void cliTextsFollowTheLanguage_data();
    void cliTextsFollowTheLanguage();
    void version_data();
    void version();

private:
    QString examplePath(const QString& name) const;
    QTemporaryDir m_dir;
};

namespace {

const QString today = QStringLiteral("2026-11-23");

using Run = rekrutt::testing::CliRun;
using rekrutt::testing::runCli;

QStringList checkArguments(const QString& file, const QStringList& more = {})
{
    return QStringList {QStringLiteral("check"), QStringLiteral("--today"), today} + more + QStringList {file};
}

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** The result document on standard output, or an empty object (and a failed test) when it is not one. */
QJsonObject parseResult(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    [&] {
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + QStringLiteral("\n") + QString::fromUtf8(run.describe())));
        QVERIFY2(document.isObject(), run.describe().constData());
    }();
    return document.object();
}

/** "ID due" for every deadline, in the order of the document. */
QStringList deadlinePairs(const QJsonArray& deadlines)
{
    QStringList pairs;
    for (const QJsonValue& deadline : deadlines)
        pairs.append(deadline[u"id"].toString() + u' ' + deadline[u"due"].toString());
    return pairs;
}

/** The rule IDs of the findings of severity error, sorted, each once. */
QStringList errorRules(const QJsonArray& findings)
{
    QStringList rules;
    for (const QJsonValue& finding : findings) {
        if (finding[u"severity"].toString() == QLatin1StringView("error"))
            rules.append(finding[u"rule"].toString());
    }
    rules.sort();
    rules.removeDuplicates();
    return rules;
}

/** The document without the words: every finding's message and the explanation. */
QJsonObject withoutMessages(QJsonObject result)
{
    QJsonArray findings;
    for (const QJsonValue& finding : result[u"findings"].toArray()) {
        QJsonObject object = finding.toObject();
        object.remove(u"message");
        findings.append(object);
    }
    result[u"findings"] = findings;
    result.remove(u"explanation");
    return result;
}

/** Every finding's message and every line of the explanation. */
QStringList messages(const QJsonObject& result)
{
    QStringList texts;
    for (const QJsonValue& finding : result[u"findings"].toArray())
        texts.append(finding[u"message"].toString());
    for (const QJsonValue& line : result[u"explanation"].toArray())
        texts.append(line.toString());
    return texts;
}

/** Only the letters of `text`: what is left of a message without its numbers, dates and signs. */
QString letters(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetter())
            result.append(c);
    }
    return result;
}

/** `node` with the value at `path` ("leaves[0].to") replaced by `value`; an undefined value removes it. */
QJsonValue withValueAt(const QJsonValue& node, QStringView path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const qsizetype index = path.sliced(1, close - 1).toInt();
        QStringView rest = path.sliced(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.sliced(1);
        QJsonArray array = node.toArray();
        if (rest.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array[index] = withValueAt(array.at(index), rest, value);
        return array;
    }
    const auto end = std::find_if(path.begin(), path.end(), [](QChar c) { return c == u'.' || c == u'['; });
    const QString name = QStringView(path.begin(), end).toString();
    QStringView rest(end, path.end());
    if (rest.startsWith(u'.'))
        rest = rest.sliced(1);
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(name);
    else
        object[name] = withValueAt(object.value(name), rest, value);
    return object;
}

/** The case file of example e1 with one value changed (or, with an undefined value, removed). */
QByteArray editedCase(const char* path, const QJsonValue& value)
{
    QFile file(QStringLiteral(REKRUTT_TEST_DATA "/examples/e1-phd-sickness-elected.case.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonValue root = QJsonDocument::fromJson(file.readAll()).object();
    return QJsonDocument(withValueAt(root, QString::fromLatin1(path), value).toObject()).toJson();
}

QByteArray removedFromCase(const char* path)
{
    return editedCase(path, QJsonValue(QJsonValue::Undefined));
}

} // namespace

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(REKRUTT_CLI)).isExecutable(), "rekrutt-cli has not been built");
    QVERIFY(m_dir.isValid());
}

QString TestCli::examplePath(const QString& name) const
{
    return QStringLiteral(REKRUTT_TEST_DATA "/examples/") + name + QStringLiteral(".case.json");
}

/** Adds one row per worked example, named by the sentence `pattern` with %s for the example. */
static void addExampleRows(const char* pattern)
{
    QTest::addColumn<QString>("name");
    const QDir examples(QStringLiteral(REKRUTT_TEST_DATA "/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no worked examples in tests/data/examples");
    for (const QString& file : files) {
        const QString name = file.chopped(qsizetype(sizeof(".case.json") - 1));
        QTest::addRow(pattern, qPrintable(name)) << name;
    }
}

void TestCli::workedExample_data()
{
    addExampleRows("example %s gives the expected period, deadlines, errors and exit status");
}

void TestCli::workedExample()
{
    QFETCH(QString, name);
    const QJsonObject expected
        = readJsonObject(QStringLiteral(REKRUTT_TEST_DATA "/examples/") + name + QStringLiteral(".expected.json"));
    QVERIFY2(!expected.isEmpty(), "the expected result is missing or not JSON");

    const Run run = runCli(checkArguments(examplePath(name)));
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == expected[u"exitStatus"].toInt(), run.describe().constData());
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    const QJsonObject result = parseResult(run);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(result[u"format"].toString(), QStringLiteral("rekrutt-result/1"));
    QCOMPARE(result[u"ruleSet"].toString(), expected[u"ruleSet"].toString());
    const QJsonObject expectedPeriod = expected[u"period"].toObject();
    const QJsonObject period = result[u"period"].toObject();
    for (auto it = expectedPeriod.begin(); it != expectedPeriod.end(); ++it) {
        QVERIFY2(period.contains(it.key()),
                 qPrintable(QStringLiteral("period.") + it.key() + QStringLiteral(" missing")));
        QVERIFY2(period.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("period.") + it.key() + QStringLiteral(": ")
                            + QString::fromUtf8(QJsonDocument(period).toJson(QJsonDocument::Compact))));
    }
    const QJsonValue expectedMonths = expected[u"doctoralWorkFteMonths"];
    const QJsonValue months = result[u"doctoralWorkFteMonths"];
    if (expectedMonths.isNull()) {
        QVERIFY2(months.isNull(), "doctoralWorkFteMonths should be null");
    } else {
        QVERIFY2(months.isDouble(), "doctoralWorkFteMonths should be a number");
        QVERIFY2(std::abs(months.toDouble() - expectedMonths.toDouble()) < 0.005,
                 qPrintable(QString::number(months.toDouble())));
    }
    QCOMPARE(deadlinePairs(result[u"deadlines"].toArray()), deadlinePairs(expected[u"deadlines"].toArray()));
    QStringList expectedErrors;
    for (const QJsonValue& rule : expected[u"errorRules"].toArray())
        expectedErrors.append(rule.toString());
    expectedErrors.sort();
    QCOMPARE(errorRules(result[u"findings"].toArray()), expectedErrors);
}

void TestCli::resultHasTheDocumentedShape_data()
{
    addExampleRows("the result for %s has exactly the fields of case-format.md, sorted as documented");
}

void TestCli::resultHasTheDocumentedShape()
{
    QFETCH(QString, name);
    const Run run = runCli(checkArguments(examplePath(name)));
    const QJsonObject result = parseResult(run);
    if (QTest::currentTestFailed())
        return;

    QStringList keys = result.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({QStringLiteral("deadlines"), QStringLiteral("doctoralWorkFteMonths"),
                          QStringLiteral("explanation"), QStringLiteral("findings"), QStringLiteral("format"),
                          QStringLiteral("period"), QStringLiteral("ruleSet"), QStringLiteral("timeAccount")}));
    QCOMPARE(result[u"period"].toObject().size(), 7);
    const QJsonObject timeAccount = result[u"timeAccount"].toObject();
    QVERIFY(timeAccount[u"contractedHours"].isDouble());
    QVERIFY(timeAccount[u"creditedHours"].isDouble());

    QString previous;
    for (const QJsonValue& value : result[u"deadlines"].toArray()) {
        const QJsonObject deadline = value.toObject();
        QVERIFY(!deadline[u"id"].toString().isEmpty());
        QVERIFY(!deadline[u"rule"].toString().isEmpty());
        QVERIFY(deadline[u"done"].isBool());
        const QString key = deadline[u"due"].toString() + u' ' + deadline[u"id"].toString();
        QVERIFY2(previous <= key, qPrintable(QStringLiteral("deadlines out of order at ") + key));
        previous = key;
    }

    const QStringList severities {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
    std::pair<qsizetype, QString> previousFinding {0, QString()};
    for (const QJsonValue& value : result[u"findings"].toArray()) {
        const QJsonObject finding = value.toObject();
        const qsizetype severity = severities.indexOf(finding[u"severity"].toString());
        QVERIFY2(severity >= 0, qPrintable(finding[u"severity"].toString()));
        QVERIFY(!finding[u"rule"].toString().isEmpty());
        QVERIFY(finding[u"source"].isString());
        QVERIFY(!finding[u"message"].toString().isEmpty());
        const std::pair<qsizetype, QString> key {severity, finding[u"rule"].toString()};
        QVERIFY2(previousFinding <= key, qPrintable(QStringLiteral("findings out of order at ") + key.second));
        previousFinding = key;
    }

    const QJsonArray explanation = result[u"explanation"].toArray();
    QVERIFY(!explanation.isEmpty());
    for (const QJsonValue& line : explanation)
        QVERIFY(!line.toString().isEmpty());
}

void TestCli::standardInputIsReadForADash()
{
    const QString path = examplePath(QStringLiteral("e5-recruitment-flaws"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();

    const Run fromFile = runCli(checkArguments(path));
    const Run fromStdin = runCli(checkArguments(QStringLiteral("-")), contents);
    QVERIFY2(fromStdin.finished, fromStdin.describe().constData());
    QCOMPARE(fromStdin.exitCode, fromFile.exitCode);
    QCOMPARE(fromStdin.out, fromFile.out);
    QVERIFY(!fromStdin.out.isEmpty());

    // A pipe hands over 64 KiB at a time; one read used to cut a larger case short ("unterminated object").
    // The same case after 4 MB of blank lines (JSON allows them) is read whole up to the limit, and refused
    // for its size one byte beyond it.
    constexpr qsizetype limit = 4 * 1024 * 1024;
    const QByteArray padded = QByteArray(limit - contents.size(), '\n') + contents;
    const Run large = runCli(checkArguments(QStringLiteral("-")), padded);
    QVERIFY2(large.finished && large.exitCode == fromFile.exitCode, large.describe().constData());
    QCOMPARE(large.out, fromFile.out);
    const Run tooLarge = runCli(checkArguments(QStringLiteral("-")), '\n' + padded);
    QVERIFY2(tooLarge.finished && tooLarge.exitCode == 2, tooLarge.describe().constData());
    QVERIFY2(tooLarge.err.contains("larger than 4194304 bytes"), tooLarge.describe().constData());
}

void TestCli::todayDefaultsToTheSystemDate()
{
    const QString path = examplePath(QStringLiteral("e1-phd-sickness-elected"));
    const Run run = runCli({QStringLiteral("check"), path});
    QVERIFY2(run.finished && (run.exitCode == 0 || run.exitCode == 1), run.describe().constData());
    const QJsonObject withoutToday = parseResult(run);
    const QJsonObject withToday = parseResult(runCli(checkArguments(path)));
    // "Today" decides only which deadlines are overdue, never the period.
    QCOMPARE(withoutToday[u"period"], withToday[u"period"]);
}

void TestCli::bokmalAndEnglishSayTheSameThing_data()
{
    addExampleRows("%s in Bokmål has the same rules and numbers as in English, in Norwegian words");
}

void TestCli::bokmalAndEnglishSayTheSameThing()
{
    QFETCH(QString, name);
    const Run english = runCli(checkArguments(examplePath(name), {QStringLiteral("--lang"), QStringLiteral("en")}));
    const Run bokmal = runCli(checkArguments(examplePath(name), {QStringLiteral("--lang"), QStringLiteral("nb")}));
    QCOMPARE(bokmal.exitCode, english.exitCode);
    const QJsonObject englishResult = parseResult(english);
    const QJsonObject bokmalResult = parseResult(bokmal);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(withoutMessages(bokmalResult), withoutMessages(englishResult));
    const QStringList englishTexts = messages(englishResult);
    const QStringList bokmalTexts = messages(bokmalResult);
    QCOMPARE(bokmalTexts.size(), englishTexts.size());
    // Numbers are written differently in Bokmål (1 695 against 1,695); the words must differ too.
    QStringList untranslated;
    for (qsizetype i = 0; i < englishTexts.size(); ++i) {
        if (letters(bokmalTexts.at(i)) == letters(englishTexts.at(i)))
            untranslated.append(bokmalTexts.at(i));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("in English in the Bokmål result:\n") + untranslated.join(u'\n')));
}

void TestCli::languageDefaultsToTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");

    QTest::newRow("a Bokmål locale gives Bokmål") << QStringLiteral("nb_NO.UTF-8") << QStringLiteral("nb");
    QTest::newRow("a Nynorsk locale gives Bokmål") << QStringLiteral("nn_NO.UTF-8") << QStringLiteral("nb");
    QTest::newRow("a plain Norwegian locale gives Bokmål") << QStringLiteral("no_NO.UTF-8") << QStringLiteral("nb");
    QTest::newRow("a British locale gives English") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("en");
    QTest::newRow("a German locale gives English") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("en");
    QTest::newRow("the C locale gives English") << QStringLiteral("C.UTF-8") << QStringLiteral("en");
}

void TestCli::languageDefaultsToTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    const QString path = examplePath(QStringLiteral("e1-phd-sickness-elected"));
    const Run byLocale = runCli(checkArguments(path), {}, locale);
    const Run byOption = runCli(checkArguments(path, {QStringLiteral("--lang"), language}));
    QVERIFY2(byLocale.finished, byLocale.describe().constData());
    QCOMPARE(byLocale.out, byOption.out);
}

void TestCli::inputThatCannotBeEvaluated_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("jsonPath");

    const auto row = [](const char* name, const QByteArray& contents, const char* jsonPath) {
        QTest::newRow(name) << true << contents << QString::fromLatin1(jsonPath);
    };
    QTest::newRow("a file that does not exist is refused") << false << QByteArray() << QString();
    row("an empty file is refused", QByteArray(""), "");
    row("text that is not JSON is refused", "this is not JSON {", "");
    row("a JSON array instead of an object is refused", "[1, 2, 3]", "");
    row("another format string is refused", editedCase("format", QStringLiteral("rekrutt-case/2")), "format");
    row("a case without a format is refused", removedFromCase("format"), "format");
    row("an unknown field is refused and named", editedCase("person.nickname", QStringLiteral("Kari")),
        "person.nickname");
    row("an unknown field in a leave is named with the leave's index", editedCase("leaves[0].precent", 50),
        "leaves[0].precent");
    row("an impossible date is refused", editedCase("leaves[0].from", QStringLiteral("2025-02-30")), "leaves[0].from");
    row("a date written another way is refused", editedCase("appointment.start", QStringLiteral("01.08.2025")),
        "appointment.start");
    row("a leave of 0 percent is refused", editedCase("leaves[0].percent", 0), "leaves[0].percent");
    row("a leave of more than 100 percent is refused", editedCase("leaves[0].percent", 101), "leaves[0].percent");
    row("a leave that ends before it starts is refused", editedCase("leaves[0].to", QStringLiteral("2026-01-01")),
        "leaves[0].to");
    row("an extension of 0 days is refused", editedCase("extensions[0].days", 0), "extensions[0].days");
    row("a number written as text is refused", editedCase("appointment.lengthMonths", QStringLiteral("48")),
        "appointment.lengthMonths");
    row("an unknown position type is refused", editedCase("appointment.type", QStringLiteral("professor")),
        "appointment.type");
    row("a case without the family name is refused", removedFromCase("person.familyName"), "person.familyName");
}

void TestCli::inputThatCannotBeEvaluated()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, contents);
    QFETCH(QString, jsonPath);

    // One file per row, named after it, so that the file of one row never answers for another.
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
                                        + QStringLiteral(".case.json"));
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(contents), contents.size());
    }

    const Run run = runCli(checkArguments(path));
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QFileInfo(path).fileName()), qPrintable(QStringLiteral("file not named: ") + err));
    if (!jsonPath.isEmpty())
        QVERIFY2(err.contains(jsonPath), qPrintable(QStringLiteral("path not named: ") + err));
}

void TestCli::brokenStandardInput()
{
    const Run run = runCli(checkArguments(QStringLiteral("-")), editedCase("leaves[0].percent", 0));
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.err.contains("leaves[0].percent"), run.describe().constData());
}

void TestCli::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const QString file = examplePath(QStringLiteral("e1-phd-sickness-elected"));
    const QString check = QStringLiteral("check");
    QTest::newRow("no command at all is a usage error") << QStringList() << QStringLiteral("rekrutt-cli");
    QTest::newRow("an unknown command is named")
        << QStringList {QStringLiteral("frobnicate"), file} << QStringLiteral("frobnicate");
    QTest::newRow("an unknown option before the command is named")
        << QStringList {QStringLiteral("--verbose"), check, file} << QStringLiteral("verbose");
    QTest::newRow("help for an unknown command is a usage error")
        << QStringList {QStringLiteral("help"), QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("check without a file is a usage error") << QStringList {check} << QStringLiteral("check");
    QTest::newRow("check with two files is a usage error")
        << QStringList {check, file, file} << QStringLiteral("check");
    QTest::newRow("an unknown option of check is named")
        << QStringList {check, QStringLiteral("--verbose"), file} << QStringLiteral("verbose");
    QTest::newRow("an impossible date for --today is named")
        << QStringList {check, QStringLiteral("--today"), QStringLiteral("2026-02-30"), file}
        << QStringLiteral("2026-02-30");
    QTest::newRow("a date for --today written another way is named")
        << QStringList {check, QStringLiteral("--today"), QStringLiteral("23.11.2026"), file}
        << QStringLiteral("23.11.2026");
    QTest::newRow("--today without a date is a usage error")
        << QStringList {check, file, QStringLiteral("--today")} << QStringLiteral("--today");
    QTest::newRow("a language Rekrutt does not speak is named")
        << QStringList {check, QStringLiteral("--lang"), QStringLiteral("de"), file} << QStringLiteral("de");
}

void TestCli::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const Run run = runCli(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(named), run.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("--help")), run.describe().constData());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shown");

    const QStringList general {QStringLiteral("Usage: rekrutt-cli"), QStringLiteral("check"),
                               QStringLiteral("Evaluate a case file"), QStringLiteral("--help"),
                               QStringLiteral("--version")};
    const QStringList check {QStringLiteral("Usage: rekrutt-cli check"), QStringLiteral("--today"),
                             QStringLiteral("--lang"), QStringLiteral("FILE"), QStringLiteral("Exit status")};
    QTest::newRow("--help lists the commands and the options") << QStringList {QStringLiteral("--help")} << general;
    QTest::newRow("-h is short for --help") << QStringList {QStringLiteral("-h")} << general;
    QTest::newRow("help on its own is --help") << QStringList {QStringLiteral("help")} << general;
    QTest::newRow("check --help shows the options of check")
        << QStringList {QStringLiteral("check"), QStringLiteral("--help")} << check;
    QTest::newRow("help check is check --help")
        << QStringList {QStringLiteral("help"), QStringLiteral("check")} << check;
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shown);

    const Run run = runCli(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.isEmpty(), run.describe().constData());
    const QString out = QString::fromUtf8(run.out);
    for (const QString& text : shown)
        QVERIFY2(out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + out));
}

void TestCli::cliTextsFollowTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString check = QStringLiteral("check");
    QTest::newRow("the help of rekrutt-cli is in Bokmål") << QStringList {QStringLiteral("--help")} << 0;
    QTest::newRow("the help of check is in Bokmål") << QStringList {check, QStringLiteral("--help")} << 0;
    QTest::newRow("a usage error of check is in Bokmål") << QStringList {check} << 2;
    QTest::newRow("an error of the command-line parser is in Bokmål")
        << QStringList {check, QStringLiteral("--verbose"), QStringLiteral("x")} << 2;
    QTest::newRow("a file that cannot be read is reported in Bokmål")
        << QStringList {check, examplePath(QStringLiteral("does-not-exist"))} << 2;
}

void TestCli::cliTextsFollowTheLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const Run english = runCli(arguments);
    const Run bokmal = runCli(arguments, {}, QStringLiteral("nb_NO.UTF-8"));
    QVERIFY2(english.exitCode == exitCode, english.describe().constData());
    QVERIFY2(bokmal.exitCode == exitCode, bokmal.describe().constData());
    QVERIFY2(bokmal.out + bokmal.err != english.out + english.err, bokmal.describe().constData());

    // For check, --lang nb does in the C locale what the Bokmål locale does.
    if (arguments.first() == QLatin1StringView("check")) {
        QStringList withOption = arguments;
        withOption.insert(1, QStringLiteral("nb"));
        withOption.insert(1, QStringLiteral("--lang"));
        const Run byOption = runCli(withOption);
        QCOMPARE(byOption.exitCode, bokmal.exitCode);
        QCOMPARE(byOption.out + byOption.err, bokmal.out + bokmal.err);
    }
}

void TestCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--version prints the name and version") << QStringLiteral("--version");
    QTest::newRow("-v is short for --version") << QStringLiteral("-v");
}

void TestCli::version()
{
    QFETCH(QString, option);
    const Run run = runCli({option});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out, QByteArray("rekrutt-cli " REKRUTT_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

// Every number at the end of its range at once: the earliest start, the longest length, the smallest share, 500
// leaves over three centuries and 200 approved extensions of ten years. Once, FTE 1e-10 gave a frame end of null
// (an int overflow); now each date must still be a date, and every day count a count.
void TestCli::theLargestCaseTheReaderTakesGivesDates()
{
    QJsonArray leaves;
    for (int i = 0; i < 500; ++i) {
        leaves.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("sickness")},
                                   {QStringLiteral("from"), QStringLiteral("1900-01-01")},
                                   {QStringLiteral("to"), QStringLiteral("2200-12-31")},
                                   {QStringLiteral("percent"), 100}});
    }
    QJsonArray extensions;
    for (int i = 0; i < 200; ++i) {
        extensions.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("unforeseen_obstacle")},
                                       {QStringLiteral("days"), 3650},
                                       {QStringLiteral("status"), QStringLiteral("approved")},
                                       {QStringLiteral("documented"), true}});
    }
    const QJsonObject largest {
        {QStringLiteral("format"), QStringLiteral("rekrutt-case/1")},
        {QStringLiteral("person"),
         QJsonObject {{QStringLiteral("familyName"), QStringLiteral("N")},
                      {QStringLiteral("givenName"), QStringLiteral("K")}}},
        {QStringLiteral("appointment"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("postdoc")},
                      {QStringLiteral("start"), QStringLiteral("1900-01-01")},
                      {QStringLiteral("lengthMonths"), 240},
                      {QStringLiteral("ftePercent"), 1}}},
        {QStringLiteral("leaves"), leaves},
        {QStringLiteral("extensions"), extensions},
    };
    const Run run = runCli(checkArguments(QStringLiteral("-")), QJsonDocument(largest).toJson());
    QVERIFY2(run.finished && (run.exitCode == 0 || run.exitCode == 1), run.describe().constData());
    const QJsonObject period = parseResult(run)[u"period"].toObject();
    const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const char* key : {"start", "nominalEnd", "end", "frameEnd"}) {
        const QString value = period[QLatin1StringView(key)].toString();
        QVERIFY2(isoDate.match(value).hasMatch(), qPrintable(QString::fromLatin1(key) + QStringLiteral(": ") + value));
    }
    // 301 years of leave at 100 %, from the start on; the ten-year extensions, all 200 of them.
    const int leaveDays = period[u"leaveExtensionDays"].toInt();
    QCOMPARE(leaveDays, int(QDate(1900, 1, 1).daysTo(QDate(2201, 1, 1))));
    QCOMPARE(period[u"grantedExtensionDays"].toInt(), 200 * 3650);
    QVERIFY(period[u"end"].toString() > period[u"nominalEnd"].toString());
    QVERIFY(period[u"frameEnd"].toString() > period[u"end"].toString());
}

// Issue 11: the command line draws its PDFs with rekrutt_render (Qt Gui); the desktop's Widgets and
// PrintSupport, and what they load, are not among its libraries.
void TestCli::linksNoWidgetsAndNoPrintSupport()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(REKRUTT_CLI)});
    QVERIFY2(ldd.waitForFinished(30000) && ldd.exitCode() == 0, qPrintable(ldd.errorString()));
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Core.so"), qPrintable(libraries)); // ldd did list them
    QVERIFY2(libraries.contains(u"libQt6Gui.so"), qPrintable(libraries));
    QVERIFY2(!libraries.contains(u"libQt6Widgets.so"), qPrintable(libraries));
    QVERIFY2(!libraries.contains(u"libQt6PrintSupport.so"), qPrintable(libraries));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
