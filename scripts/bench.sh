#!/usr/bin/env bash
# Prints size and speed figures: dist/ files raw/gzip/brotli, the first view's
# transfer, Lighthouse mobile (median of 3), parser throughput. Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release
mkdir -p bench-results
node tests/bench/bench.mjs
echo
echo "## start-up tasks under a 4x slower CPU"
node tests/bench/startup.mjs
echo
echo "## map pan/zoom frames"
node tests/bench/map-frames.mjs
echo
echo "## chart redraw"
node tests/bench/chart-redraw.mjs
echo
echo "## parser throughput (native, release)"
# opt-level 3 (bench-native): the wasm release profile optimises for size instead.
cargo run -q -p article --profile bench-native --example bench
