#include "ui/editor/ExtensionsForm.h"

#include "core/domain/Role.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
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
    m_approve = m_list->addActionButton(tr("&Approve"));
    m_reject = m_list->addActionButton(tr("Re&ject"));
    m_approve->setAccessibleName(tr("Approve the selected extension"));
    m_reject->setAccessibleName(tr("Reject the selected extension"));
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

    connect(m_approve, &QPushButton::clicked, this,
            [this] { decide(m_list->currentRow(), ExtensionStatus::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(m_list->currentRow(), ExtensionStatus::Rejected); });
    connect(m_list, &ListEditor::currentRowChanged, this, &ExtensionsForm::updateDecisionButtons);
    connect(document->workspace(), &Workspace::userChanged, this, &ExtensionsForm::updateDecisionButtons);
    updateDecisionButtons();
}

void ExtensionsForm::decide(int row, ExtensionStatus status)
{
    Workspace* workspace = document()->workspace();
    if (!mayDecideExtensions(workspace->role()) || row < 0 || row >= document()->data().extensions.size())
        return;
    const QString who = workspace->userName().isEmpty() ? workspace->actor().user : workspace->userName();
    const QString role = roleKey(workspace->role());
    const QDateTime now = QDateTime::currentDateTime();
    document()->edit(
        u"extensions[%1].status"_s.arg(row),
        status == ExtensionStatus::Approved ? tr("Approve extension %1").arg(row + 1)
                                            : tr("Reject extension %1").arg(row + 1),
        [&](Case& c) {
            Extension& e = c.extensions[row];
            e.status = status;
            e.decidedBy = who;
            e.decidedRole = role;
            e.decidedAt = now;
        },
        false);
    m_list->focusRow(row);
}

void ExtensionsForm::updateDecisionButtons()
{
    const bool dean = mayDecideExtensions(document()->workspace()->role());
    const int row = m_list->currentRow();
    const auto& extensions = document()->data().extensions;
    const std::optional<ExtensionStatus> status
        = row >= 0 && row < extensions.size() ? std::optional(extensions.at(row).status) : std::nullopt;
    m_approve->setEnabled(dean && status && *status != ExtensionStatus::Approved);
    m_reject->setEnabled(dean && status && *status != ExtensionStatus::Rejected);
    const QString onlyDean = tr("Only a dean may approve or reject extensions (§ 1.1, § 7). Choose your role under "
                                "Settings.");
    m_approve->setToolTip(dean ? tr("Approve the selected extension: it then moves the end date") : onlyDean);
    m_reject->setToolTip(dean ? tr("Reject the selected extension") : onlyDean);
}

void ExtensionsForm::showCase(const Case&)
{
    const Period& period = document()->evaluation().period;
    m_summary->setText(tr("Approved: %1 · proposed, awaiting a decision: %2 (C-GRANTS).")
                           .arg(tr("%n day(s)", nullptr, period.grantedExtensionDays),
                                tr("%n day(s)", nullptr, period.pendingExtensionDays)));
    updateDecisionButtons();
}

} // namespace rekrutt
