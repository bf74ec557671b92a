#pragma once

#include "ui/editor/SectionForm.h"

namespace rekrutt {

/** The postdoc's mentor (`mentor`, § 6.2) and the mobility grants (`mobilityGrants`). */
class MentorGrantsForm : public SectionForm
{
    Q_OBJECT

public:
    explicit MentorGrantsForm(CaseDocument* document, QWidget* parent = nullptr);
};

} // namespace rekrutt
