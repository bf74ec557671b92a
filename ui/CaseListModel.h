#pragma once

#include "core/office/OfficeService.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QColor>
#include <QDate>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QStringList>
#include <QStringView>

#include <array>
#include <utility>
#include <vector>

namespace rekrutt {

/** Where an appointment stands on a given day. */
enum class CaseStatus {
    NotStarted,
    Active,
    /** Active, and the (computed) end lies within six months. */
    EndingSoon,
    Ended,
};

/**
 * The case list: one row per CaseSummary, with the columns of the Cases page.
 *
 * The model sorts itself (sort()), with the locale's collation for text and raw values for dates
 * and counts, so that a QSortFilterProxyModel above it only filters: a proxy that sorts re-sorts
 * every time its filter changes, which is too slow for search-as-you-type over 100,000 rows.
 * Everything the filters look at is computed once in setCases() (Record), including a case-folded
 * search text.
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        UnitColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        NextDeadlineColumn,
        ErrorsColumn,
        WarningsColumn,
        ColumnCount
    };

    enum Role {
        /** The raw value of a column for sorting: QString, QDate or int. */
        SortRole = Qt::UserRole,
        /** The case's database id (qint64), in every column. */
        CaseIdRole,
        /** The case-folded text the search field matches: names, unit, type label and "#id". */
        SearchTextRole,
        /** CaseStatus, as int. */
        StatusRole,
        /** PositionType, as int. */
        TypeRole,
        /** The unit, as stored. */
        UnitRole,
        /** Errors or missed deadlines (bool). */
        NeedsAttentionRole,
    };

    /** A case as the list shows and filters it, computed once per setCases(). */
    struct Record
    {
        CaseSummary summary;
        CaseStatus status = CaseStatus::Active;
        bool needsAttention = false;
        bool overdue = false;
        QString name;
        QString typeLabel;
        QString deadlineLabel;
    };

    /** What the filters compare, packed small and contiguous so that 100,000 of them scan quickly. */
    struct FilterKey
    {
        /** Index into units(), or -1 for a case without a unit. */
        qint32 unit = -1;
        quint8 type = 0;
        quint8 status = 0;
        bool needsAttention = false;
    };

    explicit CaseListModel(QObject* parent = nullptr);

    /** Replaces every row (a model reset), keeping the sort column and order. */
    void setCases(const QList<CaseSummary>& cases, QDate today);
    QDate today() const { return m_today; }

    const CaseSummary& summary(int row) const { return record(recordOfRow(row)).summary; }
    /** The row showing case `id`, or -1. */
    int rowOfCase(qint64 id) const;

    /**
     * The records in the order they were given to setCases(), which sorting does not change:
     * filters keep their results per record and look them up with recordOfRow().
     */
    const Record& record(int index) const { return m_records.at(index); }
    int recordCount() const { return int(m_records.size()); }
    int recordOfRow(int row) const { return m_order.at(row); }
    /** Changes whenever the records do (not when they are only sorted). */
    quint64 generation() const { return m_generation; }

    const FilterKey& filterKey(int record) const { return m_filterKeys[std::size_t(record)]; }
    /**
     * The case-folded text the search matches, of every record, in UTF-8: the records' texts one
     * after the other, each ended by a NUL (which cannot be typed, so that no match spans two).
     * Bytes rather than QChars: half the memory to scan, and memchr() to scan it.
     */
    QByteArrayView searchBuffer() const { return m_searchBuffer; }
    /** Where record `index`'s text starts in searchBuffer(); searchOffset(recordCount()) is its end. */
    qsizetype searchOffset(int index) const { return m_searchOffsets[std::size_t(index)]; }
    /** The case-folded search text of one record, UTF-8, without the NUL. */
    QByteArrayView searchText(int index) const;
    /** How often each byte occurs in searchBuffer(): a search scans for the rarest byte of a word. */
    const std::array<quint32, 256>& byteFrequency() const { return m_byteFrequency; }

    /** The units of all cases, sorted for people, each once. */
    const QStringList& units() const { return m_units; }
    /** The index of `unit` in units(), or -1. */
    int unitIndex(const QString& unit) const { return int(m_units.indexOf(unit)); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /** The palette the state colours are derived from (the view's). */
    void setPalette(const QPalette& palette);

    static CaseStatus statusOf(QDate start, QDate end, QDate today);
    /** As statusOf(start, end, today), with `endingSoon` = today.addMonths(6) computed once for many cases. */
    static CaseStatus statusOf(QDate start, QDate end, QDate today, QDate endingSoon);
    static QString statusLabel(CaseStatus status);
    static QString typeLabel(PositionType type);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const Record& r, int column) const;
    QVariant sortData(const Record& r, int column) const;
    QVariant toolTip(const Record& r, int column) const;
    QVariant accessibleText(const Record& r, int column) const;
    QVariant foreground(const Record& r, int column) const;
    void applySort();
    const QList<int>& collationRanks(int column) const;

    QList<Record> m_records;
    std::vector<FilterKey> m_filterKeys; ///< per record
    QByteArray m_searchBuffer;
    std::array<quint32, 256> m_byteFrequency {};
    std::vector<qsizetype> m_searchOffsets; ///< per record, and the end
    QStringList m_units;
    QList<int> m_order; ///< row → record
    QList<int> m_rowOfRecord; ///< record → row
    std::vector<std::pair<qint64, int>> m_recordOfId; ///< (case id, record), ascending
    mutable QHash<int, QList<int>> m_ranks; ///< per text column: record → rank in the locale's collation
    QDate m_today;
    quint64 m_generation = 0;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /** The state colours of listColors for the palette of setPalette(). */
    QColor m_negative;
    QColor m_warning;
    QColor m_dimmed;
    QIcon m_overdueIcon;
};

} // namespace rekrutt
