#!/usr/bin/env bash
# scripts/run.sh: installs what is missing, builds, and runs Rekrutt's main job.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=${REKRUTT_BUILD_DIR:-build}

# The main job; its program is the one target built.
main_job=("$build_dir/app/rekrutt-cli" check --today "$(date +%F)" tests/data/examples/e1-phd-sickness-elected.case.json)

bash scripts/install-deps.sh
bash scripts/build.sh release "$(basename "${main_job[0]}")"
exec "${main_job[@]}"
