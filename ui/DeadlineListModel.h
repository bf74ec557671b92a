#pragma once

#include "core/interchange/IcsWriter.h"
#include "core/storage/CaseRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QSortFilterProxyModel>

#include <optional>

namespace rekrutt {

/**
 * Every open deadline of every case, one row each (from CaseSummary::openDeadlineList()): due
 * date, days left, what is due, the rule and section it comes from, and whose case it is.
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

    /** Replaces every row (a model reset). */
    void setCases(const QList<CaseSummary>& cases, QDate today);
    QDate today() const { return m_today; }
    const Entry& entry(int row) const { return m_entries.at(row); }

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

private:
    QVariant displayData(const Entry& e, int column) const;
    QVariant toolTip(const Entry& e, int column) const;

    QList<Entry> m_entries;
    QDate m_today;
    QPalette m_palette;
    QIcon m_overdueIcon;
};

/**
 * Which deadlines the Deadlines page shows: all, overdue only, or what falls due within 30 or 90
 * days (overdue ones always included). Sorted by due date (overdue first) unless the user sorts
 * by another column; ties fall back to the due date, then the name.
 */
class DeadlineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Range { All, Overdue, Next30Days, Next90Days };

    explicit DeadlineFilterProxy(QObject* parent = nullptr);

    void setRange(Range range);
    Range range() const { return m_range; }

    /** Whether a deadline `daysLeft` days away is within `range`. */
    static bool inRange(Range range, int daysLeft);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Range m_range = Range::All;
};

} // namespace rekrutt
