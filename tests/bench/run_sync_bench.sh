#!/usr/bin/env bash
# The sync figures of docs/performance.md ("Sync (issue 7)"): starts a throwaway PostgreSQL 15
# cluster (tests/integration/pg_cluster.sh, its own directory and port; fsync and
# synchronous_commit stay on), runs onetrip-bench-sync against it (the benchmark starts the
# real onetrip-server itself), and removes the cluster again.
#   tests/bench/run_sync_bench.sh [BENCH OPTIONS]     e.g. --batches 20; see --help
# BUILD_DIR (default build) holds the built benchmark; PG_PORT (default 55440) the port asked for.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=${BUILD_DIR:-build}
bench="$B/tests/bench/onetrip-bench-sync"
[ -x "$bench" ] || { echo "run_sync_bench.sh: build first (cmake --build $B --target onetrip-bench-sync)" >&2; exit 1; }
dir="$(realpath "$B")/tests/bench/sync-pg"
trap 'bash tests/integration/pg_cluster.sh stop "$dir"' EXIT
bash tests/integration/pg_cluster.sh start "$dir" "${PG_PORT:-55440}" >&2
port=$(cat "$dir/port")
"$bench" --pg "postgresql://postgres@127.0.0.1:$port/postgres" "$@"
