#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The longest functions of C++ files, longest first: lines from the signature to the closing
# brace, for functions written as the repository writes them (signature at column 0, body
# closed by "}" at column 0; lambdas and local classes count in their function).
#
#   tools/function-lengths.sh [-n COUNT] FILE...     (default: the 20 longest)
count=20
if [ "$1" = "-n" ]; then count=$2; shift 2; fi
awk '
    FNR == 1 { inside = 0 }
    !inside && /^[A-Za-z_][A-Za-z0-9_:<>,*& ]*[ *&]~?[A-Za-z_][A-Za-z0-9_:~]*\(/ && !/;[ \t]*$/ && !/^(namespace|struct|class|enum|using|typedef|return)\b/ {
        name = $0; sub(/\(.*/, "", name); n = split(name, parts, /[ *&]+/); name = parts[n]
        start = FNR; pending = 1
    }
    pending && /\{[ \t]*$/ { inside = 1; pending = 0 }
    pending && /;[ \t]*$/ { pending = 0 }
    inside && /^}/ { printf "%5d  %s:%d  %s\n", FNR - start + 1, FILENAME, start, name; inside = 0 }
' "$@" | sort -rn | head -n "$count"
