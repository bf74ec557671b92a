#include "ui/editor/CardDelegate.h"

#include <QListView>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace rekrutt {

namespace {
constexpr int margin = 6;
constexpr int iconSize = 20;
constexpr int gap = 2;
} // namespace

CardDelegate::CardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void CardDelegate::install(QListView* list)
{
    list->setItemDelegate(new CardDelegate(list));
    list->setUniformItemSizes(false);
    list->setResizeMode(QListView::Adjust);
    // QListView lays a top-to-bottom list out again on a change of height only, unless it wraps: without
    // this, cards overlap once a scroll bar takes some of the width.
    list->setWordWrap(true);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

int CardDelegate::textLeft(const QModelIndex& index)
{
    return index.data(Qt::DecorationRole).isNull() ? margin : margin + iconSize + 8;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The view's width, not the option's: a list in Adjust mode asks again when it is resized.
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = (view ? view->viewport()->width() : 300) - textLeft(index) - margin;
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textHeight = text.isEmpty()
        ? 0
        : metrics.boundingRect(QRect(0, 0, std::max(width, 50), 100000), Qt::TextWordWrap, text).height() + gap;
    return {std::max(width, 50), margin + metrics.height() + textHeight + margin};
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background and selection as the style draws them, without the item's own text and icon.
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect rect = option.rect.adjusted(margin, margin, -margin, -margin);
    if (!icon.isNull())
        icon.paint(painter, QRect(rect.left(), rect.top(), iconSize, iconSize));

    painter->save();
    const QFontMetrics metrics(option.font);
    const QRect text = option.rect.adjusted(textLeft(index), margin, -margin, -margin);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QVariant headingColor = index.data(HeadingColorRole);
    painter->setPen(selected                     ? opt.palette.color(QPalette::HighlightedText)
                        : headingColor.isValid() ? headingColor.value<QColor>()
                                                 : opt.palette.color(QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), text.width(), metrics.height()),
                      Qt::AlignLeft | Qt::TextSingleLine,
                      metrics.elidedText(index.data(HeadingRole).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text.adjusted(0, metrics.height() + gap, 0, 0), Qt::TextWordWrap | Qt::AlignLeft,
                      index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace rekrutt
