#pragma once

#include "core/domain/Clock.h"
#include "core/domain/Institutions.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace rekrutt {

class Database;
struct Actor;

/**
 * The institution register of a case database (tables `institutions` and `institution_names`, schema 6).
 * Every name, short name and alias has a row in `institution_names` keyed by InstitutionRegister::key(),
 * so that the database itself refuses one text naming two institutions.
 *
 * Cases keep the institution as the text they were given; the register says which texts are one
 * institution. Every text a case or an earlier appointment uses is in the register: save and import add
 * an unknown one (addUnknown()) and say so, and replace() refuses to drop a name still in use.
 */
class InstitutionStore
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionStore)

public:
    /** The stored register, ordered by name. A database older than schema 6 has the built-in one. */
    static std::optional<InstitutionRegister> read(const Database& db, QString* error);

    /**
     * Schema step 6: the built-in register, and every institution text the cases and their earlier
     * appointments use that it does not know, each as an institution of its own.
     */
    static bool seed(const Database& db, QString* error);

    /**
     * Inside the caller's transaction: adds each of `texts` that the register does not know as an
     * institution of its own, and returns those added (as given, each once). Updates the database's
     * cached register. Another program adding the same text at the same time is no failure.
     */
    static std::optional<QStringList> addUnknown(Database& db, const QStringList& texts, QString* error);

    /**
     * Stores `institutions` as the whole register in one transaction, writing each change to the audit
     * trail, dated by `clock`. Refused (nothing written, `error` says why) when the register has problems() or drops a
     * name that a case or an earlier appointment still uses. The stored evaluations of the cases whose ONCE or RA-TOTAL
     * may change are dropped; OfficeService::refreshMissingSummaries() writes them again.
     */
    static bool replace(Database& db, const QList<Institution>& institutions, const Actor& actor, QString* error,
                        const Clock& clock = Clock::system());

    /** How many cases and earlier appointments use each institution text, by InstitutionRegister::key(). */
    static std::optional<QHash<QString, int>> usage(const Database& db, QString* error);
};

} // namespace rekrutt
