#!/usr/bin/env bash
# Runs every test: the README's first command (serve.sh answers on a fresh
# clone), formatting, lints, host tests, the parser's wasm build, a release
# build of the app, and the browser specs (Playwright + Chromium) against the
# built dist/. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# First, before any other step creates folders (target/, dist/, results):
# the README's first command must work on a clean clone as it is.
step "scripts/serve.sh serves every page (README's first command)"
bash scripts/serve-check.sh
step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (host, all targets)"
cargo clippy --workspace --all-targets -- -D warnings
step "cargo clippy (wasm: what the browser runs)"
cargo clippy -p lagebild --no-default-features --features live --target wasm32-unknown-unknown -- -D warnings
step "cargo clippy (wasm: the page components with Leptos' client-side renderer, for the Studio)"
cargo clippy -p lagebild --no-default-features --features studio --target wasm32-unknown-unknown -- -D warnings
step "cargo clippy (wasm: the Studio's engine, which renders the preview's parts to HTML in a worker)"
cargo clippy -p lagebild --no-default-features --features engine --target wasm32-unknown-unknown -- -D warnings
step "cargo test (host)"
cargo test --workspace
step "parser, map data, gazetteer, map frame and band compile to wasm32"
cargo check -p article -p mapdata -p gazetteer -p framing -p band --no-default-features --target wasm32-unknown-unknown
step "trunk build --release (the prerender runs as its post_build hook)"
trunk build --release
step "browser specs (playwright-core, Debian Chromium)"
# A hung spec fails after two minutes instead of holding CI until its limit.
node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/
