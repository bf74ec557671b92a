#pragma once

#include "core/domain/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rekrutt {

/** Why a case file could not be read: the file, the JSON path of the culprit and what is wrong. */
struct ReadError
{
    /** The file as the user named it; empty when reading from memory. */
    QString file;
    /** The JSON path of the offending value ("leaves[2].to"); empty for a problem with the whole input. */
    QString path;
    /** What is wrong, translated. */
    QString what;

    /** "FILE: PATH: WHAT", leaving out the empty parts. */
    QString toString() const;
};

/**
 * Reads a case file of format `rekrutt-case/1` (case-format.md) into a Case, strictly: an unknown
 * field, a value of the wrong type, an impossible date or a value out of range is an error, so that
 * a typo never silently drops data. Ranges the format leaves open are documented in CaseReader.cpp.
 */
class CaseReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseReader)

public:
    /** The case in `json`, or nullopt with the first problem found in `error` (may be null). */
    static std::optional<Case> read(const QByteArray& json, ReadError* error);

    /**
     * The case in the file at `path` ("-" reads standard input), or nullopt with `error->file` set
     * to the file's name.
     */
    static std::optional<Case> readFile(const QString& path, ReadError* error);

    /**
     * Reads what CaseWriter::writeCareerRecords() wrote of a case into `c`, whose case-format part is read already,
     * as strictly as a case file; false with the first problem in `error` (its path within `object`), `c` unchanged.
     */
    static bool readCareerRecords(const QJsonObject& object, Case& c, ReadError* error);
};

} // namespace rekrutt
