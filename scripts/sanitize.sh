#!/usr/bin/env bash
# scripts/sanitize.sh: builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer
# into build-asan/ (REKRUTT_ASAN_BUILD_DIR overrides) and runs every test under them. A memory error,
# undefined behaviour or a leak fails the test that caused it; the leaks of Qt and the libraries
# below it are suppressed by tests/sanitizers/lsan.supp. Heavy tests scale their time limits by
# REKRUTT_SANITIZERS (tests/cli/TestFuzzCorpus.cpp). Exits non-zero when any step fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=${REKRUTT_ASAN_BUILD_DIR:-build-asan}

bash scripts/install-deps.sh

werror=OFF
[[ ${CI:-} == true ]] && werror=ON
flags="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$flags" \
    "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
    "-DREKRUTT_WERROR=$werror" "${launcher[@]}"
cmake --build "$build_dir"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export REKRUTT_SANITIZERS=1
# Under the sanitizers an import runs about eight times slower: 5 killed imports per back end instead of 20
# (the plain run has the 20; the sanitizers need the code paths once). docs/fuzzing.md has the figures.
export REKRUTT_CRASH_ROUNDS=${REKRUTT_CRASH_ROUNDS:-5}
start=$SECONDS
status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j2 --timeout 2700 --no-tests=error \
    || status=$?
echo "sanitize.sh: the tests ran for $((SECONDS - start)) s under AddressSanitizer and UndefinedBehaviorSanitizer."
if ((status != 0)); then
    echo "sanitize.sh: tests failed under the sanitizers." >&2
    exit 1
fi
echo "sanitize.sh: all tests passed under the sanitizers."
