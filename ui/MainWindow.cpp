// The window with its four overview pages and case tabs, the Case, View and Help menus, and opening, closing
// and settling the editors. The File, Documents and Settings menus are classes of their own (DatabaseActions,
// PrintActions, SettingsActions).

#include "ui/MainWindow.h"

#include "ui/AppSettings.h"
#include "ui/CaseListPage.h"
#include "ui/DatabaseActions.h"
#include "ui/DeadlinesPage.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/ErasureDialog.h"
#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"
#include "ui/PasswordDialog.h"
#include "ui/PrintActions.h"
#include "ui/SettingsActions.h"
#include "ui/WorklistPage.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseEditor.h"
#include "ui/vacancies/LetterActions.h"
#include "ui/vacancies/VacanciesPage.h"
#include "ui/vacancies/VacancyEditor.h"
#include "ui/vacancies/VacancyForms.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The tab of `tabs` whose editor of type `Editor` has `id` (by `idOf`), made the current one; nullptr if none. */
template <typename Editor> Editor* shownTab(QTabWidget* tabs, qint64 (Editor::*idOf)() const, qint64 id)
{
    for (int i = 0; i < tabs->count(); ++i) {
        auto* editor = qobject_cast<Editor*>(tabs->widget(i));
        if (editor && (editor->*idOf)() == id) {
            tabs->setCurrentIndex(i);
            return editor;
        }
    }
    return nullptr;
}

} // namespace

struct MainWindow::Actions
{
    QAction* newCase;
    QAction* newVacancy;
    QAction* openCase;
    QAction* save;
    QAction* closeTab;
    QAction* deleteCase;
    QAction* erasure;
    QAction* undo;
    QAction* redo;
    QAction* viewCases;
    QAction* viewVacancies;
    QAction* viewDeadlines;
    QAction* viewTimeline;
    QAction* viewWorklist;
    QAction* refresh;
    QAction* help;
    QAction* about;
};

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_caseList(new CaseListPage(workspace, this))
    , m_vacancies(new VacanciesPage(workspace, this))
    , m_deadlines(new DeadlinesPage(workspace, this))
    , m_timeline(new DepartmentTimelinePage(workspace, this))
    , m_worklist(new WorklistPage(workspace, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_actions(std::make_unique<Actions>())
{
    setObjectName(u"MainWindow"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_caseList, tr("Cases"));
    m_tabs->addTab(m_vacancies, tr("Vacancies"));
    m_tabs->addTab(m_deadlines, tr("Deadlines"));
    m_tabs->addTab(m_timeline, tr("Department timeline"));
    m_tabs->addTab(m_worklist, tr("Waiting for me"));
    // The five overview pages cannot be closed; case and vacancy tabs can.
    for (int i = 0; i < 5; ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    setCentralWidget(m_tabs);
    // F1 shows the topic of the page with the focus (HelpBrowser::topicProperty); a case's tab names its own.
    setProperty(HelpBrowser::topicProperty, QString::fromLatin1(HelpBrowser::defaultTopic));
    m_caseList->setProperty(HelpBrowser::topicProperty, u"case-list"_s);
    m_vacancies->setProperty(HelpBrowser::topicProperty, u"vacancies"_s);
    m_deadlines->setProperty(HelpBrowser::topicProperty, u"deadlines"_s);
    m_timeline->setProperty(HelpBrowser::topicProperty, u"department-timeline"_s);
    m_worklist->setProperty(HelpBrowser::topicProperty, u"waiting-for-me"_s);

    // A long path must not make the window wider than the screen: the label gives way, its tooltip keeps all.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    createActions();
    // The Documents menu (printing and PDF export) lives in its own class.
    m_print = new PrintActions(m_workspace, this);

    connect(m_caseList, &CaseListPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_workspace, &Workspace::caseCreated, this, &MainWindow::openCase);
    connect(m_vacancies, &VacanciesPage::openVacancyRequested, this, &MainWindow::openVacancy);
    connect(m_vacancies, &VacanciesPage::newVacancyRequested, this, &MainWindow::newVacancy);
    connect(m_deadlines, &DeadlinesPage::openCaseRequested, this, [this](qint64 id, const QString& field) {
        // A deadline without a field of its own opens the case as it is.
        if (field.isEmpty())
            openCase(id);
        else
            openCaseAt(id, field);
    });
    connect(m_timeline, &DepartmentTimelinePage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_worklist, &WorklistPage::openCaseRequested, this, &MainWindow::openCaseAt);
    connect(m_caseList, &CaseListPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        EditorTab* editor = currentTab();
        m_undoGroup->setActiveStack(editor ? editor->undoStack() : nullptr);
        updateActions();
        updateTitle();
    });
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        updateTitle();
        updateStatus();
        updateActions();
    });
    connect(m_workspace, &Workspace::casesChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::userChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::connectionLost, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("The connection to the shared office is lost: %1").arg(reason));
    });
    connect(m_workspace, &Workspace::connectionRestored, this,
            [this] { statusBar()->showMessage(tr("Connected to the shared office again"), 15000); });
    connect(m_workspace, &Workspace::userChanged, this, &MainWindow::updateActions);

    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
    restoreState(AppSettings::windowState());
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    Actions& a = *m_actions;
    auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    a.newCase = make(tr("&New case"), QKeySequence::New, &MainWindow::newCase);
    a.newVacancy = make(tr("New &vacancy"), QKeySequence(u"Ctrl+Alt+N"_s), &MainWindow::newVacancy);
    a.openCase = make(tr("&Open selected cases"), QKeySequence(u"Ctrl+Return"_s), &MainWindow::openSelectedCases);
    a.save = make(tr("&Save"), QKeySequence::Save, &MainWindow::saveCurrent);
    a.closeTab = make(tr("&Close case"), QKeySequence::Close, [this] { closeEditor(m_tabs->currentIndex()); });
    a.deleteCase = make(tr("&Delete case…"), QKeySequence(u"Ctrl+Delete"_s), &MainWindow::deleteCurrent);
    a.erasure = make(tr("Applicants due for &erasure…"), QKeySequence(u"Ctrl+Alt+R"_s), [this] {
        ErasureDialog dialog(m_workspace, this);
        dialog.exec();
    });
    a.undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcuts(QKeySequence::Redo); // Ctrl+Shift+Z and Ctrl+Y alike

    a.viewCases = make(tr("&Cases"), QKeySequence(u"Ctrl+1"_s), [this] {
        m_tabs->setCurrentWidget(m_caseList);
        m_caseList->focusSearch();
    });
    a.viewVacancies = make(tr("&Vacancies"), QKeySequence(u"Ctrl+5"_s), [this] {
        m_tabs->setCurrentWidget(m_vacancies);
        m_vacancies->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    a.viewDeadlines
        = make(tr("&Deadlines"), QKeySequence(u"Ctrl+2"_s), [this] { m_tabs->setCurrentWidget(m_deadlines); });
    a.viewTimeline
        = make(tr("Department &timeline"), QKeySequence(u"Ctrl+3"_s), [this] { m_tabs->setCurrentWidget(m_timeline); });
    a.viewWorklist
        = make(tr("&Waiting for me"), QKeySequence(u"Ctrl+4"_s), [this] { m_tabs->setCurrentWidget(m_worklist); });
    a.refresh = make(tr("&Refresh"), QKeySequence::Refresh, [this] { m_workspace->refresh(); });

    // F1 is help on the page in front; About needs no key of its own.
    a.help = make(tr("&Help on this page"), QKeySequence::HelpContents, &MainWindow::showContextHelp);
    a.about = make(tr("&About Rekrutt"), QKeySequence(), &MainWindow::showAbout);
    a.about->setMenuRole(QAction::AboutRole);

    // The File menu (databases and case files) lives in its own class.
    m_database = new DatabaseActions(m_workspace, this);
    menuBar()->addMenu(m_database->menu());

    QMenu* edit = menuBar()->addMenu(tr("&Case"));
    edit->addAction(a.newCase);
    edit->addAction(a.newVacancy);
    edit->addAction(a.openCase);
    edit->addAction(a.save);
    edit->addAction(a.closeTab);
    edit->addSeparator();
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addSeparator();
    edit->addAction(a.deleteCase);
    edit->addAction(a.erasure);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.viewCases);
    view->addAction(a.viewVacancies);
    view->addAction(a.viewDeadlines);
    view->addAction(a.viewTimeline);
    view->addAction(a.viewWorklist);
    view->addSeparator();
    view->addAction(a.refresh);

    // The Settings menu (name and role, institution, register, language) lives in its own class.
    m_settings = new SettingsActions(m_workspace, this);
    menuBar()->addMenu(m_settings->menu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.help);
    help->addSeparator();
    help->addAction(a.about);
}

bool MainWindow::openDatabase(const DatabaseLocation& location, Database::OpenMode mode)
{
    // Unsaved cases are saved or dropped first, as the user says; the tabs close only once the other
    // database is open, so that a file that cannot be opened leaves the work as it was.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (!settleEditor(i))
            return false;
    }
    QString error;
    const OpenOutcome outcome = openAskingPassword(*m_workspace, location, mode, &error, this);
    if (outcome == OpenOutcome::Cancelled)
        return false;
    if (outcome == OpenOutcome::Failed) {
        MessageBox::critical(this, tr("Cannot open the database"), error, m_workspace->openErrorDetails());
        if (location.kind == DatabaseLocation::Kind::Sqlite && !QFileInfo::exists(location.path))
            AppSettings::removeRecentFile(location.path);
        return false;
    }
    for (int i = m_tabs->count() - 1; i >= 0; --i)
        removeEditor(i);
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        AppSettings::addRecentFile(QFileInfo(location.path).absoluteFilePath());
        AppSettings::setLastDatabase(QFileInfo(location.path).absoluteFilePath());
    } else {
        AppSettings::setLastPostgres(location);
        AppSettings::setLastDatabase(location.displayName());
    }
    if (!m_workspace->migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(tr("The database was updated to this version of Rekrutt; a copy of the old file is "
                                    "kept at %1")
                                     .arg(m_workspace->migrationBackupPath()),
                                 15000);
    }
    m_tabs->setCurrentWidget(m_caseList);
    return true;
}

bool MainWindow::openAtStart(const QString& requested)
{
    return m_database->openAtStart(requested);
}

CaseEditor* MainWindow::currentEditor() const
{
    return qobject_cast<CaseEditor*>(m_tabs->currentWidget());
}

EditorTab* MainWindow::currentTab() const
{
    return qobject_cast<EditorTab*>(m_tabs->currentWidget());
}

void MainWindow::attachEditor(EditorTab* editor)
{
    m_undoGroup->addStack(editor->undoStack());
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setTabToolTip(index, editor->title());
    auto retitle = [this, editor] {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0)
            m_tabs->setTabText(at, editor->isModified() ? editor->title() + u" •"_s : editor->title());
        updateTitle();
        updateActions();
    };
    connect(editor, &EditorTab::titleChanged, this, retitle);
    connect(editor, &EditorTab::modifiedChanged, this, retitle);
    connect(editor, &EditorTab::saved, this, retitle);
    m_tabs->setCurrentWidget(editor);
}

CaseEditor* MainWindow::openCase(qint64 id)
{
    if (auto* open = shownTab<CaseEditor>(m_tabs, &CaseEditor::caseId, id))
        return open;
    QString error;
    const auto stored = m_workspace->load(id, &error);
    if (!stored) {
        MessageBox::critical(this, tr("Open case"), error, m_workspace->errorDetails());
        return nullptr;
    }
    auto* editor = new CaseEditor(m_workspace, *stored, m_tabs);
    attachEditor(editor);
    return editor;
}

VacancyEditor* MainWindow::openVacancy(qint64 id)
{
    if (auto* open = shownTab<VacancyEditor>(m_tabs, &VacancyEditor::vacancyId, id)) {
        // Opened again: as it is stored now, unless it holds edits of its own (its Save then says what changed).
        if (!open->isModified())
            open->reload();
        return open;
    }
    QString error;
    const auto stored = m_workspace->loadVacancy(id, &error);
    if (!stored) {
        MessageBox::critical(this, tr("Open vacancy"), error, m_workspace->errorDetails());
        return nullptr;
    }
    auto* editor = new VacancyEditor(m_workspace, *stored, m_tabs);
    new LetterActions(m_workspace, editor, m_print);
    attachEditor(editor);
    return editor;
}

QString MainWindow::recordsRefusal() const
{
    return tr("In the shared office %1 the HR officers add and delete cases and vacancies; as %2 you edit those of "
              "your unit or faculty.")
        .arg(m_workspace->locationName(), QCoreApplication::translate("Enums", roleLabel(m_workspace->role())));
}

VacancyEditor* MainWindow::newVacancy()
{
    if (!m_workspace->isOpen()) {
        MessageBox::information(this, tr("New vacancy"), tr("Open or create a case database first (File menu)."));
        return nullptr;
    }
    if (!m_workspace->mayAddRecords()) {
        MessageBox::information(this, tr("New vacancy"), recordsRefusal());
        return nullptr;
    }
    StoredVacancy stored;
    Vacancy& v = stored.data;
    v.position.type = PositionType::PhdFellow;
    v.position.lengthMonths = 48;
    v.position.dutyPercent = 25;
    const QDate today = m_workspace->today();
    v.position.start = QDate(today.year(), today.month(), 1).addMonths(6);
    auto* editor = new VacancyEditor(m_workspace, stored, m_tabs);
    new LetterActions(m_workspace, editor, m_print);
    attachEditor(editor);
    // A draft starts with its title: what is typed at once goes there.
    editor->announcementForm()->titleEdit()->setFocus(Qt::OtherFocusReason);
    return editor;
}

CaseEditor* MainWindow::openCaseAt(qint64 id, const QString& field)
{
    CaseEditor* editor = openCase(id);
    if (!editor)
        return nullptr;
    if (field.isEmpty())
        editor->showFirstError();
    else
        editor->showField(field);
    return editor;
}

CaseEditor* MainWindow::newCase()
{
    if (!m_workspace->isOpen()) {
        MessageBox::information(this, tr("New case"), tr("Open or create a case database first (File menu)."));
        return nullptr;
    }
    if (!m_workspace->mayAddRecords()) {
        MessageBox::information(this, tr("New case"), recordsRefusal());
        return nullptr;
    }
    StoredCase stored;
    Case& c = stored.data;
    c.institution = m_workspace->setting(u"institution_name"_s, u"NTNU"_s);
    c.appointment.type = PositionType::PhdFellow;
    // A new appointment usually starts on the first of a coming month.
    const QDate today = m_workspace->today();
    c.appointment.start = QDate(today.year(), today.month(), 1).addMonths(2);
    c.appointment.lengthMonths = 36;
    c.appointment.dutyPercent = 0;
    auto* editor = new CaseEditor(m_workspace, stored, m_tabs);
    attachEditor(editor);
    return editor;
}

void MainWindow::saveCurrent()
{
    if (EditorTab* editor = currentTab())
        editor->save();
}

void MainWindow::deleteCurrent()
{
    CaseEditor* editor = currentEditor();
    if (!editor || editor->caseId() == 0)
        return;
    if (!m_workspace->mayAddRecords()) {
        MessageBox::information(this, tr("Delete case"), recordsRefusal());
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete case"),
        tr("Delete the case of %1? Its history stays in the audit trail, but the case itself cannot be restored "
           "except from a backup.")
            .arg(editor->title()),
        {MessageBox::Yes, MessageBox::Cancel}, MessageBox::Cancel);
    if (answer != MessageBox::Yes)
        return;
    QString error;
    if (!m_workspace->remove(editor->caseId(), editor->current().version, &error)) {
        MessageBox::critical(this, tr("Delete case"), error, m_workspace->errorDetails());
        return;
    }
    m_undoGroup->removeStack(editor->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
}

void MainWindow::openSelectedCases()
{
    const auto ids = m_caseList->selectedCaseIds();
    for (qint64 id : ids)
        openCase(id);
}

bool MainWindow::closeEditor(int index)
{
    if (!settleEditor(index))
        return false;
    removeEditor(index);
    return true;
}

bool MainWindow::settleEditor(int index)
{
    auto* editor = qobject_cast<EditorTab*>(m_tabs->widget(index));
    if (editor && editor->isModified()) {
        m_tabs->setCurrentIndex(index);
        const auto answer
            = MessageBox::question(this, tr("Unsaved changes"), editor->unsavedChangesText(),
                                   {MessageBox::Save, MessageBox::Discard, MessageBox::Cancel}, MessageBox::Save);
        if (answer == MessageBox::Cancel)
            return false;
        if (answer == MessageBox::Save && !editor->save())
            return false;
    }
    return true;
}

void MainWindow::removeEditor(int index)
{
    auto* editor = qobject_cast<EditorTab*>(m_tabs->widget(index));
    if (!editor)
        return;
    m_undoGroup->removeStack(editor->undoStack());
    m_tabs->removeTab(index);
    editor->deleteLater();
}

bool MainWindow::closeAllEditors()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (qobject_cast<EditorTab*>(m_tabs->widget(i)) && !closeEditor(i))
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Not while the database works for this window (its wait dialog offers to cancel): it closes afterwards.
    if (m_workspace->isBusy() || !closeAllEditors()) {
        event->ignore();
        return;
    }
    AppSettings::setWindow(saveGeometry(), saveState());
    event->accept();
}

void MainWindow::ensureIdentity()
{
    m_settings->ensureIdentity();
}

void MainWindow::showContextHelp()
{
    // The focus widget names the topic when it is on the page shown; from the menu bar, the tab bar or
    // the status bar the page itself does.
    QWidget* page = m_tabs->currentWidget();
    QWidget* focus = QApplication::focusWidget();
    QWidget* from = focus && page && page->isAncestorOf(focus) ? focus : page;
    HelpBrowser::open(this, HelpBrowser::topicFor(from ? from : this), m_workspace->language());
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Rekrutt"),
        tr("Rekrutt %1\n\nCase management for fixed-term recruitment positions: doctoral research fellows, "
           "postdoctoral fellows, residents and research assistants. Computes every period and deadline by the "
           "institution's guidelines for recruitment positions, and explains each result by the section it comes "
           "from.\n\nBuilt with Qt %2.")
            .arg(QStringLiteral(REKRUTT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    QString title = u"Rekrutt"_s;
    if (m_workspace->isOpen())
        title = m_workspace->locationName() + u" — "_s + title;
    if (EditorTab* editor = currentTab())
        title = editor->title() + u" — "_s + title;
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    if (m_workspace->isOpen()) {
        m_databaseLabel->setText(tr("Database: %1").arg(m_workspace->locationName()));
        m_countLabel->setText(tr("%n case(s)", nullptr, int(m_workspace->summaries().size())));
    } else {
        m_databaseLabel->setText(tr("No database open: create one or open a file from the File menu."));
        m_countLabel->clear();
    }
    m_databaseLabel->setToolTip(m_databaseLabel->text());
    m_userLabel->setText(!m_workspace->hasIdentity()
                             ? tr("No name and role: choose them to edit (Ctrl+Shift+R)")
                             : tr("%1 · %2").arg(m_workspace->userName(),
                                                 QCoreApplication::translate("Enums", roleLabel(m_workspace->role()))));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    CaseEditor* editor = currentEditor();
    Actions& a = *m_actions;
    const bool adds = open && m_workspace->mayAddRecords();
    a.newCase->setEnabled(adds);
    a.newVacancy->setEnabled(adds);
    a.erasure->setEnabled(open);
    a.openCase->setEnabled(open && !m_caseList->selectedCaseIds().isEmpty());
    a.save->setEnabled(currentTab() != nullptr);
    a.closeTab->setEnabled(currentTab() != nullptr);
    a.deleteCase->setEnabled(editor && editor->caseId() != 0 && m_workspace->mayAddRecords());
    m_database->updateActions();
}

} // namespace rekrutt
