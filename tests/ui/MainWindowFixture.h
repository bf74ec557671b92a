#pragma once

// What the main window's tests share (TestMainWindow, TestOpenDatabase): settings in a folder of the run's own, a
// watchdog that closes a modal dialog nobody answered, a fresh window per test function, the database "before" that
// a failed open must leave open, and helpers to find menu commands and dialog fields.
//
// As it has Q_OBJECT, an executable that includes this header lists it among its sources (for AUTOMOC).

#include "core/documents/DocumentKind.h"
#include "core/interchange/DemoOffice.h"
#include "core/storage/AuditTrail.h"
#include "tests/ui/UiFixture.h"
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

namespace rekrutt::testing {

inline const QDate today(2025, 10, 28);

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
inline bool createDatabase(const QString& path, qsizetype count, QString* error)
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

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

/** The action of the menu bar whose text (without its mnemonic) is `path`'s last part, found along `path`. */
inline QAction* menuAction(QMainWindow* window, const QStringList& path)
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
inline void collectCommands(const QList<QAction*>& actions, const QString& prefix,
                            QList<std::pair<QString, QAction*>>* out)
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

inline QLineEdit* fieldNamed(QWidget* dialog, const QString& accessibleName)
{
    const auto edits = dialog->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

inline void clickAccept(QWidget* dialog)
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

/**
 * The test object of a main-window test: Qt Test runs these slots before and after the derived class's own, so that
 * each function starts on a new window with cleared settings and ends with no dialog left open.
 */
class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
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

inline void MainWindowTest::initTestCase()
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
    QCoreApplication::setApplicationName(
        u"%1-%2"_s.arg(QString::fromLatin1(metaObject()->className())).arg(QCoreApplication::applicationPid()));
    QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()), qPrintable(QSettings().fileName()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    // A modal dialog that is still open after two seconds was not expected: note it and close it.
    auto seen = std::make_shared<std::pair<QPointer<QWidget>, QElapsedTimer>>();
    connect(&m_watchdog, &QTimer::timeout, this, [this, seen] {
        QWidget* modal = QApplication::activeModalWidget();
        // The wait for the database is not a question: it goes by itself (OfficeThread).
        if (modal && modal->objectName() == QLatin1StringView(OfficeThread::dialogName))
            modal = nullptr;
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

inline void MainWindowTest::init()
{
    QSettings().clear();
    m_strayDialogs.clear();
    start();
}

inline void MainWindowTest::cleanup()
{
    // An answer given and not used would answer the next test's dialog.
    MessageBox::setNextAnswer(MessageBox::Cancel);
    MessageBox::information(nullptr, {}, u"cleanup"_s);
    m_window.reset();
    m_workspace.reset();
    QVERIFY2(m_strayDialogs.isEmpty(), qPrintable(m_strayDialogs.join(u'\n')));
}

inline void MainWindowTest::start()
{
    m_window.reset();
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setToday(today);
    m_window = std::make_unique<MainWindow>(m_workspace.get());
}

inline void MainWindowTest::openBefore()
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

inline QString MainWindowTest::databaseLabel() const
{
    const auto labels = m_window->statusBar()->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->text().startsWith(u"Database: "_s) || label->text().startsWith(u"No database open"_s))
            return label->text();
    }
    return {};
}

inline void MainWindowTest::verifyBeforeStillOpen()
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

} // namespace rekrutt::testing
