// The institution register in the desktop application (issue 10, rules revision 2 part 4): Settings ▸
// Institution register as an HR officer merges two names and as a dean only looks, the problems it names
// while editing, what the database refuses, and the note under the Institution field of the case editor.

#include "core/storage/InstitutionStore.h"
#include "tests/common/CaseBuilder.h"
#include "ui/InstitutionDialog.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointmentForm.h"
#include "ui/editor/CaseEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 23);

/** The buttons of `dialog` by their text without the mnemonic ("Save"). */
QPushButton* button(QWidget* dialog, const QString& text)
{
    for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

/** The shown row whose column 0 (the name) or 1 (the short name) is `name`, or -1. */
int rowOf(QTableView* table, const QString& name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == name
            || table->model()->index(row, 1).data().toString() == name)
            return row;
    }
    return -1;
}

/** Types `text` into the cell at (`row`, `column`) of `table` with the keyboard: F2, End, the text, Return. */
void typeAtEndOfCell(QTableView* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits what was typed in a queued call, as it does for a user.
    QTRY_VERIFY(QApplication::focusWidget() == table);
    QCoreApplication::processEvents();
}

} // namespace

class TestInstitutionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }
    void init();

    void hrOfficerMakesTwoNamesOne();
    void aNameOfTwoInstitutionsKeepsSaveOff();
    void aRefusedSaveKeepsTheEditsAndSaysWhy();
    void aDeanSeesTheRegisterOnly();
    void theInstitutionFieldSaysWhatTheRegisterKnows();

private:
    void openWorkspace(Role role);

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_workspace;
};

void TestInstitutionDialog::init()
{
    m_workspace.reset();
}

void TestInstitutionDialog::openWorkspace(Role role)
{
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setToday(today);
    m_workspace->setUser(role == Role::Dean ? u"Dina Dekan"_s : u"Hanne Hansen"_s, role);
    DatabaseLocation location;
    location.path = m_dir.filePath(u"cases-%1.rekrutt"_s.arg(++m_counter));
    QString error;
    QVERIFY2(m_workspace->open(location, Database::OpenMode::Create, &error), qPrintable(error));
    // A postdoc at NTNU who was a postdoc at "Trondheim Tech": two institutions until the register says otherwise.
    const Case c
        = CaseBuilder::postdoc().history(PositionType::Postdoc, "Trondheim Tech", "2020-01-01", "2021-12-31").build();
    QStringList added;
    const Actor actor = m_workspace->actor();
    QVERIFY2(m_workspace->run({},
                              [&](OfficeService& office) {
                                  return office.importCases({c}, actor, u"test"_s, nullptr, &error, &added);
                              }),
             qPrintable(error));
    QCOMPARE(added, QStringList {u"Trondheim Tech"_s});
    m_workspace->refresh();
}

void TestInstitutionDialog::hrOfficerMakesTwoNamesOne()
{
    openWorkspace(Role::HrOfficer);
    const int errorsBefore = m_workspace->summaries().first().errors;
    InstitutionDialog dialog(m_workspace.get());
    QVERIFY(dialog.isLoaded());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableView*>();
    QCOMPARE(table->model()->rowCount(), InstitutionRegister::builtIn().institutions().size() + 1);
    const int unknownRow = rowOf(table, u"Trondheim Tech"_s);
    QVERIFY(unknownRow >= 0);
    QCOMPARE(table->model()->index(unknownRow, 3).data().toInt(), 1); // the earlier appointment uses it

    // Opened, the search field has the keyboard: what is typed searches, by any name, and never lands in a cell.
    auto* find = dialog.findChild<QLineEdit*>();
    QTRY_COMPARE(QApplication::focusWidget(), find);
    QTest::keyClicks(find, u"science and tech"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"NTNU"_s);
    // Return goes to the list, not to Save; letters typed on the list edit nothing.
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClicks(table, u"xyz"_s);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Norges teknisk-naturvitenskapelige universitet"_s);
    find->clear();

    // The name moves to NTNU's other names (typed), and its own row goes.
    typeAtEndOfCell(table, rowOf(table, u"NTNU"_s), 2, u"; Trondheim Tech"_s);
    // NTNU now counts the case at NTNU and the earlier appointment at Trondheim Tech.
    QCOMPARE(table->model()->index(rowOf(table, u"NTNU"_s), 3).data().toInt(), 2);
    // While both rows hold it, the dialog names the problem and Save is off.
    auto* problem = dialog.findChild<QLabel*>(u"problem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(),
             u"\"Trondheim Tech\" is a name of both NTNU and Trondheim Tech: one text can name one "
             "institution only."_s);
    QVERIFY(!button(&dialog, u"Save"_s)->isEnabled());
    table->setCurrentIndex(table->model()->index(rowOf(table, u"Trondheim Tech"_s), 0));
    QTest::mouseClick(button(&dialog, u"Remove institution"_s), Qt::LeftButton);
    QCOMPARE(rowOf(table, u"Trondheim Tech"_s), -1);
    QVERIFY(!problem->isVisible());
    QVERIFY(button(&dialog, u"Save"_s)->isEnabled());

    QSignalSpy changed(m_workspace.get(), &Workspace::institutionsChanged);
    QTest::mouseClick(button(&dialog, u"Save"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(changed.count(), 1);
    QString error;
    const auto stored = m_workspace->run(
        {}, [&](OfficeService& office) { return InstitutionStore::read(office.database(), &error); });
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->find(u"trondheim tech")->shortName, u"NTNU"_s);
    // The list now shows the ONCE error the rules find.
    QCOMPARE(m_workspace->summaries().first().errors, errorsBefore + 1);
}

void TestInstitutionDialog::aNameOfTwoInstitutionsKeepsSaveOff()
{
    openWorkspace(Role::HrOfficer);
    InstitutionDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableView*>();
    typeAtEndOfCell(table, rowOf(table, u"NTNU"_s), 2, u"; uio"_s);
    auto* problem = dialog.findChild<QLabel*>(u"problem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"\"UiO\" is a name of both NTNU and UiO: one text can name one institution only."_s);
    QVERIFY(!button(&dialog, u"Save"_s)->isEnabled());
    // A new row without a full name is named too.
    QTest::mouseClick(button(&dialog, u"Add institution"_s), Qt::LeftButton);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!button(&dialog, u"Save"_s)->isEnabled());
    dialog.reject();
    QString error;
    const auto stored = m_workspace->run(
        {}, [&](OfficeService& office) { return InstitutionStore::read(office.database(), &error); });
    QVERIFY(stored && !stored->same(u"NTNU", u"uio"));
}

void TestInstitutionDialog::aRefusedSaveKeepsTheEditsAndSaysWhy()
{
    openWorkspace(Role::HrOfficer);
    InstitutionDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableView*>();
    const int rows = table->model()->rowCount();
    table->setCurrentIndex(table->model()->index(rowOf(table, u"Trondheim Tech"_s), 0));
    QTest::mouseClick(button(&dialog, u"Remove institution"_s), Qt::LeftButton);
    QTest::mouseClick(button(&dialog, u"Save"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto* problem = dialog.findChild<QLabel*>(u"problem"_s);
    QVERIFY2(problem->text().contains(u"\"Trondheim Tech\" is used by 1 case"_s), qPrintable(problem->text()));
    QCOMPARE(table->model()->rowCount(), rows - 1);
    QString error;
    const auto stored = m_workspace->run(
        {}, [&](OfficeService& office) { return InstitutionStore::read(office.database(), &error); });
    QVERIFY(stored && stored->find(u"Trondheim Tech"));
}

void TestInstitutionDialog::aDeanSeesTheRegisterOnly()
{
    openWorkspace(Role::Dean);
    InstitutionDialog dialog(m_workspace.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableView*>();
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!button(&dialog, u"Add institution"_s)->isVisible());
    QVERIFY(!button(&dialog, u"Remove institution"_s)->isVisible());
    QVERIFY(!button(&dialog, u"Save"_s));
    QVERIFY(button(&dialog, u"Close"_s));
    // Whatever a dean's client sends, the workspace refuses it.
    QString error;
    QVERIFY(!m_workspace->saveInstitutions({}, &error));
    QCOMPARE(error, u"Only an HR officer keeps the institution register."_s);
}

void TestInstitutionDialog::theInstitutionFieldSaysWhatTheRegisterKnows()
{
    openWorkspace(Role::HrOfficer);
    StoredCase stored;
    stored.data = CaseBuilder::phd().build();
    stored.data.person.familyName = u"Berg"_s;
    CaseEditor editor(m_workspace.get(), stored);
    editor.resize(1280, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QVERIFY(editor.showField(u"institution"_s));
    auto* field = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(field);
    auto* note = editor.findChild<AppointmentForm*>()->findChild<QLabel*>(u"institutionNote"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), u"In the institution register: Norges teknisk-naturvitenskapelige universitet (NTNU)"_s);

    field->selectAll();
    QTest::keyClicks(field, u"norwegian university of science and technology"_s);
    QCOMPARE(note->text(), u"In the institution register: Norges teknisk-naturvitenskapelige universitet (NTNU)"_s);
    QVERIFY(
        field->completer()
            ->model()
            ->match(field->completer()->model()->index(0, 0), Qt::DisplayRole, u"Trondheim Tech"_s, 1, Qt::MatchExactly)
            .size()
        == 1);

    field->selectAll();
    QTest::keyClicks(field, u"SINTEF"_s);
    QTest::keyClick(field, Qt::Key_Escape); // closes the completion list, if any
    QVERIFY2(note->text().startsWith(u"Not in the institution register: it is added as an institution of its own when "
                                     "the case is saved."_s),
             qPrintable(note->text()));
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(editor.current().data.institution, u"SINTEF"_s);

    // Saved, the case adds it, and the workspace says so.
    QSignalSpy added(m_workspace.get(), &Workspace::institutionsAdded);
    QVERIFY(editor.save());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toStringList(), QStringList {u"SINTEF"_s});
    QCOMPARE(note->text(), u"In the institution register: SINTEF"_s);
}

QTEST_MAIN(TestInstitutionDialog)
#include "TestInstitutionDialog.moc"
