#include "ui/DeadlineListModel.h"

#include "core/rules/RuleCatalogue.h"
#include "ui/CaseListModel.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>

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
    m_entries.reserve(cases.size() * 2);
    QHash<int, QString> typeLabels;
    // A few keys for all the deadlines: each looked up and translated once.
    struct Deadline
    {
        std::optional<DeadlineId> id;
        QString label;
    };
    QHash<QString, Deadline> deadlineOfKey;
    for (const CaseSummary& summary : cases) {
        const auto deadlines = summary.openDeadlineList();
        if (deadlines.isEmpty())
            continue;
        auto type = typeLabels.find(int(summary.type));
        if (type == typeLabels.end())
            type = typeLabels.insert(int(summary.type), CaseListModel::typeLabel(summary.type));
        const QString name = listName(summary.familyName, summary.givenName);
        for (const auto& [due, key] : deadlines) {
            if (!due.isValid())
                continue;
            auto deadline = deadlineOfKey.find(key);
            if (deadline == deadlineOfKey.end())
                deadline = deadlineOfKey.insert(key, {deadlineFromKey(key), deadlineLabelText(key)});
            Entry e;
            e.caseId = summary.id;
            e.due = due;
            e.key = key;
            e.deadline = deadline->id;
            e.label = deadline->label;
            e.familyName = summary.familyName;
            e.givenName = summary.givenName;
            e.name = name;
            e.type = summary.type;
            e.typeLabel = *type;
            e.unit = summary.unit;
            e.daysLeft = int(today.daysTo(due));
            m_entries.append(std::move(e));
        }
    }
    QList<QString> names;
    names.reserve(m_entries.size());
    for (const Entry& e : std::as_const(m_entries))
        names.append(e.name);
    m_nameRank = collationRanks(names, &m_nameOrder);
    applySort();
    endResetModel();
}

void DeadlineListModel::applySort()
{
    const int count = int(m_entries.size());
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (count < 2)
        return;

    // The rank of every entry's text in the sort column, for the text columns.
    std::vector<int> texts;
    auto ranksOf = [this](auto textOf) {
        QList<QString> column;
        column.reserve(m_entries.size());
        for (const Entry& e : std::as_const(m_entries))
            column.append(textOf(e));
        return collationRanks(column);
    };
    switch (m_sortColumn) {
    case DeadlineColumn:
        texts = ranksOf([](const Entry& e) { return e.label; });
        break;
    case RuleColumn: {
        // A few rules for all the deadlines: each text built once.
        QHash<QString, QString> ruleOfKey;
        texts = ranksOf([&ruleOfKey](const Entry& e) {
            auto rule = ruleOfKey.find(e.key);
            if (rule == ruleOfKey.end())
                rule = ruleOfKey.insert(e.key, ruleText(e));
            return *rule;
        });
        break;
    }
    case CaseColumn:
        texts = m_nameRank;
        break;
    case TypeColumn:
        texts = ranksOf([](const Entry& e) { return e.typeLabel; });
        break;
    case UnitColumn:
        texts = ranksOf([](const Entry& e) { return e.unit; });
        break;
    default:
        break;
    }

    // Sorted as one contiguous array of what the comparison reads. The tie-breaks run the same way in
    // either order: the earlier deadline first, then the name in the collation, then in code points,
    // then the order of the cases.
    struct Item
    {
        qint64 key;
        qint64 due;
        int name;
        int entry;
    };
    const qint64 sign = m_sortOrder == Qt::DescendingOrder ? -1 : 1;
    std::vector<Item> items(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const Entry& e = m_entries.at(i);
        const qint64 due = e.due.toJulianDay();
        // Days left grow with the due date: both columns sort by it.
        const qint64 key = texts.empty() ? due : texts[std::size_t(i)];
        items[std::size_t(i)] = {sign * key, due, m_nameOrder[std::size_t(i)], i};
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (a.due != b.due)
            return a.due < b.due;
        if (a.name != b.name)
            return a.name < b.name;
        return a.entry < b.entry;
    });
    for (int row = 0; row < count; ++row)
        m_order[row] = items[std::size_t(row)].entry;
}

void DeadlineListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> entries;
    entries.reserve(before.size());
    for (const QModelIndex& index : before)
        entries.append(m_order.at(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    applySort();

    QList<int> rowOfEntry(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        rowOfEntry[m_order.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfEntry.at(entries.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DeadlineListModel::setPalette(const QPalette& palette)
{
    // Worked out once, as CaseListModel does: finding a readable shade takes a few dozen contrast
    // computations, and the view asks for a colour per cell each time it paints.
    m_negative = listColors::negative(palette);
    m_warning = listColors::warning(palette);
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
    const Entry& e = entry(index.row());
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
                return m_negative;
            if (e.daysLeft <= soonDays)
                return m_warning;
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

void DeadlineFilterProxy::setSourceModel(QAbstractItemModel* sourceModel)
{
    m_deadlines = qobject_cast<DeadlineListModel*>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void DeadlineFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The model sorts (with typed keys); the proxy keeps its order.
    if (m_deadlines)
        m_deadlines->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
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

void DeadlineFilterProxy::setUnitFilter(const QString& unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    invalidateFilter();
}

void DeadlineFilterProxy::setTypeFilter(std::optional<PositionType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void DeadlineFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool DeadlineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_deadlines && !sourceParent.isValid()) {
        const DeadlineListModel::Entry& e = m_deadlines->entry(sourceRow);
        return inRange(m_range, e.daysLeft) && (m_unit.isEmpty() || e.unit == m_unit) && (!m_type || e.type == *m_type)
            && matchesEveryWord(m_search, {e.name, e.unit, e.typeLabel, e.label});
    }
    if (m_range == Range::All)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return inRange(m_range, index.data(DeadlineListModel::DaysLeftRole).toInt());
}

} // namespace rekrutt
