#pragma once

namespace rekrutt {

/** The allowed values of a number: [min, max]. */
struct FieldRange
{
    double min;
    double max;

    constexpr bool contains(double value) const { return value >= min && value <= max; }
};

/**
 * The ranges of the numbers of a case: those of case-format.md and, where it leaves a bound open, one
 * chosen so that a value outside it can only be a typo (a length of 480 months, a grant of NOK 10^12).
 * Reading a case file and saving a case from the editor check the same ranges (CaseValidation).
 */
namespace ranges {
inline constexpr FieldRange lengthMonths {1, 240}; // whole; 20 years is far beyond any fixed-term post
// Appointment and history entries. Under 1 % (22 minutes a week) can only be a typo, and the maximum time frame
// (C-FRAME: 48 FTE months ÷ the share) must stay a date: at 1 % it is 400 years, at 1e-10 % no calendar has it.
inline constexpr FieldRange ftePercent {1, 100};
inline constexpr FieldRange dutyPercent {0, 100};
// 37.5 hours is a full-time week in Norway; half an hour a week gives a frame of 150 years (C-FRAME).
inline constexpr FieldRange hoursPerWeek {0.5, 37.5};
inline constexpr FieldRange leavePercent {1, 100}; // whole
inline constexpr FieldRange extensionDays {1, 3650}; // whole; ten years
inline constexpr FieldRange monthsElsewhere {0, 1200}; // a working life
inline constexpr FieldRange credits {0, 1000}; // ECTS credits
inline constexpr FieldRange dutyHours {0, 100000}; // one FTE year is 1,695 hours
inline constexpr FieldRange references {0, 1000}; // whole
inline constexpr FieldRange rank {1, 100000}; // whole
inline constexpr FieldRange birthYear {1900, 2100}; // whole; an applicant's year of birth
inline constexpr FieldRange amountNok {0, 1e12};
inline constexpr FieldRange courseCredits {0, 120}; // ECTS credits of one course: two years of study at most
inline constexpr FieldRange meetingHours {0, 24}; // one meeting, one day at most
} // namespace ranges

} // namespace rekrutt
