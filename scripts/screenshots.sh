#!/usr/bin/env bash
# scripts/screenshots.sh: regenerates docs/screenshots/ (every main screen, in English and Bokmål)
# from the demo office, without a display.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=${REKRUTT_BUILD_DIR:-build}
today=2026-11-23

bash scripts/build.sh release rekrutt rekrutt-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build_dir/app/rekrutt-cli" demo --db "$work/demo.rekrutt" --today "$today" >/dev/null
mkdir -p docs/screenshots
for lang in en nb; do
    # A settings folder of its own, so the user's recent files and window size play no part.
    XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
        "$build_dir/app/rekrutt" --db "$work/demo.rekrutt" --lang "$lang" --today "$today" --screenshots docs/screenshots
done
