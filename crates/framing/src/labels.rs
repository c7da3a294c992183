//! The towns to label: the article's own towns in the box by first
//! mention, then the towns the caller offers by population.

use crate::bbox::BBox;
use crate::input::{Kind, NamedPlace};

/// The most towns labelled on the main map.
pub const MAX_LABELS: usize = 8;

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
/// first mention, then `offered` by population (larger first, then id).
pub fn labels(named: &[NamedPlace], offered: &[NamedPlace], region: BBox) -> Vec<Label> {
    let town =
        |p: &&NamedPlace| p.kind == Kind::City && p.on_globe() && region.contains(p.lon, p.lat);
    let mut own: Vec<&NamedPlace> = named.iter().filter(town).collect();
    own.sort_by_key(|p| p.first);
    let mut more: Vec<&NamedPlace> = offered.iter().filter(town).collect();
    more.sort_by(|a, b| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    let mut out: Vec<Label> = Vec::new();
    for (p, is_named) in own
        .into_iter()
        .map(|p| (p, true))
        .chain(more.into_iter().map(|p| (p, false)))
    {
        if out.len() >= MAX_LABELS {
            break;
        }
        if !out.iter().any(|l| l.id == p.id) {
            out.push(label(p, is_named));
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
            town("b", 10, 20, 35.0),
            town("a", 5, 10, 35.0),
            town("far", 9, 0, 90.0),
        ];
        let offered = [
            town("x", 100, 0, 35.0),
            town("a", 5, 0, 35.0),
            town("y", 200, 0, 35.0),
        ];
        let l = labels(&named, &offered, BOX);
        assert_eq!(ids(&l), ["a", "b", "y", "x"]);
        assert!(l[0].named && !l[2].named);
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
