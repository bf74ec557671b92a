#include "core/domain/DateInput.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

constexpr const char* context = "DateInput";

/** The month named by `word` (a whole name or its first three letters or more, either language), or 0. */
int monthNamed(QStringView word)
{
    static const std::array<std::array<QStringView, 2>, 12> names {{
        {u"january", u"januar"},
        {u"february", u"februar"},
        {u"march", u"mars"},
        {u"april", u"april"},
        {u"may", u"mai"},
        {u"june", u"juni"},
        {u"july", u"juli"},
        {u"august", u"august"},
        {u"september", u"september"},
        {u"october", u"oktober"},
        {u"november", u"november"},
        {u"december", u"desember"},
    }};
    if (word.size() < 3)
        return 0;
    const QString lower = word.toString().toLower();
    int found = 0;
    for (int month = 0; month < 12; ++month) {
        for (QStringView name : names[month]) {
            if (name.startsWith(lower)) {
                if (found && found != month + 1)
                    return 0; // a prefix of two months cannot happen with three letters, but do not guess
                found = month + 1;
            }
        }
    }
    return found;
}

Message notADate()
{
    return Message(context,
                   QT_TRANSLATE_NOOP("DateInput",
                                     "This is not a date. Type day, month and year, such as 14.03.1996, 14031996 or "
                                     "1996-03-14."));
}

/** The century of a two-digit year: the year nearest `today` from 80 years back to 19 ahead. */
int fullYear(int twoDigits, QDate today)
{
    const int current = (today.isValid() ? today : QDate::currentDate()).year();
    int year = current - current % 100 + twoDigits;
    if (year > current + 19)
        year -= 100;
    else if (year < current - 80)
        year += 100;
    return year;
}

DateInput checked(int day, int month, int year)
{
    DateInput result;
    if (year < DateInput::firstYear || year > DateInput::lastYear) {
        result.error = Message(
            context, QT_TRANSLATE_NOOP("DateInput", "The year %1 is not between %2 and %3."),
            {QString::number(year), QString::number(DateInput::firstYear), QString::number(DateInput::lastYear)});
        return result;
    }
    if (month < 1 || month > 12) {
        result.error = Message(context, QT_TRANSLATE_NOOP("DateInput", "There is no month %1: months go from 1 to 12."),
                               {QString::number(month)});
        return result;
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        result.error
            = Message(context, QT_TRANSLATE_N_NOOP("DateInput", "There is no day %1 in that month: it has %n day(s)."),
                      {QString::number(day)}, days);
        return result;
    }
    result.date = QDate(year, month, day);
    return result;
}

} // namespace

DateInput DateInput::parse(QStringView text, QDate today)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Typed dates are short; anything long is not a date and is not worth reading further.
    if (trimmed.size() > 40)
        return {{}, notADate()};

    // Split into runs of digits and runs of letters; every other character separates them.
    struct Part
    {
        QStringView text;
        bool digits;
    };
    QList<Part> parts;
    qsizetype i = 0;
    while (i < trimmed.size()) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() || c.isLetter()) {
            const bool digits = c.isDigit();
            qsizetype j = i;
            while (j < trimmed.size() && (digits ? trimmed.at(j).isDigit() : trimmed.at(j).isLetter()))
                ++j;
            parts.append({trimmed.mid(i, j - i), digits});
            i = j;
        } else {
            if (c != u'.' && c != u'/' && c != u'-' && !c.isSpace() && c != u',')
                return {{}, notADate()};
            ++i;
        }
    }
    for (const Part& part : std::as_const(parts)) {
        // Only ASCII digits: other scripts' digits would read as numbers QString cannot convert here.
        if (part.digits) {
            for (QChar c : part.text) {
                if (c.unicode() > u'9')
                    return {{}, notADate()};
            }
        }
    }
    const auto number = [](QStringView digits) { return digits.toInt(); };

    // The digits alone: DDMMYYYY or DDMMYY.
    if (parts.size() == 1 && parts.at(0).digits) {
        const QStringView digits = parts.at(0).text;
        if (digits.size() == 8)
            return checked(number(digits.mid(0, 2)), number(digits.mid(2, 2)), number(digits.mid(4, 4)));
        if (digits.size() == 6)
            return checked(number(digits.mid(0, 2)), number(digits.mid(2, 2)),
                           fullYear(number(digits.mid(4, 2)), today));
        return {{}, notADate()};
    }
    if (parts.size() != 3)
        return {{}, notADate()};

    const auto year = [&](QStringView digits) -> int {
        if (digits.size() == 4)
            return number(digits);
        if (digits.size() == 2)
            return fullYear(number(digits), today);
        return -1;
    };

    // ISO 8601: a year of four digits first, then month and day.
    if (parts.at(0).digits && parts.at(0).text.size() == 4) {
        if (!parts.at(1).digits || !parts.at(2).digits || parts.at(1).text.size() > 2 || parts.at(2).text.size() > 2)
            return {{}, notADate()};
        return checked(number(parts.at(2).text), number(parts.at(1).text), number(parts.at(0).text));
    }

    // A month by name first, as English writes it: "January 15, 2026".
    if (!parts.at(0).digits && parts.at(1).digits && parts.at(2).digits) {
        const int named = monthNamed(parts.at(0).text);
        const int y = year(parts.at(2).text);
        if (named == 0 || parts.at(1).text.size() > 2 || y < 0)
            return {{}, notADate()};
        return checked(number(parts.at(1).text), named, y);
    }

    // Day, month (a number or a name) and year.
    if (!parts.at(0).digits || !parts.at(2).digits || parts.at(0).text.size() > 2)
        return {{}, notADate()};
    int month = 0;
    if (parts.at(1).digits) {
        if (parts.at(1).text.size() > 2)
            return {{}, notADate()};
        month = number(parts.at(1).text);
    } else {
        month = monthNamed(parts.at(1).text);
        if (month == 0)
            return {{},
                    Message(context, QT_TRANSLATE_NOOP("DateInput", "“%1” is not the name of a month."),
                            {parts.at(1).text.toString()})};
    }
    const int y = year(parts.at(2).text);
    if (y < 0)
        return {{}, Message(context, QT_TRANSLATE_NOOP("DateInput", "Type the year with four digits, or two."))};
    return checked(number(parts.at(0).text), month, y);
}

} // namespace rekrutt
