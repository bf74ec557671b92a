#include "ui/editor/MilestonesForm.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/InterviewsModel.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/SeverityStyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

MilestonesForm::MilestonesForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Milestones"), parent)
    , m_interviewDue(new QLabel)
{
    QFormLayout* form = nullptr;
    QGroupBox* documents = createGroup(tr("Plans and agreements"), &form, this);
    addRow(form, tr("&Project plan:"),
           createMilestone(
               u"milestones.projectPlan"_s, [](Case& c) -> QDate& { return c.milestones.projectPlan; },
               DeadlineId::ProjectPlan),
           tr("Within three months of the start (PLAN-3M)"));
    addRow(form, tr("Ca&reer plan:"),
           createMilestone(
               u"milestones.careerPlan"_s, [](Case& c) -> QDate& { return c.milestones.careerPlan; },
               DeadlineId::CareerPlan),
           tr("Within three months of the start (CP-REQUIRED, § 3.1)"));
    addRow(form, tr("&Admission applied for:"),
           createMilestone(
               u"milestones.admissionApplication"_s,
               [](Case& c) -> QDate& { return c.milestones.admissionApplication; }, DeadlineId::AdmissionApplication),
           tr("Application for admission to the PhD programme within three months (PHD-ADM-3M)"));
    addRow(form, tr("Admission a&greement:"),
           createMilestone(
               u"milestones.admissionAgreement"_s, [](Case& c) -> QDate& { return c.milestones.admissionAgreement; },
               DeadlineId::AdmissionAgreement),
           tr("Admission agreement within six months (PHD-ADM-6M)"));
    auto* supervisor = new DateEdit;
    binder()->date(supervisor, u"milestones.supervisorAgreement"_s,
                   [](Case& c) -> QDate& { return c.milestones.supervisorAgreement; });
    addRow(form, tr("S&upervisor agreement:"), supervisor);
    addRow(form, tr("Career plan evalua&ted on:"),
           createMilestone(
               u"milestones.careerPlanEvaluation"_s,
               [](Case& c) -> QDate& { return c.milestones.careerPlanEvaluation; }, DeadlineId::CareerPlanEvaluation),
           tr("The career plan evaluated at the end of the period (CP-END, § 3.1)"));

    auto* interviews = new QGroupBox(tr("Employee interviews"), this);
    m_interviews = new ListEditor(new InterviewsModel(document, this), tr("Add &interview"), tr("Remove i&nterview"),
                                  interviews);
    m_interviews->view()->setAccessibleName(tr("Employee interviews"));
    m_interviews->setPlaceholderText(tr("No employee interviews recorded yet."));
    addList(m_interviews);
    auto* interviewLayout = new QVBoxLayout(interviews);
    interviewLayout->addWidget(
        createNote(tr("One every year, with the career plan as its basis (CP-ANNUAL, § 3.1)."), interviews));
    interviewLayout->addWidget(m_interviews, 1);
    interviewLayout->addWidget(m_interviewDue);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(documents);
    layout->addWidget(interviews, 1);
}

QWidget* MilestonesForm::createMilestone(const QString& field, FormBinder::Access<QDate> access, DeadlineId deadline)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* date = new DateEdit(row);
    auto* due = new QLabel(row);
    due->setMinimumWidth(fontMetrics().horizontalAdvance(u"0"_s) * 28);
    layout->addWidget(date);
    layout->addWidget(due, 1);
    row->setFocusProxy(date);
    binder()->date(date, field, access);
    binder()->place(field, row);
    m_dueLabels.insert(static_cast<int>(deadline), due);
    return row;
}

void MilestonesForm::showCase(const Case&)
{
    const Evaluation& evaluation = document()->evaluation();
    const QDate today = document()->workspace()->today();
    const QLocale locale;
    QPalette late = palette();
    late.setColor(QPalette::WindowText, severityColor(Severity::Warning, palette()));
    for (QLabel* label : std::as_const(m_dueLabels)) {
        label->setText(tr("Not required for this case"));
        label->setPalette(palette());
    }

    QString nextInterview;
    for (const Deadline& deadline : evaluation.deadlines) {
        const QString dueText = locale.toString(deadline.due, QLocale::ShortFormat);
        const bool missed = deadline.done ? deadline.doneOn > deadline.due : today > deadline.due;
        if (deadline.id == DeadlineId::EmployeeInterview) {
            if (!deadline.done && nextInterview.isEmpty())
                nextInterview = missed ? tr("An interview was due by %1 and is not recorded.").arg(dueText)
                                       : tr("Next interview due by %1.").arg(dueText);
            continue;
        }
        QLabel* label = m_dueLabels.value(static_cast<int>(deadline.id));
        if (!label)
            continue;
        if (deadline.done)
            label->setText(missed ? tr("Due %1 · done late").arg(dueText) : tr("Due %1 · done ✓").arg(dueText));
        else
            label->setText(missed ? tr("Due %1 · overdue").arg(dueText) : tr("Due %1").arg(dueText));
        if (missed)
            label->setPalette(late);
    }
    m_interviewDue->setText(nextInterview);
}

} // namespace rekrutt
