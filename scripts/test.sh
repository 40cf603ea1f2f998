#!/usr/bin/env bash
# One command: install what is needed, build everything with warnings as errors, and run
# the whole test suite (unit, GUI offscreen, command line). Run as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --timeout 600 -j2
