//! Tests that need the raw sources (fetched by `fetch-sources.sh` into
//! `crates/geoprep/.sources/`, or the directory in `GEOPREP_SOURCES`).
//! Without them they pass vacuously with a note, since CI has no sources.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

fn sources_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GEOPREP_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".sources"));
    if dir.join("rus.json").exists() && dir.join(geoprep::WHEEL).exists() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: no sources in {} (run fetch-sources.sh)",
            dir.display()
        );
        None
    }
}

fn cities() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/cities_de.csv")
}

#[test]
fn full_resolution_border_matches_the_reference_counts() {
    let Some(dir) = sources_dir() else { return };
    let s = geoprep::load_sources(&dir, &cities()).unwrap();
    let lines = geoprep::band::border_lines(&s.ru, &s.ua);
    let pts: std::collections::BTreeSet<(u64, u64)> = lines
        .iter()
        .flatten()
        .map(|p| (p[0].to_bits(), p[1].to_bits()))
        .collect();
    assert_eq!(pts.len(), 571);
    let inner = lines
        .iter()
        .flatten()
        .filter(|p| p[0] >= 33.0 && p[0] <= 39.0 && p[1] >= 49.5 && p[1] <= 53.5)
        .count();
    assert_eq!(inner, 315);
}

#[test]
fn rebuilding_reproduces_the_committed_asset() {
    let Some(dir) = sources_dir() else { return };
    let s = geoprep::load_sources(&dir, &cities()).unwrap();
    let (asset, _) = geoprep::pipeline::build(&s).unwrap();
    let committed = include_bytes!("../../../data/geo/map.bin");
    assert!(
        mapdata::codec::encode(&asset) == committed,
        "map.bin is stale: regenerate it"
    );
}
