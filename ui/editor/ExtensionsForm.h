#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;
class QPushButton;

namespace rekrutt {

class ListEditor;

/**
 * The extensions (`extensions`) and the dean's decisions on them. Approve and Reject are a dean's
 * (mayDecideExtensions): they set the status and record who decided, in which role and when.
 */
class ExtensionsForm : public SectionForm
{
    Q_OBJECT

public:
    explicit ExtensionsForm(CaseDocument* document, QWidget* parent = nullptr);

    ListEditor* list() const { return m_list; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }

    /** Approves or rejects the extension in `row` (a dean only), as one undoable edit. */
    void decide(int row, ExtensionStatus status);

protected:
    void showCase(const Case& c) override;

private:
    void updateDecisionButtons();

    ListEditor* m_list;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_summary;
};

} // namespace rekrutt
