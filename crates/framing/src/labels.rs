//! The towns to label: the article's own towns in the box by first
//! mention; then, of the towns the caller offers, the largest of each
//! admin-1 area the article names ("Region Kursk" → Kursk), then the rest
//! by population, each at least [`MIN_GAP_KM`] from those before.

use crate::bbox::BBox;
use crate::input::{Kind, NamedPlace};
use gazetteer::lookup::distance_km;
use std::collections::HashMap;

/// The most towns labelled on the main map.
pub const MAX_LABELS: usize = 8;

/// An offered town this near a label already chosen is left out (a city
/// district, a suburb); the article's own towns are always kept.
pub const MIN_GAP_KM: f64 = 25.0;

/// A town to label.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The gazetteer id.
    pub id: String,
    /// The German label.
    pub text: String,
    /// Longitude.
    pub lon: f64,
    /// Latitude.
    pub lat: f64,
    /// Inhabitants.
    pub population: u32,
    /// True if the article names it.
    pub named: bool,
}

fn label(p: &NamedPlace, named: bool) -> Label {
    Label {
        id: p.id.clone(),
        text: p.label.clone(),
        lon: p.lon,
        lat: p.lat,
        population: p.population,
        named,
    }
}

/// At most [`MAX_LABELS`] towns in `region`: `named` (the article's) by
/// first mention, then `offered` (see the module docs; larger first, then
/// by id).
pub fn labels(named: &[NamedPlace], offered: &[NamedPlace], region: BBox) -> Vec<Label> {
    let town =
        |p: &&NamedPlace| p.kind == Kind::City && p.on_globe() && region.contains(p.lon, p.lat);
    let mut own: Vec<&NamedPlace> = named.iter().filter(town).collect();
    own.sort_by_key(|p| p.first);
    let mut more: Vec<&NamedPlace> = offered.iter().filter(town).collect();
    more.sort_by(|a, b| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    // The areas the article names itself, in text order.
    let mut areas: Vec<(&str, usize)> = named
        .iter()
        .filter(|p| p.kind == Kind::Region)
        .filter_map(|p| Some((p.area.as_ref()?.code.as_str(), p.first)))
        .collect();
    areas.sort_by_key(|a| a.1);
    // The largest offered town of each area.
    let mut largest: HashMap<&str, &NamedPlace> = HashMap::new();
    for t in &more {
        if let Some(a) = &t.area {
            largest.entry(a.code.as_str()).or_insert(t);
        }
    }
    let capitals = areas
        .iter()
        .filter_map(|(code, _)| largest.get(code).copied());
    let mut out: Vec<Label> = Vec::new();
    for p in own {
        if out.len() < MAX_LABELS && !out.iter().any(|l| l.id == p.id) {
            out.push(label(p, true));
        }
    }
    for p in capitals.chain(more.iter().copied()) {
        let crowded = out
            .iter()
            .any(|l| l.id == p.id || distance_km(l.lat, l.lon, p.lat, p.lon) < MIN_GAP_KM);
        if out.len() < MAX_LABELS && !crowded {
            out.push(label(p, false));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn town(id: &str, pop: u32, first: usize, lon: f64) -> NamedPlace {
        NamedPlace {
            id: id.into(),
            label: id.into(),
            population: pop,
            first,
            lon,
            lat: 50.0,
            ..NamedPlace::default()
        }
    }

    const BOX: BBox = BBox {
        west: 30.0,
        south: 45.0,
        east: 40.0,
        north: 55.0,
    };

    fn ids(l: &[Label]) -> Vec<&str> {
        l.iter().map(|l| l.id.as_str()).collect()
    }

    #[test]
    fn empty() {
        assert!(labels(&[], &[], BOX).is_empty());
    }

    #[test]
    fn named_first_by_mention_then_offered_by_population() {
        let named = [
            town("b", 10, 20, 31.0),
            town("a", 5, 10, 32.0),
            town("far", 9, 0, 90.0),
        ];
        let offered = [
            town("x", 100, 0, 33.0),
            town("a", 5, 0, 32.0),
            town("y", 200, 0, 34.0),
        ];
        let l = labels(&named, &offered, BOX);
        assert_eq!(ids(&l), ["a", "b", "y", "x"]);
        assert!(l[0].named && !l[2].named);
    }

    #[test]
    fn the_largest_town_of_a_named_area_comes_before_larger_ones() {
        let mut oblast = town("ne:RUS-2362", 0, 5, 36.0);
        oblast.kind = Kind::Region;
        oblast.area = Some(crate::input::Area {
            code: "RUS-2362".into(),
            label: String::new(),
        });
        let mut kursk = town("kursk", 400, 0, 36.2);
        kursk.area = oblast.area.clone();
        let offered = [town("big", 1000, 0, 31.0), kursk];
        let l = labels(&[oblast], &offered, BOX);
        assert_eq!(ids(&l), ["kursk", "big"]);
    }

    #[test]
    fn offered_towns_keep_their_distance() {
        let named = [town("city", 10, 0, 35.0)];
        let offered = [town("district", 500, 0, 35.1), town("other", 5, 0, 37.0)];
        let l = labels(&named, &offered, BOX);
        assert_eq!(ids(&l), ["city", "other"]);
        // The article's own towns stay, however close.
        let named = [town("a", 1, 0, 35.0), town("b", 1, 1, 35.01)];
        assert_eq!(labels(&named, &[], BOX).len(), 2);
    }

    #[test]
    fn capped_and_only_towns() {
        let mut named: Vec<NamedPlace> = (0..20)
            .map(|i| town(&format!("t{i}"), 1, i, 35.0))
            .collect();
        named[0].kind = Kind::Region;
        let l = labels(&named, &[], BOX);
        assert_eq!(l.len(), MAX_LABELS);
        assert_eq!(l[0].id, "t1");
    }
}
