#!/usr/bin/env bash
# One command: install what is needed, build, and start the clerk application with demo
# data on the embedded SQLite store. Run as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
STORE=${ONETRIP_STORE:-$HOME/.local/share/onetrip/demo.sqlite}
args=(--store "$STORE" --demo)
echo "OneTrip: demo store $STORE — log in as clerk01, agent01 or super01 with password 'demo'."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting on a virtual X display (xvfb-run). Press Ctrl+C to stop." >&2
    exec xvfb-run -a build/app/onetrip "${args[@]}"
fi
exec build/app/onetrip "${args[@]}"
