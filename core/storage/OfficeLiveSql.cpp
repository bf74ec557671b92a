// Schema steps 13 and 14 on PostgreSQL (OfficeSecurity::installLiveOffice(), installQuickAudit()): their
// statements, beside step 12's in OfficeSecurity.cpp.

#include "core/storage/OfficeSql.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

/**
 * Schema step 13 on PostgreSQL: what an import of many rows asks the server, and the office's notifications.
 *
 * Step 12 guards each inserted row, and each check asks who is connected: a third of an import's time. Inserted
 * rows are now guarded a statement at a time (the rows a statement added, as a transition table), asking once
 * for each decision among them; the row triggers stay for updates and deletions, which come one at a time.
 *
 * Every statement that adds, changes or removes cases or vacancies notifies the channel `rekrutt` after its
 * transaction commits, with what changed and who changed it (OfficeNotifications.h).
 */
QStringList officeSecurity::liveOfficeStatements(const QString& schema)
{
    const QString path = u"SET search_path = pg_catalog, %1, pg_temp"_s.arg(schema);
    QStringList s;
    const auto addedTrigger = [&s, &path](const QString& table, const QString& function, const QString& body) {
        s.append(u"CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN %3 RETURN NULL; END $$"_s.arg(
            function, path, body));
        s.append(u"CREATE TRIGGER %1_added AFTER INSERT ON %1 REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
                 "EXECUTE FUNCTION %2()"_s.arg(table, function));
    };
    for (const QString& table : {u"leaves"_s, u"extensions"_s}) {
        s.append(u"DROP TRIGGER %1_decided ON %1"_s.arg(table));
        s.append(u"CREATE TRIGGER %1_decided BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                 "rekrutt_guard_decided()"_s.arg(table));
    }
    addedTrigger(u"leaves"_s, u"rekrutt_guard_added_leaves"_s,
                 u"IF EXISTS (SELECT 1 FROM added WHERE status <> 'proposed' AND kind = ANY (%1)) THEN "
                 "PERFORM rekrutt_require(ARRAY['dean'], %2); END IF;"_s.arg(QLatin1StringView(decidedLeaveKinds),
                                                                             literal(decidedLeaveRefusal)));
    addedTrigger(u"extensions"_s, u"rekrutt_guard_added_extensions"_s,
                 u"IF EXISTS (SELECT 1 FROM added WHERE status <> 'proposed') THEN "
                 "PERFORM rekrutt_require(ARRAY['dean'], %1); END IF;"_s.arg(literal(decidedExtensionRefusal)));
    s.append(u"DROP TRIGGER cases_decided ON cases"_s);
    s.append(
        u"CREATE TRIGGER cases_decided BEFORE UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION rekrutt_guard_case()"_s);
    addedTrigger(
        u"cases"_s, u"rekrutt_guard_added_cases"_s,
        u"IF EXISTS (SELECT 1 FROM added n WHERE coalesce(n.decided_by, '') <> '' AND NOT EXISTS (SELECT 1 "
        "FROM vacancy_steps v WHERE v.vacancy_id = n.vacancy_id AND v.stage = 'decided' AND v.taken_by = "
        "n.decided_by)) THEN PERFORM rekrutt_require(ARRAY['dean'], %1); END IF;"_s.arg(literal(decisionRefusal)));
    s.append(u"DROP TRIGGER vacancies_decided ON vacancies"_s);
    s.append(u"CREATE TRIGGER vacancies_decided BEFORE UPDATE ON vacancies FOR EACH ROW EXECUTE FUNCTION "
             "rekrutt_guard_vacancy()"_s);
    addedTrigger(
        u"vacancies"_s, u"rekrutt_guard_added_vacancies"_s,
        u"DECLARE needed text[]; stage_taken text; BEGIN "
        "FOR needed, stage_taken IN SELECT DISTINCT rekrutt_step_roles('draft', a.stage), a.stage FROM added a "
        "WHERE a.stage <> 'draft' LOOP PERFORM rekrutt_require(needed, %1); END LOOP; "
        "IF EXISTS (SELECT 1 FROM added WHERE coalesce(ranking_signed_by, '') <> '') THEN "
        "PERFORM rekrutt_require(ARRAY['head_of_department'], %2); END IF; END;"_s.arg(stepRefusalOf(u"stage_taken"_s),
                                                                                       literal(rankingRefusal)));
    s.append(u"DROP TRIGGER vacancy_steps_decided ON vacancy_steps"_s);
    s.append(u"CREATE TRIGGER vacancy_steps_decided BEFORE UPDATE OR DELETE ON vacancy_steps FOR EACH ROW EXECUTE "
             "FUNCTION rekrutt_guard_step()"_s);
    addedTrigger(u"vacancy_steps"_s, u"rekrutt_guard_added_steps"_s,
                 u"DECLARE stage_taken text; BEGIN FOR stage_taken IN SELECT DISTINCT a.stage FROM added a LOOP "
                 "PERFORM rekrutt_require(CASE WHEN stage_taken = 'recommended' THEN ARRAY['head_of_department', "
                 "'hr_officer'] ELSE rekrutt_step_roles('', stage_taken) END, %1); END LOOP; END;"_s.arg(
                     QString::fromUtf8(recordedStepRefusal).arg(u"stage_taken"_s)));

    // The notifications: at most 200 ids (a payload stays under PostgreSQL's 8,000 bytes); more, and the ids are
    // left out, which tells the listeners to read everything again.
    s.append(u"CREATE FUNCTION rekrutt_notify_changed() RETURNS trigger LANGUAGE plpgsql %1 AS $$ "
             "DECLARE n bigint; ids text; BEGIN "
             "SELECT count(*), string_agg(c.id::text, ',' ORDER BY c.id) INTO n, ids "
             "FROM (SELECT id FROM changed LIMIT 201) c; "
             "IF n = 0 THEN RETURN NULL; END IF; "
             "PERFORM pg_notify('rekrutt', json_build_object('record', TG_ARGV[0], 'change', lower(TG_OP), "
             "'ids', CASE WHEN n > 200 THEN NULL ELSE ids END, 'login', session_user)::text); "
             "RETURN NULL; END $$"_s.arg(path));
    for (const auto& [table, record] : {std::pair {u"cases"_s, u"case"_s}, std::pair {u"vacancies"_s, u"vacancy"_s}}) {
        for (const auto& [event, transition] : {std::pair {u"INSERT"_s, u"NEW"_s}, std::pair {u"UPDATE"_s, u"NEW"_s},
                                                std::pair {u"DELETE"_s, u"OLD"_s}}) {
            s.append(u"CREATE TRIGGER %1_notify_%2 AFTER %3 ON %1 REFERENCING %4 TABLE AS changed FOR EACH "
                     "STATEMENT EXECUTE FUNCTION rekrutt_notify_changed('%5')"_s.arg(table, event.toLower(), event,
                                                                                     transition, record));
        }
    }
    return s;
}

} // namespace rekrutt

namespace rekrutt {

namespace {

/**
 * The link of `row` (an audit_log row) after the link `previous`, as one SQL expression: the bytes AuditTrail's
 * chainLink() hashes, each value as its length, a colon and its UTF-8 bytes ("-" for none), the vacancy only when
 * there is one. Written out rather than called: a function per value cost the server more than the insert.
 */
QString chainLinkSql(const QString& previous, const QString& row)
{
    QString parts;
    for (const QString& field : {u"at"_s, u"os_user"_s, u"role"_s, u"case_id::text"_s, u"record"_s, u"field"_s,
                                 u"old_value"_s, u"new_value"_s}) {
        const QString value = u"(%1.%2)"_s.arg(row, field);
        parts += u" || CASE WHEN %1 IS NULL THEN '\\x2d'::bytea ELSE convert_to(octet_length(convert_to(%1, 'UTF8'))"
                 "::text || ':' || %1, 'UTF8') END"_s.arg(value);
    }
    return u"encode(sha256(convert_to(coalesce(%1, ''), 'UTF8')%2 || CASE WHEN coalesce(%3.vacancy_id, 0) <> 0 "
           "THEN convert_to('v' || octet_length(%3.vacancy_id::text) || ':' || %3.vacancy_id::text, 'UTF8') "
           "ELSE ''::bytea END), 'hex')"_s.arg(previous, parts, row);
}

} // namespace

/**
 * Schema step 14 on PostgreSQL: the audit trail's trigger, five times quicker. Step 12's asked who is connected and
 * linked each entry through functions of their own, at about 95 µs an entry: as long as the server took to insert
 * all of an import's other rows. Now the trigger asks the catalogue and the office's users directly, and the link is
 * one expression (the same bytes); rekrutt_audit_link() keeps its name for the chain's checks.
 */
QStringList officeSecurity::quickAuditStatements(const QString& schema)
{
    const QString path = u"SET search_path = pg_catalog, %1, pg_temp"_s.arg(schema);
    return {
        u"CREATE OR REPLACE FUNCTION rekrutt_audit_link(previous text, r audit_log) RETURNS text LANGUAGE plpgsql "
        "IMMUTABLE AS $$ BEGIN RETURN %1; END $$"_s.arg(chainLinkSql(u"previous"_s, u"r"_s)),
        // An administrator (the owner of the tables, or a superuser, as rekrutt_is_administrator() says) keeps the
        // time and login an entry brings (a migrated office's trail); everyone else gets the server's.
        u"CREATE OR REPLACE FUNCTION rekrutt_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ "
        "DECLARE previous text; BEGIN "
        "IF NOT pg_has_role(session_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER') "
        "THEN NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
        "NEW.os_user := session_user; "
        "NEW.role := coalesce((SELECT u.role FROM office_users u WHERE u.login = session_user), ''); END IF; "
        "PERFORM pg_advisory_xact_lock(5937269823098876931); "
        "SELECT a.chain INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1; "
        "NEW.chain := %2; RETURN NEW; END $$"_s.arg(path, chainLinkSql(u"coalesce(previous, '')"_s, u"NEW"_s)),
    };
}

} // namespace rekrutt
