#pragma once

#include "core/domain/Enums.h"
#include "ui/CaseListModel.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace rekrutt {

/**
 * The search and the filters of the Cases page over a CaseListModel: text (every word typed must
 * occur in the name, unit, type or "#id", ignoring case), position type, unit, status and "needs
 * attention" (errors or missed deadlines).
 *
 * Built for search-as-you-type over 100,000 cases: a filter change decides every record in one
 * tight loop over the model's precomputed records (only the rows still shown when the new search
 * merely narrows the old one), then rebuilds the mapping with invalidate(); filterAcceptsRow()
 * only looks the answer up. Sorting is passed on to the model (see CaseListModel).
 */
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterProxy(QObject* parent = nullptr);

    /** Must be a CaseListModel. */
    void setSourceModel(QAbstractItemModel* model) override;
    CaseListModel* caseModel() const { return m_cases; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setTypeFilter(std::optional<PositionType> type);
    std::optional<PositionType> typeFilter() const { return m_type; }
    /** Empty: every unit. */
    void setUnitFilter(const QString& unit);
    QString unitFilter() const { return m_unit; }
    void setStatusFilter(std::optional<CaseStatus> status);
    std::optional<CaseStatus> statusFilter() const { return m_status; }
    void setNeedsAttentionOnly(bool only);
    bool needsAttentionOnly() const { return m_attentionOnly; }

    /** Whether any filter hides rows. */
    bool isFiltering() const;
    /** Removes every filter and the search text. */
    void clearFilters();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** The search text or a filter changed (after the rows were updated). */
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    /** Decides every record again; `narrowing`: only records accepted before can pass. */
    void refilter(bool narrowing);
    void decide(bool narrowing) const;
    /** Keeps the accepted records whose search text contains `term`. */
    void searchTerm(QByteArrayView term) const;

    CaseListModel* m_cases = nullptr;
    QString m_searchText;
    /** The words of the search text, case-folded, in UTF-8 like the model's search text. */
    QList<QByteArray> m_terms;
    std::optional<PositionType> m_type;
    QString m_unit;
    std::optional<CaseStatus> m_status;
    bool m_attentionOnly = false;
    /** Per record of the model: whether it passes. Valid for m_decidedGeneration. */
    mutable std::vector<char> m_accepted;
    mutable quint64 m_decidedGeneration = 0;
    mutable bool m_decided = false;
};

} // namespace rekrutt
