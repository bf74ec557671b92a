#pragma once

#include "core/domain/Case.h"

#include <QDate>
#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <random>

namespace rekrutt::testing {

/** What CaseGenerator puts into a case. */
struct GeneratorOptions
{
    /** Each case gets 0..maxLeaves leaves (uniformly). */
    int maxLeaves = 8;
    /** Each case gets 0..maxExtensions extensions (uniformly). */
    int maxExtensions = 3;
    /** Each case gets 0..maxHistory earlier appointments (most get none). */
    int maxHistory = 3;
    /** About half the cases get a recruitment (announcement, committee, applicants) when true. */
    bool withRecruitment = true;
    /** Appointments start between 1 January of firstYear and 31 December of lastYear. */
    int firstYear = 2018;
    int lastYear = 2030;
};

/**
 * A deterministic source of random but valid cases, for invariant tests and benchmarks.
 *
 * Every case it makes could have been read from a `rekrutt-case/1` file: valid dates, leaves with
 * `from` ≤ `to` and `percent` 1–100, extensions of 1 or more days, ftePercent 50–100. The cases
 * cover every position type, leave kind, extension kind and status; most are plausible, some are
 * deliberately off (a length the type does not allow, a leave past the nominal end, an overlapping
 * leave, a missing milestone) so that the rules have something to find.
 *
 * The same seed and options give the same cases on every platform: the generator draws from
 * std::mt19937_64 through its own uniform() (the standard distributions are not portable).
 */
class CaseGenerator
{
public:
    explicit CaseGenerator(quint64 seed, GeneratorOptions options = {});

    /** The next case. */
    Case next();

    /** The next `count` cases. */
    QList<Case> generate(qsizetype count);

    /** A leave of a random kind and percent, with `start` ≤ from ≤ to ≤ `end` (from = to = start when end < start). */
    Leave randomLeave(QDate start, QDate end);
    /** As randomLeave(start, end), of the given kind. */
    Leave randomLeave(QDate start, QDate end, LeaveKind kind);
    /** A leave of a kind that extends the period (LEAVE-EXT), within `start`–`end`. */
    Leave randomExtendingLeave(QDate start, QDate end);

    /** An extension of a random kind, status and number of days (≥ 1), plausible for its kind. */
    Extension randomExtension();
    /** As randomExtension(), with the given status. */
    Extension randomExtension(DecisionStatus status);

    /** An earlier appointment that ended before `before`. */
    HistoryEntry randomHistoryEntry(QDate before);

    /** A position type, every type equally likely. */
    PositionType randomType();

    /** A whole number in `low`–`high`, both included (low ≤ high). */
    int uniform(int low, int high);
    /** True with probability `p`. */
    bool chance(double p);
    /** A date in `from`–`to`, both included (`from` when to < from). */
    QDate randomDate(QDate from, QDate to);
    /** One element of `items`, uniformly. */
    template <typename T> const T& pick(std::initializer_list<T> items)
    {
        return items.begin()[uniform(0, static_cast<int>(items.size()) - 1)];
    }

    const GeneratorOptions& options() const { return m_options; }
    /** How many cases next() has made so far. */
    qint64 count() const { return m_count; }

private:
    quint64 bits();
    double unit();

    void fillPerson(Case& c);
    void fillAppointment(Case& c);
    void fillLeaves(Case& c, QDate nominalEnd);
    void fillExtensions(Case& c);
    void fillMilestones(Case& c, QDate nominalEnd);
    void fillCareer(Case& c, QDate nominalEnd);
    void fillRecruitment(Case& c);
    QString randomName();

    std::mt19937_64 m_engine;
    GeneratorOptions m_options;
    qint64 m_count = 0;
};

} // namespace rekrutt::testing
