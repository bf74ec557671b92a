#include "ui/DeadlineListModel.h"

#include "core/rules/RuleCatalogue.h"
#include "ui/CaseListModel.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
/** Deadlines this close are marked even before they are overdue. */
constexpr int soonDays = 14;
} // namespace

DeadlineListModel::DeadlineListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setPalette(QGuiApplication::palette());
}

void DeadlineListModel::setCases(const QList<CaseSummary>& cases, QDate today)
{
    beginResetModel();
    m_today = today;
    m_entries.clear();
    QHash<int, QString> typeLabels;
    for (const CaseSummary& summary : cases) {
        const auto deadlines = summary.openDeadlineList();
        if (deadlines.isEmpty())
            continue;
        auto type = typeLabels.find(int(summary.type));
        if (type == typeLabels.end())
            type = typeLabels.insert(int(summary.type), CaseListModel::typeLabel(summary.type));
        for (const auto& [due, key] : deadlines) {
            if (!due.isValid())
                continue;
            Entry e;
            e.caseId = summary.id;
            e.due = due;
            e.key = key;
            e.deadline = deadlineFromKey(key);
            e.label = deadlineLabelText(key);
            e.familyName = summary.familyName;
            e.givenName = summary.givenName;
            e.name = listName(summary.familyName, summary.givenName);
            e.type = summary.type;
            e.typeLabel = *type;
            e.unit = summary.unit;
            e.daysLeft = int(today.daysTo(due));
            m_entries.append(std::move(e));
        }
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.due != b.due ? a.due < b.due : a.name < b.name; });
    endResetModel();
}

void DeadlineListModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    m_overdueIcon = listColors::overdueIcon(palette);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, Qt::DecorationRole});
}

QString DeadlineListModel::daysLeftText(int days)
{
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, -days);
    if (days == 0)
        return tr("due today");
    return tr("in %n day(s)", nullptr, days);
}

QString DeadlineListModel::ruleText(const Entry& entry)
{
    if (!entry.deadline)
        return QString();
    return tr("%1, %2", "rule, section")
        .arg(QString::fromUtf8(deadlineRule(*entry.deadline)), QString::fromUtf8(deadlineSource(*entry.deadline)));
}

CalendarEvent DeadlineListModel::calendarEvent(const Entry& entry)
{
    CalendarEvent event;
    event.uid = u"case-%1-%2-%3@rekrutt"_s.arg(entry.caseId).arg(entry.key, entry.due.toString(u"yyyyMMdd"_s));
    event.date = entry.due;
    const QString person = entry.givenName.isEmpty()
        ? entry.familyName
        : tr("%1 %2", "given name, family name").arg(entry.givenName, entry.familyName);
    event.summary = tr("%1 – %2", "calendar: deadline – person").arg(entry.label, person);
    QStringList lines;
    if (entry.deadline)
        lines << tr("Rule %1 (%2 of the guidelines)")
                     .arg(QString::fromUtf8(deadlineRule(*entry.deadline)),
                          QString::fromUtf8(deadlineSource(*entry.deadline)));
    lines << (entry.unit.isEmpty() ? entry.typeLabel : tr("%1, %2").arg(entry.typeLabel, entry.unit));
    lines << tr("Rekrutt case %1").arg(entry.caseId);
    event.description = lines.join(u'\n');
    return event;
}

int DeadlineListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeadlineListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DeadlineListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DeadlineListModel::displayData(const Entry& e, int column) const
{
    switch (column) {
    case DueColumn:
        return shortDate(e.due);
    case DaysLeftColumn:
        return daysLeftText(e.daysLeft);
    case DeadlineColumn:
        return e.label;
    case RuleColumn:
        return ruleText(e);
    case CaseColumn:
        return e.name;
    case TypeColumn:
        return e.typeLabel;
    case UnitColumn:
        return e.unit;
    default:
        return {};
    }
}

QVariant DeadlineListModel::toolTip(const Entry& e, int column) const
{
    switch (column) {
    case DueColumn:
    case DaysLeftColumn:
        return tr("Due %1 (%2).").arg(QLocale().toString(e.due, QLocale::LongFormat), daysLeftText(e.daysLeft));
    case RuleColumn:
        if (e.deadline) {
            const QString rule = QString::fromUtf8(deadlineRule(*e.deadline));
            if (const RuleInfo* info = findRule(rule))
                return tr("%1: %2").arg(rule, QCoreApplication::translate("Rules", info->title));
        }
        return {};
    case CaseColumn:
        return tr("%1 %2, case %3").arg(e.givenName, e.familyName).arg(e.caseId);
    case DeadlineColumn:
    case TypeColumn:
    case UnitColumn:
        return displayData(e, column);
    default:
        return {};
    }
}

QVariant DeadlineListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        return toolTip(e, column);
    case Qt::AccessibleTextRole:
        if (column == DueColumn)
            return QLocale().toString(e.due, QLocale::LongFormat);
        return displayData(e, column);
    case Qt::ForegroundRole:
        if (column == DueColumn || column == DaysLeftColumn) {
            if (e.isOverdue())
                return listColors::negative(m_palette);
            if (e.daysLeft <= soonDays)
                return listColors::warning(m_palette);
        }
        return {};
    case Qt::DecorationRole:
        if (column == DueColumn && e.isOverdue())
            return m_overdueIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case DueColumn:
            return e.due;
        case DaysLeftColumn:
            return e.daysLeft;
        default:
            return displayData(e, column);
        }
    case CaseIdRole:
        return e.caseId;
    case DaysLeftRole:
        return e.daysLeft;
    case DeadlineKeyRole:
        return e.key;
    default:
        return {};
    }
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DueColumn:
            return tr("Due");
        case DaysLeftColumn:
            return tr("Days left");
        case DeadlineColumn:
            return tr("Deadline");
        case RuleColumn:
            return tr("Rule");
        case CaseColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Position");
        case UnitColumn:
            return tr("Unit");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == RuleColumn)
        return tr("The rule the deadline comes from, and its section of the guidelines.");
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

// DeadlineFilterProxy

DeadlineFilterProxy::DeadlineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeadlineListModel::SortRole);
    setSortLocaleAware(true);
}

bool DeadlineFilterProxy::inRange(Range range, int daysLeft)
{
    switch (range) {
    case Range::All:
        return true;
    case Range::Overdue:
        return daysLeft < 0;
    case Range::Next30Days:
        return daysLeft <= 30;
    case Range::Next90Days:
        return daysLeft <= 90;
    }
    return true;
}

void DeadlineFilterProxy::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    invalidateFilter();
}

bool DeadlineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_range == Range::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return inRange(m_range, index.data(DeadlineListModel::DaysLeftRole).toInt());
}

bool DeadlineFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties: the earlier deadline first, then by name and case, whatever the column.
    const QModelIndex leftDue = left.siblingAtColumn(DeadlineListModel::DueColumn);
    const QModelIndex rightDue = right.siblingAtColumn(DeadlineListModel::DueColumn);
    const QDate ld = leftDue.data(DeadlineListModel::SortRole).toDate();
    const QDate rd = rightDue.data(DeadlineListModel::SortRole).toDate();
    if (ld != rd)
        return sortOrder() == Qt::AscendingOrder ? ld < rd : ld > rd;
    const QString ln = left.siblingAtColumn(DeadlineListModel::CaseColumn).data().toString();
    const QString rn = right.siblingAtColumn(DeadlineListModel::CaseColumn).data().toString();
    if (ln != rn)
        return (QString::localeAwareCompare(ln, rn) < 0) == (sortOrder() == Qt::AscendingOrder);
    return (left.row() < right.row()) == (sortOrder() == Qt::AscendingOrder);
}

} // namespace rekrutt
