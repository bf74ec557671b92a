#include "tests/ui/UiFixture.h"
#include "ui/ErasureDialog.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

/**
 * Case ▸ Applicants due for erasure on the demo office: the HR officer erases the applicants ticked after a question
 * and sets the retention period; a head of department sees the list but may do neither.
 */
class TestErasureDialog : public QObject
{
    Q_OBJECT

private slots:
    void theHrOfficerErasesTheTicked();
    void aHeadOfDepartmentMayNot();
};

void TestErasureDialog::theHrOfficerErasesTheTicked()
{
    UiWorkspace data;
    QString error;
    QVERIFY2(data.open(QDate(2026, 11, 23), &error), qPrintable(error));
    QVERIFY2(data.importDemoOffice(&error), qPrintable(error));
    Workspace* workspace = data.workspace();
    workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);

    ErasureDialog dialog(workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int due = dialog.list()->topLevelItemCount();
    QVERIFY2(due >= 2, qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.monthsBox()->value(), 6);
    QVERIFY(dialog.eraseButton()->isEnabled());
    QCOMPARE(dialog.eraseButton()->text(), u"&Erase the %1 ticked…"_s.arg(due));

    // One kept on purpose; No to the question erases nothing.
    const QString keptName = dialog.list()->topLevelItem(0)->text(0);
    dialog.list()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.eraseButton()->text(), u"&Erase the %1 ticked…"_s.arg(due - 1));
    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::mouseClick(dialog.eraseButton(), Qt::LeftButton);
    QCOMPARE(dialog.list()->topLevelItemCount(), due);

    MessageBox::setNextAnswer(MessageBox::Yes);
    QTest::mouseClick(dialog.eraseButton(), Qt::LeftButton);
    QVERIFY2(dialog.summaryLabel()->text().startsWith(u"Erased %1 applicant(s)"_s.arg(due - 1)),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), keptName);

    // Kept ten years, nobody is due; the period is the database's.
    dialog.monthsBox()->setFocus();
    dialog.monthsBox()->selectAll();
    QTest::keyClicks(dialog.monthsBox(), u"120"_s);
    QVERIFY(dialog.saveMonthsButton()->isEnabled());
    QTest::mouseClick(dialog.saveMonthsButton(), Qt::LeftButton);
    QCOMPARE(workspace->run({}, [](OfficeService& office) { return office.retentionMonths(); }), 120);
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY(!dialog.eraseButton()->isEnabled());
}

void TestErasureDialog::aHeadOfDepartmentMayNot()
{
    UiWorkspace data;
    QString error;
    QVERIFY2(data.open(QDate(2026, 11, 23), &error), qPrintable(error));
    QVERIFY2(data.importDemoOffice(&error), qPrintable(error));
    data.workspace()->setUser(u"Helge Holm"_s, Role::HeadOfDepartment);
    ErasureDialog dialog(data.workspace());
    QVERIFY(dialog.list()->topLevelItemCount() > 0);
    QVERIFY(!dialog.eraseButton()->isEnabled());
    QVERIFY2(dialog.eraseButton()->toolTip().contains(u"Only a user in the role HR officer"_s),
             qPrintable(dialog.eraseButton()->toolTip()));
    QVERIFY(!dialog.monthsBox()->isEnabled());
    QVERIFY(!dialog.saveMonthsButton()->isEnabled());
}

QTEST_MAIN(TestErasureDialog)
#include "TestErasureDialog.moc"
