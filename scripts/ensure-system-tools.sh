#!/usr/bin/env bash
# The browser tests drive the system Chromium (Playwright cannot download its own here),
# and the export's browser tests serve out/ with Debian's nginx and its Brotli module; the
# offline build test runs `next build` in a network namespace of its own (unshare, from
# util-linux) and brings up its loopback with ip (iproute2).
#   scripts/ensure-system-tools.sh chromium [nginx] [unshare] [ip]
# Installs Debian's package for each one missing when we may; otherwise says what to do.
set -euo pipefail
missing=()
for tool in "$@"; do
  case "$tool" in
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    nginx)
      [ -x /usr/sbin/nginx ] || missing+=(nginx)
      [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
      ;;
    unshare) command -v unshare >/dev/null || missing+=(util-linux) ;;
    ip) command -v ip >/dev/null || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || missing+=(iproute2) ;;
    *) echo "unknown tool: $tool" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages for the tests…"
  apt-get update -qq && apt-get install -y -qq "${missing[@]}"
else
  echo "The tests need ${missing[*]}: install it (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run npm test again." >&2
  exit 1
fi
