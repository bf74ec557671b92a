// A vacancy from the draft of its announcement to the signed contract, through the real widgets of the main window,
// as an HR officer, a head of department and a dean would take its steps (issue 12).

#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/ApplicantImportDialog.h"
#include "ui/editor/AppointDialog.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/editor/ListEditor.h"
#include "ui/vacancies/VacanciesPage.h"
#include "ui/vacancies/VacancyEditor.h"
#include "ui/vacancies/VacancyForms.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestVacancyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aVacancyGoesFromDraftToASignedContract();
    void aHeadCannotTakeTheDeansStep();
    void theListShowsEveryVacancyByStage();

private:
    VacancyEditor* startDraft();
    void typeDate(DateEdit* edit, QDate date);
    void step(VacancyEditor* editor, const QString& expectedStage);
    void save();
    void grab(QWidget* widget, const QString& name);

    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestVacancyEditor::init()
{
    m_data = std::make_unique<UiWorkspace>();
    QString error;
    QVERIFY2(m_data->open(QDate(2026, 2, 20), &error), qPrintable(error));
    m_data->workspace()->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
    m_window = std::make_unique<MainWindow>(m_data->workspace());
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestVacancyEditor::cleanup()
{
    // Nothing unsaved is asked about when the window goes.
    for (int i = m_window->tabs()->count() - 1; i >= 0; --i) {
        if (auto* editor = qobject_cast<EditorTab*>(m_window->tabs()->widget(i)))
            editor->undoStack()->setClean();
    }
    m_window.reset();
    m_data.reset();
}

/** A PNG of `widget` under $REKRUTT_SCREENSHOTS, to look at the screens the test goes through. */
void TestVacancyEditor::grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("REKRUTT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // the layouts settle, as they do on screen
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

void TestVacancyEditor::typeDate(DateEdit* edit, QDate date)
{
    edit->lineEdit()->setFocus(Qt::TabFocusReason);
    edit->lineEdit()->selectAll();
    QTest::keyClicks(edit->lineEdit(), QLocale().toString(date, DateEdit::displayFormat()));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Tab);
}

void TestVacancyEditor::save()
{
    // After a modal dialog the offscreen platform does not give the window back its activation by itself.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
}

/** Clicks the next step and checks the stage it reached. */
void TestVacancyEditor::step(VacancyEditor* editor, const QString& expectedStage)
{
    QVERIFY2(editor->nextButton()->isEnabled(), qPrintable(editor->whyLabel()->text()));
    QTest::mouseClick(editor->nextButton(), Qt::LeftButton);
    QCOMPARE(editor->stageLabel()->text().section(u" · "_s, 0, 0), u"Stage: "_s + expectedStage);
}

VacancyEditor* TestVacancyEditor::startDraft()
{
    m_window->tabs()->setCurrentWidget(m_window->vacanciesPage());
    QTest::mouseClick(m_window->vacanciesPage()->newButton(), Qt::LeftButton);
    auto* editor = qobject_cast<VacancyEditor*>(m_window->currentTab());
    if (!editor)
        return nullptr;
    // The title has the focus: what is typed at once is the title.
    QLineEdit* title = editor->announcementForm()->titleEdit();
    if (QApplication::focusWidget() != title)
        return nullptr;
    QTest::keyClicks(QApplication::focusWidget(), u"PhD fellow in quantum optics"_s);
    return editor;
}

void TestVacancyEditor::aVacancyGoesFromDraftToASignedContract()
{
    Workspace* workspace = m_data->workspace();
    VacancyEditor* editor = startDraft();
    QVERIFY(editor);
    QVERIFY(editor->isModified());
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), u"PhD fellow in quantum optics •"_s);
    QVERIFY(!editor->nextButton()->isEnabled());
    save();
    QVERIFY(editor->vacancyId() > 0);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->stageLabel()->text(), u"Stage: Draft announcement"_s);

    // The HR officer drafts; the dean adopts the announcement.
    QVERIFY(!editor->nextButton()->isEnabled());
    QVERIFY2(editor->whyLabel()->text().contains(u"Only a user in the role Dean takes the step"_s),
             qPrintable(editor->whyLabel()->text()));
    workspace->setUser(u"Dina Dekan"_s, Role::Dean);
    step(editor, u"Announcement adopted"_s);
    workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);

    // Publication: the dates as typed, a deadline 14 days on.
    VacancyAnnouncementForm* form = editor->announcementForm();
    auto* announcement = form->findChild<QGroupBox*>(QString(), Qt::FindChildrenRecursively);
    for (QGroupBox* group : form->findChildren<QGroupBox*>()) {
        if (group->isCheckable())
            announcement = group;
    }
    QVERIFY(announcement && announcement->isCheckable());
    QVERIFY(!announcement->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier); // "&Announcement"
    QVERIFY(announcement->isChecked());
    typeDate(qobject_cast<DateEdit*>(form->widgetFor(u"recruitment.announcement.published"_s)), QDate(2026, 2, 20));
    typeDate(qobject_cast<DateEdit*>(form->widgetFor(u"recruitment.announcement.deadline"_s)), QDate(2026, 3, 5));
    QVERIFY2(editor->whyLabel()->text().contains(u"ANN-DEADLINE"_s), qPrintable(editor->whyLabel()->text()));
    QVERIFY(!editor->nextButton()->isEnabled());
    typeDate(qobject_cast<DateEdit*>(form->widgetFor(u"recruitment.announcement.deadline"_s)), QDate(2026, 3, 6));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::AltModifier); // "Announced publ&icly"
    // A button's mnemonic clicks it as a short animation.
    QTRY_VERIFY(qobject_cast<QCheckBox*>(form->widgetFor(u"recruitment.announcement.public"_s))->isChecked());
    // A number with decimals, typed as people type it, is stored as typed: each keystroke is committed, and the
    // form shown again must not cut the decimals being typed ("62,5" was stored as 62).
    auto* fte = qobject_cast<QDoubleSpinBox*>(form->widgetFor(u"appointment.ftePercent"_s));
    QVERIFY(fte);
    fte->setFocus(Qt::TabFocusReason);
    fte->selectAll();
    QTest::keyClicks(fte, u"62"_s + QLocale().decimalPoint() + u"5"_s);
    QTest::keyClick(fte, Qt::Key_Tab);
    QCOMPARE(editor->current().data.position.ftePercent, 62.5);
    step(editor, u"Published"_s); // saves the edits first
    QCOMPARE(workspace->loadVacancy(editor->vacancyId(), nullptr)->data.recruitment.announcement->deadline,
             QDate(2026, 3, 6));
    grab(m_window.get(), u"vacancy-published"_s);

    workspace->setToday(QDate(2026, 3, 7));
    step(editor, u"Closed for applications"_s);

    // The portal's export, mapped by its Norwegian header, imported as one step.
    const QByteArray csv = "Navn;Kvalifisert;Funksjonsnedsettelse\r\nKari Nilsen;ja;nei\r\nOla Berg;ja;nei\r\n"
                           "Per Dahl;nei;nei\r\n";
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto* dialog = qobject_cast<ApplicantImportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        if (dialog->importButton()->isEnabled())
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
    QCOMPARE(editor->applicantsForm()->importApplicants(csv, u"export.csv"_s), 3);
    QVERIFY(dialogSeen);
    // Plural forms come from the English catalogue, which a test does not load.
    QCOMPARE(editor->applicantsForm()->countsLabel()->text(),
             u"3 applicant(s): 2 qualified, 0 invited, 0 interviewed, 0 ranked, 0 withdrawn"_s);
    step(editor, u"Assessment"_s);

    // The committee: two members at associate professor level who declared their impartiality.
    editor->pages()->setCurrentWidget(editor->committeeForm());
    ListEditor* committee = editor->committeeForm()->committeeList();
    for (const QString& name : {u"Siri Lund"_s, u"Tor Vik"_s}) {
        QTest::mouseClick(committee->addButton(), Qt::LeftButton);
        QAbstractItemModel* model = committee->view()->model();
        const int row = model->rowCount() - 1;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            const QModelIndex cell = model->index(row, column);
            if (header == u"Name")
                QVERIFY(model->setData(cell, name));
            else if (model->flags(cell) & Qt::ItemIsUserCheckable)
                QVERIFY(model->setData(cell, Qt::Checked, Qt::CheckStateRole));
        }
    }
    // Siri declares a tie to Kari (a1); it is looked into and found not to apply, so Kari may be ranked.
    {
        QAbstractItemModel* model = committee->view()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == u"Conflicts with")
                QVERIFY(model->setData(model->index(0, column), u"a1"_s));
        }
        committee->focusRow(0);
        QAbstractItemModel* conflicts = editor->committeeForm()->conflictList()->view()->model();
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->index(0, 0).data().toString(), u"Kari Nilsen (a1)"_s);
        QCOMPARE(conflicts->index(0, 1).data().toString(), u"Open"_s);
        QVERIFY(conflicts->setData(conflicts->index(0, 1), int(ConflictOutcome::NotApplicable)));
        QVERIFY(conflicts->setData(conflicts->index(0, 2), u"One paper together in 2015"_s));
        QCOMPARE(conflicts->index(0, 1).data().toString(), u"Found not to apply"_s);
        const CommitteeMember& siri = editor->current().data.recruitment.committee.at(0);
        QCOMPARE(conflictOutcome(siri, u"a1"_s), ConflictOutcome::NotApplicable);
        QCOMPARE(siri.resolutions.first().note, u"One paper together in 2015"_s);
    }
    step(editor, u"Interviews and references"_s);

    // Kari interviewed, two references, ranked first with a reason.
    editor->pages()->setCurrentWidget(editor->applicantsForm());
    QAbstractItemModel* applicants = editor->applicantsForm()->applicantList()->view()->model();
    const auto setApplicant = [applicants](int row, const QString& header, const QVariant& value) {
        for (int column = 0; column < applicants->columnCount(); ++column) {
            if (applicants->headerData(column, Qt::Horizontal).toString() != header)
                continue;
            const QModelIndex cell = applicants->index(row, column);
            return value.typeId() == QMetaType::Bool
                ? applicants->setData(cell, value.toBool() ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole)
                : applicants->setData(cell, value);
        }
        return false;
    };
    QVERIFY(setApplicant(0, u"Interviewed"_s, true));
    // Kari's references one by one, below the list: the count follows those taken.
    ListEditor* applicantList = editor->applicantsForm()->applicantList();
    ListEditor* referees = editor->applicantsForm()->refereeList();
    applicantList->focusRow(0);
    QVERIFY(referees->isEnabled());
    QCOMPARE(editor->applicantsForm()->findChild<QLabel*>(u"refereesTitle"_s)->text(), u"References of Kari Nilsen:"_s);
    QAbstractItemModel* refs = referees->view()->model();
    for (const auto& [who, taken] :
         {std::pair {u"Prof. Ola Berg"_s, QDate(2026, 3, 20)}, std::pair {u"Dr. Eva Lund"_s, QDate()}}) {
        referees->addRow();
        const int row = refs->rowCount() - 1;
        QVERIFY(refs->setData(refs->index(row, 0), who));
        if (taken.isValid())
            QVERIFY(refs->setData(refs->index(row, 2), taken));
    }
    int referencesColumn = -1;
    for (int column = 0; column < applicants->columnCount(); ++column) {
        if (applicants->headerData(column, Qt::Horizontal).toString() == u"References"_s)
            referencesColumn = column;
    }
    QCOMPARE(applicants->index(0, referencesColumn).data().toInt(), 1);
    QVERIFY(!(applicants->flags(applicants->index(0, referencesColumn)) & Qt::ItemIsEditable));
    QVERIFY(refs->setData(refs->index(1, 2), QDate(2026, 3, 21)));
    QCOMPARE(applicants->index(0, referencesColumn).data().toInt(), 2);
    QCOMPARE(editor->current().data.recruitment.applicants.at(0).referees.size(), 2);
    QVERIFY(setApplicant(0, u"Rank"_s, 1));
    QVERIFY(setApplicant(0, u"Reason for rank"_s, u"The strongest project"_s));
    editor->applicantsForm()->applicantList()->view()->setFocus(Qt::MouseFocusReason);
    save();
    QVERIFY2(!editor->isModified(), qPrintable(MessageBox::lastText()));

    // The head of department signs the recommendation.
    QVERIFY(!editor->nextButton()->isEnabled());
    workspace->setUser(u"Helge Holm"_s, Role::HeadOfDepartment);
    step(editor, u"Recommendation signed"_s);
    grab(m_window.get(), u"vacancy-recommended"_s);

    // The dean appoints the first ranked.
    workspace->setUser(u"Dina Dekan"_s, Role::Dean);
    QVERIFY(editor->appointedBox()->isVisible());
    QCOMPARE(editor->appointedBox()->currentText(), u"1. Kari Nilsen"_s);
    step(editor, u"Appointment decided"_s);
    QVERIFY(editor->stageLabel()->text().endsWith(u"appointed: Kari Nilsen"_s));

    // The HR officer records the offer accepted and the contract signed: the appointment is made.
    workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
    step(editor, u"Offer accepted"_s);
    QCOMPARE(editor->nextButton()->text(), u"Ne&xt: sign the contract…"_s);
    struct Seen
    {
        bool dialog = false;
        QString given, family;
        QDate signedDefault;
        bool refusedTomorrow = false;
        QString problem;
    } seen;
    QTimer::singleShot(0, this, [this, &seen] {
        auto* dialog = qobject_cast<AppointDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen.dialog = true;
        seen.given = dialog->givenNameEdit()->text();
        seen.family = dialog->familyNameEdit()->text();
        typeDate(dialog->birthDateEdit(), QDate(1993, 5, 17));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // Signed today by default; a day still to come is refused, with the reason beside it.
        seen.signedDefault = dialog->signedOnEdit()->date();
        const QDate today = m_data->workspace()->today();
        typeDate(dialog->signedOnEdit(), today.addDays(1));
        seen.refusedTomorrow = !ok->isEnabled();
        seen.problem = dialog->findChild<QLabel*>(u"signedOnProblem"_s)->text();
        typeDate(dialog->signedOnEdit(), today);
        if (ok->isEnabled())
            QTest::mouseClick(ok, Qt::LeftButton);
        else
            dialog->reject();
    });
    const qint64 vacancyId = editor->vacancyId();
    QTest::mouseClick(editor->nextButton(), Qt::LeftButton);
    QVERIFY(seen.dialog);
    QCOMPARE(seen.given, u"Kari"_s);
    QCOMPARE(seen.family, u"Nilsen"_s);
    QCOMPARE(seen.signedDefault, m_data->workspace()->today());
    QVERIFY(seen.refusedTomorrow);
    QVERIFY2(seen.problem.contains(u"after today"_s), qPrintable(seen.problem));
    QCOMPARE(editor->stageLabel()->text().section(u" · "_s, 0, 0), u"Stage: Contract signed"_s);
    QVERIFY(!editor->nextButton()->isVisible());

    // The new appointment opens in its own tab: the person carried over, the position as announced.
    auto* appointment = qobject_cast<CaseEditor*>(m_window->currentTab());
    QVERIFY(appointment);
    const StoredCase& made = appointment->current();
    QCOMPARE(made.vacancyId, vacancyId);
    QCOMPARE(made.data.person.givenName, u"Kari"_s);
    QCOMPARE(made.data.person.familyName, u"Nilsen"_s);
    QCOMPARE(made.data.person.birthDate, QDate(1993, 5, 17));
    QCOMPARE(made.data.appointment.contractSigned, m_data->workspace()->today());
    QCOMPARE(made.data.appointment.type, PositionType::PhdFellow);
    QCOMPARE(made.data.appointment.lengthMonths, 48);
    // The actor is the name chosen and the operating-system user.
    QVERIFY2(made.data.appointment.decidedBy.startsWith(u"Dina Dekan"_s), qPrintable(made.data.appointment.decidedBy));
    QCOMPARE(made.data.appointment.announcementDate, QDate(2026, 2, 20));
    QCOMPARE(made.data.recruitment->applicants.size(), 3);

    // The log: every step with who took it.
    QTreeWidget* log = editor->stepLog();
    QCOMPARE(log->topLevelItemCount(), 10);
    QCOMPARE(log->topLevelItem(7)->text(0), u"Appointment decided"_s);
    QVERIFY(log->topLevelItem(7)->text(2).startsWith(u"Dina Dekan"_s));
    QVERIFY(log->topLevelItem(7)->text(2).endsWith(u", Dean"_s));
}

void TestVacancyEditor::aHeadCannotTakeTheDeansStep()
{
    Workspace* workspace = m_data->workspace();
    VacancyEditor* editor = startDraft();
    QVERIFY(editor);
    save();
    workspace->setUser(u"Helge Holm"_s, Role::HeadOfDepartment);
    QVERIFY(!editor->nextButton()->isEnabled());
    QVERIFY2(editor->whyLabel()->text().contains(u"Only a user in the role Dean"_s),
             qPrintable(editor->whyLabel()->text()));
    // Taken past the button anyway, the service refuses it, and nothing moves.
    StoredVacancy stored = editor->current();
    QString error;
    QCOMPARE(workspace->takeStep(stored, VacancyStage::Adopted, {}, &error), OfficeService::StepResult::Refused);
    QVERIFY2(error.contains(u"Only a user in the role Dean"_s), qPrintable(error));
    QCOMPARE(workspace->loadVacancy(editor->vacancyId(), nullptr)->data.stage, VacancyStage::Draft);
    // Ending a vacancy is the HR officer's.
    QVERIFY(!editor->cancelButton()->isEnabled());
    QVERIFY(!editor->readvertiseButton()->isEnabled());
}

void TestVacancyEditor::theListShowsEveryVacancyByStage()
{
    Workspace* workspace = m_data->workspace();
    QString error;
    for (const auto& [title, unit] : {std::pair {u"PhD fellow in optics"_s, u"Department of Physics"_s},
                                      std::pair {u"Postdoc in algebra"_s, u"Department of Mathematics"_s},
                                      std::pair {u"Research assistant"_s, u"Department of Physics"_s}}) {
        StoredVacancy v;
        v.data.title = title;
        v.data.position.unit = unit;
        v.data.position.lengthMonths = 36;
        QCOMPARE(workspace->saveVacancy(v, &error), OfficeService::SaveResult::Saved);
    }
    StoredVacancy cancelled = *workspace->loadVacancy(3, &error);
    QCOMPARE(workspace->takeStep(cancelled, VacancyStage::Cancelled, {}, &error), OfficeService::StepResult::Taken);

    VacanciesPage* page = m_window->vacanciesPage();
    m_window->tabs()->setCurrentWidget(page);
    // In progress by default: the cancelled one is left out.
    QTRY_COMPARE(page->shownCount(), 2);
    page->stageFilter()->setCurrentIndex(page->stageFilter()->findText(u"All stages"_s));
    QCOMPARE(page->shownCount(), 3);
    QTest::keyClicks(page->searchEdit(), u"physics"_s);
    QCOMPARE(page->shownCount(), 2);
    page->searchEdit()->clear();
    page->stageFilter()->setCurrentIndex(page->stageFilter()->findText(u"Cancelled"_s));
    QCOMPARE(page->shownCount(), 1);
    QCOMPARE(page->idAt(0), qint64(3));
    grab(m_window.get(), u"vacancy-list"_s);

    // Enter opens the vacancy in its own tab, once.
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    auto* editor = qobject_cast<VacancyEditor*>(m_window->currentTab());
    QVERIFY(editor);
    QCOMPARE(editor->vacancyId(), qint64(3));
    QCOMPARE(editor->stageLabel()->text(), u"Stage: Cancelled"_s);
    QVERIFY(!editor->nextButton()->isVisible());
    const int tabs = m_window->tabs()->count();
    QCOMPARE(m_window->openVacancy(3), editor);
    QCOMPARE(m_window->tabs()->count(), tabs);
}

QTEST_MAIN(TestVacancyEditor)
#include "TestVacancyEditor.moc"
