#include "ui/editor/TableDelegate.h"

#include "ui/editor/CaseTableModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/NumberSpinBox.h"
#include "ui/editor/SectionForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace rekrutt {

namespace {

const CaseTableModel::Column* columnOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const CaseTableModel*>(index.model());
    return model ? &model->column(index.column()) : nullptr;
}

} // namespace

TableDelegate::TableDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* TableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const CaseTableModel::Column* column = columnOf(index);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    using Kind = CaseTableModel::Column::Kind;
    QWidget* editor = nullptr;
    switch (column->kind) {
    case Kind::Choice: {
        auto* combo = new QComboBox(parent);
        combo->addItems(column->choices);
        // A choice is made when it is picked: no need to leave the cell first.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<TableDelegate*>(this);
            emit self->commitData(combo);
        });
        editor = combo;
        break;
    }
    case Kind::Date:
    case Kind::OptionalDate: {
        auto* date = new DateEdit(parent);
        date->setNullable(column->kind == Kind::OptionalDate);
        date->setInCell(true);
        date->setFieldName(column->header);
        // A date picked in the calendar is taken at once; typed ones go with Tab, Enter or leaving the cell.
        connect(date, &DateEdit::dateEdited, this, [this, date] {
            auto* self = const_cast<TableDelegate*>(this);
            emit self->commitData(date);
        });
        editor = date;
        break;
    }
    case Kind::Whole: {
        // What is typed is taken, also out of the column's range: the cell then shows why it cannot be saved.
        auto* spin = new QSpinBox(parent);
        spin->setRange(std::min(0, static_cast<int>(column->minimum)),
                       std::max(static_cast<int>(column->maximum), SectionForm::typingLimit));
        spin->setSpecialValueText(column->specialText);
        editor = spin;
        break;
    }
    case Kind::Number: {
        auto* spin = new NumberSpinBox(parent);
        spin->setDecimals(column->decimals);
        spin->setRange(std::min(0.0, column->minimum),
                       std::max(column->maximum, static_cast<double>(SectionForm::typingLimit)));
        editor = spin;
        break;
    }
    case Kind::Text:
        return QStyledItemDelegate::createEditor(parent, option, index);
    case Kind::Check:
    case Kind::ReadOnly:
        return nullptr;
    }
    editor->setAccessibleName(column->header);
    return editor;
}

void TableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(value.toInt());
    else if (auto* date = qobject_cast<DateEdit*>(editor))
        date->setDate(value.toDate());
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor))
        number->setValue(value.toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void TableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentIndex(), Qt::EditRole);
    } else if (auto* date = qobject_cast<DateEdit*>(editor)) {
        // Only a date that was read: a text that is not one stays in the cell with its reason.
        if (!date->hasPendingText() || date->commit())
            model->setData(index, date->date(), Qt::EditRole);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor)) {
        number->interpretText();
        model->setData(index, number->value(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void TableDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    // Date fields need room for the calendar button and the clear button.
    QRect rect = option.rect;
    if (qobject_cast<DateEdit*>(editor))
        rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
    Q_UNUSED(index)
}

QSize TableDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.averageCharWidth() * 2;
    return size;
}

} // namespace rekrutt
