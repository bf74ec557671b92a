#include "core/interchange/ApplicantCsvReader.h"

#include "core/domain/FieldRanges.h"
#include "core/interchange/InputLimits.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** The columns, named as the applicant fields of case-format.md. */
enum class Column {
    Id,
    Name,
    Qualified,
    Disability,
    CvGap,
    NonWesternImmigrant,
    Invited,
    Interviewed,
    References,
    Rank,
    RankReason
};

constexpr std::array<std::pair<QLatin1StringView, Column>, 11> columnNames {{
    {"id"_L1, Column::Id},
    {"name"_L1, Column::Name},
    {"qualified"_L1, Column::Qualified},
    {"disability"_L1, Column::Disability},
    {"cvGap"_L1, Column::CvGap},
    {"nonWesternImmigrant"_L1, Column::NonWesternImmigrant},
    {"invited"_L1, Column::Invited},
    {"interviewed"_L1, Column::Interviewed},
    {"references"_L1, Column::References},
    {"rank"_L1, Column::Rank},
    {"rankReason"_L1, Column::RankReason},
}};

/** One record of the file: its fields (still bytes), or the first problem found in it. */
struct Record
{
    int line = 0;
    QList<QByteArray> fields;
    std::optional<CsvProblem> problem;
};

/**
 * Splits `data` into records by RFC 4180: fields separated by `separator`, records by LF or CRLF, a
 * field in double quotes may hold the separator, line breaks and "" for a quote. One pass, linear.
 * Stops after `maxRecords` records that are not empty.
 */
class Splitter
{
public:
    Splitter(const QByteArray& data, qsizetype start, char separator)
        : m_data(data)
        , m_pos(start)
        , m_separator(separator)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }

    Record next()
    {
        Record record;
        record.line = m_line;
        QByteArray field;
        bool quoted = false; // the field started with a quote
        bool inQuotes = false;
        bool afterQuote = false; // the closing quote has been read
        const auto problem = [&record](const QString& what) {
            if (!record.problem)
                record.problem = CsvProblem {record.line, static_cast<int>(record.fields.size() + 1), {}, what};
        };
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos++];
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                        field.append('"');
                        ++m_pos;
                    } else {
                        inQuotes = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field.append(c);
                }
                continue;
            }
            if (c == m_separator) {
                record.fields.append(field);
                field.clear();
                quoted = afterQuote = false;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && m_pos < m_data.size() && m_data[m_pos] == '\n')
                    ++m_pos;
                ++m_line;
                record.fields.append(field);
                return record;
            }
            if (c == '"' && field.isEmpty() && !quoted) {
                quoted = inQuotes = true;
                continue;
            }
            if (afterQuote)
                problem(ApplicantCsvReader::tr("text after the closing quote of a quoted field"));
            else if (c == '"')
                problem(ApplicantCsvReader::tr("a quote inside a field that does not start with one (write it as \"\" "
                                               "inside a quoted field)"));
            field.append(c);
        }
        if (inQuotes)
            problem(ApplicantCsvReader::tr("the quoted field that starts on this line is never closed"));
        record.fields.append(field);
        return record;
    }

private:
    const QByteArray& m_data;
    qsizetype m_pos;
    char m_separator;
    int m_line = 1;
};

bool isBlank(const Record& record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty() && !record.problem;
}

/** The field as text, or a problem: invalid UTF-8, too long, a control character. */
std::optional<QString> decodeText(const QByteArray& bytes, QString* problem)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *problem = ApplicantCsvReader::tr("not valid UTF-8 text");
        return std::nullopt;
    }
    if (text.size() > limits::maxTextLength) {
        *problem = ApplicantCsvReader::tr("the text has %1 characters; at most %2 are allowed")
                       .arg(QString::number(text.size()), QString::number(limits::maxTextLength));
        return std::nullopt;
    }
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f)) {
            *problem = ApplicantCsvReader::tr("the text contains the control character U+%1")
                           .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
            return std::nullopt;
        }
    }
    return text;
}

/** A value as a message may show it: a hostile field may be long. */
QString shown(const QString& text)
{
    constexpr qsizetype length = 40;
    return text.size() <= length ? text : QString(text.left(length) + u'\u2026');
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == "false"_L1 || t == "no"_L1 || t == "nei"_L1 || t == "0"_L1)
        return false;
    if (t == "true"_L1 || t == "yes"_L1 || t == "ja"_L1 || t == "1"_L1)
        return true;
    return std::nullopt;
}

/** A whole number in `range`, or a problem. */
std::optional<int> parseWhole(const QString& text, FieldRange range, QString* problem)
{
    bool ok = false;
    const QString t = text.trimmed();
    // Digits only: toInt would take "+3" and " 3", and a long run of digits must not overflow.
    const bool digits = !t.isEmpty() && t.size() <= 9
        && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const int value = digits ? t.toInt(&ok) : 0;
    if (!ok) {
        *problem = ApplicantCsvReader::tr("expected a whole number, found \"%1\"").arg(shown(text));
        return std::nullopt;
    }
    if (!range.contains(value)) {
        *problem = ApplicantCsvReader::tr("%1 is out of range: must be from %2 to %3")
                       .arg(QString::number(value), QString::number(range.min), QString::number(range.max));
        return std::nullopt;
    }
    return value;
}

} // namespace

QString CsvProblem::toString() const
{
    QString where;
    if (line > 0)
        where = ApplicantCsvReader::tr("line %1").arg(line);
    if (column > 0) {
        where += (where.isEmpty() ? QString() : u", "_s) + ApplicantCsvReader::tr("column %1").arg(column);
        if (!columnName.isEmpty())
            where += u" ("_s + columnName + u')';
    }
    return where.isEmpty() ? what : where + u": "_s + what;
}

ApplicantCsvResult ApplicantCsvReader::read(const QByteArray& data)
{
    ApplicantCsvResult result;
    const auto fileProblem = [&result](int line, const QString& what) {
        result.problems.append(CsvProblem {line, 0, {}, what});
        return result;
    };
    if (data.size() > limits::maxInputBytes) {
        return fileProblem(0,
                           tr("the file is larger than %1 bytes, the most an applicant file may have")
                               .arg(QString::number(limits::maxInputBytes)));
    }
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    // The separator is the one the header line uses: it names columns, so it holds no quotes or commas.
    // Blank lines before the header are skipped, as the splitter below skips them.
    QByteArray headerLine;
    for (qsizetype from = start; from < data.size() && headerLine.trimmed().isEmpty();) {
        const qsizetype end = data.indexOf('\n', from);
        headerLine = data.mid(from, end < 0 ? -1 : end - from);
        from = end < 0 ? data.size() : end + 1;
    }
    result.separator = headerLine.count(';') > headerLine.count(',') ? ';' : ',';

    Splitter splitter(data, start, result.separator);
    Record header;
    while (!splitter.atEnd()) {
        header = splitter.next();
        if (!isBlank(header))
            break;
    }
    if (header.fields.isEmpty() || isBlank(header))
        return fileProblem(0, tr("the file is empty: expected a header line naming the columns"));
    if (header.problem) {
        result.problems.append(*header.problem);
        return result;
    }

    QList<Column> columns;
    QStringList headerNames;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        QString problem;
        const std::optional<QString> name = decodeText(header.fields[i], &problem);
        const int column = static_cast<int>(i + 1);
        if (!name) {
            result.problems.append(CsvProblem {header.line, column, {}, problem});
            return result;
        }
        const QString trimmed = name->trimmed();
        const auto known = std::find_if(columnNames.cbegin(), columnNames.cend(),
                                        [&trimmed](const auto& entry) { return entry.first == trimmed; });
        if (known == columnNames.cend()) {
            QStringList allowed;
            for (const auto& entry : columnNames)
                allowed.append(QString(entry.first));
            result.problems.append(
                CsvProblem {header.line,
                            column,
                            {},
                            tr("unknown column \"%1\"; allowed: %2").arg(shown(trimmed), allowed.join(u", "_s))});
            return result;
        }
        if (columns.contains(known->second)) {
            result.problems.append(
                CsvProblem {header.line, column, trimmed, tr("the column appears more than once in the header")});
            return result;
        }
        columns.append(known->second);
        headerNames.append(trimmed);
    }
    if (!columns.contains(Column::Name)) {
        result.problems.append(
            CsvProblem {header.line, 0, {}, tr("the header has no column \"name\"; every applicant needs a name")});
        return result;
    }

    QHash<QString, int> idLines;
    qsizetype records = 0;
    while (!splitter.atEnd()) {
        Record record = splitter.next();
        if (isBlank(record))
            continue;
        if (++records > limits::maxApplicants) {
            result.problems.append(CsvProblem {
                record.line,
                0,
                {},
                tr("more than %1 applicants; at most %1 are allowed").arg(QString::number(limits::maxApplicants))});
            break;
        }
        if (record.problem) {
            CsvProblem problem = *record.problem;
            problem.columnName = headerNames.value(problem.column - 1);
            result.problems.append(problem);
            continue;
        }
        if (record.fields.size() != columns.size()) {
            result.problems.append(
                CsvProblem {record.line,
                            0,
                            {},
                            tr("the line has %1 fields; the header has %2")
                                .arg(QString::number(record.fields.size()), QString::number(columns.size()))});
            continue;
        }

        Applicant applicant;
        std::optional<CsvProblem> bad;
        for (qsizetype i = 0; i < columns.size() && !bad; ++i) {
            QString problem;
            const int column = static_cast<int>(i + 1);
            const auto fail = [&](const QString& what) {
                bad = CsvProblem {record.line, column, headerNames[i], what};
            };
            const std::optional<QString> text = decodeText(record.fields[i], &problem);
            if (!text) {
                fail(problem);
                break;
            }
            const auto flag = [&](bool* out) {
                const std::optional<bool> value = parseFlag(*text);
                if (!value)
                    fail(tr("expected true or false (or yes, no, ja, nei, 1, 0), found \"%1\"").arg(shown(*text)));
                else
                    *out = *value;
            };
            switch (columns[i]) {
            case Column::Id:
                applicant.id = text->trimmed();
                break;
            case Column::Name:
                applicant.name = text->trimmed();
                if (applicant.name.isEmpty())
                    fail(tr("the name must not be empty"));
                break;
            case Column::Qualified:
                flag(&applicant.qualified);
                break;
            case Column::Disability:
                flag(&applicant.disability);
                break;
            case Column::CvGap:
                flag(&applicant.cvGap);
                break;
            case Column::NonWesternImmigrant:
                flag(&applicant.nonWesternImmigrant);
                break;
            case Column::Invited:
                flag(&applicant.invited);
                break;
            case Column::Interviewed:
                flag(&applicant.interviewed);
                break;
            case Column::References:
                if (!text->trimmed().isEmpty()) {
                    if (const std::optional<int> value = parseWhole(*text, ranges::references, &problem))
                        applicant.references = *value;
                    else
                        fail(problem);
                }
                break;
            case Column::Rank:
                if (!text->trimmed().isEmpty()) {
                    if (const std::optional<int> value = parseWhole(*text, ranges::rank, &problem))
                        applicant.rank = *value;
                    else
                        fail(problem);
                }
                break;
            case Column::RankReason:
                applicant.rankReason = *text;
                break;
            }
        }
        if (!bad && !applicant.id.isEmpty()) {
            const auto earlier = idLines.constFind(applicant.id);
            if (earlier != idLines.constEnd()) {
                const qsizetype column = columns.indexOf(Column::Id);
                bad = CsvProblem {record.line, static_cast<int>(column + 1), headerNames[column],
                                  tr("the id \"%1\" is already used on line %2")
                                      .arg(shown(applicant.id), QString::number(earlier.value()))};
            } else {
                idLines.insert(applicant.id, record.line);
            }
        }
        if (bad)
            result.problems.append(*bad);
        else
            result.applicants.append(applicant);
    }
    return result;
}

ApplicantCsvResult ApplicantCsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ApplicantCsvResult result;
        result.problems.append(CsvProblem {0, 0, {}, tr("cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    // One byte more than the limit is enough to refuse the file; a larger one is not read whole.
    return read(file.read(limits::maxInputBytes + 1));
}

} // namespace rekrutt
