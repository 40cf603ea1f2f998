#!/usr/bin/env bash
# Runs a command inside a fresh D-Bus session with an unlocked gnome-keyring (Secret Service),
# in a throwaway HOME: the real keychain, headless (docs: TOOLCHAIN.md, QtKeychain on Linux).
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_RUNTIME_DIR=$home
exec dbus-run-session -- sh -c 'echo -n onetrip-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
