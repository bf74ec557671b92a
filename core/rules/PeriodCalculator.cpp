#include "core/rules/PeriodCalculator.h"

#include "core/rules/Conventions.h"
#include "core/rules/RuleContext.h"
#include "core/rules/Sections.h"

#include <QVarLengthArray>

#include <algorithm>

namespace rekrutt {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

/** C-LEAVE-CAP, § 7.3: leave for a temporary position or a fellowship abroad extends by at most six months. */
constexpr qint64 sixMonthsPercentDays = 183 * 100;

/** A stretch of days [begin, end) (Julian day numbers) on which extending leave weighs `percent` (≤ 100). */
struct Segment
{
    qint64 begin;
    qint64 end;
    int percent;
};

using Segments = QVarLengthArray<Segment, 24>;

/** What the caps did to the leave of a case: a day held more than 100 %, or the six months ran out. */
struct Caps
{
    bool overlap = false;
    bool sixMonths = false;
};

/**
 * The day weights of `days` days on which `capped` percent of the six-month kinds and `other` percent of the
 * rest apply, from the six months left in `*capLeft` (C-LEAVE-CAP, then C-LEAVE): the capped kinds count
 * while the six months last (a day's worth at a time, the last day in part), and each day at most 100.
 * Calls `onRun(days, cappedCounted, total)` for each run of equal days (at most three).
 */
template <typename OnRun> void weighDays(qint64 days, int capped, int other, qint64* capLeft, Caps* caps, OnRun onRun)
{
    const auto run = [&](qint64 length, int cappedCounted) {
        if (length <= 0)
            return;
        if (cappedCounted + other > 100)
            caps->overlap = true;
        onRun(length, cappedCounted, std::min(100, cappedCounted + other));
    };
    const int perDay = std::min(capped, 100);
    if (perDay == 0) {
        run(days, 0);
        return;
    }
    const qint64 full = std::min(days, *capLeft / perDay);
    run(full, perDay);
    *capLeft -= full * perDay;
    qint64 rest = days - full;
    if (rest > 0 && *capLeft > 0) {
        run(1, static_cast<int>(*capLeft));
        *capLeft = 0;
        --rest;
    }
    if (rest > 0)
        caps->sixMonths = true;
    run(rest, 0);
}

/** Whether `leave` extends (LEAVE-EXT, LEAVE-DECISION) and has its dates. */
bool counts(const Leave& leave)
{
    return leaveExtends(leave) && leave.from.isValid() && leave.to.isValid();
}

/**
 * C-LEAVE and C-LEAVE-CAP: merges every extending leave into segments of constant daily weight, walking
 * the days from `start` in date order (the six months are used up in that order). Days before `start`
 * never count, so they are cut off here once; the end is applied per pass.
 */
Segments leaveSegments(const QList<Leave>& leaves, QDate start, Caps* caps)
{
    struct Event
    {
        qint64 day;
        int capped;
        int other;
    };
    QVarLengthArray<Event, 48> events;
    const qint64 first = start.toJulianDay();
    for (const Leave& leave : leaves) {
        if (!counts(leave))
            continue;
        const qint64 from = std::max(leave.from.toJulianDay(), first);
        const qint64 toExclusive = leave.to.toJulianDay() + 1;
        if (toExclusive <= from)
            continue;
        const bool sixMonthKind = leaveIsCapped(leave.kind);
        events.append({from, sixMonthKind ? leave.percent : 0, sixMonthKind ? 0 : leave.percent});
        events.append({toExclusive, sixMonthKind ? -leave.percent : 0, sixMonthKind ? 0 : -leave.percent});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.day < b.day; });

    Segments segments;
    int capped = 0;
    int other = 0;
    qint64 capLeft = sixMonthsPercentDays;
    for (qsizetype i = 0; i < events.size(); ++i) {
        capped += events[i].capped;
        other += events[i].other;
        const bool lastOfDay = i + 1 == events.size() || events[i + 1].day != events[i].day;
        if (!lastOfDay || capped + other <= 0 || i + 1 == events.size())
            continue;
        qint64 begin = events[i].day;
        weighDays(events[i + 1].day - begin, capped, other, &capLeft, caps, [&](qint64 length, int, int total) {
            if (total > 0)
                segments.append({begin, begin + length, total});
            begin += length;
        });
    }
    return segments;
}

/** Percent-days of leave that fall from the start up to and including `end` (Julian day). */
qint64 percentDaysUpTo(const Segments& segments, qint64 end)
{
    qint64 total = 0;
    for (const Segment& segment : segments) {
        const qint64 stop = std::min(segment.end, end + 1);
        if (stop > segment.begin)
            total += (stop - segment.begin) * segment.percent;
    }
    return total;
}

/** C-LEAVE: the sum of the day weights, rounded up once to whole days. */
int roundUpToDays(qint64 percentDays)
{
    return static_cast<int>((percentDays + 99) / 100);
}

/**
 * The percent-days each leave contributes from `start` to `end` after both caps, index by index with
 * `leaves`; they add up to what leaveSegments() gives up to `end`. On a day that holds more than 100 %,
 * the six-month kinds count first (they are capped first), then the leave that began first, then the
 * one listed first. Done per stretch of days between the leaves' ends, never day by day.
 */
QList<qint64> percentDaysPerLeave(const QList<Leave>& leaves, QDate start, QDate end, Caps* caps)
{
    QList<qint64> result(leaves.size(), 0);
    if (!start.isValid() || !end.isValid() || end < start)
        return result;
    const qint64 first = start.toJulianDay();
    const qint64 past = end.toJulianDay() + 1;
    QList<qsizetype> order;
    QList<qint64> bounds {first, past};
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        const Leave& leave = leaves.at(i);
        if (!counts(leave))
            continue;
        order.append(i);
        for (const qint64 day : {leave.from.toJulianDay(), leave.to.toJulianDay() + 1}) {
            if (day > first && day < past)
                bounds.append(day);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&leaves](qsizetype a, qsizetype b) {
        const Leave& x = leaves.at(a);
        const Leave& y = leaves.at(b);
        if (leaveIsCapped(x.kind) != leaveIsCapped(y.kind))
            return leaveIsCapped(x.kind);
        return x.from < y.from;
    });
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    qint64 capLeft = sixMonthsPercentDays;
    QList<qsizetype> active;
    for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
        const qint64 begin = bounds[k];
        active.clear();
        int capped = 0;
        int other = 0;
        for (const qsizetype i : order) {
            const Leave& leave = leaves.at(i);
            if (leave.from.toJulianDay() <= begin && begin <= leave.to.toJulianDay()) {
                active.append(i);
                (leaveIsCapped(leave.kind) ? capped : other) += leave.percent;
            }
        }
        if (active.isEmpty())
            continue;
        weighDays(bounds[k + 1] - begin, capped, other, &capLeft, caps, [&](qint64 length, int cappedCounted, int) {
            int room = 100;
            int sixMonthsLeft = cappedCounted;
            for (const qsizetype i : active) {
                const Leave& leave = leaves.at(i);
                int take = std::min(leave.percent, room);
                if (leaveIsCapped(leave.kind)) {
                    take = std::min(take, sixMonthsLeft);
                    sixMonthsLeft -= take;
                }
                room -= take;
                result[i] += take * length;
            }
        });
    }
    return result;
}

/** The explanation lines for the leaves, written once the end is known: a line per leave, adding up. */
void explainLeaves(const Case& c, const Period& period, qint64 percentDays, QList<Message>* out)
{
    Caps caps;
    const QList<qint64> counted = percentDaysPerLeave(c.leaves, period.start, period.end, &caps);
    for (qsizetype i = 0; i < c.leaves.size(); ++i) {
        const Leave& leave = c.leaves.at(i);
        const auto range = Message::Arg::dateRange(leave.from, leave.to);
        const Message::Arg kind = labelArg(leave.kind);
        const Message::Arg percent = numberArg(leave.percent);
        if (!leaveExtends(leave.kind)) {
            out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 %2 at %3 %: gives no extension (LEAVE-EXT, § 7.1)"),
                                    {kind, range, percent}));
            continue;
        }
        if (leave.status == DecisionStatus::Proposed) {
            out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                      "%1 %2 at %3 %: proposed; gives no extension until the dean "
                                                      "approves it (LEAVE-DECISION, § 7.3)"),
                                    {kind, range, percent}));
            continue;
        }
        if (leave.status == DecisionStatus::Rejected) {
            out->append(ruleMessage(
                QT_TRANSLATE_NOOP("Rules",
                                  "%1 %2 at %3 %: rejected by the dean; gives no extension (LEAVE-DECISION, "
                                  "§ 7.3)"),
                {kind, range, percent}));
            continue;
        }
        const Message::Arg section(leaveSection(leave.kind));
        const Message::Arg days = numberArg(static_cast<double>(counted.at(i)) / 100.0);
        const QDate from = std::max(leave.from, period.start);
        const QDate to = std::min(leave.to, period.end);
        const qint64 own = from > to ? 0 : conventions::inclusiveDays(from, to) * leave.percent;
        const bool outside = leave.from < period.start || leave.to > period.end;
        if (counted.at(i) < own) {
            out->append(
                ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                              "%1 %2 at %3 %: %4 of its %5 weighed days in the period count; "
                                              "the rest falls on days already full with other leave, or beyond "
                                              "the six months of C-LEAVE-CAP (C-LEAVE, %6)"),
                            {kind, range, percent, days, numberArg(static_cast<double>(own) / 100.0), section}));
        } else if (outside) {
            out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                      "%1 %2 at %3 %: %4 day(s) inside the period count; the days "
                                                      "outside it do not (LEAVE-EXT, %5)"),
                                    {kind, range, percent, days, section}));
        } else {
            out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 %2 at %3 %: weighs %4 day(s) (LEAVE-EXT, %5)"),
                                    {kind, range, percent, days, section}));
        }
    }
    if (caps.overlap) {
        out->append(ruleMessage(
            QT_TRANSLATE_NOOP("Rules", "Where leaves overlap, a day weighs at most 100 % (C-LEAVE, § 7.1)")));
    }
    if (caps.sixMonths) {
        out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                                  "Leave for a temporary position or a fellowship abroad extends by "
                                                  "183 weighed days at most, together (C-LEAVE-CAP, § 7.3)")));
    }
    if (percentDays > 0) {
        out->append(ruleMessage(
            QT_TRANSLATE_N_NOOP(
                "Rules", "Leave weighs %1 day(s) in all, rounded up once to %n day(s) of extension (C-LEAVE, § 7.1)"),
            {numberArg(static_cast<double>(percentDays) / 100.0)}, period.leaveExtensionDays));
    }
}

} // namespace

const char* detail::lengthSection(PositionType type)
{
    switch (type) {
    case PositionType::Postdoc:
        return "§ 2.1.1";
    case PositionType::MscaPostdoc:
        return "§ 2.2";
    case PositionType::TenureTrackPostdoc:
        return "§ 2.3";
    case PositionType::PhdFellow:
        return "§ 2.4.1";
    case PositionType::IntegratedPhd:
        return "§ 2.7";
    case PositionType::DualCompetence:
        return "§ 2.8";
    case PositionType::Resident:
        return "§ 2.5";
    case PositionType::ResearchAssistant:
        break;
    }
    return "§ 2.6";
}

QList<double> PeriodCalculator::countedLeaveDays(const Case& c, const Period& period)
{
    Caps caps;
    const QList<qint64> counted = percentDaysPerLeave(c.leaves, period.start, period.end, &caps);
    QList<double> days;
    days.reserve(counted.size());
    for (const qint64 percentDays : counted)
        days.append(static_cast<double>(percentDays) / 100.0);
    return days;
}

Period PeriodCalculator::compute(const Case& c, QList<Message>* explanation)
{
    const Appointment& appointment = c.appointment;
    Period period;
    period.start = appointment.start;
    if (!appointment.start.isValid() || appointment.lengthMonths <= 0)
        return period;

    // C-END
    period.nominalEnd = conventions::periodEnd(appointment.start, appointment.lengthMonths);

    // C-GRANTS; the frame leaves out duty_increase and norwegian_training (C-FRAME).
    int frameExtensionDays = 0;
    for (const Extension& extension : c.extensions) {
        if (extension.status == DecisionStatus::Approved) {
            period.grantedExtensionDays += extension.days;
            if (extension.kind != ExtensionKind::DutyIncrease && extension.kind != ExtensionKind::NorwegianTraining)
                frameExtensionDays += extension.days;
        } else if (extension.status == DecisionStatus::Proposed) {
            period.pendingExtensionDays += extension.days;
        }
    }

    // C-LEAVE, C-LEAVE-CAP and C-FIXPOINT: count leave up to the current end until the end stops moving. The end
    // only grows, and leave is finite, so this ends after a few passes.
    Caps caps;
    const Segments segments = leaveSegments(c.leaves, appointment.start, &caps);
    const QDate withoutLeave = period.nominalEnd.addDays(period.grantedExtensionDays);
    QDate end = withoutLeave;
    qint64 percentDays = 0;
    QList<Message> passes;
    for (int pass = 1;; ++pass) {
        percentDays = percentDaysUpTo(segments, end.toJulianDay());
        const QDate next = withoutLeave.addDays(roundUpToDays(percentDays));
        if (next == end)
            break;
        if (explanation) {
            passes.append(
                ruleMessage(QT_TRANSLATE_N_NOOP("Rules",
                                                "Pass %1: leave up to %2 gives %n day(s), so the end moves to %3 "
                                                "(C-FIXPOINT, § 7.1)"),
                            {QString::number(pass), dateArg(end), dateArg(next)}, roundUpToDays(percentDays)));
        }
        end = next;
    }
    period.leaveExtensionDays = roundUpToDays(percentDays);
    period.end = end;

    // C-FRAME
    const int frameMonths = conventions::frameMonths(appointment);
    if (frameMonths > 0) {
        period.frameEnd = conventions::periodEnd(appointment.start, frameMonths)
                              .addDays(period.leaveExtensionDays + frameExtensionDays);
    }

    if (!explanation)
        return period;
    // A line per leave, pass and extension and a few more: room for them at once.
    explanation->reserve(explanation->size() + c.leaves.size() + passes.size() + c.extensions.size() + 8);

    const Message::Arg lengthSource(QString::fromUtf8(lengthSection(appointment.type)));
    if (appointment.start.addMonths(appointment.lengthMonths).day() == appointment.start.day()) {
        explanation->append(ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "%1 + %n month(s) - 1 day = %2 (C-END, %3)"),
                                        {dateArg(appointment.start), dateArg(period.nominalEnd), lengthSource},
                                        appointment.lengthMonths));
    } else {
        explanation->append(ruleMessage(
            QT_TRANSLATE_N_NOOP(
                "Rules",
                "%1 + %n month(s) has no such day, so the period ends on the month's last day, %2 (C-END, %3)"),
            {dateArg(appointment.start), dateArg(period.nominalEnd), lengthSource}, appointment.lengthMonths));
    }
    explainLeaves(c, period, percentDays, explanation);
    explanation->append(passes);
    for (const Extension& extension : c.extensions) {
        const Message::Arg section(extensionSection(extension.kind));
        switch (extension.status) {
        case DecisionStatus::Approved:
            explanation->append(ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "%1: %n day(s) approved (C-GRANTS, %2)"),
                                            {labelArg(extension.kind), section}, extension.days));
            break;
        case DecisionStatus::Proposed:
            explanation->append(ruleMessage(
                QT_TRANSLATE_N_NOOP("Rules", "%1: %n day(s) proposed, not counted until approved (C-GRANTS, %2)"),
                {labelArg(extension.kind), section}, extension.days));
            break;
        case DecisionStatus::Rejected:
            explanation->append(
                ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "%1: %n day(s) rejected, not counted (C-GRANTS, %2)"),
                            {labelArg(extension.kind), section}, extension.days));
            break;
        }
    }
    explanation->append(ruleMessage(
        QT_TRANSLATE_N_NOOP("Rules", "End: %1 + %n day(s) of leave and extension = %2 (C-FIXPOINT, § 7)"),
        {dateArg(period.nominalEnd), dateArg(period.end)}, period.leaveExtensionDays + period.grantedExtensionDays));
    if (frameMonths > 0) {
        explanation->append(ruleMessage(
            QT_TRANSLATE_N_NOOP(
                "Rules", "Maximum time frame: %1 FTE months at %2 % FTE is %n month(s), to %3 (C-FRAME, § 7.4, %4)"),
            {numberArg(conventions::frameFteMonths(appointment.type)),
             numberArg(conventions::fteShare(appointment) * 100.0),
             dateArg(conventions::periodEnd(appointment.start, frameMonths)), lengthSource},
            frameMonths));
        explanation->append(ruleMessage(
            QT_TRANSLATE_N_NOOP(
                "Rules",
                "Frame end: plus %n day(s) of leave and extension (not duty work or Norwegian training) = %1 "
                "(C-FRAME, § 7.4)"),
            {dateArg(period.frameEnd)}, period.leaveExtensionDays + frameExtensionDays));
    } else {
        explanation->append(ruleMessage(QT_TRANSLATE_NOOP("Rules", "No maximum time frame applies to %1 (C-FRAME, %2)"),
                                        {labelArg(appointment.type), lengthSource}));
    }
    return period;
}

} // namespace rekrutt
