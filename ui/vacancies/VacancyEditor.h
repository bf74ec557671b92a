#pragma once

#include "core/storage/VacancyRepository.h"
#include "ui/EditorTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace rekrutt {

class CaseDocument;
class ElsewhereNotice;
class FindingsPanel;
class VacancyAnnouncementForm;
class VacancyApplicantsForm;
class VacancyCommitteeForm;
class Workspace;

/**
 * One vacancy open in a tab, from the draft of its announcement to the signed contract: its stage and the step that
 * comes next (with who takes it and, while it cannot be taken, why not), the position and announcement, the
 * committee, the applicants by how far they have come, the findings of part E, and the log of its steps. Edits go
 * through an undo stack and are saved with Save; a step is taken on the vacancy as saved.
 */
class VacancyEditor : public EditorTab
{
    Q_OBJECT

public:
    VacancyEditor(Workspace* workspace, const StoredVacancy& stored, QWidget* parent = nullptr);
    ~VacancyEditor() override;

    /** 0 for a vacancy not yet saved. */
    qint64 vacancyId() const;
    /** The vacancy as edited now. */
    StoredVacancy current() const;
    /** The vacancy as edited, through which every change goes. */
    CaseDocument* document() const { return m_document; }

    QString title() const override;
    bool isModified() const override;
    QUndoStack* undoStack() const override;
    bool save() override;
    QString unsavedChangesText() const override;

    /** The stage the normal path goes on to, or nullopt at its end. */
    std::optional<VacancyStage> nextStep() const;
    /**
     * Takes the step to `target` (the next stage, or re-advertised, cancelled, or back from the decision): saves
     * unsaved edits first, asks for what the step needs (the applicant appointed, the contract's person and dates),
     * and shows why when it cannot be taken. Returns whether it was taken.
     */
    bool takeStep(VacancyStage target);
    /** Shows the vacancy as stored now (after a conflict, or a change made through one of its appointments). */
    void reload();

    QPushButton* nextButton() const { return m_next; }
    QPushButton* declinedButton() const { return m_declined; }
    QPushButton* readvertiseButton() const { return m_readvertise; }
    QPushButton* cancelButton() const { return m_cancel; }
    QComboBox* appointedBox() const { return m_appointed; }
    QLabel* stageLabel() const { return m_stage; }
    QLabel* whyLabel() const { return m_why; }
    QTabWidget* pages() const { return m_pages; }
    VacancyAnnouncementForm* announcementForm() const { return m_announcement; }
    VacancyCommitteeForm* committeeForm() const { return m_committee; }
    VacancyApplicantsForm* applicantsForm() const { return m_applicants; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    QTreeWidget* stepLog() const { return m_log; }

private:
    void documentChanged();
    void updateSteps();
    void showField(const QString& field);
    bool signContract(StoredVacancy& stored);

    Workspace* m_workspace;
    CaseDocument* m_document;
    QLabel* m_heading;
    QLabel* m_stage;
    QPushButton* m_next;
    QComboBox* m_appointed;
    QPushButton* m_declined;
    QPushButton* m_readvertise;
    QPushButton* m_cancel;
    QLabel* m_why;
    /** Another user of the shared office saved or deleted this vacancy meanwhile. */
    ElsewhereNotice* m_elsewhere;
    QTabWidget* m_pages;
    VacancyAnnouncementForm* m_announcement;
    VacancyCommitteeForm* m_committee;
    VacancyApplicantsForm* m_applicants;
    FindingsPanel* m_findings;
    QTreeWidget* m_log;
};

} // namespace rekrutt
