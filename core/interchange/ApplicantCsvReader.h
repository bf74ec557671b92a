#pragma once

#include "core/domain/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rekrutt {

/** The text encoding of an applicant CSV file (docs/applicant-csv.md, "Encoding"). */
enum class CsvEncoding {
    /** Found from the bytes by ApplicantCsvReader::detectEncoding(). */
    Detect,
    Utf8,
    Windows1252
};

/** One bad line of an applicant CSV file: where it is and what is wrong. */
struct CsvProblem
{
    /** 1-based line of the file where the record starts; 0 for a problem with the whole file. */
    int line = 0;
    /** 1-based column (field number); 0 when the problem is with the line as a whole. */
    int column = 0;
    /** The header name of the column, when known. */
    QString columnName;
    /** What is wrong, translated. */
    QString what;

    /** "line 3, column 2 (name): WHAT", leaving out what is unknown. */
    QString toString() const;
};

/**
 * Which applicant field each column of a file holds (docs/applicant-csv.md, "Mapping"): `fields[i]` is the key of
 * the field of the column i + 1 (one of ApplicantCsvReader::fieldKeys()), or empty when that column is ignored.
 * Columns beyond the list are ignored.
 */
struct CsvMapping
{
    /** The field key of each column, in the order of the columns; empty for an ignored column. */
    QStringList fields;

    /** The field key of the 0-based `column`; empty when the column is ignored. */
    QString field(qsizetype column) const { return fields.value(column); }
    /** Maps the 0-based `column` to the field `key` (empty: ignores the column), growing the list as needed. */
    void setField(qsizetype column, const QString& key);
    /** The 0-based column mapped to the field `key`, or -1. */
    qsizetype columnOf(const QString& key) const;

    bool operator==(const CsvMapping&) const = default;
};

/** What an applicant CSV file holds: the applicants of its good lines and a problem for each bad one. */
struct ApplicantCsvResult
{
    /** The applicants of the good lines, in the order of the file. */
    QList<Applicant> applicants;
    /** The line where each applicant's record starts: `applicantLines[i]` is that of `applicants[i]`. */
    QList<int> applicantLines;
    /** One problem for each bad line, in the order of the file; a refused file ends with its problem. */
    QList<CsvProblem> problems;
    /** The separator found in the header line: ',' or ';'. */
    char separator = ',';
    /** The encoding the file was read in: Utf8 or Windows1252, never Detect. */
    CsvEncoding encoding = CsvEncoding::Utf8;
    /**
     * The file as a whole is refused (too large, empty, a header or mapping that cannot be read, more applicants
     * than allowed): nothing of it may be imported, not even by skipping the bad lines.
     */
    bool refused = false;

    /** No problem at all: every line was read. */
    bool ok() const { return problems.isEmpty(); }
    /** The lines of the problems, each once, in order: the lines a caller skips when it imports `applicants`. */
    QList<int> badLines() const;
    /**
     * Whether a caller may import `applicants` and skip the bad lines on purpose: the file is not refused. It must
     * say so: "5 applicants imported, lines 7 and 12 skipped".
     */
    bool canSkipBadLines() const { return !refused; }
};

/** The start of an applicant CSV file, for choosing the mapping before reading it (ApplicantCsvReader::preview()). */
struct ApplicantCsvPreview
{
    /** The encoding the preview was read in: Utf8 or Windows1252, never Detect. */
    CsvEncoding encoding = CsvEncoding::Utf8;
    /** The separator found in the header line: ',' or ';'. */
    char separator = ',';
    /** The names of the header line's columns, trimmed. */
    QStringList headerNames;
    /** The first records after the header, each as its fields' text, bad ones as well (no check, no limit). */
    QList<QStringList> rows;
    /** The line where each of `rows` starts. */
    QList<int> rowLines;
    /** The mapping that ApplicantCsvReader::guessMapping() guesses from `headerNames`. */
    CsvMapping guessedMapping;
    /** Why the file cannot be previewed (too large, empty, a header that cannot be read); the rest is then empty. */
    std::optional<CsvProblem> problem;
};

/**
 * Reads the applicants of a recruitment from a CSV file (docs/applicant-csv.md): a header line, then one applicant
 * per line. RFC 4180 quoting; UTF-8 with or without a byte order mark or Windows-1252, detected or chosen; ',' or
 * ';' as the separator (whichever the header line uses). The header names the columns after the applicant fields
 * of case-format.md, or a CsvMapping says which field each column holds (the recruitment portal's export names
 * them "Navn", "Fornavn", "Søknadsnummer"...). Every bad line is reported with its line number, column and reason,
 * and the good lines are read with their line numbers, so that a caller can skip the bad ones on purpose. The bounds
 * of InputLimits.h apply (size, lines, text length). One linear pass; never throws.
 */
class ApplicantCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantCsvReader)

public:
    /** Reads `data` whose header names each column by its field key ("name", "rank"...), each at most once. */
    static ApplicantCsvResult read(const QByteArray& data, CsvEncoding encoding = CsvEncoding::Detect);
    /**
     * Reads `data` with the fields that `mapping` gives its columns; the header line only names the columns in
     * problems. A field mapped twice, or no name (neither "name" nor "givenName" or "familyName"), refuses the file.
     */
    static ApplicantCsvResult read(const QByteArray& data, const CsvMapping& mapping,
                                   CsvEncoding encoding = CsvEncoding::Detect);

    /** The file at `path`, as read(data); a file that cannot be read gives one problem at line 0. */
    static ApplicantCsvResult readFile(const QString& path);

    /** The encoding, separator, header names and first `rows` records of `data`, and the mapping guessed for it. */
    static ApplicantCsvPreview preview(const QByteArray& data, CsvEncoding encoding = CsvEncoding::Detect,
                                       int rows = 20);

    /**
     * UTF-8 when `data` starts with a byte order mark, is valid UTF-8, or holds at least as many valid UTF-8
     * sequences of two or more bytes as invalid bytes (a UTF-8 file with a damaged line); otherwise Windows-1252.
     */
    static CsvEncoding detectEncoding(const QByteArray& data);

    /**
     * The mapping of columns named `headerNames`: a column named by a field key exactly gets that field; then one
     * named by a synonym of a field, in any case and ignoring spaces and punctuation ("Fornavn", "First name" for
     * givenName); every other column is ignored. No field is given to two columns.
     */
    static CsvMapping guessMapping(const QStringList& headerNames);

    /** The keys of the applicant fields a column can hold, in the order a user is offered them. */
    static QStringList fieldKeys();
    /** The translated label of the field `key` ("Given name"); empty for a key that is no field. */
    static QString fieldLabel(const QString& key);
    /** "UTF-8", "Windows-1252", or "Detect" translated. */
    static QString encodingName(CsvEncoding encoding);
};

} // namespace rekrutt
