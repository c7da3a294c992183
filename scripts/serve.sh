#!/usr/bin/env bash
# Builds Lagebild and serves it on http://127.0.0.1:8080 with live reload.
# Pass --release for an optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec trunk serve "$@"
