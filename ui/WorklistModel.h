#pragma once

#include "core/storage/Worklist.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPalette>

namespace rekrutt {

/**
 * What waits for the signed-in role (Worklist::forRole()), one row per item: whose case, what waits,
 * and since or by when, in the language of the application.
 */
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseColumn, WhatColumn, WhenColumn, UnitColumn, ColumnCount };

    enum Role {
        /** The case's database id (qint64), in every column. */
        CaseIdRole = Qt::UserRole,
        /** The case-format path of the field where the item is handled (QString; empty for errors). */
        FieldRole,
        /** The item's WorkItem::Kind (int). */
        KindRole,
    };

    explicit WorklistModel(QObject* parent = nullptr);

    /** Replaces every row (a model reset); `today` decides how many days a deadline is overdue. */
    void setItems(const QList<WorkItem>& items, QDate today);
    const QList<WorkItem>& items() const { return m_items; }

    /** The palette the colour of overdue rows is derived from (the view's). */
    void setPalette(const QPalette& palette);

    /** "Decide on a proposed extension (Unforeseen obstacle, 30 days)", "Overdue: Project plan"... */
    static QString whatText(const WorkItem& item);
    /** "since 01.12.2026", or "due 01.11.2025, 395 days overdue". */
    static QString whenText(const WorkItem& item, QDate today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkItem> m_items;
    QDate m_today;
    QColor m_negative;
};

} // namespace rekrutt
