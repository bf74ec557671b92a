// bench_storage: how fast cases go into the case database and how fast the case list comes out.
//
//   import    OfficeService::importCases of N generated cases (one transaction) into a new SQLite
//             file: cases/s, wall and CPU time of this thread. Target: 2,000 cases/s.
//   list      a database of M cases (built by importing batches of 10,000; not timed), then
//             `rekrutt-cli list --db FILE --today 2026-11-23` against `sqlite3 FILE "PRAGMA quick_check;
//             SELECT ..."`: the damage check that every read does first, then the same rows' stored
//             columns, each run as a process with its output to /dev/null, best of R runs, taking
//             turns. Target: list ≤ 1.5 × sqlite3.
//   postgres  (--postgres) the import of N cases into a throwaway PostgreSQL server, as the owner of its tables,
//             against the SQLite import as its floor. Target: 3,000 cases/s (issue 13).
//   refresh   the evaluation of every imported case again, as when the rules engine changed
//             (OfficeService::refreshMissingSummaries() after the stored versions are put back by one): into
//             SQLite, and with --postgres into the server, against SQLite as its floor. Target: 3,000 cases/s.
//
// Wall time counts what the user waits for; CPU time (user + system of the child, from wait4) is what
// the work cost, which other processes on a shared machine disturb least. Record the output in
// docs/performance.md.
//
// Usage: bench_storage [--cases N] [--list-cases M] [--runs R] [--seed S] [--keep DIR] [--postgres]

#include "bench/BenchSupport.h"
#include "core/office/OfficeService.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "tests/common/CaseGenerator.h"
#include "tests/common/PgServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

extern char** environ;

using namespace rekrutt;
using namespace rekrutt::bench;

namespace {

constexpr double importTarget = 2000;
/** Issue 13: an import into a local PostgreSQL server. */
constexpr double postgresImportTarget = 3000;
constexpr double listTarget = 1.5;
/** Issue 13: evaluating every case again when the rules change, a bulk save like an import. */
constexpr double refreshTarget = 3000;
constexpr qsizetype batchSize = 10000;

// The list checks the file for damage before it reads (Database::OpenMode::ReadOnly), so its floor does too.
const char* const listQuery
    = "PRAGMA quick_check; SELECT c.id, p.family_name, p.given_name, c.type, c.start_date, s.end_date, s.errors, "
      "s.warnings "
      "FROM cases c JOIN persons p ON p.id = c.person_id JOIN case_summary s ON s.case_id = c.id ORDER BY c.id";

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QString cpuModel()
{
    const QByteArray line = firstLineOf("/proc/cpuinfo", "model name");
    return line.isEmpty() ? QStringLiteral("unknown") : QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
}

struct ImportTime
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
};

/** Imports `cases` into `location` in one transaction; false with the reason printed when it fails. */
bool importInto(const DatabaseLocation& location, const QList<Case>& cases, ImportTime* time)
{
    Database db;
    QString error;
    if (!db.open(location, Database::OpenMode::Create, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location.displayName()), qPrintable(error));
        return false;
    }
    OfficeService office(db);
    const qint64 cpuStart = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    const bool ok = office.importCases(cases, Actor {QStringLiteral("bench"), QStringLiteral("hr_officer")},
                                       QStringLiteral("bench"), nullptr, &error);
    if (time) {
        time->wallNs = timer.nsecsElapsed();
        time->cpuNs = threadCpuNs() - cpuStart;
    }
    if (!ok)
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
    return ok;
}

/**
 * Marks every stored evaluation in `location` as made by the previous rules engine, then times the refresh that
 * writes them again; false with the reason printed when it fails.
 */
bool refreshIn(const DatabaseLocation& location, qsizetype expected, ImportTime* time)
{
    Database db;
    QString error;
    if (!db.open(location, Database::OpenMode::Existing, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location.displayName()), qPrintable(error));
        return false;
    }
    QSqlQuery age(db.connection());
    if (!age.exec(QStringLiteral("UPDATE case_summary SET rules_version = rules_version - 1"))) {
        std::fprintf(stderr, "cannot age the evaluations: %s\n", qPrintable(age.lastError().text()));
        return false;
    }
    OfficeService office(db);
    const auto missing = office.cases().idsWithoutSummary(Evaluator::engineVersion, &error);
    if (!missing || missing->size() != expected) {
        std::fprintf(stderr, "expected %lld cases to evaluate again, found %lld\n", static_cast<long long>(expected),
                     static_cast<long long>(missing ? missing->size() : -1));
        return false;
    }
    const qint64 cpuStart = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    const bool ok = office.refreshMissingSummaries(&error);
    time->wallNs = timer.nsecsElapsed();
    time->cpuNs = threadCpuNs() - cpuStart;
    if (!ok)
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(error));
    return ok;
}

double perSecond(qint64 ns, qsizetype count)
{
    return static_cast<double>(count) / (static_cast<double>(ns) / 1e9);
}

void printImport(const char* name, const ImportTime& time, qsizetype count, double target)
{
    const double wall = perSecond(time.wallNs, count);
    std::printf("%-22s %8lld cases  %8.0f ms  %8.0f cases/s wall  %8.0f cases/s cpu   target %.0f/s: %s\n", name,
                static_cast<long long>(count), static_cast<double>(time.wallNs) / 1e6, wall,
                perSecond(time.cpuNs, count), target, wall >= target ? "met" : "MISSED");
}

qsizetype countLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().count('\n');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the case database: import and list."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the timed import."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption listCasesOption(QStringLiteral("list-cases"),
                                             QStringLiteral("Cases in the database that is listed."),
                                             QStringLiteral("M"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each list; the best counts."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the case generator."),
                                        QStringLiteral("S"), QStringLiteral("20261123"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the databases in this folder (and reuse a listed "
                                                       "database found there) instead of a temporary folder."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("Also time the import into a throwaway PostgreSQL server."));
    parser.addOptions({casesOption, listCasesOption, runsOption, seedOption, keepOption, postgresOption});
    parser.process(app);
    const qsizetype importCount = std::max(1LL, parser.value(casesOption).toLongLong());
    const qsizetype listCount = std::max(1LL, parser.value(listCasesOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    const QString cli = QStringLiteral(REKRUTT_CLI);
    const QString sqlite3 = QStringLiteral("/usr/bin/sqlite3");

    std::printf("bench_storage: case database import and list\n");
    std::printf("cpu        %s\n", qPrintable(cpuModel()));
    std::printf("cores      %ld online\n", sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("load       %s (/proc/loadavg at start)\n", firstLineOf("/proc/loadavg", "").trimmed().constData());
    std::printf("qt         %s\n", qVersion());
#ifdef NDEBUG
    std::printf("build      optimised (NDEBUG)\n");
#else
    std::printf("build      NOT optimised (no NDEBUG): figures are meaningless\n");
#endif
    std::printf("folder     %s\n\n", qPrintable(folder));

    // (a) The timed import into a new file.
    testing::CaseGenerator generator(seed);
    const QList<Case> importCases = generator.generate(importCount);
    DatabaseLocation importFile;
    importFile.path = QDir(folder).filePath(QStringLiteral("import.rekrutt"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(importFile.path + suffix);
    ImportTime sqliteImport;
    if (!importInto(importFile, importCases, &sqliteImport))
        return 1;
    printImport("import sqlite", sqliteImport, importCount, importTarget);
    ImportTime sqliteRefresh;
    if (!refreshIn(importFile, importCount, &sqliteRefresh))
        return 1;
    printImport("refresh sqlite", sqliteRefresh, importCount, refreshTarget);
    std::fflush(stdout);

    // (b) The listed database, built in batches (not timed).
    DatabaseLocation listFile;
    listFile.path = QDir(folder).filePath(QStringLiteral("list-%1.rekrutt").arg(listCount));
    if (!QFileInfo::exists(listFile.path)) {
        testing::CaseGenerator listGenerator(seed + 1);
        QElapsedTimer buildTimer;
        buildTimer.start();
        for (qsizetype done = 0; done < listCount; done += batchSize) {
            if (!importInto(listFile, listGenerator.generate(std::min(batchSize, listCount - done)), nullptr))
                return 1;
        }
        std::printf("built %s: %lld cases in %.1f s (not timed)\n", qPrintable(listFile.path),
                    static_cast<long long>(listCount), static_cast<double>(buildTimer.elapsed()) / 1e3);
    } else {
        std::printf("reusing %s\n", qPrintable(listFile.path));
    }
    std::printf("size       %.1f MB\n", static_cast<double>(QFileInfo(listFile.path).size()) / 1e6);

    const QStringList listArguments {QStringLiteral("list"), QStringLiteral("--db"), listFile.path,
                                     QStringLiteral("--today"), QStringLiteral("2026-11-23")};
    const QStringList sqliteArguments {listFile.path, QString::fromLatin1(listQuery)};
    // Once with the output kept: both print one line per case (list also a header).
    const QString listOut = QDir(folder).filePath(QStringLiteral("list.txt"));
    const QString sqliteOut = QDir(folder).filePath(QStringLiteral("sqlite3.txt"));
    if (runProcess(cli, listArguments, QFile::encodeName(listOut)).status != 0
        || runProcess(sqlite3, sqliteArguments, QFile::encodeName(sqliteOut)).status != 0) {
        std::fprintf(stderr, "rekrutt-cli list or sqlite3 failed\n");
        return 1;
    }
    std::printf("lines      rekrutt-cli list %lld (with the header), sqlite3 %lld (with quick_check's ok)\n",
                static_cast<long long>(countLines(listOut)), static_cast<long long>(countLines(sqliteOut)));
    std::printf("command    %s %s\n", qPrintable(cli), qPrintable(listArguments.join(u' ')));
    std::printf("against    %s %s \"%s\"\n\n", qPrintable(sqlite3), qPrintable(listFile.path), listQuery);

    ProcessTime list;
    ProcessTime reference;
    for (int run = 0; run < runs; ++run) {
        const ProcessTime l = runProcess(cli, listArguments);
        const ProcessTime r = runProcess(sqlite3, sqliteArguments);
        if (l.status != 0 || r.status != 0) {
            std::fprintf(stderr, "a run failed (list %d, sqlite3 %d)\n", l.status, r.status);
            return 1;
        }
        list.wallNs = std::min(list.wallNs, l.wallNs);
        list.cpuNs = std::min(list.cpuNs, l.cpuNs);
        reference.wallNs = std::min(reference.wallNs, r.wallNs);
        reference.cpuNs = std::min(reference.cpuNs, r.cpuNs);
    }
    const double wallRatio = static_cast<double>(list.wallNs) / static_cast<double>(reference.wallNs);
    const double cpuRatio = static_cast<double>(list.cpuNs) / static_cast<double>(reference.cpuNs);
    const QByteArray bestOf = "best of " + QByteArray::number(runs);
    std::printf("%-22s %8s %8s\n", bestOf.constData(), "wall ms", "cpu ms");
    std::printf("%-22s %8.0f %8.0f\n", "rekrutt-cli list", static_cast<double>(list.wallNs) / 1e6,
                static_cast<double>(list.cpuNs) / 1e6);
    std::printf("%-22s %8.0f %8.0f\n", "sqlite3", static_cast<double>(reference.wallNs) / 1e6,
                static_cast<double>(reference.cpuNs) / 1e6);
    std::printf("%-22s %8.2f %8.2f   target <= %.1f: wall %s, cpu %s\n", "ratio", wallRatio, cpuRatio, listTarget,
                wallRatio <= listTarget ? "met" : "MISSED", cpuRatio <= listTarget ? "met" : "MISSED");
    std::fflush(stdout);

    // (c) PostgreSQL, when asked for and possible.
    if (parser.isSet(postgresOption)) {
        testing::PgServer server;
        QString error;
        if (!testing::PgServer::binariesAvailable()) {
            std::printf("\npostgres   skipped: no server binaries\n");
        } else if (!server.start(&error)) {
            std::printf("\npostgres   skipped: the server did not start: %s\n", qPrintable(error));
        } else {
            const auto location = DatabaseLocation::parse(server.url(), &error);
            ImportTime postgresImport;
            std::printf("\n");
            if (location && importInto(*location, importCases, &postgresImport)) {
                printImport("import postgresql", postgresImport, importCount, postgresImportTarget);
                std::printf("ratio      postgresql / sqlite (the floor): %.2f x wall\n",
                            static_cast<double>(postgresImport.wallNs) / static_cast<double>(sqliteImport.wallNs));
                ImportTime postgresRefresh;
                if (refreshIn(*location, importCount, &postgresRefresh)) {
                    printImport("refresh postgresql", postgresRefresh, importCount, refreshTarget);
                    std::printf("ratio      postgresql / sqlite (the floor): %.2f x wall\n",
                                static_cast<double>(postgresRefresh.wallNs)
                                    / static_cast<double>(sqliteRefresh.wallNs));
                }
            }
        }
    }
    return 0;
}
