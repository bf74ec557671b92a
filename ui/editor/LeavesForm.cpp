#include "ui/editor/LeavesForm.h"

#include "core/domain/Decisions.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DecisionButtons.h"
#include "ui/editor/LeavesModel.h"
#include "ui/editor/ListEditor.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

LeavesForm::LeavesForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Leave"), parent)
    , m_list(new ListEditor(new LeavesModel(document, this), tr("&Add leave"), tr("&Remove leave"), this))
    , m_summary(new QLabel(this))
{
    m_list->view()->setAccessibleName(tr("Leaves"));
    m_list->setPlaceholderText(tr("No leave recorded. Press Insert or \"Add leave\" to record one."));
    m_decisions = new DecisionButtons(
        document, m_list, u"leaves"_s,
        {tr("A&pprove"), tr("Re&ject"), tr("Approve the selected leave"), tr("Reject the selected leave"),
         tr("Approve the selected leave: it then extends the period"), tr("Reject the selected leave"),
         tr("Only a dean may approve or reject leave for a temporary position, a fellowship abroad or other leave "
            "(LEAVE-DECISION, § 7.3). Choose your role under Settings."),
         tr("Approve leave %1"), tr("Reject leave %1")},
        [](const Case& c, int row) {
            return row >= 0 && row < c.leaves.size() && leaveIsDecided(c.leaves.at(row).kind)
                ? std::optional(c.leaves.at(row).status)
                : std::nullopt;
        },
        [](Case& c, int row, DecisionStatus status, const QString& by, const QString& role, const QDateTime& at) {
            recordDecision(c.leaves[row], status, by, role, at);
        },
        this);
    addList(m_list);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Extension from leave"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createNote(
        tr("Sick leave, parental and care leave, other statutory and contractual leave (§ 7.1) extend the period, "
           "weighed by their percentage day by day. Leave for a temporary position or a fellowship abroad (§ 7.3) is "
           "decided by the dean and extends once approved, by six months at most together. \"Other leave\" never "
           "extends it."),
        this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
}

void LeavesForm::showCase(const Case&)
{
    const Period& period = document()->evaluation().period;
    m_summary->setText(tr("Leave extends the period by %n day(s) (C-LEAVE, C-LEAVE-CAP, C-FIXPOINT).", nullptr,
                          period.leaveExtensionDays));
    m_decisions->update();
}

} // namespace rekrutt
