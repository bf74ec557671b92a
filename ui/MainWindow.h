#pragma once

#include "core/storage/Database.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace rekrutt {

class CaseEditor;
class CaseListPage;
class EditorTab;
class VacanciesPage;
class VacancyEditor;
class DeadlinesPage;
class DepartmentTimelinePage;
class WorklistPage;
class Workspace;

/**
 * The application window: the case list, the vacancies, the deadlines, the department timeline and what waits for
 * the signed-in role as fixed tabs, and one tab per open case or vacancy. Opening, creating and backing up databases,
 * importing and exporting case files live in the File menu; a database that cannot be opened gets a message and the
 * window stays usable with whatever was open before.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens a database; on failure shows why and keeps the one open before. */
    bool openDatabase(const DatabaseLocation& location, Database::OpenMode mode);
    /**
     * Opens the database of a start: `requested` (the --db argument: a file, created when missing, or a
     * postgresql:// address) when given, else the one open when Rekrutt last closed, if its file still
     * exists. Returns whether a database was opened.
     */
    bool openAtStart(const QString& requested = {});

    /** Opens a case in its own tab (or shows its tab when it is open already). */
    CaseEditor* openCase(qint64 id);
    /**
     * Opens a case (as openCase()) at the field `field` (a case-format path such as "extensions[1]"):
     * its page shown and the field focused. An empty `field` goes to the first error the rules find.
     */
    CaseEditor* openCaseAt(qint64 id, const QString& field);
    /** Opens a new, unsaved case in its own tab. */
    CaseEditor* newCase();
    CaseEditor* currentEditor() const;
    /** The case or vacancy in the tab shown, or nullptr when a list is shown. */
    EditorTab* currentTab() const;
    /** Opens a vacancy in its own tab (or shows its tab when it is open already). */
    VacancyEditor* openVacancy(qint64 id);
    /** Opens a new, unsaved vacancy (a draft announcement) in its own tab. */
    VacancyEditor* newVacancy();
    VacanciesPage* vacanciesPage() const { return m_vacancies; }

    CaseListPage* caseListPage() const { return m_caseList; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }
    DepartmentTimelinePage* timelinePage() const { return m_timeline; }
    WorklistPage* worklistPage() const { return m_worklist; }
    QTabWidget* tabs() const { return m_tabs; }

    /** Asks for name and role when none is stored (first start). */
    void ensureIdentity();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateTitle();
    void updateStatus();
    void updateActions();
    /** Why this user may not add or delete cases and vacancies here (Workspace::mayAddRecords()). */
    QString recordsRefusal() const;
    bool closeEditor(int index);
    /** Asks about the unsaved changes of the case in tab `index` and saves them if told; false: cancelled. */
    bool settleEditor(int index);
    /** Closes the case in tab `index` without asking. */
    void removeEditor(int index);
    bool closeAllEditors();
    void attachEditor(EditorTab* editor);

    void saveCurrent();
    void deleteCurrent();
    void openSelectedCases();
    /** Shows the help topic of the page shown, or of the field with the focus (F1). */
    void showContextHelp();
    void showAbout();

    Workspace* m_workspace;
    QTabWidget* m_tabs;
    CaseListPage* m_caseList;
    VacanciesPage* m_vacancies;
    DeadlinesPage* m_deadlines;
    DepartmentTimelinePage* m_timeline;
    WorklistPage* m_worklist;
    QUndoGroup* m_undoGroup;
    class SettingsActions* m_settings = nullptr;
    class DatabaseActions* m_database = nullptr;
    class PrintActions* m_print = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    QLabel* m_countLabel;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};

} // namespace rekrutt
