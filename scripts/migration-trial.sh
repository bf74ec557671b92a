#!/bin/sh
# Migrates a copy of a real database from schema 6 to the latest (7, the office model, then 8, which gives persons
# a version) and shows that every row came through: every table is read before with schema 6's SQL and after with
# schema 7's (which schema 8 keeps), in the same order and the same columns, and the two readings must be identical;
# every person starts at version 1. Then `rekrutt-cli verify` checks the migrated database (integrity, the audit trail's
# hash chain, every case loads and its stored result is current).
#
#   scripts/migration-trial.sh REKRUTT_CLI DATABASE
#
# DATABASE: a SQLite file at schema 6 (it is copied; the copy is migrated), or a postgresql://user@host:port/db
# address (migrated in place: give it a throwaway database). Used for issue 11 item 6 on the demo office and on a
# file of 100,000 generated cases (docs/architecture.md, "A migration step").
set -eu
cli=$1
db=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $db in
postgresql://*)
    target=$db
    query() { psql -X -q -At -v ON_ERROR_STOP=1 "$target" -c "$1"; }
    ;;
*)
    target=$work/trial.rekrutt
    cp "$db" "$target"
    query() { sqlite3 -bail "$target" "$1"; }
    ;;
esac

version=$(query "SELECT value FROM settings WHERE key = 'schema_version'")
[ "$version" = 6 ] || { echo "migration-trial: $db is at schema $version, not 6" >&2; exit 2; }

# The columns every version has, read the same way before and after.
shared_case_columns="c.id, c.person_id, c.version, c.rule_set, c.institution, c.type, c.unit, c.start_date, \
c.length_months, c.fte_percent, c.duty_percent, c.hours_per_week, c.combined_with_studies, c.project_linked, \
c.announcement_date, c.decision_date, c.contract_signed, c.new_rights_in_contract, c.project_plan_on, \
c.career_plan_on, c.admission_application_on, c.admission_agreement_on, c.supervisor_agreement_on, \
c.norwegian_training, c.norwegian_credits, c.educational_competence_measure, c.external_experience_measure, \
c.has_mentor, c.mentor_name, c.mentor_unit, c.mentor_same_group, c.decided_by, c.created_at, c.updated_at, \
c.updated_by, c.career_plan_evaluation_on"
recruitment="has_recruitment, has_announcement, announcement_published, announcement_deadline, \
announcement_public, announcement_internal, ranking_signed_by, ranking_signed_at"

read_tables() { # $1: 6 or 7
    query "SELECT id, family_name, given_name, birth_date, doctoral_degree_date, scandinavian_a2, \
educational_competence, months_at_other_institutions FROM persons ORDER BY id"
    query "SELECT person_id, seq, type, institution, start_date, end_date, fte_percent FROM person_history \
ORDER BY person_id, seq"
    if [ "$1" = 6 ]; then
        query "SELECT $shared_case_columns, $recruitment FROM cases c ORDER BY c.id"
        owner=case_id
    else
        query "SELECT $shared_case_columns, CASE WHEN v.id IS NULL THEN 0 ELSE 1 END, \
COALESCE(v.has_announcement, 0), v.announcement_published, v.announcement_deadline, \
COALESCE(v.announcement_public, 0), COALESCE(v.announcement_internal, 0), v.ranking_signed_by, \
v.ranking_signed_at FROM cases c LEFT JOIN vacancies v ON v.id = c.vacancy_id ORDER BY c.id"
        owner=vacancy_id
    fi
    query "SELECT case_id, seq, kind, from_date, to_date, percent, status, decided_by, decided_role, decided_at \
FROM leaves ORDER BY case_id, seq"
    query "SELECT case_id, seq, kind, days, status, documented, decided_by, decided_role, decided_at FROM extensions \
ORDER BY case_id, seq"
    query "SELECT case_id, seq, held_on FROM employee_interviews ORDER BY case_id, seq"
    query "SELECT case_id, seq, from_date, to_date, category, hours, original_lecture_hours FROM duty_work \
ORDER BY case_id, seq"
    query "SELECT case_id, seq, host, amount_nok, direction FROM mobility_grants ORDER BY case_id, seq"
    query "SELECT $owner, seq, member_key, name, associate_professor_level, impartiality_declared \
FROM committee_members ORDER BY $owner, seq"
    if [ "$1" = 6 ]; then
        query "SELECT case_id, member_seq, seq, applicant_key FROM committee_conflicts ORDER BY 1, 2, 3"
    else
        query "SELECT m.vacancy_id, m.seq, k.seq, k.applicant_key FROM committee_conflicts k \
JOIN committee_members m ON m.id = k.member_id ORDER BY 1, 2, 3"
    fi
    query "SELECT $owner, seq, applicant_key, name, qualified, disability, cv_gap, non_western_immigrant, invited, \
interviewed, reference_count, rank_position, rank_reason FROM applicants ORDER BY $owner, seq"
    query "SELECT * FROM audit_log ORDER BY id"
    query "SELECT * FROM case_summary ORDER BY case_id"
    query "SELECT * FROM institutions ORDER BY id"
    query "SELECT * FROM institution_names ORDER BY name_key"
    query "SELECT * FROM settings WHERE key <> 'schema_version' ORDER BY key"
}

read_tables 6 > "$work/before"
start=$(date +%s.%N)
"$cli" list --db "$target" > /dev/null
end=$(date +%s.%N)
version=$(query "SELECT value FROM settings WHERE key = 'schema_version'")
[ "$version" = 8 ] || { echo "migration-trial: the database is at schema $version after opening it" >&2; exit 1; }
[ "$(query "SELECT COUNT(*) FROM persons WHERE version <> 1")" = 0 ] ||
    { echo "migration-trial: a person did not start at version 1" >&2; exit 1; }
read_tables 7 > "$work/after"
if ! cmp -s "$work/before" "$work/after"; then
    echo "migration-trial: rows differ after the migration:" >&2
    diff "$work/before" "$work/after" | head -20 >&2
    exit 1
fi
"$cli" verify --db "$target"
echo "migration-trial: $(wc -l < "$work/before") rows read alike before and after; migration and first list took \
$(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
