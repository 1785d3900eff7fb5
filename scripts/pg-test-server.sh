#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the test suite.
#
#   pg-test-server.sh start DIR   initdb + start on a free 127.0.0.1 port; writes DIR/pg.env
#                                 and DIR/pgpass (0600) for libpq's PGPASSFILE
#   pg-test-server.sh stop DIR    pg_ctl -m fast stop, then removes the server and DIR
#
# The cluster itself lives in a short mktemp directory under /tmp: Unix socket paths are
# limited to 107 bytes and the postgres user must be able to traverse every parent, which
# a build tree does not guarantee. DIR/server-dir records where it is, so `stop` (and a
# later `start` on the same DIR after an interrupted run) can find and stop it.
#
# Roles: the bootstrap superuser `postgres` (random password, for tests that must act as
# the database owner, e.g. tamper tests) and `snapshot_app` (random password, LOGIN only:
# no superuser, no CREATEDB/CREATEROLE/REPLICATION/BYPASSRLS), which may connect to and
# create schemas in `snapshot_test` and owns nothing else. Passwords travel through files
# and stdin only, never through arguments, environment or output.
set -euo pipefail

readonly PG_BIN=${SA_PG_BIN:-/usr/lib/postgresql/15/bin}
readonly APP_ROLE=snapshot_app
readonly APP_DB=snapshot_test
readonly SUPERUSER=postgres

die() { echo "pg-test-server: $*" >&2; exit 1; }

# initdb and postgres refuse to run as root: act as the postgres account then.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

random_password() {
    # 192 random bits as hex: no character that .pgpass or SQL quoting treats specially.
    od -An -N24 -tx1 /dev/urandom | tr -d ' \n'
}

port_in_use() {
    ss -Htln "sport = :$1" | grep -q .
}

stop_server() {
    local dir=$1 server_dir
    [[ -f "$dir/server-dir" ]] || return 0
    server_dir=$(<"$dir/server-dir")
    # Only ever remove what this script created.
    [[ "$server_dir" == /tmp/sapg.* ]] || die "refusing to remove unexpected server dir '$server_dir'"
    if [[ -f "$server_dir/data/postmaster.pid" ]]; then
        as_server_user "$PG_BIN/pg_ctl" -D "$server_dir/data" -m fast -w -t 30 stop >/dev/null \
            || echo "pg-test-server: pg_ctl stop failed; see $server_dir/log" >&2
    fi
    rm -rf -- "$server_dir"
    rm -f -- "$dir/server-dir"
}

# Removes the files this script writes into DIR, then DIR if nothing else is left in it
# (never a recursive delete of a caller-supplied path).
remove_state() {
    rm -f -- "$1/pg.env" "$1/pgpass" "$1/server-dir"
    rmdir -- "$1" 2>/dev/null || true
}

# Servers whose DIR is gone or now names another server (a build tree deleted while its
# server ran, a run killed before `stop`): stop them. Servers still owned by a DIR, such as
# other build trees' fixtures running right now, are left alone.
sweep_orphans() {
    local server_dir owner
    for server_dir in /tmp/sapg.*; do
        [[ -f "$server_dir/owner" ]] || continue
        owner=$(<"$server_dir/owner")
        if [[ -f "$owner/server-dir" && "$(<"$owner/server-dir")" == "$server_dir" ]]; then
            continue
        fi
        echo "pg-test-server: stopping orphaned test server $server_dir (its $owner is gone)" >&2
        local orphan_state
        orphan_state=$(mktemp -d)
        echo "$server_dir" >"$orphan_state/server-dir"
        stop_server "$orphan_state"
        rmdir "$orphan_state"
    done
}

start_server() {
    local dir=$1
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL 15 not found in $PG_BIN (install postgresql-15)"

    # A previous run that was interrupted before its cleanup step leaves a server behind.
    stop_server "$dir"
    sweep_orphans
    remove_state "$dir"
    mkdir -p -- "$dir"

    local server_dir
    server_dir=$(mktemp -d /tmp/sapg.XXXXXX)
    echo "$server_dir" >"$dir/server-dir"
    # The way back, for sweep_orphans.
    echo "$dir" >"$server_dir/owner"
    chmod 700 "$server_dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$server_dir"; fi

    local super_pw app_pw
    super_pw=$(random_password)
    app_pw=$(random_password)

    (umask 077; printf '%s\n' "$super_pw" >"$server_dir/pwfile")
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$server_dir/pwfile"; fi
    as_server_user "$PG_BIN/initdb" -D "$server_dir/data" -U "$SUPERUSER" \
        --pwfile="$server_dir/pwfile" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$server_dir/initdb.log" 2>&1 \
        || { rm -f "$server_dir/pwfile"; cat "$server_dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$server_dir/pwfile"

    # Random ports from the dynamic range; another process may grab one between the check
    # and the bind, so a failed start is retried on a fresh port.
    # Tests trade durability for speed; benchmarks (SA_PG_DURABLE=1) keep the defaults, so
    # their commit times include the WAL flush a real server pays.
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ "${SA_PG_DURABLE:-0}" == 1 ]] && durability=""
    local port="" attempt
    for attempt in $(seq 1 20); do
        local candidate=$((20000 + RANDOM % 40000))
        port_in_use "$candidate" && continue
        if as_server_user "$PG_BIN/pg_ctl" -D "$server_dir/data" -l "$server_dir/log" -w -t 30 \
            start -o "-c listen_addresses=127.0.0.1 -p $candidate \
                      -c unix_socket_directories=$server_dir $durability \
                      -c max_connections=200" >/dev/null; then
            port=$candidate
            break
        fi
        grep -q 'could not bind\|could not create listen socket\|Address already in use' \
            "$server_dir/log" 2>/dev/null || { cat "$server_dir/log" >&2; die "server did not start"; }
        : >"$server_dir/log"
    done
    [[ -n "$port" ]] || die "no free port found after 20 attempts"

    # Role setup over the local socket (trust for the postgres account only); the password
    # goes in as a psql variable on stdin.
    as_server_user "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$server_dir" -p "$port" \
        -U "$SUPERUSER" -d postgres >/dev/null <<SQL
\\set app_pw '$app_pw'
CREATE ROLE $APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'app_pw';
CREATE DATABASE $APP_DB OWNER $SUPERUSER ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE $APP_DB FROM PUBLIC;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE $APP_DB TO $APP_ROLE;
SQL

    (umask 077
     printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$APP_ROLE" "$app_pw" >"$dir/pgpass"
     printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$SUPERUSER" "$super_pw" >>"$dir/pgpass")
    chmod 600 "$dir/pgpass"
    cat >"$dir/pg.env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGDATABASE=$APP_DB
PGUSER=$APP_ROLE
SA_PG_SUPERUSER=$SUPERUSER
ENV
    echo "pg-test-server: PostgreSQL on 127.0.0.1:$port, database $APP_DB, role $APP_ROLE"
}

[[ $# -eq 2 ]] || die "usage: $0 start|stop DIR"
case $1 in
    start) start_server "$2" ;;
    stop) stop_server "$2"; remove_state "$2" ;;
    *) die "usage: $0 start|stop DIR" ;;
esac
