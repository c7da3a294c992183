//! Tests on the COMMITTED assets `stories/<slug>/map.bin`: they need no
//! sources and always run (also in CI).
#![allow(clippy::unwrap_used)]

use geoprep::checks;
use mapdata::asset::{FeatureKind, MapAsset};
use mapdata::codec::{decode, encode};
use std::collections::BTreeSet;
use std::path::PathBuf;

const KURSK: &[u8] = include_bytes!("../../../stories/kursk-nordkorea/map.bin");
const FINLAND: &[u8] = include_bytes!("../../../stories/finnland-grenze/map.bin");

fn kursk() -> MapAsset {
    decode(KURSK).unwrap()
}

fn finland() -> MapAsset {
    decode(FINLAND).unwrap()
}

fn story_dir(slug: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../stories")
        .join(slug)
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

fn ids(a: &MapAsset, kind: FeatureKind) -> BTreeSet<String> {
    a.region
        .features
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.id.clone())
        .collect()
}

// --- both assets

#[test]
fn decode_and_reencode_identically() {
    for bytes in [KURSK, FINLAND] {
        assert_eq!(encode(&decode(bytes).unwrap()), bytes);
    }
}

#[test]
fn sizes_stay_small() {
    for bytes in [KURSK, FINLAND] {
        assert!(bytes.len() <= 40_000, "{} bytes", bytes.len());
        let gz = geoprep::gzip_len(bytes);
        assert!(gz <= 25_000, "{gz} bytes gzip");
    }
}

#[test]
fn meta_agrees_with_story_toml_and_article() {
    for (slug, a) in [("kursk-nordkorea", kursk()), ("finnland-grenze", finland())] {
        let dir = story_dir(slug);
        let map = geoprep::story::read_story_map(&dir).unwrap();
        let text = std::fs::read_to_string(dir.join("article.txt")).unwrap();
        let km = geoprep::story::band_km(&article::parse(&text)).unwrap();
        let m = &a.meta;
        assert_eq!(m.region_bbox, map.region, "{slug}");
        assert_eq!(m.inset_bbox, map.inset.as_ref().map(|i| i.region), "{slug}");
        assert_eq!(m.route, map.inset.and_then(|i| i.route), "{slug}");
        assert_eq!(m.focus, map.focus, "{slug}");
        assert_eq!(m.band_km, km, "{slug}");
        let focus: Vec<&str> = a
            .region
            .features
            .iter()
            .filter(|f| f.focus)
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(focus, [m.focus.as_str()], "{slug}");
        for id in m.route.iter().flatten() {
            let c = a.cities.iter().find(|c| &c.id == id).unwrap();
            assert!(c.inset, "{slug}: route end {id} not on the inset");
        }
    }
}

#[test]
fn every_ring_is_closed_and_chained() {
    for a in [kursk(), finland()] {
        for layer in [&a.region, &a.inset] {
            for f in &layer.features {
                assert!(!f.polygons.is_empty(), "{}", f.id);
                assert!(!f.name_de.is_empty() && f.country.len() == 2, "{}", f.id);
                for p in &f.polygons {
                    for ring in &p.rings {
                        let pts = layer.ring_points(ring);
                        assert!(pts.len() >= 4, "{}", f.id);
                        assert_eq!(pts.first(), pts.last(), "{}", f.id);
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
}

#[test]
fn neighbours_are_glued_without_overlaps() {
    for a in [kursk(), finland()] {
        assert_eq!(checks::glue_problems(&a.region), Vec::<String>::new());
        assert_eq!(checks::glue_problems(&a.inset), Vec::<String>::new());
        let (sum, union) = checks::sum_and_union_area(&a.region);
        assert!(
            (sum - union).abs() / union < 1e-4,
            "sum {sum} union {union}"
        );
    }
}

#[test]
fn band_inner_edge_lies_at_the_articles_distance() {
    for a in [kursk(), finland()] {
        let d = checks::inner_edge_distances_km(&a);
        assert!(d.len() >= 100, "{} samples", d.len());
        let (min, _, max) = checks::stats(&d).unwrap();
        let km = a.meta.band_km;
        let tol = checks::INNER_EDGE_TOLERANCE_KM;
        assert!(
            (min - km).abs() <= tol && (max - km).abs() <= tol,
            "min {min} max {max} vs {km}"
        );
    }
}

#[test]
fn band_area_agrees_with_its_definition() {
    // A coarser grid than the tool's (0.01°) keeps the debug test quick.
    for a in [kursk(), finland()] {
        let c = checks::band_area_check(&a, 0.02);
        assert!(
            c.relative_difference() <= checks::BAND_AREA_TOLERANCE,
            "{c:?}"
        );
        // the grid sample of the band (cells on the mean-radius sphere)
        // agrees with its geodesic area on the WGS84 ellipsoid, which is
        // up to ~0.6 % larger at 60° N
        let sampled = c.band_cells_km2 + c.excluded_band_km2;
        assert!((sampled - c.band_km2).abs() / c.band_km2 < 0.01, "{c:?}");
    }
}

#[test]
fn admin1_areas_have_curated_german_labels() {
    for a in [kursk(), finland()] {
        for f in a
            .region
            .features
            .iter()
            .filter(|f| f.kind == FeatureKind::Admin1)
        {
            assert_eq!(
                geoprep::names::curated(&f.id),
                Some(f.name_de.as_str()),
                "{}",
                f.id
            );
        }
    }
}

// --- Kursk: the reference figures

#[test]
fn kursk_region_has_the_28_reference_oblasts_and_belarus() {
    let a = kursk();
    let r = reference();
    assert_eq!(
        ids(&a, FeatureKind::Admin1),
        strings(&r["region_adm1_codes"])
    );
    assert_eq!(
        ids(&a, FeatureKind::Country),
        BTreeSet::from(["BY".to_string()])
    );
    let de = |id: &str| a.region.feature(id).unwrap().name_de.clone();
    assert_eq!(de("RUS-2362"), "Oblast Kursk");
    assert_eq!(de("RUS-2366"), "Oblast Orjol");
    assert_eq!(de("UKR-328"), "Oblast Charkiw");
    assert_eq!(de("BY"), "Belarus");
    assert_eq!(a.meta.band_inside, "RU");
    assert_eq!(a.meta.band_along, "UA");
    assert_eq!(a.meta.band_km, 50.0);
}

#[test]
fn kursk_features_cover_the_box() {
    let (_, union) = checks::sum_and_union_area(&kursk().region);
    assert!(
        union > 84.0 * 0.999 && union <= 84.0 + 1e-6,
        "union {union}"
    );
}

#[test]
fn kursk_border_is_one_full_resolution_line() {
    let a = kursk();
    let r = reference();
    assert_eq!(a.border.len(), 1);
    let line = a.region.line_points(&a.border[0]);
    assert_eq!(line.len(), 502);
    // from the Belarus tripoint to the box's southern edge
    assert!((line[0][0] - 31.7643).abs() < 1e-3 && (line[0][1] - 52.1006).abs() < 1e-3);
    assert_eq!(line[line.len() - 1][1], 48.0);
    let inner = line
        .iter()
        .filter(|p| p[0] >= 33.0 && p[0] <= 39.0 && p[1] >= 49.5 && p[1] <= 53.5)
        .count() as f64;
    let want = r["border_vertices_inner_box"].as_f64().unwrap();
    assert!((inner - want).abs() / want < 0.05, "{inner} vs {want}");
}

#[test]
fn kursk_band_area_within_one_percent_of_the_reference() {
    let area = checks::band_area_km2(&kursk());
    let want = reference()["band_area_km2"].as_f64().unwrap();
    assert!((area - want).abs() / want < 0.01, "{area} km² vs {want}");
}

#[test]
fn kursk_inset_matches_the_reference_countries() {
    let a = kursk();
    let r = reference();
    let isos: BTreeSet<String> = a.inset.features.iter().map(|f| f.id.clone()).collect();
    assert_eq!(isos, strings(&r["inset_isos"]));
    assert_eq!(a.inset.feature("KP").unwrap().name_de, "Nordkorea");
    let v = a.inset.vertex_count() as f64;
    assert!(v < 2.0 * r["inset_vertices"].as_f64().unwrap(), "{v}");
}

#[test]
fn kursk_crimea_is_ukrainian_in_the_inset() {
    use geo::Contains;
    let a = kursk();
    let ua = checks::feature_geo(&a.inset, a.inset.feature("UA").unwrap());
    let ru = checks::feature_geo(&a.inset, a.inset.feature("RU").unwrap());
    let simferopol = geo::Point::new(34.10, 44.95);
    assert!(ua.contains(&simferopol));
    assert!(!ru.contains(&simferopol));
}

#[test]
fn kursk_cities_follow_the_rule() {
    let a = kursk();
    let c = |id: &str| a.cities.iter().find(|c| c.id == id).cloned();
    // in the box: on the main map
    let kursk = c("gn:538560").unwrap();
    assert!(kursk.main && kursk.inset, "route end");
    assert!(c("gn:486816").unwrap().main);
    // route end and capital outside the box: inset only
    let py = c("gn:1871859").unwrap();
    assert!(py.inset && !py.main);
    let moscow = c("gn:524901").unwrap();
    assert!(moscow.inset && !moscow.main);
    // mentioned in the article, outside the box
    assert!(c("gn:1816670").unwrap().inset);
    // a region label the article mentions
    let donbass = c("region:donbass").unwrap();
    assert!(donbass.region_label && donbass.main && donbass.population.is_none());
    // the Finland story's cities are not in the Kursk asset
    assert!(c("gn:470546").is_none());
    let d = mapdata::geodesic::distance_km(py.lonlat(), kursk.lonlat());
    assert!((d - 6686.0).abs() < 5.0, "{d}");
}

#[test]
fn kursk_svg_paths_for_the_focus_and_the_border() {
    use mapdata::projection::{bbox_outline, region_projection};
    let a = kursk();
    let b = a.meta.region_bbox;
    let p = region_projection(b).fit_size([800.0, 600.0], bbox_outline(b, 32));
    for f in a.region.features.iter().filter(|f| f.focus) {
        let d = mapdata::path::rings_path(&a.region.feature_rings(f), |q| p.project(q), 1);
        assert!(d.starts_with('M') && d.ends_with('z'), "{}", f.id);
    }
    let border = mapdata::path::lines_path(&checks::border_points(&a), |q| p.project(q), 1);
    assert!(border.starts_with('M') && !border.contains('z'));
}

// --- Finland

#[test]
fn finland_region_has_russian_and_finnish_areas_and_estonia() {
    let a = finland();
    let admin1 = ids(&a, FeatureKind::Admin1);
    for id in [
        "RUS-2336", "RUS-2337", "RUS-2353", "FIN-3188", "FIN-3187", "FIN-3193",
    ] {
        assert!(admin1.contains(id), "{id}");
    }
    assert_eq!(
        ids(&a, FeatureKind::Country),
        BTreeSet::from(["EE".to_string()])
    );
    let leningrad = a.region.feature("RUS-2336").unwrap();
    assert_eq!(leningrad.name_en, "Leningrad");
    assert_eq!(leningrad.name_de, "Oblast Leningrad");
    assert!(leningrad.focus);
    assert_eq!(a.meta.band_inside, "RU");
    assert_eq!(a.meta.band_along, "FI");
    assert_eq!(a.meta.band_km, 40.0);
    assert_eq!(a.meta.route, None);
}

#[test]
fn finland_border_runs_from_the_gulf_to_the_box_edge() {
    let a = finland();
    assert_eq!(a.border.len(), 1);
    let line = a.region.line_points(&a.border[0]);
    let (first, last) = (line[0], line[line.len() - 1]);
    // northernmost end first: the box's northern edge, then south to the
    // Gulf of Finland near Vaalimaa
    assert_eq!(first[1], 64.0);
    assert!(
        (last[0] - 27.8079).abs() < 1e-3 && (last[1] - 60.553).abs() < 1e-3,
        "{last:?}"
    );
}

#[test]
fn finland_cities_include_the_articles_places() {
    let a = finland();
    let c = |name: &str| a.cities.iter().find(|c| c.name_de == name).cloned();
    for name in [
        "Helsinki",
        "Wyborg",
        "Sankt Petersburg",
        "Petrosawodsk",
        "Lappeenranta",
        "Imatra",
        "Swetogorsk",
    ] {
        assert!(c(name).unwrap().main, "{name}");
    }
    // Helsinki: capital of a band country, so on the inset too
    assert!(c("Helsinki").unwrap().inset);
    // Moskau: outside the box, named in the article
    let moscow = c("Moskau").unwrap();
    assert!(moscow.inset && !moscow.main);
    assert!(c("Kursk").is_none() && c("Donbass").is_none());
}
