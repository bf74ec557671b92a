#pragma once

#include "core/domain/Case.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace rekrutt {

class CaseDocument;

/**
 * A table over one list of the case (leaves, extensions, applicants...). The document holds the data:
 * the model reads the list from it and turns every change into an undoable edit of the document, so
 * that a table and its undo history never disagree. Rows with findings carry the finding's severity
 * icon and message.
 *
 * A subclass describes its columns and reads and writes one cell; this class does the roles.
 */
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** What a column holds, which decides how it is shown and edited (TableDelegate). */
    struct Column
    {
        enum class Kind {
            Text,
            Whole, ///< int; `specialText` shown for `minimum`
            Number, ///< double with `decimals`
            Date, ///< a required date
            OptionalDate, ///< a date that may be empty
            Check, ///< bool, a check box in the cell
            Choice, ///< an enumerator, one of `choices`
            ReadOnly, ///< shown, never edited here
        };
        /** The case-format key of the field ("from", "percent"). */
        QString key;
        QString header;
        Kind kind = Kind::Text;
        QString toolTip;
        double minimum = 0;
        double maximum = 0;
        int decimals = 0;
        QString specialText;
        QStringList choices;
    };

    CaseTableModel(CaseDocument* document, QString listPath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const Column& column(int column) const { return m_columns.at(column); }
    /** The column of the field `key`, or -1. */
    int columnOf(const QString& key) const;
    /** The case-format path of the list ("leaves"). */
    const QString& listPath() const { return m_listPath; }
    /** "leaves[2]", or "leaves[2].to" with a column. */
    QString path(int row, int column = -1) const;
    CaseDocument* document() const { return m_document; }

    /** Adds a row with sensible values after the last one, as one undoable edit; returns its row. */
    int addRow();
    /** Removes `row` as one undoable edit; false when the edit was refused. */
    bool removeRow(int row);

    /**
     * Why the user may not change or remove `row` (a decision of another role), or an empty text when
     * they may. A locked row's cells are not editable; the document refuses such an edit anyway.
     */
    virtual QString lockReason(int row) const;
    /** "Leave 2 (Sickness, 05.01.2026–18.01.2026)": the row as a question about it names it. */
    virtual QString describeRow(int row) const;
    /**
     * A question to ask before a cell of `row` is changed (changing a decision), or an empty text when
     * the change needs none.
     */
    virtual QString confirmChange(int row) const;

    /** What a new row is called in the undo history ("leave", "extension"). */
    virtual QString itemName() const = 0;
    /** The column that takes the width the others leave (default: the last). */
    virtual int stretchColumn() const { return columnCount() - 1; }

protected:
    /** Call once from the subclass's constructor. */
    void setColumns(QList<Column> columns);
    /** Shows the list at `listPath` from now on (a nested list whose owner changed); resets the views. */
    void setListPath(const QString& listPath);

    virtual qsizetype count(const Case& c) const = 0;
    /** The value of a cell: QString, int, double, QDate or bool by the column's kind (Choice: the index). */
    virtual QVariant value(const Case& c, int row, int column) const = 0;
    /** Writes a cell; false when the value cannot be taken. */
    virtual bool setValue(Case& c, int row, int column, const QVariant& value) = 0;
    virtual void insertDefault(Case& c) = 0;
    virtual void remove(Case& c, int row) = 0;
    /** More for a cell: a tooltip, say. Default: nothing. */
    virtual QVariant extra(const Case& c, int row, int column, int role) const;

private:
    void refresh();
    QString displayText(const Column& column, const QVariant& value) const;

    CaseDocument* m_document;
    QString m_listPath;
    QList<Column> m_columns;
    int m_rows = 0;
};

} // namespace rekrutt
