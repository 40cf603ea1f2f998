#!/usr/bin/env bash
# Installs everything OneTrip needs to build, run and test on Debian 12 (run as root).
# Safe to run again: apt-get skips what is already there.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
    echo "install-deps.sh: run as root (apt-get needs it)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config git \
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev \
    libqt6sql6-sqlite libqt6sql6-psql \
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    libicu-dev libqrencode-dev libsodium-dev \
    libmicrohttpd-dev libpq-dev openssl postgresql \
    qtkeychain-qt6-dev gnome-keyring dbus-daemon libsecret-1-0 \
    fonts-wqy-microhei poppler-utils sqlite3 python3 \
    xvfb xauth clang-format clang libclang-rt-dev >/dev/null
