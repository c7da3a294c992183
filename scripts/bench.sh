#!/usr/bin/env bash
# Prints size and speed figures, ours (dist/) against the peer page
# (tests/bench/peer/: Leaflet + Chart.js), in one invocation: dist/ files
# raw/gzip/brotli, Lighthouse mobile interleaved ours/peer, start-up long tasks
# and "map draggable" at 4x slower CPU, map frames, chart redraw, the static
# page's first layout part by part, parser throughput, then one table `figure | ours | peer | ratio` and the budgets of
# issue 9. Figures, not a test.
#
# Usage: scripts/bench.sh [--build]
#   Uses the existing dist/ only if it is the release build of the current
#   source (its build stamp, scripts/build-stamp.mjs); otherwise, e.g. after
#   `scripts/serve.sh` left a debug build there, says why and runs
#   `trunk build --release` first. --build always rebuilds.
# Env: LH_PAIRS (3), STARTUP_RUNS (5), DRAG_RUNS (5), CPU_SLOWDOWN (4),
#   SKIP_LIGHTHOUSE=1, OURS_READY / OURS_DRAG / OURS_WATCH / OURS_GESTURE (see
#   tests/bench/targets.mjs), LAGEBILD_DIST (measure that build, never build).
# Peer page by hand: node tests/bench/peer.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
build=0
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 64 ;;
  esac
done
bash scripts/setup.sh
source scripts/env.sh
if [ -n "${LAGEBILD_DIST:-}" ]; then
  [ -f "$LAGEBILD_DIST/index.html" ] || { echo "LAGEBILD_DIST=$LAGEBILD_DIST has no index.html" >&2; exit 66; }
  why=$(node scripts/build-stamp.mjs check "$LAGEBILD_DIST") || echo "## note: measuring LAGEBILD_DIST as asked, although $why"
else
  if [ "$build" = 1 ]; then
    echo "## building dist/ with trunk build --release (--build)"
    trunk build --release
  elif ! why=$(node scripts/build-stamp.mjs check dist); then
    echo "## $why: building dist/ with trunk build --release"
    trunk build --release
  fi
  # Never measure anything but what readers get.
  node scripts/build-stamp.mjs check dist
fi
mkdir -p bench-results
rm -f bench-results/lighthouse.json bench-results/startup.json bench-results/draggable.json

failed=()
step() { # step "title" command… : runs one bench, keeps going if it fails
  local title=$1; shift
  echo
  echo "## $title"
  local rc=0
  "$@" || rc=$?
  if [ "$rc" != 0 ]; then
    echo "($title: failed, exit status $rc)"
    failed+=("$title")
  fi
}
step "sizes and Lighthouse, ours vs peer" node tests/bench/bench.mjs
step "start-up tasks under a 4x slower CPU, ours vs peer" node tests/bench/startup.mjs
step "map draggable under a 4x slower CPU, ours vs peer" node tests/bench/draggable.mjs
step "map pan/zoom frames (ours)" node tests/bench/map-frames.mjs
step "chart redraw (ours)" node tests/bench/chart-redraw.mjs
step "first layout of the static page, part by part (ours)" node tests/bench/first-layout.mjs
step "Studio: paste of the Kursk article to preview, 1x and 4x CPU" node tests/bench/studio.mjs
# opt-level 3 (bench-native): the wasm release profile optimises for size instead.
step "parser throughput (native, release)" cargo run -q -p article --profile bench-native --example bench
step "world map assets: sizes (data/world)" node tests/bench/world-sizes.mjs
step "the band in the browser vs native (world map, 1x and 4x CPU)" node tests/bench/band.mjs
step "gazetteer: press forms found, scan speed, asset size" cargo run -q -p gazetteer --profile bench-native --example table
step "summary" node tests/bench/summary.mjs

if [ ${#failed[@]} -gt 0 ]; then
  echo
  echo "failed: ${failed[*]}"
  exit 1
fi
