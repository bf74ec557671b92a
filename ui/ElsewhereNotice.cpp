#include "ui/ElsewhereNotice.h"

#include "core/storage/OfficeNotifications.h"
#include "ui/editor/SeverityStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QToolButton>

namespace rekrutt {

ElsewhereNotice::ElsewhereNotice(Record record, QWidget* parent)
    : QFrame(parent)
    , m_record(record)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("changedElsewhere"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, problemBackground(colours));
    setPalette(colours);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Changed by another user"));
    auto* dismiss = new QToolButton(this);
    dismiss->setText(tr("&Dismiss"));
    dismiss->setToolTip(tr("Hide this notice; your changes stay as they are"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    hide();
}

void ElsewhereNotice::showChange(const OfficeChange& change, const QTime& time)
{
    const QString at = QLocale().toString(time, QLocale::ShortFormat);
    const bool isCase = m_record == Record::Case;
    QString text;
    if (change.change == u"delete") {
        text = isCase ? tr("%1 deleted this case at %2. What you see here is no longer stored; saving it will be "
                           "refused.")
                      : tr("%1 deleted this vacancy at %2. What you see here is no longer stored; saving it will be "
                           "refused.");
    } else {
        text = isCase ? tr("%1 saved this case at %2. Your changes here are kept: saving them checks them against "
                           "theirs, and nothing of theirs is overwritten. Close the case and open it again to see "
                           "what they changed.")
                      : tr("%1 saved this vacancy at %2. Your changes here are kept: saving them checks them against "
                           "theirs, and nothing of theirs is overwritten. Close the vacancy and open it again to see "
                           "what they changed.");
    }
    m_text->setText(text.arg(change.login, at));
    show();
}

} // namespace rekrutt
