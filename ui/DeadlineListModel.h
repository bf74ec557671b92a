#pragma once

#include "core/interchange/IcsWriter.h"
#include "core/office/OfficeService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace rekrutt {

/**
 * Every open deadline of every case, one row each (from CaseSummary::openDeadlineList()): due
 * date, days left, what is due, the rule and section it comes from, and whose case it is.
 *
 * The model sorts itself (sort()), by due date unless told otherwise, so that the proxy above it only
 * filters: a QSortFilterProxyModel that sorted would read every value through a QVariant in each of
 * n·log n comparisons, about a second for the 200,000 deadlines of 100,000 cases. A column sorts by
 * its raw value (text in the locale's collation, each distinct text collated once); ties fall back
 * to the due date, then the name, whatever the column and order.
 */
class DeadlineListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DueColumn,
        DaysLeftColumn,
        DeadlineColumn,
        RuleColumn,
        CaseColumn,
        TypeColumn,
        UnitColumn,
        ColumnCount
    };

    enum Role {
        /** The raw value of a column for sorting: QDate, int or QString. */
        SortRole = Qt::UserRole,
        /** The case's database id (qint64), in every column. */
        CaseIdRole,
        /** Days from today to the due date (int); negative when overdue. */
        DaysLeftRole,
        /** The deadline's key ("CAREER_PLAN"). */
        DeadlineKeyRole,
    };

    /** One open deadline of one case. */
    struct Entry
    {
        qint64 caseId = 0;
        QDate due;
        QString key;
        std::optional<DeadlineId> deadline;
        QString label;
        QString familyName;
        QString givenName;
        QString name;
        PositionType type = PositionType::PhdFellow;
        QString typeLabel;
        QString unit;
        int daysLeft = 0;

        bool isOverdue() const { return daysLeft < 0; }
    };

    explicit DeadlineListModel(QObject* parent = nullptr);

    /** Replaces every row (a model reset), keeping the sort column and order. */
    void setCases(const QList<CaseSummary>& cases, QDate today);
    QDate today() const { return m_today; }
    /** The deadline shown in row `row`, in the current order. */
    const Entry& entry(int row) const { return m_entries.at(m_order.at(row)); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** The palette the state colours are derived from (the view's). */
    void setPalette(const QPalette& palette);

    /** "3 days overdue", "today", "in 12 days". */
    static QString daysLeftText(int days);
    /** "CP-REQUIRED, § 3.1"; empty for an unknown deadline. */
    static QString ruleText(const Entry& entry);
    /** The deadline as an all-day calendar event with a UID that stays the same on every export. */
    static CalendarEvent calendarEvent(const Entry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /** Sorts the rows by `column`; ties by due date (ascending), then name, in either order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const Entry& e, int column) const;
    QVariant toolTip(const Entry& e, int column) const;
    /** Fills m_order from the sort column and order. */
    void applySort();

    /** In the order of the cases given to setCases(); m_order says which one each row shows. */
    QList<Entry> m_entries;
    QList<int> m_order;
    /** Per entry: the rank of its name in the locale's collation, and the same with equal ranks made distinct. */
    std::vector<int> m_nameRank;
    std::vector<int> m_nameOrder;
    int m_sortColumn = DueColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDate m_today;
    QColor m_negative;
    QColor m_warning;
    QIcon m_overdueIcon;
};

/**
 * Which deadlines the Deadlines page shows: all, overdue only, or what falls due within 30 or 90
 * days (overdue ones always included); of one unit or position type only; and those whose person,
 * unit, position or deadline contain every word of a search text. Sorting is passed on to the DeadlineListModel below
 * (by due date, overdue first, unless the user sorts by another column); the proxy keeps its order.
 */
class DeadlineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Range { All, Overdue, Next30Days, Next90Days };

    explicit DeadlineFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    /** Sorts the DeadlineListModel below (any other model: as QSortFilterProxyModel does). */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setRange(Range range);
    Range range() const { return m_range; }

    /** Empty: every unit. */
    void setUnitFilter(const QString& unit);
    QString unitFilter() const { return m_unit; }
    void setTypeFilter(std::optional<PositionType> type);
    std::optional<PositionType> typeFilter() const { return m_type; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /** Whether the unit, type or search text hides rows (the range aside). */
    bool isFiltering() const { return !m_unit.isEmpty() || m_type || !m_search.trimmed().isEmpty(); }

    /** Whether a deadline `daysLeft` days away is within `range`. */
    static bool inRange(Range range, int daysLeft);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Range m_range = Range::All;
    QString m_unit;
    std::optional<PositionType> m_type;
    QString m_search;
    /** The source model when it is a DeadlineListModel. */
    DeadlineListModel* m_deadlines = nullptr;
};

} // namespace rekrutt
