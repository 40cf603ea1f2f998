#!/usr/bin/env bash
# Builds (optimised) and runs the benchmark programs; the figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
B=${BUILD_DIR:-build}
echo "== catalog search (20,000 items) =="
"$B/tests/bench/onetrip-bench-catalog" "$@"
echo
echo "== cold start to the login window =="
QT_QPA_PLATFORM=offscreen "$B/tests/bench/onetrip-bench-startup" "$B/app/onetrip" \
    "$B/tests/bench/onetrip-bench-bare-dialog" --runs 20
echo
echo "== intake rules (checklist, verdict) =="
"$B/tests/bench/onetrip-bench-intake"
echo
echo "== receipt to PDF =="
QT_QPA_PLATFORM=offscreen "$B/tests/bench/onetrip-bench-documents"
echo
echo "== sync: onetrip-server on a throwaway PostgreSQL beside raw libpq (a few minutes) =="
BUILD_DIR="$B" bash tests/bench/run_sync_bench.sh
