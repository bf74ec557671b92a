#include "UiFixture.h"
#include "ui/CaseListPage.h"
#include "ui/MainWindow.h"
#include "ui/PrintActions.h"
#include "ui/editor/CaseEditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * The Documents menu of the main window on the demo office: its place and actions, the document of
 * the case being edited, and the batch export of the selected cases with a progress dialog that can
 * be cancelled.
 */
class TestPrintActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theMenuStandsBeforeHelp();
    void actionsNeedACaseOrASelection();
    void theDocumentOfTheOpenCaseIsTheCaseAsEdited();
    void documentLanguageIsChosenApartFromTheWindow();
    void ctrlPPreviewsTheContractOfTheOpenCase();
    void batchExportWritesOneFilePerCase();
    void batchExportCanBeCancelled();

private:
    PrintActions* printActions() const { return m_window->findChild<PrintActions*>(); }
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }

    UiWorkspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestPrintActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_workspace.open(QDate(2026, 11, 23), &error), qPrintable(error));
    QVERIFY2(m_workspace.importDemoOffice(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_workspace.workspace());
    QVERIFY(printActions());
    QVERIFY(m_out.isValid());
}

void TestPrintActions::theMenuStandsBeforeHelp()
{
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(menus.size() - 2)->menu(), printActions()->menu());
    for (DocumentKind kind : allDocumentKinds) {
        QVERIFY(action(QStringLiteral("print-") + documentKey(kind)));
        QVERIFY(action(QStringLiteral("export-") + documentKey(kind)));
        QVERIFY(action(QStringLiteral("print-selected-") + documentKey(kind)));
        QVERIFY(action(QStringLiteral("export-selected-") + documentKey(kind)));
    }
}

void TestPrintActions::actionsNeedACaseOrASelection()
{
    emit printActions()->menu()->aboutToShow();
    QVERIFY(!action(QStringLiteral("print-contract"))->isEnabled());
    QVERIFY(!action(QStringLiteral("export-selected-contract"))->isEnabled());

    m_window->caseListPage()->selectCases({1, 2});
    emit printActions()->menu()->aboutToShow();
    QVERIFY(action(QStringLiteral("export-selected-contract"))->isEnabled());
    QVERIFY(!action(QStringLiteral("print-contract"))->isEnabled());

    QVERIFY(m_window->openCase(1));
    emit printActions()->menu()->aboutToShow();
    QVERIFY(action(QStringLiteral("print-contract"))->isEnabled());
    QVERIFY(action(QStringLiteral("export-period-statement"))->isEnabled());
}

void TestPrintActions::theDocumentOfTheOpenCaseIsTheCaseAsEdited()
{
    CaseEditor* editor = m_window->openCase(2);
    QVERIFY(editor);
    printActions()->setDocumentLanguage(Language::Bokmal);
    QString error;
    const std::optional<Document> document = printActions()->currentDocument(DocumentKind::PeriodStatement, &error);
    QVERIFY2(document, qPrintable(error));
    const Case& c = editor->current().data;
    QVERIFY(document->html.contains(c.person.givenName));
    QVERIFY(document->html.contains(DocumentBuilder::formatDate(editor->evaluation().period.end, Language::Bokmal)));
    QCOMPARE(document->page.title, QStringLiteral("Beregning av ansettelsesperioden"));
    QVERIFY(document->page.reference.startsWith(QStringLiteral("Sak 2 · ")));
}

void TestPrintActions::documentLanguageIsChosenApartFromTheWindow()
{
    printActions()->setDocumentLanguage(Language::English);
    QCOMPARE(printActions()->documentLanguage(), Language::English);
    QString error;
    const std::optional<Document> document = printActions()->currentDocument(DocumentKind::Contract, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->page.title, QStringLiteral("Employment contract"));
    QCOMPARE(document->page.language, Language::English);
}

void TestPrintActions::ctrlPPreviewsTheContractOfTheOpenCase()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Without the Documents menu ever opening: the action follows the tab.
    m_window->tabs()->setCurrentWidget(m_window->caseListPage());
    QAction* print = action(QStringLiteral("print-contract"));
    QVERIFY(!print->isEnabled());
    QVERIFY(m_window->openCase(3));
    QVERIFY(print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));

    QString title;
    const auto shown = whenShown<QPrintPreviewDialog>([&title](QPrintPreviewDialog* preview) {
        title = preview->windowTitle();
        preview->reject();
    });
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Print));
    QVERIFY(*shown);
    QVERIFY2(title.contains(QStringLiteral("contract")), qPrintable(title));

    m_window->tabs()->setCurrentWidget(m_window->caseListPage());
    QVERIFY(!print->isEnabled());
    m_window->hide();
}

void TestPrintActions::batchExportWritesOneFilePerCase()
{
    const QString folder = m_out.filePath(QStringLiteral("all"));
    QVERIFY(QDir().mkpath(folder));
    QStringList failures;
    const QStringList written
        = printActions()->exportDocuments(DocumentKind::Contract, {1, 2, 3, 27}, folder, &failures);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(written.size(), 4);
    for (const QString& path : written) {
        QVERIFY(path.startsWith(folder));
        QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("contract-en-")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }
    // A case that does not exist is reported, and the others are still written.
    failures.clear();
    QCOMPARE(printActions()->exportDocuments(DocumentKind::PeriodStatement, {1, 999999}, folder, &failures).size(), 1);
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().contains(QStringLiteral("999999")), qPrintable(failures.first()));
}

void TestPrintActions::batchExportCanBeCancelled()
{
    const QString folder = m_out.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    // Cancel the progress dialog as the user would, once the second document is written.
    const auto connection = connect(printActions(), &PrintActions::batchProgress, this, [this](int index, int) {
        if (index != 2)
            return;
        auto* progress = m_window->findChild<QProgressDialog*>();
        QVERIFY(progress && progress->isVisible());
        progress->cancel();
    });
    QStringList failures;
    const QStringList written
        = printActions()->exportDocuments(DocumentKind::DutyPlan, {1, 2, 3, 4, 5, 6}, folder, &failures);
    disconnect(connection);
    QCOMPARE(written.size(), 2);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
}

QTEST_MAIN(TestPrintActions)
#include "TestPrintActions.moc"
