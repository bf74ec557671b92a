// bench_documents: how fast Rekrutt makes documents, in process, on the offscreen platform.
//
//   contract HTML      DocumentBuilder::build() of one contract: template read, values, filled in
//   contract PDF       build() and DocumentRenderer::renderPdf() of one contract to a file: the
//                      figure a user waits for (target ≤ 100 ms); the first run (fonts loaded) apart
//   batch              N contracts of N different cases to N PDF files in one folder, as the batch
//                      export of the application does
//   LibreOffice        when soffice (or libreoffice) is installed: the same N contracts as HTML files
//                      (stylesheet inlined) converted with `soffice --headless --convert-to pdf`, 100
//                      files per call, for comparison
//
// Wall clock and CPU time of this process are printed; record the output in docs/performance.md.
//
// Usage: bench_documents [--batch N] [--runs R] [--keep DIR]

#include "core/documents/DocumentBuilder.h"
#include "tests/common/DocumentFixtures.h"
#include "ui/render/DocumentRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace rekrutt;
using namespace rekrutt::testing;

namespace {

constexpr double contractTargetMs = 100;

qint64 cpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

/** User and system CPU time of the child processes that have ended (soffice). */
double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Timing
{
    QList<qint64> wall;
    QList<qint64> cpu;
    double best() const { return ms(*std::min_element(wall.begin(), wall.end())); }
    double median() const
    {
        QList<qint64> sorted = wall;
        std::sort(sorted.begin(), sorted.end());
        return ms(sorted.at(sorted.size() / 2));
    }
    double bestCpu() const { return ms(*std::min_element(cpu.begin(), cpu.end())); }
};

template <typename F> Timing time(int runs, F&& work)
{
    Timing timing;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        const qint64 cpuStart = cpuNs();
        clock.start();
        work(run);
        timing.wall.append(clock.nsecsElapsed());
        timing.cpu.append(cpuNs() - cpuStart);
    }
    return timing;
}

/** Case `i` of the batch: every position type in turn, each person named apart. */
DocumentInput batchInput(int i)
{
    const QList<PositionType> types = allPositionTypes();
    DocumentInput input = documentInput(types.at(i % types.size()));
    input.data.person.familyName = QStringLiteral("Ødegård-Lien %1").arg(i + 1);
    input.caseId = i + 1;
    return input;
}

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_documents: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Contracts in the batch."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of the one-contract timings."),
                                        QStringLiteral("R"), QStringLiteral("30"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Write the files here and keep them."),
                                        QStringLiteral("DIR"));
    parser.addOptions({batchOption, runsOption, keepOption});
    parser.process(app);
    const int batch = std::max(1, parser.value(batchOption).toInt());
    const int runs = std::max(3, parser.value(runsOption).toInt());

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(folder);
    const QDir out(folder);

    std::printf("bench_documents: Qt %s, %d batch, %d runs, offscreen platform\n", qVersion(), batch, runs);

    // One contract, in process.
    const DocumentInput input = documentInput(PositionType::PhdFellow);
    QString error;
    std::optional<Document> document;
    const Timing first = time(1, [&](int) {
        document = DocumentBuilder::build(DocumentKind::Contract, input, Language::Bokmal, &error);
        if (!document || !DocumentRenderer::renderPdf(*document, out.filePath(QStringLiteral("first.pdf")), &error))
            fail(error);
    });
    const Timing html = time(runs, [&](int) {
        document = DocumentBuilder::build(DocumentKind::Contract, input, Language::Bokmal, &error);
        if (!document)
            fail(error);
    });
    const Timing pdf = time(runs, [&](int run) {
        document = DocumentBuilder::build(DocumentKind::Contract, input, Language::Bokmal, &error);
        if (!document
            || !DocumentRenderer::renderPdf(*document, out.filePath(QStringLiteral("one-%1.pdf").arg(run)), &error))
            fail(error);
    });
    std::printf("contract HTML (build only)        best %7.2f ms  median %7.2f ms  cpu %7.2f ms\n", html.best(),
                html.median(), html.bestCpu());
    std::printf("contract PDF (build and render)   best %7.2f ms  median %7.2f ms  cpu %7.2f ms  first run %.1f ms  "
                "target <= %.0f ms: %s\n",
                pdf.best(), pdf.median(), pdf.bestCpu(), first.best(), contractTargetMs,
                pdf.median() <= contractTargetMs ? "met" : "MISSED");

    // The batch: N cases, N files.
    QList<DocumentInput> inputs;
    for (int i = 0; i < batch; ++i)
        inputs.append(batchInput(i));
    const QString batchFolder = out.filePath(QStringLiteral("batch"));
    QDir().mkpath(batchFolder);
    const Timing batchTiming = time(1, [&](int) {
        for (int i = 0; i < batch; ++i) {
            const std::optional<Document> one
                = DocumentBuilder::build(DocumentKind::Contract, inputs.at(i), Language::Bokmal, &error);
            const QString path = QDir(batchFolder).filePath(QStringLiteral("contract-%1.pdf").arg(i + 1));
            if (!one || !DocumentRenderer::renderPdf(*one, path, &error))
                fail(error);
        }
    });
    qint64 bytes = 0;
    for (const QFileInfo& file : QDir(batchFolder).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files))
        bytes += file.size();
    std::printf("%d contracts to PDF (Rekrutt)      %7.2f s wall  %7.2f s cpu  %6.1f ms per contract  %5.1f "
                "contracts/s  %.1f MB\n",
                batch, batchTiming.best() / 1000, batchTiming.bestCpu() / 1000, batchTiming.best() / batch,
                batch / (batchTiming.best() / 1000), double(bytes) / 1e6);

    // LibreOffice converting the same contracts, as HTML with the stylesheet inlined, in one call.
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        soffice = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (soffice.isEmpty()) {
        std::printf("%d contracts to PDF (LibreOffice)  not installed (no soffice or libreoffice on PATH)\n", batch);
        return 0;
    }
    const QString htmlFolder = out.filePath(QStringLiteral("html"));
    const QString officeFolder = out.filePath(QStringLiteral("libreoffice"));
    QDir().mkpath(htmlFolder);
    QDir().mkpath(officeFolder);
    QStringList files;
    for (int i = 0; i < batch; ++i) {
        const std::optional<Document> one
            = DocumentBuilder::build(DocumentKind::Contract, inputs.at(i), Language::Bokmal, &error);
        if (!one)
            fail(error);
        QString text = one->html;
        text.replace(QStringLiteral("<link rel=\"stylesheet\" href=\"document.css\">"),
                     QStringLiteral("<style>") + one->page.styleSheet + QStringLiteral("</style>"));
        const QString path = QDir(htmlFolder).filePath(QStringLiteral("contract-%1.html").arg(i + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            fail(file.errorString());
        files.append(path);
    }
    // LibreOffice 7.4 stops silently after about 250 files in one call, so it gets them 100 at a time.
    constexpr qsizetype perCall = 100;
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    const double childCpuBefore = childrenCpuSeconds();
    for (qsizetype offset = 0; offset < files.size(); offset += perCall, ++calls) {
        QProcess office;
        office.start(soffice,
                     QStringList {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                  QStringLiteral("--outdir"), officeFolder}
                         + files.mid(offset, perCall));
        if (!office.waitForFinished(3'600'000) || office.exitCode() != 0)
            fail(QStringLiteral("soffice failed: ") + QString::fromUtf8(office.readAllStandardError()));
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double childCpu = childrenCpuSeconds() - childCpuBefore;
    const qsizetype converted = QDir(officeFolder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size();
    std::printf("%d contracts to PDF (LibreOffice)  %7.2f s wall  %7.2f s cpu  %6.1f ms per contract  %5.1f "
                "contracts/s  %lld converted in %d call(s) of soffice --headless --convert-to pdf\n",
                batch, seconds, childCpu, seconds * 1000 / batch, batch / seconds, static_cast<long long>(converted),
                calls);
    return 0;
}
