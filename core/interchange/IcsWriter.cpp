#include "core/interchange/IcsWriter.h"
#include "core/interchange/PrivateFile.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {
constexpr qsizetype maxLineOctets = 75;

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QByteArray dateValue(QDate date)
{
    return date.toString(u"yyyyMMdd"_s).toLatin1();
}
} // namespace

QString IcsWriter::escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u';':
            escaped += u"\\;"_s;
            break;
        case u',':
            escaped += u"\\,"_s;
            break;
        case u'\r':
            // CRLF and a lone CR are one line break each.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += u"\\n"_s;
            break;
        case u'\n':
            escaped += u"\\n"_s;
            break;
        default:
            // Other control characters are not allowed in a TEXT value (RFC 5545, 3.3.11).
            if (c.unicode() >= 0x20 || c == u'\t')
                escaped += c;
            break;
        }
    }
    return escaped;
}

QByteArray IcsWriter::foldLine(const QByteArray& line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    // The first line holds 75 octets; each continuation starts with a space, which counts.
    qsizetype room = maxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never split a multi-byte UTF-8 character: back up to the start of the character.
        while (cut > pos && isUtf8Continuation(line.at(cut)))
            --cut;
        if (cut == pos) // Not UTF-8 after all: split anywhere rather than loop for ever.
            cut = pos + room;
        folded += QByteArrayView(line).sliced(pos, cut - pos);
        folded += "\r\n ";
        pos = cut;
        room = maxLineOctets - 1;
    }
    folded += QByteArrayView(line).sliced(pos);
    folded += "\r\n";
    return folded;
}

QByteArray IcsWriter::write(const QList<CalendarEvent>& events, const QDateTime& stamp, const QString& name)
{
    QByteArray out;
    auto line = [&out](const QByteArray& text) { out += foldLine(text); };
    auto textLine = [&line](const char* property, const QString& value) {
        line(QByteArray(property) + ':' + escapeText(value).toUtf8());
    };

    const QByteArray stampValue = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:" + QByteArray(productId.data(), productId.size()));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if (!name.isEmpty())
        textLine("X-WR-CALNAME", name);
    for (const CalendarEvent& event : events) {
        if (!event.date.isValid())
            continue;
        line("BEGIN:VEVENT");
        textLine("UID", event.uid);
        line("DTSTAMP:" + stampValue);
        // An all-day event: DTEND is exclusive, so the day after (RFC 5545, 3.6.1).
        line("DTSTART;VALUE=DATE:" + dateValue(event.date));
        line("DTEND;VALUE=DATE:" + dateValue(event.date.addDays(1)));
        textLine("SUMMARY", event.summary);
        if (!event.description.isEmpty())
            textLine("DESCRIPTION", event.description);
        // A deadline does not make anyone busy that day.
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

bool IcsWriter::writeFile(const QString& path, const QList<CalendarEvent>& events, const QDateTime& stamp,
                          QString* error, const QString& name)
{
    auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Cannot write the calendar file %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };

    QString reason;
    if (!writePrivateFile(path, write(events, stamp, name), &reason))
        return fail(reason);
    return true;
}

} // namespace rekrutt
