#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;

namespace rekrutt {

class ListEditor;

/** What the career plan holds (`careerPlan`, § 3.1) and the career-enhancing work done (`dutyWork`, § 3.2–3.3). */
class CareerForm : public SectionForm
{
    Q_OBJECT

public:
    explicit CareerForm(CaseDocument* document, QWidget* parent = nullptr);

protected:
    void showCase(const Case& c) override;

private:
    ListEditor* m_duty;
    QLabel* m_hours;
};

} // namespace rekrutt
