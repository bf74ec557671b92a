#include "ui/WorklistModel.h"

#include "ui/DeadlineListModel.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>

namespace rekrutt {

WorklistModel::WorklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void WorklistModel::setItems(const QList<WorkItem>& items, QDate today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

void WorklistModel::setPalette(const QPalette& palette)
{
    m_negative = listColors::negative(palette);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QString WorklistModel::whatText(const WorkItem& item)
{
    switch (item.kind) {
    case WorkItem::Kind::ExtensionDecision: {
        const auto kind = fromKey<ExtensionKind>(item.detail);
        const QString label = kind ? QCoreApplication::translate("Enums", labelSource(*kind)) : item.detail;
        return tr("Decide on a proposed extension (%1, %n day(s))", nullptr, item.count).arg(label);
    }
    case WorkItem::Kind::LeaveDecision: {
        const auto kind = fromKey<LeaveKind>(item.detail);
        const QString label = kind ? QCoreApplication::translate("Enums", labelSource(*kind)) : item.detail;
        return tr("Decide on proposed leave (%1, %n day(s))", nullptr, item.count).arg(label);
    }
    case WorkItem::Kind::RankingSignature:
        return tr("Sign the recommendation ranking of %n applicant(s)", nullptr, item.count);
    case WorkItem::Kind::OverdueDeadline:
        return tr("Overdue: %1").arg(deadlineLabelText(item.detail));
    case WorkItem::Kind::CaseErrors:
        return tr("Fix %n error(s), the first %1", nullptr, item.count).arg(item.detail);
    }
    return {};
}

QString WorklistModel::whenText(const WorkItem& item, QDate today)
{
    if (item.kind == WorkItem::Kind::OverdueDeadline) {
        return tr("due %1, %2")
            .arg(shortDate(item.date), DeadlineListModel::daysLeftText(static_cast<int>(today.daysTo(item.date))));
    }
    return tr("since %1").arg(shortDate(item.date));
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CaseColumn:
            return listName(item.familyName, item.givenName);
        case WhatColumn:
            return whatText(item);
        case WhenColumn:
            return whenText(item, m_today);
        case UnitColumn:
            return item.unit;
        }
        return {};
    case Qt::ForegroundRole:
        if (item.kind == WorkItem::Kind::OverdueDeadline && index.column() == WhenColumn && m_negative.isValid())
            return m_negative;
        return {};
    case CaseIdRole:
        return item.caseId;
    case FieldRole:
        return item.field;
    case KindRole:
        return static_cast<int>(item.kind);
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case WhatColumn:
        return tr("What waits");
    case WhenColumn:
        return tr("Since or due");
    case UnitColumn:
        return tr("Unit");
    }
    return {};
}

} // namespace rekrutt
