//! Tests on the COMMITTED asset `data/geo/map.bin`: they need no sources and
//! always run (also in CI).
#![allow(clippy::unwrap_used)]

use geoprep::checks;
use mapdata::asset::{FeatureKind, MapAsset};
use mapdata::codec::{decode, encode};
use std::collections::BTreeSet;

const BYTES: &[u8] = include_bytes!("../../../data/geo/map.bin");

fn asset() -> MapAsset {
    decode(BYTES).unwrap()
}

fn reference() -> serde_json::Value {
    serde_json::from_str(include_str!("fixtures/reference_counts.json")).unwrap()
}

fn strings(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn decodes_and_reencodes_identically() {
    assert_eq!(encode(&asset()), BYTES);
}

#[test]
fn size_beats_the_reference() {
    assert!(BYTES.len() <= 40_000, "{} bytes", BYTES.len());
    let gz = geoprep::gzip_len(BYTES);
    assert!(gz <= 25_000, "{gz} bytes gzip");
}

#[test]
fn region_has_the_28_reference_oblasts_and_belarus() {
    let a = asset();
    let r = reference();
    let oblasts: BTreeSet<String> = a
        .region
        .features
        .iter()
        .filter(|f| f.kind == FeatureKind::Admin1)
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(oblasts, strings(&r["region_adm1_codes"]));
    let focus: BTreeSet<String> = a
        .region
        .features
        .iter()
        .filter(|f| f.focus)
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(focus, strings(&r["focus"]));
    let by = a.region.feature("BY").unwrap();
    assert_eq!(by.kind, FeatureKind::Country);
    assert_eq!(a.region.features.len(), 29);
    for f in &a.region.features {
        assert!(!f.polygons.is_empty(), "{}", f.id);
        assert!(!f.name_de.is_empty() && f.country.len() == 2, "{}", f.id);
    }
}

#[test]
fn focus_oblasts_have_curated_german_labels() {
    let a = asset();
    let de = |id: &str| a.region.feature(id).unwrap().name_de.clone();
    assert_eq!(de("RUS-2362"), "Oblast Kursk");
    assert_eq!(de("RUS-2370"), "Oblast Belgorod");
    assert_eq!(de("RUS-2342"), "Oblast Brjansk");
    assert_eq!(de("UKR-325"), "Oblast Sumy");
    assert_eq!(de("UKR-328"), "Oblast Charkiw");
    assert_eq!(de("UKR-285"), "Oblast Tschernihiw");
    assert_eq!(de("RUS-2366"), "Oblast Orjol");
    assert_eq!(de("RUS-2377"), "Oblast Woronesch");
}

#[test]
fn every_ring_is_closed_and_chained() {
    let a = asset();
    for layer in [&a.region, &a.inset] {
        for f in &layer.features {
            for p in &f.polygons {
                for ring in &p.rings {
                    let pts = layer.ring_points(ring);
                    assert!(pts.len() >= 4, "{}", f.id);
                    assert_eq!(pts.first(), pts.last(), "{}", f.id);
                    // consecutive arcs meet
                    for w in ring.windows(2) {
                        let end = |r: mapdata::asset::ArcRef| {
                            let arc = &layer.arcs[r.index()];
                            if r.reversed() {
                                (arc[arc.len() - 1], arc[0])
                            } else {
                                (arc[0], arc[arc.len() - 1])
                            }
                        };
                        assert_eq!(end(w[0]).1, end(w[1]).0, "{}", f.id);
                    }
                }
            }
        }
    }
}

#[test]
fn neighbours_are_glued() {
    let a = asset();
    assert_eq!(checks::glue_problems(&a.region), Vec::<String>::new());
    assert_eq!(checks::glue_problems(&a.inset), Vec::<String>::new());
    assert!(checks::shared_arc_count(&a.region) >= 60);
    let (sum, union) = checks::sum_and_union_area(&a.region);
    // no overlaps: the union is the sum
    assert!(
        (sum - union).abs() / union < 1e-4,
        "sum {sum} union {union}"
    );
    // no gaps: the features cover the 12° × 7° box
    assert!(
        union > 84.0 * 0.999 && union <= 84.0 + 1e-6,
        "union {union}"
    );
}

#[test]
fn border_is_one_full_resolution_line() {
    let a = asset();
    let r = reference();
    assert_eq!(a.border.len(), 1);
    let line = a.region.line_points(&a.border[0]);
    // from the Belarus tripoint to the box's southern edge
    assert!((line[0][0] - 31.7643).abs() < 1e-3 && (line[0][1] - 52.1006).abs() < 1e-3);
    assert_eq!(line[line.len() - 1][1], 48.0);
    let inner = line
        .iter()
        .filter(|p| p[0] >= 33.0 && p[0] <= 39.0 && p[1] >= 49.5 && p[1] <= 53.5)
        .count() as f64;
    let want = r["border_vertices_inner_box"].as_f64().unwrap();
    assert!((inner - want).abs() / want < 0.05, "{inner} vs {want}");
    // more detailed than the reference's simplified border
    assert!(line.len() as f64 > r["border_vertices_simplified"].as_f64().unwrap());
}

#[test]
fn band_area_within_one_percent() {
    let area = checks::band_area_km2(&asset());
    let want = reference()["band_area_km2"].as_f64().unwrap();
    assert!((area - want).abs() / want < 0.01, "{area} km² vs {want}");
}

#[test]
fn band_inner_edge_is_50_km_from_the_border() {
    let d = checks::inner_edge_distances_km(&asset());
    assert!(d.len() >= 100, "{} samples", d.len());
    let (min, median, max) = checks::stats(&d).unwrap();
    assert!(min >= 49.5 && max <= 50.5, "min {min} max {max}");
    assert!((median - 50.0).abs() < 0.05, "median {median}");
}

#[test]
fn inset_matches_the_reference_countries() {
    let a = asset();
    let r = reference();
    let isos: BTreeSet<String> = a.inset.features.iter().map(|f| f.id.clone()).collect();
    assert_eq!(isos, strings(&r["inset_isos"]));
    let de = |iso: &str| a.inset.feature(iso).unwrap().name_de.clone();
    assert_eq!(de("KP"), "Nordkorea");
    assert_eq!(de("RU"), "Russland");
    assert_eq!(de("UA"), "Ukraine");
    // coarser than the region, comparable to the reference
    let v = a.inset.vertex_count() as f64;
    assert!(v < 2.0 * r["inset_vertices"].as_f64().unwrap(), "{v}");
}

#[test]
fn crimea_is_ukrainian_in_the_inset() {
    let a = asset();
    let ua = checks::feature_geo(&a.inset, a.inset.feature("UA").unwrap());
    let ru = checks::feature_geo(&a.inset, a.inset.feature("RU").unwrap());
    use geo::Contains;
    let simferopol = geo::Point::new(34.10, 44.95);
    assert!(ua.contains(&simferopol));
    assert!(!ru.contains(&simferopol));
}

#[test]
fn cities_from_the_curated_table() {
    let a = asset();
    assert_eq!(a.cities.len(), 10);
    let c = |id: &str| a.cities.iter().find(|c| c.id == id).unwrap().clone();
    let kursk = c("gn:538560");
    assert_eq!(kursk.name_de, "Kursk");
    assert!(kursk.main && !kursk.inset);
    let py = c("gn:1871859");
    assert_eq!(py.name_de, "Pjöngjang");
    assert!(py.inset && !py.main);
    let moscow = c("gn:524901");
    assert!(moscow.main && moscow.inset);
    let donbass = c("region:donbass");
    assert!(donbass.region_label && donbass.population.is_none());
    let d = mapdata::geodesic::distance_km(py.lonlat(), kursk.lonlat());
    assert!((d - 6686.0).abs() < 5.0, "{d}");
}

#[test]
fn svg_paths_for_the_focus_oblasts() {
    use mapdata::projection::{bbox_outline, region_projection, REGION_BBOX};
    let a = asset();
    let p = region_projection().fit_size([800.0, 600.0], bbox_outline(REGION_BBOX, 32));
    for f in a.region.features.iter().filter(|f| f.focus) {
        let d = mapdata::path::rings_path(&a.region.feature_rings(f), |q| p.project(q), 1);
        assert!(d.starts_with('M') && d.ends_with('z'), "{}", f.id);
    }
    let border = mapdata::path::lines_path(&checks::border_points(&a), |q| p.project(q), 1);
    assert!(border.starts_with('M') && !border.contains('z'));
}
