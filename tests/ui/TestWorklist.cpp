#include "core/office/OfficeService.h"
#include "tests/common/WorklistCases.h"
#include "tests/ui/UiFixture.h"
#include "ui/DeadlineListModel.h"
#include "ui/DeadlinesPage.h"
#include "ui/MainWindow.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistPage.h"
#include "ui/editor/CaseEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rekrutt;
using namespace rekrutt::testing;

/**
 * "Waiting for me" in the real main window, for a dean, a head of department and an HR officer, on a
 * database of the known cases of worklistCases(): the rows each role sees, and that double-click and
 * Enter open the case at the page where the item is handled.
 */
class TestWorklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrl4ShowsThePageFromTheViewMenu();
    void withoutAnIdentityThePageSaysWhatToDo();
    void eachRoleSeesWhatWaitsForIt_data();
    void eachRoleSeesWhatWaitsForIt();
    void doubleClickOpensTheCaseWhereTheItemIsHandled_data();
    void doubleClickOpensTheCaseWhereTheItemIsHandled();
    void enterOpensTheCaseToo();
    void theListFollowsTheWorkspace();
    void theModelPassesTheTester();
    void aDeadlineOpensAtItsMilestoneFromTheDeadlinesTab();

private:
    WorklistPage* page() const { return m_window->worklistPage(); }
    /** The rows shown, "Name | what waits" each. */
    QStringList rows() const
    {
        QStringList list;
        const QAbstractItemModel* model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            list << model->index(row, WorklistModel::CaseColumn).data().toString() + QStringLiteral(" | ")
                    + model->index(row, WorklistModel::WhatColumn).data().toString();
        }
        return list;
    }
    /** The first row whose text starts with `prefix`; -1 when none does. */
    int rowStartingWith(const QString& prefix) const
    {
        const QStringList shown = rows();
        for (int row = 0; row < shown.size(); ++row) {
            if (shown.at(row).startsWith(prefix))
                return row;
        }
        return -1;
    }
    void showPage(Role role)
    {
        m_workspace.workspace()->setUser(QStringLiteral("Test Person"), role);
        m_window->tabs()->setCurrentWidget(page());
    }

    UiWorkspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorklist::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_workspace.open(worklistToday(), &error), qPrintable(error));
    QList<qint64> ids;
    QVERIFY2(m_workspace.workspace()->run({},
                                          [&](OfficeService& office) {
                                              return office.importCases(
                                                  worklistCases(),
                                                  Actor {QStringLiteral("tester"), QStringLiteral("hr_officer")},
                                                  QStringLiteral("test"), &ids, &error);
                                          }),
             qPrintable(error));
    m_workspace.workspace()->refresh();
}

void TestWorklist::init()
{
    m_window = std::make_unique<MainWindow>(m_workspace.workspace());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorklist::cleanup()
{
    // Nothing is edited, so the case tabs close without asking.
    m_window.reset();
}

void TestWorklist::ctrl4ShowsThePageFromTheViewMenu()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->tabs()->currentWidget() != page());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), page());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(page())), QStringLiteral("Waiting for me"));

    QAction* entry = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&View"))
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+4")))
                entry = action;
        }
    }
    QVERIFY(entry);
    QCOMPARE(entry->text(), QStringLiteral("&Waiting for me"));
}

void TestWorklist::withoutAnIdentityThePageSaysWhatToDo()
{
    m_workspace.workspace()->setUser(QString(), Role::HrOfficer);
    m_window->tabs()->setCurrentWidget(page());
    QCOMPARE(page()->view()->model()->rowCount(), 0);
    QVERIFY2(page()->placeholderText().contains(QStringLiteral("Settings ▸ Name and role")),
             qPrintable(page()->placeholderText()));
    QVERIFY(!page()->headingLabel()->isVisible());
}

void TestWorklist::eachRoleSeesWhatWaitsForIt_data()
{
    QTest::addColumn<Role>("role");
    // Plural forms come from the English catalogue, which a test does not load: "30 day(s)" here.
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("heading");
    QTest::newRow("a dean sees the proposed extension and no approved one")
        << Role::Dean
        << QStringList {QStringLiteral(
               "Berg, Ingrid | Decide on a proposed extension (Unforeseen obstacle, 30 day(s))")}
        << QStringLiteral("Waiting for Test Person as dean: 1 item(s)");
    QTest::newRow("a head of department sees the unsigned ranking and not the signed one")
        << Role::HeadOfDepartment
        << QStringList {QStringLiteral("Holm, Jonas | Sign the recommendation ranking of 3 applicant(s)")}
        << QStringLiteral("Waiting for Test Person as head of department: 1 item(s)");
}

void TestWorklist::eachRoleSeesWhatWaitsForIt()
{
    QFETCH(Role, role);
    QFETCH(QStringList, expected);
    QFETCH(QString, heading);
    showPage(role);
    QCOMPARE(rows(), expected);
    QCOMPARE(page()->headingLabel()->text(), heading);
    QVERIFY(page()->placeholderText().isEmpty());
}

void TestWorklist::doubleClickOpensTheCaseWhereTheItemIsHandled_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("row");
    QTest::addColumn<qint64>("caseId");
    QTest::addColumn<QString>("section");
    QTest::newRow("a dean's extension opens on Extensions")
        << Role::Dean << QStringLiteral("Berg, Ingrid | Decide") << qint64(1) << QStringLiteral("Extensions");
    QTest::newRow("a head's ranking opens on Recruitment")
        << Role::HeadOfDepartment << QStringLiteral("Holm, Jonas | Sign") << qint64(2) << QStringLiteral("Recruitment");
    QTest::newRow("an overdue project plan opens on Milestones")
        << Role::HrOfficer << QStringLiteral("Moen, Ola | Overdue: Project description and progress plan") << qint64(4)
        << QStringLiteral("Milestones");
    // 72 months stretch the period past its frame: EXT-FRAME, the first error in the findings, points to the
    // extensions.
    QTest::newRow("a case with errors opens where the first error is")
        << Role::HrOfficer << QStringLiteral("Dahl, Per | Fix") << qint64(5) << QStringLiteral("Extensions");
}

void TestWorklist::doubleClickOpensTheCaseWhereTheItemIsHandled()
{
    QFETCH(Role, role);
    QFETCH(QString, row);
    QFETCH(qint64, caseId);
    QFETCH(QString, section);
    showPage(role);
    const int at = rowStartingWith(row);
    QVERIFY2(at >= 0, qPrintable(rows().join(u'\n')));
    QTableView* view = page()->view();
    const QModelIndex index = view->model()->index(at, WorklistModel::WhatColumn);
    view->scrollTo(index);
    const QPoint point = view->visualRect(index).center();
    // A double-click is a press, a release and a double-click event, as a mouse sends them.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
    CaseEditor* editor = m_window->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->caseId(), caseId);
    QCOMPARE(editor->currentSection(), section);
}

void TestWorklist::enterOpensTheCaseToo()
{
    showPage(Role::HrOfficer);
    const int at = rowStartingWith(QStringLiteral("Moen, Ola | Overdue: Project description and progress plan"));
    QVERIFY2(at >= 0, qPrintable(rows().join(u'\n')));
    QTableView* view = page()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(at, 0));
    QTest::keyClick(view, Qt::Key_Return);
    CaseEditor* editor = m_window->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->caseId(), 4);
    QCOMPARE(editor->currentSection(), QStringLiteral("Milestones"));
}

void TestWorklist::theListFollowsTheWorkspace()
{
    showPage(Role::HrOfficer);
    const QStringList hr = rows();
    QVERIFY(hr.contains(QStringLiteral("Moen, Ola | Overdue: Project description and progress plan")));
    QVERIFY(rowStartingWith(QStringLiteral("Dahl, Per | Fix")) >= 0);
    for (const QString& shown : hr)
        QVERIFY2(!shown.contains(QStringLiteral("| Decide")) && !shown.contains(QStringLiteral("| Sign")),
                 qPrintable(shown));
    // Every overdue row says how late it is.
    const QAbstractItemModel* model = page()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(WorklistModel::KindRole).toInt() == int(WorkItem::Kind::OverdueDeadline))
            QVERIFY(model->index(row, WorklistModel::WhenColumn).data().toString().contains(QStringLiteral("overdue")));
    }

    // Another role: the page reads again.
    m_workspace.workspace()->setUser(QStringLiteral("Test Person"), Role::Dean);
    QCOMPARE(rows().size(), 1);

    // The dean decides in another session; a refresh takes the item off.
    Workspace& workspace = *m_workspace.workspace();
    QString error;
    auto berg = workspace.run({}, [&](OfficeService& office) { return office.load(1, &error); });
    QVERIFY2(berg, qPrintable(error));
    const StoredCase before = *berg;
    berg->data.extensions[1].status = DecisionStatus::Rejected;
    berg->data.extensions[1].decidedBy = QStringLiteral("Test Person");
    berg->data.extensions[1].decidedRole = roleKey(Role::Dean);
    const auto asDean = [&](OfficeService& office) {
        return office.save(*berg, Actor {QStringLiteral("dekan"), roleKey(Role::Dean)}, &error);
    };
    QCOMPARE(workspace.run({}, asDean), OfficeService::SaveResult::Saved);
    m_workspace.workspace()->refresh();
    QCOMPARE(rows(), QStringList());
    QCOMPARE(page()->placeholderText(), QStringLiteral("No extension or leave waits for your decision."));

    // Put the proposal back for the other tests (the dean may change their own decision).
    berg->data.extensions[1] = before.data.extensions[1];
    QCOMPARE(workspace.run({}, asDean), OfficeService::SaveResult::Saved);
    m_workspace.workspace()->refresh();
    QCOMPARE(rows().size(), 1);
}

void TestWorklist::theModelPassesTheTester()
{
    showPage(Role::HrOfficer);
    WorklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(page()->model()->items(), worklistToday());
    QVERIFY(model.rowCount() > 1);
    model.setItems({}, worklistToday());
    QCOMPARE(model.rowCount(), 0);
}

void TestWorklist::aDeadlineOpensAtItsMilestoneFromTheDeadlinesTab()
{
    DeadlinesPage* deadlines = m_window->deadlinesPage();
    m_window->tabs()->setCurrentWidget(deadlines);
    QTest::keyClicks(deadlines->searchEdit(), QStringLiteral("Moen Project description"));
    QCOMPARE(deadlines->proxy()->rowCount(), 1);
    QTableView* view = deadlines->view();
    const QModelIndex index = view->model()->index(0, DeadlineListModel::DeadlineColumn);
    const QPoint point = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
    CaseEditor* editor = m_window->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->caseId(), 4);
    QCOMPARE(editor->currentSection(), QStringLiteral("Milestones"));
}

QTEST_MAIN(TestWorklist)
#include "TestWorklist.moc"
