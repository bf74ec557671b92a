// The letters of a vacancy through the real widgets of the main window (issue 12, item 4): applicants selected in
// the list, the Letters menu's entries enabled for what makes sense, the print preview with one letter per
// applicant and the export of one PDF per applicant.

#include "tests/common/LetterFixtures.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/PrintActions.h"
#include "ui/Workspace.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/ListEditor.h"
#include "ui/vacancies/LetterActions.h"
#include "ui/vacancies/LetterDetailsDialog.h"
#include "ui/vacancies/VacancyEditor.h"
#include "ui/vacancies/VacancyForms.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace rekrutt;
using namespace rekrutt::testing;
using namespace Qt::StringLiterals;

class TestLetterActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rejectionsForTwoSelectedApplicantsAreTwoPdfs();
    void theOfferWaitsForTheDecision();
    void thePreviewHasALetterPerApplicantAndNamesWhoIsLeftOut();
    void aLetterIsOfTheVacancyAsEdited();
    void aReferenceRequestGoesToEachReferee();
    void theInvitationAsksForTheTimeAndPlace();

private:
    /** A PNG of `widget` under $REKRUTT_SCREENSHOTS, to look at the dialogs the test goes through. */
    static void grab(QWidget* widget, const QString& name);
    /** Opens vacancy `id` on its applicants page; its letters. */
    LetterActions* openApplicants(qint64 id);
    /** Clicks the rows of `names` in the applicant list, the first alone, the others with Ctrl. */
    void select(const QStringList& names);

    std::unique_ptr<UiWorkspace> m_data;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_ids;
    VacancyEditor* m_editor = nullptr;
};

void TestLetterActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLetterActions::init()
{
    m_data = std::make_unique<UiWorkspace>();
    QString error;
    QVERIFY2(m_data->open(letterToday(), &error), qPrintable(error));
    Workspace* workspace = m_data->workspace();
    workspace->setUser(u"Hanne Hansen"_s, Role::HrOfficer);
    m_ids.clear();
    QVERIFY2(workspace->run({},
                            [&](OfficeService& office) {
                                return office.importVacancies(
                                    {letterVacancy(VacancyStage::Decided), letterVacancy(VacancyStage::Recommended)},
                                    Actor {u"Hanne Hansen"_s, u"hr_officer"_s}, &m_ids, &error);
                            }),
             qPrintable(error));
    QCOMPARE(m_ids.size(), 2);
    workspace->refresh();
    m_window = std::make_unique<MainWindow>(workspace);
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The letters in English, whatever an earlier run chose.
    m_window->findChild<PrintActions*>()->setDocumentLanguage(Language::English);
}

void TestLetterActions::cleanup()
{
    for (int i = m_window->tabs()->count() - 1; i >= 0; --i) {
        if (auto* editor = qobject_cast<EditorTab*>(m_window->tabs()->widget(i)))
            editor->undoStack()->setClean();
    }
    m_editor = nullptr;
    m_window.reset();
    m_data.reset();
}

void TestLetterActions::grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("REKRUTT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

LetterActions* TestLetterActions::openApplicants(qint64 id)
{
    m_editor = m_window->openVacancy(id);
    if (!m_editor)
        return nullptr;
    m_editor->pages()->setCurrentWidget(m_editor->applicantsForm());
    QCoreApplication::processEvents();
    return m_editor->findChild<LetterActions*>();
}

void TestLetterActions::select(const QStringList& names)
{
    QTableView* view = m_editor->applicantsForm()->applicantList()->view();
    const Vacancy v = m_editor->current().data;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const auto row = std::find_if(v.recruitment.applicants.cbegin(), v.recruitment.applicants.cend(),
                                      [&](const Applicant& a) { return a.name == names.at(i); });
        QVERIFY2(row != v.recruitment.applicants.cend(), qPrintable(names.at(i)));
        const QModelIndex index = view->model()->index(int(row - v.recruitment.applicants.cbegin()), 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                          view->visualRect(index).center());
    }
}

void TestLetterActions::rejectionsForTwoSelectedApplicantsAreTwoPdfs()
{
    LetterActions* letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    QVERIFY(letters->button()->isVisible());
    QVERIFY(!letters->exportAction(LetterKind::Rejection)->isEnabled()); // nobody selected yet
    select({u"Ola Berg"_s, u"Wei Zhang"_s});
    QCOMPARE(letters->selectedApplicants(), (QStringList {u"a3"_s, u"a4"_s}));
    QAction* rejection = letters->exportAction(LetterKind::Rejection);
    QVERIFY2(rejection->isEnabled(), qPrintable(rejection->toolTip()));

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QStringList skipped;
    QStringList failures;
    const QStringList written = letters->exportLetters(LetterKind::Rejection, letters->selectedApplicants(), out.path(),
                                                       {}, &skipped, &failures);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    const QString id = QString::number(m_ids.at(0));
    QCOMPARE(written,
             (QStringList {out.filePath(u"rejection-en-v%1-berg-ola.pdf"_s.arg(id)),
                           out.filePath(u"rejection-en-v%1-zhang-wei.pdf"_s.arg(id))}));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);
    for (const QString& path : written) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY2(QFileInfo(path).size() > 2000, qPrintable(path));
    }

    // The applicant appointed gets no rejection: selected with the others, she is left out and named.
    select({u"Kari Nilsen"_s, u"Ola Berg"_s, u"Wei Zhang"_s});
    QVERIFY(rejection->isEnabled());
    QVERIFY2(rejection->toolTip().contains(u"Kari Nilsen: Kari Nilsen is the applicant appointed."_s),
             qPrintable(rejection->toolTip()));
    QTemporaryDir again;
    QCOMPARE(
        letters
            ->exportLetters(LetterKind::Rejection, letters->selectedApplicants(), again.path(), {}, &skipped, &failures)
            .size(),
        2);
    QCOMPARE(skipped, QStringList {u"Kari Nilsen: Kari Nilsen is the applicant appointed."_s});

    // Sent today: the day they were told is recorded for those without one, as one step that can be undone.
    QVERIFY(LetterActions::tellsTheOutcome(LetterKind::Rejection));
    QVERIFY(!LetterActions::tellsTheOutcome(LetterKind::Invitation));
    QCOMPARE(letters->recordInformed({u"a3"_s, u"a4"_s}), 2);
    QCOMPARE(letters->recordInformed({u"a3"_s}), 0);
    auto* editor = m_window->findChild<VacancyEditor*>();
    const StoredVacancy told = editor->current();
    for (const Applicant& a : told.data.recruitment.applicants)
        QCOMPARE(a.informed, a.id == u"a3"_s || a.id == u"a4"_s ? m_data->workspace()->today() : QDate());
    editor->undoStack()->undo();
    const StoredVacancy undone = editor->current();
    for (const Applicant& a : undone.data.recruitment.applicants)
        QVERIFY(!a.informed.isValid());
}

void TestLetterActions::theOfferWaitsForTheDecision()
{
    // Recommended, not decided: no offer to anyone, even the first ranked.
    LetterActions* letters = openApplicants(m_ids.at(1));
    QVERIFY(letters);
    select({u"Kari Nilsen"_s});
    for (QAction* action : {letters->printAction(LetterKind::Offer), letters->exportAction(LetterKind::Offer)}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(u"once the dean has decided"_s), qPrintable(action->toolTip()));
    }
    // What the stage allows is there: her place in the ranking, the recommendation.
    QVERIFY(letters->exportAction(LetterKind::RankingNotice)->isEnabled());
    QVERIFY(letters->exportAction(LetterKind::Recommendation)->isEnabled());
    QVERIFY(letters->exportAction(LetterKind::ApplicantList)->isEnabled());
    QVERIFY(!letters->exportAction(LetterKind::Readvertisement)->isEnabled());

    // Once the dean has decided, the offer goes to the applicant appointed, and to no one else.
    letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    select({u"Kari Nilsen"_s});
    QVERIFY2(letters->exportAction(LetterKind::Offer)->isEnabled(),
             qPrintable(letters->exportAction(LetterKind::Offer)->toolTip()));
    select({u"Åse Marit Ødegård-Lien"_s});
    QVERIFY(!letters->exportAction(LetterKind::Offer)->isEnabled());
}

void TestLetterActions::thePreviewHasALetterPerApplicantAndNamesWhoIsLeftOut()
{
    LetterActions* letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    select({u"Kari Nilsen"_s, u"Ola Berg"_s, u"Wei Zhang"_s, u"Lars Dahl"_s});

    QString leftOut;
    int pages = -1;
    std::shared_ptr<bool> previewShown;
    const auto asked = whenShown<LetterDetailsDialog>([&](LetterDetailsDialog* dialog) {
        if (auto* label = dialog->findChild<QLabel*>(u"letterSkipped"_s))
            leftOut = label->text();
        grab(dialog, u"letter-rejection-dialog"_s);
        previewShown = whenShown<QPrintPreviewDialog>([&pages](QPrintPreviewDialog* preview) {
            auto* widget = preview->findChild<QPrintPreviewWidget*>();
            if (widget) {
                widget->updatePreview();
                pages = widget->pageCount();
            }
            preview->reject();
        });
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    letters->printAction(LetterKind::Rejection)->trigger();
    QVERIFY(*asked);
    QVERIFY(previewShown && *previewShown);
    QVERIFY2(leftOut.contains(u"Kari Nilsen: Kari Nilsen is the applicant appointed."_s), qPrintable(leftOut));
    // An applicant who withdrew gets no letter, and the dialog says so.
    QVERIFY2(leftOut.contains(u"Lars Dahl: Lars Dahl has withdrawn the application."_s), qPrintable(leftOut));
    // One print job, each letter on a page of its own.
    QCOMPARE(pages, 2);
}

void TestLetterActions::aLetterIsOfTheVacancyAsEdited()
{
    LetterActions* letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    m_editor->pages()->setCurrentWidget(m_editor->announcementForm());
    QLineEdit* title = m_editor->announcementForm()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"PhD fellow in nonlinear optics"_s);
    QVERIFY(m_editor->isModified());
    const LetterActions::Batch batch = letters->letters(LetterKind::Acknowledgement, {u"a4"_s}, {});
    QCOMPARE(batch.letters.size(), 1);
    QVERIFY(batch.letters.first().html.contains(u"PhD fellow in nonlinear optics"_s));
    QVERIFY(batch.letters.first().html.contains(u"Dear Wei Zhang,"_s));
    QCOMPARE(batch.letters.first().page.language, Language::English);
}

void TestLetterActions::aReferenceRequestGoesToEachReferee()
{
    LetterActions* letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    // Kari Nilsen has two referees recorded; Åse Marit Ødegård-Lien none.
    select({u"Kari Nilsen"_s, u"Åse Marit Ødegård-Lien"_s});
    QTemporaryDir out;
    QStringList skipped;
    QStringList failures;
    const QStringList written = letters->exportLetters(LetterKind::ReferenceRequest, letters->selectedApplicants(),
                                                       out.path(), {}, &skipped, &failures);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    const QString id = QString::number(m_ids.at(0));
    QCOMPARE(written,
             (QStringList {out.filePath(u"reference-request-en-v%1-nilsen-kari.pdf"_s.arg(id)),
                           out.filePath(u"reference-request-en-v%1-nilsen-kari-2.pdf"_s.arg(id)),
                           out.filePath(u"reference-request-en-v%1-ødegård-lien-åse-marit.pdf"_s.arg(id))}));
    const LetterActions::Batch batch
        = letters->letters(LetterKind::ReferenceRequest, letters->selectedApplicants(), {});
    QCOMPARE(batch.letters.size(), 3);
    QVERIFY(batch.letters.at(0).html.contains(u"Prof. Ola Nordmann"_s));
    QVERIFY(batch.letters.at(1).html.contains(u"Dr. Eva Lund"_s));
    QVERIFY(batch.letters.at(2).html.contains(u"To the referee"_s));
}

void TestLetterActions::theInvitationAsksForTheTimeAndPlace()
{
    LetterActions* letters = openApplicants(m_ids.at(0));
    QVERIFY(letters);
    select({u"Kari Nilsen"_s, u"Ola Berg"_s});
    QAction* invitation = letters->printAction(LetterKind::Invitation);
    QVERIFY2(invitation->isEnabled(), qPrintable(invitation->toolTip()));

    LetterDetails entered;
    QString recipients;
    bool previewed = false;
    const auto asked = whenShown<LetterDetailsDialog>([&](LetterDetailsDialog* dialog) {
        recipients = dialog->findChild<QLabel*>(u"letterRecipients"_s)->text();
        QCOMPARE(dialog->answerByEdit()->date(), letterToday().addDays(7));
        dialog->interviewDateEdit()->setDate(QDate(2026, 12, 3));
        dialog->interviewTimeEdit()->setTime(QTime(13, 30));
        dialog->placeEdit()->setText(u"Room 301, Realfagbygget"_s);
        QVERIFY(!dialog->salaryEdit());
        entered = dialog->details();
        grab(dialog, u"letter-invitation-dialog"_s);
        // Cancelled: nothing is printed.
        previewed = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget()) != nullptr;
        dialog->reject();
    });
    invitation->trigger();
    QVERIFY(*asked);
    QVERIFY(!previewed);
    QVERIFY2(recipients.contains(u": Kari Nilsen, Ola Berg."_s), qPrintable(recipients));
    QCOMPARE(entered.interviewAt, QDateTime(QDate(2026, 12, 3), QTime(13, 30)));
    QCOMPARE(entered.interviewPlace, u"Room 301, Realfagbygget"_s);
    QCOMPARE(entered.answerBy, letterToday().addDays(7));
    // The time entered is the letter's.
    const LetterActions::Batch batch = letters->letters(LetterKind::Invitation, letters->selectedApplicants(), entered);
    QCOMPARE(batch.letters.size(), 2);
    QVERIFY(batch.letters.first().html.contains(u"Thursday 3 December 2026 at 13:30"_s));
}

QTEST_MAIN(TestLetterActions)
#include "TestLetterActions.moc"
