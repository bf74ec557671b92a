#!/usr/bin/env bash
# scripts/install-deps.sh: installs the Debian 12 packages Rekrutt needs to build, test and run.
# Runs as root, or through sudo when it is there. Returns at once when everything is installed.
set -euo pipefail

packages=(
    # Qt 6 and its tools: moc, rcc, lupdate/lrelease, Qt Test, the SQL drivers.
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    # SQLite's own headers: the case list reads its rows through the C API (core/storage/SqliteRows).
    libsqlite3-dev
    # libpq's headers: an import sends its rows in libpq's pipeline mode (core/storage/ServerPipeline).
    libpq-dev
    # The tool chain.
    ninja-build cmake g++ clang-format
    # Databases the storage tests run against.
    postgresql sqlite3
    # Reading PDFs back in tests, running the desktop application without a display, and a font.
    poppler-utils xvfb xauth fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query --show --showformat='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "install-deps: run as root (or install sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
}

echo "install-deps: installing ${missing[*]}"
as_root env DEBIAN_FRONTEND=noninteractive apt-get update
as_root env DEBIAN_FRONTEND=noninteractive apt-get install --yes "${missing[@]}"
