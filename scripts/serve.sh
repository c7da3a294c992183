#!/usr/bin/env bash
# Builds Lagebild and serves it on http://127.0.0.1:8080 with live reload.
# Pass --release for the optimised build readers get (then without live
# reload). Ready when Trunk prints "server listening at" after its first build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# A release page carries the strict Content-Security-Policy of what readers
# get, which allows its inline scripts by their hashes. Trunk rewrites its
# live-reload script while serving it, so that hash can never match: with
# --release, serve the release page exactly as built and reload by hand.
for arg in "$@"; do
  if [ "$arg" = --release ]; then
    exec trunk serve --no-autoreload "$@"
  fi
done
exec trunk serve "$@"
