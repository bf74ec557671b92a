#include "core/interchange/CaseWriter.h"
#include "core/office/OfficeService.h"
#include "core/storage/Database.h"
#include "tests/common/CaseGenerator.h"
#include "tests/storage/StorageFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * An import killed at any moment stores all of its cases or none: `rekrutt-cli import` of 5,000 case
 * files is killed with SIGKILL after a random delay, 20 times on each back end, and every time the
 * database opens, passes its integrity check (SQLite) and holds either its earlier cases or those and
 * every case of the import.
 *
 * REKRUTT_CRASH_ROUNDS and REKRUTT_CRASH_SEED change the number of rounds and the seed of the delays
 * (the seed is printed, so that a failing round can be repeated).
 */
class TestCrashSafety : public StorageTest
{
    Q_OBJECT

private slots:
    void initTestCase();

    void killedImportStoresAllOrNothing_data() { StorageFixture::addBackends(); }
    void killedImportStoresAllOrNothing();

private:
    QTemporaryDir m_files;
    QStringList m_paths;
};

namespace {

constexpr int importSize = 5000;
constexpr int baselineSize = 3;

/** The cases each round's database holds before the import. */
bool storeBaseline(const DatabaseLocation& location, QString* error)
{
    Database db;
    if (!db.open(location, Database::OpenMode::Create, error))
        return false;
    OfficeService office(db);
    return office.importCases(CaseGenerator(7).generate(baselineSize), Actor {QStringLiteral("test"), {}},
                              QStringLiteral("baseline"), nullptr, error);
}

/**
 * PostgreSQL: waits until the server has ended the session of the killed program (a COMMIT it sent
 * just before it died still completes), so that what is counted is final.
 */
bool waitForOtherSessions(Database& db, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid()"));
    for (int attempt = 0; attempt < 300; ++attempt) {
        if (!query.exec() || !query.next()) {
            *error = QStringLiteral("pg_stat_activity: ") + db.connection().lastError().text();
            return false;
        }
        const int others = query.value(0).toInt();
        query.finish();
        if (others == 0)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the killed program's session did not end within 15 s");
    return false;
}

/** The first column of the first row of `sql`, as text; empty when it fails. */
QString scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

/** The process of `rekrutt-cli import --db DB FILES...`, started. */
std::unique_ptr<QProcess> startImport(const DatabaseLocation& location, const QStringList& files)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start(QStringLiteral(REKRUTT_CLI),
                   QStringList {QStringLiteral("import"), QStringLiteral("--db"), location.displayName()} + files);
    return process;
}

} // namespace

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(REKRUTT_CLI)).isExecutable(), "rekrutt-cli has not been built");
    m_storage.initTestCase();
    QVERIFY(m_files.isValid());
    CaseGenerator generator(20261123);
    m_paths.reserve(importSize);
    for (int i = 0; i < importSize; ++i) {
        const QString path = m_files.filePath(QStringLiteral("%1.case.json").arg(i, 5, 10, QLatin1Char('0')));
        QString error;
        QVERIFY2(CaseWriter::writeFile(generator.next(), path, &error), qPrintable(error));
        m_paths.append(path);
    }
}

void TestCrashSafety::killedImportStoresAllOrNothing()
{
    REKRUTT_FRESH_DATABASE(m_storage, location);
    QString error;

    // One import that is not killed: it must store everything, and its time bounds the random delays.
    QVERIFY2(storeBaseline(location, &error), qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    {
        const auto process = startImport(location, m_paths);
        QVERIFY2(process->waitForFinished(300000), "the import did not finish within 5 minutes");
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 "the import that was not killed failed");
    }
    const qint64 fullImportMs = timer.elapsed();
    {
        REKRUTT_OPEN_DATABASE(db, location, Database::OpenMode::Existing);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), baselineSize + importSize);
    }

    const int rounds
        = qEnvironmentVariableIsSet("REKRUTT_CRASH_ROUNDS") ? qEnvironmentVariableIntValue("REKRUTT_CRASH_ROUNDS") : 20;
    const quint32 seed = qEnvironmentVariableIsSet("REKRUTT_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("REKRUTT_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("%s: a whole import of %d cases takes %lld ms; %d rounds, REKRUTT_CRASH_SEED=%u", QTest::currentDataTag(),
          importSize, fullImportMs, rounds, seed);

    int none = 0;
    int all = 0;
    int finishedFirst = 0;
    for (int round = 0; round < rounds; ++round) {
        REKRUTT_FRESH_DATABASE_ON(m_storage, backend, roundLocation);
        QVERIFY2(storeBaseline(roundLocation, &error), qPrintable(error));

        const int delayMs = int(random.bounded(quint32(fullImportMs + 1)));
        const auto process = startImport(roundLocation, m_paths);
        QVERIFY2(process->waitForStarted(30000), qPrintable(process->errorString()));
        if (process->waitForFinished(delayMs)) {
            ++finishedFirst;
        } else {
            process->kill(); // SIGKILL
            QVERIFY(process->waitForFinished(30000));
        }

        const QString where = QStringLiteral("round %1 (killed after %2 ms)").arg(round).arg(delayMs);
        Database db;
        QVERIFY2(db.open(roundLocation, Database::OpenMode::Existing, &error), qPrintable(where + u": " + error));
        if (db.isSqlite()) {
            QSqlQuery check(db.connection());
            QVERIFY2(check.exec(QStringLiteral("PRAGMA integrity_check")), qPrintable(where));
            QVERIFY2(check.next(), qPrintable(where));
            QVERIFY2(check.value(0).toString() == QLatin1StringView("ok"),
                     qPrintable(where + u": " + check.value(0).toString()));
        } else {
            QVERIFY2(waitForOtherSessions(db, &error), qPrintable(where + u": " + error));
        }
        const int cases = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt();
        const int summaries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_summary")).toInt();
        QVERIFY2(cases == baselineSize || cases == baselineSize + importSize,
                 qPrintable(where
                            + QStringLiteral(": %1 cases, expected %2 or %3")
                                  .arg(cases)
                                  .arg(baselineSize)
                                  .arg(baselineSize + importSize)));
        QVERIFY2(summaries == cases, qPrintable(where + QStringLiteral(": %1 summaries").arg(summaries)));
        (cases == baselineSize ? none : all) += 1;
        db.close();
        if (backend == Backend::Postgres) {
            // 20 copies of 5,000 cases are more than a throwaway server needs to keep.
            DatabaseLocation maintenance = roundLocation;
            maintenance.database = QStringLiteral("postgres");
            RawConnection raw(maintenance);
            REKRUTT_RAW_EXEC(raw, QStringLiteral("DROP DATABASE \"%1\"").arg(roundLocation.database));
        }
    }
    qInfo("%s: %d rounds: %d stored nothing, %d stored all (%d finished before the kill)", QTest::currentDataTag(),
          rounds, none, all, finishedFirst);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
