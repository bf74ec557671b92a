#include "ui/editor/CareerForm.h"

#include "ui/Workspace.h"
#include "ui/editor/CareerMeasuresModel.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/CompetenceCoursesModel.h"
#include "ui/editor/DutyWorkModel.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/ListEditor.h"
#include "ui/editor/NumberSpinBox.h"
#include "ui/editor/PlanUpdatesModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

CareerForm::CareerForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Career"), parent)
    , m_hours(new QLabel)
{
    FormBinder* bind = binder();
    QFormLayout* form = nullptr;
    QGroupBox* plan = createGroup(tr("Career plan"), &form, this);
    QCheckBox* norwegian = addCheck(form, tr("Norwegian &training in the plan"),
                                    tr("Without Scandinavian at A2, the plan must hold Norwegian training of at least "
                                       "15 credits, done before the end (CP-LANG, § 2.1.2, § 2.4.2)"));
    auto* credits = new NumberSpinBox;
    credits->setRange(0, typingLimit); // beyond 1,000 credits is shown as an error, not cut (validateCase())
    credits->setDecimals(1);
    credits->setSuffix(tr(" credits"));
    addRow(form, tr("&Norwegian credits completed:"), credits,
           tr("At 15 credits the training counts as ten weeks of duty work (C-HOURS, § 7.4) unless it was taken as a "
              "Norwegian training extension"));
    QCheckBox* teaching
        = addCheck(form, tr("Measure for &educational competence"),
                   tr("A postdoc without educational competence needs a measure for it (CP-EDU, § 2.1.2)"));
    QCheckBox* external = addCheck(form, tr("Measure for experience &outside NTNU"),
                                   tr("A postdoc with less than 12 months elsewhere needs a measure for it "
                                      "(PD-EXTERNAL, § 2.1.1)"));
    bind->check(norwegian, u"careerPlan.norwegianTraining"_s,
                [](Case& c) -> bool& { return c.careerPlan.norwegianTraining; });
    bind->number(credits, u"careerPlan.norwegianCreditsCompleted"_s,
                 [](Case& c) -> double& { return c.careerPlan.norwegianCreditsCompleted; });
    bind->check(teaching, u"careerPlan.educationalCompetenceMeasure"_s,
                [](Case& c) -> bool& { return c.careerPlan.educationalCompetenceMeasure; });
    bind->check(external, u"careerPlan.externalExperienceMeasure"_s,
                [](Case& c) -> bool& { return c.careerPlan.externalExperienceMeasure; });
    m_credits = credits;

    // The plan's content (§ 3.1): goals and measures, the courses the measures take, the yearly updates and the
    // evaluation at the end.
    const auto listGroup = [this](const QString& title, const QString& note, ListEditor* list) {
        auto* group = new QGroupBox(title, this);
        addList(list);
        auto* layout = new QVBoxLayout(group);
        layout->addWidget(createNote(note, group));
        layout->addWidget(list, 1);
        return group;
    };
    auto* measures
        = new ListEditor(new CareerMeasuresModel(document, this), tr("Add &measure"), tr("Remove measure"), this);
    measures->view()->setAccessibleName(tr("Goals and measures"));
    measures->setPlaceholderText(tr("No goals or measures written yet."));
    QGroupBox* measuresGroup = listGroup(
        tr("Goals and measures"),
        tr("The career goals agreed with the fellow and the measures to reach them, each with who sees it through "
           "(§ 3.1). Norwegian training and educational competence belong here when they are needed."),
        measures);
    auto* courses
        = new ListEditor(new CompetenceCoursesModel(document, this), tr("Add co&urse"), tr("Remove course"), this);
    courses->view()->setAccessibleName(tr("Courses"));
    courses->setPlaceholderText(tr("No courses recorded."));
    QGroupBox* coursesGroup = listGroup(
        tr("Norwegian and educational competence"),
        tr("Courses taken toward Norwegian (at least 15 credits before the end, § 2.1.2, § 2.4.2) and toward "
           "educational competence (§ 2.1.2). The Norwegian courses passed make the credits completed."),
        courses);
    auto* updates = new ListEditor(new PlanUpdatesModel(document, this), tr("Add u&pdate"), tr("Remove update"), this);
    updates->view()->setAccessibleName(tr("Updates of the plan"));
    updates->setPlaceholderText(tr("The plan has not been updated yet."));
    QGroupBox* updatesGroup = listGroup(
        tr("Updates"), tr("The plan is followed up and updated at the annual employee interview (§ 1.1, § 3.1)."),
        updates);
    auto* evaluationGroup = new QGroupBox(tr("Evaluation at the end"), this);
    auto* evaluation = new QPlainTextEdit(evaluationGroup);
    evaluation->setTabChangesFocus(true);
    evaluation->setPlaceholderText(tr("What the plan reached, evaluated at the end of the period (CP-END, § 3.1)"));
    evaluation->setAccessibleName(tr("Evaluation at the end"));
    evaluation->setMaximumHeight(evaluation->fontMetrics().lineSpacing() * 6);
    bind->text(evaluation, u"careerPlan.endEvaluation"_s,
               [](Case& c) -> QString& { return c.careerPlan.endEvaluation; });
    auto* evaluationLayout = new QVBoxLayout(evaluationGroup);
    evaluationLayout->addWidget(evaluation);

    auto* duty = new QGroupBox(tr("Duty work"), this);
    m_duty = new ListEditor(new DutyWorkModel(document, this), tr("&Add duty work"), tr("&Remove duty work"), duty);
    m_duty->view()->setAccessibleName(tr("Duty work"));
    m_duty->setPlaceholderText(tr("No duty work recorded."));
    addList(m_duty);
    m_hours->setWordWrap(true);
    auto* dutyLayout = new QVBoxLayout(duty);
    dutyLayout->addWidget(createNote(tr("Teaching, supervision and other duty work done (§ 3.2), counted against the "
                                        "hours of the contract (§ 3.3)."),
                                     duty));
    dutyLayout->addWidget(m_duty, 1);
    dutyLayout->addWidget(m_hours);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(plan);
    layout->addWidget(measuresGroup, 1);
    layout->addWidget(coursesGroup, 1);
    layout->addWidget(updatesGroup, 1);
    layout->addWidget(evaluationGroup);
    layout->addWidget(duty, 1);
}

void CareerForm::showCase(const Case& c)
{
    // With Norwegian courses recorded, the credits completed are theirs: typed here, they would disagree.
    const bool fromCourses = norwegianCreditsOf(c.careerPlan).has_value();
    m_credits->setReadOnly(fromCourses);
    m_credits->setToolTip(fromCourses
                              ? tr("The credits of the Norwegian courses passed, below; change them there")
                              : tr("At 15 credits the training counts as ten weeks of duty work (C-HOURS, § 7.4) "
                                   "unless it was taken as a Norwegian training extension"));

    const TimeAccount& account = document()->evaluation().timeAccount;
    const Language language = document()->workspace()->language();
    m_hours->setText(
        tr("Contracted duty: %1 hours · credited: %2 hours (C-HOURS, DUTY-BALANCE)")
            .arg(formatNumber(account.contractedHours, language), formatNumber(account.creditedHours, language)));
}

} // namespace rekrutt
