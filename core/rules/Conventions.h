#pragma once

#include "core/domain/Case.h"

#include <QDate>

namespace rekrutt {

/**
 * The date and number conventions of rules.md, part A. Every place that computes a date uses
 * these, never its own arithmetic.
 */
namespace conventions {

/** C-MONTHS: `date` plus `months`, clamped to the month's last day (QDate::addMonths does exactly this). */
inline QDate addMonths(QDate date, int months)
{
    return date.addMonths(months);
}

/** C-END: the last day of a period of `months` months that begins on `start`. */
QDate periodEnd(QDate start, int months);

/** C-DATE: the number of days from `from` to `to`, both included (0 when `to` is before `from`). */
inline qint64 inclusiveDays(QDate from, QDate to)
{
    return to < from ? 0 : from.daysTo(to) + 1;
}

/** C-SPAN: the length in months of the dated span `from`–`to` (both included). */
double spanMonths(QDate from, QDate to);

/** C-FTE: the case's FTE share (ftePercent/100, or hoursPerWeek/37.5 for a research assistant by the hour). */
double fteShare(const Appointment& appointment);

/** RA-PARTTIME: a research assistant under 15 hours a week (exempt from the recruitment and contract rules). */
bool raPartTime(const Appointment& appointment);
/** RA-STUDENT: a research assistant combined with studies, part time (exempt from the assessment rules). */
bool raStudent(const Appointment& appointment);

/** C-FTE: FTE months of the appointment, lengthMonths × FTE share. */
double fteMonths(const Appointment& appointment);

/** C-FRAME: the maximum time frame in FTE months (48, or 24 for research assistants); 0 where none applies. */
int frameFteMonths(PositionType type);

/** C-FRAME: the frame in calendar months, ceil(frame ÷ FTE share) computed exactly; 0 where none applies. */
int frameMonths(const Appointment& appointment);

/** TRANS-2006, § 8: the rule set a case without an explicit `ruleSet` gets. */
RuleSet defaultRuleSet(const Appointment& appointment);

/** The rule set that governs the case: the explicit one, else defaultRuleSet(). */
RuleSet effectiveRuleSet(const Case& c);

/**
 * TRANS-2006: the day the position was announced, or the start when that is not recorded (the announcement
 * came before the start); invalid when neither is.
 */
QDate announcedOn(const Appointment& appointment);
/** TRANS-2006: the day of the appointment decision, or the start when that is not recorded. */
QDate decidedOn(const Appointment& appointment);

/** Whether the transitional rule of § 8 allows uhf-2006 for this appointment (TRANS-2006). */
bool transitionalRuleAllowed(const Appointment& appointment);

/** C-HOURS: the default number of working hours in one FTE year (a database setting may change it). */
inline constexpr double defaultHoursPerFteYear = 1695.0;

/** RA-PARTTIME, § 2.6: a research assistant paid for fewer hours a week than this is part time. */
inline constexpr double raPartTimeHoursPerWeek = 15.0;

/** EXT-NORWEGIAN and C-HOURS, § 7.4: the Norwegian training is completed with this many credits (ECTS). */
inline constexpr double norwegianTrainingCredits = 15.0;

/** A tolerance for comparing FTE months and hours, far below anything a case can express. */
inline constexpr double epsilon = 1e-9;

} // namespace conventions
} // namespace rekrutt
