#!/usr/bin/env bash
# Configures and builds OneTrip into build/ (Release with debug info, warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DONETRIP_WERROR=ON "$@" >/dev/null
cmake --build "$BUILD_DIR"
