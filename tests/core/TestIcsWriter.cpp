#include "core/interchange/IcsWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rekrutt;
using namespace Qt::StringLiterals;

/** The iCalendar writer behind "Export calendar (.ics)": RFC 5545 lines, folding, escaping, all-day events. */
class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void foldsAt75Octets_data();
    void foldsAt75Octets();
    void writesACalendar();
    void writesAllDayEvents_data();
    void writesAllDayEvents();
    void uidsAreStable();
    void stampIsUtc();
    void writesAFile();
    void reportsAFileThatCannotBeWritten();
};

namespace {

/** The content lines of `ics` with their folds undone; fails the test on a line not ended by CRLF. */
QList<QByteArray> unfold(const QByteArray& ics)
{
    QList<QByteArray> lines;
    const QList<QByteArray> physical = ics.split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (i == physical.size() - 1) {
            if (!line.isEmpty())
                qWarning("text after the last CRLF: %s", line.constData());
            break;
        }
        if (!line.endsWith('\r'))
            qWarning("line %lld does not end with CRLF", qlonglong(i));
        line.chop(1);
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines.append(line);
    }
    return lines;
}

QByteArray valueOf(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1);
    }
    return {};
}

const QDateTime stamp(QDate(2025, 10, 28), QTime(9, 30, 5), Qt::UTC);

} // namespace

void TestIcsWriter::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain text stays as it is") << u"Career plan"_s << u"Career plan"_s;
    QTest::newRow("a comma is escaped") << u"Nilsen, Kari"_s << u"Nilsen\\, Kari"_s;
    QTest::newRow("a semicolon is escaped") << u"a;b"_s << u"a\\;b"_s;
    QTest::newRow("a backslash is doubled") << u"C:\\cases"_s << u"C:\\\\cases"_s;
    QTest::newRow("a line break becomes \\n") << u"one\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("CRLF is one line break") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
    QTest::newRow("a lone CR is a line break") << u"one\rtwo"_s << u"one\\ntwo"_s;
    QTest::newRow("a colon needs no escape") << u"Rule: CP-REQUIRED"_s << u"Rule: CP-REQUIRED"_s;
    QTest::newRow("other control characters are dropped") << u"a\u0007b"_s << u"ab"_s;
    QTest::newRow("Norwegian letters stay") << u"Ærlig Østby-Åsen"_s << u"Ærlig Østby-Åsen"_s;
    QTest::newRow("everything at once") << u"\\;,\n"_s << u"\\\\\\;\\,\\n"_s;
}

void TestIcsWriter::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(IcsWriter::escapeText(text), escaped);
}

void TestIcsWriter::foldsAt75Octets_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("a short line is not folded") << QByteArray("SUMMARY:Career plan");
    QTest::newRow("exactly 75 octets is not folded") << QByteArray(75, 'x');
    QTest::newRow("76 octets fold once") << QByteArray(76, 'x');
    QTest::newRow("a long ASCII line folds many times") << QByteArray(1000, 'a');
    // Two-, three- and four-byte characters at every offset relative to the fold.
    for (int lead = 0; lead < 4; ++lead) {
        const QByteArray prefix = "DESCRIPTION:" + QByteArray(lead, 'x');
        QTest::addRow("ø (2 octets) after %d ASCII", lead) << prefix + QString(200, u'ø').toUtf8();
        QTest::addRow("€ (3 octets) after %d ASCII", lead) << prefix + QString(u"€"_s.repeated(120)).toUtf8();
        QTest::addRow("emoji (4 octets) after %d ASCII", lead) << prefix + u"😀"_s.repeated(90).toUtf8();
    }
    QTest::newRow("mixed Norwegian text")
        << (u"DESCRIPTION:Søknad om opptak på doktorgradsprogram – frist for Ærlig Åsen\\, "
            "Institutt for elektroniske systemer\\nRegel PHD-ADM-3M (§ 6.3)"_s)
               .toUtf8();
}

void TestIcsWriter::foldsAt75Octets()
{
    QFETCH(QByteArray, line);
    const QByteArray folded = IcsWriter::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    QByteArray unfolded;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray part = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY2(part.endsWith('\r'), "every line ends with CRLF");
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(part.size())));
        if (i > 0) {
            QVERIFY2(part.startsWith(' '), "a continuation line starts with a space");
            part = part.mid(1);
            QVERIFY(!part.isEmpty());
            // The fold never falls inside a character: no line starts with a UTF-8 continuation byte.
            QVERIFY2((static_cast<unsigned char>(part.at(0)) & 0xC0) != 0x80, "split inside a UTF-8 character");
        }
        // ... and every line is valid UTF-8 on its own.
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        unfolded += part;
    }
    QCOMPARE(unfolded, line);
    if (line.size() <= 75)
        QCOMPARE(physical.size(), 1);
}

void TestIcsWriter::writesACalendar()
{
    const QList<CalendarEvent> events {
        {u"case-1-CAREER_PLAN-20251101@rekrutt"_s, QDate(2025, 11, 1), u"Career plan – Kari Nilsen"_s,
         u"Rule CP-REQUIRED (§ 3.1 of the guidelines)\nDoctoral research fellow, Department of Physics"_s},
        {u"case-2-CONTRACT-20251215@rekrutt"_s, QDate(2025, 12, 15), u"Employment contract signed – Ola Åsen"_s, {}},
    };
    const QByteArray ics = IcsWriter::write(events, stamp, u"Rekrutt deadlines"_s);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY2(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n"), "every line ends with CRLF");

    const QList<QByteArray> lines = unfold(ics);
    QCOMPARE(valueOf(lines, "VERSION"), QByteArray("2.0"));
    QCOMPARE(valueOf(lines, "PRODID"), QByteArray("-//Rekrutt//Rekrutt 0.1//EN"));
    QCOMPARE(valueOf(lines, "CALSCALE"), QByteArray("GREGORIAN"));
    QCOMPARE(valueOf(lines, "X-WR-CALNAME"), QByteArray("Rekrutt deadlines"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
    QCOMPARE(lines.count("END:VEVENT"), 2);
    QVERIFY(lines.contains("SUMMARY:Career plan – Kari Nilsen"));
    QVERIFY(lines.contains("DESCRIPTION:Rule CP-REQUIRED (§ 3.1 of the guidelines)\\nDoctoral research "
                           "fellow\\, Department of Physics"));
    // No DESCRIPTION for the event without one.
    QCOMPARE(lines.count("TRANSP:TRANSPARENT"), 2);
    qsizetype descriptions = 0;
    for (const QByteArray& line : lines)
        descriptions += line.startsWith("DESCRIPTION:") ? 1 : 0;
    QCOMPARE(descriptions, 1);
    // Events sit inside the calendar, each with its properties inside BEGIN/END.
    QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last(), QByteArray("END:VCALENDAR"));
}

void TestIcsWriter::writesAllDayEvents_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end");
    QTest::newRow("an ordinary day ends the next day")
        << QDate(2025, 11, 1) << QByteArray("20251101") << QByteArray("20251102");
    QTest::newRow("the last day of a month ends on the first of the next")
        << QDate(2025, 4, 30) << QByteArray("20250430") << QByteArray("20250501");
    QTest::newRow("new year's eve ends in the next year")
        << QDate(2025, 12, 31) << QByteArray("20251231") << QByteArray("20260101");
    QTest::newRow("a leap day") << QDate(2028, 2, 29) << QByteArray("20280229") << QByteArray("20280301");
}

void TestIcsWriter::writesAllDayEvents()
{
    QFETCH(QDate, date);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    const QList<QByteArray> lines = unfold(IcsWriter::write({{u"x@rekrutt"_s, date, u"Deadline"_s, {}}}, stamp));
    QCOMPARE(valueOf(lines, "DTSTART;VALUE=DATE"), start);
    QCOMPARE(valueOf(lines, "DTEND;VALUE=DATE"), end);
}

void TestIcsWriter::uidsAreStable()
{
    const QList<CalendarEvent> events {
        {u"case-12-CAREER_PLAN-20251101@rekrutt"_s, QDate(2025, 11, 1), u"Career plan – Kari Nilsen"_s, {}}};
    const QByteArray first = IcsWriter::write(events, stamp);
    const QByteArray second = IcsWriter::write(events, stamp.addDays(3));
    QCOMPARE(valueOf(unfold(first), "UID"), QByteArray("case-12-CAREER_PLAN-20251101@rekrutt"));
    QCOMPARE(valueOf(unfold(second), "UID"), valueOf(unfold(first), "UID"));
    // Only the stamp differs between two exports of the same deadlines.
    QCOMPARE(QByteArray(first).replace("20251028T093005Z", "STAMP"),
             QByteArray(second).replace("20251031T093005Z", "STAMP"));
}

void TestIcsWriter::stampIsUtc()
{
    const QDateTime oslo(QDate(2025, 7, 1), QTime(14, 0), QTimeZone(2 * 3600));
    const QList<QByteArray> lines = unfold(IcsWriter::write({{u"x@rekrutt"_s, QDate(2025, 7, 1), u"x"_s, {}}}, oslo));
    QCOMPARE(valueOf(lines, "DTSTAMP"), QByteArray("20250701T120000Z"));
}

void TestIcsWriter::writesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"deadlines.ics"_s);
    const QList<CalendarEvent> events {{u"x@rekrutt"_s, QDate(2025, 11, 1), u"Career plan"_s, {}}};
    QString error;
    QVERIFY2(IcsWriter::writeFile(path, events, stamp, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), IcsWriter::write(events, stamp));
}

void TestIcsWriter::reportsAFileThatCannotBeWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no/such/folder/deadlines.ics"_s);
    QString error;
    QVERIFY(!IcsWriter::writeFile(path, {}, stamp, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "TestIcsWriter.moc"
