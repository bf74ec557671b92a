#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

namespace rekrutt {

/**
 * Where "today" and "now" come from (C-TODAY): the system clock, or a day fixed by the caller (`--today`,
 * tests, screenshots). Whatever dates or stamps something (the stored evaluations, the audit trail, a
 * decision) takes the clock of the one who asks, so that one run sees one day.
 */
class Clock
{
public:
    /** The system's date and time. */
    static Clock system() { return Clock(); }

    /** A clock on `day`: today() is `day`, now() is that day at the system's time of day. An invalid day is the
     * system's. */
    static Clock onDay(QDate day)
    {
        Clock clock;
        if (day.isValid())
            clock.m_day = day;
        return clock;
    }

    QDate today() const { return m_day.value_or(QDate::currentDate()); }

    /** The moment, in UTC. */
    QDateTime now() const
    {
        if (!m_day)
            return QDateTime::currentDateTimeUtc();
        return QDateTime(*m_day, QTime::currentTime()).toUTC();
    }

    bool isSystem() const { return !m_day.has_value(); }

private:
    std::optional<QDate> m_day;
};

} // namespace rekrutt
