#pragma once

// Internal to core/storage: reading a stored case and what the rules need besides it (CaseReads.cpp).

#include "core/domain/Case.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/VacancyRepository.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace rekrutt {
class Database;
}

namespace rekrutt::storage {

/**
 * Appends the committee (with each member's conflicts) and the applicants of vacancy `vacancyId` to `recruitment`,
 * each element with its row; false with `error` (`what` and the database's reason) when they cannot be read.
 */
bool readRecruitmentLists(const Database& db, qint64 vacancyId, Recruitment& recruitment, const QString& what,
                          QString* error);

/** Reads one whole vacancy by id; nullopt with `*missing` when there is no such vacancy. */
std::optional<StoredVacancy> readVacancy(const Database& db, qint64 id, bool* missing, QString* error);

/** Reads one whole case (and its person) by id; nullopt with `*missing` when there is no such case. */
std::optional<StoredCase> readCase(const Database& db, qint64 id, bool* missing, QString* error);

/**
 * The stored person with the name and birth date of `key` (the oldest when there are several) with their earlier
 * appointments, and their id; nullopt when there is none or `key` has no birth date (names alone are not a person).
 * A failed read gives nullopt with `error` set.
 */
std::optional<KnownPerson> findPerson(const Database& db, const Person& key, QString* error);

/** Person `id` as stored, with the version of their row and their earlier appointments (each with its row). */
std::optional<KnownPerson> readPerson(const Database& db, qint64 id, QString* error);

/**
 * Reads the whole cases `ids` that exist, in ascending order of id; on PostgreSQL in one statement (readCase() a case
 * at a time reads them on SQLite). A case deleted meanwhile is left out.
 */
std::optional<QList<StoredCase>> readCases(const Database& db, const QList<qint64>& ids, QString* error);

/** The person's other cases that started before `before`, oldest first, as stored (CaseRepository). */
QList<EarlierAppointment> earlierAppointments(const Database& db, qint64 personId, qint64 caseId, QDate before);

/** A stored appointment of a person and its case: what earlierAmong() picks earlier appointments from. */
struct PersonAppointment
{
    qint64 caseId = 0;
    EarlierAppointment earlier;
};

/**
 * The appointments (with a start) of the persons `personIds`, by person, each person's oldest first: on PostgreSQL
 * one statement for all of them.
 */
std::optional<QHash<qint64, QList<PersonAppointment>>> appointmentsOf(const Database& db,
                                                                      const QList<qint64>& personIds, QString* error);

/**
 * Of a person's `appointments` (appointmentsOf()), those of other cases than `caseId` that started before `before`:
 * what earlierAppointments() reads.
 */
QList<EarlierAppointment> earlierAmong(const QList<PersonAppointment>& appointments, qint64 caseId, QDate before);

/** Ids of every case of the persons `personIds`, ascending. */
std::optional<QList<qint64>> casesOfPersons(const Database& db, const QList<qint64>& personIds, QString* error);

/** Ids of the cases other than `caseId` of the person, and of the vacancy when `vacancyId` is not 0. */
std::optional<QList<qint64>> otherCasesOf(const Database& db, qint64 personId, qint64 vacancyId, qint64 caseId,
                                          QString* error);

} // namespace rekrutt::storage
