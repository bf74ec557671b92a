#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace rekrutt {

/**
 * Paints a list item as a small card: its icon (Qt::DecorationRole), a bold heading (HeadingRole, in
 * HeadingColorRole when given) and its text (Qt::DisplayRole) wrapped to the width of the list below it.
 * For lists of sentences in a narrow panel: findings, deadlines, the history of a case.
 */
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        HeadingRole = Qt::UserRole + 100,
        HeadingColorRole,
    };

    explicit CardDelegate(QObject* parent = nullptr);

    /**
     * Makes `list` a list of cards: this delegate, scrolling by pixel, no horizontal scroll bar, and
     * the cards laid out again whenever the width changes (a scroll bar appearing included).
     */
    static void install(QListView* list);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static int textLeft(const QModelIndex& index);
};

} // namespace rekrutt
