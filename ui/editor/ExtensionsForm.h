#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;
class QPushButton;

namespace rekrutt {

class DecisionButtons;
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
    QPushButton* approveButton() const;
    QPushButton* rejectButton() const;

    /** Approves or rejects the extension in `row` (a dean only), as one undoable edit. */
    void decide(int row, DecisionStatus status);

protected:
    void showCase(const Case& c) override;

private:
    ListEditor* m_list;
    DecisionButtons* m_decisions = nullptr;
    QLabel* m_summary;
};

} // namespace rekrutt
