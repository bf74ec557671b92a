#include "ui/CaseFilterProxy.h"

#include <algorithm>
#include <cstring>

namespace rekrutt {

CaseFilterProxy::CaseFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void CaseFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_cases = qobject_cast<CaseListModel*>(model);
    Q_ASSERT_X(!model || m_cases, "CaseFilterProxy", "the source model must be a CaseListModel");
    m_decided = false;
    QSortFilterProxyModel::setSourceModel(m_cases);
}

void CaseFilterProxy::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    QList<QByteArray> terms;
    for (const QString& word : text.toCaseFolded().simplified().split(u' ', Qt::SkipEmptyParts))
        terms.append(word.toUtf8());
    // Narrower when every old word is part of a new one: what was hidden stays hidden.
    bool narrowing = true;
    for (const QByteArray& old : std::as_const(m_terms)) {
        const bool kept
            = std::any_of(terms.cbegin(), terms.cend(), [&old](const QByteArray& term) { return term.contains(old); });
        if (!kept) {
            narrowing = false;
            break;
        }
    }
    m_searchText = text;
    const bool same = terms == m_terms;
    m_terms = terms;
    if (same) // Only spaces changed.
        return;
    refilter(narrowing);
}

void CaseFilterProxy::setTypeFilter(std::optional<PositionType> type)
{
    if (type == m_type)
        return;
    const bool narrowing = !m_type;
    m_type = type;
    refilter(narrowing);
}

void CaseFilterProxy::setUnitFilter(const QString& unit)
{
    if (unit == m_unit)
        return;
    const bool narrowing = m_unit.isEmpty();
    m_unit = unit;
    refilter(narrowing);
}

void CaseFilterProxy::setStatusFilter(std::optional<CaseStatus> status)
{
    if (status == m_status)
        return;
    const bool narrowing = !m_status;
    m_status = status;
    refilter(narrowing);
}

void CaseFilterProxy::setNeedsAttentionOnly(bool only)
{
    if (only == m_attentionOnly)
        return;
    m_attentionOnly = only;
    refilter(only);
}

bool CaseFilterProxy::isFiltering() const
{
    return !m_terms.isEmpty() || m_type || !m_unit.isEmpty() || m_status || m_attentionOnly;
}

void CaseFilterProxy::clearFilters()
{
    if (!isFiltering() && m_searchText.isEmpty())
        return;
    m_searchText.clear();
    m_terms.clear();
    m_type.reset();
    m_unit.clear();
    m_status.reset();
    m_attentionOnly = false;
    refilter(false);
}

namespace {

/**
 * Where `needle` first occurs in `haystack` at or after `from`, or -1. Scans with memchr() for the
 * needle's byte at `anchor` (its rarest), then compares the rest: a few nanoseconds per kilobyte.
 */
qsizetype findBytes(QByteArrayView haystack, qsizetype from, QByteArrayView needle, qsizetype anchor)
{
    const char* data = haystack.data();
    const qsizetype size = haystack.size();
    const char byte = needle[anchor];
    qsizetype pos = from + anchor;
    while (pos < size) {
        const void* hit = std::memchr(data + pos, byte, std::size_t(size - pos));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char*>(hit) - data;
        const qsizetype start = at - anchor;
        if (start + needle.size() <= size && std::memcmp(data + start, needle.data(), std::size_t(needle.size())) == 0)
            return start;
        pos = at + 1;
    }
    return -1;
}

} // namespace

void CaseFilterProxy::decide(bool narrowing) const
{
    const int count = m_cases ? m_cases->recordCount() : 0;
    if (!m_decided || m_decidedGeneration != (m_cases ? m_cases->generation() : 0)
        || m_accepted.size() != std::size_t(count))
        narrowing = false;
    m_accepted.resize(std::size_t(count));
    m_decided = true;
    m_decidedGeneration = m_cases ? m_cases->generation() : 0;
    if (!isFiltering()) {
        std::fill(m_accepted.begin(), m_accepted.end(), char(1));
        return;
    }

    // The packed keys first: one small struct per case, read in order.
    const int unit = m_unit.isEmpty() ? -1 : m_cases->unitIndex(m_unit);
    const bool unknownUnit = !m_unit.isEmpty() && unit < 0;
    const int type = m_type ? int(*m_type) : -1;
    const int status = m_status ? int(*m_status) : -1;
    for (int i = 0; i < count; ++i) {
        char& accepted = m_accepted[std::size_t(i)];
        if (narrowing && !accepted)
            continue;
        const CaseListModel::FilterKey& key = m_cases->filterKey(i);
        accepted = !unknownUnit && (unit < 0 || key.unit == unit) && (type < 0 || key.type == type)
            && (status < 0 || key.status == status) && (!m_attentionOnly || key.needsAttention);
    }

    // Then each word, the longest (most selective) first, over the cases still in.
    QList<QByteArray> terms = m_terms;
    std::sort(terms.begin(), terms.end(), [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    for (const QByteArray& term : std::as_const(terms))
        searchTerm(term);
}

void CaseFilterProxy::searchTerm(QByteArrayView term) const
{
    const int count = m_cases->recordCount();
    const auto candidates = std::count(m_accepted.cbegin(), m_accepted.cend(), char(1));
    if (candidates == 0 || term.isEmpty())
        return;
    const QByteArrayView buffer = m_cases->searchBuffer();
    // Scan for the word's rarest byte: "k" of "kari" rather than "a".
    const auto& frequency = m_cases->byteFrequency();
    qsizetype anchor = 0;
    for (qsizetype i = 1; i < term.size(); ++i) {
        if (frequency[static_cast<unsigned char>(term[i])] < frequency[static_cast<unsigned char>(term[anchor])])
            anchor = i;
    }

    if (candidates * 8 < count) {
        // Few cases left: look at each.
        for (int i = 0; i < count; ++i) {
            char& accepted = m_accepted[std::size_t(i)];
            if (accepted)
                accepted = findBytes(m_cases->searchText(i), 0, term, anchor) >= 0 ? 1 : 0;
        }
        return;
    }

    // Many cases left: search the text of all cases as one, jumping from a match to the start of the
    // next case still in. Memory is read in order, and most of it by memchr().
    auto nextCandidate = [&](int from) {
        while (from < count && !m_accepted[std::size_t(from)])
            ++from;
        return from;
    };
    int record = nextCandidate(0);
    while (record < count) {
        const qsizetype at = findBytes(buffer, m_cases->searchOffset(record), term, anchor);
        if (at < 0) {
            std::fill(m_accepted.begin() + record, m_accepted.end(), char(0));
            break;
        }
        // The cases passed over have no match; the one matched keeps what it had.
        while (m_cases->searchOffset(record + 1) <= at) {
            m_accepted[std::size_t(record)] = 0;
            ++record;
        }
        record = nextCandidate(record + 1);
    }
}

void CaseFilterProxy::refilter(bool narrowing)
{
    decide(narrowing);
    // One rebuild of the mapping (filterAcceptsRow() only looks up m_accepted) is far cheaper than
    // invalidateFilter(), which removes and inserts the changed rows interval by interval.
    invalidate();
    emit filterChanged();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_cases)
        return false;
    // A new set of cases (model reset): decide them all before the first is asked for.
    if (!m_decided || m_decidedGeneration != m_cases->generation())
        decide(false);
    return m_accepted[std::size_t(m_cases->recordOfRow(sourceRow))] != 0;
}

void CaseFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The model sorts (with precomputed collation keys); the proxy keeps its order.
    if (m_cases)
        m_cases->sort(column, order);
}

} // namespace rekrutt
