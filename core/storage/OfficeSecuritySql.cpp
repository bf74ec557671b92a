// The shared office's security as SQL (OfficeSql.h): the policies, guards and functions of schema step 12 and the
// policies of step 15's tables. OfficeSecurity.cpp runs them and keeps the office's roles and users.

#include "core/storage/OfficeSql.h"

#include "core/domain/Role.h"

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

QStringList officeSecurity::careerTables()
{
    return careerChildren;
}

QStringList officeSecurity::careerPolicyStatements()
{
    QStringList s;
    for (const QString& table : careerChildren) {
        // Again for an office that has them already: the step may be run a second time.
        s.append(u"DROP POLICY IF EXISTS office ON %1"_s.arg(table));
        s.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        s.append(u"CREATE POLICY office ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, caseChildVisible(table)));
    }
    return s;
}

} // namespace rekrutt
