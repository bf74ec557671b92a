// Over 600 lines: one linear pass over a hostile file with every check named to its line and column (RFC 4180
// quoting, both encodings with the Windows-1252 table, the bounds of InputLimits.h), then the field table with its
// synonyms and the preview. The seam, when it grows, is the field table and the mapping (guessMapping(), fieldKeys(),
// the synonyms) into a file of their own; the tokenizer and the decoders belong together for speed.

#include "core/interchange/ApplicantCsvReader.h"

#include "core/domain/CaseValidation.h"
#include "core/domain/FieldRanges.h"
#include "core/interchange/InputLimits.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

/** What the fields of one record are stored into: the applicant, and the parts of its name until they are joined. */
struct Parsed
{
    Applicant applicant;
    QString givenName;
    QString familyName;
};

/** Stores the text of a field into `out`; false, with `problem` set, when the text is no value of the field. */
using Store = bool (*)(const QString& text, Parsed& out, QString* problem);

/** One applicant field a column can hold (docs/applicant-csv.md): a new field of Applicant is one more of these. */
struct Field
{
    /** The field's key: the header name of read(data), the key of a CsvMapping, as in case-format.md. */
    QLatin1StringView key;
    /** The label a user chooses it by; translated by fieldLabel(). */
    const char* label;
    /** Other names of the column in a portal's export, Bokmål and English, '|' between them (guessMapping()). */
    QStringView synonyms;
    Store store;
};

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

bool storeFlag(const QString& text, bool* out, QString* problem)
{
    const std::optional<bool> value = parseFlag(text);
    if (!value) {
        *problem = ApplicantCsvReader::tr("expected true or false (or yes, no, ja, nei, 1, 0), found \"%1\"")
                       .arg(shown(text));
        return false;
    }
    *out = *value;
    return true;
}

/** An empty text leaves `out` as it is (0, not ranked). */
template <typename T> bool storeWhole(const QString& text, FieldRange range, T* out, QString* problem)
{
    if (text.trimmed().isEmpty())
        return true;
    const std::optional<int> value = parseWhole(text, range, problem);
    if (value)
        *out = *value;
    return value.has_value();
}

/** The fields, in the order a user is offered them; read(data) names them in its "unknown column" message. */
constexpr std::array<Field, 21> fieldTable {{
    {"id"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "ID"),
     u"søknadsnummer|søknadsnr|søknads-id|søknad-id|søker-id|søkernummer|søkernr|application number|application id|"
     u"applicant id|applicant number",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.id = text.trimmed();
         return true;
     }},
    {"name"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Name"),
     u"navn|fullt navn|søkers navn|søker|full name|applicant name|applicant",
     [](const QString& text, Parsed& out, QString* problem) {
         out.applicant.name = text.trimmed();
         if (out.applicant.name.isEmpty())
             *problem = ApplicantCsvReader::tr("the name must not be empty");
         return !out.applicant.name.isEmpty();
     }},
    {"givenName"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Given name"), u"fornavn|first name|given name|forename",
     [](const QString& text, Parsed& out, QString*) {
         out.givenName = text.trimmed();
         return true;
     }},
    {"familyName"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Family name"),
     u"etternavn|last name|family name|surname",
     [](const QString& text, Parsed& out, QString*) {
         out.familyName = text.trimmed();
         return true;
     }},
    {"qualified"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Qualified"), u"kvalifisert|formelt kvalifisert",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.qualified, problem);
     }},
    {"disability"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Disability"),
     u"funksjonsnedsettelse|nedsatt funksjonsevne|funksjonshemming",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.disability, problem);
     }},
    {"cvGap"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "CV gap"), u"hull i cv|hull i cv-en|gap in cv|cv gap",
     [](const QString& text, Parsed& out, QString* problem) { return storeFlag(text, &out.applicant.cvGap, problem); }},
    {"nonWesternImmigrant"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Non-Western immigrant"),
     u"ikke-vestlig innvandrer|ikke-vestlig innvandrerbakgrunn|non-western immigrant|non-western",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.nonWesternImmigrant, problem);
     }},
    {"invited"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Invited"),
     u"invitert|invitert til intervju|innkalt|innkalt til intervju|invited to interview",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.invited, problem);
     }},
    {"interviewed"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Interviewed"), u"intervjuet|intervju gjennomført",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.interviewed, problem);
     }},
    {"references"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "References"),
     u"referanser|antall referanser|number of references",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeWhole(text, ranges::references, &out.applicant.references, problem);
     }},
    {"rank"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Rank"), u"rangering|rang|plassering|ranking",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeWhole(text, ranges::rank, &out.applicant.rank, problem);
     }},
    {"rankReason"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Reason for rank"),
     u"begrunnelse|begrunnelse for rangering|rank reason|reason for rank|ranking reason",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.rankReason = text;
         return true;
     }},
    {"email"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "E-mail"), u"e-post|epost|e-postadresse|e-mail|email|mail",
     [](const QString& text, Parsed& out, QString* problem) {
         out.applicant.email = text.trimmed();
         if (out.applicant.email.isEmpty() || looksLikeEmail(out.applicant.email))
             return true;
         *problem = ApplicantCsvReader::tr("\"%1\" is not an e-mail address").arg(shown(text));
         return false;
     }},
    {"phone"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Telephone"),
     u"telefon|telefonnummer|mobil|mobilnummer|tlf|phone|telephone|mobile",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.phone = text.trimmed();
         return true;
     }},
    {"occupation"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Occupation"),
     u"stilling|yrke|stillingstittel|yrkestittel|nåværende stilling|occupation|title|current position",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.occupation = text.trimmed();
         return true;
     }},
    {"residence"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Municipality of residence"),
     u"bostedskommune|bosted|kommune|hjemsted|residence|municipality|place of residence",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.residence = text.trimmed();
         return true;
     }},
    {"birthYear"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Year of birth"),
     u"fødselsår|født|year of birth|birth year",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeWhole(text, ranges::birthYear, &out.applicant.birthYear, problem);
     }},
    {"exemptionRequested"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Exemption from the public list requested"),
     u"unntak fra offentlighet|ønsker unntak|unntatt offentlighet|reservert|exemption requested|exempt from public "
     u"list",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.exemptionRequested, problem);
     }},
    {"qualificationNote"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Committee's note"),
     u"merknad|komiteens merknad|vurdering|committee note|committee's note|qualification note",
     [](const QString& text, Parsed& out, QString*) {
         out.applicant.qualificationNote = text.trimmed();
         return true;
     }},
    {"withdrawn"_L1, QT_TRANSLATE_NOOP("ApplicantCsvReader", "Withdrawn"), u"trukket|søknad trukket|withdrawn",
     [](const QString& text, Parsed& out, QString* problem) {
         return storeFlag(text, &out.applicant.withdrawn, problem);
     }},
}};

const Field* fieldOf(QStringView key)
{
    const auto found
        = std::find_if(fieldTable.cbegin(), fieldTable.cend(), [key](const Field& field) { return field.key == key; });
    return found == fieldTable.cend() ? nullptr : &*found;
}

/** A header name as guessMapping() compares it: case-folded, letters and digits only ("E-post" is "epost"). */
QString normalised(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

/** Each field's key and synonyms, normalised, to the field; the first field that claims a name keeps it. */
const QHash<QString, const Field*>& synonymTable()
{
    static const QHash<QString, const Field*> table = [] {
        QHash<QString, const Field*> names;
        for (const Field& field : fieldTable) {
            names.insert(normalised(QString(field.key)), &field);
            for (const QStringView synonym : field.synonyms.tokenize(u'|')) {
                if (!names.contains(normalised(synonym)))
                    names.insert(normalised(synonym), &field);
            }
        }
        return names;
    }();
    return table;
}

/**
 * Windows-1252 (the "ANSI" code page of Norwegian Windows) as UTF-16, for every byte: ASCII and 0xA0-0xFF as
 * Latin-1, 0x80-0x9F as the code page has them. Its five undefined bytes are U+FFFD.
 */
constexpr std::array<char16_t, 256> windows1252 = [] {
    constexpr std::array<char16_t, 32> high {
        u'\u20AC', u'\uFFFD', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021', // 0x80
        u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\uFFFD', u'\u017D', u'\uFFFD', // 0x88
        u'\uFFFD', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014', // 0x90
        u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\uFFFD', u'\u017E', u'\u0178', // 0x98
    };
    std::array<char16_t, 256> table {};
    for (std::size_t byte = 0; byte < table.size(); ++byte)
        table[byte] = byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : static_cast<char16_t>(byte);
    return table;
}();

/** The length of the valid UTF-8 sequence of two or more bytes at `p` (of `n` bytes left), or 0 (RFC 3629). */
qsizetype utf8SequenceLength(const uchar* p, qsizetype n)
{
    const auto within = [](uchar c, uchar low, uchar high) { return c >= low && c <= high; };
    const uchar lead = p[0];
    if (within(lead, 0xC2, 0xDF))
        return n >= 2 && within(p[1], 0x80, 0xBF) ? 2 : 0;
    if (within(lead, 0xE0, 0xEF)) {
        // No overlong form (E0 80-9F) and no surrogate (ED A0-BF).
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80;
        const uchar high = lead == 0xED ? 0x9F : 0xBF;
        return n >= 3 && within(p[1], low, high) && within(p[2], 0x80, 0xBF) ? 3 : 0;
    }
    if (within(lead, 0xF0, 0xF4)) {
        // No overlong form (F0 80-8F) and nothing above U+10FFFF (F4 90-BF).
        const uchar low = lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xF4 ? 0x8F : 0xBF;
        return n >= 4 && within(p[1], low, high) && within(p[2], 0x80, 0xBF) && within(p[3], 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

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
 * The separator, quote and line breaks are ASCII, so the bytes split alike in UTF-8 and Windows-1252.
 */
class Splitter
{
public:
    Splitter(const QByteArray& data, qsizetype start, int line, char separator)
        : m_data(data)
        , m_pos(start)
        , m_separator(separator)
        , m_line(line)
    { }

    bool atEnd() const { return m_pos >= m_data.size(); }
    /** Where the next record starts: its byte and its line. */
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

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
    int m_line;
};

bool isBlank(const Record& record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty() && !record.problem;
}

/** `bytes` in Windows-1252; an undefined byte is U+FFFD, and the first one is put in `undefined` when asked. */
QString fromWindows1252(const QByteArray& bytes, std::optional<uchar>* undefined = nullptr)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const char16_t u = windows1252[static_cast<uchar>(byte)];
        if (u == u'\uFFFD' && undefined && !*undefined)
            *undefined = static_cast<uchar>(byte);
        *out++ = QChar(u);
    }
    return text;
}

/** The field as text, or a problem: not a character of the encoding, too long, a control character. */
std::optional<QString> decodeText(const QByteArray& bytes, CsvEncoding encoding, QString* problem)
{
    QString text;
    if (encoding == CsvEncoding::Windows1252) {
        std::optional<uchar> undefined;
        text = fromWindows1252(bytes, &undefined);
        if (undefined) {
            *problem = ApplicantCsvReader::tr("the byte 0x%1 is not a character in Windows-1252")
                           .arg(QString::number(*undefined, 16).toUpper());
            return std::nullopt;
        }
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            *problem = ApplicantCsvReader::tr("not valid UTF-8 text");
            return std::nullopt;
        }
    }
    if (text.size() > limits::maxTextLength) {
        *problem = ApplicantCsvReader::tr("the text has %1 characters; at most %2 are allowed")
                       .arg(QString::number(text.size()), QString::number(limits::maxTextLength));
        return std::nullopt;
    }
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f)) {
            *problem = ApplicantCsvReader::tr("the text contains the control character U+%1")
                           .arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
            return std::nullopt;
        }
    }
    return text;
}

/** The field as text whatever it holds, for a preview: what cannot be decoded is U+FFFD. */
QString decodeForPreview(const QByteArray& bytes, CsvEncoding encoding)
{
    return encoding == CsvEncoding::Windows1252 ? fromWindows1252(bytes) : QString::fromUtf8(bytes);
}

/** Columns a mapping or a preview takes at most: a portal's export has some tens. */
constexpr qsizetype maxMappedColumns = 200;

/** The header line of a file: its encoding, separator and names, and where the records after it start. */
struct Header
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    char separator = ',';
    int line = 0;
    QStringList names;
    qsizetype bodyPosition = 0;
    int bodyLine = 1;
};

/**
 * Reads the header of `data` into `header`; a problem when the file cannot be read at all. For a preview its names
 * are `lenient`: what the encoding does not have shows as U+FFFD, for the reading to refuse.
 */
std::optional<CsvProblem> readHeader(const QByteArray& data, CsvEncoding encoding, Header* header, bool lenient = false)
{
    if (data.size() > limits::maxInputBytes) {
        return CsvProblem {
            0,
            0,
            {},
            ApplicantCsvReader::tr("the file is larger than %1 bytes, the most an applicant file may have")
                .arg(QString::number(limits::maxInputBytes))};
    }
    header->encoding = encoding == CsvEncoding::Detect ? ApplicantCsvReader::detectEncoding(data) : encoding;
    // A byte order mark is never text, whatever the encoding chosen.
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    // The separator is the one the header line uses: it names columns, so it holds no quotes or commas.
    // Blank lines before the header are skipped, as the splitter below skips them.
    QByteArray headerLine;
    for (qsizetype from = start; from < data.size() && headerLine.trimmed().isEmpty();) {
        const qsizetype end = data.indexOf('\n', from);
        headerLine = data.mid(from, end < 0 ? -1 : end - from);
        from = end < 0 ? data.size() : end + 1;
    }
    header->separator = headerLine.count(';') > headerLine.count(',') ? ';' : ',';

    Splitter splitter(data, start, 1, header->separator);
    Record record;
    while (!splitter.atEnd()) {
        record = splitter.next();
        if (!isBlank(record))
            break;
    }
    if (record.fields.isEmpty() || isBlank(record))
        return CsvProblem {
            0, 0, {}, ApplicantCsvReader::tr("the file is empty: expected a header line naming the columns")};
    if (record.problem)
        return record.problem;
    header->line = record.line;
    header->names.reserve(record.fields.size());
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (lenient) {
            header->names.append(decodeForPreview(record.fields[i], header->encoding).trimmed());
            continue;
        }
        QString problem;
        const std::optional<QString> name = decodeText(record.fields[i], header->encoding, &problem);
        if (!name)
            return CsvProblem {record.line, static_cast<int>(i + 1), {}, problem};
        header->names.append(name->trimmed());
    }
    header->bodyPosition = splitter.position();
    header->bodyLine = splitter.line();
    return std::nullopt;
}

/** Adds the problem that refuses the whole file to `result` and returns it. */
ApplicantCsvResult refuse(ApplicantCsvResult result, const CsvProblem& problem)
{
    result.problems.append(problem);
    result.refused = true;
    return result;
}

/** The records after `header` read with the field of each column (nullptr: ignored) into `result`. */
ApplicantCsvResult readRecords(const QByteArray& data, const Header& header, const QList<const Field*>& columns,
                               ApplicantCsvResult result)
{
    const auto columnOf = [&columns](QLatin1StringView key) -> qsizetype {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns[i] && columns[i]->key == key)
                return i;
        }
        return -1;
    };
    const qsizetype idColumn = columnOf("id"_L1);
    const bool nameMapped = columnOf("name"_L1) >= 0;
    // Without a name column the name is "Given Family"; an empty one is the fault of the first of the two.
    const qsizetype givenColumn = columnOf("givenName"_L1);
    const qsizetype joinedColumn = givenColumn >= 0 ? givenColumn : columnOf("familyName"_L1);

    QHash<QString, int> idLines;
    qsizetype records = 0;
    Splitter splitter(data, header.bodyPosition, header.bodyLine, header.separator);
    while (!splitter.atEnd()) {
        Record record = splitter.next();
        if (isBlank(record))
            continue;
        if (++records > limits::maxApplicants) {
            return refuse(std::move(result),
                          CsvProblem {record.line,
                                      0,
                                      {},
                                      ApplicantCsvReader::tr("more than %1 applicants; at most %1 are allowed")
                                          .arg(QString::number(limits::maxApplicants))});
        }
        if (record.problem) {
            CsvProblem problem = *record.problem;
            problem.columnName = header.names.value(problem.column - 1);
            result.problems.append(problem);
            continue;
        }
        if (record.fields.size() != columns.size()) {
            result.problems.append(
                CsvProblem {record.line,
                            0,
                            {},
                            ApplicantCsvReader::tr("the line has %1 fields; the header has %2")
                                .arg(QString::number(record.fields.size()), QString::number(columns.size()))});
            continue;
        }

        Parsed parsed;
        std::optional<CsvProblem> bad;
        for (qsizetype i = 0; i < columns.size() && !bad; ++i) {
            if (!columns[i])
                continue; // an ignored column is not checked either
            QString problem;
            std::optional<QString> text = decodeText(record.fields[i], header.encoding, &problem);
            if (!text || !columns[i]->store(*text, parsed, &problem))
                bad = CsvProblem {record.line, static_cast<int>(i + 1), header.names[i], problem};
        }
        Applicant& applicant = parsed.applicant;
        if (!bad && !nameMapped) {
            applicant.name = QString(parsed.givenName + u' ' + parsed.familyName).trimmed();
            if (applicant.name.isEmpty()) {
                bad = CsvProblem {record.line, static_cast<int>(joinedColumn + 1), header.names[joinedColumn],
                                  ApplicantCsvReader::tr("the given name and the family name are both empty; every "
                                                         "applicant needs a name")};
            }
        }
        if (!bad && !applicant.id.isEmpty()) {
            const auto earlier = idLines.constFind(applicant.id);
            if (earlier != idLines.constEnd()) {
                bad = CsvProblem {record.line, static_cast<int>(idColumn + 1), header.names[idColumn],
                                  ApplicantCsvReader::tr("the id \"%1\" is already used on line %2")
                                      .arg(shown(applicant.id), QString::number(earlier.value()))};
            } else {
                idLines.insert(applicant.id, record.line);
            }
        }
        if (bad) {
            result.problems.append(*bad);
        } else {
            result.applicants.append(std::move(applicant));
            result.applicantLines.append(record.line);
        }
    }
    return result;
}

bool hasName(const QList<const Field*>& columns)
{
    return std::any_of(columns.cbegin(), columns.cend(), [](const Field* field) {
        return field && (field->key == "name"_L1 || field->key == "givenName"_L1 || field->key == "familyName"_L1);
    });
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

void CsvMapping::setField(qsizetype column, const QString& key)
{
    if (column >= fields.size())
        fields.resize(column + 1);
    fields[column] = key;
}

qsizetype CsvMapping::columnOf(const QString& key) const
{
    return key.isEmpty() ? -1 : fields.indexOf(key);
}

QList<int> ApplicantCsvResult::badLines() const
{
    QList<int> lines;
    for (const CsvProblem& problem : problems) {
        if (problem.line > 0 && (lines.isEmpty() || lines.last() != problem.line))
            lines.append(problem.line);
    }
    return lines;
}

ApplicantCsvResult ApplicantCsvReader::read(const QByteArray& data, CsvEncoding encoding)
{
    ApplicantCsvResult result;
    Header header;
    const std::optional<CsvProblem> problem = readHeader(data, encoding, &header);
    result.encoding = header.encoding;
    result.separator = header.separator;
    if (problem)
        return refuse(std::move(result), *problem);

    QList<const Field*> columns;
    for (qsizetype i = 0; i < header.names.size(); ++i) {
        const QString& name = header.names[i];
        const int column = static_cast<int>(i + 1);
        const Field* field = fieldOf(name);
        if (!field) {
            return refuse(
                std::move(result),
                CsvProblem {header.line,
                            column,
                            {},
                            tr("unknown column \"%1\"; allowed: %2").arg(shown(name), fieldKeys().join(u", "_s))});
        }
        if (columns.contains(field)) {
            return refuse(
                std::move(result),
                CsvProblem {header.line, column, name, tr("the column appears more than once in the header")});
        }
        columns.append(field);
    }
    if (!hasName(columns)) {
        return refuse(std::move(result),
                      CsvProblem {header.line,
                                  0,
                                  {},
                                  tr("the header has no column \"name\" (nor \"givenName\" or \"familyName\"); every "
                                     "applicant needs a name")});
    }
    return readRecords(data, header, columns, std::move(result));
}

ApplicantCsvResult ApplicantCsvReader::read(const QByteArray& data, const CsvMapping& mapping, CsvEncoding encoding)
{
    ApplicantCsvResult result;
    Header header;
    const std::optional<CsvProblem> problem = readHeader(data, encoding, &header);
    result.encoding = header.encoding;
    result.separator = header.separator;
    if (problem)
        return refuse(std::move(result), *problem);
    if (header.names.size() > maxMappedColumns) {
        return refuse(std::move(result),
                      CsvProblem {header.line,
                                  0,
                                  {},
                                  tr("the header has %1 columns; at most %2 can be mapped")
                                      .arg(QString::number(header.names.size()), QString::number(maxMappedColumns))});
    }

    QList<const Field*> columns;
    for (qsizetype i = 0; i < header.names.size(); ++i) {
        const QString key = mapping.field(i);
        const int column = static_cast<int>(i + 1);
        const Field* field = key.isEmpty() ? nullptr : fieldOf(key);
        if (!key.isEmpty() && !field) {
            return refuse(std::move(result),
                          CsvProblem {header.line, column, header.names[i],
                                      tr("the column is mapped to \"%1\", which is no applicant field; allowed: %2")
                                          .arg(shown(key), fieldKeys().join(u", "_s))});
        }
        if (const qsizetype earlier = field ? columns.indexOf(field) : -1; earlier >= 0) {
            return refuse(std::move(result),
                          CsvProblem {header.line, column, header.names[i],
                                      tr("the column is mapped to the field \"%1\", as column %2 is already; a "
                                         "field takes one column")
                                          .arg(fieldLabel(key), QString::number(earlier + 1))});
        }
        columns.append(field);
    }
    if (!hasName(columns)) {
        return refuse(std::move(result),
                      CsvProblem {header.line,
                                  0,
                                  {},
                                  tr("no column is mapped to the name, nor to the given name or family name; every "
                                     "applicant needs a name")});
    }
    return readRecords(data, header, columns, std::move(result));
}

ApplicantCsvResult ApplicantCsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ApplicantCsvResult result;
        return refuse(std::move(result), CsvProblem {0, 0, {}, tr("cannot open the file: %1").arg(file.errorString())});
    }
    // One byte more than the limit is enough to refuse the file; a larger one is not read whole.
    return read(file.read(limits::maxInputBytes + 1));
}

ApplicantCsvPreview ApplicantCsvReader::preview(const QByteArray& data, CsvEncoding encoding, int rows)
{
    ApplicantCsvPreview preview;
    Header header;
    preview.problem = readHeader(data, encoding, &header, true);
    preview.encoding = header.encoding;
    preview.separator = header.separator;
    if (!preview.problem && header.names.size() > maxMappedColumns) {
        preview.problem
            = CsvProblem {header.line,
                          0,
                          {},
                          tr("the header has %1 columns; at most %2 can be mapped")
                              .arg(QString::number(header.names.size()), QString::number(maxMappedColumns))};
    }
    if (preview.problem)
        return preview;
    preview.headerNames = header.names;
    preview.guessedMapping = guessMapping(header.names);
    Splitter splitter(data, header.bodyPosition, header.bodyLine, header.separator);
    while (!splitter.atEnd() && preview.rows.size() < rows) {
        const Record record = splitter.next();
        if (isBlank(record))
            continue;
        QStringList fields;
        fields.reserve(record.fields.size());
        for (const QByteArray& field : record.fields)
            fields.append(decodeForPreview(field, header.encoding));
        preview.rows.append(fields);
        preview.rowLines.append(record.line);
    }
    return preview;
}

CsvEncoding ApplicantCsvReader::detectEncoding(const QByteArray& data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8;
    // Norwegian letters in Windows-1252 are single bytes above 0x7F next to ASCII ("K\xE5re"), never valid UTF-8;
    // a valid sequence of two or more bytes in such a file would need two symbols in a row such as "Ã¸".
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const qsizetype size = data.size();
    qsizetype valid = 0;
    qsizetype invalid = 0;
    for (qsizetype i = 0; i < size;) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        if (const qsizetype length = utf8SequenceLength(bytes + i, size - i)) {
            ++valid;
            i += length;
        } else {
            ++invalid;
            ++i;
        }
    }
    return invalid > valid ? CsvEncoding::Windows1252 : CsvEncoding::Utf8;
}

CsvMapping ApplicantCsvReader::guessMapping(const QStringList& headerNames)
{
    CsvMapping mapping;
    mapping.fields = QStringList(headerNames.size());
    std::array<bool, fieldTable.size()> taken {};
    const auto take = [&mapping, &taken](qsizetype column, const Field* field) {
        const auto index = static_cast<std::size_t>(field - fieldTable.data());
        if (!taken[index]) {
            taken[index] = true;
            mapping.fields[column] = QString(field->key);
        }
    };
    // Field keys first, so that a column named "name" keeps the name when another is called "Navn".
    for (qsizetype i = 0; i < headerNames.size(); ++i) {
        if (const Field* field = fieldOf(headerNames[i]))
            take(i, field);
    }
    const QHash<QString, const Field*>& synonyms = synonymTable();
    for (qsizetype i = 0; i < headerNames.size(); ++i) {
        if (!mapping.fields[i].isEmpty())
            continue;
        if (const Field* field = synonyms.value(normalised(headerNames[i])))
            take(i, field);
    }
    return mapping;
}

QStringList ApplicantCsvReader::fieldKeys()
{
    QStringList keys;
    keys.reserve(fieldTable.size());
    for (const Field& field : fieldTable)
        keys.append(QString(field.key));
    return keys;
}

QString ApplicantCsvReader::fieldLabel(const QString& key)
{
    const Field* field = fieldOf(key);
    return field ? tr(field->label) : QString();
}

QString ApplicantCsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Detect:
        return tr("Detect");
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

} // namespace rekrutt
