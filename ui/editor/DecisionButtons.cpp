#include "ui/editor/DecisionButtons.h"

#include "core/domain/Role.h"
#include "ui/Workspace.h"
#include "ui/editor/CaseDocument.h"
#include "ui/editor/ListEditor.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rekrutt {

DecisionButtons::DecisionButtons(CaseDocument* document, ListEditor* list, QString field, Texts texts,
                                 StatusOf statusOf, Apply apply, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_list(list)
    , m_field(std::move(field))
    , m_texts(std::move(texts))
    , m_statusOf(std::move(statusOf))
    , m_apply(std::move(apply))
    , m_approve(list->addActionButton(m_texts.approveText))
    , m_reject(list->addActionButton(m_texts.rejectText))
{
    m_approve->setAccessibleName(m_texts.approveName);
    m_reject->setAccessibleName(m_texts.rejectName);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(m_list->currentRow(), DecisionStatus::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(m_list->currentRow(), DecisionStatus::Rejected); });
    connect(m_list, &ListEditor::currentRowChanged, this, &DecisionButtons::update);
    connect(document->workspace(), &Workspace::userChanged, this, &DecisionButtons::update);
    update();
}

void DecisionButtons::decide(int row, DecisionStatus status)
{
    Workspace* workspace = m_document->workspace();
    if (!mayDecideExtensions(workspace->role()) || !m_statusOf(m_document->data(), row))
        return;
    const QString who = workspace->userName().isEmpty() ? workspace->actor().user : workspace->userName();
    const QString role = roleKey(workspace->role());
    const QDateTime now = workspace->clock().now().toLocalTime();
    m_document->edit(
        u"%1[%2].status"_s.arg(m_field).arg(row),
        (status == DecisionStatus::Approved ? m_texts.approveUndo : m_texts.rejectUndo).arg(row + 1),
        [&](Case& c) { m_apply(c, row, status, who, role, now); }, false);
    m_list->focusRow(row);
}

void DecisionButtons::update()
{
    const bool dean = mayDecideExtensions(m_document->workspace()->role());
    const std::optional<DecisionStatus> status = m_statusOf(m_document->data(), m_list->currentRow());
    m_approve->setEnabled(dean && status && *status != DecisionStatus::Approved);
    m_reject->setEnabled(dean && status && *status != DecisionStatus::Rejected);
    m_approve->setToolTip(dean ? m_texts.approveTip : m_texts.onlyDean);
    m_reject->setToolTip(dean ? m_texts.rejectTip : m_texts.onlyDean);
}

} // namespace rekrutt
