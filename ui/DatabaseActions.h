#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace rekrutt {

class MainWindow;
class Workspace;

/**
 * The File menu of the main window: new, open, connect to a shared database and the recent files; importing
 * case files, exporting the case in front, backing up; quitting. Its dialogs and messages live here, as the
 * Documents menu lives in PrintActions and the Settings menu in SettingsActions; opening a database itself
 * stays with the window (MainWindow::openDatabase()), which settles the open cases first.
 */
class DatabaseActions : public QObject
{
    Q_OBJECT

public:
    DatabaseActions(Workspace* workspace, MainWindow* window);

    /** The File menu, for the window to place first among its menus. */
    QMenu* menu() const { return m_menu; }

    /** MainWindow::openAtStart(): the database given at the start, or the one open when Rekrutt last closed. */
    bool openAtStart(const QString& requested);
    /** Asks for a PostgreSQL server (the dialog filled in as last time) and connects. */
    bool connectPostgres();
    /** Enables what needs an open database or an open case. */
    void updateActions();

private:
    void newDatabaseFile();
    void openDatabaseFile();
    void updateRecentMenu();
    void importCaseFiles();
    void exportCurrentCase();
    void importOffice();
    void exportOffice();
    void backupDatabase();

    Workspace* m_workspace;
    MainWindow* m_window;
    QMenu* m_menu;
    QMenu* m_recentMenu;
    QAction* m_import;
    QAction* m_export;
    QAction* m_importOffice;
    QAction* m_exportOffice;
    QAction* m_backup;
};

} // namespace rekrutt
