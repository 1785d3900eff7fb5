#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the test suite.
#
#   pg-test-server.sh start DIR [--tls]
#                                 initdb + start on a free 127.0.0.1 port; writes DIR/pg.env
#                                 and DIR/pgpass (0600) for libpq's PGPASSFILE
#   pg-test-server.sh stop DIR    pg_ctl -m fast stop, then removes the server and DIR
#
# --tls: the server speaks TLS only (ssl=on; pg_hba has `hostssl` and no `host` line, so a
# connection without TLS is refused), with a certificate for IP:127.0.0.1 and DNS:localhost
# signed by a throwaway CA made here with openssl. pg.env then names SA_PG_SSLROOTCERT (that
# CA) and SA_PG_WRONG_SSLROOTCERT (another CA, which signed nothing), and pgpass also has
# `localhost` lines for verify-full by name. Keys and certificates are 0600, owned by the
# server's account, inside the server directory, and go with it; the CA keys are deleted as
# soon as they have signed.
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

# The throwaway CA, the server's key and certificate, and an unrelated CA, in $1 (created).
# EC P-256 keys: the whole set takes a few milliseconds.
make_tls_files() {
    local tls_dir=$1
    command -v openssl >/dev/null || die "openssl not found (install the Debian package openssl)"
    local new_ec_key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    local ca_extensions=(-addext basicConstraints=critical,CA:TRUE
                         -addext keyUsage=critical,keyCertSign,cRLSign)
    (
        umask 077
        mkdir -- "$tls_dir"
        cd -- "$tls_dir"
        printf '%s\n' 'subjectAltName=IP:127.0.0.1,DNS:localhost' \
            'basicConstraints=critical,CA:FALSE' 'keyUsage=critical,digitalSignature' \
            'extendedKeyUsage=serverAuth' >server.ext
        openssl req -x509 "${new_ec_key[@]}" -days 2 -subj "/CN=Snapshot Auditor test CA" \
            "${ca_extensions[@]}" -keyout ca.key -out ca.crt
        openssl req -new "${new_ec_key[@]}" -subj "/CN=localhost" -keyout server.key -out server.csr
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -days 2 -extfile server.ext \
            -out server.crt
        openssl req -x509 "${new_ec_key[@]}" -days 2 -subj "/CN=Snapshot Auditor wrong test CA" \
            "${ca_extensions[@]}" -keyout wrong-ca.key -out wrong-ca.crt
        rm -f ca.key wrong-ca.key server.csr server.ext
    ) >"$tls_dir.log" 2>&1 || { cat "$tls_dir.log" >&2; die "making the TLS certificates failed"; }
    rm -f -- "$tls_dir.log"
    if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$tls_dir"; fi
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
    local dir=$1 tls=$2
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

    local tls_options=""
    if [[ "$tls" == 1 ]]; then
        make_tls_files "$server_dir/tls"
        tls_options="-c ssl=on -c ssl_cert_file=$server_dir/tls/server.crt \
                     -c ssl_key_file=$server_dir/tls/server.key"
        # Over TCP only with TLS; the Unix socket (in the 0700 server directory) for the set-up.
        cat >"$server_dir/data/pg_hba.conf" <<HBA
local    all  all                 trust
hostssl  all  all  127.0.0.1/32   scram-sha-256
HBA
    fi

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
                      -c max_connections=200 $tls_options" >/dev/null; then
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
     printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$SUPERUSER" "$super_pw" >>"$dir/pgpass"
     if [[ "$tls" == 1 ]]; then
         printf 'localhost:%s:*:%s:%s\n' "$port" "$APP_ROLE" "$app_pw" >>"$dir/pgpass"
     fi)
    chmod 600 "$dir/pgpass"
    cat >"$dir/pg.env" <<ENV
PGHOST=127.0.0.1
PGPORT=$port
PGDATABASE=$APP_DB
PGUSER=$APP_ROLE
SA_PG_SUPERUSER=$SUPERUSER
ENV
    if [[ "$tls" == 1 ]]; then
        printf 'SA_PG_SSLROOTCERT=%s\nSA_PG_WRONG_SSLROOTCERT=%s\n' \
            "$server_dir/tls/ca.crt" "$server_dir/tls/wrong-ca.crt" >>"$dir/pg.env"
    fi
    echo "pg-test-server: PostgreSQL on 127.0.0.1:$port, database $APP_DB, role $APP_ROLE$(
        [[ "$tls" == 1 ]] && echo ", TLS only")"
}

usage="usage: $0 start DIR [--tls] | stop DIR"
case "$#:${1:-}:${3:-}" in
    2:start:) start_server "$2" 0 ;;
    3:start:--tls) start_server "$2" 1 ;;
    2:stop:) stop_server "$2"; remove_state "$2" ;;
    *) die "$usage" ;;
esac
