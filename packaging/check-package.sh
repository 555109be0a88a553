#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The package check (run by packaging/run-tests.sh after the tests): builds the .deb from
# the build in build/, installs it on this machine (with apt, so its computed dependencies
# are met), runs the installed program, and validates the desktop file and the AppStream
# metainfo as installed.
set -eu
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

rm -rf build/package
cpack --config build/CPackConfig.cmake -B build/package
deb=$(ls build/package/parallax_*.deb)
echo "check-package: built $deb"
dpkg-deb --field "$deb" Depends
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$deb" >/dev/null

app=org.parallaxreader.Parallax
test "$(command -v parallax)" = /usr/bin/parallax
/usr/bin/parallax --version
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/parallax compare --library "$work/library.sqlite" \
    tests/data/stories/kestrel/a-wire.txt tests/data/stories/kestrel/b-rewrite.txt > "$work/compare.txt"
grep -q "derived" "$work/compare.txt" || { cat "$work/compare.txt"; echo "check-package: unexpected compare output" >&2; exit 1; }
desktop-file-validate /usr/share/applications/$app.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/$app.metainfo.xml
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    test -s /usr/share/icons/hicolor/$size/apps/$app.png
done
test -s /usr/share/icons/hicolor/scalable/apps/$app.svg
man -w parallax >/dev/null
echo "check-package: $deb installed and checked"
