#pragma once

#include "ui/editor/SectionForm.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QStringListModel;
class QSpinBox;

namespace rekrutt {

class DateEdit;

/**
 * The appointment itself (`appointment`, `institution`, `ruleSet`): type, unit, period and extent,
 * the dates of announcement, decision and contract, and the dean's decision.
 */
class AppointmentForm : public SectionForm
{
    Q_OBJECT

public:
    explicit AppointmentForm(CaseDocument* document, QWidget* parent = nullptr);

    QComboBox* typeCombo() const { return m_type; }
    DateEdit* startEdit() const { return m_start; }
    QSpinBox* lengthSpin() const { return m_length; }
    QDoubleSpinBox* dutySpin() const { return m_duty; }
    QCheckBox* dutyNotStatedBox() const { return m_dutyNotStated; }
    /** "Record appointment decision": enabled for a dean only. */
    QPushButton* decideButton() const { return m_decide; }

protected:
    void showCase(const Case& c) override;

private:
    QWidget* createDutyField();
    void recordDecision();
    void updateDecisionAccess();
    /** Reads the institution register again: the completion of the institution field and its note. */
    void readInstitutions();
    /** Says under the institution field which institution of the register it names, or that it is new. */
    void updateInstitutionNote();

    QComboBox* m_type;
    QComboBox* m_ruleSet;
    DateEdit* m_start;
    QSpinBox* m_length;
    QDoubleSpinBox* m_duty;
    QCheckBox* m_dutyNotStated;
    QDoubleSpinBox* m_hours;
    QLabel* m_decidedBy;
    QPushButton* m_decide;
    QLineEdit* m_institution = nullptr;
    QLabel* m_institutionNote;
    QStringListModel* m_institutionNames;
};

} // namespace rekrutt
