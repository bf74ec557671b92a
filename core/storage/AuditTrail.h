#pragma once

#include "core/domain/Case.h"
#include "core/domain/Vacancy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace rekrutt {

class Database;

/** One change to a case: who (user and role), when, which record and field, and the values before and after. */
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString role;
    qint64 caseId = 0;
    /**
     * The record changed: "case", "person", "leaves[2]", "extensions[0]"... Applicants and committee members are
     * named by their ids ("recruitment.applicants[a17]") when every one of the list has a usable id of its own;
     * entries written before that name them by position.
     */
    QString record;
    QString field;
    QString oldValue;
    QString newValue;
    /** The vacancy changed, when the change was made to it as a record of its own (schema 9); 0 otherwise. */
    qint64 vacancyId = 0;
};

/**
 * The append-only trail of every change to every case. The database refuses updates and deletes
 * of its rows (triggers), so what is written here stays.
 *
 * Each row also carries a link of a hash chain (column `chain`): the SHA-256 of the link before it and of
 * the row's own values, in the order of the ids. An entry changed, inserted or removed afterwards by
 * anything but append() (by hand, with the triggers dropped) breaks the link of that row or the next,
 * and verify() names it. The chain has no secret: who can write the database and recompute every link
 * after a forged one is not caught by it (docs/audit-trail.md says what is and what is not).
 */
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /**
     * Writes `entries` (inside the caller's transaction), each linked to the one before. On PostgreSQL the
     * writers take turns (an advisory lock held to the end of the transaction), so that two never link
     * to the same row.
     *
     * With `waitForServer` false a shared office's entries are sent without waiting (Database::send()): for a
     * CaseTransaction, whose commit and rollback wait for them first.
     */
    static bool append(const Database& db, const QList<AuditEntry>& entries, QString* error, bool waitForServer = true);

    /**
     * The problems of the trail, each in a sentence: a broken link (naming the entry), a trigger that keeps
     * the trail append-only missing or disabled. Empty when the trail is sound; std::nullopt (and `error`)
     * when it cannot be read.
     */
    static std::optional<QStringList> verify(const Database& db, QString* error);

    /**
     * Erases the values (before and after) of the entries `ids`, inside the caller's transaction, for an erasure of
     * personal data (ApplicantErasure): with the append-only triggers off for the time it takes, and the chain
     * re-linked from the first entry changed. The caller verifies the trail first and appends a tombstone after.
     */
    static bool eraseValues(const Database& db, const QList<qint64>& ids, QString* error);

    /** The text an erased value is replaced with. */
    static QString erasedValue() { return QStringLiteral("(erased)"); }

    /** Schema step 4: gives the rows written before the chain existed their links (with the triggers off). */
    static bool linkEarlierEntries(const Database& db, QString* error);

    /** The entries written to vacancy `vacancyId` as a record of its own, oldest first. */
    static std::optional<QList<AuditEntry>> forVacancy(const Database& db, qint64 vacancyId, QString* error);

    /** The trail of one case, oldest first. */
    static std::optional<QList<AuditEntry>> forCase(const Database& db, qint64 caseId, QString* error);

    /**
     * The field-by-field changes from `before` to `after`, one entry per changed value, with
     * records and fields named as in the case format (plus the decision fields of extensions).
     */
    static QList<AuditEntry> diff(const Case& before, const Case& after);

    /**
     * The changes from vacancy `before` to `after`, as diff() of cases finds them: the recruitment's paths as in the
     * case format ("recruitment.applicants[a17].references"), the position's under "position" ("position.unit"),
     * and the vacancy's own fields under "vacancy" (title, stage, appointedApplicant). The steps are not entries of
     * their own: a step is its change of stage.
     */
    static QList<AuditEntry> diff(const Vacancy& before, const Vacancy& after);

    /**
     * The case as diff() sees it: every value that is set, by its path ("leaves[2].percent" → "40",
     * "recruitment.applicants[a17].references" → "2", "ruleSet" → "ntnu-2025"). An entry's path is its field alone for
     * record "case", else record + "." + field.
     */
    static QMap<QString, QString> fields(const Case& c);
};

} // namespace rekrutt
