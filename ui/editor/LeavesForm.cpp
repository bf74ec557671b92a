#include "ui/editor/LeavesForm.h"

#include "ui/editor/CaseDocument.h"
#include "ui/editor/LeavesModel.h"
#include "ui/editor/ListEditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rekrutt {

LeavesForm::LeavesForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Leave"), parent)
    , m_list(new ListEditor(new LeavesModel(document, this), tr("&Add leave"), tr("&Remove leave"), this))
    , m_summary(new QLabel(this))
{
    m_list->view()->setAccessibleName(tr("Leaves"));
    m_list->setPlaceholderText(tr("No leave recorded. Press Insert or \"Add leave\" to record one."));
    addList(m_list);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Extension from leave"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createNote(
        tr("Sick leave, parental and care leave, other statutory and contractual leave (§ 7.1) and leave for a "
           "temporary position or a fellowship abroad (§ 7.3, at most six months together) extend the period, "
           "weighed by their percentage day by day. \"Other leave\" does not extend it."),
        this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
}

void LeavesForm::showCase(const Case&)
{
    const Period& period = document()->evaluation().period;
    m_summary->setText(
        tr("Leave extends the period by %n day(s) (C-LEAVE, C-FIXPOINT).", nullptr, period.leaveExtensionDays));
}

} // namespace rekrutt
