#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the integration tests (ctest fixture "postgres").
#   pg_cluster.sh start DIR PORT   initdb as an unprivileged user, start, wait until ready
#   pg_cluster.sh stop DIR         stop and remove it
# fsync stays on: the sync tests kill processes and must see what PostgreSQL really kept.
set -euo pipefail
cmd=$1 dir=$2
bin=/usr/lib/postgresql/15/bin
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    port=$3
    [ -x "$bin/initdb" ] || { echo "pg_cluster.sh: PostgreSQL 15 is not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"; mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown nobody: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # The port asked for, or the next free one (another checkout's tests may hold it); the
    # tests read the one taken from $dir/port.
    for try in $(seq 0 20); do
        p=$((port + try))
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
            -o "-k $dir -p $p -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null; then
            echo "$p" > "$dir/port"
            echo "postgres ready on 127.0.0.1:$p ($dir)"
            exit 0
        fi
        grep -q "Address already in use" "$dir/log" || break
    done
    cat "$dir/log" >&2
    exit 1
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
*) echo "usage: pg_cluster.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
