#!/usr/bin/env bash
# scripts/run.sh: installs what is missing, builds, creates the demo database (once) and starts the
# desktop application on it. Without a display (no DISPLAY or WAYLAND_DISPLAY) it lists the demo
# database on the terminal instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=${REKRUTT_BUILD_DIR:-build}
demo=${REKRUTT_DEMO_DB:-$build_dir/demo.rekrutt}

bash scripts/install-deps.sh
bash scripts/build.sh release rekrutt rekrutt-cli

if [[ ! -e $demo ]]; then
    "$build_dir/app/rekrutt-cli" demo --db "$demo"
fi
"$build_dir/app/rekrutt-cli" list --db "$demo"
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    exec "$build_dir/app/rekrutt" --db "$demo"
fi
echo "run.sh: no display, so the desktop application was not started (the demo database is $demo)."
