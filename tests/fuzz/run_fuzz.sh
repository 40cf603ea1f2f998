#!/usr/bin/env bash
# Builds the libFuzzer target of the sync wire parser (core/sync/SyncWire) with clang, ASan
# and UBSan in a build directory of its own, then fuzzes it over the seed corpus for a while.
# Fails on a crash, a sanitizer report, a hang, or a parse that does not survive its own
# round trip; the input that did it is left in the build directory (crash-*, timeout-*).
#   tests/fuzz/run_fuzz.sh [BUILD_DIR [SECONDS]]     defaults: build/fuzz, 30 (or $FUZZ_SECONDS)
#   FUZZ_SEED=0 FUZZ_SECONDS=600 tests/fuzz/run_fuzz.sh   a longer run on a random seed
# Needs clang and libclang-rt-dev (scripts/install-deps.sh installs them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/fuzz}
seconds=${2:-${FUZZ_SECONDS:-30}}
# A fixed seed by default, so that a CI run fails for a regression, not for a new finding on
# a lucky draw; FUZZ_SEED=0 lets libFuzzer draw one (what longer runs by hand should do).
seed=${FUZZ_SEED:-20261201}
if ! command -v clang++ >/dev/null; then
    echo "run_fuzz.sh: clang++ is not installed; run scripts/install-deps.sh" >&2
    exit 1
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build"

# New inputs go to a scratch corpus; the seeds in the repository stay as they are.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
"$build/fuzz_push" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$here/json.dict" -print_final_stats=1 -artifact_prefix="$build/" \
    "$work" "$here/corpus" || status=$?
if [ "$status" != 0 ]; then
    echo "run_fuzz.sh: the fuzzer found a problem (exit $status); the input is in $build/" >&2
fi
exit "$status"
