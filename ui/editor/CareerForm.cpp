#include "ui/editor/CareerForm.h"

#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DutyWorkModel.h"
#include "ui/editor/FormBinder.h"
#include "ui/editor/ListEditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
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
    auto* credits = new QDoubleSpinBox;
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
    layout->addWidget(duty, 1);
}

void CareerForm::showCase(const Case&)
{
    const TimeAccount& account = document()->evaluation().timeAccount;
    const Language language = document()->workspace()->language();
    m_hours->setText(
        tr("Contracted duty: %1 hours · credited: %2 hours (C-HOURS, DUTY-BALANCE)")
            .arg(formatNumber(account.contractedHours, language), formatNumber(account.creditedHours, language)));
}

} // namespace rekrutt
