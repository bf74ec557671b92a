#include "ui/editor/CaseEditor.h"

#include "ui/ElsewhereNotice.h"
#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"
#include "ui/TimelineWidget.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointmentForm.h"
#include "ui/editor/CareerForm.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/CaseHeader.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/DeadlinesPanel.h"
#include "ui/editor/ExplanationPanel.h"
#include "ui/editor/ExtensionsForm.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/editor/HistoryPanel.h"
#include "ui/editor/LeavesForm.h"
#include "ui/editor/MentorGrantsForm.h"
#include "ui/editor/MilestonesForm.h"
#include "ui/editor/PersonForm.h"
#include "ui/editor/RecruitmentForm.h"
#include "ui/editor/SeverityStyle.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace rekrutt {

struct CaseEditor::Private
{
    Workspace* workspace = nullptr;
    CaseDocument* document = nullptr;
    CaseHeader* header = nullptr;
    QListWidget* navigation = nullptr;
    QStackedWidget* pages = nullptr;
    QList<SectionForm*> forms;
    FindingsPanel* findings = nullptr;
    ExplanationPanel* explanation = nullptr;
    DeadlinesPanel* deadlines = nullptr;
    TimelineWidget* timeline = nullptr;
    HistoryPanel* history = nullptr;
    QTabWidget* details = nullptr;
    /** What keeps the case from being saved, each a link to its field; hidden when nothing does. */
    QLabel* problems = nullptr;
    /** Another user of the shared office saved or deleted this case meanwhile. */
    ElsewhereNotice* elsewhere = nullptr;
    QString lastTitle;
    bool lastModified = false;

    /** The index of the form that shows `field`, or -1. */
    int formOf(const QString& field) const
    {
        for (int i = 0; i < forms.size(); ++i) {
            if (forms.at(i)->widgetFor(field))
                return i;
        }
        return -1;
    }
};

CaseEditor::CaseEditor(Workspace* workspace, const StoredCase& stored, QWidget* parent)
    : EditorTab(parent)
    , d(std::make_unique<Private>())
{
    d->workspace = workspace;
    d->document = new CaseDocument(workspace, stored, this);
    d->header = new CaseHeader(this);
    d->navigation = new QListWidget(this);
    d->pages = new QStackedWidget(this);
    d->findings = new FindingsPanel(this);
    d->explanation = new ExplanationPanel(this);
    d->deadlines = new DeadlinesPanel(this);
    d->timeline = new TimelineWidget(this);
    d->history = new HistoryPanel(workspace, this);
    d->details = new QTabWidget(this);
    d->problems = new QLabel(this);
    d->problems->setWordWrap(true);
    d->problems->setTextFormat(Qt::RichText);
    d->problems->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    d->problems->setAccessibleName(tr("Fields to correct before saving"));
    d->problems->setVisible(false);
    d->problems->setMargin(6);
    d->problems->setAutoFillBackground(true);
    connect(d->problems, &QLabel::linkActivated, this, &CaseEditor::showField);
    d->elsewhere = new ElsewhereNotice(ElsewhereNotice::Record::Case, this);
    connect(workspace, &Workspace::changedElsewhere, this, [this](const OfficeChange& change) {
        if (change.record == OfficeChange::Record::Case && caseId() != 0 && change.concerns(caseId()))
            d->elsewhere->showChange(change, QTime::currentTime());
    });

    // Each page with the help topic F1 shows on it (HelpBrowser::topicProperty).
    const std::pair<SectionForm*, QString> pages[] {
        {new PersonForm(d->document), u"person"_s},
        {new AppointmentForm(d->document), u"appointment"_s},
        {new LeavesForm(d->document), u"leave"_s},
        {new ExtensionsForm(d->document), u"extensions"_s},
        {new MilestonesForm(d->document), u"milestones"_s},
        {new CareerForm(d->document), u"career"_s},
        {new MentorGrantsForm(d->document), u"mentor-grants"_s},
        {new RecruitmentForm(d->document), u"recruitment"_s},
    };
    for (const auto& [form, topic] : pages) {
        form->setProperty(HelpBrowser::topicProperty, topic);
        d->forms.append(form);
    }
    setProperty(HelpBrowser::topicProperty, u"case-editor"_s);
    d->history->setProperty(HelpBrowser::topicProperty, u"history"_s);
    for (SectionForm* form : std::as_const(d->forms)) {
        auto* scroll = new QScrollArea(d->pages);
        scroll->setWidget(form);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        d->pages->addWidget(scroll);
        d->navigation->addItem(form->title());
        form->alignLabels();
    }
    d->navigation->setAccessibleName(tr("Sections of the case"));
    d->navigation->setCurrentRow(0);
    d->navigation->setIconSize(QSize(16, 16));
    d->navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(d->navigation, &QListWidget::currentRowChanged, d->pages, &QStackedWidget::setCurrentIndex);
    // F1 in the list of sections explains the section it shows.
    auto topicOfSection = [this](int row) {
        if (SectionForm* form = d->forms.value(row))
            d->navigation->setProperty(HelpBrowser::topicProperty, form->property(HelpBrowser::topicProperty));
    };
    connect(d->navigation, &QListWidget::currentRowChanged, this, topicOfSection);
    topicOfSection(d->navigation->currentRow());

    auto* timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(d->timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    // No mnemonics beside the pages: their letters belong to the fields of the page shown (F6 moves here).
    d->details->addTab(d->explanation, tr("Explanation"));
    d->details->addTab(d->deadlines, tr("Deadlines"));
    d->details->addTab(timelineScroll, tr("Timeline"));
    d->details->addTab(d->history, tr("History"));
    d->details->setDocumentMode(true);

    auto* findingsBox = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsTitle = new QLabel(tr("Findings"), findingsBox);
    findingsTitle->setBuddy(d->findings->list());
    QFont bold = findingsTitle->font();
    bold.setBold(true);
    findingsTitle->setFont(bold);
    findingsLayout->addWidget(findingsTitle);
    findingsLayout->addWidget(d->findings, 1);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(findingsBox);
    side->addWidget(d->details);
    side->setStretchFactor(0, 2);
    side->setStretchFactor(1, 3);
    side->setChildrenCollapsible(false);
    side->setSizes({330, 470});

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(d->navigation);
    main->addWidget(d->pages);
    main->addWidget(side);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 2);
    main->setChildrenCollapsible(false);
    main->setSizes({160, 680, 440});
    d->navigation->setMinimumWidth(120);
    d->navigation->setMaximumWidth(240);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(d->header);
    layout->addWidget(line);
    layout->addWidget(d->problems);
    layout->addWidget(d->elsewhere);
    layout->addWidget(main, 1);

    // Tab order: sections, the page, then the findings and the tabs beside them.
    setTabOrder(d->navigation, d->pages);
    setTabOrder(d->pages, d->findings->list());
    setTabOrder(d->findings->list(), d->details);

    // F6 moves between the panes: sections, the page, the findings and the tabs beside them.
    auto* nextPane = new QShortcut(QKeySequence(Qt::Key_F6), this, this, [this] { focusPane(+1); });
    nextPane->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previousPane = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this, this, [this] { focusPane(-1); });
    previousPane->setContext(Qt::WidgetWithChildrenShortcut);

    connect(d->document, &CaseDocument::changed, this, &CaseEditor::caseChanged);
    connect(d->document, &CaseDocument::refused, this, [this](const QString& reason) {
        if (!reason.isEmpty())
            MessageBox::warning(this, tr("Not changed"), reason);
    });
    // Undo and Redo reach the case from every field, also from one whose own text has nothing to undo.
    qApp->installEventFilter(this);
    connect(d->findings, &FindingsPanel::fieldActivated, this, &CaseEditor::showField);
    connect(d->document->undoStack(), &QUndoStack::cleanChanged, this, &CaseEditor::updateModified);
    connect(workspace, &Workspace::languageChanged, d->document, &CaseDocument::reevaluate);
    // "Today" (setToday) or another editor's save can change the deadlines and the person's history.
    connect(workspace, &Workspace::casesChanged, d->document, &CaseDocument::reevaluate);

    d->history->reload(d->document->stored().id, d->document->stored().data);
    d->lastTitle = title();
    d->lastModified = isModified();
    d->document->reevaluate(); // shows the case in every form and panel
}

CaseEditor::~CaseEditor()
{
    qApp->removeEventFilter(this);
    // The undo stack says it is clean as it goes; this editor is no longer there to hear it.
    disconnect(d->document->undoStack(), nullptr, this, nullptr);
    disconnect(d->document, nullptr, this, nullptr);
}

qint64 CaseEditor::caseId() const
{
    return d->document->stored().id;
}

QString CaseEditor::unsavedChangesText() const
{
    return tr("The case of %1 has changes that are not saved.").arg(title());
}

QString CaseEditor::title() const
{
    const Person& person = d->document->data().person;
    const QString family = person.familyName.trimmed();
    const QString given = person.givenName.trimmed();
    if (family.isEmpty() && given.isEmpty())
        return tr("New case");
    if (family.isEmpty() || given.isEmpty())
        return family + given;
    return tr("%1, %2").arg(family, given);
}

bool CaseEditor::isModified() const
{
    return d->document->stored().id == 0 || !d->document->undoStack()->isClean();
}

QUndoStack* CaseEditor::undoStack() const
{
    return d->document->undoStack();
}

const StoredCase& CaseEditor::current() const
{
    return d->document->stored();
}

const Evaluation& CaseEditor::evaluation() const
{
    return d->document->evaluation();
}

QStringList CaseEditor::blockingProblems() const
{
    QStringList problems;
    for (const DateEdit* date : findChildren<DateEdit*>()) {
        if (date->hasError())
            problems.append(tr("%1: %2").arg(date->fieldName(), date->errorText()));
    }
    const Language language = d->workspace->language();
    for (const InputProblem& problem : d->document->problems())
        problems.append(problem.message.render(language));
    return problems;
}

bool CaseEditor::save()
{
    if (!d->workspace->isOpen()) {
        MessageBox::critical(this, tr("Cannot save the case"), tr("No case database is open."));
        return false;
    }
    // A date still being typed is taken first, as leaving the field would: Ctrl+S right after typing saves it.
    if (auto* date
        = qobject_cast<DateEdit*>(QApplication::focusWidget() ? QApplication::focusWidget()->parentWidget() : nullptr))
        date->commit();
    if (const QStringList problems = blockingProblems(); !problems.isEmpty()) {
        // Nothing is saved while a field holds what cannot be stored; the user is taken to the first one.
        focusFirstProblem();
        MessageBox::warning(
            this, tr("Case not saved"),
            tr("Correct these fields first; nothing was saved:\n\n%1").arg(u"• "_s + problems.join(u"\n• "_s)));
        return false;
    }
    if (!isModified())
        return true;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = d->document->save(&error);
    QApplication::restoreOverrideCursor();
    switch (result) {
    case OfficeService::SaveResult::Saved:
        d->document->undoStack()->setClean();
        d->history->reload(caseId(), d->document->stored().data);
        updateModified();
        emit saved(caseId());
        emit titleChanged();
        return true;
    case OfficeService::SaveResult::Conflict:
    case OfficeService::SaveResult::Refused:
        // The edits stay in the editor and on the undo stack: nothing is lost.
        MessageBox::warning(this, tr("Case not saved"), error);
        return false;
    case OfficeService::SaveResult::Failed:
        break;
    }
    // Stopped by the user (the wait dialog's Cancel): what they asked for, not an error.
    if (d->workspace->wasCancelled())
        MessageBox::information(this, tr("Case not saved"), error);
    else
        MessageBox::critical(this, tr("Cannot save the case"), error, d->workspace->errorDetails());
    return false;
}

bool CaseEditor::showField(const QString& path)
{
    const int index = d->formOf(path);
    if (index < 0)
        return false;
    d->navigation->setCurrentRow(index);
    SectionForm* form = d->forms.at(index);
    form->focusField(path);
    if (auto* scroll = qobject_cast<QScrollArea*>(d->pages->widget(index))) {
        if (QWidget* focused = form->widgetFor(path))
            scroll->ensureWidgetVisible(focused, 16, 48);
    }
    return true;
}

bool CaseEditor::showFirstError()
{
    for (const Finding& finding : evaluation().findings) {
        if (finding.severity == Severity::Error && !finding.field.isEmpty() && showField(finding.field))
            return true;
    }
    return false;
}

QString CaseEditor::currentSection() const
{
    const int row = d->navigation->currentRow();
    return row >= 0 && row < d->forms.size() ? d->forms.at(row)->title() : QString();
}

void CaseEditor::caseChanged()
{
    const Case& c = d->document->data();
    const Evaluation& evaluation = d->document->evaluation();
    const Language language = d->workspace->language();
    d->header->setCase(c, evaluation, language);
    d->findings->setFindings(evaluation.findings, language, [this](const QString& field) {
        const int index = d->formOf(field);
        return index >= 0 ? d->forms.at(index)->title() : QString();
    });
    d->explanation->setEvaluation(evaluation, language);
    d->deadlines->setDeadlines(evaluation.deadlines, language, d->workspace->today());
    if (c.appointment.start.isValid() && c.appointment.lengthMonths > 0)
        d->timeline->setCase(c, evaluation, d->workspace->today());
    else
        d->timeline->clear();
    updateNavigation();
    updateProblems();

    if (const QString now = title(); now != d->lastTitle) {
        d->lastTitle = now;
        emit titleChanged();
    }
}

void CaseEditor::focusFirstProblem()
{
    for (DateEdit* date : findChildren<DateEdit*>()) {
        if (date->hasError()) {
            // The page of the field first, then the field.
            for (int i = 0; i < d->forms.size(); ++i) {
                if (d->forms.at(i)->isAncestorOf(date))
                    d->navigation->setCurrentRow(i);
            }
            date->lineEdit()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!d->document->problems().isEmpty())
        showField(d->document->problems().first().field);
}

void CaseEditor::updateProblems()
{
    const QList<InputProblem>& problems = d->document->problems();
    if (problems.isEmpty()) {
        d->problems->setVisible(false);
        return;
    }
    const Language language = d->workspace->language();
    QStringList links;
    for (const InputProblem& problem : problems) {
        links.append(u"<a href=\"%1\">%2</a>"_s.arg(problem.field.toHtmlEscaped(),
                                                    problem.message.render(language).toHtmlEscaped()));
        if (links.size() == 5 && problems.size() > 6) {
            links.append(tr("and %n more", nullptr, static_cast<int>(problems.size() - 5)));
            break;
        }
    }
    QPalette palette = d->problems->palette();
    palette.setColor(QPalette::Window, problemBackground(palette));
    d->problems->setPalette(palette);
    d->problems->setText(tr("<b>Before the case can be saved:</b> %1").arg(links.join(u" · "_s)));
    d->problems->setVisible(true);
}

bool CaseEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !isAncestorOf(widget))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return false;
    // A field with text of its own to undo keeps Ctrl+Z for it (the letters just typed); otherwise the key
    // goes past the field to the case's Undo and Redo, which every field's change is part of.
    auto* line = qobject_cast<QLineEdit*>(widget);
    if (!line) {
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            line = spin->findChild<QLineEdit*>();
    }
    if (auto* date = qobject_cast<DateEdit*>(widget->parentWidget()); date && date->hasPendingText()) {
        if (undo) {
            date->revert(); // the text typed and not taken is what Undo takes back
            event->accept();
            return true;
        }
    } else if (line && (undo ? line->isUndoAvailable() : line->isRedoAvailable())) {
        return false;
    }
    event->ignore();
    QUndoStack* stack = d->document->undoStack();
    if (undo && stack->canUndo())
        stack->undo();
    else if (redo && stack->canRedo())
        stack->redo();
    event->accept();
    return true;
}

void CaseEditor::updateNavigation()
{
    // Each section shows the icon of its most serious finding, so that the way to a problem is visible.
    std::map<int, Severity> worst;
    std::map<int, int> counts;
    for (const Finding& finding : d->document->evaluation().findings) {
        const int index = d->formOf(finding.field);
        if (index < 0)
            continue;
        ++counts[index];
        const auto found = worst.find(index);
        if (found == worst.end() || finding.severity < found->second)
            worst[index] = finding.severity;
    }
    // Sections without findings get an empty icon, so that every name starts at the same place.
    static const QIcon none = [] {
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }();
    for (int i = 0; i < d->navigation->count(); ++i) {
        QListWidgetItem* item = d->navigation->item(i);
        const auto found = worst.find(i);
        item->setIcon(found != worst.end() ? severityIcon(found->second) : none);
        item->setToolTip(found != worst.end() ? tr("%n finding(s) in this section", nullptr, counts[i]) : QString());
    }
}

void CaseEditor::focusPane(int step)
{
    QWidget* page = d->forms.value(d->pages->currentIndex());
    const QList<QWidget*> panes {d->navigation, page, d->findings->list(), d->details};
    QWidget* focused = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focused && (focused == panes.at(i) || panes.at(i)->isAncestorOf(focused)))
            at = i;
    }
    for (qsizetype tries = 0; tries < panes.size(); ++tries) {
        at = (at + step + panes.size()) % panes.size();
        QWidget* pane = panes.at(at);
        if (pane == page) {
            // The first field of the page that takes the focus by Tab.
            for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    return;
                }
            }
        } else if (pane->isVisible()) {
            pane->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void CaseEditor::updateModified()
{
    const bool modified = isModified();
    if (modified == d->lastModified)
        return;
    d->lastModified = modified;
    emit modifiedChanged(modified);
}

} // namespace rekrutt
