#pragma once

#include <QStyledItemDelegate>

namespace rekrutt {

/**
 * Edits the cells of a CaseTableModel with the editor its column asks for: a combo box for a choice
 * (committed as soon as one is picked), a date field with a calendar, a spin box in the column's range.
 */
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TableDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    /** A little room beside the text, so that a column fitted to its contents does not touch its last letter. */
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rekrutt
