#include "ui/editor/HistoryPanel.h"

#include "core/domain/Role.h"
#include "core/storage/AuditTrail.h"
#include "ui/Workspace.h"
#include "ui/editor/CardDelegate.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

HistoryPanel::HistoryPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    m_list->setItemDelegate(new CardDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("History of the case"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
}

void HistoryPanel::reload(qint64 caseId)
{
    m_list->clear();
    if (caseId == 0 || !m_workspace->isOpen()) {
        m_status->setText(tr("The case is not saved yet: its history begins when it is."));
        return;
    }
    QString error;
    const auto trail = AuditTrail::forCase(m_workspace->database(), caseId, &error);
    if (!trail) {
        m_status->setText(tr("Cannot read the history: %1").arg(error));
        return;
    }
    const QLocale locale;
    const Language language = m_workspace->language();
    for (auto entry = trail->crbegin(); entry != trail->crend(); ++entry) {
        const auto role = roleFromKey(entry->role);
        const QString roleText = role ? translate(language, "Enums", roleLabel(*role)) : entry->role;
        const QString field = entry->field.isEmpty() ? entry->record : entry->record + u'.' + entry->field;
        const QString before = entry->oldValue.isEmpty() ? tr("(empty)") : entry->oldValue;
        const QString after = entry->newValue.isEmpty() ? tr("(empty)") : entry->newValue;
        // "case.created" and "case.imported" name what happened, with no value before.
        const QString change = entry->oldValue.isEmpty() && entry->record == u"case"_s
            ? tr("%1: %2").arg(field, after)
            : tr("%1: %2 → %3").arg(field, before, after);
        const QString heading
            = tr("%1 · %2 (%3)")
                  .arg(locale.toString(entry->at.toLocalTime(), QLocale::ShortFormat), entry->user, roleText);
        auto* item = new QListWidgetItem(change, m_list);
        item->setData(CardDelegate::HeadingRole, heading);
        item->setData(Qt::AccessibleTextRole, QString(heading + u": "_s + change));
        item->setToolTip(heading);
    }
    m_status->setText(tr("%n change(s), newest first.", nullptr, static_cast<int>(trail->size())));
}

} // namespace rekrutt
