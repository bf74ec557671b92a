// Over 600 lines: one Qt Test executable per unit (the database verbs of rekrutt-cli), as the project's
// tests are built; each test function stands alone and shares only runCli() and the fixture.

#include "core/interchange/CaseWriter.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/common/CaseBuilder.h"
#include "tests/common/CaseGenerator.h"
#include "tests/common/CliRun.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * The database verbs of `rekrutt-cli` run as a process, on a SQLite file and on a throwaway
 * PostgreSQL server: init, import (all or none), export, list, check --db --case, backup, verify
 * and demo. Every example case must give the same result after import and export as the file.
 */
class TestCliDatabase : public StorageTest
{
    Q_OBJECT

private slots:
    void initTestCase();

    void initCreatesAnEmptyDatabase_data() { StorageFixture::addBackends(); }
    void initCreatesAnEmptyDatabase();
    void importExportCheckGivesTheResultsOfTheFiles_data() { StorageFixture::addBackends(); }
    void importExportCheckGivesTheResultsOfTheFiles();
    void exportOfOneCaseWritesOneFile_data() { StorageFixture::addBackends(); }
    void exportOfOneCaseWritesOneFile();
    void importIsAllOrNone_data() { StorageFixture::addBackends(); }
    void importIsAllOrNone();
    void checkOfAnUnknownCaseIsRefused_data() { StorageFixture::addBackends(); }
    void checkOfAnUnknownCaseIsRefused();
    void listJsonMatchesCheck_data() { StorageFixture::addBackends(); }
    void listJsonMatchesCheck();
    void listTableShowsEveryCase_data() { StorageFixture::addBackends(); }
    void listTableShowsEveryCase();
    void listFilter_data() { StorageFixture::addBackends(); }
    void listFilter();
    void listStoresMissingEvaluations_data() { StorageFixture::addBackends(); }
    void listStoresMissingEvaluations();
    void listUpgradesAnOlderSchema_data() { StorageFixture::addBackends(); }
    void listUpgradesAnOlderSchema();
    void backupIsAVerifiedCopy_data() { StorageFixture::addBackends(); }
    void backupIsAVerifiedCopy();
    void demoCreatesAnOfficeOnce_data() { StorageFixture::addBackends(); }
    void demoCreatesAnOfficeOnce();
    void theWholeOfficeMovesToAnotherDatabase_data() { StorageFixture::addBackends(); }
    void theWholeOfficeMovesToAnotherDatabase();
    void institutionRegisterDecidesOnceInCheckAndDatabaseAlike_data() { StorageFixture::addBackends(); }
    void institutionRegisterDecidesOnceInCheckAndDatabaseAlike();
    void aPasswordIsAskedOnTheTerminalNotFromAScript();

    void aFullOrReadOnlyDiskIsNamedForWhatItIs();
    void anEmptyFileIsNotTurnedIntoADatabase_data();
    void anEmptyFileIsNotTurnedIntoADatabase();
    void usageError_data();
    void usageError();
    void aZeroedPageIsRefusedByEveryVerb_data();
    void aZeroedPageIsRefusedByEveryVerb();

private:
    /** A fresh database for the running row: `--db` text, with the schema created by `init`. */
    QString initDatabase(const DatabaseLocation& location);
    /** `initDatabase` and every example imported; `files` receives the example files in import order. */
    QString databaseWithExamples(const DatabaseLocation& location, QStringList* files = nullptr);

    QTemporaryDir m_dir;
};

namespace {

const QString today = QStringLiteral("2026-11-23");

using Run = testing::CliRun;
using testing::runCli;

/** Every example case of the tests: the worked examples and the file that uses every field. */
QStringList exampleFiles()
{
    QStringList files;
    const QDir examples(QStringLiteral(REKRUTT_TEST_DATA "/examples"));
    for (const QString& name : examples.entryList({QStringLiteral("*.case.json")}, QDir::Files, QDir::Name))
        files.append(examples.filePath(name));
    files.append(QStringLiteral(REKRUTT_TEST_DATA "/full.case.json"));
    return files;
}

QJsonDocument parseJson(const QByteArray& bytes, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    *ok = error.error == QJsonParseError::NoError;
    return document;
}

/** `check --today 2026-11-23` of a file, or of a stored case with --db and --case. */
Run check(const QStringList& what)
{
    return runCli(QStringList {QStringLiteral("check"), QStringLiteral("--today"), today, QStringLiteral("--lang"),
                               QStringLiteral("en")}
                  + what);
}

/** What must not change between the file and the stored case: the period, the deadlines and the findings. */
QJsonObject essentials(const QJsonObject& result)
{
    QJsonArray findings;
    for (const QJsonValue& finding : result[u"findings"].toArray()) {
        findings.append(QJsonObject {{QStringLiteral("rule"), finding[u"rule"]},
                                     {QStringLiteral("severity"), finding[u"severity"]},
                                     {QStringLiteral("source"), finding[u"source"]}});
    }
    return QJsonObject {{QStringLiteral("ruleSet"), result[u"ruleSet"]},
                        {QStringLiteral("period"), result[u"period"]},
                        {QStringLiteral("deadlines"), result[u"deadlines"]},
                        {QStringLiteral("findings"), findings}};
}

int countSeverity(const QJsonObject& result, const QString& severity)
{
    const QJsonArray findings = result[u"findings"].toArray();
    return int(std::count_if(findings.begin(), findings.end(),
                             [&](const QJsonValue& finding) { return finding[u"severity"].toString() == severity; }));
}

/** The earliest due date of a deadline not yet done, or null. */
QJsonValue nextDeadline(const QJsonObject& result)
{
    QString earliest;
    for (const QJsonValue& deadline : result[u"deadlines"].toArray()) {
        const QString due = deadline[u"due"].toString();
        if (!deadline[u"done"].toBool() && (earliest.isEmpty() || due < earliest))
            earliest = due;
    }
    return earliest.isEmpty() ? QJsonValue() : QJsonValue(earliest);
}

} // namespace

/** Runs `arguments`, QVERIFYing exit `expected`; declares `result` (a Run). */
#define RUN_CLI(result, expected, ...)                                                                                 \
    const Run result = runCli(__VA_ARGS__);                                                                            \
    QVERIFY2(result.finished, result.describe().constData());                                                          \
    QVERIFY2(result.exitCode == (expected), result.describe().constData())

/** Declares `variable`, the array that `list --json --today 2026-11-23` of `db` prints (more arguments after `db`). */
#define LIST_JSON(variable, db, ...)                                                                                   \
    QJsonArray variable;                                                                                               \
    do {                                                                                                               \
        RUN_CLI(listRun_, 0,                                                                                           \
                QStringList {QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json"),             \
                             QStringLiteral("--today"), today}                                                         \
                    + QStringList {__VA_ARGS__});                                                                      \
        bool listOk_ = false;                                                                                          \
        const QJsonDocument listDocument_ = parseJson(listRun_.out, &listOk_);                                         \
        QVERIFY2(listDocument_.isArray() && listOk_, listRun_.describe().constData());                                 \
        variable = listDocument_.array();                                                                              \
    } while (false)

void TestCliDatabase::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(REKRUTT_CLI)).isExecutable(), "rekrutt-cli has not been built");
    QVERIFY(m_dir.isValid());
    m_storage.initTestCase();
}

QString TestCliDatabase::initDatabase(const DatabaseLocation& location)
{
    const QString db = location.displayName();
    const Run run = runCli({QStringLiteral("init"), QStringLiteral("--db"), db});
    if (!run.finished || run.exitCode != 0)
        qWarning("init failed: %s", run.describe().constData());
    return db;
}

QString TestCliDatabase::databaseWithExamples(const DatabaseLocation& location, QStringList* files)
{
    const QString db = initDatabase(location);
    const QStringList examples = exampleFiles();
    const Run run = runCli(QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + examples);
    if (!run.finished || run.exitCode != 0)
        qWarning("import failed: %s", run.describe().constData());
    if (files)
        *files = examples;
    return db;
}

void TestCliDatabase::initCreatesAnEmptyDatabase()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = location.displayName();
    RUN_CLI(init, 0, {QStringLiteral("init"), QStringLiteral("--db"), db});
    QVERIFY2(init.err.isEmpty(), init.describe().constData());
    QVERIFY2(init.out.contains("ready"), init.describe().constData());
    if (backend == Backend::Sqlite)
        QVERIFY(QFileInfo::exists(location.path));

    LIST_JSON(cases, db);
    QCOMPARE(cases.size(), 0);
    RUN_CLI(verify, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});
    // A second init of the same database changes nothing and succeeds.
    RUN_CLI(again, 0, {QStringLiteral("init"), QStringLiteral("--db"), db});
}

void TestCliDatabase::importExportCheckGivesTheResultsOfTheFiles()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = initDatabase(location);
    const QStringList originals = exampleFiles();
    RUN_CLI(import, 0, QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + originals);
    QVERIFY2(import.out.contains(QByteArray::number(originals.size())), import.describe().constData());

    // The new ids ascend in the order of the files.
    LIST_JSON(cases, db);
    QCOMPARE(cases.size(), originals.size());
    QList<qint64> ids;
    for (const QJsonValue& item : cases)
        ids.append(item[u"id"].toInteger());
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));

    const QString out = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-export");
    RUN_CLI(exported, 0, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.case.json")}, QDir::Files).size(), originals.size());

    for (qsizetype i = 0; i < originals.size(); ++i) {
        const QString name = QFileInfo(originals.at(i)).fileName();
        const QStringList exportedFiles
            = QDir(out).entryList({QString::number(ids.at(i)) + QStringLiteral("-*.case.json")}, QDir::Files);
        QVERIFY2(exportedFiles.size() == 1, qPrintable(name));
        const QString exportedFile = QDir(out).filePath(exportedFiles.first());
        // Personal data, as in the database: readable by its owner only.
        QCOMPARE(modeOf(exportedFile), 0600);

        const Run original = check({originals.at(i)});
        QVERIFY2(original.finished && (original.exitCode == 0 || original.exitCode == 1),
                 original.describe().constData());
        bool ok = false;
        const QJsonObject expected = parseJson(original.out, &ok).object();
        QVERIFY2(ok, original.describe().constData());

        // The exported file is the same case: the whole document is the same, words included.
        const Run again = check({exportedFile});
        QVERIFY2(again.exitCode == original.exitCode, qPrintable(name + u'\n' + QString::fromUtf8(again.describe())));
        const QJsonObject fromExport = parseJson(again.out, &ok).object();
        QVERIFY2(ok, again.describe().constData());
        if (fromExport != expected) {
            QCOMPARE(QJsonDocument(fromExport).toJson(), QJsonDocument(expected).toJson());
            QFAIL(qPrintable(name));
        }

        // The stored case, evaluated where it is stored.
        const Run stored = check({QStringLiteral("--db"), db, QStringLiteral("--case"), QString::number(ids.at(i))});
        QVERIFY2(stored.exitCode == original.exitCode, qPrintable(name + u'\n' + QString::fromUtf8(stored.describe())));
        QVERIFY2(stored.err.isEmpty(), stored.describe().constData());
        const QJsonObject fromDatabase = parseJson(stored.out, &ok).object();
        QVERIFY2(ok, stored.describe().constData());
        if (essentials(fromDatabase) != essentials(expected)) {
            QCOMPARE(QJsonDocument(essentials(fromDatabase)).toJson(), QJsonDocument(essentials(expected)).toJson());
            QFAIL(qPrintable(name));
        }
    }
}

void TestCliDatabase::exportOfOneCaseWritesOneFile()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);
    LIST_JSON(cases, db);
    QVERIFY(cases.size() > 2);
    const QJsonObject second = cases.at(1).toObject();
    const QString out = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-one");
    RUN_CLI(exported, 0,
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
             QString::number(second[u"id"].toInteger()), QStringLiteral("--out"), out});
    const QStringList files = QDir(out).entryList({QStringLiteral("*.case.json")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().startsWith(QString::number(second[u"id"].toInteger()) + u'-'), qPrintable(files.first()));
    QVERIFY2(files.first().contains(second[u"familyName"].toString().toLower()), qPrintable(files.first()));
}

void TestCliDatabase::importIsAllOrNone()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = initDatabase(location);
    const QString malformed = QStringLiteral(REKRUTT_TEST_DATA "/malformed/percent-as-text.case.json");
    const Run alone = check({malformed});
    QCOMPARE(alone.exitCode, 2);
    const QString malformedText = QString::fromUtf8(alone.err);

    // The worked examples are fine; the last file is not.
    RUN_CLI(import, 2,
            QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + exampleFiles() << malformed);
    QVERIFY2(import.out.isEmpty(), import.describe().constData());
    const QString err = QString::fromUtf8(import.err);
    QVERIFY2(err.contains(QStringLiteral("percent-as-text.case.json")), import.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("leaves[")), import.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("nothing was imported")), import.describe().constData());
    QVERIFY2(malformedText.contains(QStringLiteral("leaves[")), alone.describe().constData());
    LIST_JSON(afterMalformed, db);
    QCOMPARE(afterMalformed.size(), 0);

    // A file that is missing is named the same way.
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("no-such.case.json"));
    RUN_CLI(missingRun, 2,
            QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + exampleFiles() << missing);
    QVERIFY2(missingRun.err.contains("no-such.case.json"), missingRun.describe().constData());
    LIST_JSON(afterMissing, db);
    QCOMPARE(afterMissing.size(), 0);

    // The same files without the bad one are all stored.
    RUN_CLI(good, 0, QStringList {QStringLiteral("import"), QStringLiteral("--db"), db} + exampleFiles());
    LIST_JSON(afterGood, db);
    QCOMPARE(afterGood.size(), exampleFiles().size());
}

void TestCliDatabase::checkOfAnUnknownCaseIsRefused()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);
    RUN_CLI(unknown, 2, {QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--case"), u"987654"_s});
    QVERIFY2(unknown.out.isEmpty(), unknown.describe().constData());
    QVERIFY2(unknown.err.contains("987654"), unknown.describe().constData());

    // A database that does not exist is not created by check.
    if (backend == Backend::Sqlite) {
        const QString absent = QDir(m_dir.path()).filePath(QStringLiteral("absent.rekrutt"));
        RUN_CLI(noDatabase, 2,
                {QStringLiteral("check"), QStringLiteral("--db"), absent, QStringLiteral("--case"), u"1"_s});
        QVERIFY2(noDatabase.out.isEmpty(), noDatabase.describe().constData());
        QVERIFY(!QFileInfo::exists(absent));
    }
}

void TestCliDatabase::listJsonMatchesCheck()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QStringList files;
    const QString db = databaseWithExamples(location, &files);
    LIST_JSON(cases, db);
    QCOMPARE(cases.size(), files.size());

    const QSet<QString> keys {u"id"_s,  u"familyName"_s,   u"givenName"_s, u"type"_s,    u"start"_s,
                              u"end"_s, u"nextDeadline"_s, u"errors"_s,    u"warnings"_s};
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject item = cases.at(i).toObject();
        const QStringList itemKeys = item.keys();
        QCOMPARE(QSet<QString>(itemKeys.begin(), itemKeys.end()), keys);
        QVERIFY(item[u"id"].isDouble());
        QVERIFY(item[u"errors"].isDouble());
        QVERIFY(item[u"warnings"].isDouble());

        QFile file(files.at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject source = QJsonDocument::fromJson(file.readAll()).object();
        const QString name = QFileInfo(files.at(i)).fileName();
        QCOMPARE(item[u"familyName"].toString(), source[u"person"][u"familyName"].toString());
        QCOMPARE(item[u"givenName"].toString(), source[u"person"][u"givenName"].toString());
        QCOMPARE(item[u"type"].toString(), source[u"appointment"][u"type"].toString());
        QCOMPARE(item[u"start"].toString(), source[u"appointment"][u"start"].toString());

        const Run stored
            = check({QStringLiteral("--db"), db, QStringLiteral("--case"), QString::number(item[u"id"].toInteger())});
        bool ok = false;
        const QJsonObject result = parseJson(stored.out, &ok).object();
        QVERIFY2(ok, stored.describe().constData());
        QVERIFY2(item[u"end"] == result[u"period"][u"end"], qPrintable(name));
        QVERIFY2(
            item[u"nextDeadline"] == nextDeadline(result),
            qPrintable(name + u": " + item[u"nextDeadline"].toString() + u" vs " + nextDeadline(result).toString()));
        QVERIFY2(item[u"errors"].toInt() == countSeverity(result, u"error"_s),
                 qPrintable(name + u": errors " + QString::number(item[u"errors"].toInt())));
        QVERIFY2(item[u"warnings"].toInt() == countSeverity(result, u"warning"_s),
                 qPrintable(name + u": warnings " + QString::number(item[u"warnings"].toInt()) + u" vs "
                            + QString::number(countSeverity(result, u"warning"_s))));
    }
}

void TestCliDatabase::listTableShowsEveryCase()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);
    LIST_JSON(cases, db);
    RUN_CLI(table, 0, {QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--today"), today});
    QVERIFY2(table.err.isEmpty(), table.describe().constData());
    const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), cases.size() + 1); // the header and one line per case
    QVERIFY2(lines.first().startsWith(QStringLiteral("ID")), qPrintable(lines.first()));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject item = cases.at(i).toObject();
        const QString& line = lines.at(i + 1);
        QVERIFY2(line.startsWith(QString::number(item[u"id"].toInteger()) + u' '), qPrintable(line));
        QVERIFY2(line.contains(item[u"familyName"].toString() + u", " + item[u"givenName"].toString()),
                 qPrintable(line));
        QVERIFY2(line.contains(item[u"type"].toString()), qPrintable(line));
        QVERIFY2(line.contains(item[u"start"].toString()), qPrintable(line));
        if (!item[u"end"].isNull())
            QVERIFY2(line.contains(item[u"end"].toString()), qPrintable(line));
    }
}

void TestCliDatabase::listFilter()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);

    LIST_JSON(byName, db, QStringLiteral("--filter"), QStringLiteral("haugen"));
    QCOMPARE(byName.size(), 1);
    QCOMPARE(byName.at(0)[u"familyName"].toString(), QStringLiteral("Haugen"));

    LIST_JSON(byType, db, QStringLiteral("--filter"), QStringLiteral("postdoc"));
    QVERIFY(!byType.isEmpty());
    for (const QJsonValue& item : byType)
        QVERIFY2(item[u"type"].toString().contains(QStringLiteral("postdoc")), qPrintable(item[u"type"].toString()));
    LIST_JSON(all, db);
    qsizetype postdocs = 0;
    for (const QJsonValue& item : all)
        postdocs += item[u"type"].toString().contains(QStringLiteral("postdoc")) ? 1 : 0;
    QCOMPARE(byType.size(), postdocs);

    LIST_JSON(byFullName, db, QStringLiteral("--filter"), QStringLiteral("Kari Nilsen"));
    QCOMPARE(byFullName.size(), 1);
    LIST_JSON(nonLatin, db, QStringLiteral("--filter"), QStringLiteral("ødegård"));
    QCOMPARE(nonLatin.size(), 1);
    LIST_JSON(nothing, db, QStringLiteral("--filter"), QStringLiteral("no such person"));
    QCOMPARE(nothing.size(), 0);
}

void TestCliDatabase::listStoresMissingEvaluations()
{
    // list reads without writing, but stores the evaluations of cases that have none (as after the
    // migration that added them) once, and lists them as if they had always been there.
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);
    LIST_JSON(before, db);
    {
        RawConnection raw(location);
        QVERIFY2(raw.isOpen(), qPrintable(raw.error()));
        REKRUTT_RAW_EXEC(raw, QStringLiteral("DELETE FROM case_summary"));
    }
    LIST_JSON(after, db);
    QCOMPARE(after, before);
    RawConnection raw(location);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM case_summary")).toInt(), int(before.size()));
    raw.close();
    RUN_CLI(verify, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});
}

void TestCliDatabase::listUpgradesAnOlderSchema()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const int older = Database::currentSchemaVersion() - 1;
    QVERIFY(older >= 1);
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Create, Database::Schema::AsIs);
        QString error;
        QVERIFY2(Migrations::upgrade(db, 0, older, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), older);
    }
    RUN_CLI(table, 0,
            {QStringLiteral("list"), QStringLiteral("--db"), location.displayName(), QStringLiteral("--today"), today});
    QVERIFY2(table.out.startsWith("ID"), table.describe().constData());
    RawConnection raw(location);
    QCOMPARE(raw.value(QStringLiteral("SELECT value FROM settings WHERE key = 'schema_version'")).toInt(),
             Database::currentSchemaVersion());
}

void TestCliDatabase::backupIsAVerifiedCopy()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = databaseWithExamples(location);
    const QString copy = QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-backup.rekrutt");
    QFile::remove(copy);

    RUN_CLI(verifyOriginal, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verifyOriginal.err.isEmpty(), verifyOriginal.describe().constData());
    RUN_CLI(backup, 0, {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), copy});
    QVERIFY(QFileInfo::exists(copy));
    QVERIFY2(fileBytes(copy).startsWith("SQLite format 3"), "the backup is not a SQLite file");
    RUN_CLI(verifyCopy, 0, {QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(verifyCopy.err.isEmpty(), verifyCopy.describe().constData());

    LIST_JSON(original, db);
    LIST_JSON(copied, copy);
    QCOMPARE(copied, original);

    // A backup never overwrites a file.
    RUN_CLI(again, 2, {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), copy});
    QVERIFY2(again.out.isEmpty(), again.describe().constData());
    RUN_CLI(verifyAfter, 0, {QStringLiteral("verify"), QStringLiteral("--db"), copy});
}

void TestCliDatabase::demoCreatesAnOfficeOnce()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = location.displayName();
    RUN_CLI(demo, 0, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--today"), today});
    LIST_JSON(cases, db);
    QVERIFY2(cases.size() >= 50 && cases.size() <= 70, qPrintable(QString::number(cases.size())));
    QSet<QString> types;
    for (const QJsonValue& item : cases)
        types.insert(item[u"type"].toString());
    QVERIFY2(types.size() >= 6, qPrintable(QStringList(types.begin(), types.end()).join(u", ")));

    RUN_CLI(second, 2, {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--today"), today});
    QVERIFY2(second.out.isEmpty(), second.describe().constData());
    QVERIFY2(!second.err.isEmpty(), second.describe().constData());
    LIST_JSON(after, db);
    QCOMPARE(after.size(), cases.size());
    RUN_CLI(verify, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});
}

namespace {

/** Writes `bytes` to the file `path`; false when it cannot. */
bool writeText(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** The rule IDs of the findings of a `check` result. */
QStringList findingRules(const Run& run)
{
    bool ok = false;
    const QJsonDocument document = parseJson(run.out, &ok);
    QStringList rules;
    for (const QJsonValue& finding : document[u"findings"].toArray())
        rules.append(finding[u"rule"].toString());
    return rules;
}

} // namespace

/** `export --office` from a laptop's file and `import --office` into another database give the same office. */
void TestCliDatabase::theWholeOfficeMovesToAnotherDatabase()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = location.displayName();
    const QString laptop
        = QDir(m_dir.path())
              .filePath(QStringLiteral("laptop-%1.rekrutt").arg(QLatin1StringView(QTest::currentDataTag())));
    const QString office
        = QDir(m_dir.path()).filePath(QStringLiteral("office-%1.json").arg(QLatin1StringView(QTest::currentDataTag())));
    QFile::remove(laptop);
    RUN_CLI(demo, 0, {QStringLiteral("demo"), QStringLiteral("--db"), laptop, QStringLiteral("--today"), today});
    RUN_CLI(exported, 0,
            {QStringLiteral("export"), QStringLiteral("--db"), laptop, QStringLiteral("--office"), office});
    QVERIFY2(exported.out.contains("appointment(s)"), exported.describe().constData());

    // A file damaged in one place is refused whole, naming the place.
    QFile file(office);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    const QString broken = office + QStringLiteral(".broken.json");
    QByteArray damaged = text;
    damaged.replace("\"format\": \"rekrutt-office/1\"", "\"format\": \"rekrutt-office/9\"");
    QVERIFY(damaged != text);
    QVERIFY(writeText(broken, damaged));
    RUN_CLI(refused, 2, {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--office"), broken});
    QVERIFY2(refused.err.contains("format") && refused.err.contains("nothing was imported"),
             refused.describe().constData());
    if (backend == Backend::Sqlite) {
        QVERIFY2(!QFileInfo::exists(db), "a refused file left a database behind");
    } else {
        LIST_JSON(none, db);
        QCOMPARE(none.size(), 0);
    }

    RUN_CLI(imported, 0, {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--office"), office});
    QVERIFY2(imported.out.contains("institution register is the office file"), imported.describe().constData());
    LIST_JSON(before, laptop);
    LIST_JSON(after, db);
    QCOMPARE(after, before);
    RUN_CLI(verify, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});
}

void TestCliDatabase::institutionRegisterDecidesOnceInCheckAndDatabaseAlike()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    const QString db = initDatabase(location);
    const QDir dir(m_dir.path());
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QString error;
    // A postdoc at NTNU who was a postdoc at NTNU under its English name, and one who was at "Trondheim Tech".
    const QString english = dir.filePath(tag + u"-english.case.json");
    QVERIFY2(CaseWriter::writeFile(CaseBuilder::postdoc()
                                       .history(PositionType::Postdoc, "Norwegian University of Science and Technology",
                                                "2020-01-01", "2021-12-31")
                                       .build(),
                                   english, &error),
             qPrintable(error));
    const QString unknown = dir.filePath(tag + u"-unknown.case.json");
    QVERIFY2(CaseWriter::writeFile(CaseBuilder::postdoc()
                                       .with([](Case& c) { c.person.familyName = QStringLiteral("Berg"); })
                                       .history(PositionType::Postdoc, "Trondheim Tech", "2020-01-01", "2021-12-31")
                                       .build(),
                                   unknown, &error),
             qPrintable(error));

    // The file and the stored case agree: the built-in register and the database's both know NTNU's names.
    const Run fromFile = check({english});
    QCOMPARE(fromFile.exitCode, 1);
    QVERIFY2(findingRules(fromFile).contains(u"ONCE"_s), fromFile.describe().constData());
    RUN_CLI(imported, 0, {QStringLiteral("import"), QStringLiteral("--db"), db, english, unknown});
    QVERIFY2(imported.out.contains("Added 1 institution the institution register did not know, as an institution of "
                                   "its own: Trondheim Tech."),
             imported.describe().constData());
    const Run stored = check({QStringLiteral("--db"), db, QStringLiteral("--case"), QStringLiteral("1")});
    QCOMPARE(findingRules(stored), findingRules(fromFile));
    const Run before = check({QStringLiteral("--db"), db, QStringLiteral("--case"), QStringLiteral("2")});
    QVERIFY2(!findingRules(before).contains(u"ONCE"_s), before.describe().constData());
    LIST_JSON(listBefore, db);

    // The office makes "Trondheim Tech" another name of NTNU, through the printed register.
    RUN_CLI(printed, 0, {QStringLiteral("institutions"), QStringLiteral("--db"), db});
    QStringList lines = QString::fromUtf8(printed.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(u"Trondheim Tech\t"_s), printed.describe().constData());
    QStringList dropped = lines;
    dropped.removeAll(u"Trondheim Tech\t"_s);
    const QString droppedFile = dir.filePath(tag + u"-dropped.tsv");
    QVERIFY(writeText(droppedFile, (dropped.join(u'\n') + u'\n').toUtf8()));
    // Dropped without a home, the name in use is refused, and nothing changes.
    RUN_CLI(refused, 2,
            {QStringLiteral("institutions"), QStringLiteral("--db"), db, QStringLiteral("--replace"), droppedFile});
    QVERIFY2(refused.err.contains("\"Trondheim Tech\" is used by 1 case or earlier appointment"),
             refused.describe().constData());
    RUN_CLI(unchanged, 0, {QStringLiteral("institutions"), QStringLiteral("--db"), db});
    QCOMPARE(unchanged.out, printed.out);

    QStringList merged = dropped;
    for (QString& line : merged) {
        if (line.startsWith(u"Norges teknisk-naturvitenskapelige universitet\t"_s))
            line += u"\tTrondheim Tech"_s;
    }
    const QString mergedFile = dir.filePath(tag + u"-merged.tsv");
    QVERIFY(writeText(mergedFile, (merged.join(u'\n') + u'\n').toUtf8()));
    RUN_CLI(replaced, 0,
            {QStringLiteral("institutions"), QStringLiteral("--db"), db, QStringLiteral("--replace"), mergedFile});
    const Run after = check({QStringLiteral("--db"), db, QStringLiteral("--case"), QStringLiteral("2")});
    QCOMPARE(after.exitCode, 1);
    QVERIFY2(findingRules(after).contains(u"ONCE"_s), after.describe().constData());
    // The list, read from the stored evaluations, says so too.
    LIST_JSON(listAfter, db);
    QCOMPARE(listAfter.at(1)[u"errors"].toInt(), listBefore.at(1)[u"errors"].toInt() + 1);
    RUN_CLI(verify, 0, {QStringLiteral("verify"), QStringLiteral("--db"), db});

    // A file that is not a register changes nothing, and says where it is wrong.
    const QString badFile = dir.filePath(tag + u"-bad.tsv");
    QVERIFY(writeText(badFile, "# comment\nLund University\n\tKTH\tKungliga Tekniska h\xc3\xb6gskolan\n"));
    RUN_CLI(badRun, 2,
            {QStringLiteral("institutions"), QStringLiteral("--db"), db, QStringLiteral("--replace"), badFile});
    QVERIFY2(badRun.err.contains("line 3: the first field, the institution's full name, is empty"),
             badRun.describe().constData());
    RUN_CLI(stillMerged, 0, {QStringLiteral("institutions"), QStringLiteral("--db"), db});
    QVERIFY2(stillMerged.out.contains("Norwegian University of Science and Technology\tTrondheim Tech\n"),
             stillMerged.describe().constData());
}

void TestCliDatabase::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const QString db = QDir(m_dir.path()).filePath(QStringLiteral("usage.rekrutt"));
    const QString file = QStringLiteral(REKRUTT_TEST_DATA "/examples/e1-phd-sickness-elected.case.json");
    const QString dbOption = QStringLiteral("--db");
    auto row = [](const char* name, const QStringList& arguments, const QString& named) {
        QTest::newRow(name) << arguments << named;
    };
    row("init without --db is a usage error", {u"init"_s}, u"--db"_s);
    row("import without a file is a usage error", {u"import"_s, dbOption, db}, u"import"_s);
    row("import without --db is a usage error", {u"import"_s, file}, u"--db"_s);
    row("export without --out is a usage error", {u"export"_s, dbOption, db}, u"--out"_s);
    row("export of a case id that is not a number is named",
        {u"export"_s, dbOption, db, u"--case"_s, u"x1"_s, u"--out"_s, m_dir.path()}, u"x1"_s);
    row("list with an impossible --today is named", {u"list"_s, dbOption, db, u"--today"_s, u"2026-02-30"_s},
        u"2026-02-30"_s);
    row("list with an unknown option is named", {u"list"_s, dbOption, db, u"--colour"_s}, u"colour"_s);
    row("backup without --to is a usage error", {u"backup"_s, dbOption, db}, u"--to"_s);
    row("verify without --db is a usage error", {u"verify"_s}, u"--db"_s);
    row("demo with a --today of another form is named", {u"demo"_s, dbOption, db, u"--today"_s, u"23.11.2026"_s},
        u"23.11.2026"_s);
    row("check with a file and --db is a usage error", {u"check"_s, dbOption, db, u"--case"_s, u"1"_s, file},
        u"check"_s);
    row("check with --db and no --case is a usage error", {u"check"_s, dbOption, db}, u"--case"_s);
    row("check with --case and no --db is a usage error", {u"check"_s, u"--case"_s, u"1"_s}, u"--db"_s);
    row("check with neither a file nor --db is a usage error", {u"check"_s}, u"check"_s);
    row("check with a case id that is not a number is named", {u"check"_s, dbOption, db, u"--case"_s, u"one"_s},
        u"one"_s);
    row("check --db with an impossible --today is named",
        {u"check"_s, dbOption, db, u"--case"_s, u"1"_s, u"--today"_s, u"2026-13-01"_s}, u"2026-13-01"_s);
    row("check --db with a language Rekrutt does not speak is named",
        {u"check"_s, dbOption, db, u"--case"_s, u"1"_s, u"--lang"_s, u"de"_s}, u"de"_s);
}

void TestCliDatabase::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    RUN_CLI(run, 2, arguments);
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(named), run.describe().constData());
    QVERIFY2(err.contains(QStringLiteral("--help")), run.describe().constData());
    // Bad usage is found before the database is touched.
    QVERIFY(!QFileInfo::exists(QDir(m_dir.path()).filePath(QStringLiteral("usage.rekrutt"))));
}

void TestCliDatabase::anEmptyFileIsNotTurnedIntoADatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("%OUT%");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("verify") << QStringList {QStringLiteral("verify")};
    QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("--out"), out};
    QTest::newRow("backup") << QStringList {QStringLiteral("backup"), QStringLiteral("--to"), out};
    QTest::newRow("check --db") << QStringList {QStringLiteral("check"), QStringLiteral("--case"), QStringLiteral("1")};
}

// A database that lost its content (0 bytes after a full disk or a copy cut short) used to be filled
// with an empty schema by every verb, and verify then said "0 cases checked, no problems".
void TestCliDatabase::anEmptyFileIsNotTurnedIntoADatabase()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("office.rekrutt"));
    {
        QFile empty(db);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    arguments.replaceInStrings(QStringLiteral("%OUT%"), dir.filePath(QStringLiteral("out")));
    arguments.insert(1, QStringLiteral("--db"));
    arguments.insert(2, db);
    RUN_CLI(run, 2, arguments);
    QVERIFY2(run.err.contains("office.rekrutt") && run.err.contains("empty file"), run.describe().constData());
    QCOMPARE(QFileInfo(db).size(), 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

// A full disk was reported as "cannot rollback - no transaction is active" (the rollback's error hid the
// commit's), a read-only disk as a damaged database to restore from a backup. The test mounts a small
// tmpfs in a mount namespace of its own (unshare; as root, or in a user namespace otherwise), fills it,
// then makes it read-only, and runs the real program on it each time.
void TestCliDatabase::aFullOrReadOnlyDiskIsNamedForWhatItIs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("cases"));
    const QList<Case> cases = CaseGenerator(7).generate(80);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QString error;
        QVERIFY2(CaseWriter::writeFile(cases.at(i), dir.filePath(QStringLiteral("cases/%1.case.json").arg(i)), &error),
                 qPrintable(error));
    }
    const QString script = QStringLiteral(R"(set -u
mnt="$DIR/mnt"; mkdir -p "$mnt"
mount -t tmpfs -o size=3m tmpfs "$mnt" || exit 90
"$CLI" init --db "$mnt/o.rekrutt" >/dev/null || exit 91
avail=$(df -k "$mnt" | tail -1 | awk '{print $4}')
dd if=/dev/zero of="$mnt/fill" bs=1k count=$((avail - 150)) 2>/dev/null
"$CLI" import --db "$mnt/o.rekrutt" "$DIR"/cases/*.case.json 2>"$DIR/full.err"; echo $? >"$DIR/full.rc"
rm "$mnt/fill"
"$CLI" import --db "$mnt/o.rekrutt" "$DIR"/cases/*.case.json >/dev/null 2>"$DIR/again.err" || exit 92
mount -o remount,ro "$mnt" || exit 93
"$CLI" import --db "$mnt/o.rekrutt" "$DIR"/cases/0.case.json 2>"$DIR/ro.err"; echo $? >"$DIR/ro.rc"
"$CLI" list --db "$mnt/o.rekrutt" >"$DIR/ro.list" 2>&1; echo $? >"$DIR/ro.list.rc"
exit 0
)");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("DIR"), dir.path());
    environment.insert(QStringLiteral("CLI"), QStringLiteral(REKRUTT_CLI));
    QProcess process;
    process.setProcessEnvironment(environment);
    const QStringList namespaces = ::geteuid() == 0
        ? QStringList {QStringLiteral("--mount")}
        : QStringList {QStringLiteral("--map-root-user"), QStringLiteral("--mount")};
    process.start(QStringLiteral("unshare"),
                  namespaces + QStringList {QStringLiteral("bash"), QStringLiteral("-c"), script});
    QVERIFY2(process.waitForStarted(30000), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(300000));
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() == 90 || (process.exitCode() == 1 && err.contains("unshare")))
        QSKIP(qPrintable(u"this machine lets no test mount a file system: "_s + QString::fromUtf8(err)));
    QVERIFY2(process.exitCode() == 0,
             qPrintable(QString::number(process.exitCode()) + u' ' + QString::fromUtf8(err)
                        + QString::fromUtf8(fileBytes(dir.filePath(u"again.err"_s)))));

    const auto text
        = [&](const char* name) { return QString::fromUtf8(fileBytes(dir.filePath(QString::fromLatin1(name)))); };
    QCOMPARE(text("full.rc").trimmed(), u"2"_s);
    QVERIFY2(text("full.err").contains(u"disk is full"_s) && !text("full.err").contains(u"rollback"_s),
             qPrintable(text("full.err")));
    // Once there is room, the same import goes through: nothing of the first was left behind.
    QCOMPARE(text("ro.rc").trimmed(), u"2"_s);
    QVERIFY2(text("ro.err").contains(u"read-only disk"_s) && !text("ro.err").contains(u"damaged"_s),
             qPrintable(text("ro.err")));
    // Reading still works on the read-only disk.
    QCOMPARE(text("ro.list.rc").trimmed(), u"0"_s);
    QCOMPARE(text("ro.list").count(u'\n'), 81); // a header and the 80 cases
}

void TestCliDatabase::aZeroedPageIsRefusedByEveryVerb_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("%OUT%");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("list --json") << QStringList {QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("check --db") << QStringList {QStringLiteral("check"), QStringLiteral("--case"), QStringLiteral("1")};
    QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("--out"), out};
    QTest::newRow("backup") << QStringList {QStringLiteral("backup"), QStringLiteral("--to"), out};
    QTest::newRow("verify") << QStringList {QStringLiteral("verify")};
}

// A page of zeros in a table that a read does not touch (here the audit trail, under `list`) used to
// pass every read verb with exit 0 while `verify` found it: reads skipped the damage check.
void TestCliDatabase::aZeroedPageIsRefusedByEveryVerb()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseLocation location;
    location.path = dir.filePath(QStringLiteral("office.rekrutt"));
    const QString db = databaseWithExamples(location);

    qint64 pageSize = 0;
    qint64 auditPage = 0;
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("zeroed"));
        sqlite.setDatabaseName(location.path);
        QVERIFY(sqlite.open());
        QSqlQuery query(sqlite);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'"))
                && query.next());
        auditPage = query.value(0).toLongLong();
        query.finish();
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zeroed"));
    QVERIFY(pageSize > 0 && auditPage > 1);
    {
        QFile file(location.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((auditPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(pageSize, '\0')), pageSize);
    }
    const QByteArray damaged = fileBytes(location.path);

    arguments.replaceInStrings(QStringLiteral("%OUT%"), dir.filePath(QStringLiteral("out")));
    arguments.insert(1, QStringLiteral("--db"));
    arguments.insert(2, db);
    const Run run = runCli(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains("office.rekrutt") && run.err.contains("is damaged"), run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    QVERIFY2(fileBytes(location.path) == damaged, "the damaged file was changed");
}

void TestCliDatabase::aPasswordIsAskedOnTheTerminalNotFromAScript()
{
    REKRUTT_FRESH_DATABASE_ON(m_storage, Backend::Postgres, location);
    const QString admin = location.displayName();
    QVERIFY(!initDatabase(location).isEmpty());
    // An office with one user, Petra, whose login has a password the server asks for over TCP.
    for (const QStringList& arguments :
         {QStringList {u"setup"_s},
          QStringList {u"set-unit"_s, u"--unit"_s, u"Physics"_s, u"--faculty"_s, u"Science"_s},
          QStringList {u"add-user"_s, u"--login"_s, u"petra"_s, u"--name"_s, u"Petra P"_s, u"--role"_s, u"hr_officer"_s,
                       u"--faculty"_s, u"Science"_s}}) {
        const Run run = runCli(QStringList {u"admin"_s} + arguments + QStringList {u"--db"_s, admin});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    }
    const QString password = u"Petras-Passord-9"_s;
    QString error;
    QVERIFY2(m_storage.server().requirePassword(u"petra"_s, password, &error), qPrintable(error));
    DatabaseLocation petra = location;
    petra.user = u"petra"_s;
    const QString url = petra.displayName();

    // From a script (no terminal) nothing is asked: the server's wish is said, and nothing opens.
    const Run script = runCli({u"admin"_s, u"whoami"_s, u"--db"_s, url});
    QVERIFY(script.finished);
    QVERIFY(script.exitCode != 0);
    QVERIFY2(script.err.contains("wants this login's password"), script.describe().constData());
    QVERIFY(!script.err.contains("Password for"));
    const Run check = runCli({u"check"_s, u"--db"_s, url, u"--case"_s, u"1"_s});
    QVERIFY(check.finished);
    QVERIFY(check.exitCode != 0);
    QVERIFY2(check.err.contains("wants this login's password"), check.describe().constData());

    // On a terminal (util-linux's script gives it one): asked, refused, asked again, in.
    if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
        QSKIP("util-linux's script is not installed");
    QProcess terminal;
    terminal.start(u"script"_s,
                   {u"-qec"_s, u"%1 admin whoami --db %2"_s.arg(QStringLiteral(REKRUTT_CLI), url), u"/dev/null"_s});
    QVERIFY(terminal.waitForStarted());
    terminal.write("wrong\n" + password.toUtf8() + "\n");
    QVERIFY(terminal.waitForFinished(60000));
    const QByteArray out = terminal.readAllStandardOutput() + terminal.readAllStandardError();
    QCOMPARE(terminal.exitCode(), 0);
    QCOMPARE(out.count(QByteArray("Password for " + url.toUtf8())), 2);
    QVERIFY2(out.contains("petra\tPetra P\thr_officer\tScience"), out.constData());

    // `check` of a case in the office asks the same way.
    QProcess checking;
    checking.start(u"script"_s,
                   {u"-qec"_s, u"%1 check --db %2 --case 1"_s.arg(QStringLiteral(REKRUTT_CLI), url), u"/dev/null"_s});
    QVERIFY(checking.waitForStarted());
    checking.write(password.toUtf8() + "\n");
    QVERIFY(checking.waitForFinished(60000));
    const QByteArray checked = checking.readAllStandardOutput() + checking.readAllStandardError();
    QCOMPARE(checked.count(QByteArray("Password for " + url.toUtf8())), 1);
    QVERIFY2(checked.contains("There is no case 1"), checked.constData());
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "TestCliDatabase.moc"
