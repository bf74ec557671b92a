// Just over 600 lines: one executable per unit (data entry in the editor), each function a defect found by
// typing; the seam, when it grows, is the decision scenarios (extensions, leave) into a TestDecisions.
// Data entry an HR officer can trust: what is typed into the editor's real widgets is stored as typed
// or refused with a visible reason, decisions stay decided, and nothing is saved that breaks the case.
// Each test types what a person typed when the defect was found (issue 9) and checks what is stored.

#include "core/domain/Role.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointmentForm.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/CaseTableModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/DecisionButtons.h"
#include "ui/editor/ExtensionsForm.h"
#include "ui/editor/LeavesForm.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/PersonForm.h"
#include "ui/editor/RecruitmentForm.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

const QDate today(2026, 12, 5);

/** A saved PhD case of Kari Nilsen, with what each test adds. */
StoredCase phdCase()
{
    StoredCase stored;
    stored.data.institution = u"NTNU"_s;
    stored.data.person.familyName = u"Nilsen"_s;
    stored.data.person.givenName = u"Kari"_s;
    stored.data.appointment.type = PositionType::PhdFellow;
    stored.data.appointment.start = QDate(2025, 8, 1);
    stored.data.appointment.lengthMonths = 48;
    stored.data.appointment.dutyPercent = 25;
    return stored;
}

/** Types `text` over what the line edit holds (Ctrl+A first, as after a click) and presses `key`. */
void typeOver(QWidget* field, const QString& text, Qt::Key key = Qt::Key_Return)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    if (key != Qt::Key_unknown)
        QTest::keyClick(field, key);
}

/** Opens the cell's editor with F2, types `text` over it and presses `key`. */
QWidget* typeInCell(QTableView* view, const QModelIndex& index, const QString& text, Qt::Key key = Qt::Key_Return)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    if (!editor || !view->isAncestorOf(editor))
        return nullptr;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    if (key != Qt::Key_unknown)
        QTest::keyClick(editor, key);
    // The delegate commits and closes some editors (spin boxes) on the next turn of the event loop.
    QCoreApplication::processEvents();
    return editor;
}

} // namespace

class TestDataEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_workspace = std::make_unique<Workspace>();
        m_workspace->setToday(today);
        m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
        DatabaseLocation location;
        location.path = m_dir.filePath(u"cases-%1.rekrutt"_s.arg(++m_counter));
        QString error;
        QVERIFY2(m_workspace->open(location, Database::OpenMode::Create, &error), qPrintable(error));
    }

    void cleanup() { m_workspace.reset(); }

    // 1. Date fields that accept what people type.

    void aDateFieldTakesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("stored");

        QTest::newRow("an empty birth date, with dots")
            << u"person.birthDate"_s << u"14.03.1996"_s << QDate(1996, 3, 14);
        QTest::newRow("an empty doctoral degree, with dots")
            << u"person.doctoralDegreeDate"_s << u"14.03.1996"_s << QDate(1996, 3, 14);
        QTest::newRow("short day, month and year") << u"person.birthDate"_s << u"14.3.96"_s << QDate(1996, 3, 14);
        QTest::newRow("eight digits") << u"person.birthDate"_s << u"14031996"_s << QDate(1996, 3, 14);
        QTest::newRow("ISO 8601") << u"person.doctoralDegreeDate"_s << u"2026-01-15"_s << QDate(2026, 1, 15);
        QTest::newRow("digits over a filled start") << u"appointment.start"_s << u"15012026"_s << QDate(2026, 1, 15);
        QTest::newRow("a month name over a filled start")
            << u"appointment.start"_s << u"1. september 2025"_s << QDate(2025, 9, 1);
    }

    void aDateFieldTakesWhatPeopleType()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QDate, stored);
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(field));
        auto* date = qobject_cast<DateEdit*>(QApplication::focusWidget()->parentWidget());
        QVERIFY(date);
        typeOver(date->lineEdit(), typed);
        QVERIFY2(!date->hasError(), qPrintable(date->errorText()));
        QCOMPARE(date->date(), stored);
        const Case& c = editor.current().data;
        const QDate actual = field == u"person.birthDate"_s ? c.person.birthDate
            : field == u"appointment.start"_s               ? c.appointment.start
                                                            : c.person.doctoralDegreeDate;
        QCOMPARE(actual, stored);
        // The field shows the date it took, in the display format.
        QCOMPARE(date->lineEdit()->text(), stored.toString(u"dd.MM.yyyy"_s));
    }

    void aYearTypedAfterMovingLeftIsTaken()
    {
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* start = editor.findChild<AppointmentForm*>()->startEdit();
        QVERIFY(editor.showField(u"appointment.start"_s));
        QLineEdit* line = start->lineEdit();
        QCOMPARE(line->text(), u"01.08.2025"_s);
        QTest::keyClick(line, Qt::Key_End);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClick(line, Qt::Key_Left); // back over the dot, and forward again: the year goes at the end
        QTest::keyClick(line, Qt::Key_End);
        QTest::keyClicks(line, u"2026"_s);
        QTest::keyClick(line, Qt::Key_Tab);
        QCOMPARE(editor.current().data.appointment.start, QDate(2026, 8, 1));
        QCOMPARE(line->text(), u"01.08.2026"_s);
    }

    void aTextThatIsNotADateIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("31 February") << u"31.02.2026"_s << u"31"_s;
        QTest::newRow("month 13") << u"14.13.2026"_s << u"13"_s;
        QTest::newRow("year 0000") << u"15.01.0000"_s << u"0"_s;
        QTest::newRow("letters") << u"i morgen"_s << QString();
    }

    void aTextThatIsNotADateIsRefusedWithItsReason()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"person.birthDate"_s));
        auto* birth = qobject_cast<DateEdit*>(editor.findChild<PersonForm*>()->widgetFor(u"person.birthDate"_s));
        QVERIFY(birth);
        typeOver(birth->lineEdit(), typed, Qt::Key_Tab);
        // Nothing stored, the text kept for correcting, the reason beside the field.
        QVERIFY(!editor.current().data.person.birthDate.isValid());
        QVERIFY(birth->hasError());
        QCOMPARE(birth->lineEdit()->text(), typed);
        QVERIFY(birth->errorText().contains(reason));
        const auto labels = birth->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* l) {
            return l->isVisible() && l->text().contains(birth->errorText().toHtmlEscaped());
        }));
        QVERIFY(birth->lineEdit()->palette().color(QPalette::Base) != QApplication::palette().color(QPalette::Base));

        // Saving is refused with the field named, and the field gets the focus.
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY2(MessageBox::lastText().contains(u"Fødselsdato"_s) || MessageBox::lastText().contains(u"Birth date"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(editor.current().id, 0);
        QTRY_COMPARE(QApplication::focusWidget(), birth->lineEdit());

        // Correcting it takes it and clears the error; Escape would have brought back the stored date.
        typeOver(birth->lineEdit(), u"14.03.1996"_s);
        QVERIFY(!birth->hasError());
        QCOMPARE(editor.current().data.person.birthDate, QDate(1996, 3, 14));
        QVERIFY(editor.save());
    }

    void escapeInAFormDropsWhatWasTyped()
    {
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"appointment.start"_s));
        QLineEdit* line = editor.findChild<AppointmentForm*>()->startEdit()->lineEdit();
        typeOver(line, u"31.02"_s, Qt::Key_Escape);
        QCOMPARE(line->text(), u"01.08.2025"_s);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 8, 1));
    }

    // 2. Validation instead of correction.

    void aLeaveEndingBeforeItStartsIsKeptAndBlocksSaving()
    {
        StoredCase stored = phdCase();
        stored.data.leaves = {{LeaveKind::Sickness, QDate(2020, 1, 1), QDate(2020, 1, 14), 100}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"leaves[0].to"_s));
        auto* leaves = editor.findChild<LeavesForm*>();
        QTableView* view = qobject_cast<QTableView*>(leaves->list()->view());
        const CaseTableModel* model = leaves->list()->model();
        QVERIFY(typeInCell(view, model->index(0, model->columnOf(u"to"_s)), u"15122019"_s));
        // Stored as typed: not moved a year on, not refused in silence.
        QCOMPARE(editor.current().data.leaves.at(0).from, QDate(2020, 1, 1));
        QCOMPARE(editor.current().data.leaves.at(0).to, QDate(2019, 12, 15));
        const QModelIndex to = model->index(0, model->columnOf(u"to"_s));
        QVERIFY(!model->data(to, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model->data(to, Qt::BackgroundRole).isValid());
        QVERIFY(editor.blockingProblems().join(u' ').contains(u"Permisjon 1"_s)
                || editor.blockingProblems().join(u' ').contains(u"Leave 1"_s));

        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY(editor.isModified());
    }

    void anEarlierAppointmentEndingBeforeItStartsMovesNothing()
    {
        StoredCase stored = phdCase();
        stored.data.person.history
            = {{PositionType::ResearchAssistant, u"NTNU"_s, QDate(2023, 1, 1), QDate(2023, 12, 31), 100}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"person.history[0].end"_s));
        ListEditor* history = editor.findChild<PersonForm*>()->historyList();
        QTableView* view = qobject_cast<QTableView*>(history->view());
        const CaseTableModel* model = history->model();
        QVERIFY(typeInCell(view, model->index(0, model->columnOf(u"end"_s)), u"01.06.2022"_s));
        QCOMPARE(editor.current().data.person.history.at(0).start, QDate(2023, 1, 1));
        QCOMPARE(editor.current().data.person.history.at(0).end, QDate(2022, 6, 1));
        QVERIFY(!editor.blockingProblems().isEmpty());
    }

    void numbersOutOfRangeAreShownNotCut_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("stored");
        QTest::newRow("FTE 150") << u"appointment.ftePercent"_s << u"150"_s << 150.0;
        QTest::newRow("FTE 0") << u"appointment.ftePercent"_s << u"0"_s << 0.0;
        QTest::newRow("length 0") << u"appointment.lengthMonths"_s << u"0"_s << 0.0;
        QTest::newRow("length 480") << u"appointment.lengthMonths"_s << u"480"_s << 480.0;
        QTest::newRow("duty 150") << u"appointment.dutyPercent"_s << u"150"_s << 150.0;
    }

    void numbersOutOfRangeAreShownNotCut()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(double, stored);
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(field));
        auto* spin = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
        QVERIFY(spin);
        typeOver(spin, typed, Qt::Key_Tab);
        const Appointment& a = editor.current().data.appointment;
        const double actual = field == u"appointment.ftePercent"_s ? a.ftePercent
            : field == u"appointment.lengthMonths"_s               ? a.lengthMonths
                                                                   : a.dutyPercent.value_or(-1);
        QCOMPARE(actual, stored);
        // The field shows the problem; saving names it.
        QVERIFY(!spin->toolTip().isEmpty());
        QVERIFY(spin->palette().color(QPalette::Base) != QApplication::palette().color(QPalette::Base));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY(!MessageBox::lastText().isEmpty());
    }

    void aLeavePercentOf150IsShownNotCut()
    {
        StoredCase stored = phdCase();
        stored.data.leaves = {{LeaveKind::Sickness, QDate(2026, 1, 5), QDate(2026, 1, 18), 100}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"leaves[0].percent"_s));
        auto* leaves = editor.findChild<LeavesForm*>();
        const CaseTableModel* model = leaves->list()->model();
        QVERIFY(typeInCell(qobject_cast<QTableView*>(leaves->list()->view()),
                           model->index(0, model->columnOf(u"percent"_s)), u"150"_s));
        QCOMPARE(editor.current().data.leaves.at(0).percent, 150);
        QVERIFY(!editor.blockingProblems().isEmpty());
    }

    void aCaseWithoutANameIsNotSaved()
    {
        StoredCase stored = phdCase();
        stored.data.person.familyName.clear();
        stored.data.person.givenName.clear();
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // The banner says what is missing before anyone tries to save.
        const auto labels = editor.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel* l) {
            return l->isVisible() && l->text().contains(u"person.familyName"_s)
                && l->text().contains(u"person.givenName"_s);
        }));
        QVERIFY(editor.blockingProblems().size() >= 2);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY(MessageBox::lastText().contains(u"Etternavn"_s) || MessageBox::lastText().contains(u"Family name"_s));
        QTRY_COMPARE(QApplication::focusWidget(), editor.findChild<PersonForm*>()->familyNameEdit());
        QCOMPARE(editor.current().id, 0);
    }

    // 3. Decisions stay decided.

    void anHrOfficerCannotChangeOrRemoveAnApprovedExtension()
    {
        StoredCase stored = phdCase();
        stored.data.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved, false, u"Dina Dekan"_s,
                                   u"dean"_s, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"extensions[0].days"_s));
        auto* form = editor.findChild<ExtensionsForm*>();
        CaseTableModel* model = form->list()->model();
        const QModelIndex days = model->index(0, model->columnOf(u"days"_s));
        QVERIFY(!(model->flags(days) & Qt::ItemIsEditable));
        // Even through the model, the document refuses and says why: the days stay 14.
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!model->setData(days, 60, Qt::EditRole));
        QVERIFY2(MessageBox::lastText().contains(u"§ 7"_s), qPrintable(MessageBox::lastText()));
        QCOMPARE(editor.current().data.extensions.at(0).days, 14);
        // No removal: the button is off and says why; Delete says why too.
        form->list()->focusRow(0);
        QVERIFY(!form->list()->removeButton()->isEnabled());
        QVERIFY(form->list()->removeButton()->toolTip().contains(u"Dina Dekan"_s));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::keyClick(form->list()->view(), Qt::Key_Delete);
        QCOMPARE(editor.current().data.extensions.size(), 1);
    }

    // LEAVE-DECISION, § 7.3: leave for a fellowship abroad is the dean's to grant. Recorded by an HR officer
    // it starts as proposed and extends nothing; only a dean approves it, and then only a dean changes it.
    void leaveOfTheDecidedKindsIsTheDeansToDecide()
    {
        StoredCase stored = phdCase();
        Leave sick;
        sick.from = QDate(2026, 2, 2);
        sick.to = QDate(2026, 2, 15);
        stored.data.leaves = {sick};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"leaves[0].kind"_s));
        auto* form = editor.findChild<LeavesForm*>();
        CaseTableModel* model = form->list()->model();
        QCOMPARE(editor.evaluation().period.leaveExtensionDays, 14);
        const QModelIndex decision = model->index(0, model->columnOf(u"status"_s));
        QCOMPARE(decision.data().toString(), u"—"_s); // sickness is a right: no decision

        // The HR officer records it as a stay abroad: proposed, no extension, and the buttons are the dean's.
        QVERIFY(model->setData(model->index(0, model->columnOf(u"kind"_s)),
                               static_cast<int>(LeaveKind::FellowshipAbroad), Qt::EditRole));
        QCOMPARE(editor.current().data.leaves.at(0).status, DecisionStatus::Proposed);
        QCOMPARE(editor.evaluation().period.leaveExtensionDays, 0);
        QCOMPARE(model->index(0, model->columnOf(u"status"_s)).data().toString(), u"Proposed"_s);
        form->list()->focusRow(0);
        QVERIFY(!form->decisions()->approveButton()->isEnabled());
        QVERIFY(form->decisions()->approveButton()->toolTip().contains(u"dean"_s));
        form->decisions()->decide(0, DecisionStatus::Approved);
        QCOMPARE(editor.current().data.leaves.at(0).status, DecisionStatus::Proposed);

        // The dean approves it: it extends, and who decided and when is recorded.
        m_workspace->setUser(u"Dina Dekan"_s, Role::Dean);
        QVERIFY(form->decisions()->approveButton()->isEnabled());
        QTest::mouseClick(form->decisions()->approveButton(), Qt::LeftButton);
        const Leave approved = editor.current().data.leaves.at(0);
        QCOMPARE(approved.status, DecisionStatus::Approved);
        QCOMPARE(approved.decidedBy, u"Dina Dekan"_s);
        QCOMPARE(approved.decidedRole, u"dean"_s);
        QVERIFY(approved.decidedAt.isValid());
        QCOMPARE(editor.evaluation().period.leaveExtensionDays, 14);

        // Back as the HR officer: the approved leave can be neither changed nor removed.
        m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
        const QModelIndex to = model->index(0, model->columnOf(u"to"_s));
        QVERIFY(!(model->flags(to) & Qt::ItemIsEditable));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!model->setData(to, QDate(2026, 6, 30), Qt::EditRole));
        QVERIFY2(MessageBox::lastText().contains(u"§ 7.3"_s), qPrintable(MessageBox::lastText()));
        QCOMPARE(editor.current().data.leaves.at(0).to, QDate(2026, 2, 15));
        form->list()->focusRow(0);
        QVERIFY(!form->list()->removeButton()->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::keyClick(form->list()->view(), Qt::Key_Delete);
        QCOMPARE(editor.current().data.leaves.size(), 1);
    }

    void aDeansChangeOfADecisionIsConfirmedAndRecorded()
    {
        StoredCase stored = phdCase();
        stored.data.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Approved, false, u"Dina Dekan"_s,
                                   u"dean"_s, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)}};
        m_workspace->setUser(u"Dina Dekan"_s, Role::Dean);
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* form = editor.findChild<ExtensionsForm*>();
        CaseTableModel* model = form->list()->model();
        const QModelIndex days = model->index(0, model->columnOf(u"days"_s));
        QVERIFY(model->flags(days) & Qt::ItemIsEditable);
        // Cancelled: nothing changes.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QVERIFY(!model->setData(days, 28, Qt::EditRole));
        QCOMPARE(editor.current().data.extensions.at(0).days, 14);
        // Confirmed: changed, and decided anew by the dean now.
        MessageBox::setNextAnswer(MessageBox::Yes);
        QVERIFY(model->setData(days, 28, Qt::EditRole));
        QVERIFY(MessageBox::lastText().contains(u"28"_s) || !MessageBox::lastText().isEmpty());
        const Extension& e = editor.current().data.extensions.at(0);
        QCOMPARE(e.days, 28);
        QCOMPARE(e.decidedBy, u"Dina Dekan"_s);
        QVERIFY(e.decidedAt > QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    }

    void withoutAnIdentityNothingIsEditedOrSaved()
    {
        m_workspace->setUser(QString(), Role::HrOfficer);
        QSignalSpy asked(m_workspace.get(), &Workspace::identityRequired);
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"person.familyName"_s));
        QTest::keyClicks(editor.findChild<PersonForm*>()->familyNameEdit(), u"x"_s);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(editor.current().data.person.familyName, u"Nilsen"_s);
        QCOMPARE(editor.findChild<PersonForm*>()->familyNameEdit()->text(), u"Nilsen"_s);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY(MessageBox::lastText().contains(u"name and role"_s)
                || MessageBox::lastText().contains(u"navn og rolle"_s));
        QCOMPARE(editor.current().id, 0);

        // Once the dialog (here: the test) gives a name, the same key is taken.
        connect(m_workspace.get(), &Workspace::identityRequired, this,
                [this] { m_workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer); });
        m_workspace->setUser(QString(), Role::HrOfficer);
        QTest::keyClicks(editor.findChild<PersonForm*>()->familyNameEdit(), u"x"_s);
        QCOMPARE(editor.current().data.person.familyName, u"Nilsenx"_s);
    }

    // 4. Keyboard.

    void tabInADateCellTakesTheDateAndMovesToTheNextCell()
    {
        StoredCase stored = phdCase();
        stored.data.leaves = {{LeaveKind::Sickness, QDate(2026, 1, 5), QDate(2026, 1, 18), 100}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"leaves[0].from"_s));
        auto* leaves = editor.findChild<LeavesForm*>();
        auto* view = qobject_cast<QTableView*>(leaves->list()->view());
        const CaseTableModel* model = leaves->list()->model();
        QVERIFY(typeInCell(view, model->index(0, model->columnOf(u"from"_s)), u"06.01.2026"_s, Qt::Key_Tab));
        QCOMPARE(editor.current().data.leaves.at(0).from, QDate(2026, 1, 6));
        // The next cell (To) is current and its editor open: the next date typed goes there.
        QCOMPARE(view->currentIndex().column(), model->columnOf(u"to"_s));
        QWidget* next = QApplication::focusWidget();
        QVERIFY(next && view->isAncestorOf(next));
        QTest::keyClick(next, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(next, u"20.01.2026"_s);
        QTest::keyClick(next, Qt::Key_Backtab);
        QCOMPARE(editor.current().data.leaves.at(0).to, QDate(2026, 1, 20));
        QCOMPARE(view->currentIndex().column(), model->columnOf(u"from"_s));
        // Escape closes the editor without taking what was typed.
        QWidget* back = QApplication::focusWidget();
        QVERIFY(back && view->isAncestorOf(back));
        QTest::keyClick(back, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(back, u"01.02.2026"_s);
        QTest::keyClick(back, Qt::Key_Escape);
        QCOMPARE(editor.current().data.leaves.at(0).from, QDate(2026, 1, 6));
    }

    void aCellWithATextThatIsNotADateStaysOpen()
    {
        StoredCase stored = phdCase();
        stored.data.leaves = {{LeaveKind::Sickness, QDate(2026, 1, 5), QDate(2026, 1, 18), 100}};
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"leaves[0].to"_s));
        auto* leaves = editor.findChild<LeavesForm*>();
        auto* view = qobject_cast<QTableView*>(leaves->list()->view());
        const CaseTableModel* model = leaves->list()->model();
        QWidget* cell = typeInCell(view, model->index(0, model->columnOf(u"to"_s)), u"31.02.2026"_s, Qt::Key_Tab);
        QVERIFY(cell);
        auto* date = qobject_cast<DateEdit*>(cell->parentWidget());
        QVERIFY(date && date->isVisible());
        QVERIFY(date->hasError());
        QCOMPARE(QApplication::focusWidget(), cell);
        QCOMPARE(editor.current().data.leaves.at(0).to, QDate(2026, 1, 18));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
    }

    void tabAndSpaceInTheApplicantTableAddNoApplicant()
    {
        StoredCase stored = phdCase();
        Recruitment recruitment;
        Applicant a;
        a.id = u"a1"_s;
        a.name = u"Ola Nordmann"_s;
        recruitment.applicants = {a};
        stored.data.recruitment = recruitment;
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"recruitment.applicants[0].name"_s));
        ListEditor* list = editor.findChild<RecruitmentForm*>()->applicantList();
        auto* view = qobject_cast<QTableView*>(list->view());
        const CaseTableModel* model = list->model();
        QVERIFY(typeInCell(view, model->index(0, model->columnOf(u"name"_s)), u"Kari Nordmann"_s, Qt::Key_Tab));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(editor.current().data.recruitment->applicants.size(), 1);
        QCOMPARE(editor.current().data.recruitment->applicants.at(0).name, u"Kari Nordmann"_s);
        // Insert adds one, when asked.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Insert);
        QCOMPARE(editor.current().data.recruitment->applicants.size(), 2);
    }

    /** An applicant's ID typed twice is kept as typed, named, and keeps the case from being saved until corrected. */
    void anApplicantIdTypedTwiceBlocksTheSave()
    {
        StoredCase stored = phdCase();
        Recruitment recruitment;
        Applicant first;
        first.id = u"a1"_s;
        first.name = u"Ola Nordmann"_s;
        Applicant second = first;
        second.id = u"a2"_s;
        second.name = u"Kari Nordmann"_s;
        recruitment.applicants = {first, second};
        stored.data.recruitment = recruitment;
        CaseEditor editor(m_workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"recruitment.applicants[1].id"_s));
        ListEditor* list = editor.findChild<RecruitmentForm*>()->applicantList();
        auto* view = qobject_cast<QTableView*>(list->view());
        const CaseTableModel* model = list->model();
        QVERIFY(typeInCell(view, model->index(1, model->columnOf(u"id"_s)), u"a1"_s));
        QCOMPARE(editor.current().data.recruitment->applicants.at(1).id, u"a1"_s);

        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!editor.save());
        QVERIFY2(MessageBox::lastText().contains(u"Applicant 2: the ID a1 is that of applicant 1 already."_s)
                     || MessageBox::lastText().contains(u"Søker 2: ID-en a1 tilhører allerede søker 1."_s),
                 qPrintable(MessageBox::lastText()));

        QVERIFY(typeInCell(view, model->index(1, model->columnOf(u"id"_s)), u"a3"_s));
        QVERIFY(editor.save());
        QCOMPARE(editor.current().data.recruitment->applicants.at(1).id, u"a3"_s);
    }

    void undoAndRedoWorkFromADateField()
    {
        CaseEditor editor(m_workspace.get(), phdCase());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.showField(u"appointment.start"_s));
        QLineEdit* line = editor.findChild<AppointmentForm*>()->startEdit()->lineEdit();
        typeOver(line, u"01.09.2025"_s);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 9, 1));
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 8, 1));
        QCOMPARE(line->text(), u"01.08.2025"_s);
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 9, 1));
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(line, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 9, 1));
        // A text typed and not yet taken is what Ctrl+Z takes back first.
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(line, u"15.10"_s);
        QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(line->text(), u"01.09.2025"_s);
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 9, 1));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestDataEntry)
#include "TestDataEntry.moc"
