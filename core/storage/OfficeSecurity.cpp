#include "core/storage/OfficeSecurity.h"

#include "core/storage/Database.h"
#include "core/storage/OfficeSql.h"
#include "core/storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rekrutt {

using namespace officeSecurity;

namespace {

QString quoted(const Database& db, const QString& identifier)
{
    return db.connection().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

/** Every table an office role writes to in its daily work, besides the audit trail (insert only). */
const QStringList editedTables {u"cases"_s,
                                u"leaves"_s,
                                u"extensions"_s,
                                u"employee_interviews"_s,
                                u"duty_work"_s,
                                u"mobility_grants"_s,
                                u"career_measures"_s,
                                u"competence_courses"_s,
                                u"career_plan_updates"_s,
                                u"mentor_meetings"_s,
                                u"case_summary"_s,
                                u"persons"_s,
                                u"person_history"_s,
                                u"vacancies"_s,
                                u"vacancy_steps"_s,
                                u"vacancy_summary"_s,
                                u"committee_members"_s,
                                u"committee_conflicts"_s,
                                u"applicants"_s,
                                u"applicant_references"_s};

/** A role's privileges on the tables, beyond reading all of them and adding to the audit trail. */
QStringList grantsOf(Role role, const QString& group)
{
    QStringList grants;
    for (const QString& table : editedTables) {
        // Cases, people and vacancies are added and removed by the HR officers; the others edit what they see.
        const bool owner = table == u"cases" || table == u"persons" || table == u"vacancies";
        const QString what = owner && role != Role::HrOfficer ? u"UPDATE"_s : u"INSERT, UPDATE, DELETE"_s;
        grants.append(u"GRANT %1 ON %2 TO %3"_s.arg(what, table, group));
    }
    if (role == Role::HrOfficer) {
        // The office's settings and the institution register are the HR officers' (§ 1.1).
        for (const QString& table : {u"settings"_s, u"institutions"_s, u"institution_names"_s})
            grants.append(u"GRANT INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(table, group));
        grants.append(u"GRANT EXECUTE ON FUNCTION rekrutt_audit_erase(bigint[], text) TO %1"_s.arg(group));
    }
    return grants;
}

/** The schema the tables are in, quoted for SQL. */
std::optional<QString> currentSchema(const Database& db, const QString& what, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT quote_ident(current_schema())"_s);
    if (!db.exec(query, what, error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : u"public"_s;
}

/** Whether the server has a role (a login or a group) of this name. */
std::optional<bool> roleExists(const Database& db, const QString& name, const QString& what, QString* error)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    query.addBindValue(name);
    if (!db.exec(query, what, error))
        return std::nullopt;
    return query.next();
}

} // namespace

bool OfficeSecurity::isSharedOffice(const Database& db, QString* error)
{
    if (!db.isSqlite())
        return true;
    db.fail({},
            tr("%1 is a SQLite file, one person's: only a shared office on PostgreSQL has users and "
               "roles.")
                .arg(db.location().displayName()),
            error);
    return false;
}

namespace {

/** Runs a schema step's statements for the schema the tables are in; nothing on SQLite. */
bool runStep(const Database& db, const QString& what, QStringList (*statementsOf)(const QString&), QString* error)
{
    if (db.isSqlite())
        return true;
    const auto schema = currentSchema(db, what, error);
    if (!schema)
        return false;
    for (const QString& statement : statementsOf(*schema)) {
        if (!db.exec(statement, what, error))
            return false;
    }
    return true;
}

} // namespace

bool OfficeSecurity::install(const Database& db, QString* error)
{
    return runStep(db, tr("Cannot set up the shared office's security"), officeSecurity::securityStatements, error);
}

bool OfficeSecurity::installLiveOffice(const Database& db, QString* error)
{
    return runStep(db, tr("Cannot set up the shared office's notifications"), officeSecurity::liveOfficeStatements,
                   error);
}

bool OfficeSecurity::installQuickAudit(const Database& db, QString* error)
{
    return runStep(db, tr("Cannot set up the shared office's audit trail"), officeSecurity::quickAuditStatements,
                   error);
}

bool OfficeSecurity::installCareerRecords(const Database& db, QString* error)
{
    if (db.isSqlite())
        return true;
    const QString what = tr("Cannot set up the shared office's career records");
    QStringList statements = careerPolicyStatements();
    // An office set up before (rekrutt-cli admin setup) has its roles: they read and write the new tables as the
    // others of a case. One not set up yet gets them when it is.
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        const auto exists = roleExists(db, groupRole(db, role), what, error);
        if (!exists)
            return false;
        if (!*exists)
            continue;
        const QString group = quoted(db, groupRole(db, role));
        for (const QString& table : careerTables()) {
            statements.append(u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(table, group));
            statements.append(
                u"GRANT USAGE, SELECT ON SEQUENCE %1 TO %2"_s.arg(quoted(db, table + u"_id_seq"_s), group));
        }
    }
    for (const QString& statement : std::as_const(statements)) {
        if (!db.exec(statement, what, error))
            return false;
    }
    return true;
}

std::optional<OfficeIdentity> OfficeSecurity::identify(const Database& db, QString* error)
{
    if (db.isSqlite())
        return std::nullopt;
    QSqlQuery query(db.connection());
    if (!db.exec(query, u"SELECT login, name, role, unit, faculty, administrator FROM rekrutt_whoami()"_s,
                 tr("Cannot read who is connected"), error))
        return std::nullopt;
    OfficeIdentity identity;
    if (!query.next())
        return identity;
    identity.login = query.value(0).toString();
    identity.administrator = query.value(5).toBool();
    if (const auto role = roleFromKey(query.value(2).toString())) {
        identity.user = OfficeUser {identity.login, query.value(1).toString(), *role, query.value(3).toString(),
                                    query.value(4).toString()};
    }
    return identity;
}

Actor OfficeSecurity::actor(const Database& db, Role declaredRole)
{
    return actor(db.identity(), declaredRole);
}

Actor OfficeSecurity::actor(const std::optional<OfficeIdentity>& identity, Role declaredRole)
{
    if (identity && identity->roleFixed())
        return Actor {identity->login, roleKey(identity->user->role)};
    Actor actor = Actor::current(roleKey(declaredRole));
    if (identity)
        actor.user = identity->login;
    return actor;
}

QString OfficeSecurity::groupRole(const Database& db, Role role)
{
    return db.location().database + u'_' + roleKey(role);
}

bool OfficeSecurity::setUp(const Database& db, QString* error)
{
    if (!isSharedOffice(db, error))
        return false;
    const QString what = tr("Cannot set up the office's roles");
    Transaction transaction(db.connection());
    const auto found = currentSchema(db, what, error);
    if (!found)
        return false;
    const QString& schema = *found;
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        const QString group = quoted(db, groupRole(db, role));
        const auto exists = roleExists(db, groupRole(db, role), what, error);
        if (!exists)
            return false;
        QStringList grants;
        if (!*exists)
            grants.append(u"CREATE ROLE %1 NOLOGIN"_s.arg(group));
        grants += {
            u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(quoted(db, db.location().database), group),
            u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, group),
            u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, group),
            u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, group),
            u"GRANT INSERT ON audit_log TO %1"_s.arg(group),
        };
        grants += grantsOf(role, group);
        for (const QString& statement : std::as_const(grants)) {
            if (!db.exec(statement, what, error))
                return false;
        }
    }
    return db.commit(transaction, what, error);
}

std::optional<QList<OfficeUnit>> OfficeSecurity::units(const Database& db, QString* error)
{
    if (!isSharedOffice(db, error))
        return std::nullopt;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT unit, faculty FROM office_units ORDER BY faculty, unit"_s);
    if (!db.exec(query, tr("Cannot read the office's units"), error))
        return std::nullopt;
    QList<OfficeUnit> units;
    while (query.next())
        units.append(OfficeUnit {query.value(0).toString(), query.value(1).toString()});
    return units;
}

bool OfficeSecurity::setUnit(const Database& db, const OfficeUnit& unit, QString* error)
{
    if (!isSharedOffice(db, error))
        return false;
    if (unit.unit.trimmed().isEmpty() || unit.faculty.trimmed().isEmpty()) {
        db.fail({}, tr("A unit needs a name and the faculty it belongs to."), error);
        return false;
    }
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO office_units (unit, faculty) VALUES (?, ?) "
                  "ON CONFLICT (unit) DO UPDATE SET faculty = EXCLUDED.faculty"_s);
    query.addBindValue(unit.unit.trimmed());
    query.addBindValue(unit.faculty.trimmed());
    return db.exec(query, tr("Cannot record the unit %1").arg(unit.unit), error);
}

bool OfficeSecurity::removeUnit(const Database& db, const QString& unit, QString* error)
{
    if (!isSharedOffice(db, error))
        return false;
    QSqlQuery heads(db.connection());
    heads.prepare(u"SELECT login FROM office_users WHERE unit = ?"_s);
    heads.addBindValue(unit);
    if (!db.exec(heads, tr("Cannot remove the unit %1").arg(unit), error))
        return false;
    if (heads.next()) {
        db.fail({}, tr("The unit %1 cannot be removed: %2 is its head.").arg(unit, heads.value(0).toString()), error);
        return false;
    }
    QSqlQuery query(db.connection());
    query.prepare(u"DELETE FROM office_units WHERE unit = ?"_s);
    query.addBindValue(unit);
    if (!db.exec(query, tr("Cannot remove the unit %1").arg(unit), error))
        return false;
    if (query.numRowsAffected() == 0) {
        db.fail({}, tr("The office has no unit %1.").arg(unit), error);
        return false;
    }
    return true;
}

std::optional<QList<OfficeUser>> OfficeSecurity::users(const Database& db, QString* error)
{
    if (!isSharedOffice(db, error))
        return std::nullopt;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT login, name, role, unit, faculty FROM office_users ORDER BY login"_s);
    if (!db.exec(query, tr("Cannot read the office's users"), error))
        return std::nullopt;
    QList<OfficeUser> users;
    while (query.next()) {
        users.append(OfficeUser {query.value(0).toString(), query.value(1).toString(),
                                 roleFromKey(query.value(2).toString()).value_or(Role::HrOfficer),
                                 query.value(3).toString(), query.value(4).toString()});
    }
    return users;
}

QString OfficeSecurity::problemOf(const QList<OfficeUnit>& units, const OfficeUser& user)
{
    if (user.login.trimmed().isEmpty())
        return tr("A user needs the login they connect with.");
    if (user.name.trimmed().isEmpty())
        return tr("The user %1 needs a name: it is written on the decisions they make.").arg(user.login);
    const auto known = [&units](auto&& matches) { return std::any_of(units.cbegin(), units.cend(), matches); };
    if (user.role == Role::HeadOfDepartment) {
        if (!known([&](const OfficeUnit& u) { return u.unit == user.unit; }))
            return tr("A head of department is head of a unit the office knows; %1 is not one (rekrutt-cli admin "
                      "units).")
                .arg(user.unit.isEmpty() ? tr("no unit") : user.unit);
        return {};
    }
    if (!known([&](const OfficeUnit& u) { return u.faculty == user.faculty; }))
        return tr("An HR officer or a dean works for a faculty that has units in the office; %1 has none.")
            .arg(user.faculty.isEmpty() ? tr("no faculty") : user.faculty);
    return {};
}

OfficeUser OfficeSecurity::normalized(OfficeUser user)
{
    user.login = user.login.trimmed();
    user.name = user.name.simplified();
    user.unit = user.unit.trimmed();
    user.faculty = user.faculty.trimmed();
    return user;
}

bool OfficeSecurity::addUser(const Database& db, const OfficeUser& given, QString* error)
{
    if (!isSharedOffice(db, error))
        return false;
    const OfficeUser user = normalized(given);
    const auto known = units(db, error);
    if (!known)
        return false;
    if (const QString problem = problemOf(*known, user); !problem.isEmpty()) {
        db.fail({}, problem, error);
        return false;
    }
    const QString what = tr("Cannot add the user %1").arg(user.login);
    Transaction transaction(db.connection());
    const auto exists = roleExists(db, user.login, what, error);
    if (!exists)
        return false;
    const QString login = quoted(db, user.login);
    // Revoking a membership the login does not have is no error; the server's warning about it is noise.
    QStringList statements {u"SET LOCAL client_min_messages TO ERROR"_s};
    if (!*exists)
        statements.append(u"CREATE ROLE %1 LOGIN"_s.arg(login));
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        statements.append(u"%1 %2 %3 %4"_s.arg(role == user.role ? u"GRANT"_s : u"REVOKE"_s,
                                               quoted(db, groupRole(db, role)), role == user.role ? u"TO"_s : u"FROM"_s,
                                               login));
    }
    for (const QString& statement : std::as_const(statements)) {
        if (!db.exec(statement, what, error))
            return false;
    }
    QSqlQuery record(db.connection());
    record.prepare(u"INSERT INTO office_users (login, name, role, unit, faculty) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (login) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, "
                   "unit = EXCLUDED.unit, faculty = EXCLUDED.faculty"_s);
    const bool head = user.role == Role::HeadOfDepartment;
    record.addBindValue(user.login);
    record.addBindValue(user.name);
    record.addBindValue(roleKey(user.role));
    record.addBindValue(head ? QVariant(user.unit) : QVariant(QMetaType::fromType<QString>()));
    record.addBindValue(head ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.faculty));
    if (!db.exec(record, what, error))
        return false;
    return db.commit(transaction, what, error);
}

bool OfficeSecurity::removeUser(const Database& db, const QString& login, QString* error)
{
    if (!isSharedOffice(db, error))
        return false;
    const QString what = tr("Cannot remove the user %1").arg(login);
    Transaction transaction(db.connection());
    QSqlQuery remove(db.connection());
    remove.prepare(u"DELETE FROM office_users WHERE login = ?"_s);
    remove.addBindValue(login);
    if (!db.exec(remove, what, error))
        return false;
    if (remove.numRowsAffected() == 0) {
        db.fail({}, tr("The office has no user %1.").arg(login), error);
        return false;
    }
    if (!db.exec(u"SET LOCAL client_min_messages TO ERROR"_s, what, error))
        return false;
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        if (!db.exec(u"REVOKE %1 FROM %2"_s.arg(quoted(db, groupRole(db, role)), quoted(db, login)), what, error))
            return false;
    }
    return db.commit(transaction, what, error);
}

} // namespace rekrutt
