#pragma once

#include "core/i18n/Message.h"

#include <QDate>
#include <QStringView>

namespace rekrutt {

/**
 * A date as a person types it into a date field, read without guessing: what cannot be read is
 * refused with a reason, never turned into another date.
 *
 * Accepted, in both languages:
 * - day, month and year separated by a dot, slash, hyphen or space: `14.03.1996`, `14.3.96`,
 *   `14/3/1996`, `14-03-1996`, `14 3 1996`;
 * - the digits alone: `14031996` (DDMMYYYY) and `140396` (DDMMYY);
 * - ISO 8601: `2026-01-15` (four digits first: year, month, day);
 * - a month by name in either language: `15 January 2026`, `15. januar 2026`, `15 jan 26`.
 *
 * A two-digit year is the one nearest today in a window of 80 years back and 19 ahead (`96` is 1996,
 * `26` is 2026, `45` is 2045 in 2026). Years outside 1900–2200 are refused: no appointment, leave or
 * birth date of a living person lies there, and a typo such as `0202` must not pass as a date.
 */
struct DateInput
{
    /** The date read, or null when the text is empty or cannot be read (then `error` says why). */
    QDate date;
    /** Why the text is not a date; null when it is one or when the text is empty. */
    Message error;

    bool isEmpty() const { return !date.isValid() && error.isNull(); }
    bool isValid() const { return date.isValid(); }

    static constexpr int firstYear = 1900;
    static constexpr int lastYear = 2200;

    /** Reads `text`; `today` decides the century of a two-digit year. */
    static DateInput parse(QStringView text, QDate today);
};

} // namespace rekrutt
