// bench_rules: how fast the rules core computes periods and evaluates cases, single-threaded.
//
// Generates N random valid cases (CaseGenerator; not timed), then times, best of R runs:
//   period        PeriodCalculator::compute(c) over all cases
//   evaluate      Evaluator::evaluate(c, ctx), findings and explanation built but not rendered
//   full en / nb  Evaluator::evaluate(c, ctx) plus every finding message and explanation line
//                 rendered to text in English / Bokmål
// For each it prints cases/s and µs per case from the wall clock and from the CPU time of the
// thread (the two agree on an idle machine; on a shared one the CPU time is the fairer figure), the
// ratios between them, and a checksum that depends on every result, so that the optimiser cannot
// drop the work and a change that alters any result shows. Record the output in docs/performance.md.
//
// Usage: bench_rules [--cases N] [--runs R] [--seed S]; pin it to one core: taskset -c 1 bench_rules

#include "bench/BenchSupport.h"
#include "core/i18n/Message.h"
#include "core/rules/Evaluator.h"
#include "core/rules/PeriodCalculator.h"
#include "tests/common/CaseGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QtGlobal>

#include <sched.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace rekrutt;
using namespace rekrutt::bench;

namespace {

/** The targets of the rules core on one core (docs/performance.md). */
constexpr double periodTarget = 1'000'000;
constexpr double fullTarget = 100'000;

/** Keeps a result alive: mixes `value` into the running checksum (FNV-1a style, order-dependent). */
inline void mix(quint64& sum, quint64 value)
{
    sum = (sum ^ value) * 0x100000001b3ULL;
}

inline quint64 dateValue(QDate date)
{
    return date.isValid() ? static_cast<quint64>(date.toJulianDay()) : 0;
}

void mixPeriod(quint64& sum, const Period& period)
{
    mix(sum, dateValue(period.end));
    mix(sum, dateValue(period.frameEnd));
    mix(sum, static_cast<quint64>(period.leaveExtensionDays));
    mix(sum, static_cast<quint64>(period.grantedExtensionDays));
    mix(sum, static_cast<quint64>(period.pendingExtensionDays));
}

void mixText(quint64& sum, const QString& text)
{
    mix(sum, static_cast<quint64>(text.size()));
    if (!text.isEmpty()) {
        mix(sum, text.front().unicode());
        mix(sum, text.back().unicode());
    }
}

struct Result
{
    /** Best and worst wall-clock time of one run over all cases. */
    qint64 bestNs = std::numeric_limits<qint64>::max();
    qint64 worstNs = 0;
    /** Best CPU time of this thread for one run: what the run cost when the machine is shared. */
    qint64 bestCpuNs = std::numeric_limits<qint64>::max();
    quint64 checksum = 0;
    bool stable = true;
};

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/** Runs `body` `runs` times; keeps the fastest time and checks that every run gives the same checksum. */
Result measure(int runs, const std::function<quint64()>& body)
{
    Result result;
    for (int run = 0; run < runs; ++run) {
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer timer;
        timer.start();
        const quint64 sum = body();
        const qint64 ns = timer.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpuStart;
        result.bestNs = std::min(result.bestNs, ns);
        result.worstNs = std::max(result.worstNs, ns);
        result.bestCpuNs = std::min(result.bestCpuNs, cpuNs);
        if (run == 0)
            result.checksum = sum;
        else if (sum != result.checksum)
            result.stable = false;
    }
    return result;
}

/** The value of the first "key : value" line of `path` that starts with `key`. */
QString procValue(const char* path, const QByteArray& key)
{
    const QByteArray line = firstLineOf(path, key);
    if (line.isEmpty())
        return QStringLiteral("unknown");
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

double perSecond(qint64 ns, qsizetype cases)
{
    return static_cast<double>(cases) / (static_cast<double>(ns) / 1e9);
}

void printRow(const char* name, const Result& r, qsizetype cases, double target)
{
    const double wall = perSecond(r.bestNs, cases);
    const double cpu = perSecond(r.bestCpuNs, cases);
    std::printf("%-9s %10.0f %8.3f %9.1f %6.2f %10.0f %8.3f  %016llx%s", name, wall,
                static_cast<double>(r.bestNs) / 1e3 / static_cast<double>(cases), static_cast<double>(r.bestNs) / 1e6,
                static_cast<double>(r.worstNs) / static_cast<double>(r.bestNs), cpu,
                static_cast<double>(r.bestCpuNs) / 1e3 / static_cast<double>(cases),
                static_cast<unsigned long long>(r.checksum), r.stable ? "" : " UNSTABLE");
    if (target > 0)
        std::printf("  %.0f/s: wall %s, cpu %s", target, wall >= target ? "met" : "MISSED",
                    cpu >= target ? "met" : "MISSED");
    std::printf("\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the rules core."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Number of cases."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per measurement; the best counts."), QStringLiteral("R"),
                                        QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the case generator."),
                                        QStringLiteral("S"), QStringLiteral("20261123"));
    parser.addOptions({casesOption, runsOption, seedOption});
    parser.process(app);
    const qsizetype caseCount = std::max(1LL, parser.value(casesOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();

    std::printf("bench_rules: rules core, single-threaded\n");
    std::printf("cpu        %s, %s MHz\n", qPrintable(procValue("/proc/cpuinfo", "model name")),
                qPrintable(procValue("/proc/cpuinfo", "cpu MHz")));
    std::printf("cores      %ld online, %d allowed to this process (taskset)\n", sysconf(_SC_NPROCESSORS_ONLN),
                allowedCpus());
    std::printf("load       %s (/proc/loadavg at start: other processes share the machine when above 0)\n",
                firstLineOf("/proc/loadavg", "").trimmed().constData());
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

    // Generation is not timed.
    testing::GeneratorOptions options;
    options.maxLeaves = 8;
    options.maxExtensions = 3;
    testing::CaseGenerator generator(seed, options);
    QElapsedTimer generationTimer;
    generationTimer.start();
    const QList<Case> cases = generator.generate(caseCount);
    const qint64 generationMs = generationTimer.elapsed();
    qsizetype leaves = 0;
    qsizetype extensions = 0;
    qsizetype recruitments = 0;
    for (const Case& c : cases) {
        leaves += c.leaves.size();
        extensions += c.extensions.size();
        recruitments += c.recruitment ? 1 : 0;
    }
    std::printf("cases      %lld (seed %llu, 0-%d leaves, 0-%d extensions; mean %.2f leaves, %.2f extensions, "
                "%.0f %% with recruitment; generated in %lld ms, not timed)\n",
                static_cast<long long>(caseCount), static_cast<unsigned long long>(seed), options.maxLeaves,
                options.maxExtensions, static_cast<double>(leaves) / caseCount,
                static_cast<double>(extensions) / caseCount, 100.0 * recruitments / caseCount,
                static_cast<long long>(generationMs));
    std::printf("runs       %d per measurement, best counts\n\n", runs);

    EvaluationContext context;
    context.today = QDate(2026, 11, 23);

    // Average output size, counted once outside the timed runs.
    qsizetype findings = 0;
    qsizetype lines = 0;
    for (const Case& c : cases) {
        const Evaluation evaluation = Evaluator::evaluate(c, context);
        findings += evaluation.findings.size();
        lines += evaluation.explanation.size();
    }

    const Result period = measure(runs, [&cases] {
        quint64 sum = 0xcbf29ce484222325ULL;
        for (const Case& c : cases)
            mixPeriod(sum, PeriodCalculator::compute(c));
        return sum;
    });

    const Result evaluate = measure(runs, [&cases, &context] {
        quint64 sum = 0xcbf29ce484222325ULL;
        for (const Case& c : cases) {
            const Evaluation evaluation = Evaluator::evaluate(c, context);
            mixPeriod(sum, evaluation.period);
            mix(sum, static_cast<quint64>(evaluation.findings.size()));
            mix(sum, static_cast<quint64>(evaluation.explanation.size()));
            mix(sum, static_cast<quint64>(evaluation.deadlines.size()));
        }
        return sum;
    });

    auto full = [&cases, &context](Language language) {
        quint64 sum = 0xcbf29ce484222325ULL;
        for (const Case& c : cases) {
            const Evaluation evaluation = Evaluator::evaluate(c, context);
            mixPeriod(sum, evaluation.period);
            for (const Finding& finding : evaluation.findings)
                mixText(sum, finding.message.render(language));
            for (const Message& line : evaluation.explanation)
                mixText(sum, line.render(language));
        }
        return sum;
    };
    const Result fullEnglish = measure(runs, [&full] { return full(Language::English); });
    const Result fullBokmal = measure(runs, [&full] { return full(Language::Bokmal); });

    std::printf("mean output per case: %.2f findings, %.2f explanation lines (%.2f messages rendered)\n\n",
                static_cast<double>(findings) / caseCount, static_cast<double>(lines) / caseCount,
                static_cast<double>(findings + lines) / caseCount);
    std::printf("%-9s %10s %8s %9s %6s %10s %8s  %-16s  %s\n", "", "cases/s", "us/case", "best ms", "w/b", "cpu case/s",
                "cpu us", "checksum", "target (best of runs)");
    printRow("period", period, caseCount, periodTarget);
    printRow("evaluate", evaluate, caseCount, 0);
    printRow("full en", fullEnglish, caseCount, fullTarget);
    printRow("full nb", fullBokmal, caseCount, fullTarget);

    // Ratios on CPU time, which other processes on the machine disturb least.
    const auto ratio = [](const Result& a, const Result& b) {
        return static_cast<double>(a.bestCpuNs) / static_cast<double>(b.bestCpuNs);
    };
    std::printf("\nratios (CPU time per case)\n");
    std::printf("  evaluate / period   %6.1f x\n", ratio(evaluate, period));
    std::printf("  full en  / period   %6.1f x\n", ratio(fullEnglish, period));
    std::printf("  full en  / evaluate %6.2f x  (rendering is %.0f %% of full en)\n", ratio(fullEnglish, evaluate),
                100.0 * (1.0 - 1.0 / ratio(fullEnglish, evaluate)));
    std::printf("  full nb  / full en  %6.2f x\n", ratio(fullBokmal, fullEnglish));

    const auto met = [caseCount, &period, &fullEnglish, &fullBokmal](auto time) {
        return perSecond(time(period), caseCount) >= periodTarget
            && perSecond(time(fullEnglish), caseCount) >= fullTarget
            && perSecond(time(fullBokmal), caseCount) >= fullTarget;
    };
    std::printf("\ntargets    wall time: %s; CPU time: %s\n",
                met([](const Result& r) { return r.bestNs; }) ? "all met" : "NOT all met",
                met([](const Result& r) { return r.bestCpuNs; }) ? "all met" : "NOT all met");
    return 0;
}
