//! Both stories' maps from the world assets alone (no hand-made `[map]`
//! beyond the inset's route): the frame, the areas, the band at the
//! article's distance with the area of its definition, and every place the
//! article names on the map.
#![allow(clippy::unwrap_used)]

mod common;

use common::{data, map_of as cut, parse};
use framing::{FrameOverrides, InsetOverrides};
use geoprep::checks;
use mapdata::asset::{FeatureKind, MapAsset};

fn map_of(story: &str, published: &str, overrides: FrameOverrides) -> (MapAsset, article::Article) {
    let text = String::from_utf8(data(&format!("stories/{story}/article.txt"))).unwrap();
    let a = parse(&text, Some(published));
    let (_, asset, gap) = cut(&a, overrides);
    assert_eq!(gap, None);
    (asset, a)
}

fn kursk() -> (MapAsset, article::Article) {
    map_of(
        "kursk-nordkorea",
        "2024-10-30",
        FrameOverrides {
            inset: InsetOverrides {
                route: Some(["gn:1871859".into(), "gn:538560".into()]),
                region: None,
            },
            ..FrameOverrides::default()
        },
    )
}

fn finland() -> (MapAsset, article::Article) {
    map_of("finnland-grenze", "2026-03-13", FrameOverrides::default())
}

#[test]
fn the_frames_focus_and_band_come_from_the_text() {
    let (k, _) = kursk();
    let (f, _) = finland();
    for (a, focus, along, km) in [(&k, "RUS-2362", "UA", 50.0), (&f, "RUS-2336", "FI", 40.0)] {
        assert_eq!(a.meta.focus, focus);
        assert_eq!(
            (
                a.meta.band_inside.as_str(),
                a.meta.band_along.as_str(),
                a.meta.band_km
            ),
            ("RU", along, km)
        );
    }
    // The focus is drawn as an admin-1 area, and so are its neighbours.
    for a in [&k, &f] {
        let focus = a.region.feature(&a.meta.focus).unwrap();
        assert_eq!(focus.kind, FeatureKind::Admin1);
        assert!(focus.focus);
    }
    assert_eq!(
        k.region.feature("UKR-328").unwrap().kind,
        FeatureKind::Admin1
    );
    // Countries the band does not touch are drawn whole.
    assert_eq!(f.region.feature("EE").unwrap().kind, FeatureKind::Country);
}

#[test]
fn the_bands_inner_edge_lies_at_the_articles_distance() {
    for (a, _) in [kursk(), finland()] {
        let d = checks::inner_edge_distances_km(&a);
        assert!(d.len() >= 50, "{} samples", d.len());
        let (min, _, max) = checks::stats(&d).unwrap();
        let km = a.meta.band_km;
        assert!(
            (min - km).abs() <= 0.1 && (max - km).abs() <= 0.1,
            "min {min} max {max} vs {km}"
        );
    }
}

#[test]
fn the_bands_area_agrees_with_a_grid_of_its_definition() {
    for (a, _) in [kursk(), finland()] {
        let c = checks::band_area_check(&a, 0.02);
        assert!(c.relative_difference() <= 0.005, "{c:?}");
    }
}

#[test]
fn every_town_the_article_names_in_the_box_is_on_the_map() {
    for (a, art) in [kursk(), finland()] {
        let b = a.meta.region_bbox;
        for p in art
            .places
            .iter()
            .filter(|p| p.kind == article::PlaceKind::City)
        {
            let inside = p.lon >= b[0] && p.lon <= b[2] && p.lat >= b[1] && p.lat <= b[3];
            let on_map = a.cities.iter().any(|c| c.id == p.id && (c.main || c.inset));
            assert!(
                on_map,
                "{} ({}) not on the map; in box: {inside}",
                p.name, p.id
            );
        }
    }
}

#[test]
fn the_inset_carries_the_route_and_the_distant_capitals() {
    let (k, _) = kursk();
    assert_eq!(
        k.meta.route,
        Some(["gn:1871859".to_string(), "gn:538560".to_string()])
    );
    let inset: Vec<&str> = k
        .cities
        .iter()
        .filter(|c| c.inset)
        .map(|c| c.name_de.as_str())
        .collect();
    for name in ["Pjöngjang", "Kursk", "Moskau", "Kiew"] {
        assert!(inset.contains(&name), "{name} not in {inset:?}");
    }
    assert!(!k.inset.features.is_empty());
}
