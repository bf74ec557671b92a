#include "ui/ViewPlaceholder.h"

#include <QAbstractItemView>
#include <QEvent>

namespace rekrutt {

ViewPlaceholder::ViewPlaceholder(QAbstractItemView* view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("placeholder"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setForegroundRole(QPalette::PlaceholderText);
    setContentsMargins(24, 24, 24, 24);
    view->viewport()->installEventFilter(this);
    hide();
}

void ViewPlaceholder::setMessage(const QString& text)
{
    m_message = text;
    setText(text);
    // Screen readers get the message as the view's description.
    m_view->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
    follow();
}

bool ViewPlaceholder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        follow();
    return QLabel::eventFilter(watched, event);
}

void ViewPlaceholder::follow()
{
    const QRect area = m_view->viewport()->rect();
    // A readable line length in wide windows, centred.
    const int width = std::min(area.width(), fontMetrics().averageCharWidth() * 72);
    setGeometry(area.x() + (area.width() - width) / 2, area.y(), width, area.height());
    raise();
}

} // namespace rekrutt
