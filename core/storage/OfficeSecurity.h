#pragma once

#include "core/storage/CaseRepository.h"
#include "core/storage/OfficeIdentity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rekrutt {

class Database;

/**
 * The shared office on PostgreSQL: who may see and change what, enforced by the server whatever client connects
 * (docs/deployment.md).
 *
 * - Schema step 12 (statements()) adds the office's units and users, row-level security by unit (a head of
 *   department sees their unit's cases and vacancies, an HR officer and a dean their faculty's, an HR officer also
 *   those of units no faculty lists), triggers that accept a decision only from the role that may make it (§ 1.1:
 *   the dean approves extensions, decided leave, appointments and the announcement; the head signs the ranking),
 *   and a trigger that stamps every audit entry with the login, the office role and the server's clock and links
 *   it into the chain, so that a client cannot write another name or time.
 * - setUp() creates a group role per office role (`<database>_hr_officer`, `_head_of_department`, `_dean`) and
 *   grants each what it may do; addUser() makes a login a member of one. Both need a login that owns the
 *   database's tables and may create roles; daily work does not.
 *
 * On SQLite none of this exists: one person's file, one declared role.
 */
class OfficeSecurity
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSecurity)

public:
    /** The schema version that brought the shared office's security. */
    static constexpr int firstSchemaVersion = 12;

    /** Whether `db` is a shared office (PostgreSQL); a SQLite file, which has no users, is refused in words. */
    static bool isSharedOffice(const Database& db, QString* error);

    /** Schema step 12 on PostgreSQL (run as the owner of the tables); nothing on SQLite. */
    static bool install(const Database& db, QString* error);

    /**
     * Schema step 13 on PostgreSQL: inserted rows guarded a statement at a time, and the notifications of changed
     * cases and vacancies (channel `rekrutt`); nothing on SQLite.
     */
    static bool installLiveOffice(const Database& db, QString* error);

    /** Schema step 14 on PostgreSQL: the audit trail's quicker trigger; nothing on SQLite. */
    static bool installQuickAudit(const Database& db, QString* error);
    /**
     * Schema step 15 on PostgreSQL: the career plan's and the mentoring's tables get the row-level security of a
     * case's other tables, and the office's roles, when it has them already, their privileges on them.
     */
    static bool installCareerRecords(const Database& db, QString* error);

    /** Who is connected; on SQLite nothing (nullopt without an error). */
    static std::optional<OfficeIdentity> identify(const Database& db, QString* error);

    /**
     * The actor of a change made through `db`: on a shared office a registered login acts as itself in its office
     * role; otherwise (SQLite, the administrator) the operating-system user in `declaredRole`.
     */
    static Actor actor(const Database& db, Role declaredRole);
    /** The same for the `identity` a connection had when it opened (Database::identity()). */
    static Actor actor(const std::optional<OfficeIdentity>& identity, Role declaredRole);

    /** The name of the group role of `role` in `db`'s database (`office_hr_officer`). */
    static QString groupRole(const Database& db, Role role);

    /**
     * Creates the group roles that are missing and grants each its privileges on every table, sequence and function
     * (again after a schema upgrade). Needs the administrator.
     */
    static bool setUp(const Database& db, QString* error);

    static std::optional<QList<OfficeUnit>> units(const Database& db, QString* error);
    /** Adds a unit or moves it to another faculty. */
    static bool setUnit(const Database& db, const OfficeUnit& unit, QString* error);
    /** Removes a unit no user is head of. */
    static bool removeUnit(const Database& db, const QString& unit, QString* error);

    static std::optional<QList<OfficeUser>> users(const Database& db, QString* error);
    /** `user` as it is stored: the login, unit and faculty without surrounding spaces, the name's spaces simplified. */
    static OfficeUser normalized(OfficeUser user);
    /**
     * Registers `user`: creates the login when it does not exist (without a password: docs/deployment.md sets one),
     * makes it a member of its role's group only, and records its name, role and unit or faculty, normalized().
     */
    static bool addUser(const Database& db, const OfficeUser& user, QString* error);
    /** Takes a login out of the office: its entry and its group memberships go; the login itself stays. */
    static bool removeUser(const Database& db, const QString& login, QString* error);

    /** What refuses `user` (a head without a unit the office knows, an HR officer without a faculty...), or empty. */
    static QString problemOf(const QList<OfficeUnit>& units, const OfficeUser& user);
};

} // namespace rekrutt
