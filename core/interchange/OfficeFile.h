#pragma once

#include "core/domain/Case.h"
#include "core/domain/Institutions.h"
#include "core/interchange/CaseReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rekrutt {

/** One appointment of an office file, with the ids of its person and vacancy in the file. */
struct OfficeAppointment
{
    /** The appointment's id in the file (the case's id in the database it came from). */
    qint64 id = 0;
    qint64 personId = 0;
    /** 0: the appointment came from no recorded recruitment. */
    qint64 vacancyId = 0;
    /** The appointment with its person and recruitment, and what only the database keeps (who decided, signed). */
    Case data;
};

/**
 * A whole office (`rekrutt-office/1`, docs/office-format.md): the institution register, and the people,
 * vacancies and appointments as records of their own, linked by id. For moving an office between databases
 * (a laptop's SQLite file to a shared PostgreSQL server); a case file remains the format for one appointment.
 */
struct OfficeFile
{
    QDateTime exportedAt;
    QList<Institution> institutions;
    /** Ordered by id; a person and a vacancy are written once, with the first appointment that names them. */
    QList<OfficeAppointment> appointments;
};

/** Writes and reads office files. Reading is as strict as CaseReader, whose checks each appointment passes. */
class OfficeFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(OfficeFileFormat)

public:
    /** The largest office file read: 256 MiB, some 100,000 appointments with their people and vacancies. */
    static constexpr qsizetype maxBytes = 256 * 1024 * 1024;

    static QByteArray write(const OfficeFile& office);
    /** Writes atomically: the file is replaced whole or left as it was; false with a message naming the file. */
    static bool writeFile(const OfficeFile& office, const QString& path, QString* error);

    /** The office in `json`, or nullopt with the first problem (its JSON path and what is wrong) in `error`. */
    static std::optional<OfficeFile> read(const QByteArray& json, ReadError* error);
    static std::optional<OfficeFile> readFile(const QString& path, ReadError* error);
};

} // namespace rekrutt
