#include "ui/vacancies/VacancyForms.h"

#include "core/interchange/InputLimits.h"
#include "ui/MessageBox.h"
#include "ui/editor/ApplicantImportDialog.h"
#include "ui/editor/ApplicantsModel.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/CommitteeModel.h"
#include "ui/editor/ConflictsModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/NumberSpinBox.h"
#include "ui/editor/RefereesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

VacancyAnnouncementForm::VacancyAnnouncementForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Position and announcement"), parent)
    , m_title(new QLineEdit)
{
    FormBinder* bind = binder();
    QFormLayout* positionForm = nullptr;
    QGroupBox* position = createGroup(tr("Position"), &positionForm, this);
    m_title->setObjectName(u"vacancyTitle"_s);
    m_title->setPlaceholderText(tr("Postdoctoral fellow in condensed matter physics"));
    m_title->setMaxLength(300);
    addRow(positionForm, tr("&Title:"), m_title, tr("How the office and the announcement name the position"));
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) { this->document()->editTitle(text); });

    auto* type = new QComboBox;
    addRow(positionForm, tr("Position t&ype:"), type);
    bind->choice<PositionType>(type, u"appointment.type"_s,
                               [](Case& c) -> PositionType& { return c.appointment.type; });
    auto* unit = new QLineEdit;
    addRow(positionForm, tr("&Unit:"), unit);
    bind->text(unit, u"appointment.unit"_s, [](Case& c) -> QString& { return c.appointment.unit; });
    auto* start = new DateEdit;
    addRow(positionForm, tr("Pla&nned start:"), start, tr("When the appointment is meant to start; it may be empty"));
    bind->date(start, u"appointment.start"_s, [](Case& c) -> QDate& { return c.appointment.start; });
    auto* length = new QSpinBox;
    length->setRange(0, typingLimit);
    length->setSuffix(tr(" months"));
    addRow(positionForm, tr("&Length:"), length,
           tr("The period announced, in months: PhD 36–48 (LEN-PHD, § 2.4.1), postdoc 36–48 (LEN-PD, § 2.1.1), "
              "resident 24–48 (LEN-RES, § 2.5), research assistant at most 24 (LEN-RA, § 2.6)"));
    bind->whole(length, u"appointment.lengthMonths"_s, [](Case& c) -> int& { return c.appointment.lengthMonths; });
    auto* fte = new NumberSpinBox;
    fte->setRange(0, typingLimit);
    fte->setDecimals(1);
    fte->setSuffix(tr(" %"));
    addRow(positionForm, tr("FT&E:"), fte);
    bind->number(fte, u"appointment.ftePercent"_s, [](Case& c) -> double& { return c.appointment.ftePercent; });
    auto* duty = new NumberSpinBox;
    duty->setRange(-1, typingLimit);
    duty->setDecimals(1);
    duty->setSuffix(tr(" %"));
    duty->setSpecialValueText(tr("Not stated"));
    addRow(positionForm, tr("Share of duty &work:"), duty,
           tr("The share of duty work the position carries (CON-DISTRIBUTION, § 6.1)"));
    bind->optionalNumber(duty, u"appointment.dutyPercent"_s,
                         [](Case& c) -> std::optional<double>& { return c.appointment.dutyPercent; });
    auto* hours = new NumberSpinBox;
    hours->setRange(0, typingLimit);
    hours->setDecimals(1);
    hours->setSuffix(tr(" h/week"));
    hours->setSpecialValueText(tr("Not hourly"));
    addRow(positionForm, tr("Hours per wee&k:"), hours,
           tr("Research assistants paid by the hour only; under 15 hours needs no assessment (RA-PARTTIME, § 2.6)"));
    bind->optionalNumber(hours, u"appointment.hoursPerWeek"_s,
                         [](Case& c) -> std::optional<double>& { return c.appointment.hoursPerWeek; });
    QCheckBox* studies = addCheck(positionForm, tr("Com&bined with studies"),
                                  tr("A research assistant combined with studies may be announced internally only "
                                     "(ANN-PUBLIC, § 4) and is not ranked (RA-STUDENT, § 5)"));
    bind->check(studies, u"appointment.combinedWithStudies"_s,
                [](Case& c) -> bool& { return c.appointment.combinedWithStudies; });
    QCheckBox* project
        = addCheck(positionForm, tr("Linked to a pro&ject"), tr("A project plan is due within three months (PLAN-3M)"));
    bind->check(project, u"appointment.projectLinked"_s, [](Case& c) -> bool& { return c.appointment.projectLinked; });

    QGroupBox* announcement = createAnnouncementGroup(tr("Announced publ&icly"), tr("Announced inte&rnally"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(position);
    layout->addWidget(announcement);
    layout->addStretch(1);
    alignLabels();
}

void VacancyAnnouncementForm::showCase(const Case&)
{
    const QString title = document()->vacancy().data.title;
    if (m_title->text() != title)
        m_title->setText(title);
}

namespace {

/**
 * `list` above `detail` (the rows the element selected in `list` keeps of its own) under its `title`, in a splitter
 * that gives `list` `listShare` parts of the height to the detail's one.
 */
QSplitter* listAndDetail(ListEditor* list, QLabel* title, ListEditor* detail, int listShare)
{
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(title);
    lowerLayout->addWidget(detail, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, listShare);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

} // namespace

VacancyCommitteeForm::VacancyCommitteeForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Committee"), parent)
{
    m_committee = new ListEditor(new CommitteeModel(document, this), tr("Add &member"), tr("Remove m&ember"));
    m_committee->view()->setAccessibleName(tr("Assessment committee and recruitment group"));
    m_committee->setPlaceholderText(tr("No committee members recorded."));
    addList(m_committee);

    // The conflicts of the member selected, each to be resolved, below the list.
    m_conflictModel = new ConflictsModel(document, this);
    m_conflicts = new ListEditor(m_conflictModel, tr("Add"), tr("Remove conf&lict"));
    m_conflicts->addButton()->hide(); // a conflict is declared in the member's row
    m_conflicts->view()->setAccessibleName(tr("Conflicts of the member"));
    m_conflicts->setPlaceholderText(tr("No conflict declared: the member's “Conflicts with” names the applicants."));
    m_conflictsTitle = new QLabel;
    m_conflictsTitle->setObjectName(u"conflictsTitle"_s);
    QSplitter* splitter = listAndDetail(m_committee, m_conflictsTitle, m_conflicts, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        createNote(tr("At least two members of the committee at associate professor level (ASM-COMMITTEE); the "
                      "recruitment group normally has the immediate manager, academic staff and HR. Every member "
                      "declares impartiality and names the applicants they are partial to; each conflict is then "
                      "resolved: found not to apply, or the member replaced (ASM-IMPARTIAL, § 1, § 5). The "
                      "interviews cannot begin before the committee is complete."),
                   this));
    layout->addWidget(splitter, 1);
    connect(m_committee, &ListEditor::currentRowChanged, this, &VacancyCommitteeForm::showConflicts);
    showConflicts(m_committee->currentRow());
}

void VacancyCommitteeForm::showCase(const Case&)
{
    showConflicts(m_committee->currentRow());
}

void VacancyCommitteeForm::showConflicts(int row)
{
    const Case& c = document()->data();
    const bool known = c.recruitment && row >= 0 && row < c.recruitment->committee.size();
    if (m_conflictModel->member() != (known ? row : -1))
        m_conflictModel->setMember(known ? row : -1);
    m_conflicts->setEnabled(known);
    if (!known) {
        m_conflictsTitle->setText(tr("Conflicts: select a member above."));
        return;
    }
    const CommitteeMember& m = c.recruitment->committee.at(row);
    const QString name = m.name.isEmpty() ? tr("member %1").arg(row + 1) : m.name;
    m_conflictsTitle->setText(isReplaced(m) ? tr("Conflicts of %1 (replaced: takes no further part):").arg(name)
                                            : tr("Conflicts of %1:").arg(name));
}

VacancyApplicantsForm::VacancyApplicantsForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Applicants"), parent)
    , m_show(new QComboBox)
    , m_counts(new QLabel)
{
    m_applicants = new ListEditor(new ApplicantsModel(document, this), tr("Add applica&nt"), tr("Remove applican&t"));
    m_applicants->view()->setAccessibleName(tr("Applicants"));
    // Several at once, for the letters (LetterActions).
    m_applicants->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_applicants->setPlaceholderText(tr("No applicants recorded: add them one by one or import the portal's export."));
    addList(m_applicants);
    m_import = m_applicants->addActionButton(tr("&Import from CSV…"));
    m_import->setObjectName(u"importApplicants"_s);
    m_import->setToolTip(tr("Adds the applicants of the recruitment portal's export (CSV, UTF-8 or Windows-1252, "
                            "comma or semicolon), after a preview where each column is given its field"));
    connect(m_import, &QPushButton::clicked, this, &VacancyApplicantsForm::chooseFile);

    m_show->setObjectName(u"applicantStage"_s);
    m_show->setAccessibleName(tr("Show applicants"));
    m_show->addItem(tr("All applicants"), int(Show::All));
    m_show->addItem(tr("Qualified"), int(Show::Qualified));
    m_show->addItem(tr("Not qualified"), int(Show::NotQualified));
    m_show->addItem(tr("Invited to an interview"), int(Show::Invited));
    m_show->addItem(tr("Interviewed"), int(Show::Interviewed));
    m_show->addItem(tr("Ranked"), int(Show::Ranked));
    m_show->addItem(tr("Withdrawn"), int(Show::Withdrawn));
    m_show->addItem(tr("Not told the outcome"), int(Show::NotInformed));
    connect(m_show, &QComboBox::currentIndexChanged, this, &VacancyApplicantsForm::applyShow);
    auto* showLabel = new QLabel(tr("Sho&w:"));
    showLabel->setBuddy(m_show);
    m_counts->setObjectName(u"applicantCounts"_s);
    m_counts->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addSpacing(12);
    bar->addWidget(m_counts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createNote(tr("Rank the qualified applicants 1, 2, 3… with a reason each; every ranked applicant "
                                    "is interviewed and has two references (§ 5, § 6)."),
                                 this));
    layout->addLayout(bar);

    // The references of the applicant selected, one by one, below the list.
    m_refereeModel = new RefereesModel(document, this);
    m_referees = new ListEditor(m_refereeModel, tr("Add &referee"), tr("Remove r&eferee"));
    m_referees->view()->setAccessibleName(tr("References of the applicant"));
    m_refereesTitle = new QLabel;
    m_refereesTitle->setObjectName(u"refereesTitle"_s);
    layout->addWidget(listAndDetail(m_applicants, m_refereesTitle, m_referees, 3), 1);
    connect(m_applicants, &ListEditor::currentRowChanged, this, &VacancyApplicantsForm::showReferees);
    showReferees(m_applicants->currentRow());
}

void VacancyApplicantsForm::showReferees(int row)
{
    const Case& c = document()->data();
    const bool known = c.recruitment && row >= 0 && row < c.recruitment->applicants.size();
    if (m_refereeModel->applicant() != (known ? row : -1))
        m_refereeModel->setApplicant(known ? row : -1);
    m_referees->setEnabled(known);
    m_refereesTitle->setText(known ? tr("References of %1:")
                                         .arg(c.recruitment->applicants.at(row).name.isEmpty()
                                                  ? tr("applicant %1").arg(row + 1)
                                                  : c.recruitment->applicants.at(row).name)
                                   : tr("References: select an applicant above."));
}

void VacancyApplicantsForm::showCase(const Case& c)
{
    int qualified = 0, invited = 0, interviewed = 0, ranked = 0, withdrawn = 0, total = 0;
    if (c.recruitment) {
        for (const Applicant& a : c.recruitment->applicants) {
            ++total;
            qualified += a.qualified ? 1 : 0;
            invited += a.invited || a.interviewed ? 1 : 0;
            interviewed += a.interviewed ? 1 : 0;
            ranked += a.rank ? 1 : 0;
            withdrawn += a.withdrawn ? 1 : 0;
        }
    }
    m_counts->setText(
        tr("%n applicant(s): %1 qualified, %2 invited, %3 interviewed, %4 ranked, %5 withdrawn", nullptr, total)
            .arg(qualified)
            .arg(invited)
            .arg(interviewed)
            .arg(ranked)
            .arg(withdrawn));
    applyShow();
    showReferees(m_applicants->currentRow());
}

void VacancyApplicantsForm::applyShow()
{
    const auto show = static_cast<Show>(m_show->currentData().toInt());
    const Case& c = document()->data();
    QTableView* view = m_applicants->view();
    const qsizetype count = c.recruitment ? c.recruitment->applicants.size() : 0;
    for (qsizetype row = 0; row < count; ++row) {
        const Applicant& a = c.recruitment->applicants.at(row);
        bool shown = true;
        switch (show) {
        case Show::All:
            break;
        case Show::Qualified:
            shown = a.qualified;
            break;
        case Show::NotQualified:
            shown = !a.qualified;
            break;
        case Show::Invited:
            shown = a.invited || a.interviewed;
            break;
        case Show::Interviewed:
            shown = a.interviewed;
            break;
        case Show::Ranked:
            shown = a.rank.has_value();
            break;
        case Show::Withdrawn:
            shown = a.withdrawn;
            break;
        case Show::NotInformed:
            shown = !a.withdrawn && !a.informed.isValid();
            break;
        }
        view->setRowHidden(int(row), !shown);
    }
}

QStringList VacancyApplicantsForm::selectedApplicantIds() const
{
    const Case& c = document()->data();
    const QTableView* view = m_applicants->view();
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        if (!view->isRowHidden(index.row()) && c.recruitment && index.row() < c.recruitment->applicants.size())
            rows.append(index.row());
    }
    // In the order of the list, whatever the order they were selected in.
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const int row : std::as_const(rows))
        ids.append(c.recruitment->applicants.at(row).id);
    return ids;
}

void VacancyApplicantsForm::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import applicants"), {},
                                                      tr("Applicant lists (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > limits::maxInputBytes) {
        MessageBox::warning(this, tr("Import applicants"),
                            tr("%1 is %2 MiB; an applicant list may be at most %3 MiB.")
                                .arg(QFileInfo(path).fileName())
                                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                .arg(limits::maxInputBytes / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import applicants"),
                            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    importApplicants(file.readAll(), QFileInfo(path).fileName());
}

int VacancyApplicantsForm::importApplicants(const QByteArray& data, const QString& fileName)
{
    ApplicantImportDialog dialog(data, fileName, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const QList<Applicant> imported = dialog.applicants();
    if (imported.isEmpty())
        return 0;
    const bool done = document()->edit(
        u"recruitment.applicants"_s, tr("Import %n applicant(s) from %1", nullptr, int(imported.size())).arg(fileName),
        [&imported](Case& c) {
            if (!c.recruitment)
                c.recruitment.emplace();
            c.recruitment->applicants.append(imported);
        },
        false);
    return done ? int(imported.size()) : 0;
}

} // namespace rekrutt
