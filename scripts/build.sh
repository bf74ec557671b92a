#!/usr/bin/env bash
# scripts/build.sh [release|test] [TARGET...]: configures and builds Rekrutt with Ninja.
#   release  optimised, assertions off (the default);
#   test     optimised with assertions on (-O2 without -DNDEBUG); warnings are errors when CI=true.
# Builds every target, or only the TARGETs given. The build folder is build/ (REKRUTT_BUILD_DIR overrides).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=${1:-release}
shift || true
build_dir=${REKRUTT_BUILD_DIR:-build}

options=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
case $mode in
release)
    options+=("-DCMAKE_CXX_FLAGS_RELEASE=-O3 -DNDEBUG" -DREKRUTT_WERROR=OFF)
    ;;
test)
    werror=OFF
    [[ ${CI:-} == true ]] && werror=ON
    options+=("-DCMAKE_CXX_FLAGS_RELEASE=-O2" "-DREKRUTT_WERROR=$werror")
    ;;
*)
    echo "usage: scripts/build.sh [release|test] [TARGET...]" >&2
    exit 2
    ;;
esac

cmake -S . -B "$build_dir" "${options[@]}"
if (($# > 0)); then
    cmake --build "$build_dir" --target "$@"
else
    cmake --build "$build_dir"
fi
