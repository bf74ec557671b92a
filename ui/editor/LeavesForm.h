#pragma once

#include "ui/editor/SectionForm.h"

class QLabel;

namespace rekrutt {

class DecisionButtons;
class ListEditor;

/** The leaves of absence and how much they extend the period (`leaves`, LEAVE-EXT, C-LEAVE). */
class LeavesForm : public SectionForm
{
    Q_OBJECT

public:
    explicit LeavesForm(CaseDocument* document, QWidget* parent = nullptr);

    ListEditor* list() const { return m_list; }
    DecisionButtons* decisions() const { return m_decisions; }

protected:
    void showCase(const Case& c) override;

private:
    ListEditor* m_list;
    DecisionButtons* m_decisions = nullptr;
    QLabel* m_summary;
};

} // namespace rekrutt
