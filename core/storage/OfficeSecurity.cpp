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

/** The tables each of whose rows belongs to one case, by `case_id`. */
const QStringList caseChildren {u"leaves"_s,    u"extensions"_s,      u"employee_interviews"_s,
                                u"duty_work"_s, u"mobility_grants"_s, u"case_summary"_s};
/** The case's tables of the career plan's content and the mentoring, added by schema step 15. */
const QStringList careerChildren {u"career_measures"_s, u"competence_courses"_s, u"career_plan_updates"_s,
                                  u"mentor_meetings"_s};
/** The tables each of whose rows belongs to one vacancy, by `vacancy_id`. */
const QStringList vacancyChildren {u"vacancy_steps"_s, u"committee_members"_s, u"applicants"_s, u"vacancy_summary"_s};

/**
 * Whether the row's `unit` is one the connected login may see: a head of department their unit, an HR officer and a
 * dean the units of their faculty, an HR officer also a unit no faculty lists (so that a case typed with a new unit is
 * not lost to everyone). The sub-selects are evaluated once per statement, not once per row.
 */
QString unitVisible(const QString& table)
{
    return u"%1.unit = ANY (coalesce((SELECT rekrutt_visible_units()), '{}')) OR ((SELECT "
           u"rekrutt_sees_unlisted_units()) "
           "AND NOT EXISTS (SELECT 1 FROM office_units o WHERE o.unit = %1.unit))"_s.arg(table);
}

/** A row of a case's table is seen, and written, by whoever sees its case. */
QString caseChildVisible(const QString& table)
{
    return u"EXISTS (SELECT 1 FROM cases c WHERE c.id = %1.case_id)"_s.arg(table);
}

/**
 * Schema step 12 on PostgreSQL. Functions that read the office's users run as the owner (SECURITY DEFINER) with the
 * search path fixed to the schema and pg_catalog, and go by `session_user`: the login the server authenticated,
 * which SET ROLE does not change.
 */
} // namespace

QStringList officeSecurity::securityStatements(const QString& schema)
{
    const QString path = u"SET search_path = pg_catalog, %1, pg_temp"_s.arg(schema);
    QStringList s {
        u"CREATE TABLE office_units (unit TEXT PRIMARY KEY, faculty TEXT NOT NULL CHECK (faculty <> ''))"_s,
        u"CREATE TABLE office_users (login TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''), "
        "role TEXT NOT NULL CHECK (role IN ('hr_officer', 'head_of_department', 'dean')), "
        "unit TEXT REFERENCES office_units (unit), faculty TEXT, "
        "CHECK (CASE role WHEN 'head_of_department' THEN unit IS NOT NULL ELSE faculty IS NOT NULL END))"_s,

        // Who is connected.
        // The functions every trigger calls are PL/pgSQL, whose plans are kept for the session: a SQL function that
        // cannot be inlined (SECURITY DEFINER, a row argument) is planned again at each call, three times slower.
        u"CREATE FUNCTION rekrutt_is_administrator() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER %1 AS "
        "$$ BEGIN RETURN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) "
        "OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'cases'::regclass), 'MEMBER'); "
        "END $$"_s.arg(path),
        u"CREATE FUNCTION rekrutt_office_role() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER %1 AS $$ "
        "BEGIN RETURN (SELECT role FROM office_users WHERE login = session_user); END $$"_s.arg(path),
        u"CREATE FUNCTION rekrutt_whoami() RETURNS TABLE (login text, name text, role text, unit text, faculty text, "
        "administrator boolean) LANGUAGE sql STABLE SECURITY DEFINER %1 AS $$ "
        "SELECT session_user::text, u.name, u.role, u.unit, u.faculty, rekrutt_is_administrator() "
        "FROM (SELECT 1) AS one LEFT JOIN office_users u ON u.login = session_user $$"_s.arg(path),
        u"CREATE FUNCTION rekrutt_visible_units() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER %1 AS $$ "
        "SELECT CASE WHEN me.role = 'head_of_department' THEN ARRAY[me.unit] "
        "ELSE ARRAY(SELECT o.unit FROM office_units o WHERE o.faculty = me.faculty) END "
        "FROM office_users me WHERE me.login = session_user $$"_s.arg(path),
        u"CREATE FUNCTION rekrutt_sees_unlisted_units() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER %1 AS $$ "
        "SELECT coalesce((SELECT role = 'hr_officer' FROM office_users WHERE login = session_user), false) $$"_s.arg(
            path),
        u"CREATE FUNCTION rekrutt_person_has_cases(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY "
        "DEFINER %1 AS $$ SELECT EXISTS (SELECT 1 FROM cases WHERE person_id = person) $$"_s.arg(path),

        // Decisions: accepted from the role that may make them (§ 1.1), whatever client connects.
        u"CREATE FUNCTION rekrutt_require(needed text[], refusal text) RETURNS void LANGUAGE plpgsql SECURITY "
        "DEFINER %1 AS $$ DECLARE acting text := rekrutt_office_role(); BEGIN "
        "IF rekrutt_is_administrator() OR acting = ANY (needed) THEN RETURN; END IF; "
        "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = refusal, "
        "DETAIL = format('%s acts as %s.', session_user, coalesce(acting, 'nobody in this office')); END $$"_s.arg(
            path),
        u"CREATE FUNCTION rekrutt_guard_decided() RETURNS trigger LANGUAGE plpgsql %1 AS $$ "
        "DECLARE decided_kinds text[] := CASE TG_TABLE_NAME WHEN 'leaves' THEN %2 END; "
        "old_decided boolean; new_decided boolean; BEGIN "
        // A case removed takes its rows with it; removing the case is what is guarded.
        "IF pg_trigger_depth() > 1 THEN RETURN coalesce(NEW, OLD); END IF; "
        "IF TG_OP <> 'INSERT' THEN old_decided := OLD.status <> 'proposed' AND (decided_kinds IS NULL "
        "OR OLD.kind = ANY (decided_kinds)); END IF; "
        "IF TG_OP <> 'DELETE' THEN new_decided := NEW.status <> 'proposed' AND (decided_kinds IS NULL "
        "OR NEW.kind = ANY (decided_kinds)); END IF; "
        "IF old_decided AND (TG_OP = 'DELETE' OR (to_jsonb(OLD) - 'seq') <> (to_jsonb(NEW) - 'seq')) THEN "
        "PERFORM rekrutt_require(ARRAY[coalesce(nullif(OLD.decided_role, ''), 'dean')], "
        "CASE TG_TABLE_NAME WHEN 'leaves' THEN 'A leave that was approved or rejected can be changed or removed only "
        "in the role that decided it (§ 1.1, § 7.3).' ELSE 'An extension that was approved or rejected can be "
        "changed or removed only in the role that decided it (§ 1.1, § 7).' END); END IF; "
        "IF new_decided AND (TG_OP = 'INSERT' OR NOT old_decided OR OLD.status <> NEW.status) THEN "
        "PERFORM rekrutt_require(ARRAY['dean'], CASE TG_TABLE_NAME WHEN 'leaves' THEN %3 ELSE %4 END); END IF; "
        "RETURN coalesce(NEW, OLD); END $$"_s.arg(path, QLatin1StringView(decidedLeaveKinds),
                                                  literal(decidedLeaveRefusal), literal(decidedExtensionRefusal)),
        u"CREATE FUNCTION rekrutt_guard_case() RETURNS trigger LANGUAGE plpgsql %1 AS $$ BEGIN "
        "IF coalesce(NEW.decided_by, '') <> coalesce(CASE WHEN TG_OP = 'UPDATE' THEN OLD.decided_by END, '') "
        // An appointment made from a vacancy carries the decision the dean took as a step of the vacancy.
        "AND NOT (TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM vacancy_steps s WHERE s.vacancy_id = NEW.vacancy_id "
        "AND s.stage = 'decided' AND s.taken_by = NEW.decided_by)) THEN "
        "PERFORM rekrutt_require(ARRAY['dean'], %2); END IF; RETURN NEW; END $$"_s.arg(path, literal(decisionRefusal)),
        // The role that takes a vacancy to a stage (roleForStep()): the dean adopts the announcement and decides,
        // the head signs the recommendation, HR sends a decision back and takes every other step.
        u"CREATE FUNCTION rekrutt_step_roles(from_stage text, to_stage text) RETURNS text[] LANGUAGE sql IMMUTABLE "
        "AS $$ SELECT CASE WHEN from_stage = 'decided' AND to_stage = 'recommended' THEN ARRAY['hr_officer'] "
        "WHEN to_stage IN ('adopted', 'decided') THEN ARRAY['dean'] "
        "WHEN to_stage = 'recommended' THEN ARRAY['head_of_department'] ELSE ARRAY['hr_officer'] END $$"_s,
        u"CREATE FUNCTION rekrutt_guard_vacancy() RETURNS trigger LANGUAGE plpgsql %1 AS $$ "
        "DECLARE was text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.stage ELSE 'draft' END; "
        "needed text[] := rekrutt_step_roles(was, NEW.stage); BEGIN "
        "IF NEW.stage IS DISTINCT FROM was THEN PERFORM rekrutt_require(needed, %2); END IF; "
        "IF coalesce(NEW.ranking_signed_by, '') <> '' AND NEW.ranking_signed_by IS DISTINCT FROM "
        "(CASE WHEN TG_OP = 'UPDATE' THEN OLD.ranking_signed_by END) THEN "
        "PERFORM rekrutt_require(ARRAY['head_of_department'], %3); END IF; RETURN NEW; END $$"_s.arg(
            path, stepRefusalOf(u"NEW.stage"_s), literal(rankingRefusal)),
        // A step recorded is the step taken: the role that takes it writes it (HR also a recommendation it sends
        // back), and only that role removes it.
        u"CREATE FUNCTION rekrutt_guard_step() RETURNS trigger LANGUAGE plpgsql %1 AS $$ "
        "DECLARE step vacancy_steps := coalesce(NEW, OLD); BEGIN "
        "IF pg_trigger_depth() > 1 THEN RETURN step; END IF; "
        "IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - 'seq') = (to_jsonb(NEW) - 'seq') THEN RETURN NEW; END IF; "
        "PERFORM rekrutt_require(CASE WHEN step.stage = 'recommended' THEN ARRAY['head_of_department', "
        "'hr_officer'] ELSE rekrutt_step_roles('', step.stage) END, %2); "
        "RETURN step; END $$"_s.arg(path, QString::fromUtf8(recordedStepRefusal).arg(u"step.stage"_s)),

        // The audit trail: who and when come from the server, and the server links each entry into the chain
        // (AuditTrail's chainLink(), the same bytes).
        u"CREATE FUNCTION rekrutt_audit_part(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$ "
        "SELECT CASE WHEN value IS NULL THEN '\\x2d'::bytea ELSE convert_to(octet_length(convert_to(value, 'UTF8'))"
        "::text || ':', 'UTF8') || convert_to(value, 'UTF8') END $$"_s,
        u"CREATE FUNCTION rekrutt_audit_link(previous text, r audit_log) RETURNS text LANGUAGE plpgsql IMMUTABLE AS "
        "$$ BEGIN RETURN encode(sha256(convert_to(coalesce(previous, ''), 'UTF8') || rekrutt_audit_part(r.at) "
        "|| rekrutt_audit_part(r.os_user) || rekrutt_audit_part(r.role) || rekrutt_audit_part(r.case_id::text) "
        "|| rekrutt_audit_part(r.record) || rekrutt_audit_part(r.field) || rekrutt_audit_part(r.old_value) "
        "|| rekrutt_audit_part(r.new_value) || CASE WHEN coalesce(r.vacancy_id, 0) <> 0 THEN convert_to('v' || "
        "octet_length(r.vacancy_id::text) || ':' || r.vacancy_id::text, 'UTF8') ELSE ''::bytea END), 'hex'); END $$"_s,
        u"CREATE FUNCTION rekrutt_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE previous text; BEGIN "
        "IF NOT rekrutt_is_administrator() THEN "
        "NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
        "NEW.os_user := session_user; NEW.role := coalesce(rekrutt_office_role(), ''); END IF; "
        "PERFORM pg_advisory_xact_lock(5937269823098876931); "
        "SELECT a.chain INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1; "
        "NEW.chain := rekrutt_audit_link(coalesce(previous, ''), NEW); RETURN NEW; END $$"_s.arg(path),
        u"CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
        "rekrutt_audit_stamp()"_s,
        // The whole chain walked by the server, for users whose own reading shows them only some of it.
        u"CREATE FUNCTION rekrutt_audit_breaks() RETURNS TABLE (entry bigint, written text, login text, "
        "entry_case bigint, entry_record text, entry_field text) LANGUAGE plpgsql STABLE SECURITY DEFINER %1 AS $$ "
        "DECLARE r audit_log; previous text := ''; BEGIN "
        "FOR r IN SELECT * FROM audit_log a ORDER BY a.id LOOP "
        "IF r.chain IS DISTINCT FROM rekrutt_audit_link(previous, r) THEN entry := r.id; written := r.at; "
        "login := r.os_user; entry_case := r.case_id; entry_record := r.record; entry_field := r.field; "
        "RETURN NEXT; END IF; previous := r.chain; END LOOP; END $$"_s.arg(path),
        // Values erased after the retention period (ApplicantErasure), by an HR officer, the chain linked again.
        u"CREATE FUNCTION rekrutt_audit_erase(ids bigint[], erased text) RETURNS void LANGUAGE plpgsql SECURITY "
        "DEFINER %1 AS $$ DECLARE r audit_log; previous text; first bigint := (SELECT min(x) FROM unnest(ids) x); "
        "BEGIN PERFORM rekrutt_require(ARRAY['hr_officer'], 'Only an HR officer erases what the audit trail "
        "keeps of applicants (docs/data-protection.md).'); "
        "IF first IS NULL THEN RETURN; END IF; "
        "PERFORM pg_advisory_xact_lock(5937269823098876931); "
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change; "
        "UPDATE audit_log SET old_value = CASE WHEN coalesce(old_value, '') = '' THEN old_value ELSE erased END, "
        "new_value = CASE WHEN coalesce(new_value, '') = '' THEN new_value ELSE erased END WHERE id = ANY (ids); "
        "SELECT a.chain INTO previous FROM audit_log a WHERE a.id < first ORDER BY a.id DESC LIMIT 1; "
        "previous := coalesce(previous, ''); "
        "FOR r IN SELECT * FROM audit_log a WHERE a.id >= first ORDER BY a.id LOOP "
        "previous := rekrutt_audit_link(previous, r); UPDATE audit_log SET chain = previous WHERE id = r.id; "
        "END LOOP; ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change; END $$"_s.arg(path),
    };

    for (const QString& table : {u"extensions"_s, u"leaves"_s}) {
        s.append(u"CREATE TRIGGER %1_decided BEFORE INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                 "rekrutt_guard_decided()"_s.arg(table));
    }
    s.append(u"CREATE TRIGGER cases_decided BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION "
             "rekrutt_guard_case()"_s);
    s.append(u"CREATE TRIGGER vacancies_decided BEFORE INSERT OR UPDATE ON vacancies FOR EACH ROW EXECUTE FUNCTION "
             "rekrutt_guard_vacancy()"_s);
    s.append(u"CREATE TRIGGER vacancy_steps_decided BEFORE INSERT OR UPDATE OR DELETE ON vacancy_steps FOR EACH ROW "
             "EXECUTE FUNCTION rekrutt_guard_step()"_s);

    // Row-level security. The owner of the tables (the administrator) is not subject to it.
    const auto policy = [&s](const QString& table, const QString& visible) {
        s.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        s.append(u"CREATE POLICY office ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, visible));
    };
    policy(u"cases"_s, unitVisible(u"cases"_s));
    policy(u"vacancies"_s, unitVisible(u"vacancies"_s));
    for (const QString& table : caseChildren)
        policy(table, caseChildVisible(table));
    for (const QString& table : vacancyChildren)
        policy(table, u"EXISTS (SELECT 1 FROM vacancies v WHERE v.id = %1.vacancy_id)"_s.arg(table));
    policy(u"committee_conflicts"_s,
           u"EXISTS (SELECT 1 FROM committee_members m WHERE m.id = committee_conflicts.member_id)"_s);
    policy(u"applicant_references"_s,
           u"EXISTS (SELECT 1 FROM applicants a WHERE a.id = applicant_references.applicant_id)"_s);
    // A person is seen through their cases; one with none yet (being added) by whoever adds them.
    policy(u"persons"_s,
           u"EXISTS (SELECT 1 FROM cases c WHERE c.person_id = persons.id) "
           "OR NOT rekrutt_person_has_cases(persons.id)"_s);
    policy(u"person_history"_s, u"EXISTS (SELECT 1 FROM persons p WHERE p.id = person_history.person_id)"_s);
    // The trail: the entries of the cases and vacancies one sees, and those of the office (the register, settings).
    s.append(u"ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"_s);
    s.append(u"CREATE POLICY office_read ON audit_log FOR SELECT USING ((case_id IS NULL AND vacancy_id IS NULL) "
             "OR EXISTS (SELECT 1 FROM cases c WHERE c.id = audit_log.case_id) "
             "OR EXISTS (SELECT 1 FROM vacancies v WHERE v.id = audit_log.vacancy_id))"_s);
    s.append(u"CREATE POLICY office_write ON audit_log FOR INSERT WITH CHECK (true)"_s);
    s.append(u"REVOKE ALL ON FUNCTION rekrutt_audit_erase(bigint[], text) FROM PUBLIC"_s);
    return s;
}

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
    QStringList statements;
    for (const QString& table : careerChildren) {
        // Again for an office that has it already: the step may be run a second time.
        statements.append(u"DROP POLICY IF EXISTS office ON %1"_s.arg(table));
        statements.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        statements.append(
            u"CREATE POLICY office ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, caseChildVisible(table)));
    }
    // An office set up before (rekrutt-cli admin setup) has its roles: they read and write the new tables as the
    // others of a case. One not set up yet gets them when it is.
    for (Role role : {Role::HrOfficer, Role::HeadOfDepartment, Role::Dean}) {
        const auto exists = roleExists(db, groupRole(db, role), what, error);
        if (!exists)
            return false;
        if (!*exists)
            continue;
        const QString group = quoted(db, groupRole(db, role));
        for (const QString& table : careerChildren) {
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
