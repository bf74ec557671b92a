#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace rekrutt {

/** One all-day event of a calendar file: a deadline on its due date. */
struct CalendarEvent
{
    /** Globally unique and stable: the same deadline gets the same UID on every export, so calendars update it. */
    QString uid;
    QDate date;
    QString summary;
    QString description;
};

/**
 * Writes deadlines as an iCalendar file (RFC 5545) that calendar programs import or subscribe to:
 * one VCALENDAR with one all-day VEVENT per event, CRLF line endings, content lines folded at 75
 * octets without splitting a UTF-8 character, and TEXT values escaped.
 */
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    /** The calendar's PRODID. */
    static constexpr QLatin1StringView productId {"-//Rekrutt//Rekrutt 0.1//EN"};

    /**
     * The calendar as UTF-8. `stamp` is written as every event's DTSTAMP (in UTC); `name`, when
     * given, becomes X-WR-CALNAME, the name calendar programs show for an imported calendar.
     */
    static QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp, const QString& name = {});

    /** Writes the calendar to `path` atomically; on failure false with a translated message. */
    static bool writeFile(const QString& path, const QList<CalendarEvent>& events, const QDateTime& stamp,
                          QString* error, const QString& name = {});

    /** A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static QString escapeText(QStringView text);

    /** One content line (without line break) folded at 75 octets and ended with CRLF (RFC 5545, 3.1). */
    static QByteArray foldLine(const QByteArray& line);
};

} // namespace rekrutt
