#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the whole test suite with ctest; the window tests get a virtual display (Xvfb) when
# there is no display, so this works on a headless machine and in CI.
set -eu
cd "$(dirname "$0")/.."

# Chromium (inside QtWebEngine) refuses its sandbox as root, as in CI containers.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset default "$@"
fi
exec ctest --preset default "$@"
