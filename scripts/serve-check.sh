#!/usr/bin/env bash
# Checks the README's first command: starts `scripts/serve.sh` in the
# background, waits until the home page, every story page, stories.html,
# studio.html and both wasm files (the pages' and the Studio's) answer 200 on
# http://127.0.0.1:8080, then stops the server by its process group. Any
# failure prints the server's log and exits 1; the server never outlives this
# script. Run by scripts/test.sh first, on a clean clone before anything else
# has created folders.
#
# Env: SERVE_TIMEOUT_S (1800: a fresh clone compiles the debug app first),
#   SERVE_LOG (where the server's output goes; a temporary file by default).
set -euo pipefail
cd "$(dirname "$0")/.."

base=http://127.0.0.1:8080
timeout_s=${SERVE_TIMEOUT_S:-1800}
log=${SERVE_LOG:-$(mktemp -t lagebild-serve.XXXXXX.log)}
say() { printf '[serve-check] %s\n' "$*"; }

if curl -s -o /dev/null --max-time 2 "$base/"; then
  say "something already answers on $base; stop it first (this check must start its own server)"
  exit 1
fi

# Its own process group (setsid), so that stopping it stops Trunk and the
# cargo, wasm-bindgen and prerender processes it started.
setsid bash scripts/serve.sh >"$log" 2>&1 </dev/null &
pid=$!
stop() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
fail() {
  say "FAILED: $*"
  say "server log ($log):"
  sed 's/^/  | /' "$log" || true
  exit 1
}
trap stop EXIT

# The pages the build writes: the home story as index.html, every other story
# of site.toml as <slug>.html, and the story list.
home=$(sed -n 's/^home *= *"\([^"]*\)".*/\1/p' stories/site.toml)
stories=$(sed -n 's/^stories *= *\[\(.*\)\].*/\1/p' stories/site.toml | tr ',' '\n' | tr -d ' "')
paths=("/" "/index.html" "/stories.html" "/studio.html")
for slug in $stories; do
  [ "$slug" = "$home" ] || paths+=("/$slug.html")
done

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$base$1" || true; }

start=$(date +%s)
say "started scripts/serve.sh (process group $pid); waiting for $base/"
while [ "$(status /)" != 200 ]; do
  kill -0 "$pid" 2>/dev/null || fail "scripts/serve.sh exited before it served $base/"
  [ $(( $(date +%s) - start )) -lt "$timeout_s" ] || fail "no answer on $base/ within ${timeout_s} s"
  sleep 3
done
say "$base/ answers after $(( $(date +%s) - start )) s"

page=$(curl -s --max-time 10 "$base/" || true)
case "$page" in
  *"<!--lagebild:app-->"*) fail "/ is Trunk's page without the prerendered explainer (the post_build hook did not run)" ;;
esac
wasm=$(printf '%s' "$page" | grep -o '[A-Za-z0-9_.-]*_bg\.wasm' | head -n 1 || true)
[ -n "$wasm" ] || fail "/ names no wasm file"
paths+=("/$wasm")
# The Studio's own wasm (scripts/studio-build.mjs), named by studio.html.
studio_wasm=$(curl -s --max-time 10 "$base/studio.html" | grep -o 'studio-[0-9a-f]*_bg\.wasm' | head -n 1 || true)
[ -n "$studio_wasm" ] || fail "/studio.html names no wasm file"
paths+=("/$studio_wasm")

bad=0
for path in "${paths[@]}"; do
  code=$(status "$path")
  say "$code $path"
  [ "$code" = 200 ] || bad=1
done
[ "$bad" = 0 ] || fail "not every page answered 200"
say "ok: ${#paths[@]} URLs answer 200; stopping the server"
stop
trap - EXIT
if curl -s -o /dev/null --max-time 2 "$base/"; then
  fail "the server still answers after it was stopped"
fi
say "stopped"
