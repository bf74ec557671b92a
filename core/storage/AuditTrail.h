#pragma once

#include "core/domain/Case.h"

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
    /** The record changed: "case", "person", "leaves[2]", "extensions[0]"... */
    QString record;
    QString field;
    QString oldValue;
    QString newValue;
};

/**
 * The append-only trail of every change to every case. The database refuses updates and deletes
 * of its rows (triggers), so what is written here stays.
 */
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /** Writes `entries` (inside the caller's transaction). */
    static bool append(const Database& db, const QList<AuditEntry>& entries, QString* error);

    /** The trail of one case, oldest first. */
    static std::optional<QList<AuditEntry>> forCase(const Database& db, qint64 caseId, QString* error);

    /**
     * The field-by-field changes from `before` to `after`, one entry per changed value, with
     * records and fields named as in the case format (plus the decision fields of extensions).
     */
    static QList<AuditEntry> diff(const Case& before, const Case& after);

    /**
     * The case as diff() sees it: every value that is set, by its path ("leaves[2].percent" → "40",
     * "ruleSet" → "ntnu-2025"). An entry's path is its field alone for record "case", else
     * record + "." + field.
     */
    static QMap<QString, QString> fields(const Case& c);
};

} // namespace rekrutt
