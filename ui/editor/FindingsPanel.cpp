#include "ui/editor/FindingsPanel.h"

#include "core/rules/RuleCatalogue.h"
#include "ui/editor/CardDelegate.h"
#include "ui/editor/SeverityStyle.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

enum Role {
    FieldRole = Qt::UserRole + 1,
    KeyRole, ///< rule and field, to keep the selection across updates
};

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    CardDelegate::install(m_list);
    m_list->setAccessibleName(tr("Findings"));
    m_list->setToolTip(tr("Double-click a finding or press Enter to go to the field concerned"));
    m_empty->setText(tr("No findings: the case follows every rule checked."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    m_empty->hide();

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            emit fieldActivated(field);
    });
}

void FindingsPanel::setFindings(const QList<Finding>& findings, Language language,
                                const std::function<QString(const QString&)>& pageOf)
{
    const QListWidgetItem* current = m_list->currentItem();
    const QString selectedKey = current ? current->data(KeyRole).toString() : QString();

    m_list->clear();
    for (const Finding& finding : findings) {
        const QString rule = QString::fromLatin1(finding.rule);
        QString heading = rule + u"  ·  "_s + QString::fromUtf8(finding.source);
        const QString page = finding.field.isEmpty() ? QString() : pageOf(finding.field);
        if (!page.isEmpty())
            heading += u"  ·  "_s + page;
        const QString message = finding.message.render(language);
        auto* item = new QListWidgetItem(message, m_list);
        item->setData(FieldRole, finding.field);
        item->setIcon(severityIcon(finding.severity));
        item->setData(CardDelegate::HeadingRole, heading);
        item->setData(CardDelegate::HeadingColorRole, severityColor(finding.severity, m_list->palette()));
        item->setData(KeyRole, QString(rule + u'|' + finding.field));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2: %3").arg(severityLabel(finding.severity), heading, message));
        QString toolTip = severityLabel(finding.severity);
        if (const RuleInfo* info = findRule(rule))
            toolTip += u" — "_s + translate(language, "Rules", info->title);
        if (!page.isEmpty())
            toolTip += u"\n"_s + tr("Double-click or press Enter to go to the field on the page \"%1\".").arg(page);
        item->setToolTip(toolTip);
        if (!selectedKey.isEmpty() && item->data(KeyRole).toString() == selectedKey)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!findings.isEmpty());
    m_empty->setVisible(findings.isEmpty());
}

QString FindingsPanel::fieldAt(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    return item ? item->data(FieldRole).toString() : QString();
}

} // namespace rekrutt
