#!/usr/bin/env bash
# Serves the static export with nginx and scripts/nginx/postmortems.conf, the
# config the README shows, in the foreground and without root: pid file, logs
# and temporary files live in a scratch folder. Used by `npm run serve:export`,
# the browser tests of the export and the load bench.
#   scripts/nginx/serve-export.sh [folder (out)]   PORT (3101) and HOST (127.0.0.1)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
root=$(cd "${1:-$repo/out}" && pwd)
port=${PORT:-3101}
host=${HOST:-127.0.0.1}
nginx=${NGINX:-/usr/sbin/nginx}

if [ ! -x "$nginx" ]; then
  echo "nginx is missing: apt-get install -y nginx (or set NGINX to its path)" >&2
  exit 1
fi
# Debian's modules-enabled name it relative to nginx's prefix, which is the scratch folder here.
brotli_static=${NGINX_MODULES:-/usr/lib/nginx/modules}/ngx_http_brotli_static_module.so
if [ ! -f "$brotli_static" ]; then
  echo "nginx's Brotli module is missing: apt-get install -y libnginx-mod-http-brotli-static (or set NGINX_MODULES to its folder)" >&2
  exit 1
fi
if [ ! -f "$root/index.html" ]; then
  echo "no static export in $root: run npm run export first" >&2
  exit 1
fi

scratch="${TMPDIR:-/tmp}/postmortems-nginx-$port"
rm -rf "$scratch"
mkdir -p "$scratch"

cat >"$scratch/nginx.conf" <<EOF
load_module $brotli_static;
daemon off;
worker_processes auto;
pid $scratch/nginx.pid;
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  log_not_found off;
  client_body_temp_path $scratch/client_body;
  proxy_temp_path $scratch/proxy;
  fastcgi_temp_path $scratch/fastcgi;
  uwsgi_temp_path $scratch/uwsgi;
  scgi_temp_path $scratch/scgi;
  server {
    listen $host:$port;
    root $root;
    include $repo/scripts/nginx/postmortems.conf;
  }
}
EOF

echo "Static export from $root on http://$host:$port (nginx)"
exec "$nginx" -e stderr -p "$scratch" -c "$scratch/nginx.conf"
