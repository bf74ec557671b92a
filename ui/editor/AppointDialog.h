#pragma once

#include "core/domain/Case.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
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
    /** The day the contract was signed, when askSignedOn() added it; nullptr otherwise. */
    DateEdit* signedOnEdit() const { return m_signed; }

    /**
     * Asks for the day the contract was signed too (the last step of a vacancy), `today` by default: not after
     * `today`, not before `decidedOn` (when valid).
     */
    void askSignedOn(QDate today, QDate decidedOn);
    /** The day the contract was signed; null unless askSignedOn() was called. */
    QDate signedOn() const;

private:
    void applicantChosen(int index);
    void updateOk();
    /** Why the day signed cannot be taken (after today, before the decision), or an empty text. */
    QString signedOnProblem() const;

    QList<Applicant> m_applicants;
    QComboBox* m_applicant;
    QLineEdit* m_given;
    QLineEdit* m_family;
    DateEdit* m_birth;
    DateEdit* m_start;
    DateEdit* m_signed = nullptr;
    QLabel* m_signedProblem = nullptr;
    QDate m_today;
    QDate m_decidedOn;
    QDialogButtonBox* m_buttons;
};

} // namespace rekrutt
