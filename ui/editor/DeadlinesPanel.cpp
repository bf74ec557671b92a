#include "ui/editor/DeadlinesPanel.h"

#include "ui/editor/CardDelegate.h"
#include "ui/editor/SeverityStyle.h"

#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

DeadlinesPanel::DeadlinesPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    CardDelegate::install(m_list);
    m_list->setAccessibleName(tr("Deadlines"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

void DeadlinesPanel::setDeadlines(const QList<Deadline>& deadlines, Language language, QDate today)
{
    const QLocale locale;
    auto date = [&](QDate d) { return locale.toString(d, QLocale::ShortFormat); };
    static const QIcon none = [] {
        QPixmap blank(20, 20);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }();
    m_list->clear();
    for (const Deadline& deadline : deadlines) {
        QString status;
        bool missed = false;
        if (deadline.done) {
            missed = deadline.doneOn > deadline.due;
            status = missed ? tr("done late, on %1").arg(date(deadline.doneOn))
                            : tr("done on %1").arg(date(deadline.doneOn));
        } else {
            missed = today > deadline.due;
            status = missed ? tr("overdue") : tr("open");
        }
        const QString label = translate(language, "Rules", deadlineLabel(deadline.id));
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(CardDelegate::HeadingRole, tr("Due %1 · %2").arg(date(deadline.due), status));
        if (missed) {
            item->setIcon(severityIcon(Severity::Warning));
            item->setData(CardDelegate::HeadingColorRole, severityColor(Severity::Warning, m_list->palette()));
        } else {
            item->setIcon(deadline.done ? style()->standardIcon(QStyle::SP_DialogApplyButton) : none);
        }
        item->setToolTip(u"%1 (%2)"_s.arg(QString::fromLatin1(deadlineRule(deadline.id)),
                                          QString::fromUtf8(deadlineSource(deadline.id))));
        item->setData(Qt::AccessibleTextRole, tr("%1: due %2, %3").arg(label, date(deadline.due), status));
    }
}

} // namespace rekrutt
