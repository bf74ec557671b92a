#!/usr/bin/env bash
# scripts/render-documents.sh: prints every document in Bokmål and English for suitable cases of the
# demo office, and every letter of a vacancy for a suitable vacancy and applicant, and renders the first
# page of each to docs/documents/<kind>-<lang>.png, to look at (and to show in the documentation). The PDFs themselves are kept in docs/documents/pdf/ only with
# --keep-pdf.
#
# Builds rekrutt-cli in build/ (REKRUTT_BUILD_DIR overrides), creates the demo office dated 2026-11-23
# in a temporary database, and picks the cases from its case files: for the contract and the forms a
# doctoral research fellow with as much recorded as possible (recruitment, extensions, leave, career-
# enhancing work), for the extension decision and the period statement a case with both leave and an
# extension. Needs poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

keep_pdf=false
[[ ${1:-} == --keep-pdf ]] && keep_pdf=true
build_dir=${REKRUTT_BUILD_DIR:-build}
today=2026-11-23
out=docs/documents

command -v pdftoppm >/dev/null || { echo "render-documents: pdftoppm is missing (poppler-utils)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! scripts/build.sh release rekrutt-cli >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "render-documents: the build failed" >&2
    exit 1
fi
cli="$build_dir/app/rekrutt-cli"
db="$work/demo.rekrutt"
"$cli" demo --db "$db" --today "$today" >/dev/null
"$cli" export --db "$db" --out "$work/cases" >/dev/null

# Scores a case file: one point for each part that is recorded (recruitment, extensions, leave,
# career-enhancing work), two for the rules of 2025; prints "score id type".
score_cases() {
    local file id type score
    for file in "$work"/cases/*.case.json; do
        id=$(basename "$file")
        id=${id%%-*}
        type=$(grep -A1 '"appointment": {' "$file" | sed -n 's/.*"type": "\([a-z_]*\)".*/\1/p')
        score=0
        for part in '"recruitment": {' '"extensions": \[$' '"leaves": \[$' '"dutyWork": \[$'; do
            if grep -q "$part" "$file"; then score=$((score + 1)); fi
        done
        # A case under the guidelines of 2025 shows what a new contract holds (career plan, language). A
        # case with an error finding would print as a draft: it is shown as the draft sample instead.
        local result status=0
        result=$("$cli" check --today "$today" "$file" 2>/dev/null) || status=$?
        if grep -q '"ruleSet": "ntnu-2025"' <<<"$result"; then
            score=$((score + 2))
        fi
        if ((status != 0)); then
            score=$((score - 10))
        fi
        echo "$score $id $type"
    done | sort -k1,1nr -k2,2n
}
scores=$(score_cases)
phd_case=$(awk '$3 == "phd_fellow" { print $2; exit }' <<<"$scores")
recruitment_case=$(for file in "$work"/cases/*.case.json; do
    if grep -q '"recruitment": {' "$file"; then basename "$file" | cut -d- -f1; fi
done | sort -n | head -1)
extension_case=$(for file in "$work"/cases/*.case.json; do
    if grep -q '"extensions": \[$' "$file" && grep -q '"leaves": \[$' "$file"; then basename "$file" | cut -d- -f1; fi
done | sort -n | head -1)
phd_case=${phd_case:-1}
# The recommendation of the same doctoral research fellow when the case has its recruitment.
if grep -q '"recruitment": {' "$work"/cases/"$phd_case"-*.case.json; then recruitment_case=$phd_case; fi
extension_case=${extension_case:-$phd_case}
recruitment_case=${recruitment_case:-$phd_case}

case_for() {
    case $1 in
    recommendation) echo "$recruitment_case" ;;
    extension-decision | period-statement) echo "$extension_case" ;;
    *) echo "$phd_case" ;;
    esac
}

# Prints document $1 of case $2 in $3 to $out/$4.png. A case with error findings prints as a draft and
# print exits 1 (the drafts are wanted here); anything else is a failure.
render() {
    local kind=$1 id=$2 lang=$3 name=$4 status=0
    local pdf="$work/$name.pdf"
    "$cli" print "$kind" --db "$db" --case "$id" --lang "$lang" --today "$today" --out "$pdf" 2>"$work/err" || status=$?
    if ((status != 0 && status != 1)); then
        cat "$work/err" >&2
        exit 1
    fi
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$out/$name"
    $keep_pdf && cp "$pdf" "$out/pdf/"
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    echo "render-documents: $out/$name.png (case $id, ${pages:-?} page(s)$( ((status == 1)) && echo ", a draft"))"
}

# A case of the demo office with an error finding, for the draft of a contract (rules revision 2: a broken
# case is never printed as settled).
broken_case=$("$cli" list --db "$db" --today "$today" --json | python3 -c '
import json, sys
print(next((str(c["id"]) for c in json.load(sys.stdin) if c["errors"] > 0), ""))')

mkdir -p "$out"
$keep_pdf && mkdir -p "$out/pdf"
for kind in contract career-plan duty-plan recommendation extension-decision period-statement; do
    for lang in nb en; do
        render "$kind" "$(case_for "$kind")" "$lang" "$kind-$lang"
    done
done
if [[ -n $broken_case ]]; then
    for lang in nb en; do
        render contract "$broken_case" "$lang" "contract-draft-$lang"
    done
fi

# The letters of a vacancy (issue 12): each from the first of the demo's vacancies at a stage it belongs to, to
# the first applicant it is meant for. Exit status 1 means the letter makes no sense there: the next is tried.
declare -A at_stage
while IFS=$'\t' read -r id stage _ _ title; do
    if [[ -n $title ]]; then at_stage[$stage]="${at_stage[$stage]:-} $id"; fi
done < <("$cli" vacancy list --db "$db")
letter() {
    local kind=$1 lang=$2 name=$3 stages=$4 stage id status
    local pdf="$work/$name.pdf"
    for stage in $stages; do
        for id in ${at_stage[$stage]:-}; do
            status=0
            "$cli" letter "$kind" --db "$db" --vacancy "$id" --lang "$lang" --today "$today" --out "$pdf" \
                --signer "Hanne Hansen" --interview "2026-12-03 10:00" --place "Room 301, Realfagbygget" \
                --salary "NOK 532 200" 2>"$work/err" || status=$?
            if ((status == 0)); then
                pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$out/$name"
                $keep_pdf && cp "$pdf" "$out/pdf/"
                pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
                echo "render-documents: $out/$name.png (vacancy $id, $stage, ${pages:-?} page(s))"
                return
            fi
            if ((status != 1)); then
                cat "$work/err" >&2
                exit 1
            fi
        done
    done
    echo "render-documents: no demo vacancy suits the letter $kind" >&2
    exit 1
}
for lang in nb en; do
    letter acknowledgement "$lang" "acknowledgement-$lang" "published closed assessment"
    letter invitation "$lang" "invitation-$lang" "interviews recommended"
    letter reference-request "$lang" "reference-request-$lang" "interviews recommended"
    letter ranking-notice "$lang" "ranking-notice-$lang" "recommended decided"
    letter rejection "$lang" "rejection-$lang" "decided offer_accepted interviews"
    letter readvertisement "$lang" "readvertisement-$lang" "readvertised"
    letter offer "$lang" "offer-$lang" "decided offer_accepted"
    letter applicant-list "$lang" "applicant-list-$lang" "interviews decided assessment"
    # The head's recommendation made from a vacancy (the case document's template, filled from the vacancy).
    letter recommendation "$lang" "vacancy-recommendation-$lang" "recommended decided"
done
