#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;

namespace rekrutt {

/**
 * The postdoc's mentor (`mentor`, § 6.2) with how the mentoring went (where the mentor works, who found them, the
 * meetings and their hours), the day a postdoc declined the mentor offered (`mentorDeclined`), and the mobility grants
 * (`mobilityGrants`).
 */
class MentorGrantsForm : public SectionForm
{
    Q_OBJECT

public:
    explicit MentorGrantsForm(CaseDocument* document, QWidget* parent = nullptr);

protected:
    void showCase(const Case& c) override;

private:
    QLabel* m_hours;
};

} // namespace rekrutt
