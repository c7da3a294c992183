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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cities() -> PathBuf {
    root().join("data/cities_de.csv")
}

#[test]
fn full_resolution_kursk_border_matches_the_reference_counts() {
    let Some(dir) = sources_dir() else { return };
    let ru = geoprep::sources::read_admin1(&dir.join("rus.json")).unwrap();
    let ua = geoprep::sources::read_admin1(&dir.join("ukr.json")).unwrap();
    let lines = geoprep::band::border_lines(&ru, &ua);
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
fn finnish_russian_border_needs_noding() {
    let Some(dir) = sources_dir() else { return };
    let mut ru = geoprep::sources::read_admin1(&dir.join("rus.json")).unwrap();
    let mut fi = geoprep::sources::read_admin1(&dir.join("fin.json")).unwrap();
    let before = geoprep::band::border_lines(&ru, &fi);
    assert!(before.len() > 1, "exactly shared edges form pieces only");
    assert!(geoprep::band::node(&mut ru, &fi) > 0);
    assert!(geoprep::band::node(&mut fi, &ru) > 0);
    let after = geoprep::band::border_lines(&ru, &fi);
    // one line from the Norwegian tripoint to the Gulf of Finland
    assert_eq!(after.len(), 1);
    let l = &after[0];
    assert!(
        l[0][1] > 69.0 && l[l.len() - 1][1] < 60.6,
        "{:?} {:?}",
        l[0],
        l[l.len() - 1]
    );
}

#[test]
fn german_city_labels_are_geonames_alternate_names() {
    let Some(dir) = sources_dir() else { return };
    let path = dir.join("cities5000.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: no {}", path.display());
        return;
    };
    let geonames: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = geoprep::sources::read_cities(&cities()).unwrap();
    let csv = std::fs::read_to_string(cities()).unwrap();
    for (row, line) in rows.iter().zip(csv.lines().skip(1)) {
        let Some(id) = row.geonameid else { continue };
        let g = &geonames[id.to_string()];
        let name = g["name"].as_str().unwrap();
        let alt: Vec<&str> = g["alternatenames"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert!(
            name == row.name_de || alt.contains(&row.name_de.as_str()),
            "{}: not a GeoNames name of {id}",
            row.name_de
        );
        assert_eq!(line.split(',').nth(2), Some(name), "{id}");
        assert_eq!(
            g["countrycode"].as_str(),
            Some(row.country.as_str()),
            "{id}"
        );
        assert!(
            (g["latitude"].as_f64().unwrap() - row.lat).abs() < 1e-6,
            "{id}"
        );
        assert!(
            (g["longitude"].as_f64().unwrap() - row.lon).abs() < 1e-6,
            "{id}"
        );
        assert_eq!(g["population"].as_u64(), row.population, "{id}");
    }
}

#[test]
fn rebuilding_reproduces_the_committed_world_assets() {
    let Some(dir) = sources_dir() else { return };
    if !dir.join(geoprep::WORLD_ADMIN1).exists() {
        eprintln!(
            "skipped: no {} (run fetch-sources.sh)",
            geoprep::WORLD_ADMIN1
        );
        return;
    }
    let world = geoprep::prepare_world(&dir).unwrap();
    let out = root().join("data/world");
    let files = world.files();
    for (name, bytes) in &files {
        let committed = std::fs::read(out.join(name)).unwrap_or_default();
        assert!(
            *bytes == committed,
            "data/world/{name} is stale: regenerate it"
        );
    }
    let built: std::collections::BTreeSet<&str> = files.iter().map(|f| f.0.as_str()).collect();
    for e in std::fs::read_dir(out.join("admin1")).unwrap() {
        let name = format!("admin1/{}", e.unwrap().file_name().to_string_lossy());
        assert!(
            built.contains(name.as_str()),
            "data/world/{name} is no longer built"
        );
    }
}
