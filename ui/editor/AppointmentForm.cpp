#include "ui/editor/AppointmentForm.h"

#include "core/domain/Role.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/NumberSpinBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

AppointmentForm::AppointmentForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Appointment"), parent)
    , m_type(new QComboBox)
    , m_ruleSet(new QComboBox)
    , m_start(new DateEdit)
    , m_length(new QSpinBox)
    , m_duty(new NumberSpinBox)
    , m_dutyNotStated(new QCheckBox(tr("&Not stated in the contract")))
    , m_hours(new NumberSpinBox)
    , m_decidedBy(new QLabel)
    , m_decide(new QPushButton(tr("Record appoint&ment decision")))
    , m_institutionNote(new QLabel)
    , m_institutionNames(new QStringListModel(this))
{
    FormBinder* bind = binder();
    Workspace* workspace = document->workspace();

    // Position
    QFormLayout* positionForm = nullptr;
    QGroupBox* position = createGroup(tr("Position"), &positionForm, this);
    addRow(positionForm, tr("Ty&pe:"), m_type, tr("The kind of recruitment position decides which rules apply"));
    auto* unit = new QComboBox;
    unit->setEditable(true);
    unit->setInsertPolicy(QComboBox::NoInsert);
    QStringList units;
    if (workspace->isOpen()) {
        for (const CaseSummary& summary : workspace->summaries()) {
            if (!summary.unit.isEmpty() && !units.contains(summary.unit))
                units.append(summary.unit);
        }
    }
    units.sort(Qt::CaseInsensitive);
    unit->addItems(units);
    addRow(positionForm, tr("&Unit:"), unit, tr("The department or unit; pick a known one or type a new one"));
    m_institution = new QLineEdit;
    auto* institution = m_institution;
    addRow(positionForm, tr("&Institution:"), institution,
           tr("One period per institution (ONCE, § 2.1.1, § 2.4.1, § 2.5), compared by the institution register: "
              "any name, short name or other name of one institution there is that institution"));
    m_institutionNote->setWordWrap(true);
    // The form keeps fields at their size hint; a wrapped note would be as narrow as a word.
    m_institutionNote->setMinimumWidth(m_institutionNote->fontMetrics().averageCharWidth() * 70);
    m_institutionNote->setObjectName(u"institutionNote"_s);
    positionForm->addRow(QString(), m_institutionNote);
    auto* completer = new QCompleter(m_institutionNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    institution->setCompleter(completer);
    connect(institution, &QLineEdit::textChanged, this, &AppointmentForm::updateInstitutionNote);
    connect(workspace, &Workspace::institutionsChanged, this, &AppointmentForm::readInstitutions);
    readInstitutions();
    m_ruleSet->addItem(tr("Automatic (by the dates, TRANS-2006)"));
    for (const QString& label : enumLabelList<RuleSet>(workspace->language()))
        m_ruleSet->addItem(label);
    addRow(positionForm, tr("&Rules:"), m_ruleSet,
           tr("Which rules govern the case. Automatic: the regulations of 2006 when announced before 1 March 2025 "
              "and decided before 1 August 2025, otherwise the guidelines of 2025 (TRANS-2006, § 8)"));
    bind->choice<PositionType>(m_type, u"appointment.type"_s,
                               [](Case& c) -> PositionType& { return c.appointment.type; });
    bind->text(unit, u"appointment.unit"_s, [](Case& c) -> QString& { return c.appointment.unit; });
    bind->text(institution, u"institution"_s, [](Case& c) -> QString& { return c.institution; });
    bind->place(u"ruleSet"_s, m_ruleSet);
    connect(m_ruleSet, &QComboBox::activated, this, [this](int index) {
        this->document()->edit(u"ruleSet"_s, tr("Change rules"), [index](Case& c) {
            c.ruleSet = index == 0 ? std::nullopt : std::optional<RuleSet>(static_cast<RuleSet>(index - 1));
        });
    });

    // Period and extent
    QFormLayout* periodForm = nullptr;
    QGroupBox* period = createGroup(tr("Period and extent"), &periodForm, this);
    m_start->setNullable(false);
    addRow(periodForm, tr("St&art:"), m_start);
    // The fields take what is typed, also out of range: a value outside its range is shown on the field and
    // keeps the case from being saved (validateCase()), instead of being cut to fit as the digits come.
    m_length->setRange(0, typingLimit);
    m_length->setSuffix(tr(" months"));
    addRow(periodForm, tr("&Length:"), m_length,
           tr("The period in months before leave and extensions. PhD: 36–48 FTE months with 36 of doctoral work "
              "(LEN-PHD, § 2.4.1); postdoc: 36–48 (LEN-PD, § 2.1.1); resident: 24–48 (LEN-RES, § 2.5); research "
              "assistant: at most 24 (LEN-RA, § 2.6)"));
    auto* fte = new NumberSpinBox;
    fte->setRange(0, typingLimit);
    fte->setDecimals(1);
    fte->setSuffix(tr(" %"));
    addRow(periodForm, tr("F&TE:"), fte,
           tr("Share of a full-time position. A PhD fellow may not be below 50 % (PHD-PARTTIME, § 6.3)"));
    addRow(periodForm, tr("Dut&y:"), createDutyField(),
           tr("Share of duty work; the contract must state the split between research and duty "
              "work (CON-DISTRIBUTION, § 6.1)"));
    m_hours->setRange(0, typingLimit);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h/week"));
    m_hours->setSpecialValueText(tr("Not hourly"));
    addRow(periodForm, tr("Hours per wee&k:"), m_hours,
           tr("Research assistants paid by the hour only: the FTE share is hours ÷ 37.5 (C-FTE); under 15 hours "
              "needs no recommendation, assessment or contract (RA-PARTTIME, § 2.6)"));
    QCheckBox* studies = addCheck(periodForm, tr("Com&bined with studies"),
                                  tr("A research assistant combined with studies may be announced internally only "
                                     "(ANN-PUBLIC, § 4)"));
    QCheckBox* project = addCheck(periodForm, tr("Linked to a pro&ject"),
                                  tr("Residents and research assistants linked to a project need a project plan "
                                     "within three months (PLAN-3M)"));
    QCheckBox* newRights = addCheck(periodForm, tr("New rights &written into the contract"),
                                    tr("Under the regulations of 2006, the new rights on language, educational "
                                       "competence and career plans apply only when the contract says so "
                                       "(TRANS-RIGHTS, § 8)"));
    bind->date(m_start, u"appointment.start"_s, [](Case& c) -> QDate& { return c.appointment.start; });
    bind->whole(m_length, u"appointment.lengthMonths"_s, [](Case& c) -> int& { return c.appointment.lengthMonths; });
    bind->number(fte, u"appointment.ftePercent"_s, [](Case& c) -> double& { return c.appointment.ftePercent; });
    bind->optionalNumber(m_hours, u"appointment.hoursPerWeek"_s,
                         [](Case& c) -> std::optional<double>& { return c.appointment.hoursPerWeek; });
    bind->check(studies, u"appointment.combinedWithStudies"_s,
                [](Case& c) -> bool& { return c.appointment.combinedWithStudies; });
    bind->check(project, u"appointment.projectLinked"_s, [](Case& c) -> bool& { return c.appointment.projectLinked; });
    bind->check(newRights, u"appointment.newRightsInContract"_s,
                [](Case& c) -> bool& { return c.appointment.newRightsInContract; });

    // Decision and contract
    QFormLayout* decisionForm = nullptr;
    QGroupBox* decision = createGroup(tr("Announcement, decision and contract"), &decisionForm, this);
    auto* announced = new DateEdit;
    addRow(decisionForm, tr("Ann&ounced:"), announced,
           tr("The date the position was announced; decides the rules with the decision date (TRANS-2006, § 8)"));
    auto* decided = new DateEdit;
    addRow(decisionForm, tr("D&ecided:"), decided, tr("The date of the dean's decision to appoint (TRANS-2006, § 8)"));
    auto* signedOn = new DateEdit;
    addRow(decisionForm, tr("Contract si&gned:"), signedOn,
           tr("The contract must be signed before the start (CON-BEFORE-START)"));
    auto* decisionRow = new QWidget;
    auto* decisionLayout = new QHBoxLayout(decisionRow);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    decisionLayout->addWidget(m_decidedBy, 1);
    decisionLayout->addWidget(m_decide);
    m_decidedBy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(decisionForm, tr("Decided by:"), decisionRow);
    m_decidedBy->setAccessibleName(tr("Decided by"));
    m_decide->setAccessibleName(tr("Record appointment decision"));
    bind->place(u"appointment.decidedBy"_s, m_decidedBy);
    bind->date(announced, u"appointment.announcementDate"_s,
               [](Case& c) -> QDate& { return c.appointment.announcementDate; });
    bind->date(decided, u"appointment.decisionDate"_s, [](Case& c) -> QDate& { return c.appointment.decisionDate; });
    bind->date(signedOn, u"appointment.contractSigned"_s,
               [](Case& c) -> QDate& { return c.appointment.contractSigned; });
    connect(m_decide, &QPushButton::clicked, this, &AppointmentForm::recordDecision);
    connect(workspace, &Workspace::userChanged, this, &AppointmentForm::updateDecisionAccess);
    updateDecisionAccess();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(position);
    layout->addWidget(period);
    layout->addWidget(decision);
    layout->addStretch(1);
}

QWidget* AppointmentForm::createDutyField()
{
    auto* field = new QWidget;
    auto* layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    m_duty->setRange(0, typingLimit);
    m_duty->setDecimals(1);
    m_duty->setSuffix(tr(" %"));
    layout->addWidget(m_duty);
    layout->addWidget(m_dutyNotStated);
    layout->addStretch(1);
    field->setFocusProxy(m_duty);
    m_dutyNotStated->setAccessibleName(tr("Duty share not stated in the contract"));
    m_dutyNotStated->setToolTip(tr("The contract does not state the split between research and duty work: an error "
                                   "for PhD and postdoc positions (CON-DISTRIBUTION, § 6.1)"));
    binder()->place(u"appointment.dutyPercent"_s, field);

    connect(m_duty, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        document()->edit(u"appointment.dutyPercent"_s, tr("Change duty share"),
                         [value](Case& c) { c.appointment.dutyPercent = value; });
    });
    connect(m_dutyNotStated, &QCheckBox::clicked, this, [this](bool notStated) {
        const double value = m_duty->value();
        document()->edit(
            u"appointment.dutyPercent"_s, notStated ? tr("Duty share not stated") : tr("Duty share stated"),
            [=](Case& c) { c.appointment.dutyPercent = notStated ? std::nullopt : std::optional<double>(value); },
            false);
    });
    return field;
}

void AppointmentForm::showCase(const Case& c)
{
    {
        const QSignalBlocker blocker(m_ruleSet);
        m_ruleSet->setCurrentIndex(c.ruleSet ? static_cast<int>(*c.ruleSet) + 1 : 0);
    }
    {
        const QSignalBlocker blocker(m_duty);
        m_duty->setValue(c.appointment.dutyPercent.value_or(0));
    }
    m_duty->setEnabled(c.appointment.dutyPercent.has_value());
    m_dutyNotStated->setChecked(!c.appointment.dutyPercent.has_value());
    // Hours per week matter for research assistants only; a value set elsewhere can still be cleared.
    m_hours->setEnabled(c.appointment.type == PositionType::ResearchAssistant || c.appointment.hoursPerWeek);

    if (c.appointment.decidedBy.isEmpty())
        m_decidedBy->setText(tr("No decision recorded"));
    else
        m_decidedBy->setText(c.appointment.decisionDate.isValid()
                                 ? tr("%1 on %2")
                                       .arg(c.appointment.decidedBy,
                                            QLocale().toString(c.appointment.decisionDate, QLocale::ShortFormat))
                                 : c.appointment.decidedBy);
}

void AppointmentForm::updateDecisionAccess()
{
    const bool allowed = mayDecideExtensions(document()->workspace()->role());
    m_decide->setEnabled(allowed);
    m_decide->setToolTip(allowed ? tr("Records your decision to appoint, dated today")
                                 : tr("Only a dean may record the appointment decision (§ 1.1). Choose your role under "
                                      "Settings."));
}

void AppointmentForm::recordDecision()
{
    Workspace* workspace = document()->workspace();
    if (!mayDecideExtensions(workspace->role()))
        return;
    const QString who = workspace->userName().isEmpty() ? workspace->actor().user : workspace->userName();
    const QDate today = workspace->today();
    document()->edit(
        u"appointment.decisionDate"_s, tr("Record appointment decision"),
        [&](Case& c) {
            c.appointment.decisionDate = today;
            c.appointment.decidedBy = who;
        },
        false);
}

void AppointmentForm::readInstitutions()
{
    Workspace* workspace = document()->workspace();
    if (!workspace->isOpen())
        return;
    // The database keeps the register it read, and this program's saves, imports and register edits update it:
    // reading it again for every editor opened would be a query per case opened.
    QStringList names;
    for (const Institution& institution : workspace->institutions().institutions())
        names += institution.names();
    names.sort(Qt::CaseInsensitive);
    m_institutionNames->setStringList(names);
    updateInstitutionNote();
}

void AppointmentForm::updateInstitutionNote()
{
    Workspace* workspace = document()->workspace();
    const QString text = m_institution->text();
    QString note;
    if (!text.trimmed().isEmpty() && workspace->isOpen()) {
        if (const Institution* known = workspace->institutions().find(text)) {
            note = known->shortName.isEmpty()
                ? tr("In the institution register: %1").arg(known->name)
                : tr("In the institution register: %1 (%2)").arg(known->name, known->shortName);
        } else {
            note = tr("Not in the institution register: it is added as an institution of its own when the case is "
                      "saved. Pick a name from the list if it is one the register knows.");
        }
    }
    m_institutionNote->setText(note);
    m_institutionNote->setVisible(!note.isEmpty());
}

} // namespace rekrutt
