#include "ui/vacancies/VacancyEditor.h"

#include "core/domain/Role.h"
#include "ui/ElsewhereNotice.h"
#include "ui/HelpBrowser.h"
#include "ui/MessageBox.h"
#include "ui/Workspace.h"
#include "ui/editor/AppointDialog.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/vacancies/VacancyForms.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

QString stageText(VacancyStage stage)
{
    return QCoreApplication::translate("Enums", labelSource(stage));
}

QString roleText(Role role)
{
    return QCoreApplication::translate("Enums", roleLabel(role));
}

} // namespace

VacancyEditor::VacancyEditor(Workspace* workspace, const StoredVacancy& stored, QWidget* parent)
    : EditorTab(parent)
    , m_workspace(workspace)
    , m_document(new CaseDocument(workspace, stored, this))
    , m_heading(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_next(new QPushButton(this))
    , m_appointed(new QComboBox(this))
    , m_declined(new QPushButton(tr("Offer declined"), this))
    , m_readvertise(new QPushButton(tr("Re-advertise…"), this))
    , m_cancel(new QPushButton(tr("Cancel vacancy…"), this))
    , m_why(new QLabel(this))
    , m_elsewhere(new ElsewhereNotice(ElsewhereNotice::Record::Vacancy, this))
    , m_pages(new QTabWidget(this))
    , m_findings(new FindingsPanel(this))
    , m_log(new QTreeWidget(this))
{
    setObjectName(u"VacancyEditor"_s);
    setProperty(HelpBrowser::topicProperty, u"vacancies"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setObjectName(u"vacancyStage"_s);
    m_next->setObjectName(u"nextStep"_s);
    m_appointed->setObjectName(u"appointedApplicant"_s);
    m_appointed->setAccessibleName(tr("Applicant appointed"));
    m_appointed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_appointed->setMinimumContentsLength(24);
    m_declined->setObjectName(u"offerDeclined"_s);
    m_declined->setToolTip(tr("The appointed applicant declined the offer: back to the signed recommendation, and the "
                              "dean decides again"));
    m_readvertise->setObjectName(u"readvertise"_s);
    m_readvertise->setToolTip(tr("End this recruitment and advertise the position again; the applicants must be told "
                                 "(ANN-READVERTISE, § 4)"));
    m_cancel->setObjectName(u"cancelVacancy"_s);
    m_why->setObjectName(u"stepWhy"_s);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_announcement = new VacancyAnnouncementForm(m_document, this);
    m_committee = new VacancyCommitteeForm(m_document, this);
    m_applicants = new VacancyApplicantsForm(m_document, this);
    m_pages->addTab(m_announcement, tr("Position and announcement"));
    m_pages->addTab(m_committee, tr("Committee"));
    m_pages->addTab(m_applicants, tr("Applicants"));

    m_log->setObjectName(u"stepLog"_s);
    m_log->setAccessibleName(tr("Steps taken"));
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("Stage"), tr("When"), tr("Who")});
    m_log->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->header()->setStretchLastSection(true);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* findingsTitle = new QLabel(tr("Findings (part E)"), side);
    findingsTitle->setBuddy(m_findings->list());
    sideLayout->addWidget(findingsTitle);
    sideLayout->addWidget(m_findings, 2);
    sideLayout->addWidget(new QLabel(tr("Steps taken"), side));
    sideLayout->addWidget(m_log, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 380});

    auto* stepBar = new QHBoxLayout;
    stepBar->addWidget(m_stage);
    stepBar->addStretch(1);
    stepBar->addWidget(m_appointed);
    stepBar->addWidget(m_next);
    stepBar->addWidget(m_declined);
    stepBar->addWidget(m_readvertise);
    stepBar->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(stepBar);
    layout->addWidget(m_why);
    layout->addWidget(m_elsewhere);
    layout->addWidget(splitter, 1);
    connect(workspace, &Workspace::changedElsewhere, this, [this](const OfficeChange& change) {
        if (change.record == OfficeChange::Record::Vacancy && vacancyId() != 0 && change.concerns(vacancyId()))
            m_elsewhere->showChange(change, QTime::currentTime());
    });

    connect(m_document, &CaseDocument::changed, this, &VacancyEditor::documentChanged);
    connect(m_document, &CaseDocument::saved, this, [this] { emit saved(vacancyId()); });
    connect(m_document, &CaseDocument::refused, this, [this](const QString& reason) {
        if (!reason.isEmpty())
            MessageBox::warning(this, tr("Change refused"), reason);
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        emit modifiedChanged(!clean);
        updateSteps();
    });
    connect(m_findings, &FindingsPanel::fieldActivated, this, &VacancyEditor::showField);
    connect(m_appointed, &QComboBox::currentIndexChanged, this, &VacancyEditor::updateSteps);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (const auto next = nextStep())
            takeStep(*next);
    });
    connect(m_declined, &QPushButton::clicked, this, [this] { takeStep(VacancyStage::Recommended); });
    connect(m_readvertise, &QPushButton::clicked, this, [this] { takeStep(VacancyStage::Readvertised); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { takeStep(VacancyStage::Cancelled); });
    connect(m_workspace, &Workspace::userChanged, this, &VacancyEditor::updateSteps);
    // What a step needs may depend on the day (the deadline passed): read again whenever the office changes.
    connect(m_workspace, &Workspace::casesChanged, this, &VacancyEditor::updateSteps);
    connect(m_workspace, &Workspace::languageChanged, m_document, &CaseDocument::reevaluate);
    m_document->reevaluate(); // shows the vacancy in every form and panel
}

VacancyEditor::~VacancyEditor() = default;

qint64 VacancyEditor::vacancyId() const
{
    return m_document->vacancy().id;
}

StoredVacancy VacancyEditor::current() const
{
    return m_document->vacancy();
}

QString VacancyEditor::title() const
{
    const StoredVacancy v = current();
    if (!v.data.title.trimmed().isEmpty())
        return v.data.title;
    return v.id == 0 ? tr("New vacancy") : tr("Vacancy %1").arg(v.id);
}

bool VacancyEditor::isModified() const
{
    return !m_document->undoStack()->isClean() || vacancyId() == 0;
}

QUndoStack* VacancyEditor::undoStack() const
{
    return m_document->undoStack();
}

QString VacancyEditor::unsavedChangesText() const
{
    return tr("The vacancy %1 has changes that are not saved.").arg(title());
}

bool VacancyEditor::save()
{
    if (!m_workspace->isOpen()) {
        MessageBox::critical(this, tr("Cannot save the vacancy"), tr("No case database is open."));
        return false;
    }
    if (const QList<InputProblem>& problems = m_document->problems(); !problems.isEmpty()) {
        MessageBox::warning(this, tr("Vacancy not saved"),
                            tr("The vacancy cannot be saved as it is: %1")
                                .arg(problems.first().message.render(m_workspace->language())));
        showField(problems.first().field);
        return false;
    }
    QString error;
    switch (m_document->save(&error)) {
    case OfficeService::SaveResult::Saved:
        m_document->undoStack()->setClean();
        emit titleChanged();
        return true;
    case OfficeService::SaveResult::Conflict:
    case OfficeService::SaveResult::Refused:
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Vacancy not saved"), error);
        return false;
    case OfficeService::SaveResult::Failed:
        break;
    }
    // Stopped by the user (the wait dialog's Cancel): what they asked for, not an error.
    if (m_workspace->wasCancelled())
        MessageBox::information(this, tr("Vacancy not saved"), error);
    else
        MessageBox::critical(this, tr("Cannot save the vacancy"), error, m_workspace->errorDetails());
    return false;
}

std::optional<VacancyStage> VacancyEditor::nextStep() const
{
    return nextStage(current().data.stage);
}

void VacancyEditor::documentChanged()
{
    const StoredVacancy v = current();
    m_heading->setText(title());
    m_findings->setFindings(m_document->evaluation().findings, m_workspace->language(), [this](const QString& field) {
        for (SectionForm* form : {static_cast<SectionForm*>(m_announcement), static_cast<SectionForm*>(m_committee),
                                  static_cast<SectionForm*>(m_applicants)}) {
            if (form->widgetFor(field))
                return form->title();
        }
        return QString();
    });
    m_log->clear();
    const QLocale locale;
    for (const VacancyStep& step : v.data.steps) {
        const std::optional<Role> role = roleFromKey(step.role);
        const QDateTime at = step.at.toLocalTime();
        const QString who = tr("%1, %2").arg(step.by, role ? roleText(*role) : step.role);
        auto* item = new QTreeWidgetItem(
            m_log,
            {stageText(step.stage),
             locale.toString(at.date(), QLocale::ShortFormat) + u' ' + locale.toString(at.time(), u"HH:mm"_s), who});
        item->setToolTip(2, who);
    }
    // The applicants a decision may name: the ranked ones in their order, or all when none is ranked (RA-STUDENT).
    const QString chosen = m_appointed->currentData().toString();
    QList<Applicant> candidates;
    for (const Applicant& a : v.data.recruitment.applicants) {
        if (a.rank)
            candidates.append(a);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Applicant& a, const Applicant& b) { return *a.rank < *b.rank; });
    if (candidates.isEmpty())
        candidates = v.data.recruitment.applicants;
    {
        const QSignalBlocker blocker(m_appointed);
        m_appointed->clear();
        for (const Applicant& a : std::as_const(candidates)) {
            const QString label = a.rank ? tr("%1. %2").arg(*a.rank).arg(a.name) : a.name;
            m_appointed->addItem(label, a.id);
        }
        const int index = m_appointed->findData(chosen);
        m_appointed->setCurrentIndex(index >= 0 ? index : 0);
    }
    emit titleChanged();
    updateSteps();
}

void VacancyEditor::updateSteps()
{
    const StoredVacancy v = current();
    const VacancyStage stage = v.data.stage;
    QString stageLine = tr("Stage: %1").arg(stageText(stage));
    if (const Applicant* appointed = findApplicant(v.data, v.data.appointedApplicant))
        stageLine += tr(" · appointed: %1").arg(appointed->name);
    m_stage->setText(stageLine);

    const std::optional<VacancyStage> next = nextStage(stage);
    const bool ended = isEndedStage(stage);
    m_next->setVisible(next.has_value());
    m_appointed->setVisible(next == VacancyStage::Decided);
    m_declined->setVisible(stage == VacancyStage::Decided);
    // Ending a vacancy is the HR officer's, and a draft never saved has nothing to end.
    m_readvertise->setEnabled(!ended && v.id != 0 && m_workspace->role() == Role::HrOfficer);
    m_cancel->setEnabled(!ended && v.id != 0 && m_workspace->role() == Role::HrOfficer);
    m_declined->setEnabled(m_workspace->role() == Role::HrOfficer);
    if (ended) {
        m_why->setText(tr("The recruitment has ended: %1.").arg(stageText(stage)));
        return;
    }
    const Role taker = roleForStep(stage, *next);
    m_next->setText(next == VacancyStage::ContractSigned ? tr("Ne&xt: sign the contract…")
                                                         : tr("Ne&xt: %1").arg(stageText(*next)));
    if (v.id == 0) {
        m_next->setEnabled(false);
        m_why->setText(tr("Save the draft to start its steps (Ctrl+S)."));
        return;
    }
    const QList<StepRefusal> refusals = m_workspace->stepRefusals(
        v, *next, next == VacancyStage::Decided ? m_appointed->currentData().toString() : QString());
    m_next->setEnabled(refusals.isEmpty());
    QStringList lines;
    for (const StepRefusal& refusal : refusals)
        lines.append(u"• "_s + refusal.render(m_workspace->language()));
    if (lines.isEmpty()) {
        m_why->setText(tr("Next: %1, a step for the %2.").arg(stageText(*next), roleText(taker)));
    } else {
        m_why->setText(tr("“%1” cannot be taken yet:").arg(stageText(*next)) + u'\n' + lines.join(u'\n'));
    }
    m_next->setToolTip(m_why->text());
}

void VacancyEditor::showField(const QString& field)
{
    for (SectionForm* form : {static_cast<SectionForm*>(m_announcement), static_cast<SectionForm*>(m_committee),
                              static_cast<SectionForm*>(m_applicants)}) {
        if (form->widgetFor(field)) {
            m_pages->setCurrentWidget(form);
            form->focusField(field);
            return;
        }
    }
}

void VacancyEditor::reload()
{
    QString error;
    if (const auto stored = m_workspace->loadVacancy(vacancyId(), &error))
        m_document->resetVacancy(*stored);
    else
        MessageBox::warning(this, tr("Open vacancy"), error);
}

bool VacancyEditor::takeStep(VacancyStage target)
{
    if (target == VacancyStage::Readvertised || target == VacancyStage::Cancelled) {
        const QString question = target == VacancyStage::Readvertised
            ? tr("End the recruitment to %1 and advertise the position again? The applicants must be told (§ 4). "
                 "This step cannot be undone.")
                  .arg(title())
            : tr("Cancel the vacancy %1? Its record and applicants stay until they are erased; no step can follow.")
                  .arg(title());
        if (MessageBox::question(this, stageText(target), question, {MessageBox::Yes, MessageBox::Cancel},
                                 MessageBox::Cancel)
            != MessageBox::Yes)
            return false;
    }
    if (isModified() && !save())
        return false;
    StoredVacancy stored = current();
    if (target == VacancyStage::ContractSigned)
        return signContract(stored);
    QString error;
    const QString appointed = target == VacancyStage::Decided ? m_appointed->currentData().toString() : QString();
    const auto result = m_workspace->takeStep(stored, target, appointed, &error);
    if (result == OfficeService::StepResult::Taken) {
        m_document->resetVacancy(stored);
        return true;
    }
    if (result == OfficeService::StepResult::Failed)
        MessageBox::critical(this, stageText(target), error, m_workspace->errorDetails());
    else if (!error.isEmpty())
        MessageBox::warning(this, stageText(target), error);
    updateSteps();
    return false;
}

bool VacancyEditor::signContract(StoredVacancy& stored)
{
    const Applicant* appointed = findApplicant(stored.data, stored.data.appointedApplicant);
    if (!appointed)
        return false;
    Recruitment only;
    only.applicants = {*appointed};
    AppointDialog dialog(only, {}, this);
    dialog.setWindowTitle(tr("Sign the Contract"));
    if (stored.data.position.start.isValid())
        dialog.startEdit()->setDate(stored.data.position.start);
    dialog.askSignedOn(m_workspace->today(), lastStepDate(stored.data, VacancyStage::Decided));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    const auto made = m_workspace->signContract(stored, dialog.person(), dialog.start(), dialog.signedOn(), &error);
    if (!made) {
        MessageBox::warning(this, tr("Contract not recorded"), error);
        updateSteps();
        return false;
    }
    m_document->resetVacancy(stored);
    return true;
}

} // namespace rekrutt
