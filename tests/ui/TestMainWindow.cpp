// Over 800 lines: one executable per unit (the main window), a scenario per function; the seam, when it
// grows, is the database-opening scenarios (damaged, newer, locked, missing files) into a TestOpenDatabase.
// The main window with real widgets: databases that cannot be opened (not a database, damaged, written
// by a newer Rekrutt, of another program, missing, locked by another program) while the one open before
// stays open, recent files and the last database reopened at the next start, the name and role of the
// first start in the window and the audit trail, the PostgreSQL dialog that never keeps a password, a
// shortcut for every command, the window's geometry, the language and the About box. Settings live in a
// temporary folder of their own, so that the user's real settings are never read or touched.

#include "UiFixture.h"
#include "core/documents/DocumentKind.h"
#include "core/interchange/DemoOffice.h"
#include "core/storage/AuditTrail.h"
#include "ui/AppSettings.h"
#include "ui/CaseListModel.h"
#include "ui/CaseListPage.h"
#include "ui/IdentityDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PostgresDialog.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/PersonForm.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace rekrutt;
using rekrutt::testing::whenShown;

namespace {

const QDate today(2025, 10, 28);

/** Another program's connection to a SQLite file, in this thread. */
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    /** Runs `sql`; the driver's text on failure. */
    QString exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) ? QString() : query.lastError().text() + u" ["_s + sql + u']';
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

/** Creates a Rekrutt database at `path` holding the first `count` cases of the demo office. */
bool createDatabase(const QString& path, qsizetype count, QString* error)
{
    DatabaseLocation location;
    location.path = path;
    Database db;
    if (!db.open(location, Database::OpenMode::Create, error))
        return false;
    OfficeService cases(db);
    const Actor actor {u"tester"_s, u"hr_officer"_s};
    return cases.importCases(demoOffice(today).mid(0, count), actor, u"demo"_s, nullptr, error);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

/** The action of the menu bar whose text (without its mnemonic) is `path`'s last part, found along `path`. */
QAction* menuAction(QMainWindow* window, const QStringList& path)
{
    QList<QAction*> actions = window->menuBar()->actions();
    for (qsizetype i = 0; i < path.size(); ++i) {
        QAction* found = nullptr;
        for (QAction* action : std::as_const(actions)) {
            if (withoutMnemonic(action->text()) == path.at(i))
                found = action;
        }
        if (!found)
            return nullptr;
        if (i == path.size() - 1)
            return found;
        if (!found->menu())
            return nullptr;
        // Menus that fill themselves when shown (Open recent) do it now.
        emit found->menu()->aboutToShow();
        actions = found->menu()->actions();
    }
    return nullptr;
}

/** Every action of the menu bar that is a command (not a submenu or a separator), by its path of texts. */
void collectCommands(const QList<QAction*>& actions, const QString& prefix, QList<std::pair<QString, QAction*>>* out)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        const QString path
            = prefix.isEmpty() ? withoutMnemonic(action->text()) : prefix + u" ▸ "_s + withoutMnemonic(action->text());
        if (QMenu* menu = action->menu()) {
            emit menu->aboutToShow();
            collectCommands(menu->actions(), path, out);
        } else {
            out->append({path, action});
        }
    }
}

QLineEdit* fieldNamed(QWidget* dialog, const QString& accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void clickAccept(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    const auto buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesAFileItCannotOpenAndKeepsTheOneOpenBefore_data();
    void refusesAFileItCannotOpenAndKeepsTheOneOpenBefore();
    void aDatabaseLockedByAnotherProgramOpensButASaveWaitsAndLosesNothing();
    void aMissingFileIsNamedAndLeavesTheRecentFiles();
    void aNewDatabaseIsRecentAndOpensAgainAtTheNextStart();
    void theFirstStartAsksForNameAndRoleForTheWindowAndTheAuditTrail();
    void thePostgresDialogRemembersEverythingButThePassword();
    void aSharedOfficesServerDecidesNameAndRole();
    void everyCommandHasAShortcutOfItsOwn();
    void theWindowGeometryIsRemembered();
    void aLongDatabasePathDoesNotWidenTheWindow();
    void choosingALanguageStoresItAndAsksToRestart();
    void theAboutBoxNamesTheVersion();

private:
    /** A new window on a new workspace, as at a start of the application. */
    void start();
    /** Creates the database "before" with three cases and opens it in the window. */
    void openBefore();
    /** Checks that the database opened by openBefore() is still open, listed and usable. */
    void verifyBeforeStillOpen();
    QString databaseLabel() const;
    QString newPath(const QString& name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_counter).arg(name)); }

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    int m_counter = 0;
    QString m_beforePath;
    QList<qint64> m_beforeIds;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    /** Modal dialogs nobody answered, closed by the watchdog so that a failing test cannot hang. */
    QStringList m_strayDialogs;
    QTimer m_watchdog;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    // Settings in a folder of this run only, under a name of its own.
    QStandardPaths::setTestModeEnabled(true);
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(format, QSettings::SystemScope, m_settingsDir.filePath(u"system"_s));
    }
    QCoreApplication::setOrganizationName(u"RekruttTest"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow-%1"_s.arg(QCoreApplication::applicationPid()));
    QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()), qPrintable(QSettings().fileName()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    // A modal dialog that is still open after two seconds was not expected: note it and close it.
    auto seen = std::make_shared<std::pair<QPointer<QWidget>, QElapsedTimer>>();
    connect(&m_watchdog, &QTimer::timeout, this, [this, seen] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            seen->first = nullptr;
            return;
        }
        if (seen->first != modal) {
            seen->first = modal;
            seen->second.start();
            return;
        }
        if (seen->second.elapsed() < 2000)
            return;
        const auto labels = modal->findChildren<QLabel*>();
        QStringList texts;
        for (const QLabel* label : labels)
            texts << label->text();
        m_strayDialogs << QString::fromLatin1(modal->metaObject()->className()) + u": "_s + texts.join(u" | "_s);
        modal->close();
        seen->first = nullptr;
    });
    m_watchdog.start(100);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_strayDialogs.clear();
    start();
}

void TestMainWindow::cleanup()
{
    // An answer given and not used would answer the next test's dialog.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    MessageBox::information(nullptr, {}, u"cleanup"_s);
    m_window.reset();
    m_workspace.reset();
    QVERIFY2(m_strayDialogs.isEmpty(), qPrintable(m_strayDialogs.join(u'\n')));
}

void TestMainWindow::start()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setToday(today);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
}

void TestMainWindow::openBefore()
{
    m_beforePath = newPath(u"before.rekrutt"_s);
    QString error;
    QVERIFY2(createDatabase(m_beforePath, 3, &error), qPrintable(error));
    DatabaseLocation location;
    location.path = m_beforePath;
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Existing));
    m_beforeIds.clear();
    for (const CaseSummary& summary : m_workspace->summaries())
        m_beforeIds << summary.id;
    QCOMPARE(m_beforeIds.size(), 3);
}

QString TestMainWindow::databaseLabel() const
{
    const auto labels = m_window->statusBar()->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->text().startsWith(u"Database: "_s) || label->text().startsWith(u"No database open"_s))
            return label->text();
    }
    return {};
}

void TestMainWindow::verifyBeforeStillOpen()
{
    QVERIFY(m_workspace->isOpen());
    QCOMPARE(m_workspace->locationName(), m_beforePath);
    QCOMPARE(m_window->caseListPage()->model()->rowCount(), int(m_beforeIds.size()));
    QVERIFY2(m_window->windowTitle().contains(m_beforePath), qPrintable(m_window->windowTitle()));
    QCOMPARE(databaseLabel(), u"Database: "_s + m_beforePath);
    QCOMPARE(AppSettings::lastDatabase(), m_beforePath);
    // Usable: no dialog left open, and a case of the database opens in its tab.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(menuAction(m_window.get(), {u"Case"_s, u"New case"_s})->isEnabled());
    CaseEditor* editor = m_window->openCase(m_beforeIds.first());
    QVERIFY(editor);
    QCOMPARE(m_window->currentEditor(), editor);
    menuAction(m_window.get(), {u"Case"_s, u"Close case"_s})->trigger();
    QCOMPARE(m_window->currentEditor(), nullptr);
}

enum class BadFile { Text, Damaged, Newer, OtherProgram };
Q_DECLARE_METATYPE(BadFile)

void TestMainWindow::refusesAFileItCannotOpenAndKeepsTheOneOpenBefore_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("a text file is not a database")
        << BadFile::Text << QStringList {u"is not a Rekrutt database"_s, u"not an SQLite database file"_s};
    QTest::newRow("a damaged file is left untouched for a restore from a backup")
        << BadFile::Damaged << QStringList {u"is damaged"_s, u"left untouched"_s, u"restore it from a backup"_s};
    QTest::newRow("a database of a newer Rekrutt asks for the newer program")
        << BadFile::Newer
        << QStringList {u"written by a newer version of Rekrutt"_s,
                        u"schema %1"_s.arg(Database::currentSchemaVersion() + 1), u"Use the newer Rekrutt"_s};
    QTest::newRow("another program's SQLite database is left alone")
        << BadFile::OtherProgram << QStringList {u"database of another program"_s, u"not a Rekrutt case database"_s};
}

void TestMainWindow::refusesAFileItCannotOpenAndKeepsTheOneOpenBefore()
{
    QFETCH(BadFile, kind);
    QFETCH(QStringList, words);
    openBefore();

    QString error;
    const QString path = newPath(u"bad.rekrutt"_s);
    switch (kind) {
    case BadFile::Text:
        QVERIFY(writeFile(path, "Kari Nilsen, PhD, 2025-08-01\nOla Hansen, postdoc, 2025-09-01\n"));
        break;
    case BadFile::Damaged: {
        QVERIFY2(createDatabase(path, 61, &error), qPrintable(error));
        // The start of every page in the middle third (b-tree page headers), as a failing disk writes them.
        constexpr qsizetype pageSize = 4096;
        QByteArray bytes = fileBytes(path);
        const qsizetype pages = bytes.size() / pageSize;
        QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
        for (qsizetype page = pages / 3; page < 2 * pages / 3; ++page) {
            for (qsizetype i = 0; i < 48; ++i)
                bytes[page * pageSize + i] = static_cast<char>(0xA5);
        }
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case BadFile::Newer: {
        QVERIFY2(createDatabase(path, 1, &error), qPrintable(error));
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const QString failed = raw.exec(u"UPDATE settings SET value = '%1' WHERE key = 'schema_version'"_s.arg(
            Database::currentSchemaVersion() + 1));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        break;
    }
    case BadFile::OtherProgram: {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const QString failed = raw.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        break;
    }
    }
    const QByteArray bytes = fileBytes(path);
    // A case open in its tab stays open: the work goes on where it was.
    CaseEditor* open = m_window->openCase(m_beforeIds.first());
    QVERIFY(open);

    DatabaseLocation location;
    location.path = path;
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openDatabase(location, Database::OpenMode::Existing));
    QCOMPARE(m_window->currentEditor(), open);
    QVERIFY(m_window->tabs()->indexOf(open) >= 0);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(path), qPrintable(text));
    for (const QString& word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(u"«%1» not in: %2"_s.arg(word, text)));
    QCOMPARE(fileBytes(path), bytes);
    QVERIFY(!AppSettings::recentFiles().contains(path));
    verifyBeforeStillOpen();

    // Once another database does open, the cases of the one before close.
    const QPointer<CaseEditor> stale = open;
    DatabaseLocation good;
    good.path = newPath(u"good.rekrutt"_s);
    QVERIFY(m_window->openDatabase(good, Database::OpenMode::Create));
    QVERIFY(!m_window->currentEditor());
    QVERIFY(!stale || m_window->tabs()->indexOf(stale) < 0);
}

void TestMainWindow::aDatabaseLockedByAnotherProgramOpensButASaveWaitsAndLosesNothing()
{
    openBefore();
    const QString path = newPath(u"shared.rekrutt"_s);
    QString error;
    QVERIFY2(createDatabase(path, 2, &error), qPrintable(error));

    // Another program holds the write lock. Rekrutt keeps its files in WAL mode, where readers never
    // wait for a writer: the file opens at once, without the five seconds of the busy timeout.
    RawConnection other(path);
    QVERIFY(other.isOpen());
    QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
    DatabaseLocation location;
    location.path = path;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Existing));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(u"opening waited %1 ms"_s.arg(clock.elapsed())));
    QCOMPARE(m_window->caseListPage()->model()->rowCount(), 2);

    // A save waits for the busy timeout and then gives up; a short one keeps this test fast.
    QSqlQuery timeout(m_workspace->database().connection());
    QVERIFY(timeout.exec(u"PRAGMA busy_timeout = 300"_s));
    const qint64 id = m_workspace->summaries().first().id;
    CaseEditor* editor = m_window->openCase(id);
    QVERIFY(editor);
    const QString savedFamilyName = editor->current().data.person.familyName;
    m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer); // edits need an author
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* person = editor->findChild<PersonForm*>();
    QVERIFY(editor->showField(u"person.familyName"_s));
    QTest::keyClick(person->familyNameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(person->familyNameEdit(), u"Lockwood"_s);
    QCOMPARE(editor->current().data.person.familyName, u"Lockwood"_s);
    QVERIFY(editor->isModified());

    QAction* save = menuAction(m_window.get(), {u"Case"_s, u"Save"_s});
    QVERIFY(save && save->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Ok);
    clock.restart();
    save->trigger();
    QVERIFY2(clock.elapsed() < 3000, qPrintable(u"saving waited %1 ms"_s.arg(clock.elapsed())));
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"busy in another program"_s) && text.contains(u"try again"_s), qPrintable(text));
    // Nothing lost: the edit stays in the editor, unsaved and undoable; the database keeps what it had.
    QCOMPARE(m_window->currentEditor(), editor);
    QCOMPARE(editor->current().data.person.familyName, u"Lockwood"_s);
    QVERIFY(editor->isModified());
    QVERIFY(!editor->undoStack()->isClean());
    auto stored = m_workspace->load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.person.familyName, savedFamilyName);

    // The other program is done: the same Save now succeeds.
    QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
    save->trigger();
    QVERIFY(!editor->isModified());
    stored = m_workspace->load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->data.person.familyName, u"Lockwood"_s);
}

void TestMainWindow::aMissingFileIsNamedAndLeavesTheRecentFiles()
{
    const QString gone = newPath(u"gone.rekrutt"_s);
    QString error;
    QVERIFY2(createDatabase(gone, 1, &error), qPrintable(error));
    DatabaseLocation location;
    location.path = gone;
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Existing));
    openBefore();
    QCOMPARE(AppSettings::recentFiles(), (QStringList {m_beforePath, gone}));

    QVERIFY(QFile::remove(gone));
    QAction* recent = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(gone).fileName()});
    QVERIFY(recent);
    QCOMPARE(recent->toolTip(), gone);
    MessageBox::setNextAnswer(MessageBox::Ok);
    recent->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(gone) && text.contains(u"does not exist"_s), qPrintable(text));
    QCOMPARE(AppSettings::recentFiles(), QStringList {m_beforePath});
    QVERIFY(!menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(gone).fileName()}));
    verifyBeforeStillOpen();
}

void TestMainWindow::aNewDatabaseIsRecentAndOpensAgainAtTheNextStart()
{
    openBefore();
    const QString path = newPath(u"new.rekrutt"_s);

    // File ▸ New database… with the file dialog filled in as a user does.
    const auto shown = whenShown<QFileDialog>([path](QFileDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        // The dialog offers the suggested name once it is on screen; the user types over it.
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(name->text(), u"cases.rekrutt"_s);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QAction* create = menuAction(m_window.get(), {u"File"_s, u"New database…"_s});
    QVERIFY(create);
    create->trigger();
    QVERIFY(*shown);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(m_workspace->locationName(), path);
    QCOMPARE(m_window->caseListPage()->model()->rowCount(), 0);
    QCOMPARE(databaseLabel(), u"Database: "_s + path);
    QCOMPARE(AppSettings::lastDatabase(), path);
    QCOMPARE(AppSettings::recentFiles(), (QStringList {path, m_beforePath}));
    QAction* first = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"1 "_s + QFileInfo(path).fileName()});
    QVERIFY(first);
    QCOMPARE(first->toolTip(), path);

    // Back to the first database through Open recent, then to the new one again.
    QAction* second
        = menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(m_beforePath).fileName()});
    QVERIFY(second);
    second->trigger();
    QCOMPARE(m_workspace->locationName(), m_beforePath);
    QCOMPARE(AppSettings::recentFiles(), (QStringList {m_beforePath, path}));
    menuAction(m_window.get(), {u"File"_s, u"Open recent"_s, u"2 "_s + QFileInfo(path).fileName()})->trigger();
    QCOMPARE(m_workspace->locationName(), path);

    // The next start opens the last database, as main() does.
    m_window->close();
    start();
    QVERIFY(!m_workspace->isOpen());
    QVERIFY(m_window->openAtStart());
    QCOMPARE(m_workspace->locationName(), path);
    QCOMPARE(databaseLabel(), u"Database: "_s + path);

    // A last database whose file is gone is skipped without a word; one named on the command line is created.
    m_window->close();
    QVERIFY(QFile::remove(path));
    start();
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openAtStart());
    QVERIFY(!m_workspace->isOpen());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(m_window->openAtStart(path));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(m_workspace->locationName(), path);

    // A --db that is no address at all gets a message, and the window stays as it was.
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openAtStart(u"postgresql://"_s));
    QVERIFY2(MessageBox::lastText().contains(u"not a PostgreSQL address"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_workspace->locationName(), path);
}

void TestMainWindow::theFirstStartAsksForNameAndRoleForTheWindowAndTheAuditTrail()
{
    openBefore();
    QCOMPARE(AppSettings::userName(), QString());
    const auto shown = whenShown<IdentityDialog>([](IdentityDialog* dialog) {
        QLineEdit* name = fieldNamed(dialog, u"Your name"_s);
        QVERIFY(name);
        QTest::keyClicks(name, u"  Dina   Dekan "_s);
        auto* role = dialog->findChild<QComboBox*>();
        QVERIFY(role);
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Dean)));
        clickAccept(dialog);
    });
    m_window->ensureIdentity();
    QVERIFY(*shown);
    QCOMPARE(AppSettings::userName(), u"Dina Dekan"_s);
    QCOMPARE(AppSettings::role(), std::optional<Role>(Role::Dean));
    QCOMPARE(m_workspace->userName(), u"Dina Dekan"_s);
    QCOMPARE(m_workspace->role(), Role::Dean);
    QStringList statusTexts;
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(u"Dina Dekan · Dean"_s), qPrintable(statusTexts.join(u" | "_s)));

    // A case saved now names her and her role in its audit trail.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    CaseEditor* editor = m_window->newCase();
    QVERIFY(editor);
    auto* person = editor->findChild<PersonForm*>();
    QVERIFY(editor->showField(u"person.familyName"_s));
    QTest::keyClicks(person->familyNameEdit(), u"Nilsen"_s);
    QVERIFY(editor->showField(u"person.givenName"_s));
    QTest::keyClicks(person->givenNameEdit(), u"Kari"_s);
    menuAction(m_window.get(), {u"Case"_s, u"Save"_s})->trigger();
    QVERIFY(!editor->isModified());
    QVERIFY(editor->caseId() != 0);
    QString error;
    const auto trail = AuditTrail::forCase(m_workspace->database(), editor->caseId(), &error);
    QVERIFY2(trail, qPrintable(error));
    QVERIFY(!trail->isEmpty());
    for (const AuditEntry& entry : *trail) {
        QVERIFY2(entry.user.startsWith(u"Dina Dekan ("_s), qPrintable(entry.user));
        QCOMPARE(entry.role, u"dean"_s);
    }

    // At the next start the stored identity is taken without asking.
    m_window->close();
    start();
    MessageBox::setNextAnswer(MessageBox::Ok); // never used: no dialog may open
    m_window->ensureIdentity();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(m_workspace->userName(), u"Dina Dekan"_s);
    QCOMPARE(m_workspace->role(), Role::Dean);
    statusTexts.clear();
    for (const QLabel* label : m_window->statusBar()->findChildren<QLabel*>())
        statusTexts << label->text();
    QVERIFY2(statusTexts.contains(u"Dina Dekan · Dean"_s), qPrintable(statusTexts.join(u" | "_s)));
}

void TestMainWindow::aSharedOfficesServerDecidesNameAndRole()
{
    // A login the shared office registered (OfficeSecurity, TestOfficeSecurity): the dialog shows the server's name
    // and role, neither can be changed, and there is nothing to cancel.
    IdentityDialog dialog;
    dialog.setServerUser(
        OfficeUser {u"helge"_s, u"Helge Hode"_s, Role::HeadOfDepartment, u"Department of Chemistry"_s, {}},
        u"postgresql://helge@db.example.no/office"_s);
    QVERIFY(dialog.isFixed());
    QLineEdit* name = fieldNamed(&dialog, u"Your name"_s);
    QVERIFY(name && name->isReadOnly());
    QTest::keyClicks(name, u"Dina"_s);
    QCOMPARE(dialog.name(), u"Helge Hode"_s);
    auto* role = dialog.findChild<QComboBox*>();
    QVERIFY(role && !role->isEnabled());
    QCOMPARE(dialog.role(), Role::HeadOfDepartment);
    const auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    for (QAbstractButton* button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::RejectRole)
            QVERIFY(button->isHidden());
    }
    const QLabel* intro = dialog.findChild<QLabel*>();
    QVERIFY(intro && intro->text().contains(u"Department of Chemistry"_s) && intro->text().contains(u"helge"_s));
}

void TestMainWindow::thePostgresDialogRemembersEverythingButThePassword()
{
    openBefore();
    const QString password = u"s3cret-Passw0rd"_s;
    // Port 1 on this machine refuses at once: the connection fails, as with a mistyped password.
    const auto filled = whenShown<PostgresDialog>([password](PostgresDialog* dialog) {
        auto type = [dialog](const QString& field, const QString& text) {
            QLineEdit* edit = fieldNamed(dialog, field);
            QVERIFY2(edit, qPrintable(field));
            edit->selectAll();
            QTest::keyClicks(edit, text);
        };
        type(u"Server"_s, u"127.0.0.1"_s);
        type(u"Database"_s, u"hr_cases"_s);
        type(u"User"_s, u"hanne"_s);
        type(u"Password"_s, password);
        auto* port = dialog->findChild<QSpinBox*>();
        QVERIFY(port);
        port->setValue(1);
        auto* tls = dialog->findChild<QComboBox*>();
        QVERIFY(tls);
        tls->setCurrentIndex(tls->findData(u"verify-full"_s));
        QCOMPARE(dialog->location().password, password);
        QCOMPARE(dialog->location().sslMode, u"verify-full"_s);
        clickAccept(dialog);
    });
    QAction* connectAction = menuAction(m_window.get(), {u"File"_s, u"Connect to shared database…"_s});
    QVERIFY(connectAction);
    MessageBox::setNextAnswer(MessageBox::Ok);
    connectAction->trigger();
    QVERIFY(*filled);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(u"postgresql://hanne@127.0.0.1:1/hr_cases"_s) || text.contains(u"PostgreSQL driver"_s),
             qPrintable(text));
    QVERIFY(!text.contains(password));
    verifyBeforeStillOpen();

    // The dialog comes back as it was filled in, without the password.
    bool checked = false;
    const auto prefilled = whenShown<PostgresDialog>([&checked](PostgresDialog* dialog) {
        QCOMPARE(fieldNamed(dialog, u"Server"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(dialog->findChild<QSpinBox*>()->value(), 1);
        QCOMPARE(fieldNamed(dialog, u"Database"_s)->text(), u"hr_cases"_s);
        QCOMPARE(fieldNamed(dialog, u"User"_s)->text(), u"hanne"_s);
        QCOMPARE(fieldNamed(dialog, u"Password"_s)->text(), QString());
        QCOMPARE(dialog->findChild<QComboBox*>()->currentData().toString(), u"verify-full"_s);
        checked = true;
        dialog->reject();
    });
    connectAction->trigger();
    QVERIFY(*prefilled);
    QVERIFY(checked);
    const DatabaseLocation remembered = AppSettings::lastPostgres();
    QCOMPARE(remembered.host, u"127.0.0.1"_s);
    QCOMPARE(remembered.port, 1);
    QCOMPARE(remembered.database, u"hr_cases"_s);
    QCOMPARE(remembered.user, u"hanne"_s);
    QCOMPARE(remembered.password, QString());
    QCOMPARE(remembered.sslMode, u"verify-full"_s);

    // No setting holds the password, and neither does the settings file.
    QSettings settings;
    settings.sync();
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString& key : keys) {
        QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
        const QVariant value = settings.value(key);
        const QString shown
            = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u'\n') : value.toString();
        QVERIFY2(!shown.contains(password), qPrintable(key));
    }
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY(!fileBytes(settings.fileName()).contains(password.toUtf8()));

    // When the last database was a shared one, the next start asks for the password in the same dialog,
    // filled in, instead of failing for want of it.
    AppSettings::setLastDatabase(u"postgresql://hanne@127.0.0.1:1/hr_cases"_s);
    bool asked = false;
    const auto atStart = whenShown<PostgresDialog>([&asked](PostgresDialog* dialog) {
        QCOMPARE(fieldNamed(dialog, u"User"_s)->text(), u"hanne"_s);
        QCOMPARE(fieldNamed(dialog, u"Password"_s)->text(), QString());
        asked = true;
        dialog->reject();
    });
    QVERIFY(!m_window->openAtStart(QString()));
    QVERIFY(*atStart);
    QVERIFY(asked);
}

void TestMainWindow::everyCommandHasAShortcutOfItsOwn()
{
    openBefore();
    QVERIFY(m_window->openCase(m_beforeIds.first()));
    QList<std::pair<QString, QAction*>> commands;
    collectCommands(m_window->menuBar()->actions(), {}, &commands);
    QVERIFY(commands.size() > 20);

    // Without a shortcut only entries that choose among many (a file, a language, a document), which the
    // menu's letters reach, and the one command that destroys without asking.
    QStringList expected;
    for (const QString& file : AppSettings::recentFiles())
        expected << u"File ▸ Open recent ▸ %1 %2"_s.arg(expected.size() + 1).arg(QFileInfo(file).fileName());
    for (const QString& language : {u"As the system"_s, u"English"_s, u"Norsk bokmål"_s})
        expected << u"Settings ▸ Language ▸ "_s + language;
    for (const QString& menu :
         {u"Print"_s, u"Export PDF"_s, u"Print for the selected cases"_s, u"Export PDF for the selected cases"_s}) {
        for (DocumentKind kind : allDocumentKinds) {
            if (menu == u"Print"_s && kind == allDocumentKinds[0])
                continue; // Print… of the first document is Ctrl+P
            expected << u"Documents ▸ %1 ▸ %2…"_s.arg(menu,
                                                      QCoreApplication::translate("Documents", documentLabel(kind)));
        }
    }
    for (const QString& language : {u"Norsk bokmål"_s, u"English"_s})
        expected << u"Documents ▸ Document language ▸ "_s + language;
    expected << u"Documents ▸ Remove the institution logo"_s;
    // F1 is help on the page in front (Help ▸ Help on this page); the About box needs no key.
    expected << u"Help ▸ About Rekrutt"_s;

    QStringList without;
    for (const auto& [path, action] : std::as_const(commands)) {
        if (action->shortcut().isEmpty())
            without << path;
    }
    expected.sort();
    without.sort();
    QCOMPARE(without, expected);

    // No key does two things: the menu's shortcuts and those of the pages and the case editor.
    std::map<QString, QString> owners;
    auto claim = [&owners](const QKeySequence& key, const QString& owner) {
        const QString name = key.toString(QKeySequence::PortableText);
        const auto [at, inserted] = owners.emplace(name, owner);
        QVERIFY2(inserted, qPrintable(u"%1: «%2» and «%3»"_s.arg(name, at->second, owner)));
    };
    for (const auto& [path, action] : std::as_const(commands)) {
        for (const QKeySequence& key : action->shortcuts())
            claim(key, path);
    }
    for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        for (const QKeySequence& key : shortcut->keys())
            claim(key, QString::fromLatin1(shortcut->parent()->metaObject()->className()));
    }
    QVERIFY(qsizetype(owners.size()) > commands.size() - expected.size());
}

void TestMainWindow::theWindowGeometryIsRemembered()
{
    QVERIFY(AppSettings::windowGeometry().isEmpty());
    openBefore();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect first = m_window->geometry();
    // As wide as the window may be and a little higher than it must be, away from where it opened.
    m_window->setGeometry(first.x() + 40, first.y() + 30, m_window->minimumSizeHint().width() + 20,
                          m_window->minimumSizeHint().height() + 90);
    QTRY_VERIFY(m_window->geometry() != first);
    const QRect geometry = m_window->geometry();
    QVERIFY(m_window->close());
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    QVERIFY(!AppSettings::windowState().isEmpty());

    start();
    QCOMPARE(m_window->size(), geometry.size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->geometry(), geometry);
}

void TestMainWindow::aLongDatabasePathDoesNotWidenTheWindow()
{
    openBefore();
    const int width = m_window->minimumSizeHint().width();
    QString folder = m_dir.path();
    for (int i = 0; i < 6; ++i)
        folder += u"/a folder with a long name on the shared drive of the faculty %1"_s.arg(i);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/cases.rekrutt"_s;
    DatabaseLocation location;
    location.path = path;
    QVERIFY(m_window->openDatabase(location, Database::OpenMode::Create));
    QCOMPARE(databaseLabel(), u"Database: "_s + path);
    QCOMPARE(m_window->minimumSizeHint().width(), width);
}

void TestMainWindow::choosingALanguageStoresItAndAsksToRestart()
{
    QCOMPARE(AppSettings::language(), std::nullopt);
    const QString question = u"Rekrutt shows the new language when it starts again. Restart Rekrutt now?"_s;
    QAction* bokmal = menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"Norsk bokmål"_s});
    QVERIFY(bokmal);
    QVERIFY(menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"As the system"_s})->isChecked());
    m_window->show();
    MessageBox::setNextAnswer(MessageBox::No);
    bokmal->trigger();
    QCOMPARE(MessageBox::lastText(), question);
    QCOMPARE(AppSettings::language(), std::optional<Language>(Language::Bokmal));
    QVERIFY(bokmal->isChecked());
    QVERIFY(m_window->isVisible()); // no restart

    MessageBox::setNextAnswer(MessageBox::No);
    menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"English"_s})->trigger();
    QCOMPARE(AppSettings::language(), std::optional<Language>(Language::English));

    // The next start shows the choice in the menu; "As the system" forgets it.
    start();
    QVERIFY(menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"English"_s})->isChecked());
    MessageBox::setNextAnswer(MessageBox::No);
    menuAction(m_window.get(), {u"Settings"_s, u"Language"_s, u"As the system"_s})->trigger();
    QCOMPARE(MessageBox::lastText(), question);
    QCOMPARE(AppSettings::language(), std::nullopt);
}

void TestMainWindow::theAboutBoxNamesTheVersion()
{
    QAction* about = menuAction(m_window.get(), {u"Help"_s, u"About Rekrutt"_s});
    QVERIFY(about);
    MessageBox::setNextAnswer(MessageBox::Ok);
    about->trigger();
    const QString text = MessageBox::lastText();
    QVERIFY2(text.startsWith(u"Rekrutt "_s + QStringLiteral(REKRUTT_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
