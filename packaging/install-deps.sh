#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Parallax needs to build, run and test.
# Idempotent: only packages that are missing are installed.
#   packaging/install-deps.sh          build, run and test
#   packaging/install-deps.sh --bench  also the reference tools of bench/ (wdiff, GNU time)
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql-15
qt6-webengine-dev qt6-webengine-dev-tools
qt6-charts-dev qt6-pdf-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libgl-dev libxkbcommon-dev
libstemmer-dev libuchardet-dev libqpdf-dev wordnet-base
poppler-utils
xvfb xauth
dpkg-dev file librsvg2-bin desktop-file-utils appstream man-db
clang libclang-rt-14-dev
"

# npm fetches the pinned Mozilla Readability at build time (the HTML importer); a Node.js
# already on the machine will do, else Debian's.
command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs npm"

if [ "${1:-}" = "--bench" ]; then
    PACKAGES="$PACKAGES wdiff time python3"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
