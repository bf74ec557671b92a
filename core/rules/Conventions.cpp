#include "core/rules/Conventions.h"

#include <algorithm>
#include <cmath>

namespace rekrutt::conventions {

QDate periodEnd(QDate start, int months)
{
    const QDate sameDay = start.addMonths(months);
    // addMonths clamps to the month's last day when the day-number does not exist there; the
    // period then ends on that last day rather than the day before it.
    return sameDay.day() == start.day() ? sameDay.addDays(-1) : sameDay;
}

double spanMonths(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    const QDate b = to.addDays(1);
    // Whole months first: a first estimate from the calendar, then corrected by at most one step
    // either way (addMonths clamping can make the estimate one too many).
    int m = (b.year() - from.year()) * 12 + (b.month() - from.month());
    while (m > 0 && from.addMonths(m) > b)
        --m;
    while (from.addMonths(m + 1) <= b)
        ++m;
    return m + static_cast<double>(from.addMonths(m).daysTo(b)) / 30.0;
}

double fteShare(const Appointment& appointment)
{
    if (appointment.type == PositionType::ResearchAssistant && appointment.hoursPerWeek)
        return *appointment.hoursPerWeek / 37.5;
    return appointment.ftePercent / 100.0;
}

double fteMonths(const Appointment& appointment)
{
    return appointment.lengthMonths * fteShare(appointment);
}

int frameFteMonths(PositionType type)
{
    switch (type) {
    case PositionType::TenureTrackPostdoc:
    case PositionType::DualCompetence:
        return 0;
    case PositionType::ResearchAssistant:
        return 24;
    default:
        return 48;
    }
}

int frameMonths(const Appointment& appointment)
{
    const int frame = frameFteMonths(appointment.type);
    if (frame == 0)
        return 0;
    // frame ÷ share, with the division done last so that 24 ÷ (10/37.5) is exactly 90.
    double months = 0;
    if (appointment.type == PositionType::ResearchAssistant && appointment.hoursPerWeek)
        months = frame * 37.5 / *appointment.hoursPerWeek;
    else
        months = frame * 100.0 / appointment.ftePercent;
    // Validation keeps the share at 1 % or 0.5 hours a week at least (frames of 400 and 150 years); the bound
    // only keeps a share still being typed (0 % on the way to 80 %) from overflowing the conversion.
    constexpr double longestFrame = 12.0 * 1000;
    return static_cast<int>(std::ceil(std::min(months, longestFrame) - 1e-7));
}

QDate announcedOn(const Appointment& appointment)
{
    return appointment.announcementDate.isValid() ? appointment.announcementDate : appointment.start;
}

QDate decidedOn(const Appointment& appointment)
{
    return appointment.decisionDate.isValid() ? appointment.decisionDate : appointment.start;
}

bool transitionalRuleAllowed(const Appointment& appointment)
{
    const QDate announced = announcedOn(appointment);
    const QDate decided = decidedOn(appointment);
    return announced.isValid() && announced < QDate(2025, 3, 1) && decided.isValid() && decided < QDate(2025, 8, 1);
}

RuleSet defaultRuleSet(const Appointment& appointment)
{
    return transitionalRuleAllowed(appointment) ? RuleSet::Uhf2006 : RuleSet::Ntnu2025;
}

RuleSet effectiveRuleSet(const Case& c)
{
    return c.ruleSet.value_or(defaultRuleSet(c.appointment));
}

bool raPartTime(const Appointment& a)
{
    return a.type == PositionType::ResearchAssistant && a.hoursPerWeek && *a.hoursPerWeek < raPartTimeHoursPerWeek;
}

bool raStudent(const Appointment& a)
{
    return a.type == PositionType::ResearchAssistant && a.combinedWithStudies && fteShare(a) < 1 - epsilon;
}

} // namespace rekrutt::conventions
