#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;
class QPushButton;

namespace rekrutt {

class ListEditor;

/**
 * The recruitment that led to the appointment (`recruitment`, § 4–6): the announcement, the assessment
 * committee, the applicants and their ranking, and the head of department's signature on it.
 */
class RecruitmentForm : public SectionForm
{
    Q_OBJECT

public:
    explicit RecruitmentForm(CaseDocument* document, QWidget* parent = nullptr);

    ListEditor* committeeList() const { return m_committee; }
    ListEditor* applicantList() const { return m_applicants; }
    /** "Sign ranking": enabled for a head of department only. */
    QPushButton* signButton() const { return m_sign; }
    void signRanking();
    /** "New appointment from this vacancy…": enabled when the case is saved with its recruitment and has no unsaved
     * edits. */
    QPushButton* appointButton() const { return m_appoint; }
    /** Asks for the applicant and the start, appoints them from this vacancy and has the window open the case. */
    void appointAnother();

protected:
    void showCase(const Case& c) override;

private:
    void updateSignAccess();
    void updateAppointAccess();

    ListEditor* m_committee;
    ListEditor* m_applicants;
    QLabel* m_signedBy;
    QPushButton* m_sign;
    QPushButton* m_appoint;
};

} // namespace rekrutt
