#include "ui/editor/HistoryPanel.h"

#include "core/storage/AuditTrail.h"
#include "ui/Workspace.h"
#include "ui/editor/CardDelegate.h"
#include "ui/editor/HistoryText.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

HistoryPanel::HistoryPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    CardDelegate::install(m_list);
    m_list->setAccessibleName(tr("History of the case"));
    // The other panels follow the language at once (CaseEditor); so does the history.
    connect(m_workspace, &Workspace::languageChanged, this, [this] { reload(m_caseId, m_saved); });
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
}

void HistoryPanel::reload(qint64 caseId, const Case& saved)
{
    m_caseId = caseId;
    m_saved = saved;
    m_list->clear();
    if (caseId == 0 || !m_workspace->isOpen()) {
        m_status->setText(tr("The case is not saved yet: its history begins when it is."));
        return;
    }
    QString error;
    const auto trail = m_workspace->run(tr("Reading the history…"), [&](OfficeService& office) {
        return AuditTrail::forCase(office.database(), caseId, &error);
    });
    if (!trail) {
        m_status->setText(tr("Cannot read the history: %1").arg(error));
        return;
    }
    const QList<HistoryCard> cards = HistoryText(m_workspace->language()).cards(*trail, saved);
    for (const HistoryCard& card : cards) {
        // A bullet for each record changed, so that a line the panel wraps does not read as another record.
        auto* item = new QListWidgetItem(u"• "_s + card.lines.join(u"\n• "_s), m_list);
        item->setData(CardDelegate::HeadingRole, card.heading);
        item->setData(Qt::AccessibleTextRole, QString(card.heading + u":\n"_s + card.text()));
        // The login beside the name and role: who was at the keyboard, where it does not read as a role.
        item->setToolTip(card.details);
    }
    m_status->setText(tr("%n save(s), newest first.", nullptr, static_cast<int>(cards.size())));
}

} // namespace rekrutt
