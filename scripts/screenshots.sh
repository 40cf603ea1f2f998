#!/usr/bin/env bash
# Renders every picture the docs show from the real windows and documents, offscreen:
# docs/screenshots (main window, login, hall setup, intake, case view, sync status, conflicts) and docs/documents
# (each printed document, PDF -> PNG). Run after a build; look at each picture afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen ONETRIP_DATA_DIR=$PWD/data ONETRIP_TEST_DATA_DIR=$PWD/tests/data
"$BUILD_DIR/app/onetrip-screenshots"
"$BUILD_DIR/app/printing/onetrip-document-images"
ONETRIP_SCREENSHOT_DIR=$PWD/docs/screenshots "$BUILD_DIR/tests/tst_intake" >/dev/null
echo "screenshots: docs/screenshots docs/documents"
