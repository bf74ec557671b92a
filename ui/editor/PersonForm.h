#pragma once

#include "ui/editor/SectionForm.h"

class QLineEdit;

namespace rekrutt {

class DateEdit;
class ListEditor;

/** The person appointed: names, birth date, qualifications and earlier appointments (`person`). */
class PersonForm : public SectionForm
{
    Q_OBJECT

public:
    explicit PersonForm(CaseDocument* document, QWidget* parent = nullptr);

    QLineEdit* familyNameEdit() const { return m_familyName; }
    QLineEdit* givenNameEdit() const { return m_givenName; }
    DateEdit* birthDateEdit() const { return m_birthDate; }
    ListEditor* historyList() const { return m_history; }

private:
    QLineEdit* m_familyName;
    QLineEdit* m_givenName;
    DateEdit* m_birthDate;
    ListEditor* m_history;
};

} // namespace rekrutt
