#pragma once

#include "ui/editor/SectionForm.h"

class QDoubleSpinBox;
class QLabel;

namespace rekrutt {

class ListEditor;

/**
 * The career plan (`careerPlan`, § 3.1): what it must hold, its goals and measures, the courses toward Norwegian and
 * educational competence, its yearly updates and the evaluation at the end; and the career-enhancing work done
 * (`dutyWork`, § 3.2–3.3).
 */
class CareerForm : public SectionForm
{
    Q_OBJECT

public:
    explicit CareerForm(CaseDocument* document, QWidget* parent = nullptr);

protected:
    void showCase(const Case& c) override;

private:
    ListEditor* m_duty;
    QDoubleSpinBox* m_credits;
    QLabel* m_hours;
};

} // namespace rekrutt
