#include "ui/Screenshots.h"

#include "core/domain/Role.h"
#include "ui/CaseListPage.h"
#include "ui/DeadlinesPage.h"
#include "ui/DepartmentTimelinePage.h"
#include "ui/HelpBrowser.h"
#include "ui/IdentityDialog.h"
#include "ui/InstitutionDialog.h"
#include "ui/MainWindow.h"
#include "ui/PostgresDialog.h"
#include "ui/TimelineWidget.h"
#include "ui/WorklistPage.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointDialog.h"
#include "ui/editor/CaseEditor.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/ExtensionsForm.h"
#include "ui/editor/HistoryPanel.h"
#include "ui/editor/LeavesForm.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/PersonForm.h"
#include "ui/vacancies/LetterActions.h"
#include "ui/vacancies/VacanciesPage.h"
#include "ui/vacancies/VacancyEditor.h"
#include "ui/vacancies/VacancyForms.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <array>
#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

bool save(QWidget& widget, const QDir& folder, const QString& name, Language language)
{
    // Let layouts settle and every pending paint happen before the picture is taken.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = folder.filePath(name + u'-' + languageCode(language) + u".png"_s);
    const bool saved = widget.grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(path));
    return saved;
}

/**
 * The Letters menu of a decided vacancy, as the HR officer opens it for two applicants selected: the window with the
 * menu and its Rejection entry open drawn over it (the offscreen platform grabs popups apart from the window).
 */
bool saveLettersMenu(MainWindow& window, VacancyEditor& editor, const QDir& dir, Language language)
{
    auto* letters = editor.findChild<LetterActions*>();
    if (!letters)
        return false;
    editor.pages()->setCurrentWidget(editor.applicantsForm());
    QTableView* view = editor.applicantsForm()->applicantList()->view();
    const Vacancy v = editor.current().data;
    int chosen = 0;
    for (int row = 0; row < v.recruitment.applicants.size() && chosen < 2; ++row) {
        if (!LetterBuilder::refusal(LetterKind::Rejection, v, &v.recruitment.applicants.at(row)).isEmpty())
            continue;
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ++chosen;
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QMenu* menu = letters->menu();
    // Above the button, which stays in the picture.
    menu->popup(letters->button()->mapToGlobal(QPoint(0, -menu->sizeHint().height())));
    QMenu* rejection = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->menu() && action->menu()->actions().contains(letters->printAction(LetterKind::Rejection)))
            rejection = action->menu();
    }
    if (rejection) {
        const QRect entry = menu->actionGeometry(rejection->menuAction());
        rejection->popup(menu->mapToGlobal(QPoint(entry.right(), entry.top())));
    }
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    for (QMenu* shown : {menu, rejection}) {
        if (shown && shown->isVisible())
            painter.drawPixmap(window.mapFromGlobal(shown->pos()), shown->grab());
    }
    painter.end();
    if (rejection)
        rejection->hide();
    menu->hide();
    view->clearSelection();
    const QString path = dir.filePath(u"vacancy-letters-"_s + languageCode(language) + u".png"_s);
    const bool saved = picture.save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(path));
    return saved;
}

/** A doctoral fellowship with leave and an extension: the case a new HR officer looks at first. */
qint64 showcaseCase(Workspace& workspace)
{
    qint64 fallback = 0;
    for (const CaseSummary& summary : workspace.summaries()) {
        if (fallback == 0)
            fallback = summary.id;
        if (summary.type != PositionType::PhdFellow)
            continue;
        QString error;
        const auto stored = workspace.load(summary.id, &error);
        if (stored && !stored->data.leaves.isEmpty() && !stored->data.extensions.isEmpty())
            return summary.id;
    }
    return fallback;
}

/** A case whose recruitment has a ranking of several applicants, for the recruitment page; 0 when there is none. */
qint64 recruitmentCase(Workspace& workspace)
{
    for (const CaseSummary& summary : workspace.summaries()) {
        QString error;
        const auto stored = workspace.load(summary.id, &error);
        if (stored && stored->data.recruitment && stored->data.recruitment->applicants.size() >= 4)
            return summary.id;
    }
    return 0;
}

/**
 * A postdoc whose career plan has goals and courses and whose mentor has met them, for the pages of the career plan
 * and the mentoring (issue 14); 0 when there is none.
 */
qint64 careerCase(Workspace& workspace)
{
    for (const CaseSummary& summary : workspace.summaries()) {
        QString error;
        const auto stored = workspace.load(summary.id, &error);
        if (stored && isPostdocType(stored->data.appointment.type) && !stored->data.careerPlan.measures.isEmpty()
            && !stored->data.careerPlan.courses.isEmpty() && stored->data.mentor
            && !stored->data.mentor->meetings.isEmpty())
            return summary.id;
    }
    return 0;
}

/** Shows the tab of the editor's detail tabs (Explanation, Deadlines, Timeline, History) that holds `page`. */
bool showDetailTab(QWidget* page)
{
    for (QWidget* child = page; child && child->parentWidget(); child = child->parentWidget()) {
        // A QTabWidget's pages sit in its QStackedWidget, one level below it.
        if (auto* tabs = qobject_cast<QTabWidget*>(child->parentWidget()->parentWidget())) {
            if (tabs->indexOf(child) >= 0) {
                tabs->setCurrentWidget(child);
                return true;
            }
        }
    }
    return false;
}

/** A dark palette as a desktop in dark mode gives one, to show that every view follows the palette. */
QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(232, 232, 232), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(90, 170, 255));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/**
 * A few days of work on the case, saved by the HR officer: a sick leave recorded and an extension
 * proposed, which the dean then decides on screen. The case's history shows both.
 */
void recordSomeWork(Workspace& workspace, qint64 id)
{
    QString error;
    std::optional<StoredCase> stored = workspace.load(id, &error);
    if (!stored)
        return;
    const QDate today = workspace.today();
    stored->data.leaves.append(Leave {LeaveKind::Sickness, today.addDays(-30), today.addDays(-17), 100});
    stored->data.extensions.append(Extension {ExtensionKind::UnforeseenObstacle, 21, DecisionStatus::Proposed});
    workspace.save(*stored, &error);
}

/**
 * Data entry as an HR officer sees it: a birth date typed as 31.02.1996 (no such day) shown inline
 * with the stored date kept, and an emptied family name that keeps the case from being saved. Both
 * are undone afterwards, so the case is as it was.
 */
bool saveDataEntry(MainWindow& window, Workspace& workspace, CaseEditor& editor, const QDir& dir, Language language)
{
    const QString user = workspace.userName();
    const Role role = workspace.role();
    workspace.setUser(u"Hanne Hansen"_s, Role::HrOfficer);
    bool ok = true;
    auto* person = editor.findChild<PersonForm*>();
    if (person && editor.showField(u"person.birthDate"_s)) {
        DateEdit* birthDate = person->birthDateEdit();
        birthDate->lineEdit()->setText(u"31.02.1996"_s);
        birthDate->commit();
        ok &= save(window, dir, u"date-error"_s, language);
        birthDate->revert();

        const int undoIndex = editor.undoStack()->index();
        QLineEdit* familyName = person->familyNameEdit();
        familyName->clear();
        emit familyName->textEdited(QString()); // as if the user had deleted the name
        editor.showField(u"person.familyName"_s);
        ok &= save(window, dir, u"save-blocked"_s, language);
        editor.undoStack()->setIndex(undoIndex);
    }
    workspace.setUser(user, role);
    return ok;
}

} // namespace

bool saveScreenshots(MainWindow& window, Workspace& workspace, const QString& folder, Language language)
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return false;
    bool ok = true;
    window.tabs()->setCurrentWidget(window.caseListPage());
    ok &= save(window, dir, u"cases"_s, language);
    window.tabs()->setCurrentWidget(window.deadlinesPage());
    ok &= save(window, dir, u"deadlines"_s, language);
    window.tabs()->setCurrentWidget(window.timelinePage());
    ok &= save(window, dir, u"department-timeline"_s, language);
    const qint64 showcase = showcaseCase(workspace);
    if (showcase != 0)
        recordSomeWork(workspace, showcase);
    // What waits for each role, the showcase's proposed extension among the dean's.
    {
        const QString user = workspace.userName();
        const Role role = workspace.role();
        const std::array<std::tuple<Role, QString, QString>, 3> people {{
            {Role::Dean, u"Dina Dekan"_s, u"worklist-dean"_s},
            {Role::HeadOfDepartment, u"Ivar Instituttleder"_s, u"worklist-head"_s},
            {Role::HrOfficer, u"Hanne Hansen"_s, u"worklist-hr"_s},
        }};
        for (const auto& [who, name, picture] : people) {
            workspace.setUser(name, who);
            window.tabs()->setCurrentWidget(window.worklistPage());
            ok &= save(window, dir, picture, language);
        }
        workspace.setUser(user, role);
    }
    CaseEditor* editor = showcase != 0 ? window.openCase(showcase) : nullptr;
    if (editor) {
        ok &= save(window, dir, u"case-editor"_s, language);
        editor->showField(u"leaves"_s);
        ok &= save(window, dir, u"case-leave"_s, language);
        // F1 on the leave page: its topic in the help window beside it.
        if (auto* leaves = editor->findChild<LeavesForm*>()) {
            HelpBrowser* help = HelpBrowser::open(&window, HelpBrowser::topicFor(leaves), language);
            ok &= save(*help, dir, u"help-leave"_s, language);
            help->hide();
        }
        if (auto* timeline = editor->findChild<TimelineWidget*>(); timeline && showDetailTab(timeline))
            ok &= save(window, dir, u"case-timeline"_s, language);
        // The dean's view of the proposed extension: Approve and Reject are theirs alone. The dean approves
        // it and saves, as a dean would.
        const QString user = workspace.userName();
        const Role role = workspace.role();
        workspace.setUser(u"Dina Dekan"_s, Role::Dean);
        editor->showField(u"extensions[%1]"_s.arg(editor->current().data.extensions.size() - 1));
        ok &= save(window, dir, u"extension-decision"_s, language);
        if (auto* extensions = editor->findChild<ExtensionsForm*>();
            extensions && extensions->approveButton()->isEnabled()) {
            extensions->approveButton()->click();
            editor->save();
        }
        workspace.setUser(user, role);
        if (auto* history = editor->findChild<HistoryPanel*>(); history && showDetailTab(history))
            ok &= save(window, dir, u"case-history"_s, language);
        ok &= saveDataEntry(window, workspace, *editor, dir, language);
    }

    // The career plan's content and the mentoring of a postdoc.
    if (const qint64 career = careerCase(workspace); career != 0) {
        if (CaseEditor* withPlan = window.openCase(career)) {
            if (withPlan->showField(u"careerPlan.measures"_s))
                ok &= save(window, dir, u"case-career"_s, language);
            if (withPlan->showField(u"mentor.meetings"_s))
                ok &= save(window, dir, u"case-mentor"_s, language);
        }
    }

    // A recruitment with its ranking, and the dialog that appoints a second applicant from the same vacancy.
    if (const qint64 recruited = recruitmentCase(workspace); recruited != 0) {
        CaseEditor* withRecruitment = window.openCase(recruited);
        if (withRecruitment && withRecruitment->showField(u"recruitment.rankingSignedBy"_s)) {
            ok &= save(window, dir, u"case-recruitment"_s, language);
            const StoredCase& from = withRecruitment->current();
            QString error;
            const QList<Person> appointed
                = workspace.run({}, [&](OfficeService& office) { return office.appointedFrom(from.vacancyId, &error); })
                      .value_or(QList<Person> {from.data.person});
            AppointDialog appoint(*from.data.recruitment, appointed, &window);
            appoint.show();
            ok &= save(appoint, dir, u"appoint-dialog"_s, language);
            appoint.hide();
        }
    }

    // The vacancies: the list in progress, the one with 300 applicants at its assessment (its committee one member
    // short), and one whose recommendation waits for the dean; as the dean sees it.
    window.tabs()->setCurrentWidget(window.vacanciesPage());
    window.vacanciesPage()->reload();
    ok &= save(window, dir, u"vacancies"_s, language);
    if (const auto vacancies = workspace.vacancies(nullptr)) {
        for (const VacancySummary& v : *vacancies) {
            if (v.stage == VacancyStage::Assessment && v.applicants >= 300) {
                if (VacancyEditor* large = window.openVacancy(v.id)) {
                    large->pages()->setCurrentWidget(large->applicantsForm());
                    ok &= save(window, dir, u"vacancy-applicants"_s, language);
                }
            }
        }
        // The committee of one at its interviews: a member also in the recruitment group, HR in the group only, and
        // the conflict one member declared, found not to apply.
        for (const VacancySummary& v : *vacancies) {
            if (v.stage != VacancyStage::Interviews)
                continue;
            if (VacancyEditor* interviews = window.openVacancy(v.id)) {
                interviews->pages()->setCurrentWidget(interviews->committeeForm());
                interviews->committeeForm()->committeeList()->focusRow(1);
                ok &= save(window, dir, u"vacancy-committee"_s, language);
            }
            break;
        }
        const QString user = workspace.userName();
        const Role role = workspace.role();
        workspace.setUser(u"Dina Dekan"_s, Role::Dean);
        for (const VacancySummary& v : *vacancies) {
            if (v.stage == VacancyStage::Recommended) {
                if (VacancyEditor* recommended = window.openVacancy(v.id)) {
                    recommended->pages()->setCurrentWidget(recommended->applicantsForm());
                    ok &= save(window, dir, u"vacancy-decision"_s, language);
                }
            }
        }
        workspace.setUser(user, role);
        for (const VacancySummary& v : *vacancies) {
            if (v.stage == VacancyStage::Decided) {
                if (VacancyEditor* decided = window.openVacancy(v.id))
                    ok &= saveLettersMenu(window, *decided, dir, language);
            }
        }
    }

    // The dialogs of the first start and of a shared database.
    IdentityDialog identity(&window);
    identity.setIdentity(u"Ingrid Solberg"_s, Role::HrOfficer);
    identity.show();
    ok &= save(identity, dir, u"identity-dialog"_s, language);
    identity.hide();
    PostgresDialog postgres(&window);
    DatabaseLocation shared;
    shared.kind = DatabaseLocation::Kind::Postgres;
    shared.host = u"hr-db.example.org"_s;
    shared.port = 5432;
    shared.database = u"rekrutt"_s;
    shared.user = u"isolberg"_s;
    postgres.setLocation(shared);
    postgres.show();
    ok &= save(postgres, dir, u"postgres-dialog"_s, language);
    postgres.hide();
    // The institution register as an HR officer sees it, with the demo office's Lund University added on import.
    {
        const QString user = workspace.userName();
        const Role role = workspace.role();
        workspace.setUser(u"Hanne Hansen"_s, Role::HrOfficer);
        InstitutionDialog institutions(&workspace, &window);
        institutions.show();
        ok &= save(institutions, dir, u"institution-register"_s, language);
        institutions.hide();
        workspace.setUser(user, role);
    }

    // The same screens in a dark palette.
    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    window.tabs()->setCurrentWidget(window.caseListPage());
    ok &= save(window, dir, u"cases-dark"_s, language);
    if (editor) {
        window.tabs()->setCurrentWidget(editor);
        if (auto* timeline = editor->findChild<TimelineWidget*>(); timeline && showDetailTab(timeline))
            ok &= save(window, dir, u"case-timeline-dark"_s, language);
    }
    QApplication::setPalette(light);
    return ok;
}

} // namespace rekrutt
