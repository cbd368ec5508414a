#!/usr/bin/env bash
# The browser tests drive the system Chromium (Playwright cannot download its own here).
# Installs Debian's package when it is missing and we may; otherwise says what to do.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium from Debian's packages for the browser tests…"
  apt-get update -qq && apt-get install -y -qq chromium
else
  echo "The browser tests need Chromium at /usr/bin/chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) and run npm test again." >&2
  exit 1
fi
