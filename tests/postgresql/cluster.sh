#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests and benchmarks: initdb in a temporary folder,
# listening on 127.0.0.1 only, on the given port; a superuser role `parallax` that logs in
# without a password (trust) and a role `parallax_pw` that must give one (scram-sha-256),
# for the wrong-password test.
#
#   tests/postgresql/cluster.sh start STATE_FILE PORT   # prints the server's address
#   tests/postgresql/cluster.sh stop STATE_FILE
#   tests/postgresql/cluster.sh kill STATE_FILE         # pg_ctl stop -m immediate
#   tests/postgresql/cluster.sh restart STATE_FILE
#
# STATE_FILE records the cluster's folder. PostgreSQL refuses to run as root: as root the
# cluster belongs to the `postgres` user that Debian's postgresql package creates.
set -eu

bindir=""
for candidate in "${PARALLAX_PG_BINDIR:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        bindir="$candidate"
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "cluster.sh: no PostgreSQL server found (Debian package postgresql-15)" >&2
    exit 2
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

command="$1"
state="$2"

case "$command" in
start)
    port="$3"
    # A cluster left behind by an interrupted run goes first.
    [ -f "$state" ] && "$0" stop "$state"
    folder=$(mktemp -d "${TMPDIR:-/tmp}/parallax-pg.XXXXXX")
    chmod 755 "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    echo "$folder" > "$state"
    as_owner "$bindir/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    cat > "$folder/data/pg_hba.conf" <<HBA
local all all trust
host all parallax_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    as_owner "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -q -h "$folder" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE parallax SUPERUSER LOGIN;
CREATE ROLE parallax_pw LOGIN PASSWORD 'the-right-one';
CREATE DATABASE parallax OWNER parallax;
SQL
    echo "$port" > "$folder/port"
    echo "postgresql://parallax@127.0.0.1:$port/parallax"
    ;;
stop|kill)
    [ -f "$state" ] || exit 0
    folder=$(cat "$state")
    mode=fast
    [ "$command" = kill ] && mode=immediate
    as_owner "$bindir/pg_ctl" -D "$folder/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    if [ "$command" = stop ]; then
        rm -rf "$folder" "$state"
    fi
    ;;
restart)
    folder=$(cat "$state")
    port=$(cat "$folder/port")
    as_owner "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c max_connections=200" \
        start >/dev/null
    ;;
*)
    echo "usage: cluster.sh start|stop|kill|restart STATE_FILE [PORT]" >&2
    exit 2
    ;;
esac
