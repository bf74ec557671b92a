#pragma once

#include "core/domain/Case.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rekrutt {

class DateEdit;

/**
 * Appointing another applicant of a vacancy (OfficeService::appointFromVacancy()): which applicant, the person's
 * names as the contract will hold them (taken from the applicant's name, to be checked: an applicant has one name
 * field), the birth date that tells them apart from a namesake, and the start of the appointment.
 */
class AppointDialog : public QDialog
{
    Q_OBJECT

public:
    /** The applicants of `recruitment` are offered, except the people `appointed` from it already (by name). */
    AppointDialog(const Recruitment& recruitment, const QList<Person>& appointed, QWidget* parent = nullptr);

    /** The person to appoint, as entered. */
    Person person() const;
    /** The start of the new appointment. */
    QDate start() const;

    QComboBox* applicantBox() const { return m_applicant; }
    QLineEdit* givenNameEdit() const { return m_given; }
    QLineEdit* familyNameEdit() const { return m_family; }
    DateEdit* birthDateEdit() const { return m_birth; }
    DateEdit* startEdit() const { return m_start; }

    /**
     * "Kari Anne Ødegård" as given "Kari Anne" and family "Ødegård": the last word is the family name, as Norwegian
     * names are written; the dialog shows the split so that "van der Berg" can be put right.
     */
    static std::pair<QString, QString> splitName(const QString& name);

private:
    void applicantChosen(int index);
    void updateOk();

    QList<Applicant> m_applicants;
    QComboBox* m_applicant;
    QLineEdit* m_given;
    QLineEdit* m_family;
    DateEdit* m_birth;
    DateEdit* m_start;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
