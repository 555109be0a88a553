#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the
# "sanitize" preset, in build-sanitize/); CI runs it after the ordinary suite. Any report
# fails the test it happened in. Leak reports are off (Qt and QtWebEngine keep allocations
# for the life of the process), and so are new/delete size mismatches, which Chromium inside
# QtWebEngine makes on its own (not instrumented, not ours).
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
# The PostgreSQL storage and stories tests run here too; the server's crash test (SIGKILLs of
# whole imports) and the CLI's second run (processes the ordinary suite starts already) only
# in the ordinary suite: they test the server's transactions and the same CLI code, and
# would add minutes to CI.
skip="crashsafety_postgresql|cli_postgresql"
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --preset sanitize -E "$skip" "$@"
fi
exec ctest --preset sanitize -E "$skip" "$@"
