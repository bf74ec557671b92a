// Over 1,000 lines, kept in one file: its parts (startup, file open, tabs, keystrokes) share one QApplication, one
// database and one printed report, read top to bottom as one run. The seam, when another benchmark needs them, is the
// two database builders (caseDatabase() for a SQLite file, postgresDatabase() for a throwaway server) into
// BenchSupport.h.
//
// bench_case_list: how fast the desktop application shows a database of 100,000 cases as a painted,
// sorted list, and how fast one keystroke in the search field filters it. The real Workspace,
// MainWindow, CaseListPage and models, on the offscreen platform, in one process.
//
//   startup     what `rekrutt --db FILE` does once QApplication exists (app/gui/main.cpp): a Workspace
//               and a MainWindow built and shown, MainWindow::openDatabase(FILE, Existing) (the damage
//               check, the summaries read once, the Cases, Deadlines and Department timeline pages
//               loaded), until the case table has painted its first screen of rows, sorted by name.
//               Target: ≤ 1 s. A fresh Workspace and MainWindow for every run.
//   file open   the same with the window already shown and painted, as File ▸ Open database does it.
//   reference   in process: Database::open(Existing) alone, and with OfficeService::list() (what
//               Workspace::summaries() reads); as a process: sqlite3 reading the same columns of the
//               same rows (the query of OfficeService::list) to /dev/null. They make the figures
//               comparable across machines and loads: ratios within one run.
//   parts       each page of the main window built on a workspace whose list is read already: what it
//               costs to load the list (CaseListPage; DeadlinesPage and DepartmentTimelinePage, which
//               load when their tab is shown); and CaseListModel::setCases() alone, on the generated
//               cases and on the same cases with distinct names; the same for DeadlineListModel::setCases()
//               and DepartmentTimeline::setCases().
//   tab switch  with a database open and the case list painted (a fresh Workspace and MainWindow, not
//               timed), a click on the Deadlines tab until its table has painted the deadlines, then on
//               the Department timeline tab until the chart has painted its rows: each page reads the
//               list when its tab is first shown (isBehindAnotherPage()). Target: ≤ 250 ms of CPU.
//   keystroke   QTest::keyClick of one key into the real search field, through CaseFilterProxy and the
//               repaint of the table, until the table's viewport has painted. Target: ≤ 16 ms. Three
//               series: words typed and erased letter by letter; the rarest letter typed into the
//               empty field and erased (narrows hard); the commonest (matches most rows).
//
// The database (seed 20261124, imported in batches of 10,000, not timed; about 130 MB) is kept in
// the cache folder and reused while its marker (cases, seed, schema version) matches. The file is then
// in the page cache, as after any recent use: a cold read from disk is not measured.
//
// Wall clock, and the CPU time of this process, which other processes on a shared machine disturb
// least. Record the output in docs/performance.md.
//
// With --postgres, the same on a throwaway PostgreSQL server on this machine (tests/common/PgServer.h), the cases
// imported into it first (timed and printed: the import of a large office), and psql as the floor in place of sqlite3.
//
// Usage: bench_case_list [--cases N] [--runs R] [--keys K] [--seed S] [--folder DIR] [--lang en|nb] [--postgres]

#include "bench/BenchSupport.h"
#include "core/i18n/Language.h"
#include "core/office/OfficeService.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "tests/common/CaseGenerator.h"
#include "tests/common/PgServer.h"
#include "ui/CaseFilterProxy.h"
#include "ui/CaseListModel.h"
#include "ui/CaseListPage.h"
#include "ui/DeadlineListModel.h"
#include "ui/DeadlinesPage.h"
#include "ui/DepartmentTimeline.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QCollator>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <random>
#include <vector>

extern char** environ;

using namespace rekrutt;
using namespace rekrutt::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr double openTargetMs = 1000;
constexpr double keyTargetMs = 16;
constexpr double tabTargetMs = 250;
constexpr qsizetype batchSize = 10000;
/** Changes whenever the way the database is built changes, so that an old file is built again. */
constexpr int databaseFormat = 1;

/** The columns and rows OfficeService::list() reads (listSql in core/storage/CaseList.cpp). */
const char* const listQuery
    = "SELECT c.id, p.family_name, p.given_name, c.type, c.unit, c.start_date, s.end_date, s.errors, s.warnings, "
      "s.open_deadlines, s.late_deadlines, c.person_id, c.institution, s.nominal_end, s.frame_end, s.infos, "
      "s.first_error FROM cases c JOIN persons p ON p.id = c.person_id JOIN case_summary s ON s.case_id = c.id "
      "ORDER BY c.id";

qint64 cpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

QByteArray valueOf(const QByteArray& line)
{
    return line.isEmpty() ? QByteArrayLiteral("unknown") : line.mid(line.indexOf(':') + 1).trimmed();
}

QByteArray loadAverage()
{
    return firstLineOf("/proc/loadavg", "").trimmed();
}

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_case_list: %s\n", qPrintable(what));
    std::exit(1);
}

/** Times of one measurement over several runs. */
struct Series
{
    QList<qint64> wall;
    QList<qint64> cpu;

    void add(qint64 wallNs, qint64 cpuNsUsed)
    {
        wall.append(wallNs);
        cpu.append(cpuNsUsed);
    }
    static double medianOf(QList<qint64> values)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? ms(values.at(n / 2)) : (ms(values.at(n / 2 - 1)) + ms(values.at(n / 2))) / 2;
    }
    double best() const { return wall.isEmpty() ? 0 : ms(*std::min_element(wall.begin(), wall.end())); }
    double median() const { return medianOf(wall); }
    double worst() const { return wall.isEmpty() ? 0 : ms(*std::max_element(wall.begin(), wall.end())); }
    double cpuMedian() const { return medianOf(cpu); }
    double cpuBest() const { return cpu.isEmpty() ? 0 : ms(*std::min_element(cpu.begin(), cpu.end())); }
};

/**
 * Tells when a widget has painted. QApplication::notify() returns only after the receiver has
 * handled the event, so the moment taken here is the end of the viewport's paintEvent(): every
 * visible cell's data() asked for, its text laid out and drawn into the window's backing store,
 * as on screen. (An event filter would see the paint event before the view handles it; grab()
 * paints into a pixmap of its own, and repaint() forces a synchronous paint that the application
 * never does: both would time a paint that is not the one the user waits for.)
 */
class BenchApplication : public QApplication
{
public:
    BenchApplication(int& argc, char** argv)
        : QApplication(argc, argv)
    { }

    bool notify(QObject* receiver, QEvent* event) override
    {
        const bool paint = event->type() == QEvent::Paint && receiver == m_watched && m_watched;
        const bool result = QApplication::notify(receiver, event);
        if (paint && m_painted)
            m_painted();
        return result;
    }

    /** Calls `painted` after each paint of `widget` (none: stops watching). */
    void watch(QWidget* widget, std::function<void()> painted)
    {
        m_watched = widget;
        m_painted = std::move(painted);
    }

private:
    QWidget* m_watched = nullptr;
    std::function<void()> m_painted;
};

/**
 * Runs the event loop until `done` or `timeoutMs`; false on the timeout. Waits for events rather than
 * spinning, so that it takes no CPU time from the work it waits for.
 */
bool processUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.start(timeoutMs);
    while (!done()) {
        if (!watchdog.isActive())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/** Lets every pending event, deferred deletion and timer of 0 ms run (nothing is timed). */
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

bool importBatch(const DatabaseLocation& location, const QList<Case>& cases)
{
    Database db;
    QString error;
    if (!db.open(location, Database::OpenMode::Create, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location.displayName()), qPrintable(error));
        return false;
    }
    OfficeService office(db);
    if (!office.importCases(cases, Actor {u"bench"_s, u"hr_officer"_s}, u"bench"_s, nullptr, &error)) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

/** The database of `count` cases in `folder`: reused when its marker matches, else built (not timed). */
DatabaseLocation caseDatabase(const QString& folder, qsizetype count, quint64 seed)
{
    DatabaseLocation location;
    location.path = QDir(folder).filePath(u"case-list-%1.rekrutt"_s.arg(count));
    const QString markerPath = location.path + u".marker"_s;
    const QByteArray marker = QStringLiteral("bench_case_list database %1; cases %2; seed %3; schema %4\n")
                                  .arg(databaseFormat)
                                  .arg(count)
                                  .arg(seed)
                                  .arg(Migrations::latestVersion())
                                  .toUtf8();
    const QByteArray markerText = marker.trimmed();
    QFile markerFile(markerPath);
    if (QFileInfo::exists(location.path) && markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == marker) {
        // The marker is written only after the last batch: check that the cases are all there too.
        Database db;
        QString error;
        if (db.open(location, Database::OpenMode::ReadOnly, &error)) {
            const auto ids = OfficeService(db).ids(&error);
            if (ids && ids->size() == count) {
                std::printf("database   reusing %s (%.1f MB, %s)\n", qPrintable(location.path),
                            static_cast<double>(QFileInfo(location.path).size()) / 1e6, markerText.constData());
                return location;
            }
        }
    }
    markerFile.close();
    QDir().mkpath(folder);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u".marker"_s})
        QFile::remove(location.path + suffix);
    std::printf("database   building %s: %lld cases, seed %llu (not timed)...\n", qPrintable(location.path),
                static_cast<long long>(count), static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    testing::CaseGenerator generator(seed);
    QElapsedTimer clock;
    clock.start();
    for (qsizetype done = 0; done < count; done += batchSize) {
        if (!importBatch(location, generator.generate(std::min(batchSize, count - done))))
            fail(u"cannot build the database"_s);
    }
    if (!markerFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || markerFile.write(marker) != marker.size())
        fail(u"cannot write %1"_s.arg(markerPath));
    std::printf("database   built in %.1f s, %.1f MB (%s)\n", static_cast<double>(clock.elapsed()) / 1e3,
                static_cast<double>(QFileInfo(location.path).size()) / 1e6, markerText.constData());
    return location;
}

/** A throwaway PostgreSQL server's database of `count` generated cases, imported in batches (timed and printed). */
DatabaseLocation postgresDatabase(testing::PgServer& server, qsizetype count, quint64 seed)
{
    QString error;
    if (!testing::PgServer::binariesAvailable())
        fail(u"--postgres: no PostgreSQL server binaries here"_s);
    if (!server.start(&error))
        fail(u"--postgres: the server did not start: "_s + error);
    const auto location = DatabaseLocation::parse(server.url(), &error);
    if (!location)
        fail(error);
    std::printf("database   importing %lld cases, seed %llu, into %s in batches of %lld...\n",
                static_cast<long long>(count), static_cast<unsigned long long>(seed),
                qPrintable(location->displayName()), static_cast<long long>(batchSize));
    std::fflush(stdout);
    testing::CaseGenerator generator(seed);
    QElapsedTimer clock;
    qint64 importNs = 0;
    for (qsizetype done = 0; done < count; done += batchSize) {
        const QList<Case> batch = generator.generate(std::min(batchSize, count - done));
        clock.start();
        if (!importBatch(*location, batch))
            fail(u"cannot build the database"_s);
        importNs += clock.nsecsElapsed();
    }
    std::printf("import     %lld cases in %.1f s: %.0f cases/s (the generation of the cases not counted)\n",
                static_cast<long long>(count), static_cast<double>(importNs) / 1e9,
                static_cast<double>(count) / (static_cast<double>(importNs) / 1e9));
    return *location;
}

/** What one open of the database took, from the start of the path to the first painted list. */
struct OpenRun
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    /** Moments within the run, from its start: window shown, database open, openDatabase() returned. */
    qint64 windowNs = 0;
    qint64 databaseNs = 0;
    qint64 loadedNs = 0;
    int rowsPainted = 0;
};

struct Settings
{
    DatabaseLocation location;
    qsizetype cases = 0;
    QDate today;
    Language language = Language::English;
};

/**
 * One open in a fresh Workspace and MainWindow. `shownFirst`: the window is shown and painted
 * before the clock starts (File ▸ Open database); else the clock starts before the window is built
 * (startup with --db). `keep`: hands the window over instead of destroying it.
 */
OpenRun openRun(BenchApplication& app, const Settings& settings, bool shownFirst,
                std::unique_ptr<Workspace>* keepWorkspace = nullptr, std::unique_ptr<MainWindow>* keep = nullptr)
{
    auto workspace = std::make_unique<Workspace>();
    workspace->setToday(settings.today);
    workspace->setLanguage(settings.language);
    workspace->setUser(u"Ingrid Solberg"_s, Role::HrOfficer);

    OpenRun run;
    QElapsedTimer clock;
    qint64 cpuStart = 0;
    // Connected before the window exists, so that it runs before the pages load the cases.
    QObject::connect(workspace.get(), &Workspace::databaseChanged, workspace.get(), [&] {
        if (run.databaseNs == 0)
            run.databaseNs = clock.nsecsElapsed();
    });

    bool painted = false;
    qint64 paintedNs = 0;
    int expectRows = 0;
    std::unique_ptr<MainWindow> window;
    auto start = [&] {
        clock.start();
        cpuStart = cpuNs();
    };
    if (!shownFirst)
        start();
    window = std::make_unique<MainWindow>(workspace.get());
    CaseListPage* page = window->caseListPage();
    QWidget* viewport = page->view()->viewport();
    app.watch(viewport, [&] {
        // Only the paint that shows the cases counts (not an empty table painted before).
        if (!painted && page->proxy()->rowCount() == expectRows) {
            painted = true;
            paintedNs = clock.nsecsElapsed();
            run.cpuNs = cpuNs() - cpuStart;
        }
    });
    window->show();
    if (shownFirst) {
        // The empty window painted and settled first.
        if (!processUntil([&] { return painted; }))
            fail(u"the empty window was never painted"_s);
        settle();
        painted = false;
        start();
    } else {
        run.windowNs = clock.nsecsElapsed();
    }
    expectRows = int(settings.cases);
    if (!window->openDatabase(settings.location, Database::OpenMode::Existing))
        fail(u"MainWindow::openDatabase failed"_s);
    run.loadedNs = clock.nsecsElapsed();
    if (!processUntil([&] { return painted; }))
        fail(u"the case list was never painted with its %1 rows"_s.arg(settings.cases));
    run.wallNs = paintedNs;
    app.watch(nullptr, {});

    // How many rows the first screen showed (not timed).
    const QTableView* view = page->view();
    const int first = view->rowAt(0);
    int last = view->rowAt(viewport->height() - 1);
    if (last < 0)
        last = page->proxy()->rowCount() - 1;
    run.rowsPainted = first < 0 ? 0 : last - first + 1;
    if (keep) {
        *keep = std::move(window);
        *keepWorkspace = std::move(workspace);
    } else {
        window.reset();
        workspace.reset();
        settle();
    }
    return run;
}

/** What switching to the two pages that load when their tab is first shown took, in one window. */
struct TabRun
{
    qint64 deadlinesWallNs = 0;
    qint64 deadlinesCpuNs = 0;
    qint64 timelineWallNs = 0;
    qint64 timelineCpuNs = 0;
    int deadlineRows = 0;
    int timelineRows = 0;
    /** Empty when the deadlines were shown overdue first, by due date; else what is wrong. */
    QString problem;
};

/**
 * From a click on a tab of `window` to the end of the paint of `painted` that shows what `ready`
 * waits for: the page reads the list in its showEvent(), then the event loop paints it.
 */
void timeTabSwitch(BenchApplication& app, MainWindow* window, QWidget* page, QWidget* painted,
                   const std::function<bool()>& ready, qint64* wallNs, qint64* cpuUsedNs)
{
    QTabWidget* tabs = window->tabs();
    const int index = tabs->indexOf(page);
    QElapsedTimer clock;
    qint64 cpuStart = 0;
    bool done = false;
    app.watch(painted, [&] {
        if (!done && ready()) {
            done = true;
            *wallNs = clock.nsecsElapsed();
            *cpuUsedNs = cpuNs() - cpuStart;
        }
    });
    // A click on the tab itself, as the user does (Ctrl+2 and Ctrl+3 set the current widget the same way).
    QTabBar* bar = tabs->tabBar();
    const QPoint centre = bar->tabRect(index).center();
    cpuStart = cpuNs();
    clock.start();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, centre);
    if (!processUntil([&] { return done; }))
        fail(u"the tab %1 was never painted with its rows"_s.arg(tabs->tabText(index)));
    app.watch(nullptr, {});
    settle();
}

/** A fresh window with the database open and its case list painted (not timed), then the two tab switches. */
TabRun tabRun(BenchApplication& app, const Settings& settings)
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    openRun(app, settings, true, &workspace, &window);
    settle();
    TabRun run;
    DeadlinesPage* deadlines = window->deadlinesPage();
    if (deadlines->model()->rowCount() != 0)
        fail(u"the Deadlines page loaded behind its tab"_s);
    timeTabSwitch(
        app, window.get(), deadlines, deadlines->view()->viewport(),
        [deadlines] { return deadlines->proxy()->rowCount() > 0; }, &run.deadlinesWallNs, &run.deadlinesCpuNs);
    const QAbstractItemModel* shown = deadlines->proxy();
    run.deadlineRows = shown->rowCount();
    int previous = std::numeric_limits<int>::min();
    for (int row = 0; row < shown->rowCount() && run.problem.isEmpty(); ++row) {
        const int days = shown->index(row, 0).data(DeadlineListModel::DaysLeftRole).toInt();
        if (days < previous)
            run.problem = u"row %1 (%2 days left) comes after %3 days left"_s.arg(row).arg(days).arg(previous);
        previous = days;
    }
    DepartmentTimeline* timeline = window->timelinePage()->timeline();
    timeTabSwitch(
        app, window.get(), window->timelinePage(), timeline, [timeline] { return timeline->rowCount() > 0; },
        &run.timelineWallNs, &run.timelineCpuNs);
    run.timelineRows = timeline->rowCount();
    window.reset();
    workspace.reset();
    settle();
    return run;
}

/** Whether the list is sorted by name as the user sees it: the view's indicator and the rows' order. */
bool checkSorted(const CaseListPage& page, QString* problem)
{
    const QHeaderView* header = page.view()->horizontalHeader();
    if (header->sortIndicatorSection() != CaseListModel::NameColumn
        || header->sortIndicatorOrder() != Qt::AscendingOrder) {
        *problem = u"the sort indicator is not on the name column, ascending"_s;
        return false;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const QAbstractItemModel* model = page.proxy();
    QString previous = model->index(0, CaseListModel::NameColumn).data().toString();
    for (int row = 1; row < model->rowCount(); ++row) {
        QString name = model->index(row, CaseListModel::NameColumn).data().toString();
        if (collator.compare(previous, name) > 0) {
            *problem = u"row %1 (%2) comes after %3"_s.arg(row).arg(name, previous);
            return false;
        }
        previous = std::move(name);
    }
    return true;
}

/** One keystroke: from the key press to the end of the table's paint. */
struct KeyRun
{
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    /** From the key press to the end of the filter (CaseFilterProxy::filterChanged). */
    qint64 filterNs = 0;
    int rows = 0;
};

class Keyboard
{
public:
    Keyboard(BenchApplication& app, CaseListPage* page)
        : m_app(app)
        , m_page(page)
    {
        QObject::connect(page->proxy(), &CaseFilterProxy::filterChanged, page, [this] {
            if (m_filterNs == 0)
                m_filterNs = m_clock.nsecsElapsed();
        });
    }

    /** Types `key` (a character, or Qt::Key_Backspace as 0) into the search field. */
    KeyRun press(char key)
    {
        QLineEdit* search = m_page->searchField();
        bool painted = false;
        KeyRun run;
        m_filterNs = 0;
        m_app.watch(m_page->view()->viewport(), [&] {
            if (!painted) {
                painted = true;
                run.wallNs = m_clock.nsecsElapsed();
                run.cpuNs = cpuNs() - m_cpuStart;
            }
        });
        m_cpuStart = cpuNs();
        m_clock.start();
        if (key)
            QTest::keyClick(search, key);
        else
            QTest::keyClick(search, Qt::Key_Backspace);
        if (!processUntil([&] { return painted; }, 10000))
            fail(u"the table was not painted after the key %1 (search text \"%2\")"_s.arg(QChar::fromLatin1(key))
                     .arg(search->text()));
        m_app.watch(nullptr, {});
        run.filterNs = m_filterNs;
        run.rows = m_page->proxy()->rowCount();
        // The next key starts from rest: whatever the paint left pending runs now, untimed.
        settle();
        return run;
    }

private:
    BenchApplication& m_app;
    CaseListPage* m_page;
    QElapsedTimer m_clock;
    qint64 m_cpuStart = 0;
    qint64 m_filterNs = 0;
};

struct KeySeries
{
    Series total;
    Series filter;
    int fewestRows = std::numeric_limits<int>::max();
    int mostRows = 0;

    void add(const KeyRun& run)
    {
        total.add(run.wallNs, run.cpuNs);
        filter.add(run.filterNs, 0);
        fewestRows = std::min(fewestRows, run.rows);
        mostRows = std::max(mostRows, run.rows);
    }
};

void printKeys(const char* name, const KeySeries& keys)
{
    const Series& t = keys.total;
    std::printf("%-34s %3lld keys  best %6.2f  median %6.2f  worst %6.2f ms  cpu median %6.2f ms  filter median "
                "%6.2f ms  rows %d-%d  target <= %.0f ms (median): %s\n",
                name, static_cast<long long>(t.wall.size()), t.best(), t.median(), t.worst(), t.cpuMedian(),
                keys.filter.median(), keys.fewestRows, keys.mostRows, keyTargetMs,
                t.median() <= keyTargetMs ? "met" : "MISSED");
}

/** Drops the offscreen platform's note that it cannot propagate size hints, printed for every window. */
void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(messageHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The main window reads and writes its settings (window geometry, recent files): in a folder of
    // its own, so that the user's are left alone and every run starts from the same defaults.
    QTemporaryDir configuration;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configuration.path()));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(configuration.path()));

    QElapsedTimer appClock;
    appClock.start();
    BenchApplication app(argc, argv);
    const double appMs = ms(appClock.nsecsElapsed());
    QApplication::setOrganizationName(u"Rekrutt"_s);
    QApplication::setApplicationName(u"Rekrutt"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmarks the desktop application's case list."_s);
    parser.addHelpOption();
    const QCommandLineOption casesOption(u"cases"_s, u"Cases in the database."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each open, after the first."_s, u"R"_s, u"5"_s);
    const QCommandLineOption keysOption(u"keys"_s, u"Keystrokes of the narrowing and matching series."_s, u"K"_s,
                                        u"30"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the case generator."_s, u"S"_s, u"20261124"_s);
    const QCommandLineOption folderOption(
        u"folder"_s, u"Where the database is kept and reused (default: the cache folder)."_s, u"DIR"_s,
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)).filePath(u"rekrutt-bench"_s));
    const QCommandLineOption languageOption(u"lang"_s, u"Language of the application: en or nb."_s, u"nb|en"_s,
                                            u"en"_s);
    const QCommandLineOption postgresOption(u"postgres"_s,
                                            u"Measure on a throwaway PostgreSQL server instead of a SQLite file."_s);
    parser.addOptions({casesOption, runsOption, keysOption, seedOption, folderOption, languageOption, postgresOption});
    parser.process(app);
    Settings settings;
    settings.cases = std::max(1LL, parser.value(casesOption).toLongLong());
    settings.today = QDate(2026, 11, 23);
    settings.language = languageFromCode(parser.value(languageOption)).value_or(Language::English);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int keyCount = std::max(2, parser.value(keysOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();

    // As app/gui/main.cpp: the locale and Rekrutt's own texts in the chosen language.
    const QString code = languageCode(settings.language);
    QLocale::setDefault(QLocale(settings.language == Language::Bokmal ? u"nb_NO"_s : u"en_GB"_s));
    QTranslator own;
    if (own.load(u":/i18n/rekrutt_"_s + code))
        QApplication::installTranslator(&own);

    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    sched_getaffinity(0, sizeof allowed, &allowed);
    std::printf("bench_case_list: the desktop application's case list\n");
    std::printf("cpu        %s, %s MHz\n", valueOf(firstLineOf("/proc/cpuinfo", "model name")).constData(),
                valueOf(firstLineOf("/proc/cpuinfo", "cpu MHz")).constData());
    std::printf("cores      %ld online (nproc), %d allowed to this process\n", sysconf(_SC_NPROCESSORS_ONLN),
                CPU_COUNT(&allowed));
    std::printf("load       %s (/proc/loadavg at start: other processes share the machine when above 0)\n",
                loadAverage().constData());
    std::printf("qt         %s, platform %s, style %s, screen %dx%d\n", qVersion(),
                qPrintable(QGuiApplication::platformName()), qPrintable(QApplication::style()->name()),
                QGuiApplication::primaryScreen()->size().width(), QGuiApplication::primaryScreen()->size().height());
    // __OPTIMIZE__: GCC and Clang at -O1 and above. A Release build with its flags replaced (-O2 alone)
    // is optimised but keeps assert() (no NDEBUG); Qt's own checks are off either way (QT_NO_DEBUG).
#if defined(__OPTIMIZE__) && defined(NDEBUG)
    std::printf("build      optimised (NDEBUG)\n");
#elif defined(__OPTIMIZE__)
    std::printf("build      optimised, without NDEBUG (assert() on)\n");
#else
    std::printf("build      NOT optimised: figures are meaningless\n");
#endif
    std::printf("language   %s, today %s\n", qPrintable(code), qPrintable(settings.today.toString(Qt::ISODate)));
    std::printf("qapp       QApplication built in %.1f ms (not in the figures below)\n", appMs);

    const bool postgres = parser.isSet(postgresOption);
    testing::PgServer server;
    settings.location = postgres ? postgresDatabase(server, settings.cases, seed)
                                 : caseDatabase(parser.value(folderOption), settings.cases, seed);
    std::fflush(stdout);

    // The references: the database alone, and sqlite3.
    Series databaseOnly;
    Series summaries;
    qsizetype summaryCount = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        qint64 cpuStart = cpuNs();
        clock.start();
        {
            Database db;
            QString error;
            if (!db.open(settings.location, Database::OpenMode::Existing, &error))
                fail(error);
            databaseOnly.add(clock.nsecsElapsed(), cpuNs() - cpuStart);
        }
        cpuStart = cpuNs();
        clock.start();
        {
            Database db;
            QString error;
            if (!db.open(settings.location, Database::OpenMode::Existing, &error))
                fail(error);
            const auto list = OfficeService(db).list(settings.today, QString(), &error);
            if (!list)
                fail(error);
            summaryCount = list->size();
            summaries.add(clock.nsecsElapsed(), cpuNs() - cpuStart);
        }
    }
    if (summaryCount != settings.cases)
        fail(u"the database holds %1 cases, not %2"_s.arg(summaryCount).arg(settings.cases));
    // The floor: the database's own command-line client reading the same rows, as a process.
    const QString sqlite3 = QStandardPaths::findExecutable(postgres ? u"psql"_s : u"sqlite3"_s);
    const char* const floorName = postgres ? "psql" : "sqlite3";
    const QStringList floorArguments = postgres ? QStringList {u"-X"_s, u"-q"_s,
                                                               u"-A"_s, u"-t"_s,
                                                               u"-h"_s, settings.location.host,
                                                               u"-p"_s, QString::number(settings.location.port),
                                                               u"-U"_s, settings.location.user,
                                                               u"-d"_s, settings.location.database,
                                                               u"-c"_s, QString::fromLatin1(listQuery)}
                                                : QStringList {settings.location.path, QString::fromLatin1(listQuery)};
    Series sqlite;
    for (int run = 0; !sqlite3.isEmpty() && run < runs; ++run) {
        const ProcessTime time = runProcess(sqlite3, floorArguments);
        if (time.status != 0)
            fail(u"%1 failed"_s.arg(QLatin1StringView(floorName)));
        sqlite.add(time.wallNs, time.cpuNs);
    }

    // The parts: each page of the main window loading the list on its own, from a workspace whose list
    // is already read (Workspace::summaries() keeps it), as a page does when the database is opened.
    Series casePage;
    Series deadlinePage;
    Series timelinePage;
    Series modelSame;
    Series modelDistinct;
    Series deadlinesSame;
    Series deadlinesDistinct;
    Series chartSame;
    Series chartDistinct;
    qsizetype distinctNames = 0;
    {
        Workspace workspace;
        workspace.setToday(settings.today);
        QString error;
        if (!workspace.open(settings.location, Database::OpenMode::Existing, &error))
            fail(error);
        if (workspace.summaries().size() != settings.cases)
            fail(u"the workspace did not read the cases"_s);
        auto time = [](Series* series, auto make) {
            QElapsedTimer clock;
            const qint64 cpuStart = cpuNs();
            clock.start();
            {
                const auto page = make();
                series->add(clock.nsecsElapsed(), cpuNs() - cpuStart);
            }
            settle();
        };
        // The case list's model alone, on these cases and on the same cases with names made (mostly)
        // distinct: the generator draws from 16 family and 16 given names, so that 100,000 cases have
        // only 256 names, which flatters sorting by name, collated once per distinct name.
        QList<CaseSummary> renamed = workspace.summaries();
        std::mt19937_64 random(seed);
        const std::array<QStringView, 24> syllables {
            u"ber",  u"dal", u"fjell", u"hau",  u"lin", u"mo",   u"ny", u"rud", u"sol",  u"strand", u"vik",   u"aas",
            u"kvam", u"li",  u"sæter", u"bakk", u"nes", u"holm", u"ås", u"eng", u"stad", u"lund",   u"tveit", u"øy"};
        QSet<QString> names;
        for (CaseSummary& summary : renamed) {
            QString family;
            for (int part = 0; part < 3; ++part)
                family += syllables[std::size_t(random() % syllables.size())];
            family[0] = family[0].toUpper();
            summary.familyName = family;
            names.insert(family + u',' + summary.givenName);
        }
        distinctNames = names.size();
        auto timeModel = [&](Series* series, const QList<CaseSummary>& cases) {
            CaseListModel model;
            QElapsedTimer clock;
            const qint64 cpuStart = cpuNs();
            clock.start();
            model.setCases(cases, settings.today);
            series->add(clock.nsecsElapsed(), cpuNs() - cpuStart);
        };
        // The Deadlines page's model and the timeline's chart alone, the same way: both collate the names,
        // and the chart measures each distinct label once.
        auto timeDeadlines = [&](Series* series, const QList<CaseSummary>& cases) {
            DeadlineListModel model;
            QElapsedTimer clock;
            const qint64 cpuStart = cpuNs();
            clock.start();
            model.setCases(cases, settings.today);
            series->add(clock.nsecsElapsed(), cpuNs() - cpuStart);
        };
        auto timeChart = [&](Series* series, const QList<CaseSummary>& cases) {
            DepartmentTimeline chart;
            QElapsedTimer clock;
            const qint64 cpuStart = cpuNs();
            clock.start();
            chart.setCases(cases, settings.today);
            series->add(clock.nsecsElapsed(), cpuNs() - cpuStart);
        };
        for (int run = 0; run < runs; ++run) {
            timeDeadlines(&deadlinesSame, workspace.summaries());
            timeDeadlines(&deadlinesDistinct, renamed);
            timeChart(&chartSame, workspace.summaries());
            timeChart(&chartDistinct, renamed);
            timeModel(&modelSame, workspace.summaries());
            timeModel(&modelDistinct, renamed);
            time(&casePage, [&] { return std::make_unique<CaseListPage>(&workspace); });
            time(&deadlinePage, [&] { return std::make_unique<DeadlinesPage>(&workspace); });
            time(&timelinePage, [&] { return std::make_unique<DepartmentTimelinePage>(&workspace); });
        }
    }

    // The open, first as at startup (the first run also loads fonts and styles), then from the File menu.
    std::printf("\n");
    auto runOpen = [&](bool shownFirst, Series* series, Series* window, Series* database, Series* loaded, int* rows) {
        const OpenRun run = openRun(app, settings, shownFirst);
        series->add(run.wallNs, run.cpuNs);
        window->add(run.windowNs, 0);
        database->add(run.databaseNs, 0);
        loaded->add(run.loadedNs, 0);
        *rows = run.rowsPainted;
    };
    Series firstStartup;
    Series startup;
    Series fileOpen;
    Series startupWindow, startupDatabase, startupLoaded;
    Series openWindow, openDatabase, openLoaded;
    int rowsPainted = 0;
    runOpen(false, &firstStartup, &startupWindow, &startupDatabase, &startupLoaded, &rowsPainted);
    startupWindow = startupDatabase = startupLoaded = Series();
    for (int run = 0; run < runs; ++run) {
        runOpen(false, &startup, &startupWindow, &startupDatabase, &startupLoaded, &rowsPainted);
        runOpen(true, &fileOpen, &openWindow, &openDatabase, &openLoaded, &rowsPainted);
    }

    // The tab switches, each in a fresh window.
    Series deadlinesTab;
    Series timelineTab;
    int deadlineRows = 0;
    int timelineRows = 0;
    QString tabProblem;
    for (int run = 0; run < runs; ++run) {
        const TabRun tabs = tabRun(app, settings);
        deadlinesTab.add(tabs.deadlinesWallNs, tabs.deadlinesCpuNs);
        timelineTab.add(tabs.timelineWallNs, tabs.timelineCpuNs);
        deadlineRows = tabs.deadlineRows;
        timelineRows = tabs.timelineRows;
        if (tabProblem.isEmpty())
            tabProblem = tabs.problem;
    }

    // One more window, kept for the keystrokes; first, that what was painted is the sorted list.
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
    openRun(app, settings, true, &workspace, &window);
    settle();
    CaseListPage* page = window->caseListPage();
    QString problem;
    const bool sorted = checkSorted(*page, &problem);

    std::printf("open %lld cases to the painted list, sorted by name (%s); %d rows on the first screen, window "
                "%dx%d\n",
                static_cast<long long>(settings.cases), sorted ? "checked" : qPrintable(u"NOT SORTED: "_s + problem),
                rowsPainted, window->width(), window->height());
    std::printf("%-34s         best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms\n",
                "reference: Database::open", databaseOnly.best(), databaseOnly.median(), databaseOnly.worst(),
                databaseOnly.cpuMedian());
    std::printf("%-34s         best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms\n",
                "reference: open + list()", summaries.best(), summaries.median(), summaries.worst(),
                summaries.cpuMedian());
    auto printPart = [](const char* name, const Series& s) {
        std::printf("%-34s         best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms\n", name, s.best(),
                    s.median(), s.worst(), s.cpuMedian());
    };
    printPart("part: CaseListPage loads the list", casePage);
    printPart("part: its model, CaseListModel", modelSame);
    const QByteArray distinctName = "  with " + QByteArray::number(distinctNames) + " distinct names";
    printPart(distinctName.constData(), modelDistinct);
    printPart("part: DeadlinesPage loads it", deadlinePage);
    printPart("part: its model, DeadlineListModel", deadlinesSame);
    printPart(distinctName.constData(), deadlinesDistinct);
    printPart("part: DepartmentTimelinePage", timelinePage);
    printPart("part: its chart, DepartmentTimeline", chartSame);
    printPart(distinctName.constData(), chartDistinct);
    const QByteArray floorLabel = "reference: " + QByteArray(floorName) + " (process)";
    if (!sqlite3.isEmpty())
        std::printf("%-34s         best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms\n",
                    floorLabel.constData(), sqlite.best(), sqlite.median(), sqlite.worst(), sqlite.cpuMedian());
    else
        std::printf("reference: %s                 not installed\n", floorName);
    std::printf("%-34s         first run %7.1f ms  cpu %7.1f ms  target <= %.0f ms: %s\n", "startup (first in process)",
                firstStartup.best(), firstStartup.cpuBest(), openTargetMs,
                firstStartup.best() <= openTargetMs ? "met" : "MISSED");
    auto printOpen = [&](const char* name, const Series& s) {
        std::printf("%-34s %3lld runs best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms  target <= %.0f "
                    "ms (median): %s\n",
                    name, static_cast<long long>(s.wall.size()), s.best(), s.median(), s.worst(), s.cpuMedian(),
                    openTargetMs, s.median() <= openTargetMs ? "met" : "MISSED");
    };
    printOpen("startup (rekrutt --db FILE)", startup);
    printOpen("file open (window shown)", fileOpen);
    std::printf("  where the startup goes (medians, from the start): window built and shown %.1f ms, database open "
                "%.1f ms, openDatabase() returned (summaries read, pages loaded) %.1f ms, list painted %.1f ms\n",
                startupWindow.median(), startupDatabase.median(), startupLoaded.median(), startup.median());
    std::printf("  file open: database open %.1f ms, openDatabase() returned %.1f ms, list painted %.1f ms\n",
                openDatabase.median(), openLoaded.median(), fileOpen.median());
    std::printf("  ratios (medians): startup / (open + list()) %.2f x wall, %.2f x cpu",
                startup.median() / summaries.median(), startup.cpuMedian() / summaries.cpuMedian());
    if (!sqlite3.isEmpty())
        std::printf(";  startup / %s %.2f x wall, %.2f x cpu;  (open + list()) / %s %.2f x wall, %.2f x cpu", floorName,
                    startup.median() / sqlite.median(), startup.cpuMedian() / sqlite.cpuMedian(), floorName,
                    summaries.median() / sqlite.median(), summaries.cpuMedian() / sqlite.cpuMedian());
    std::printf("\n\n");

    std::printf("switch to a tab that loads when first shown, until it has painted (database open, case list "
                "painted; a fresh window each run)\n");
    auto printTab = [&](const char* name, const Series& s) {
        std::printf("%-34s %3lld runs best %7.1f  median %7.1f  worst %7.1f ms  cpu median %7.1f ms  target <= %.0f "
                    "ms cpu (median): %s\n",
                    name, static_cast<long long>(s.wall.size()), s.best(), s.median(), s.worst(), s.cpuMedian(),
                    tabTargetMs, s.cpuMedian() <= tabTargetMs ? "met" : "MISSED");
    };
    printTab("Deadlines tab", deadlinesTab);
    std::printf("  %d deadlines, overdue first by due date (%s)\n", deadlineRows,
                tabProblem.isEmpty() ? "checked" : qPrintable(u"NOT SORTED: "_s + tabProblem));
    printTab("Department timeline tab", timelineTab);
    std::printf("  %d cases on the chart\n\n", timelineRows);
    std::fflush(stdout);

    // The keystrokes. Which letters the cases contain is counted first (not timed).
    const CaseListModel* model = page->model();
    std::array<int, 26> recordsWith {};
    for (int i = 0; i < model->recordCount(); ++i) {
        quint32 seen = 0;
        for (const char byte : model->searchText(i)) {
            if (byte >= 'a' && byte <= 'z')
                seen |= 1u << (byte - 'a');
        }
        for (int letter = 0; letter < 26; ++letter)
            recordsWith[std::size_t(letter)] += (seen >> letter) & 1;
    }
    int rarest = -1;
    int commonest = 0;
    for (int letter = 0; letter < 26; ++letter) {
        const int n = recordsWith[std::size_t(letter)];
        if (n > 0 && (rarest < 0 || n < recordsWith[std::size_t(rarest)]))
            rarest = letter;
        if (n > recordsWith[std::size_t(commonest)])
            commonest = letter;
    }
    const char rare = char('a' + rarest);
    const char common = char('a' + commonest);

    Keyboard keyboard(app, page);
    page->searchField()->setFocus();
    settle();
    // Words typed letter by letter and erased the same way: each key narrows or widens the last search.
    KeySeries words;
    const QList<QByteArray> typed {"nilsen", "physics", "kari", "#4711"};
    for (const QByteArray& word : typed) {
        for (const char key : word)
            words.add(keyboard.press(key));
        for (qsizetype i = 0; i < word.size(); ++i)
            words.add(keyboard.press(0));
    }
    // One letter into the empty field and back, alternately: every key changes the rows shown.
    KeySeries narrowHard;
    KeySeries matchMost;
    KeySeries widenRare;
    KeySeries widenCommon;
    for (int i = 0; i < keyCount / 2; ++i) {
        narrowHard.add(keyboard.press(rare));
        widenRare.add(keyboard.press(0));
        matchMost.add(keyboard.press(common));
        widenCommon.add(keyboard.press(0));
    }
    // The references: the table's viewport painted alone (repaint(): at once, without the event loop),
    // and one scan of the search text of every case for the common letter (memchr).
    Series repaint;
    for (int run = 0; run < keyCount; ++run) {
        QElapsedTimer clock;
        const qint64 cpuStart = cpuNs();
        clock.start();
        page->view()->viewport()->repaint();
        repaint.add(clock.nsecsElapsed(), cpuNs() - cpuStart);
    }
    // Then one scan of the search text for the common letter.
    Series scan;
    const QByteArrayView buffer = model->searchBuffer();
    qsizetype hits = 0;
    for (int run = 0; run < keyCount; ++run) {
        QElapsedTimer clock;
        const qint64 cpuStart = cpuNs();
        clock.start();
        hits = 0;
        for (const char* at = buffer.data();
             (at = static_cast<const char*>(std::memchr(at, common, std::size_t(buffer.data() + buffer.size() - at))));
             ++at)
            ++hits;
        scan.add(clock.nsecsElapsed(), cpuNs() - cpuStart);
    }

    std::printf("one keystroke in the search field, to the repainted list (%lld cases; rows = rows shown after the "
                "key; filter = from the key press to CaseFilterProxy::filterChanged)\n",
                static_cast<long long>(settings.cases));
    KeySeries all;
    for (const KeySeries* series : {&words, &narrowHard, &widenRare, &matchMost, &widenCommon}) {
        for (qsizetype i = 0; i < series->total.wall.size(); ++i) {
            all.total.add(series->total.wall.at(i), series->total.cpu.at(i));
            all.filter.add(series->filter.wall.at(i), 0);
        }
        all.fewestRows = std::min(all.fewestRows, series->fewestRows);
        all.mostRows = std::max(all.mostRows, series->mostRows);
    }
    printKeys("words typed and erased", words);
    const QByteArray rareName = QByteArray("narrows hard: '") + rare + "' ("
        + QByteArray::number(recordsWith[std::size_t(rarest)]) + " cases)";
    const QByteArray commonName = QByteArray("matches most: '") + common + "' ("
        + QByteArray::number(recordsWith[std::size_t(commonest)]) + " cases)";
    printKeys(rareName.constData(), narrowHard);
    printKeys("  backspace back to all", widenRare);
    printKeys(commonName.constData(), matchMost);
    printKeys("  backspace back to all", widenCommon);
    printKeys("every keystroke", all);
    std::printf("  words: %s, each typed and erased\n", typed.join(", ").constData());
    std::printf("reference: repaint() of the table's viewport alone  best %.2f ms  median %.2f ms  cpu median %.2f "
                "ms;  keystroke median / repaint median %.1f x\n",
                repaint.best(), repaint.median(), repaint.cpuMedian(), all.total.median() / repaint.median());
    std::printf("reference: memchr of '%c' over the search text  best %.2f ms  median %.2f ms (%.1f MB, %lld hits);  "
                "keystroke median / scan median %.1f x\n",
                common, scan.best(), scan.median(), static_cast<double>(buffer.size()) / 1e6,
                static_cast<long long>(hits), all.total.median() / scan.median());
    const bool openMet = startup.median() <= openTargetMs && fileOpen.median() <= openTargetMs;
    const bool tabsMet = deadlinesTab.cpuMedian() <= tabTargetMs && timelineTab.cpuMedian() <= tabTargetMs;
    bool keysMet = true;
    for (const KeySeries* series : {&words, &narrowHard, &widenRare, &matchMost, &widenCommon})
        keysMet = keysMet && series->total.median() <= keyTargetMs;
    std::printf("\nload       %s (/proc/loadavg at the end)\n", loadAverage().constData());
    std::printf("targets    open <= %.0f ms: %s; tab switch <= %.0f ms cpu: %s; keystroke <= %.0f ms: %s\n",
                openTargetMs, openMet ? "met" : "MISSED", tabTargetMs, tabsMet ? "met" : "MISSED", keyTargetMs,
                keysMet ? "met" : "MISSED");
    window.reset();
    workspace.reset();
    return sorted && tabProblem.isEmpty() ? 0 : 1;
}
