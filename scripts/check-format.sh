#!/usr/bin/env bash
# scripts/check-format.sh [--fix]: checks every C++ file against the repository's .clang-format
# (CI runs it) and shows what would change; with --fix, formats them in place instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

folders=()
for folder in core app ui tests bench; do
    [[ -d $folder ]] && folders+=("$folder")
done
mapfile -t files < <(find "${folders[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
if ((${#files[@]} == 0)); then
    echo "check-format: no C++ files found." >&2
    exit 1
fi

if [[ ${1:-} == --fix ]]; then
    clang-format -i --style=file "${files[@]}"
    echo "check-format: formatted ${#files[@]} files."
    exit 0
fi

unformatted=()
for file in "${files[@]}"; do
    clang-format --dry-run --Werror --style=file "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if ((${#unformatted[@]} == 0)); then
    echo "check-format: all ${#files[@]} C++ files are formatted."
    exit 0
fi

echo "check-format: ${#unformatted[@]} of ${#files[@]} C++ files are not formatted by .clang-format:" >&2
printf '  %s\n' "${unformatted[@]}" >&2
echo "What clang-format would change (run scripts/check-format.sh --fix to apply):" >&2
for file in "${unformatted[@]}"; do
    clang-format --style=file "$file" | diff -u "$file" - --label "$file" --label "$file (formatted)" || true
done | head -n 400 >&2
exit 1
