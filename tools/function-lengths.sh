#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the longest functions of the given C++ files (or of every file under the given
# folders), longest first: lines, file:line, name. Needs Universal Ctags.
#   tools/function-lengths.sh [-n COUNT] [-m MIN_LINES] PATH...
# Lambdas count towards the function that holds them.
count=20
min=1
while getopts n:m: option; do
    case $option in
    n) count=$OPTARG ;;
    m) min=$OPTARG ;;
    *) echo "usage: $0 [-n COUNT] [-m MIN_LINES] PATH..." >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-n COUNT] [-m MIN_LINES] PATH..." >&2; exit 2; }
find "$@" -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort |
    while read -r file; do
        ctags -x --_xformat="%{line}|%{end}|%{scope}|%N" --kinds-C++=f --language-force=C++ "$file" |
            awk -F'|' -v file="$file" '$2 != "" { n = $2 - $1 + 1; scope = ($3 == "-" || $3 == "" ? "" : $3 "::");
                gsub(/__anon[0-9a-f]+/, "(anonymous)", scope); printf "%5d  %s:%d  %s%s\n", n, file, $1, scope, $4 }'
    done | LC_ALL=C sort -k1,1nr -k2,2 | awk -v min="$min" '$1 >= min' | head -n "$count"
