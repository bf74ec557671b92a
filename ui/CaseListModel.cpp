// Just over 600 lines: the case list's model with what makes it fast on 100,000 cases (records built once,
// collation ranks per column, the filter keys the proxy reads). The seam is the sorting (ranks and
// applySort) into a helper shared with the other lists, which issue 11 asks for (one collation helper).

#include "ui/CaseListModel.h"

#include "core/rules/RuleCatalogue.h"
#include "ui/DeadlineListModel.h"
#include "ui/ListSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace rekrutt {

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setPalette(QGuiApplication::palette());
}

CaseStatus CaseListModel::statusOf(QDate start, QDate end, QDate today)
{
    return statusOf(start, end, today, today.addMonths(6));
}

CaseStatus CaseListModel::statusOf(QDate start, QDate end, QDate today, QDate endingSoon)
{
    if (start.isValid() && today < start)
        return CaseStatus::NotStarted;
    // The end date is the last day of the appointment.
    if (end.isValid() && end < today)
        return CaseStatus::Ended;
    if (end.isValid() && end <= endingSoon)
        return CaseStatus::EndingSoon;
    return CaseStatus::Active;
}

QString CaseListModel::statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::NotStarted:
        return tr("Not started");
    case CaseStatus::Active:
        return tr("Active");
    case CaseStatus::EndingSoon:
        return tr("Ends within 6 months");
    case CaseStatus::Ended:
        break;
    }
    return tr("Ended");
}

QString CaseListModel::typeLabel(PositionType type)
{
    return QCoreApplication::translate("Enums", labelSource(type));
}

namespace {

/**
 * Appends `text` case-folded, in UTF-8. ASCII (most names, units and labels) is folded here, byte by
 * byte; anything else by QString::toCaseFolded(). Case folding maps each code point on its own, so
 * folding the parts of a text one by one gives the same bytes as folding it whole.
 */
void appendFolded(QByteArray& out, QStringView text)
{
    const qsizetype size = text.size();
    const char16_t* data = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = data[i] < 0x80;
    if (!ascii) {
        out += text.toString().toCaseFolded().toUtf8();
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + size);
    char* target = out.data() + at;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        target[i] = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
}

} // namespace

void CaseListModel::setCases(const QList<CaseSummary>& cases, QDate today)
{
    beginResetModel();
    m_today = today;
    m_records.clear();
    m_records.reserve(cases.size());
    m_recordOfId.clear();
    m_recordOfId.reserve(std::size_t(cases.size()));
    m_ranks.clear();
    m_filterKeys.clear();
    m_filterKeys.reserve(std::size_t(cases.size()));
    m_searchBuffer.clear();
    m_searchBuffer.reserve(cases.size() * 96);
    m_searchOffsets.clear();
    m_searchOffsets.reserve(std::size_t(cases.size()) + 1);

    // Labels are looked up once per type and deadline, not once per case.
    QHash<int, QString> typeLabels;
    QHash<QString, QString> deadlineLabels;
    const QDate endingSoon = today.addMonths(6);
    for (const CaseSummary& summary : cases) {
        Record& r = m_records.emplace_back();
        r.summary = summary;
        r.status = statusOf(summary.start, summary.end, today, endingSoon);
        r.needsAttention = summary.errors > 0 || summary.missedDeadlines > 0;
        r.overdue = summary.nextDeadline.isValid() && summary.nextDeadline < today;
        r.name = listName(summary.familyName, summary.givenName);
        auto type = typeLabels.find(int(summary.type));
        if (type == typeLabels.end())
            type = typeLabels.insert(int(summary.type), typeLabel(summary.type));
        r.typeLabel = *type;
        if (!summary.nextDeadlineId.isEmpty()) {
            auto label = deadlineLabels.find(summary.nextDeadlineId);
            if (label == deadlineLabels.end())
                label = deadlineLabels.insert(summary.nextDeadlineId, deadlineLabelText(summary.nextDeadlineId));
            r.deadlineLabel = *label;
        }
        // "Kari Nilsen" as well as "Nilsen, Kari", so that either order finds the person; fields are
        // kept apart by line breaks (which cannot be typed into the search field either).
        m_searchOffsets.push_back(m_searchBuffer.size());
        appendFolded(m_searchBuffer, r.name);
        m_searchBuffer += '\n';
        appendFolded(m_searchBuffer, summary.givenName);
        m_searchBuffer += ' ';
        appendFolded(m_searchBuffer, summary.familyName);
        m_searchBuffer += '\n';
        appendFolded(m_searchBuffer, summary.unit);
        m_searchBuffer += '\n';
        appendFolded(m_searchBuffer, r.typeLabel);
        m_searchBuffer += "\n#";
        m_searchBuffer += QByteArray::number(summary.id);
        m_searchBuffer += '\0';
        m_filterKeys.push_back({-1, quint8(summary.type), quint8(r.status), r.needsAttention});
        m_recordOfId.push_back({summary.id, int(m_records.size() - 1)});
    }
    m_searchOffsets.push_back(m_searchBuffer.size());
    m_byteFrequency.fill(0);
    for (const char byte : std::as_const(m_searchBuffer))
        ++m_byteFrequency[static_cast<unsigned char>(byte)];
    // The list comes ordered by id (OfficeService::list()), so this sort is only a check.
    if (!std::is_sorted(m_recordOfId.cbegin(), m_recordOfId.cend()))
        std::sort(m_recordOfId.begin(), m_recordOfId.end());

    m_units.clear();
    QHash<QString, int> unitIndex;
    for (const Record& r : std::as_const(m_records)) {
        if (!r.summary.unit.isEmpty() && !unitIndex.contains(r.summary.unit)) {
            unitIndex.insert(r.summary.unit, 0);
            m_units.append(r.summary.unit);
        }
    }
    sortForLists(m_units);
    for (int i = 0; i < m_units.size(); ++i)
        unitIndex[m_units.at(i)] = i;
    for (std::size_t i = 0; i < m_filterKeys.size(); ++i)
        m_filterKeys[i].unit = unitIndex.value(m_records.at(qsizetype(i)).summary.unit, -1);
    ++m_generation;
    applySort();
    endResetModel();
}

int CaseListModel::rowOfCase(qint64 id) const
{
    const auto it = std::lower_bound(m_recordOfId.cbegin(), m_recordOfId.cend(), std::pair<qint64, int>(id, 0));
    return it == m_recordOfId.cend() || it->first != id ? -1 : m_rowOfRecord.at(it->second);
}

QByteArrayView CaseListModel::searchText(int index) const
{
    const qsizetype from = searchOffset(index);
    // Without the NUL that ends it.
    return QByteArrayView(m_searchBuffer).sliced(from, searchOffset(index + 1) - from - 1);
}

void CaseListModel::setPalette(const QPalette& palette)
{
    // Worked out here, once: finding a readable shade takes a few dozen contrast computations, and the
    // view asks for a colour per cell each time it paints.
    m_negative = listColors::negative(palette);
    m_warning = listColors::warning(palette);
    m_dimmed = listColors::dimmed(palette);
    m_overdueIcon = listColors::overdueIcon(palette);
    if (!m_order.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, Qt::DecorationRole});
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CaseListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record& r = m_records.at(m_order.at(index.row()));
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::AccessibleTextRole:
        return accessibleText(r, column);
    case Qt::ForegroundRole:
        return foreground(r, column);
    case Qt::DecorationRole:
        if (column == NextDeadlineColumn && r.overdue)
            return m_overdueIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == ErrorsColumn || column == WarningsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(r, column);
    case CaseIdRole:
        return r.summary.id;
    case SearchTextRole:
        return QString::fromUtf8(searchText(m_order.at(index.row())));
    case StatusRole:
        return int(r.status);
    case TypeRole:
        return int(r.summary.type);
    case UnitRole:
        return r.summary.unit;
    case NeedsAttentionRole:
        return r.needsAttention;
    default:
        return {};
    }
}

QVariant CaseListModel::displayData(const Record& r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name;
    case TypeColumn:
        return r.typeLabel;
    case UnitColumn:
        return r.summary.unit;
    case StartColumn:
        return shortDate(r.summary.start);
    case EndColumn:
        return shortDate(r.summary.end);
    case StatusColumn:
        return statusLabel(r.status);
    case NextDeadlineColumn:
        if (!r.summary.nextDeadline.isValid())
            return QString();
        return tr("%1 · %2", "next deadline: date · what").arg(shortDate(r.summary.nextDeadline), r.deadlineLabel);
    case ErrorsColumn:
        return QLocale().toString(r.summary.errors);
    case WarningsColumn:
        return QLocale().toString(r.summary.warnings);
    default:
        return {};
    }
}

QVariant CaseListModel::sortData(const Record& r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name;
    case TypeColumn:
        return r.typeLabel;
    case UnitColumn:
        return r.summary.unit;
    case StartColumn:
        return r.summary.start;
    case EndColumn:
        return r.summary.end;
    case StatusColumn:
        return int(r.status);
    case NextDeadlineColumn:
        return r.summary.nextDeadline;
    case ErrorsColumn:
        return r.summary.errors;
    case WarningsColumn:
        return r.summary.warnings;
    default:
        return {};
    }
}

QVariant CaseListModel::toolTip(const Record& r, int column) const
{
    const CaseSummary& s = r.summary;
    switch (column) {
    case NameColumn:
        return tr("%1 %2, case %3").arg(s.givenName, s.familyName).arg(s.id);
    case TypeColumn:
        return r.typeLabel;
    case UnitColumn:
        return s.institution.isEmpty() ? s.unit : tr("%1, %2").arg(s.unit, s.institution);
    case EndColumn: {
        QStringList lines;
        if (s.nominalEnd.isValid() && s.nominalEnd != s.end)
            lines << tr("Nominal end %1, extended to %2 by leave and extensions.")
                         .arg(shortDate(s.nominalEnd), shortDate(s.end));
        if (s.frameEnd.isValid())
            lines << tr("The time frame ends %1.").arg(shortDate(s.frameEnd));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case StatusColumn:
        if (r.status == CaseStatus::NotStarted)
            return tr("Starts %1.").arg(shortDate(s.start));
        if (r.status == CaseStatus::Ended)
            return tr("Ended %1.").arg(shortDate(s.end));
        return s.end.isValid() ? QVariant(tr("Ends %1.").arg(shortDate(s.end))) : QVariant();
    case NextDeadlineColumn: {
        if (!s.nextDeadline.isValid())
            return tr("No open deadlines.");
        QString text = tr("%1, due %2 (%3).")
                           .arg(r.deadlineLabel, shortDate(s.nextDeadline),
                                DeadlineListModel::daysLeftText(int(m_today.daysTo(s.nextDeadline))));
        if (s.missedDeadlines > 0)
            text += u'\n' + tr("%n deadline(s) missed.", nullptr, s.missedDeadlines);
        return text;
    }
    case ErrorsColumn: {
        if (s.errors == 0)
            return tr("No errors.");
        const RuleInfo* rule = findRule(s.firstError);
        const QString first = rule
            ? tr("%1 (%2, %3)")
                  .arg(QCoreApplication::translate("Rules", rule->title), s.firstError, QString::fromUtf8(rule->source))
            : s.firstError;
        return tr("%n error(s); the first: %1", nullptr, s.errors).arg(first);
    }
    case WarningsColumn:
        if (s.warnings == 0)
            return tr("No warnings.");
        if (s.missedDeadlines > 0)
            return tr("%n warning(s), of which %1 for missed deadlines.", nullptr, s.warnings).arg(s.missedDeadlines);
        return tr("%n warning(s).", nullptr, s.warnings);
    default:
        return {};
    }
}

QVariant CaseListModel::accessibleText(const Record& r, int column) const
{
    const CaseSummary& s = r.summary;
    switch (column) {
    case StartColumn:
    case EndColumn: {
        const QDate date = column == StartColumn ? s.start : s.end;
        return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
    }
    case NextDeadlineColumn:
        if (!s.nextDeadline.isValid())
            return tr("No open deadlines");
        return tr("%1, due %2, %3")
            .arg(r.deadlineLabel, QLocale().toString(s.nextDeadline, QLocale::LongFormat),
                 DeadlineListModel::daysLeftText(int(m_today.daysTo(s.nextDeadline))));
    case ErrorsColumn:
        return tr("%n error(s)", nullptr, s.errors);
    case WarningsColumn:
        return tr("%n warning(s)", nullptr, s.warnings);
    default:
        return displayData(r, column);
    }
}

QVariant CaseListModel::foreground(const Record& r, int column) const
{
    switch (column) {
    case NextDeadlineColumn:
        if (r.overdue)
            return m_negative;
        return {};
    case StatusColumn:
        if (r.status == CaseStatus::Ended)
            return m_dimmed;
        return {};
    case ErrorsColumn:
        return r.summary.errors > 0 ? m_negative : m_dimmed;
    case WarningsColumn:
        return r.summary.warnings > 0 ? m_warning : m_dimmed;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case TypeColumn:
            return tr("Position");
        case UnitColumn:
            return tr("Unit");
        case StartColumn:
            return tr("Start");
        case EndColumn:
            return tr("End");
        case StatusColumn:
            return tr("Status");
        case NextDeadlineColumn:
            return tr("Next deadline");
        case ErrorsColumn:
            return tr("Errors");
        case WarningsColumn:
            return tr("Warnings");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EndColumn:
            return tr("The end of the period as computed, with leave and approved extensions.");
        case StatusColumn:
            return tr("Where the appointment stands today.");
        case NextDeadlineColumn:
            return tr("The earliest deadline not yet met; overdue ones are marked.");
        case ErrorsColumn:
            return tr("Findings that break a rule of the guidelines.");
        case WarningsColumn:
            return tr("Findings to look at, missed deadlines included.");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

const QList<int>& CaseListModel::collationRanks(int column) const
{
    auto it = m_ranks.find(column);
    if (it != m_ranks.end())
        return *it;

    auto textOf = [column](const Record& r) -> const QString& {
        return column == TypeColumn ? r.typeLabel : column == UnitColumn ? r.summary.unit : r.name;
    };
    // Each distinct text is collated once (ListSupport's collationRanks()); texts the list collation holds
    // equal share a rank.
    QList<QString> texts;
    texts.reserve(m_records.size());
    for (const Record& r : std::as_const(m_records))
        texts.append(textOf(r));
    const std::vector<int> shared = rekrutt::collationRanks(texts);
    QList<int> ranks(shared.begin(), shared.end());
    return *m_ranks.insert(column, std::move(ranks));
}

void CaseListModel::applySort()
{
    const int count = int(m_records.size());
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);

    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount && count > 1) {
        // Every column sorts by its own value, then by name, then by id, so that the order is total.
        // Copies (implicitly shared): computing one column's ranks may move another's in the hash.
        const QList<int> texts
            = m_sortColumn == TypeColumn || m_sortColumn == UnitColumn ? collationRanks(m_sortColumn) : QList<int>();
        const QList<int> names = collationRanks(NameColumn);
        constexpr qint64 missing = std::numeric_limits<qint64>::max();
        std::vector<qint64> keys(count);
        auto julian = [](QDate date) { return date.isValid() ? date.toJulianDay() : missing; };
        for (int i = 0; i < count; ++i) {
            const Record& r = m_records.at(i);
            switch (m_sortColumn) {
            case NameColumn:
                keys[i] = names.at(i);
                break;
            case TypeColumn:
            case UnitColumn:
                keys[i] = texts.at(i);
                break;
            case StartColumn:
                keys[i] = julian(r.summary.start);
                break;
            case EndColumn:
                keys[i] = julian(r.summary.end);
                break;
            case StatusColumn:
                keys[i] = int(r.status);
                break;
            case NextDeadlineColumn:
                keys[i] = julian(r.summary.nextDeadline);
                break;
            case ErrorsColumn:
                keys[i] = r.summary.errors;
                break;
            case WarningsColumn:
                keys[i] = r.summary.warnings;
                break;
            }
        }
        // Sorted as one contiguous array of what the comparison reads, not through the records: a
        // list sorted by name compares the many cases of a common name by id.
        struct Item
        {
            qint64 key;
            qint64 id;
            int name;
            int record;
        };
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::vector<Item> items(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            qint64 key = keys[std::size_t(i)];
            // Missing dates come last in either order.
            if (descending && key != missing)
                key = -key;
            items[std::size_t(i)] = {key, m_records.at(i).summary.id, names.at(i), i};
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.key != b.key)
                return a.key < b.key;
            if (a.name != b.name)
                return a.name < b.name;
            return a.id < b.id;
        });
        for (int row = 0; row < count; ++row)
            m_order[row] = items[std::size_t(row)].record;
    }

    m_rowOfRecord.resize(count);
    for (int row = 0; row < count; ++row)
        m_rowOfRecord[m_order.at(row)] = row;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> records;
    records.reserve(before.size());
    for (const QModelIndex& index : before)
        records.append(m_order.at(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    applySort();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_rowOfRecord.at(records.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace rekrutt
