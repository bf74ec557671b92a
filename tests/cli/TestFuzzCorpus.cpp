// The fuzz corpus of tests/data/fuzz (tests/fuzz/generate_corpus.py, docs/fuzzing.md): every case
// file through the reader and the rules in this process, every applicant CSV file through its reader,
// and a sample of the case files plus inputs of megabytes built here through the real rekrutt-cli
// process, measuring its time and peak memory (wait4's rusage of that one child, taken by the small
// launcher peak-rss, PeakRss.cpp, so that this test's own size does not count).

#include "core/interchange/ApplicantCsvReader.h"
#include "core/interchange/CaseReader.h"
#include "core/interchange/InputLimits.h"
#include "core/interchange/ResultWriter.h"
#include "core/rules/Evaluator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

extern char** environ;

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

const QString corpusDir = QStringLiteral(REKRUTT_TEST_DATA "/fuzz");
// Under AddressSanitizer (scripts/sanitize.sh sets REKRUTT_SANITIZERS) a program runs several times
// slower and keeps freed memory in quarantine (256 MB at most), so the bounds scale there.
const bool sanitized = qEnvironmentVariableIsSet("REKRUTT_SANITIZERS");
const qint64 timeLimitMs = sanitized ? 20'000 : 1'000;
const qint64 memoryFactor = sanitized ? 40 : 10;
// A process's peak RSS moves by a few hundred kilobytes between runs of the same input (which pages
// of the program and of Qt it touches, malloc's arenas); growth within this is not counted against
// an input. docs/fuzzing.md has the measured spread.
const qint64 rssNoiseBytes = (sanitized ? 320 : 3) * 1024 * 1024;

struct Entry
{
    QString path;
    bool mustBeRefused = false;
};

QList<Entry> manifest(const QString& folder)
{
    QList<Entry> entries;
    QFile file(corpusDir + u"/manifest.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() != 2 || (parts[1] != "refused"_L1 && parts[1] != "any"_L1))
            qFatal("bad manifest line: %s", qPrintable(line));
        if (parts[0].startsWith(folder + u'/'))
            entries.append({parts[0], parts[1] == "refused"_L1});
    }
    return entries;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/** What one run of rekrutt-cli did. */
struct Run
{
    bool finished = false; // false: killed after the time limit had long passed
    bool signalled = false;
    int status = -1;
    qint64 elapsedMs = 0;
    qint64 peakRssBytes = 0;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs rekrutt-cli with `arguments` through peak-rss, standard output and error into files of `work`,
 * and reads what peak-rss measured of the child alone: wall time, and peak RSS from the rusage
 * wait4() returns for it (ru_maxrss, KiB).
 */
Run runCli(const QStringList& arguments, const QTemporaryDir& work)
{
    Run run;
    const QByteArray outPath = QFile::encodeName(work.filePath(u"stdout"_s));
    const QByteArray errPath = QFile::encodeName(work.filePath(u"stderr"_s));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const QByteArray resultPath = QFile::encodeName(work.filePath(u"result"_s));
    QList<QByteArray> storage {QByteArrayLiteral(REKRUTT_PEAK_RSS), resultPath, QByteArrayLiteral(REKRUTT_CLI)};
    for (const QString& argument : arguments)
        storage.append(QFile::encodeName(argument));
    QList<char*> argv;
    for (QByteArray& argument : storage)
        argv.append(argument.data());
    argv.append(nullptr);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, storage.first().constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        qFatal("cannot start %s", REKRUTT_PEAK_RSS);
    int status = 0;
    rusage usage {};
    // peak-rss kills a child that runs for 120 s, so an input that makes the program hang fails the test.
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s failed", REKRUTT_PEAK_RSS);
    const QList<QByteArray> measured = contents(work.filePath(u"result"_s)).trimmed().split(' ');
    if (measured.size() != 4)
        qFatal("cannot read what %s measured", REKRUTT_PEAK_RSS);
    run.finished = measured[0] != "killed";
    run.signalled = measured[0] == "signalled";
    run.status = measured[0] == "exited" ? measured[1].toInt() : -1;
    run.peakRssBytes = measured[2].toLongLong() * 1024;
    run.elapsedMs = measured[3].toLongLong();
    run.out = contents(work.filePath(u"stdout"_s));
    run.err = contents(work.filePath(u"stderr"_s));
    return run;
}

/** A case file of about `bytes` built by `make`, for the inputs too large to keep in the repository. */
struct Recipe
{
    const char* name;
    std::function<QByteArray()> make;
    bool mustBeRefused;
};

QByteArray minimalCase(const QByteArray& extra)
{
    return R"({"format": "rekrutt-case/1", "person": {"familyName": "Nilsen", "givenName": "Kari"},)"
           R"( "appointment": {"type": "phd_fellow", "start": "2025-08-01", "lengthMonths": 48})"
        + extra + "}";
}

QByteArray applicants(int count, bool assessed)
{
    QByteArray list = "[";
    for (int i = 0; i < count; ++i) {
        list += QByteArray(i ? ", " : "") + R"({"id": "a)" + QByteArray::number(i) + R"(", "name": "Applicant )"
            + QByteArray::number(i) + '"' + (assessed ? R"(, "interviewed": true)" : "") + "}";
    }
    return list + "]";
}

/** A committee list of `members` with `conflicts` each, cut off after `maxBytes` (then not valid JSON). */
QByteArray committee(int members, int conflicts, qsizetype maxBytes = limits::maxInputBytes * 4)
{
    QByteArray conflictList = "[";
    for (int j = 0; j < conflicts; ++j)
        conflictList += (j ? ", \"a" : "\"a") + QByteArray::number(j) + '"';
    conflictList += "]";
    QByteArray list = "[";
    for (int i = 0; i < members && list.size() < maxBytes; ++i) {
        list += QByteArray(i ? ", " : "") + R"({"id": "c)" + QByteArray::number(i) + R"(", "conflictsWith": )"
            + conflictList + "}";
    }
    return list.size() < maxBytes ? list + "]" : list.left(maxBytes);
}

const QList<Recipe>& recipes()
{
    static const QList<Recipe> list {
        // The inputs of issue 9 that took 18.7 s, 21 s and 29 s / 2.5 GB, as large as the limits let them be read.
        {"an unknown field name of three megabytes",
         [] { return minimalCase(", \"" + QByteArray(3'000'000, 'x') + "\": 1"); }, true},
        {"an unknown field name of ten megabytes",
         [] { return minimalCase(", \"" + QByteArray(10'000'000, 'x') + "\": 1"); }, true},
        {"50,000 applicants",
         [] { return minimalCase(R"(, "recruitment": {"applicants": )" + applicants(50'000, false) + "}"); }, true},
        {"5,000 committee members with 100 conflicts each",
         [] { return minimalCase(R"(, "recruitment": {"committee": )" + committee(5'000, 100) + "}"); }, true},
        {"5,000 committee members with 5,000 conflicts each, cut at 48 MB",
         [] { return minimalCase(R"(, "recruitment": {"committee": )" + committee(5'000, 5'000, 48'000'000) + "}"); },
         true},
        {"nesting a million lists deep",
         [] { return minimalCase(", \"mentor\": " + QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']')); }, true},
        {"a text of a million characters",
         [] { return minimalCase(", \"institution\": \"" + QByteArray(1'000'000, 'n') + '"'); }, true},
        {"a million duplicate keys",
         [] {
             QByteArray keys;
             for (int i = 0; i < 200'000; ++i)
                 keys += ", \"k" + QByteArray::number(i % 1000) + "\": 1";
             return minimalCase(keys);
         },
         true},
        {"four megabytes of white space after a valid case",
         [] {
             QByteArray data = minimalCase(QByteArray());
             data.append(QByteArray(limits::maxInputBytes, ' '));
             return data;
         },
         true},
        // At the limits: read and evaluated, with 2,000 findings of ASM-IMPARTIAL.
        {"2,000 assessed applicants, 20 members with 100 conflicts each",
         [] {
             return minimalCase(R"(, "recruitment": {"applicants": )" + applicants(2'000, true) + R"(, "committee": )"
                                + committee(20, 100) + "}");
         },
         false},
    };
    return list;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsThere();
    void caseFilesInProcess_data();
    void caseFilesInProcess();
    void applicantFiles_data();
    void applicantFiles();
    void throughTheCli_data();
    void throughTheCli();
    void cleanupTestCase();

private:
    QTemporaryDir m_work;
    qint64 m_baselineRss = 0;
    qint64 m_slowestMs = 0;
    QString m_slowest;
    double m_largestRatio = 0;
    QString m_largestRatioInput;
};

void TestFuzzCorpus::initTestCase()
{
    QVERIFY(m_work.isValid());
    // The peak memory of checking the largest valid example: what every run costs before its input counts.
    for (int i = 0; i < 3; ++i) {
        const Run run = runCli(
            {u"check"_s, u"--today"_s, u"2026-01-01"_s, QStringLiteral(REKRUTT_TEST_DATA "/full.case.json")}, m_work);
        QVERIFY(run.finished && !run.signalled);
        QCOMPARE_LT(run.status, 2);
        m_baselineRss = std::max(m_baselineRss, run.peakRssBytes);
    }
}

void TestFuzzCorpus::corpusIsThere()
{
    const qsizetype cases = manifest(u"case"_s).size();
    const qsizetype csvs = manifest(u"csv"_s).size();
    QCOMPARE_GE(cases + csvs, 3000);
    QCOMPARE_GE(csvs, 500);
    QCOMPARE(QDir(corpusDir + u"/case"_s).entryList(QDir::Files).size(), cases);
    QCOMPARE(QDir(corpusDir + u"/csv"_s).entryList(QDir::Files).size(), csvs);
}

void TestFuzzCorpus::caseFilesInProcess_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("mustBeRefused");
    for (const Entry& entry : manifest(u"case"_s))
        QTest::newRow(qPrintable(entry.path)) << entry.path << entry.mustBeRefused;
}

void TestFuzzCorpus::caseFilesInProcess()
{
    QFETCH(QString, path);
    QFETCH(bool, mustBeRefused);

    const QByteArray data = contents(corpusDir + u'/' + path);
    QElapsedTimer timer;
    timer.start();
    ReadError error;
    const std::optional<Case> c = CaseReader::read(data, &error);
    if (c) {
        QVERIFY2(!mustBeRefused, "read, although the corpus says it must be refused");
        EvaluationContext context;
        context.today = QDate(2026, 1, 1);
        const QByteArray result = ResultWriter::write(Evaluator::evaluate(*c, context), Language::English);
        QVERIFY(result.startsWith("{"));
    } else {
        QVERIFY2(!error.what.isEmpty(), "refused without a reason");
        QCOMPARE_LT(error.toString().size(), 2000);
    }
    QCOMPARE_LT(timer.elapsed(), timeLimitMs);
}

void TestFuzzCorpus::applicantFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("mustBeRefused");
    for (const Entry& entry : manifest(u"csv"_s))
        QTest::newRow(qPrintable(entry.path)) << entry.path << entry.mustBeRefused;
}

void TestFuzzCorpus::applicantFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, mustBeRefused);

    QElapsedTimer timer;
    timer.start();
    const ApplicantCsvResult result = ApplicantCsvReader::readFile(corpusDir + u'/' + path);
    QCOMPARE_LT(timer.elapsed(), timeLimitMs);
    // The corpus marks what UTF-8 must refuse; a file that is no UTF-8 may still be Windows-1252 (which the reader
    // takes when most of its high bytes are not UTF-8), so its verdict is read with UTF-8 forced. Detection and the
    // Windows-1252 bytes it refuses are TestApplicantCsvReader's.
    if (mustBeRefused) {
        const ApplicantCsvResult asUtf8
            = ApplicantCsvReader::read(contents(corpusDir + u'/' + path), CsvEncoding::Utf8);
        QVERIFY2(!asUtf8.ok(), "read without a problem, although the corpus says it must be refused");
    }
    // A lone carriage return also ends a line.
    const QByteArray data = contents(corpusDir + u'/' + path);
    const qsizetype lines = data.count('\n') + data.count('\r') + 1;
    for (const CsvProblem& problem : result.problems) {
        QVERIFY2(!problem.what.isEmpty(), "a problem without a reason");
        QVERIFY(problem.line >= 0 && problem.line <= lines);
        QVERIFY(problem.column >= 0);
    }
    QCOMPARE_LE(result.applicants.size(), limits::maxApplicants);
}

void TestFuzzCorpus::throughTheCli_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mustBeRefused");
    // One case file in eight of the corpus: each mutation of each example is among them.
    const QList<Entry> entries = manifest(u"case"_s);
    for (qsizetype i = 0; i < entries.size(); i += 8)
        QTest::newRow(qPrintable(entries[i].path)) << corpusDir + u'/' + entries[i].path << entries[i].mustBeRefused;
    for (const Recipe& recipe : recipes()) {
        const QString file = m_work.filePath(QString::fromUtf8(recipe.name).replace(u' ', u'-') + u".case.json"_s);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(recipe.make()) < 0)
            qFatal("cannot write %s", qPrintable(file));
        QTest::newRow(recipe.name) << file << recipe.mustBeRefused;
    }
}

void TestFuzzCorpus::throughTheCli()
{
    QFETCH(QString, file);
    QFETCH(bool, mustBeRefused);

    const qint64 size = QFileInfo(file).size();
    const Run run = runCli({u"check"_s, u"--today"_s, u"2026-01-01"_s, u"--lang"_s, u"en"_s, file}, m_work);
    QVERIFY2(run.finished, "still running long after the time limit");
    QVERIFY2(!run.signalled, "crashed");
    QVERIFY2(run.status >= 0 && run.status <= 2, qPrintable(u"exit status %1"_s.arg(run.status)));
    if (mustBeRefused)
        QCOMPARE(run.status, 2);
    if (run.status == 2) {
        // FILE: PATH: REASON, or FILE: REASON for a problem of the whole input; nothing on standard output.
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.startsWith(file + u": "_s), qPrintable(err.left(300)));
        QVERIFY2(err.size() > file.size() + 4, "no reason given");
        QCOMPARE_LT(err.size(), 2000);
        QVERIFY2(!err.contains(u'\n'), "more than one line");
    } else {
        QVERIFY(run.out.startsWith("{"));
    }

    if (run.elapsedMs > m_slowestMs) {
        m_slowestMs = run.elapsedMs;
        m_slowest = file;
    }
    const qint64 extra = std::max<qint64>(0, run.peakRssBytes - m_baselineRss);
    const double ratio = double(extra) / double(std::max<qint64>(size, 1));
    if (extra > rssNoiseBytes && ratio > m_largestRatio) {
        m_largestRatio = ratio;
        m_largestRatioInput = file;
    }
    QVERIFY2(run.elapsedMs < timeLimitMs, qPrintable(u"took %1 ms"_s.arg(run.elapsedMs)));
    QVERIFY2(extra <= std::max<qint64>(memoryFactor * size, rssNoiseBytes),
             qPrintable(u"peak memory %1 KiB above the baseline for %2 bytes of input"_s.arg(extra / 1024).arg(size)));
}

void TestFuzzCorpus::cleanupTestCase()
{
    qInfo("baseline peak RSS %lld KiB; slowest run %lld ms (%s); largest memory ratio beyond the noise %.2f (%s)",
          m_baselineRss / 1024, m_slowestMs, qPrintable(QFileInfo(m_slowest).fileName()), m_largestRatio,
          qPrintable(QFileInfo(m_largestRatioInput).fileName()));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
