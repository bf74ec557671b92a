#pragma once

#include "ui/editor/SectionForm.h"

#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rekrutt {

class ConflictsModel;
class ListEditor;
class RefereesModel;

/**
 * The first page of a vacancy: its title, the position announced (type, unit, planned start, length, FTE, duty,
 * hours) and the announcement (published, deadline, public, internal, § 4). The position is bound as a case's
 * appointment is ("appointment.lengthMonths"), since the document holds the vacancy as a case.
 */
class VacancyAnnouncementForm : public SectionForm
{
    Q_OBJECT

public:
    explicit VacancyAnnouncementForm(CaseDocument* document, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }

protected:
    void showCase(const Case& c) override;

private:
    QLineEdit* m_title;
};

/** The assessment committee of a vacancy (§ 5): members, their level, impartiality and conflicts. */
class VacancyCommitteeForm : public SectionForm
{
    Q_OBJECT

public:
    explicit VacancyCommitteeForm(CaseDocument* document, QWidget* parent = nullptr);

    ListEditor* committeeList() const { return m_committee; }
    /** The conflicts of the member selected in committeeList(), each with its resolution. */
    ListEditor* conflictList() const { return m_conflicts; }

protected:
    void showCase(const Case& c) override;

private:
    void showConflicts(int row);

    ListEditor* m_committee;
    ListEditor* m_conflicts = nullptr;
    ConflictsModel* m_conflictModel = nullptr;
    QLabel* m_conflictsTitle = nullptr;
};

/**
 * The applicants of a vacancy with how far each has come (applied, qualified, invited, interviewed, ranked, withdrawn,
 * told the outcome), a choice that shows only those at one stage, the references of the applicant selected one by one,
 * and the import of the recruitment portal's applicant export.
 */
class VacancyApplicantsForm : public SectionForm
{
    Q_OBJECT

public:
    /** Which applicants the list shows. */
    enum class Show { All, Qualified, NotQualified, Invited, Interviewed, Ranked, Withdrawn, NotInformed };

    explicit VacancyApplicantsForm(CaseDocument* document, QWidget* parent = nullptr);

    ListEditor* applicantList() const { return m_applicants; }
    QComboBox* showBox() const { return m_show; }
    QLabel* countsLabel() const { return m_counts; }
    QPushButton* importButton() const { return m_import; }
    /** The references of the applicant selected in applicantList(). */
    ListEditor* refereeList() const { return m_referees; }
    /** The ids of the applicants selected and shown in the list (Shift or Ctrl selects several), in its order. */
    QStringList selectedApplicantIds() const;
    /** Adds the applicants of a CSV file's bytes after the ones listed, as one undoable step, after the mapping
     * dialog; returns how many were added. */
    int importApplicants(const QByteArray& data, const QString& fileName);

protected:
    void showCase(const Case& c) override;

private:
    void chooseFile();
    void applyShow();
    void showReferees(int row);

    ListEditor* m_applicants;
    ListEditor* m_referees = nullptr;
    RefereesModel* m_refereeModel = nullptr;
    QLabel* m_refereesTitle = nullptr;
    QComboBox* m_show;
    QLabel* m_counts;
    QPushButton* m_import;
};

} // namespace rekrutt
