#pragma once

#include "core/storage/ApplicantErasure.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rekrutt {

class Workspace;

/**
 * Case ▸ Applicants due for erasure: the applicants who were not appointed and whose retention period after the
 * decision has ended, each to be ticked, and the retention period itself (issue 12, docs/data-protection.md). The HR
 * officer erases the ones ticked after a question; everyone else sees the list and why they may not.
 */
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErasureDialog(Workspace* workspace, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QSpinBox* monthsBox() const { return m_months; }
    QPushButton* saveMonthsButton() const { return m_saveMonths; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* summaryLabel() const { return m_summary; }

    /** Reads the list again. */
    void reload();

private:
    QList<ErasableApplicant> ticked() const;
    void updateButtons();
    void saveMonths();
    void erase();

    Workspace* m_workspace;
    QList<ErasableApplicant> m_due;
    QLabel* m_summary;
    QSpinBox* m_months;
    /** How long applicants are kept, as stored when the dialog last read it. */
    int m_storedMonths = 0;
    QPushButton* m_saveMonths;
    QTreeWidget* m_list;
    QPushButton* m_erase;
};

} // namespace rekrutt
