#include "ui/editor/ListEditor.h"

#include "ui/MessageBox.h"
#include "ui/editor/CaseTableModel.h"
#include "ui/editor/DateEdit.h"
#include "ui/editor/TableDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rekrutt {

ListTableView::ListTableView(QWidget* parent)
    : QTableView(parent)
{ }

QSize ListTableView::sizeHint() const
{
    // Room for the header and about five rows; the form's scroll area gives more when there is more.
    const int rowHeight = verticalHeader()->defaultSectionSize();
    const int rows = model() ? std::clamp(model()->rowCount(), 4, 10) : 4;
    return {QTableView::sizeHint().width(),
            horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * frameWidth() + 4};
}

void ListTableView::setStretchColumn(int column)
{
    m_stretchColumn = column;
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    if (QAbstractItemModel* m = model()) {
        connect(m, &QAbstractItemModel::modelReset, this, &ListTableView::fitColumns);
        connect(m, &QAbstractItemModel::dataChanged, this, &ListTableView::fitColumns);
        connect(m, &QAbstractItemModel::rowsInserted, this, &ListTableView::fitColumns);
    }
    fitColumns();
}

void ListTableView::fitColumns()
{
    QHeaderView* header = horizontalHeader();
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count())
        return;
    int needed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            needed += std::max(header->sectionSizeHint(column), sizeHintForColumn(column));
    }
    const auto mode = needed <= viewport()->width() ? QHeaderView::Stretch : QHeaderView::ResizeToContents;
    if (header->sectionResizeMode(m_stretchColumn) != mode)
        header->setSectionResizeMode(m_stretchColumn, mode);
}

void ListTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ListTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

ListEditor::ListEditor(CaseTableModel* model, const QString& addText, const QString& removeText, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new ListTableView(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
    , m_buttons(new QHBoxLayout)
{
    m_view->setModel(model);
    m_view->setItemDelegate(new TableDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab and Shift+Tab go from cell to cell (taking what an open editor holds), and on from the last cell
    // to the buttons; Ctrl+Tab leaves the table at once. A row is added only by Insert or the Add button.
    m_view->setTabKeyNavigation(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Every column fits its contents and header, in either language; one takes the room that is left. The
    // lists are short, so measuring every row is cheap.
    m_view->setStretchColumn(model->stretchColumn());
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_add->setToolTip(tr("Adds a row (Insert in the table)"));

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &ListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ListEditor::removeCurrentRow);
    // Both signals: clicking the row that is current already but not selected (the view makes the first
    // row current when it takes the focus) changes the selection and not the current row.
    const auto rowMayHaveChanged = [this] {
        updateButtons();
        emit currentRowChanged(currentRow());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, rowMayHaveChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, rowMayHaveChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateButtons();
        emit currentRowChanged(currentRow());
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        growColumnsLater();
        updateButtons();
        emit currentRowChanged(currentRow());
    });
    fitColumns();
    updateButtons();
}

QPushButton* ListEditor::addActionButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

int ListEditor::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}) ? current.row() : -1;
}

void ListEditor::focusRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, column >= 0 ? column : 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

int ListEditor::wantedWidth(int column) const
{
    // QTableView hides sizeHintForColumn(); QAbstractItemView's public one calls the same function.
    const int contents = std::max(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                                  m_view->horizontalHeader()->sectionSizeHint(column));
    // No column so wide that a long reason pushes the others out of view...
    const int width = std::min(contents, m_view->fontMetrics().averageCharWidth() * 40);
    // ...and a date column as wide as the date field that edits it, so that the field does not cover the next.
    const auto kind = m_model->column(column).kind;
    if (kind == CaseTableModel::Column::Kind::Date || kind == CaseTableModel::Column::Kind::OptionalDate) {
        static const int dateWidth = DateEdit().sizeHint().width();
        return std::max(width, dateWidth);
    }
    return width;
}

void ListEditor::fitColumns()
{
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, wantedWidth(column));
}

void ListEditor::growColumnsLater()
{
    // Every edit of the case refreshes every list of the editor: measure once, after the burst, and not
    // for tables on pages nobody looks at (showEvent() catches up).
    if (m_growPending)
        return;
    m_growPending = true;
    if (!isVisible())
        return;
    QTimer::singleShot(0, this, [this] {
        if (!m_growPending || !isVisible())
            return;
        m_growPending = false;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (const int wanted = wantedWidth(column); wanted > m_view->columnWidth(column))
                m_view->setColumnWidth(column, wanted);
        }
    });
}

void ListEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_growPending) {
        m_growPending = false;
        growColumnsLater();
    }
}

void ListEditor::setPlaceholderText(const QString& text)
{
    m_view->setPlaceholderText(text);
}

void ListEditor::addRow()
{
    const int row = m_model->addRow();
    fitColumns();
    focusRow(row);
}

void ListEditor::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (const QString locked = m_model->lockReason(row); !locked.isEmpty()) {
        MessageBox::information(this, tr("Cannot remove"), locked);
        return;
    }
    const QString what = m_model->describeRow(row);
    const auto answer = MessageBox::question(
        this, tr("Remove"), tr("Remove %1? Undo (Ctrl+Z) brings it back until the case is closed.").arg(what),
        {MessageBox::Yes, MessageBox::Cancel}, MessageBox::Yes);
    if (answer != MessageBox::Yes || !m_model->removeRow(row))
        return;
    focusRow(std::min(row, m_model->rowCount() - 1));
    if (m_model->rowCount() == 0)
        m_add->setFocus();
}

void ListEditor::updateButtons()
{
    const int row = currentRow();
    const QString locked = row >= 0 ? m_model->lockReason(row) : QString();
    m_remove->setEnabled(row >= 0 && locked.isEmpty());
    m_remove->setToolTip(locked.isEmpty() ? tr("Removes the selected row after asking (Delete in the table)") : locked);
}

bool ListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->isEditing()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete && currentRow() >= 0) {
            removeCurrentRow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rekrutt
