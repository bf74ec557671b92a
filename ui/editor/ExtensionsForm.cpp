#include "ui/editor/ExtensionsForm.h"

#include "core/domain/Decisions.h"
#include "core/domain/Role.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/DecisionButtons.h"
#include "ui/editor/ExtensionsModel.h"
#include "ui/editor/ListEditor.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

ExtensionsForm::ExtensionsForm(CaseDocument* document, QWidget* parent)
    : SectionForm(document, tr("Extensions"), parent)
    , m_list(
          new ListEditor(new ExtensionsModel(document, this), tr("&Propose extension"), tr("&Remove extension"), this))
    , m_summary(new QLabel(this))
{
    m_list->view()->setAccessibleName(tr("Extensions"));
    m_list->setPlaceholderText(tr("No extensions. Press Insert or \"Propose extension\" to propose one; a dean then "
                                  "approves or rejects it."));
    m_decisions = new DecisionButtons(
        document, m_list, u"extensions"_s,
        {tr("&Approve"), tr("Re&ject"), tr("Approve the selected extension"), tr("Reject the selected extension"),
         tr("Approve the selected extension: it then moves the end date"), tr("Reject the selected extension"),
         tr("Only a dean may approve or reject extensions (§ 1.1, § 7). Choose your role under Settings."),
         tr("Approve extension %1"), tr("Reject extension %1")},
        [](const Case& c, int row) {
            return row >= 0 && row < c.extensions.size() ? std::optional(c.extensions.at(row).status) : std::nullopt;
        },
        [](Case& c, int row, DecisionStatus status, const QString& by, const QString& role, const QDateTime& at) {
            recordDecision(c.extensions[row], status, by, role, at);
        },
        this);
    addList(m_list);
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createNote(
        tr("Extensions for elected office, DION/SiN board work, unforeseen obstacles, health (§ 7.1, § 7.2), duty "
           "work beyond the contract and Norwegian training (§ 7.4). The office proposes; only approved extensions "
           "move the end date."),
        this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
}

QPushButton* ExtensionsForm::approveButton() const
{
    return m_decisions->approveButton();
}

QPushButton* ExtensionsForm::rejectButton() const
{
    return m_decisions->rejectButton();
}

void ExtensionsForm::decide(int row, DecisionStatus status)
{
    m_decisions->decide(row, status);
}

void ExtensionsForm::showCase(const Case&)
{
    const Period& period = document()->evaluation().period;
    m_summary->setText(tr("Approved: %1 · proposed, awaiting a decision: %2 (C-GRANTS).")
                           .arg(tr("%n day(s)", nullptr, period.grantedExtensionDays),
                                tr("%n day(s)", nullptr, period.pendingExtensionDays)));
    m_decisions->update();
}

} // namespace rekrutt
