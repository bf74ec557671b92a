#pragma once

#include <QDate>
#include <QString>

namespace rekrutt {

// Dates are stored as ISO 8601 text (YYYY-MM-DD). QDate's own conversions go through the calendar
// system and a formatted print, which costs more than the rest of writing or listing a case; these
// do the same for the years 1-9999 of the case format.

/**
 * A date written exactly as YYYY-MM-DD, the form storage keeps dates in (a QStringView or a
 * QLatin1StringView); a null date for anything else. A fast QDate::fromString(text, Qt::ISODate).
 */
template <typename Text> QDate isoDate(const Text& text)
{
    if (text.size() != 10)
        return {};
    int digits[10];
    for (int i = 0; i < 10; ++i) {
        const char16_t c = QChar(text[i]).unicode();
        digits[i] = (i == 4 || i == 7) ? (c == u'-' ? 0 : -1) : (c >= u'0' && c <= u'9' ? c - u'0' : -1);
        if (digits[i] < 0)
            return {};
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[5] * 10 + digits[6];
    const int day = digits[8] * 10 + digits[9];
    // QDate(y, m, d) costs more than the whole parse; the day number of a checked Gregorian date is a formula.
    static constexpr int monthDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthDays[month - 1])
        return {};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap)
        return {};
    const int a = (14 - month) / 12;
    const qint64 y = year + 4800 - a;
    const int m = month + 12 * a - 3;
    return QDate::fromJulianDay(day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045);
}

/** A Gregorian calendar date as numbers. */
struct CivilDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

/**
 * The Gregorian date of a day number (QDate::toJulianDay()), by H. Hinnant's civil_from_days: what
 * QDate::getDate() gives, without the calendar system.
 */
constexpr CivilDate civilDate(qint64 dayNumber)
{
    const qint64 days = dayNumber - 2440588 + 719468; // days since 0000-03-01
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

/** The day numbers of 0001-01-01 and 9999-12-31: the dates that YYYY-MM-DD can write. */
constexpr qint64 firstIsoDay = 1721426;
constexpr qint64 lastIsoDay = 5373484;

/**
 * Writes YYYY-MM-DD of `dayNumber` (between firstIsoDay and lastIsoDay) at `out`, ten characters of
 * type `Char` (char or char16_t); returns the end.
 */
template <typename Char> Char* writeIsoDate(Char* out, qint64 dayNumber)
{
    const CivilDate date = civilDate(dayNumber);
    const auto two = [&out](int n) {
        *out++ = Char('0' + n / 10);
        *out++ = Char('0' + n % 10);
    };
    two(date.year / 100);
    two(date.year % 100);
    *out++ = Char('-');
    two(date.month);
    *out++ = Char('-');
    two(date.day);
    return out;
}

/** `date` as YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it; empty for a null date. */
inline QString isoText(QDate date)
{
    if (!date.isValid())
        return {};
    if (date.toJulianDay() < firstIsoDay || date.toJulianDay() > lastIsoDay)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    writeIsoDate(reinterpret_cast<char16_t*>(text.data()), date.toJulianDay());
    return text;
}

} // namespace rekrutt
