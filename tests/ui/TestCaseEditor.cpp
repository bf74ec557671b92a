// The case editor driven through its real widgets: typing, clicking, the undo stack, saving to a
// SQLite file and reading the case back, findings that lead to their field, save conflicts and the
// dean's decisions. Just over 600 lines; data entry proper (dates, ranges, decisions stay decided) is
// TestDataEntry's, so this one stays with the editor as a whole.

#include "core/domain/CaseFields.h"
#include "core/domain/Role.h"
#include "core/interchange/DemoOffice.h"
#include "tests/ui/UiFixture.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointDialog.h"
#include "ui/editor/AppointmentForm.h"
#include "ui/editor/CardDelegate.h"
#include "ui/editor/CareerForm.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/CaseHeader.h"
#include "ui/editor/CaseTableModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/ExplanationPanel.h"
#include "ui/editor/ExtensionsForm.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/HistoryPanel.h"
#include "ui/editor/LeavesForm.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/NumberSpinBox.h"
#include "ui/editor/PersonForm.h"
#include "ui/editor/RecruitmentForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rekrutt;

namespace {

const QDate today(2025, 6, 2);

std::unique_ptr<Workspace> openWorkspace(const QString& path, Role role = Role::HrOfficer)
{
    auto workspace = std::make_unique<Workspace>();
    workspace->setToday(today);
    workspace->setUser(role == Role::Dean ? u"Dina Dekan"_s : u"Hanne Hansen"_s, role);
    DatabaseLocation location;
    location.path = path;
    QString error;
    if (!workspace->open(location, Database::OpenMode::Create, &error))
        qFatal("cannot open the test database: %s", qPrintable(error));
    return workspace;
}

/** A new case the way MainWindow::newCase() makes one. */
StoredCase newCase()
{
    StoredCase stored;
    stored.data.institution = u"NTNU"_s;
    stored.data.appointment.type = PositionType::PhdFellow;
    stored.data.appointment.start = QDate(2025, 8, 1);
    stored.data.appointment.lengthMonths = 36;
    stored.data.appointment.dutyPercent = 0;
    return stored;
}

/** A saved PhD case, ready to be opened. */
StoredCase savedCase(Workspace* workspace)
{
    StoredCase stored = newCase();
    stored.data.person.familyName = u"Nilsen"_s;
    stored.data.person.givenName = u"Kari"_s;
    stored.data.person.birthDate = QDate(1991, 4, 12);
    stored.data.appointment.lengthMonths = 48;
    stored.data.appointment.dutyPercent = 25;
    stored.data.appointment.unit = u"Department of Physics"_s;
    QString error;
    if (workspace->save(stored, &error) != OfficeService::SaveResult::Saved)
        qFatal("cannot save the test case: %s", qPrintable(error));
    return stored;
}

/** Types `text` into the focused widget after selecting what it holds. */
void typeInto(QWidget* widget, const QString& text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

/** Types `text` over whatever a date field holds, as a user does after clicking it, and presses Enter. */
void typeDate(DateEdit* edit, const QString& text)
{
    QLineEdit* line = edit->lineEdit();
    line->setFocus();
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

void typeDate(DateEdit* edit, QDate date)
{
    typeDate(edit, date.toString(u"dd.MM.yyyy"_s));
}

/** Opens the delegate's editor on `index` with F2, types `text` over what it holds and presses `key`. */
void typeInCell(QAbstractItemView* view, const QModelIndex& index, const QString& text, Qt::Key key = Qt::Key_Return)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, key);
}

void typeDateInCell(QAbstractItemView* view, const QModelIndex& index, QDate date)
{
    typeInCell(view, index, date.toString(u"dd.MM.yyyy"_s));
}

} // namespace

class TestCaseEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Dates are typed in a known format, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
        QVERIFY(m_dir.isValid());
    }

    void init() { m_path = m_dir.filePath(u"cases-%1.rekrutt"_s.arg(++m_counter)); }

    void createsAPhdCaseFromScratchAndSavesIt()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), newCase());
        editor.resize(1280, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.isModified()); // a new case is unsaved

        auto* person = editor.findChild<PersonForm*>();
        QVERIFY(editor.showField(u"person.familyName"_s));
        QTRY_COMPARE(QApplication::focusWidget(), person->familyNameEdit());
        QTest::keyClicks(person->familyNameEdit(), u"Nilsen"_s);
        QVERIFY(editor.showField(u"person.givenName"_s));
        QTest::keyClicks(person->givenNameEdit(), u"Kari"_s);
        QCOMPARE(editor.title(), u"Nilsen, Kari"_s);

        auto* appointment = editor.findChild<AppointmentForm*>();
        QVERIFY(editor.showField(u"appointment.start"_s));
        typeDate(appointment->startEdit(), QDate(2025, 9, 1));
        QCOMPARE(editor.current().data.appointment.start, QDate(2025, 9, 1));
        QVERIFY(editor.showField(u"appointment.lengthMonths"_s));
        typeInto(appointment->lengthSpin(), u"48"_s);
        QCOMPARE(editor.current().data.appointment.lengthMonths, 48);
        QVERIFY(editor.showField(u"appointment.dutyPercent"_s));
        QCOMPARE(QApplication::focusWidget(), appointment->dutySpin());
        typeInto(appointment->dutySpin(), u"25"_s);
        QCOMPARE(editor.current().data.appointment.dutyPercent, std::optional<double>(25));
        QCOMPARE(editor.evaluation().period.end, QDate(2029, 8, 31));
        QCOMPARE(editor.evaluation().count(Severity::Error), 0);

        // A sick leave of 14 days at 100 % moves the end by 14 days and is explained.
        const QDate endBefore = editor.evaluation().period.end;
        auto* leaves = editor.findChild<LeavesForm*>();
        QVERIFY(editor.showField(u"leaves"_s));
        QTest::mouseClick(leaves->list()->addButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.leaves.size(), 1);
        QAbstractItemView* view = leaves->list()->view();
        const CaseTableModel* model = leaves->list()->model();
        typeDateInCell(view, model->index(0, model->columnOf(u"from"_s)), QDate(2026, 1, 5));
        typeDateInCell(view, model->index(0, model->columnOf(u"to"_s)), QDate(2026, 1, 18));
        const Leave leave = editor.current().data.leaves.value(0);
        QCOMPARE(leave.kind, LeaveKind::Sickness);
        QCOMPARE(leave.from, QDate(2026, 1, 5));
        QCOMPARE(leave.to, QDate(2026, 1, 18));
        QCOMPARE(leave.percent, 100);
        QCOMPARE(editor.evaluation().period.leaveExtensionDays, 14);
        QCOMPARE(editor.evaluation().period.end, endBefore.addDays(14));
        const QStringList lines = editor.findChild<ExplanationPanel*>()->lines();
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [](const QString& line) {
                                 return line.contains(u"05/01/2026–18/01/2026"_s) && line.contains(u"14"_s);
                             }),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(editor.findChild<CaseHeader*>()->periodText().contains(
            QLocale().toString(endBefore.addDays(14), QLocale::ShortFormat)));

        // Save, then read the case back through another workspace on the same file.
        QSignalSpy saved(&editor, &CaseEditor::saved);
        QSignalSpy modified(&editor, &CaseEditor::modifiedChanged);
        QVERIFY(editor.save());
        QCOMPARE(saved.count(), 1);
        QVERIFY(editor.caseId() > 0);
        QVERIFY(!editor.isModified());
        QCOMPARE(modified.count(), 1);
        QVERIFY(editor.findChild<HistoryPanel*>()->list()->count() > 0);

        auto reopened = openWorkspace(m_path);
        QString error;
        const auto loaded = reopened->load(editor.caseId(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->data, editor.current().data);
    }

    void undoAndRedoALeave()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(!editor.isModified());
        const QDate end = editor.evaluation().period.end;
        QUndoStack* stack = editor.undoStack();

        auto* leaves = editor.findChild<LeavesForm*>();
        QVERIFY(editor.showField(u"leaves"_s));
        QTest::keyClick(leaves->list()->view(), Qt::Key_Insert);
        QCOMPARE(editor.current().data.leaves.size(), 1);
        QCOMPARE(stack->count(), 1);
        QVERIFY(editor.isModified());
        QCOMPARE(editor.evaluation().period.leaveExtensionDays, 14); // two weeks by default
        QCOMPARE(editor.evaluation().period.end, end.addDays(14));

        stack->undo();
        QVERIFY(editor.current().data.leaves.isEmpty());
        QCOMPARE(editor.evaluation().period.end, end);
        QCOMPARE(leaves->list()->model()->rowCount(), 0);
        QVERIFY(!editor.isModified());
        stack->redo();
        QCOMPARE(editor.current().data.leaves.size(), 1);
        QCOMPARE(editor.evaluation().period.end, end.addDays(14));
        QCOMPARE(stack->count(), 1); // undo and redo make no commands of their own

        // Delete asks, then removes the selected leave, as one more step.
        leaves->list()->focusRow(0);
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::keyClick(leaves->list()->view(), Qt::Key_Delete);
        QVERIFY(MessageBox::lastText().contains(u"leave 1"_s));
        QVERIFY(editor.current().data.leaves.isEmpty());
        QCOMPARE(stack->count(), 2);
    }

    void typingAWordIsOneUndoStep()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* person = editor.findChild<PersonForm*>();
        QVERIFY(editor.showField(u"person.familyName"_s));
        QTest::keyClicks(person->familyNameEdit(), u"-Berg"_s);
        QCOMPARE(editor.current().data.person.familyName, u"Nilsen-Berg"_s);
        QCOMPARE(editor.undoStack()->count(), 1);
        QSignalSpy title(&editor, &CaseEditor::titleChanged);
        editor.undoStack()->undo();
        QCOMPARE(person->familyNameEdit()->text(), u"Nilsen"_s);
        QCOMPARE(editor.title(), u"Nilsen, Kari"_s);
        QCOMPARE(title.count(), 1);
    }

    void tabFollowsTheForm()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* person = editor.findChild<PersonForm*>();
        QVERIFY(editor.showField(u"person.familyName"_s));
        QStringList order;
        for (int i = 0; i < 6; ++i) {
            order.append(QApplication::focusWidget()->accessibleName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order,
                 QStringList({u"Family name"_s, u"Given name"_s, u"Birth date"_s, u"Doctoral degree"_s,
                              u"Months at other institutions"_s, u"Scandinavian language at level A2"_s}));
        // The label's mnemonic takes the user to its field.
        QTest::keyClick(&editor, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), person->givenNameEdit());
    }

    /**
     * The forms and the one definition of each field (caseFields()) agree: every single-valued path a form binds
     * is a field of the registry or a list of the case, and every field of the registry has its place in a form.
     */
    void formsBindTheFieldsOfTheRegistry()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        QSet<QString> bound;
        for (const FormBinder* binder : editor.findChildren<FormBinder*>()) {
            for (const QString& path : binder->fields())
                bound.insert(path);
        }
        QVERIFY(!bound.isEmpty());
        const QSet<QString> lists {u"leaves"_s,
                                   u"extensions"_s,
                                   u"dutyWork"_s,
                                   u"mobilityGrants"_s,
                                   u"person.history"_s,
                                   u"milestones.employeeInterviews"_s,
                                   u"recruitment.committee"_s,
                                   u"recruitment.applicants"_s};
        for (const QString& path : std::as_const(bound)) {
            if (path.contains(u'[') || lists.contains(path))
                continue;
            QVERIFY2(caseField(path), qPrintable(path + u" is bound in a form but is no field of caseFields()"_s));
        }
        for (const CaseField& field : caseFields()) {
            const QString path = QString::fromLatin1(field.path);
            QVERIFY2(bound.contains(path), qPrintable(path + u" has no place in the editor's forms"_s));
        }
    }

    void dutyShareNotStatedIsAFinding()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* appointment = editor.findChild<AppointmentForm*>();
        QVERIFY(editor.showField(u"appointment.dutyPercent"_s));
        QTest::mouseClick(appointment->dutyNotStatedBox(), Qt::LeftButton);
        QVERIFY(!editor.current().data.appointment.dutyPercent);
        QVERIFY(!appointment->dutySpin()->isEnabled());
        const auto& findings = editor.evaluation().findings;
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) {
            return QLatin1StringView(f.rule) == "CON-DISTRIBUTION"_L1 && f.field == u"appointment.dutyPercent"_s;
        }));
        editor.undoStack()->undo();
        QCOMPARE(editor.current().data.appointment.dutyPercent, std::optional<double>(25));
        QVERIFY(appointment->dutySpin()->isEnabled());
    }

    void aFindingTakesTheUserToItsField_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        QTest::newRow("a period too short leads to the length") << u"LEN-PHD"_s << u"appointment.lengthMonths"_s;
        QTest::newRow("a leave outside the period leads to its row") << u"LEAVE-OUTSIDE"_s << u"leaves[1]"_s;
    }

    void aFindingTakesTheUserToItsField()
    {
        QFETCH(QString, rule);
        QFETCH(QString, field);
        auto workspace = openWorkspace(m_path);
        StoredCase stored = savedCase(workspace.get());
        stored.data.appointment.lengthMonths = 30;
        stored.data.leaves = {{LeaveKind::Sickness, QDate(2026, 1, 5), QDate(2026, 1, 18), 100},
                              {LeaveKind::Care, QDate(2035, 1, 1), QDate(2035, 1, 10), 100}};
        CaseEditor editor(workspace.get(), stored);
        editor.resize(1280, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        auto* panel = editor.findChild<FindingsPanel*>();
        QListWidget* list = panel->list();
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (panel->fieldAt(i) == field)
                row = i;
        }
        QVERIFY2(row >= 0, qPrintable(rule + u" not listed"_s));
        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);

        if (field == u"appointment.lengthMonths"_s) {
            QTRY_COMPARE(QApplication::focusWidget(), editor.findChild<AppointmentForm*>()->lengthSpin());
        } else {
            ListEditor* leaves = editor.findChild<LeavesForm*>()->list();
            QTRY_COMPARE(QApplication::focusWidget(), leaves->view());
            QCOMPARE(leaves->currentRow(), 1);
        }
        QVERIFY(QApplication::focusWidget()->isVisible());
    }

    void aSaveConflictKeepsTheEdits()
    {
        auto workspace = openWorkspace(m_path);
        const StoredCase stored = savedCase(workspace.get());
        CaseEditor first(workspace.get(), stored);
        CaseEditor second(workspace.get(), stored);
        first.show();
        QVERIFY(QTest::qWaitForWindowActive(&first));
        QVERIFY(first.showField(u"person.givenName"_s));
        QTest::keyClicks(first.findChild<PersonForm*>()->givenNameEdit(), u" Marie"_s);
        QVERIFY(first.save());

        second.show();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QVERIFY(second.showField(u"appointment.lengthMonths"_s));
        typeInto(second.findChild<AppointmentForm*>()->lengthSpin(), u"42"_s);
        const Case edited = second.current().data;
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(!second.save());
        QVERIFY2(MessageBox::lastText().contains(u"changed by"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(workspace->actor().user));
        QVERIFY(second.isModified());
        QCOMPARE(second.current().data, edited);
        QCOMPARE(second.current().data.appointment.lengthMonths, 42);
        QCOMPARE(second.current().data.person.givenName, u"Kari"_s);
    }

    void onlyADeanDecidesOnExtensions()
    {
        auto workspace = openWorkspace(m_path);
        StoredCase stored = savedCase(workspace.get());
        stored.data.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Proposed, false, {}, {}, {}}};
        CaseEditor editor(workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        const QDate end = editor.evaluation().period.end;
        QCOMPARE(editor.evaluation().period.pendingExtensionDays, 14);

        auto* extensions = editor.findChild<ExtensionsForm*>();
        QVERIFY(editor.showField(u"extensions[0]"_s));
        QCOMPARE(extensions->list()->currentRow(), 0);
        QVERIFY(!extensions->approveButton()->isEnabled());
        QVERIFY(!extensions->rejectButton()->isEnabled());
        QVERIFY(extensions->approveButton()->toolTip().contains(u"dean"_s));
        QVERIFY(!editor.findChild<AppointmentForm*>()->decideButton()->isEnabled());
        QVERIFY(!editor.findChild<RecruitmentForm*>()->signButton()->isEnabled());
        QTest::mouseClick(extensions->approveButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.extensions.at(0).status, DecisionStatus::Proposed);

        workspace->setUser(u"Dina Dekan"_s, Role::Dean);
        QVERIFY(extensions->approveButton()->isEnabled());
        QVERIFY(editor.findChild<AppointmentForm*>()->decideButton()->isEnabled());
        QTest::mouseClick(extensions->approveButton(), Qt::LeftButton);
        const Extension decided = editor.current().data.extensions.at(0);
        QCOMPARE(decided.status, DecisionStatus::Approved);
        QCOMPARE(decided.decidedBy, u"Dina Dekan"_s);
        QCOMPARE(decided.decidedRole, u"dean"_s);
        QVERIFY(decided.decidedAt.isValid());
        QCOMPARE(editor.evaluation().period.end, end.addDays(14));
        QVERIFY(!extensions->approveButton()->isEnabled()); // already approved
        QVERIFY(extensions->rejectButton()->isEnabled());

        // The appointment decision, too, is the dean's.
        QTest::mouseClick(editor.findChild<AppointmentForm*>()->decideButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.appointment.decisionDate, today);
        QCOMPARE(editor.current().data.appointment.decidedBy, u"Dina Dekan"_s);

        // Both are undoable edits, and they are saved with the case.
        QVERIFY(editor.save());
        QString error;
        const auto loaded = workspace->load(editor.caseId(), &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->data.extensions.at(0).decidedBy, u"Dina Dekan"_s);
        // The history tells who decided and when, in words, the login kept out of the heading.
        const QListWidgetItem* latest = editor.findChild<HistoryPanel*>()->list()->item(0);
        QVERIFY2(latest->text().contains(u"Extension 1 (Elected office or committee work) added: days 14; status "
                                         "Approved; decided by Dina Dekan on "_s),
                 qPrintable(latest->text()));
        QVERIFY2(
            latest->text().contains(u"Appointment: decided (empty) → 02.06.2025; decision recorded by Dina Dekan"_s),
            qPrintable(latest->text()));
        QVERIFY(latest->data(CardDelegate::HeadingRole).toString().endsWith(u" · Dina Dekan (dean)"_s));
        QCOMPARE(latest->toolTip(),
                 latest->data(CardDelegate::HeadingRole).toString() + u" · logged in as "_s
                     + Actor::current(u"dean"_s).user);
        // Another language shows the same history in it at once.
        workspace->setLanguage(Language::Bokmal);
        const QString bokmal = editor.findChild<HistoryPanel*>()->list()->item(0)->text();
        workspace->setLanguage(Language::English);
        QVERIFY2(bokmal.contains(u"Forlengelse 1"_s) && bokmal.contains(u"Innvilget"_s), qPrintable(bokmal));
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(editor.current().data.extensions.at(0).status, DecisionStatus::Proposed);
        QVERIFY(editor.current().data.extensions.at(0).decidedBy.isEmpty());
    }

    void clickingTheCurrentRowEnablesTheDecision()
    {
        auto workspace = openWorkspace(m_path);
        StoredCase stored = savedCase(workspace.get());
        stored.data.extensions = {{ExtensionKind::ElectedOffice, 14, DecisionStatus::Proposed, false, {}, {}, {}}};
        workspace->setUser(u"Dina Dekan"_s, Role::Dean);
        CaseEditor editor(workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* extensions = editor.findChild<ExtensionsForm*>();
        QVERIFY(editor.showField(u"extensions"_s));
        // As when the table takes the focus: the first row is current, and nothing is selected.
        QTableView* view = extensions->list()->view();
        view->selectionModel()->clearSelection();
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 1), QItemSelectionModel::NoUpdate);
        QVERIFY(!extensions->approveButton()->isEnabled());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
        QCOMPARE(extensions->list()->currentRow(), 0);
        QVERIFY(extensions->approveButton()->isEnabled());
        QVERIFY(extensions->list()->removeButton()->isEnabled());

        // The status column, fitted to "Proposed", widens to show "Approved" whole.
        int status = -1;
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->model()->headerData(column, Qt::Horizontal).toString() == u"Status"_s)
                status = column;
        }
        QVERIFY(status >= 0);
        QTest::mouseClick(extensions->approveButton(), Qt::LeftButton);
        const QString approved = view->model()->index(0, status).data().toString();
        QCOMPARE(approved, u"Approved"_s);
        QTRY_VERIFY(view->columnWidth(status) > view->fontMetrics().horizontalAdvance(approved));
    }

    void onlyAHeadOfDepartmentSignsTheRanking()
    {
        auto workspace = openWorkspace(m_path);
        StoredCase stored = savedCase(workspace.get());
        stored.data.recruitment.emplace();
        CaseEditor editor(workspace.get(), stored);
        auto* recruitment = editor.findChild<RecruitmentForm*>();
        QVERIFY(!recruitment->signButton()->isEnabled());
        workspace->setUser(u"Hedda Head"_s, Role::HeadOfDepartment);
        QVERIFY(recruitment->signButton()->isEnabled());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.showField(u"recruitment.rankingSignedBy"_s));
        QTest::mouseClick(recruitment->signButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.recruitment->rankingSignedBy, u"Hedda Head"_s);
        QVERIFY(editor.current().data.recruitment->rankingSignedAt.isValid());
    }

    // Issue 11 item 1: a second position from one announcement is appointed from the same vacancy, by keyboard.
    void anotherApplicantIsAppointedFromTheVacancy()
    {
        auto workspace = openWorkspace(m_path);
        workspace->setUser(u"Hanne HR"_s, Role::HrOfficer);
        StoredCase stored = savedCase(workspace.get());
        Recruitment& recruitment = stored.data.recruitment.emplace();
        for (const auto& [id, name, rank] : {std::tuple {"a1", "Kari Nilsen", 1}, std::tuple {"a2", "Ola Nordmann", 2},
                                             std::tuple {"a3", "Per Persen", 3}}) {
            Applicant applicant;
            applicant.id = QString::fromLatin1(id);
            applicant.name = QString::fromUtf8(name);
            applicant.qualified = true;
            applicant.rank = rank;
            recruitment.applicants.append(applicant);
        }
        QString error;
        QCOMPARE(workspace->save(stored, &error), OfficeService::SaveResult::Saved);

        CaseEditor editor(workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* form = editor.findChild<RecruitmentForm*>();
        QVERIFY(form->appointButton()->isEnabled());
        qint64 created = 0;
        connect(workspace.get(), &Workspace::caseCreated, this, [&created](qint64 id) { created = id; });

        // What the dialog shows is noted inside it and checked after it closed: a failed check inside would leave
        // the modal dialog open, and the test hanging instead of failing.
        struct Seen
        {
            bool dialog = false;
            int offered = 0;
            QString first, down, family;
            bool okWithoutStart = true, okWithStart = false;
        } seen;
        // Polled: the applicants are read from the database (a wait with an event loop of its own) before it shows.
        testing::whenShown<AppointDialog>([&seen](AppointDialog* dialog) {
            seen.dialog = true;
            seen.offered = dialog->applicantBox()->count();
            seen.first = dialog->givenNameEdit()->text();
            QTest::keyClick(dialog->applicantBox(), Qt::Key_Down);
            seen.down = dialog->givenNameEdit()->text();
            QTest::keyClick(dialog->applicantBox(), Qt::Key_Up);
            seen.family = dialog->familyNameEdit()->text();
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            seen.okWithoutStart = ok->isEnabled();
            dialog->startEdit()->lineEdit()->setFocus();
            QTest::keyClicks(dialog->startEdit()->lineEdit(),
                             QLocale().toString(QDate(2027, 2, 1), DateEdit::displayFormat()));
            seen.okWithStart = ok->isEnabled();
            if (seen.okWithStart)
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                dialog->reject();
        });
        QTest::mouseClick(form->appointButton(), Qt::LeftButton);
        QVERIFY(seen.dialog);
        // Kari Nilsen, ranked first, is this case's person and is not offered again; the next ranked comes first,
        // its name split for the contract, and the one after one key down.
        QCOMPARE(seen.offered, 3); // two applicants and "someone not on the list"
        QCOMPARE(seen.first, u"Ola"_s);
        QCOMPARE(seen.down, u"Per"_s);
        QCOMPARE(seen.family, u"Nordmann"_s);
        QVERIFY(!seen.okWithoutStart);
        QVERIFY(seen.okWithStart);
        QVERIFY(created != 0);

        const auto made = workspace->load(created, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->vacancyId, stored.vacancyId);
        QCOMPARE(made->data.person.givenName, u"Ola"_s);
        QCOMPARE(made->data.person.familyName, u"Nordmann"_s);
        QCOMPARE(made->data.appointment.start, QDate(2027, 2, 1));
        QCOMPARE(made->data.appointment.unit, u"Department of Physics"_s);
        QCOMPARE(made->data.recruitment->applicants.size(), 3);

        // With an edit not saved, the vacancy as stored is not what the user sees: the button waits for a save.
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.showField(u"appointment.unit"_s));
        QVERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), u" and Chemistry"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!editor.undoStack()->isClean());
        QVERIFY(!form->appointButton()->isEnabled());
        editor.undoStack()->undo();
        QVERIFY(editor.undoStack()->isClean());
        QVERIFY(form->appointButton()->isEnabled());
    }

    void changingASignedRankingWithdrawsTheSignature()
    {
        auto workspace = openWorkspace(m_path);
        StoredCase stored = savedCase(workspace.get());
        Recruitment& recruitment = stored.data.recruitment.emplace();
        for (int i = 1; i <= 2; ++i) {
            Applicant applicant;
            applicant.id = u"a%1"_s.arg(i);
            applicant.name = u"Applicant %1"_s.arg(i);
            applicant.qualified = true;
            applicant.rank = i;
            recruitment.applicants.append(applicant);
        }
        workspace->setUser(u"Hedda Head"_s, Role::HeadOfDepartment);
        CaseEditor editor(workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* form = editor.findChild<RecruitmentForm*>();
        QVERIFY(editor.showField(u"recruitment.rankingSignedBy"_s));
        QTest::mouseClick(form->signButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.recruitment->rankingSignedBy, u"Hedda Head"_s);

        // Removing the second applicant changes the ranking: the signature no longer covers it.
        ListEditor* applicants = form->applicantList();
        applicants->focusRow(1);
        MessageBox::setNextAnswer(MessageBox::Yes);
        QTest::mouseClick(applicants->removeButton(), Qt::LeftButton);
        QCOMPARE(editor.current().data.recruitment->applicants.size(), 1);
        QVERIFY(editor.current().data.recruitment->rankingSignedBy.isEmpty());
        QVERIFY(!editor.current().data.recruitment->rankingSignedAt.isValid());
        QVERIFY(editor.undoStack()->undoText().contains(u"signature"_s));

        // One undo brings back both the applicant and the signature.
        editor.undoStack()->undo();
        QCOMPARE(editor.current().data.recruitment->applicants.size(), 2);
        QCOMPARE(editor.current().data.recruitment->rankingSignedBy, u"Hedda Head"_s);
    }

    // Issue 14: a Norwegian course typed into the career plan's table, as an HR officer types it; the credits
    // completed follow the courses passed and cannot be typed over, and the save keeps every value as typed.
    void theCoursesPassedMakeTheNorwegianCredits()
    {
        auto workspace = openWorkspace(m_path);
        CaseEditor editor(workspace.get(), savedCase(workspace.get()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.showField(u"careerPlan.courses"_s));
        ListEditor* courses = nullptr;
        for (ListEditor* list : editor.findChildren<ListEditor*>()) {
            if (list->view()->accessibleName() == u"Courses")
                courses = list;
        }
        QVERIFY(courses);
        auto* credits = qobject_cast<QDoubleSpinBox*>(editor.findChild<CareerForm*>()->findChild<QDoubleSpinBox*>());
        QVERIFY(credits);
        QVERIFY(!credits->isReadOnly());

        QTest::keyClick(courses->view(), Qt::Key_Insert);
        QAbstractItemModel* model = courses->model();
        QCOMPARE(model->rowCount(), 1);
        typeInCell(courses->view(), model->index(0, 1), u"Norsk for forskere 1"_s);
        typeInCell(courses->view(), model->index(0, 2), u"7,5"_s);
        // Not passed yet: no credits, and the field shows the courses' number, read-only.
        QCOMPARE(editor.current().data.careerPlan.norwegianCreditsCompleted, 0.0);
        QVERIFY(credits->isReadOnly());
        typeDateInCell(courses->view(), model->index(0, 3), QDate(2026, 6, 15));
        const CareerPlan& plan = editor.current().data.careerPlan;
        QCOMPARE(plan.courses.size(), 1);
        QCOMPARE(plan.courses.first().course, u"Norsk for forskere 1"_s);
        QCOMPARE(plan.courses.first().credits, 7.5);
        QCOMPARE(plan.courses.first().completed, QDate(2026, 6, 15));
        QCOMPARE(plan.norwegianCreditsCompleted, 7.5);
        QCOMPARE(credits->value(), 7.5);

        QVERIFY(editor.save());
        const auto stored = workspace->load(editor.caseId(), nullptr);
        QVERIFY(stored);
        QCOMPARE(stored->data.careerPlan.courses, editor.current().data.careerPlan.courses);
        QCOMPARE(stored->data.careerPlan.norwegianCreditsCompleted, 7.5);

        // Undoing the date takes the credits back with it: one step.
        editor.undoStack()->undo();
        QCOMPARE(editor.current().data.careerPlan.norwegianCreditsCompleted, 0.0);
    }

    // A comma or a point typed in a number is its decimal point in either language: in English a plain spin box
    // read "2,5" as 25, a number stored other than typed (found typing a mentor meeting's hours).
    void commaAndPointAreDecimalPointsInEitherLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("English, comma") << u"en_GB"_s << u"2,5"_s << 2.5 << u"2.5"_s;
        QTest::newRow("English, point") << u"en_GB"_s << u"2.5"_s << 2.5 << u"2.5"_s;
        QTest::newRow("English, thousands") << u"en_GB"_s << u"1500"_s << 1500.0 << u"1500.0"_s;
        QTest::newRow("Bokmål, comma") << u"nb_NO"_s << u"7,5"_s << 7.5 << u"7,5"_s;
        QTest::newRow("Bokmål, point") << u"nb_NO"_s << u"7.5"_s << 7.5 << u"7,5"_s;
    }

    void commaAndPointAreDecimalPointsInEitherLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(double, value);
        QFETCH(QString, shown);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        NumberSpinBox spin;
        QLocale::setDefault(before);
        spin.setDecimals(1);
        spin.setRange(0, 99999);
        spin.show();
        QVERIFY(QTest::qWaitForWindowExposed(&spin));
        spin.setFocus();
        QTest::keyClick(&spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(&spin, typed);
        QTest::keyClick(&spin, Qt::Key_Return);
        QCOMPARE(spin.value(), value);
        QCOMPARE(spin.text(), shown);
    }

    void everyTableModelPassesTheModelTester()
    {
        auto workspace = openWorkspace(m_path);
        // The richest demo case: one with a recruitment and as many lists filled as possible.
        const QList<Case> office = demoOffice(today);
        const auto richness = [](const Case& c) {
            return (c.recruitment ? 10 : 0) + c.leaves.size() + c.extensions.size() + c.dutyWork.size()
                + c.mobilityGrants.size() + c.person.history.size() + c.milestones.employeeInterviews.size();
        };
        const Case rich = *std::max_element(office.cbegin(), office.cend(),
                                            [&](const Case& a, const Case& b) { return richness(a) < richness(b); });
        QVERIFY(rich.recruitment);
        StoredCase stored;
        stored.data = rich;
        // The career plan's lists and a mentor with a meeting, which no demo case has all of (issue 14).
        CareerPlan& plan = stored.data.careerPlan;
        plan.measures.append({u"Lead a group"_s,
                              u"Research management course"_s,
                              MeasureKind::ResearchManagement,
                              MeasureOwner::Programme,
                              QDate(2026, 6, 1),
                              {}});
        plan.courses.append({CompetenceKind::Norwegian, u"Norwegian 1"_s, 7.5, QDate(2026, 1, 15)});
        plan.norwegianCreditsCompleted = 7.5;
        plan.updates.append({QDate(2026, 8, 20), u"Reviewed"_s});
        stored.data.mentorDeclined = {};
        Mentor mentor = stored.data.mentor.value_or(Mentor());
        mentor.meetings.append({QDate(2026, 2, 2), 1.5});
        stored.data.mentor = mentor;
        CaseEditor editor(workspace.get(), stored);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        const auto editors = editor.findChildren<ListEditor*>();
        QCOMPARE(editors.size(), 12);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (ListEditor* list : editors)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        for (ListEditor* list : editors) {
            const int rows = list->model()->rowCount();
            list->addRow();
            QCOMPARE(list->model()->rowCount(), rows + 1);
            list->focusRow(rows);
            MessageBox::setNextAnswer(MessageBox::Yes);
            list->removeCurrentRow();
            QCOMPARE(list->model()->rowCount(), rows);
            // Every editable cell takes its own value back.
            for (int column = 0; column < list->model()->columnCount(); ++column) {
                if (rows == 0)
                    break;
                const QModelIndex index = list->model()->index(0, column);
                const Qt::ItemFlags flags = list->model()->flags(index);
                if (flags & Qt::ItemIsEditable)
                    QVERIFY(list->model()->setData(index, index.data(Qt::EditRole), Qt::EditRole));
                else if (flags & Qt::ItemIsUserCheckable)
                    QVERIFY(list->model()->setData(index, index.data(Qt::CheckStateRole), Qt::CheckStateRole));
            }
        }
        QCOMPARE(editor.current().data, stored.data); // adding and removing leaves the case as it was
        while (editor.undoStack()->canUndo())
            editor.undoStack()->undo();
        QCOMPARE(editor.current().data, stored.data);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(TestCaseEditor)
#include "TestCaseEditor.moc"
