// The File menu of the main window (DatabaseActions.h): databases opened, created, connected to and backed
// up, case files imported and exported.

#include "ui/DatabaseActions.h"

#include "core/interchange/CaseReader.h"
#include "core/interchange/CaseWriter.h"
#include "core/interchange/OfficeFile.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PostgresDialog.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseEditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
QString caseFileFilter()
{
    return DatabaseActions::tr("Rekrutt case files (*.case.json *.json)");
}
QString officeFileFilter()
{
    return DatabaseActions::tr("Rekrutt office files (*.office.json *.json)");
}
QString databaseFileFilter()
{
    return DatabaseActions::tr("Rekrutt databases (*.rekrutt *.sqlite *.db);;All files (*)");
}
} // namespace

DatabaseActions::DatabaseActions(Workspace* workspace, MainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_menu(new QMenu(tr("&File"), window))
{
    auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, m_window);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_menu->addAction(make(tr("&New database…"), QKeySequence(u"Ctrl+Shift+N"_s), &DatabaseActions::newDatabaseFile));
    m_menu->addAction(make(tr("&Open database…"), QKeySequence::Open, &DatabaseActions::openDatabaseFile));
    m_menu->addAction(
        make(tr("&Connect to shared database…"), QKeySequence(u"Ctrl+Shift+O"_s), &DatabaseActions::connectPostgres));
    m_recentMenu = m_menu->addMenu(tr("Open &recent"));
    m_menu->addSeparator();
    m_import = make(tr("&Import case files…"), QKeySequence(u"Ctrl+I"_s), &DatabaseActions::importCaseFiles);
    m_export = make(tr("&Export case to file…"), QKeySequence(u"Ctrl+E"_s), &DatabaseActions::exportCurrentCase);
    m_backup = make(tr("&Back up database…"), QKeySequence(u"Ctrl+Shift+B"_s), &DatabaseActions::backupDatabase);
    m_importOffice = make(tr("Import &whole office…"), QKeySequence(u"Ctrl+Alt+I"_s), &DatabaseActions::importOffice);
    m_exportOffice
        = make(tr("Export whole office to one fi&le…"), QKeySequence(u"Ctrl+Alt+E"_s), &DatabaseActions::exportOffice);
    m_importOffice->setStatusTip(tr("Stores a whole office exported from another database, with its people, vacancies "
                                    "and appointments linked as they were"));
    m_exportOffice->setStatusTip(tr("Writes every case of this database to one office file, to move the office to "
                                    "another database"));
    m_menu->addAction(m_import);
    m_menu->addAction(m_export);
    m_menu->addAction(m_importOffice);
    m_menu->addAction(m_exportOffice);
    m_menu->addAction(m_backup);
    m_menu->addSeparator();
    // Windows has no standard key to quit (Alt+F4 closes a window), and neither has the keyboard scheme
    // of some platforms: Ctrl+Q there.
    const QKeySequence quitKey
        = QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(u"Ctrl+Q"_s) : QKeySequence(QKeySequence::Quit);
    auto* quit = new QAction(tr("&Quit"), m_window);
    quit->setShortcut(quitKey);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
    m_menu->addAction(quit);

    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseActions::updateRecentMenu);
    updateRecentMenu();
}

void DatabaseActions::updateActions()
{
    const bool open = m_workspace->isOpen();
    m_import->setEnabled(open);
    m_importOffice->setEnabled(open);
    m_exportOffice->setEnabled(open);
    m_backup->setEnabled(open);
    m_export->setEnabled(m_window->currentEditor() != nullptr);
}

bool DatabaseActions::openAtStart(const QString& requested)
{
    const bool given = !requested.isEmpty();
    const QString spec = given ? requested : AppSettings::lastDatabase();
    if (spec.isEmpty())
        return false;
    QString error;
    const auto location = DatabaseLocation::parse(spec, &error);
    if (!location) {
        MessageBox::critical(m_window, tr("Cannot open the database"), error);
        return false;
    }
    if (location->kind == DatabaseLocation::Kind::Postgres) {
        if (given)
            return m_window->openDatabase(*location, Database::OpenMode::Existing);
        // No password is ever stored: the connection dialog comes back filled in, waiting for one (or for
        // Enter, when the server or ~/.pgpass needs none), rather than failing at every start.
        return connectPostgres();
    }
    // A file named on the command line is created when missing; the last one, gone since (a folder not
    // mounted yet, say), is skipped without a word and tried again at the next start.
    const bool exists = QFileInfo::exists(location->path);
    if (!exists && !given)
        return false;
    return m_window->openDatabase(*location, exists ? Database::OpenMode::Existing : Database::OpenMode::Create);
}

void DatabaseActions::newDatabaseFile()
{
    // Beside the database open now, else in the user's documents: never the folder Rekrutt was started from.
    const QString folder = m_workspace->isOpen() && m_workspace->isSqlite()
        ? QFileInfo(m_workspace->location().path).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("New case database"),
        QDir(folder).filePath(tr("cases", "the suggested file name of a new database") + u".rekrutt"_s),
        databaseFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(
            m_window, tr("New case database"),
            tr("%1 exists already. Rekrutt never overwrites a file: choose a new name, or open it with Open "
               "database.")
                .arg(path));
        return;
    }
    DatabaseLocation location;
    location.path = path;
    m_window->openDatabase(location, Database::OpenMode::Create);
}

void DatabaseActions::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open case database"), {}, databaseFileFilter());
    if (path.isEmpty())
        return;
    DatabaseLocation location;
    location.path = path;
    m_window->openDatabase(location, Database::OpenMode::Existing);
}

bool DatabaseActions::connectPostgres()
{
    PostgresDialog dialog(m_window);
    dialog.setLocation(AppSettings::lastPostgres());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Remembered before connecting, so that after a mistyped password or database name the dialog comes
    // back as it was filled in; AppSettings keeps everything but the password.
    AppSettings::setLastPostgres(dialog.location());
    return m_window->openDatabase(dialog.location(), Database::OpenMode::Existing);
}

void DatabaseActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            DatabaseLocation location;
            location.path = path;
            m_window->openDatabase(location, Database::OpenMode::Existing);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void DatabaseActions::importCaseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import case files"), {}, caseFileFilter());
    if (paths.isEmpty())
        return;
    QList<Case> cases;
    for (const QString& path : paths) {
        ReadError error;
        const auto c = CaseReader::readFile(path, &error);
        if (!c) {
            MessageBox::warning(
                m_window, tr("Import case files"),
                tr("Nothing was imported, because a file could not be read:\n%1").arg(error.toString()));
            return;
        }
        cases.append(*c);
    }
    QString error;
    QList<qint64> ids;
    QStringList added;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool imported = m_workspace->importCases(
        cases, paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n file(s)", nullptr, int(paths.size())),
        &ids, &error, &added);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        MessageBox::critical(m_window, tr("Import case files"), tr("Nothing was imported: %1").arg(error),
                             m_workspace->errorDetails());
        return;
    }
    m_window->statusBar()->showMessage(tr("Imported %n case(s).", nullptr, int(ids.size())), 8000);
    if (!added.isEmpty()) {
        MessageBox::information(
            m_window, tr("Import case files"),
            tr("The files name %n institution(s) that the institution register did not know: %1. Each was added as "
               "an institution of its own. If one is another name of an institution already in the register, make it "
               "one in Settings ▸ Institution register, so that one period per institution (ONCE) and the research "
               "assistant's total (RA-TOTAL) see them as one.",
               nullptr, int(added.size()))
                .arg(added.join(u", "_s)));
    }
    if (ids.size() == 1)
        m_window->openCase(ids.first());
}

void DatabaseActions::exportCurrentCase()
{
    CaseEditor* editor = m_window->currentEditor();
    if (!editor)
        return;
    const Case& c = editor->current().data;
    const QString suggested
        = u"%1-%2.case.json"_s.arg(c.person.familyName, c.person.givenName).toLower().replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export case to file"), suggested, caseFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!CaseWriter::writeFile(c, path, &error)) {
        MessageBox::critical(m_window, tr("Export case to file"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(path), 8000);
}

void DatabaseActions::importOffice()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import office"), {}, officeFileFilter());
    if (path.isEmpty())
        return;
    ReadError readError;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto office = OfficeFileFormat::readFile(path, &readError);
    QApplication::restoreOverrideCursor();
    if (!office) {
        MessageBox::warning(
            m_window, tr("Import office"),
            tr("Nothing was imported, because the office file could not be read:\n%1").arg(readError.toString()));
        return;
    }
    // An office file adds its appointments beside those of the database; importing one twice doubles them.
    if (const qsizetype held = m_workspace->summaries().size(); held > 0) {
        const auto answer = MessageBox::question(
            m_window, tr("Import office"),
            tr("This database holds %n case(s) already. The office file's appointments will be added beside them, "
               "not merged with them: importing an office twice gives every appointment twice. Import it?",
               nullptr, int(held)),
            {MessageBox::Yes, MessageBox::Cancel}, MessageBox::Cancel);
        if (answer != MessageBox::Yes)
            return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto imported = m_workspace->importOffice(*office, QFileInfo(path).fileName(), &error);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        MessageBox::critical(m_window, tr("Import office"), tr("Nothing was imported: %1").arg(error),
                             m_workspace->errorDetails());
        return;
    }
    QStringList lines {tr("Imported %n appointment(s).", nullptr, int(imported->ids.size()))};
    if (imported->registerReplaced)
        lines.append(tr("The institution register is now the office file's."));
    else if (!office->institutions.isEmpty())
        lines.append(tr("This database held cases already, so its institution register was kept."));
    if (!imported->addedInstitutions.isEmpty()) {
        lines.append(tr("Added to the institution register, each as an institution of its own: %1.")
                         .arg(imported->addedInstitutions.join(u", "_s)));
    }
    MessageBox::information(m_window, tr("Import office"), lines.join(u"\n\n"_s));
}

void DatabaseActions::exportOffice()
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested = u"rekrutt-office-%1.office.json"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export office"), suggested, officeFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto office = m_workspace->exportOffice(&error);
    const bool written = office && OfficeFileFormat::writeFile(*office, path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(m_window, tr("Export office"), error, m_workspace->errorDetails());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n appointment(s) to %1", nullptr, int(office->appointments.size())).arg(path), 8000);
    // An office file keeps a vacancy as the recruitment of its appointments: say what it leaves behind.
    int stepsLeft = 0;
    const auto leftOut = m_workspace->run(tr("Reading the vacancies…"), [&](OfficeService& service) {
        return service.vacanciesNotExported(&stepsLeft, &error);
    });
    if (leftOut && (!leftOut->isEmpty() || stepsLeft > 0)) {
        QString text = tr("The office file holds the vacancies as the recruitment of their appointments.");
        if (!leftOut->isEmpty())
            text += u' '
                + tr("%n vacancy(ies) with no appointment yet are not in it: %1.", nullptr, int(leftOut->size()))
                      .arg(leftOut->join(u"; "_s));
        if (stepsLeft > 0)
            text += u' '
                + tr("Of %n other vacancy(ies), the title and the steps taken are not in it.", nullptr, stepsLeft);
        text += u' ' + tr("They stay in this database; back it up (File ▸ Back up database) to keep them with it.");
        MessageBox::warning(m_window, tr("Export office"), text);
    }
}

void DatabaseActions::backupDatabase()
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested = u"rekrutt-backup-%1.rekrutt"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Back up database"), suggested, databaseFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = m_workspace->run(tr("Backing up the database…"),
                                       [&](OfficeService& office) { return office.database().backupTo(path, &error); });
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::critical(m_window, tr("Back up database"), error, m_workspace->errorDetails());
        return;
    }
    m_window->statusBar()->showMessage(tr("Backup written to %1").arg(path), 8000);
}

} // namespace rekrutt
