#include "core/rules/PeriodCalculator.h"

#include "core/rules/Conventions.h"
#include "core/rules/RuleContext.h"

#include <QVarLengthArray>

#include <algorithm>

namespace rekrutt {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

/** A stretch of days [begin, end) (Julian day numbers) on which extending leave weighs `percent` (≤ 100). */
struct Segment
{
    qint64 begin;
    qint64 end;
    int percent;
};

using Segments = QVarLengthArray<Segment, 24>;

/**
 * C-LEAVE: merges every extending leave into segments of constant daily weight, capped at
 * 100 %. Days before `start` never count, so they are cut off here once; the end is applied
 * per pass.
 */
Segments leaveSegments(const QList<Leave>& leaves, QDate start, bool* capped)
{
    struct Event
    {
        qint64 day;
        int delta;
    };
    QVarLengthArray<Event, 48> events;
    const qint64 first = start.toJulianDay();
    for (const Leave& leave : leaves) {
        if (!leaveExtends(leave.kind) || !leave.from.isValid() || !leave.to.isValid())
            continue;
        const qint64 from = std::max(leave.from.toJulianDay(), first);
        const qint64 toExclusive = leave.to.toJulianDay() + 1;
        if (toExclusive <= from)
            continue;
        events.append({from, leave.percent});
        events.append({toExclusive, -leave.percent});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.day < b.day; });

    Segments segments;
    int sum = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        sum += events[i].delta;
        const bool lastOfDay = i + 1 == events.size() || events[i + 1].day != events[i].day;
        if (!lastOfDay || sum <= 0 || i + 1 == events.size())
            continue;
        if (sum > 100)
            *capped = true;
        segments.append({events[i].day, events[i + 1].day, std::min(sum, 100)});
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

/** The section of an extension kind, as a literal QString (no allocation per explanation line). */
QString extensionSection(ExtensionKind kind)
{
    switch (kind) {
    case ExtensionKind::ElectedOffice:
    case ExtensionKind::DionSinMember:
    case ExtensionKind::DionSinChair:
    case ExtensionKind::BoardFee:
        return u"§ 7.2"_s;
    case ExtensionKind::UnforeseenObstacle:
    case ExtensionKind::PhdHealth:
        return u"§ 7.1"_s;
    case ExtensionKind::DutyIncrease:
    case ExtensionKind::NorwegianTraining:
        break;
    }
    return u"§ 7.4"_s;
}

QString leaveSection(LeaveKind kind)
{
    return kind == LeaveKind::TemporaryPosition || kind == LeaveKind::FellowshipAbroad ? u"§ 7.3"_s : u"§ 7.1"_s;
}

/** The explanation lines for the leaves, written once the end is known. */
void explainLeaves(const Case& c, const Period& period, bool capped, qint64 percentDays, QList<Message>* out)
{
    for (const Leave& leave : c.leaves) {
        const auto range = Message::Arg::dateRange(leave.from, leave.to);
        if (!leaveExtends(leave.kind)) {
            out->append(ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 %2 at %3 %: gives no extension (LEAVE-EXT, § 7.1)"),
                                    {labelArg(leave.kind), range, numberArg(leave.percent)}));
            continue;
        }
        const double weightedDays = PeriodCalculator::weighedDays(leave, period);
        const Message::Arg section(leaveSection(leave.kind));
        if (leave.from < period.start || leave.to > period.end) {
            out->append(
                ruleMessage(QT_TRANSLATE_NOOP("Rules",
                                              "%1 %2 at %3 %: %4 day(s) inside the period count; the days outside "
                                              "it do not (LEAVE-EXT, %5)"),
                            {labelArg(leave.kind), range, numberArg(leave.percent), numberArg(weightedDays), section}));
        } else {
            out->append(
                ruleMessage(QT_TRANSLATE_NOOP("Rules", "%1 %2 at %3 %: weighs %4 day(s) (LEAVE-EXT, %5)"),
                            {labelArg(leave.kind), range, numberArg(leave.percent), numberArg(weightedDays), section}));
        }
    }
    if (capped) {
        out->append(ruleMessage(
            QT_TRANSLATE_NOOP("Rules", "Where leaves overlap, a day weighs at most 100 % (C-LEAVE, § 7.1)")));
    }
    if (percentDays > 0) {
        out->append(ruleMessage(
            QT_TRANSLATE_N_NOOP(
                "Rules", "Leave weighs %1 day(s) in all, rounded up once to %n day(s) of extension (C-LEAVE, § 7.1)"),
            {numberArg(percentDays / 100.0)}, period.leaveExtensionDays));
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

double PeriodCalculator::weighedDays(const Leave& leave, const Period& period)
{
    if (!leaveExtends(leave.kind) || !leave.from.isValid() || !leave.to.isValid() || !period.end.isValid())
        return 0;
    const QDate from = std::max(leave.from, period.start);
    const QDate to = std::min(leave.to, period.end);
    return from > to ? 0 : conventions::inclusiveDays(from, to) * leave.percent / 100.0;
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
        if (extension.status == ExtensionStatus::Approved) {
            period.grantedExtensionDays += extension.days;
            if (extension.kind != ExtensionKind::DutyIncrease && extension.kind != ExtensionKind::NorwegianTraining)
                frameExtensionDays += extension.days;
        } else if (extension.status == ExtensionStatus::Proposed) {
            period.pendingExtensionDays += extension.days;
        }
    }

    // C-LEAVE and C-FIXPOINT: count leave up to the current end until the end stops moving. The end
    // only grows, and leave is finite, so this ends after a few passes.
    bool capped = false;
    const Segments segments = leaveSegments(c.leaves, appointment.start, &capped);
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
    explainLeaves(c, period, capped, percentDays, explanation);
    explanation->append(passes);
    for (const Extension& extension : c.extensions) {
        const Message::Arg section(extensionSection(extension.kind));
        switch (extension.status) {
        case ExtensionStatus::Approved:
            explanation->append(ruleMessage(QT_TRANSLATE_N_NOOP("Rules", "%1: %n day(s) approved (C-GRANTS, %2)"),
                                            {labelArg(extension.kind), section}, extension.days));
            break;
        case ExtensionStatus::Proposed:
            explanation->append(ruleMessage(
                QT_TRANSLATE_N_NOOP("Rules", "%1: %n day(s) proposed, not counted until approved (C-GRANTS, %2)"),
                {labelArg(extension.kind), section}, extension.days));
            break;
        case ExtensionStatus::Rejected:
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
