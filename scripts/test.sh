#!/usr/bin/env bash
# scripts/test.sh: installs what is missing, builds with assertions on, checks the format and runs
# every test. Exits non-zero when any step fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=${REKRUTT_BUILD_DIR:-build}

bash scripts/install-deps.sh
bash scripts/build.sh test

# Run the tests even when the format is off, so that one run reports both.
format=0
bash scripts/check-format.sh || format=$?
tests=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j2 --timeout 900 --no-tests=error || tests=$?

if ((format != 0 || tests != 0)); then
    ((format != 0)) && echo "test.sh: the C++ format check failed (scripts/check-format.sh --fix formats)." >&2
    ((tests != 0)) && echo "test.sh: tests failed." >&2
    exit 1
fi
echo "test.sh: all checks passed."
