#pragma once

#include <QTableView>
#include <QWidget>

class QPushButton;
class QHBoxLayout;

namespace rekrutt {

class CaseTableModel;

/** A table view that says what to do when it has no rows yet. */
class ListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListTableView(QWidget* parent = nullptr);
    void setPlaceholderText(const QString& text) { m_placeholder = text; }
    QSize sizeHint() const override;
    /** A cell's editor is open. */
    bool isEditing() const { return state() == EditingState; }
    /**
     * Columns fit their contents and header; `column` takes the room that is left while every column
     * fits. When they do not, it fits its contents too and the table scrolls: a header is never cut.
     */
    void setStretchColumn(int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();

    QString m_placeholder;
    int m_stretchColumn = -1;
};

/**
 * One list of the case as a table with Add and Remove buttons. Insert adds a row and Delete removes
 * the selected one when the table has the focus; more buttons (Approve, Reject...) go beside them.
 */
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    /** `addText` and `removeText` are the button texts ("&Add leave", "&Remove leave"). */
    ListEditor(CaseTableModel* model, const QString& addText, const QString& removeText, QWidget* parent = nullptr);

    CaseTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    /** A button after Add and Remove, for an action on the selected row. */
    QPushButton* addActionButton(const QString& text);

    /** The selected row, or -1. */
    int currentRow() const;
    /** Selects `row`, makes `column` current (-1: the first) and gives the table the focus. */
    void focusRow(int row, int column = -1);
    void setPlaceholderText(const QString& text);

    void addRow();
    void removeCurrentRow();

signals:
    /** The selected row changed (also after the rows were read again). */
    void currentRowChanged(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    /** The width `column` wants: its contents and header, at most 40 characters, a date field's at least. */
    int wantedWidth(int column) const;
    /** Sets every column to the width it wants (new rows, rows read again). */
    void fitColumns();
    /**
     * Widens the columns whose contents grew (a status that became "Approved"), never narrows one the user
     * made wide. Once per burst of edits, and only while the table can be seen.
     */
    void growColumnsLater();

    CaseTableModel* m_model;
    ListTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QHBoxLayout* m_buttons;
    bool m_growPending = false;
};

} // namespace rekrutt
