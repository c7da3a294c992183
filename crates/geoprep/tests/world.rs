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
