// bench_applicant_csv: how fast ApplicantCsvReader reads the recruitment portal's applicant export.
//
// Generates one file of N applicants (2,000 by default, the most a file may hold) as the portal writes it:
// "Søknadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Intervjuet;Referanser;Rangering;Begrunnelse", Norwegian
// names with æ, ø and å, a quoted reason with the separator in some rows; once in UTF-8 and once in Windows-1252
// (not timed). Then it times, median of R runs, for each encoding:
//   detect    ApplicantCsvReader::detectEncoding(data)
//   preview   ApplicantCsvReader::preview(data): what the import dialog shows first (20 rows)
//   read      ApplicantCsvReader::read(data, mapping): every check, the encoding detected, what Import takes
//   floor     the least any reader does: the bytes decoded whole (QString::fromUtf8, or fromLatin1 for
//             Windows-1252), split into lines and fields with QStringView::split, the fields counted
// and prints read / floor and whether the target "2,000 applicants in under 1 s" is met. Then the whole import as
// the HR officer does it, in a SQLite file in a temporary folder:
//   import    read (UTF-8), the applicants added to a new vacancy and OfficeService::saveVacancy(): the checks, the
//             rows, the audit trail and the list's evaluation, in one transaction
//   floor     the same number of rows with the same 20 columns inserted with one prepared statement in one
//             transaction through Qt Sql, nothing else
// and whether "2,000 applicants imported in under 1 s" is met. The checksum mixes
// every applicant read, so that a change that alters a result shows. Record the output in docs/performance.md.
//
// Usage: bench_applicant_csv [--applicants N] [--runs R]; pin it to one core: taskset -c 1 bench_applicant_csv

#include "bench/BenchSupport.h"
#include "core/interchange/ApplicantCsvReader.h"
#include "core/office/OfficeService.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sched.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using namespace rekrutt::bench;

namespace {

/** The target of docs/performance.md: a whole file of the most applicants allowed, read in under a second. */
constexpr double targetMs = 1000;

inline void mix(quint64& sum, quint64 value)
{
    sum = (sum ^ value) * 0x100000001b3ULL;
}

void mixText(quint64& sum, const QString& text)
{
    mix(sum, static_cast<quint64>(text.size()));
    for (const QChar c : text)
        mix(sum, c.unicode());
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Result
{
    qint64 medianNs = 0;
    qint64 bestNs = 0;
    qint64 worstNs = 0;
    qint64 medianCpuNs = 0;
    quint64 checksum = 0;
    bool stable = true;
};

/** Runs `body` `runs` times; the median, best and worst wall time, the median CPU time of this thread. */
Result measure(int runs, const std::function<quint64()>& body)
{
    std::vector<qint64> wall;
    std::vector<qint64> cpu;
    Result result;
    for (int run = 0; run < runs; ++run) {
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer timer;
        timer.start();
        const quint64 sum = body();
        wall.push_back(timer.nsecsElapsed());
        cpu.push_back(threadCpuNs() - cpuStart);
        if (run == 0)
            result.checksum = sum;
        else if (sum != result.checksum)
            result.stable = false;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    result.medianNs = wall[wall.size() / 2];
    result.bestNs = wall.front();
    result.worstNs = wall.back();
    result.medianCpuNs = cpu[cpu.size() / 2];
    return result;
}

QString procValue(const char* path, const QByteArray& key)
{
    const QByteArray line = firstLineOf(path, key);
    if (line.isEmpty())
        return u"unknown"_s;
    return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
}

int allowedCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0)
        return -1;
    return CPU_COUNT(&set);
}

/** `text` in Windows-1252; it holds only Latin-1 letters and the en dash, which the generator writes. */
QByteArray toWindows1252(const QString& text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\u2013')
            bytes.append('\x96');
        else
            bytes.append(static_cast<char>(c.unicode() < 0x100 ? c.unicode() : '?'));
    }
    return bytes;
}

/** The portal's export of `count` applicants, as text; deterministic. */
QString portalExport(qsizetype count)
{
    const QStringList given {u"Kari"_s, u"Ola"_s,    u"Åse"_s,    u"Bjørn"_s, u"Kåre"_s,  u"Mari"_s,   u"Per"_s,
                             u"Lise"_s, u"Jørgen"_s, u"Sæmund"_s, u"Eva"_s,   u"Trond"_s, u"Ingrid"_s, u"Øystein"_s};
    const QStringList family {u"Nilsen"_s,   u"Berg"_s, u"Ødegård"_s, u"Sæther"_s, u"Ås"_s,    u"Lie"_s,   u"Dahl"_s,
                              u"Kjærstad"_s, u"Holm"_s, u"Bø"_s,      u"Strand"_s, u"Løvås"_s, u"Bakke"_s, u"Håland"_s};
    QString text = u"Søknadsnummer;Fornavn;Etternavn;E-post;Kvalifisert;Intervjuet;Referanser;Rangering;"
                   u"Begrunnelse\r\n"_s;
    for (qsizetype i = 0; i < count; ++i) {
        const QString& g = given[i % given.size()];
        const QString& f = family[(i * 7 + 3) % family.size()];
        text += QString::number(100001 + i) + u';' + g + u';' + f + u';' + g.toLower() + u'.' + QString::number(i)
            + u"@example.no;"_s + (i % 4 == 0 ? u"nei"_s : u"ja"_s) + u';' + (i % 3 == 0 ? u"ja"_s : u"nei"_s) + u';'
            + QString::number(i % 4) + u';' + (i < 10 ? QString::number(i + 1) : QString()) + u';'
            + (i < 10 ? u"\"Sterkt prosjekt; klar plan – god veiledning\""_s : QString()) + u"\r\n"_s;
    }
    return text;
}

quint64 mixResult(const ApplicantCsvResult& result)
{
    quint64 sum = 0xcbf29ce484222325ULL;
    mix(sum, static_cast<quint64>(result.problems.size()));
    for (qsizetype i = 0; i < result.applicants.size(); ++i) {
        const Applicant& a = result.applicants[i];
        mixText(sum, a.id);
        mixText(sum, a.name);
        mixText(sum, a.rankReason);
        mix(sum, (a.qualified ? 1U : 0U) | (a.interviewed ? 2U : 0U));
        mix(sum, static_cast<quint64>(a.references));
        mix(sum, static_cast<quint64>(a.rank.value_or(0)));
        mix(sum, static_cast<quint64>(result.applicantLines[i]));
    }
    return sum;
}

/** The floor: decode the whole file, split it into lines and fields, count them. No quoting, no checks. */
quint64 floorOf(const QByteArray& data, CsvEncoding encoding)
{
    const QString text = encoding == CsvEncoding::Utf8 ? QString::fromUtf8(data) : QString::fromLatin1(data);
    quint64 sum = 0xcbf29ce484222325ULL;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QList<QStringView> fields = line.split(u';');
        mix(sum, static_cast<quint64>(fields.size()));
        if (!fields.isEmpty())
            mix(sum, static_cast<quint64>(fields.front().size()));
    }
    return sum;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

void printRow(const char* name, const Result& r, qsizetype applicants)
{
    std::printf("%-14s %9.3f %9.3f %9.3f %9.3f %8.2f  %016llx%s\n", name, ms(r.medianNs), ms(r.bestNs), ms(r.worstNs),
                ms(r.medianCpuNs), static_cast<double>(r.medianNs) / 1e3 / static_cast<double>(applicants),
                static_cast<unsigned long long>(r.checksum), r.stable ? "" : " UNSTABLE");
}

/** The whole import into a new vacancy of a SQLite database, against its floor; true when the target is met. */
bool importBench(const QByteArray& data, qsizetype count, int runs)
{
    QTemporaryDir folder;
    Database db;
    QString error;
    const auto location = DatabaseLocation::parse(folder.filePath(u"bench.rekrutt"_s), &error);
    if (!location || !db.open(*location, Database::OpenMode::Create, &error)) {
        std::printf("import     cannot create the database: %s\n", qPrintable(error));
        return false;
    }
    OfficeService office(db);
    const Actor hr {u"bench"_s, u"hr_officer"_s};
    const CsvMapping mapping = ApplicantCsvReader::preview(data).guessedMapping;
    int vacancies = 0;
    bool ok = true;
    const Result import = measure(runs, [&] {
        StoredVacancy v;
        v.data.title = u"PhD fellow %1"_s.arg(++vacancies);
        v.data.position.type = PositionType::PhdFellow;
        v.data.position.unit = u"Department of Physics"_s;
        v.data.position.lengthMonths = 48;
        QString saveError;
        const ApplicantCsvResult read = ApplicantCsvReader::read(data, mapping);
        if (office.saveVacancy(v, hr, &saveError) != OfficeService::SaveResult::Saved)
            ok = false;
        v.data.recruitment.applicants = read.applicants;
        if (office.saveVacancy(v, hr, &saveError) != OfficeService::SaveResult::Saved) {
            std::printf("import     failed: %s\n", qPrintable(saveError));
            ok = false;
        }
        return static_cast<quint64>(v.data.recruitment.applicants.size());
    });
    db.exec(u"CREATE TABLE floor_rows (a1 TEXT, a2 TEXT, a3 TEXT, a4 TEXT, a5 TEXT, a6 TEXT, a7 TEXT, a8 TEXT, "
            "a9 TEXT, a10 TEXT, a11 TEXT, a12 TEXT, a13 TEXT, a14 TEXT, a15 TEXT, a16 TEXT, a17 TEXT, a18 TEXT, "
            "a19 TEXT, a20 TEXT)"_s,
            u"floor"_s, &error);
    const Result floor = measure(runs, [&] {
        db.connection().transaction();
        QSqlQuery insert(db.connection());
        insert.prepare(u"INSERT INTO floor_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < count; ++i) {
            for (int c = 0; c < 20; ++c)
                insert.bindValue(c, c == 1 ? u"Applicant %1"_s.arg(i) : QString::number(i * 20 + c));
            insert.exec();
        }
        db.connection().commit();
        return static_cast<quint64>(count);
    });
    std::printf("%-14s %9s %9s %9s %9s %8s  %s\n", "", "median ms", "best ms", "worst ms", "cpu ms", "us/appl",
                "checksum");
    printRow("import", import, count);
    printRow("floor", floor, count);
    const bool met = ok && ms(import.medianNs) < targetMs;
    std::printf("import / floor %.1f x (median wall)\n",
                static_cast<double>(import.medianNs) / static_cast<double>(floor.medianNs));
    std::printf("target         %lld applicants imported in under 1 s: %s (%.1f ms)\n\n", static_cast<long long>(count),
                met ? "met" : "missed", ms(import.medianNs));
    return met;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks reading the recruitment portal's applicant export."_s);
    parser.addHelpOption();
    const QCommandLineOption applicantsOption(u"applicants"_s, u"Applicants in the file."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per measurement; the median counts."_s, u"R"_s, u"21"_s);
    parser.addOptions({applicantsOption, runsOption});
    parser.process(app);
    const qsizetype count = std::max(1LL, parser.value(applicantsOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::printf("bench_applicant_csv: ApplicantCsvReader on the portal's export, single-threaded\n");
    std::printf("cpu        %s, %s MHz\n", qPrintable(procValue("/proc/cpuinfo", "model name")),
                qPrintable(procValue("/proc/cpuinfo", "cpu MHz")));
    std::printf("cores      %ld online, %d allowed to this process (taskset)\n", sysconf(_SC_NPROCESSORS_ONLN),
                allowedCpus());
    std::printf("load       %s (/proc/loadavg at start)\n", firstLineOf("/proc/loadavg", "").trimmed().constData());
    std::printf("qt         %s (built against %s)\n", qVersion(), QT_VERSION_STR);
#if defined(__clang__)
    std::printf("compiler   clang %s\n", __clang_version__);
#elif defined(__GNUC__)
    std::printf("compiler   gcc %s\n", __VERSION__);
#endif
#ifdef NDEBUG
    std::printf("build      optimised (NDEBUG)\n");
#else
    std::printf("build      NOT optimised (no NDEBUG): figures are meaningless\n");
#endif

    const QString text = portalExport(count);
    const QList<std::pair<CsvEncoding, QByteArray>> files {
        {CsvEncoding::Utf8, text.toUtf8()},
        {CsvEncoding::Windows1252, toWindows1252(text)},
    };
    std::printf("file       %lld applicants, 9 columns; %lld bytes in UTF-8, %lld in Windows-1252 (generated, not "
                "timed)\n",
                static_cast<long long>(count), static_cast<long long>(files[0].second.size()),
                static_cast<long long>(files[1].second.size()));
    std::printf("runs       %d per measurement, the median counts\n", runs);
    std::printf("target     %lld applicants in under %.0f ms (read, median wall time)\n\n",
                static_cast<long long>(count), targetMs);

    bool allMet = true;
    for (const auto& [encoding, data] : files) {
        const ApplicantCsvPreview preview = ApplicantCsvReader::preview(data);
        const ApplicantCsvResult check = ApplicantCsvReader::read(data, preview.guessedMapping);
        std::printf("%s: detected %s, %lld applicants read, %lld problems, mapping %s\n",
                    qPrintable(ApplicantCsvReader::encodingName(encoding)),
                    qPrintable(ApplicantCsvReader::encodingName(check.encoding)),
                    static_cast<long long>(check.applicants.size()), static_cast<long long>(check.problems.size()),
                    qPrintable(preview.guessedMapping.fields.join(u',')));
        if (check.encoding != encoding || check.applicants.size() != count || !check.ok()) {
            std::printf("  NOT READ AS EXPECTED: %s\n", qPrintable(check.problems.value(0).toString()));
            allMet = false;
        }
        const CsvMapping mapping = preview.guessedMapping;
        const Result detect
            = measure(runs, [&data] { return static_cast<quint64>(ApplicantCsvReader::detectEncoding(data)); });
        const Result previewRun = measure(runs, [&data] {
            const ApplicantCsvPreview p = ApplicantCsvReader::preview(data);
            return static_cast<quint64>(p.rows.size()) * 31 + static_cast<quint64>(p.headerNames.size());
        });
        const Result read
            = measure(runs, [&data, &mapping] { return mixResult(ApplicantCsvReader::read(data, mapping)); });
        const Result floor = measure(runs, [&data, encoding] { return floorOf(data, encoding); });

        std::printf("%-14s %9s %9s %9s %9s %8s  %s\n", "", "median ms", "best ms", "worst ms", "cpu ms", "us/appl",
                    "checksum");
        printRow("detect", detect, count);
        printRow("preview", previewRun, count);
        printRow("read", read, count);
        printRow("floor", floor, count);
        const bool met = ms(read.medianNs) < targetMs;
        allMet = allMet && met;
        std::printf("read / floor   %.1f x (median wall), %.1f x (median CPU)\n",
                    static_cast<double>(read.medianNs) / static_cast<double>(floor.medianNs),
                    static_cast<double>(read.medianCpuNs) / static_cast<double>(floor.medianCpuNs));
        std::printf("target         %lld applicants in under 1 s: %s (%.1f ms, %.0f x under)\n\n",
                    static_cast<long long>(count), met ? "met" : "missed", ms(read.medianNs),
                    targetMs / ms(read.medianNs));
    }
    allMet = importBench(files[0].second, count, runs) && allMet;
    std::printf("targets    %s\n", allMet ? "all met" : "NOT all met");
    return allMet ? 0 : 1;
}
