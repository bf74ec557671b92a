#pragma once

#include "core/domain/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rekrutt {

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

/** What an applicant CSV file holds: the applicants of its good lines and a problem for each bad one. */
struct ApplicantCsvResult
{
    QList<Applicant> applicants;
    QList<CsvProblem> problems;
    /** The separator found in the header line: ',' or ';'. */
    char separator = ',';

    bool ok() const { return problems.isEmpty(); }
};

/**
 * Reads the applicants of a recruitment from a CSV file (docs/applicant-csv.md): a header line naming
 * the columns after the applicant fields of case-format.md, then one applicant per line. RFC 4180
 * quoting, UTF-8 with or without a byte order mark, ',' or ';' as the separator (whichever the header
 * line uses). Every bad line is reported with its line number, column and reason; the bounds of
 * InputLimits.h apply (size, lines, text length). Never throws.
 */
class ApplicantCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantCsvReader)

public:
    static ApplicantCsvResult read(const QByteArray& data);

    /** The file at `path`; a file that cannot be read gives one problem at line 0. */
    static ApplicantCsvResult readFile(const QString& path);
};

} // namespace rekrutt
