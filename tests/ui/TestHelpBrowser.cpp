// The help window and F1 (issue 9, item 4): every topic exists in English and Bokmål and every link
// between topics leads to one; F1 on each tab of the main window and on each page of the case editor
// opens that page's topic; the Help buttons (and F1) of the identity and PostgreSQL dialogs open theirs.
// Keys are typed with QTest::keyClick into the real widgets under QT_QPA_PLATFORM=offscreen.

#include "UiFixture.h"
#include "ui/CaseListPage.h"
#include "ui/DeadlinesPage.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/HelpBrowser.h"
#include "ui/IdentityDialog.h"
#include "ui/MainWindow.h"
#include "ui/PostgresDialog.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointmentForm.h"
#include "ui/editor/CareerForm.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/ExtensionsForm.h"
#include "ui/editor/HistoryPanel.h"
#include "ui/editor/LeavesForm.h"
#include "ui/editor/MentorGrantsForm.h"
#include "ui/editor/MilestonesForm.h"
#include "ui/editor/PersonForm.h"
#include "ui/editor/RecruitmentForm.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

const QDate today(2026, 11, 23);

QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/** The help window of `window`, or nullptr when none was opened. */
HelpBrowser* helpOf(QWidget* window)
{
    return window->findChild<HelpBrowser*>(QString(), Qt::FindDirectChildrenOnly);
}

/** The first widget of `page` that takes the focus by Tab and can be seen. */
QWidget* firstField(QWidget* page)
{
    const auto children = page->findChildren<QWidget*>();
    for (QWidget* w : children) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QTabBar*>(w))
            return w;
    }
    return nullptr;
}

/** The topic each page of the case editor must show, by the class of the page. */
QString expectedTopic(const SectionForm* form)
{
    if (qobject_cast<const PersonForm*>(form))
        return u"person"_s;
    if (qobject_cast<const AppointmentForm*>(form))
        return u"appointment"_s;
    if (qobject_cast<const LeavesForm*>(form))
        return u"leave"_s;
    if (qobject_cast<const ExtensionsForm*>(form))
        return u"extensions"_s;
    if (qobject_cast<const MilestonesForm*>(form))
        return u"milestones"_s;
    if (qobject_cast<const CareerForm*>(form))
        return u"career"_s;
    if (qobject_cast<const MentorGrantsForm*>(form))
        return u"mentor-grants"_s;
    if (qobject_cast<const RecruitmentForm*>(form))
        return u"recruitment"_s;
    return {};
}

} // namespace

class TestHelpBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyTopicExistsInBothLanguagesAndNothingElse();
    void everyLinkBetweenTopicsLeadsToATopic_data();
    void everyLinkBetweenTopicsLeadsToATopic();
    void theTopicListBackAndForwardMoveThroughTopics();
    void aWidgetTakesTheTopicOfItsNearestParentThatNamesOne();
    void f1OnEachTabOpensItsTopic_data();
    void f1OnEachTabOpensItsTopic();
    void f1OnEachPageOfTheCaseEditorOpensItsTopic();
    void f1InTheSectionsListExplainsTheSectionShown();
    void f1InTheHistoryTabOpensTheHistoryTopic();
    void theHelpIsInTheLanguageOfTheWindow();
    void f1BelongsToHelpAndNotToAbout();
    void theHelpButtonsOfTheDialogsOpenTheirTopic_data();
    void theHelpButtonsOfTheDialogsOpenTheirTopic();

private:
    /** The main window on the demo office, shown and active. */
    void start();
    /** Types F1 into the widget with the focus (the window when none has it). */
    void pressF1();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<testing::UiWorkspace> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpBrowser::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Settings in a folder of this run only: the window's geometry is read at start.
    QStandardPaths::setTestModeEnabled(true);
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"RekruttTest"_s);
    QCoreApplication::setApplicationName(u"TestHelpBrowser-%1"_s.arg(QCoreApplication::applicationPid()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHelpBrowser::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHelpBrowser::cleanup()
{
    m_window.reset();
    m_data.reset();
}

void TestHelpBrowser::start()
{
    m_data = std::make_unique<testing::UiWorkspace>();
    QString error;
    QVERIFY2(m_data->open(today, &error), qPrintable(error));
    QVERIFY2(m_data->importDemoOffice(&error), qPrintable(error));
    m_data->workspace()->setUser(u"Ingrid Solberg"_s, Role::HrOfficer);
    m_window = std::make_unique<MainWindow>(m_data->workspace());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelpBrowser::pressF1()
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key_F1);
}

void TestHelpBrowser::everyTopicExistsInBothLanguagesAndNothingElse()
{
    QStringList files;
    for (const QString& topic : HelpBrowser::topics())
        files << topic + u".html"_s;
    files.sort();
    QCOMPARE(HelpBrowser::topics().size(), 25);
    for (Language language : {Language::English, Language::Bokmal}) {
        // Every topic has a page with a title and a heading, and no page is missing from the list.
        QStringList found = QDir(u":/help/"_s + languageCode(language)).entryList(QDir::Files);
        found.sort();
        QCOMPARE(found, files);
        for (const QString& topic : HelpBrowser::topics()) {
            const QString title = HelpBrowser::topicTitle(topic, language);
            QVERIFY2(!title.isEmpty(), qPrintable(HelpBrowser::topicPath(topic, language)));
            QVERIFY2(readResource(HelpBrowser::topicPath(topic, language)).contains(u"<h1>"_s + title + u"</h1>"_s),
                     qPrintable(HelpBrowser::topicPath(topic, language)));
        }
    }
    // The two languages are two texts, not one copied.
    QCOMPARE(HelpBrowser::topicTitle(u"leave"_s, Language::English), u"Leave"_s);
    QCOMPARE(HelpBrowser::topicTitle(u"leave"_s, Language::Bokmal), u"Permisjon"_s);
    QCOMPARE(HelpBrowser::topicTitle(u"nothing-like-this"_s, Language::English), QString());
}

void TestHelpBrowser::everyLinkBetweenTopicsLeadsToATopic_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("topic");
    for (Language language : {Language::English, Language::Bokmal}) {
        for (const QString& topic : HelpBrowser::topics())
            QTest::addRow("%s/%s", qPrintable(languageCode(language)), qPrintable(topic)) << language << topic;
    }
}

void TestHelpBrowser::everyLinkBetweenTopicsLeadsToATopic()
{
    QFETCH(Language, language);
    QFETCH(QString, topic);
    const QString html = readResource(HelpBrowser::topicPath(topic, language));
    QVERIFY(!html.isEmpty());
    static const QRegularExpression link(u"href=\"([^\"]*)\""_s);
    HelpBrowser help(language);
    int links = 0;
    for (const QRegularExpressionMatch& match : link.globalMatch(html)) {
        const QString target = match.captured(1);
        QVERIFY2(!target.startsWith(u"http"_s) && !target.contains(u':'), qPrintable(target));
        const QString file = target.section(u'#', 0, 0);
        QVERIFY2(file.endsWith(u".html"_s), qPrintable(target));
        const QString linked = file.chopped(5);
        QVERIFY2(HelpBrowser::topics().contains(linked), qPrintable(topic + u" → "_s + target));
        QVERIFY2(QFile::exists(HelpBrowser::topicPath(linked, language)), qPrintable(target));
        QVERIFY2(linked != topic, qPrintable(topic + u" links to itself"_s));
        ++links;
    }
    // Every topic leads on to another, but for the one about a page of postdocs only.
    if (topic != u"mentor-grants"_s)
        QVERIFY2(links > 0, qPrintable(topic));
    // And the browser follows a link as a reader would: the relative link resolves inside the same language.
    QVERIFY(help.showTopic(topic));
    if (links > 0) {
        const QString first = link.match(html).captured(1);
        help.browser()->setSource(help.browser()->source().resolved(QUrl(first)));
        QCOMPARE(help.currentTopic(), first.chopped(5));
        QVERIFY2(!help.browser()->toPlainText().trimmed().isEmpty(), qPrintable(first));
        QVERIFY(help.browser()->source().path().startsWith(u"/help/"_s + languageCode(language) + u'/'));
    }
}

void TestHelpBrowser::theTopicListBackAndForwardMoveThroughTopics()
{
    HelpBrowser help(Language::English);
    QCOMPARE(help.topicList()->count(), HelpBrowser::topics().size());
    QCOMPARE(help.topicList()->item(0)->text(), u"Getting started"_s);
    QVERIFY(!help.backButton()->isEnabled());

    QVERIFY(help.showTopic(u"leave"_s));
    QCOMPARE(help.currentTopic(), u"leave"_s);
    QVERIFY(help.browser()->toPlainText().contains(u"weighed day by day"_s));
    QCOMPARE(help.topicList()->currentItem()->text(), u"Leave"_s);
    QVERIFY(help.windowTitle().startsWith(u"Leave"_s));

    QVERIFY(help.showTopic(u"dates"_s));
    QCOMPARE(help.topicList()->currentItem()->text(), u"Typing dates"_s);
    QVERIFY(help.backButton()->isEnabled());
    QVERIFY(!help.forwardButton()->isEnabled());

    help.backButton()->click();
    QCOMPARE(help.currentTopic(), u"leave"_s);
    QCOMPARE(help.topicList()->currentItem()->text(), u"Leave"_s);
    QVERIFY(help.forwardButton()->isEnabled());
    help.forwardButton()->click();
    QCOMPARE(help.currentTopic(), u"dates"_s);

    // Choosing a topic in the list shows it.
    const int row = int(HelpBrowser::topics().indexOf(u"keyboard"_s));
    help.topicList()->setCurrentRow(row);
    QCOMPARE(help.currentTopic(), u"keyboard"_s);

    // A topic that does not exist changes nothing.
    QVERIFY(!help.showTopic(u"no-such-topic"_s));
    QCOMPARE(help.currentTopic(), u"keyboard"_s);
}

void TestHelpBrowser::aWidgetTakesTheTopicOfItsNearestParentThatNamesOne()
{
    QWidget outer;
    auto* inner = new QWidget(&outer);
    auto* field = new QWidget(inner);
    QCOMPARE(HelpBrowser::topicFor(field), u"overview"_s);
    QCOMPARE(HelpBrowser::topicFor(nullptr), u"overview"_s);
    outer.setProperty(HelpBrowser::topicProperty, u"case-list"_s);
    QCOMPARE(HelpBrowser::topicFor(field), u"case-list"_s);
    inner->setProperty(HelpBrowser::topicProperty, u"leave"_s);
    QCOMPARE(HelpBrowser::topicFor(field), u"leave"_s);
    field->setProperty(HelpBrowser::topicProperty, u"dates"_s);
    QCOMPARE(HelpBrowser::topicFor(field), u"dates"_s);
    QCOMPARE(QByteArray(HelpBrowser::topicProperty), QByteArray("rekruttHelpTopic"));
}

void TestHelpBrowser::f1OnEachTabOpensItsTopic_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("topic");
    QTest::newRow("the case list") << 0 << u"case-list"_s;
    QTest::newRow("the vacancies") << 1 << u"vacancies"_s;
    QTest::newRow("the deadlines") << 2 << u"deadlines"_s;
    QTest::newRow("the department timeline") << 3 << u"department-timeline"_s;
    QTest::newRow("waiting for me") << 4 << u"waiting-for-me"_s;
}

void TestHelpBrowser::f1OnEachTabOpensItsTopic()
{
    QFETCH(int, tab);
    QFETCH(QString, topic);
    start();
    QWidget* page = m_window->tabs()->widget(tab);
    m_window->tabs()->setCurrentIndex(tab);
    QWidget* field = firstField(page);
    QVERIFY(field);
    field->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(!helpOf(m_window.get()));
    pressF1();
    HelpBrowser* help = helpOf(m_window.get());
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QVERIFY(help->isWindow());
    QCOMPARE(help->currentTopic(), topic);
    QCOMPARE(help->language(), Language::English);

    // From the tab bar, the page shown gives the topic too; the same help window shows it.
    m_window->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    help->showTopic(u"overview"_s);
    pressF1();
    QCOMPARE(helpOf(m_window.get()), help);
    QCOMPARE(m_window->findChildren<HelpBrowser*>().size(), 1);
    QCOMPARE(help->currentTopic(), topic);
}

void TestHelpBrowser::f1OnEachPageOfTheCaseEditorOpensItsTopic()
{
    start();
    const qint64 id = m_data->workspace()->summaries().first().id;
    CaseEditor* editor = m_window->openCase(id);
    QVERIFY(editor);
    QListWidget* sections = nullptr;
    for (QListWidget* list : editor->findChildren<QListWidget*>()) {
        if (list->count() == 8)
            sections = list;
    }
    QVERIFY(sections);
    const QList<SectionForm*> forms = editor->findChildren<SectionForm*>();
    QCOMPARE(forms.size(), 8);
    QStringList seen;
    for (SectionForm* form : forms) {
        const QString topic = expectedTopic(form);
        QVERIFY2(!topic.isEmpty(), form->metaObject()->className());
        const QList<QListWidgetItem*> items = sections->findItems(form->title(), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        sections->setCurrentItem(items.first());
        QTRY_VERIFY(form->isVisible());
        QWidget* field = firstField(form);
        QVERIFY2(field, qPrintable(topic));
        field->setFocus(Qt::TabFocusReason);
        // A date field passes the focus on to its text field.
        QTRY_VERIFY(QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()));
        pressF1();
        HelpBrowser* help = helpOf(m_window.get());
        QVERIFY(help);
        QCOMPARE(help->currentTopic(), topic);
        // The help window took the focus as a window does; the editor gets it back for the next page.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        seen << topic;
    }
    seen.sort();
    QCOMPARE(seen,
             (QStringList {u"appointment"_s, u"career"_s, u"extensions"_s, u"leave"_s, u"mentor-grants"_s,
                           u"milestones"_s, u"person"_s, u"recruitment"_s}));
}

void TestHelpBrowser::f1InTheSectionsListExplainsTheSectionShown()
{
    start();
    CaseEditor* editor = m_window->openCase(m_data->workspace()->summaries().first().id);
    QVERIFY(editor);
    QVERIFY(editor->showField(u"leaves"_s));
    auto* sections = editor->findChild<QListWidget*>();
    for (QListWidget* list : editor->findChildren<QListWidget*>()) {
        if (list->count() == 8)
            sections = list;
    }
    sections->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), sections);
    pressF1();
    QCOMPARE(helpOf(m_window.get())->currentTopic(), u"leave"_s);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    sections->setFocus(Qt::TabFocusReason);
    QTest::keyClick(sections, Qt::Key_Up); // Extensions → Leave → Appointment
    QCOMPARE(sections->currentRow(), 1);
    pressF1();
    QCOMPARE(helpOf(m_window.get())->currentTopic(), u"appointment"_s);
}

void TestHelpBrowser::f1InTheHistoryTabOpensTheHistoryTopic()
{
    start();
    CaseEditor* editor = m_window->openCase(m_data->workspace()->summaries().first().id);
    QVERIFY(editor);
    auto* history = editor->findChild<HistoryPanel*>();
    QVERIFY(history);
    // Show the History tab beside the findings: its page sits in the tab widget's stack.
    auto* tabs = qobject_cast<QTabWidget*>(history->parentWidget()->parentWidget());
    QVERIFY(tabs);
    tabs->setCurrentWidget(history);
    QWidget* field = firstField(history);
    QVERIFY(field);
    field->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    pressF1();
    QCOMPARE(helpOf(m_window.get())->currentTopic(), u"history"_s);

    // The findings beside it belong to the editor as a whole.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tabs->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(QApplication::focusWidget() && editor->isAncestorOf(QApplication::focusWidget()));
    pressF1();
    QCOMPARE(helpOf(m_window.get())->currentTopic(), u"case-editor"_s);
}

void TestHelpBrowser::theHelpIsInTheLanguageOfTheWindow()
{
    start();
    m_data->workspace()->setLanguage(Language::Bokmal);
    m_window->tabs()->setCurrentWidget(m_window->deadlinesPage());
    firstField(m_window->deadlinesPage())->setFocus(Qt::TabFocusReason);
    pressF1();
    HelpBrowser* help = helpOf(m_window.get());
    QVERIFY(help);
    QCOMPARE(help->language(), Language::Bokmal);
    QCOMPARE(help->currentTopic(), u"deadlines"_s);
    QCOMPARE(help->browser()->source().path(), u"/help/nb/deadlines.html"_s);
    QVERIFY(help->browser()->toPlainText().contains(u"Eksporter kalender (.ics)"_s));
    QCOMPARE(help->topicList()->item(0)->text(), u"Kom i gang"_s);
}

void TestHelpBrowser::f1BelongsToHelpAndNotToAbout()
{
    start();
    QMenu* helpMenu = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text() == u"&Help"_s)
            helpMenu = menu->menu();
    }
    QVERIFY(helpMenu);
    QAction* contextHelp = nullptr;
    QAction* about = nullptr;
    for (QAction* action : helpMenu->actions()) {
        if (action->text() == u"&Help on this page"_s)
            contextHelp = action;
        else if (action->text() == u"&About Rekrutt"_s)
            about = action;
    }
    QVERIFY(contextHelp);
    QVERIFY(about);
    QCOMPARE(contextHelp->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY(about->shortcuts().isEmpty());
    // The menu's letters are one each.
    QStringList letters;
    for (QAction* action : helpMenu->actions()) {
        const qsizetype at = action->text().indexOf(u'&');
        if (at >= 0)
            letters << action->text().mid(at + 1, 1).toLower();
    }
    QCOMPARE(letters.size(), 2);
    letters.removeDuplicates();
    QCOMPARE(letters.size(), 2);

    // From the menu, with the focus in the search field of the case list.
    m_window->caseListPage()->focusSearch();
    contextHelp->trigger();
    QCOMPARE(helpOf(m_window.get())->currentTopic(), u"case-list"_s);
}

void TestHelpBrowser::theHelpButtonsOfTheDialogsOpenTheirTopic_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("bokmal");
    QTest::newRow("name and role") << u"identity"_s << u"identity"_s << false;
    QTest::newRow("name and role in Bokmål") << u"identity"_s << u"identity"_s << true;
    QTest::newRow("shared database") << u"postgres"_s << u"shared-database"_s << false;
    QTest::newRow("shared database in Bokmål") << u"postgres"_s << u"shared-database"_s << true;
}

void TestHelpBrowser::theHelpButtonsOfTheDialogsOpenTheirTopic()
{
    QFETCH(QString, dialog);
    QFETCH(QString, topic);
    QFETCH(bool, bokmal);
    if (bokmal)
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    std::unique_ptr<QDialog> shown;
    if (dialog == u"identity"_s)
        shown = std::make_unique<IdentityDialog>();
    else
        shown = std::make_unique<PostgresDialog>();
    // Modal, as exec() shows it: the help window must still take clicks and keys beside it.
    shown->setWindowModality(Qt::ApplicationModal);
    shown->show();
    shown->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(shown.get()));

    auto* buttons = shown->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* helpButton = buttons->button(QDialogButtonBox::Help);
    QVERIFY(helpButton);
    QCOMPARE(helpButton->text(), u"&Help"_s);
    QVERIFY(!helpOf(shown.get()));
    helpButton->click();
    HelpBrowser* help = helpOf(shown.get());
    QVERIFY(help);
    QCOMPARE(help->currentTopic(), topic);
    QCOMPARE(help->language(), bokmal ? Language::Bokmal : Language::English);
    // The dialog stays open beside its help: Help is not an answer.
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->result(), 0);
    // The help window is not blocked by the modal dialog: a click on Back reaches it.
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QVERIFY(help->showTopic(u"dates"_s));
    QVERIFY(help->backButton()->isEnabled());
    QTest::mouseClick(help->backButton(), Qt::LeftButton);
    QCOMPARE(help->currentTopic(), topic);

    // Closed, it comes back with F1 in the dialog, from any field.
    help->showTopic(u"overview"_s);
    help->close();
    shown->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), shown.get());
    QWidget* field = firstField(shown.get());
    QVERIFY(field);
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_F1);
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentTopic(), topic);
    QCOMPARE(shown->findChildren<HelpBrowser*>().size(), 1);
    QVERIFY(shown->isVisible());
}

QTEST_MAIN(TestHelpBrowser)
#include "TestHelpBrowser.moc"
