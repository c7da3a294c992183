//! The frame's input from the gazetteer: the places a scan found, and the
//! towns of a region to fill the labels.

use crate::bbox::BBox;
use crate::input::{Area, Kind, NamedPlace};
use gazetteer::lookup::Gazetteer;
use gazetteer::scan::Found;

/// A gazetteer place as the frame takes it, named `mentions` times, first
/// at byte `first`; `None` for an index the gazetteer does not hold.
pub fn named_place(g: &Gazetteer, index: u32, mentions: u32, first: usize) -> Option<NamedPlace> {
    let p = g.place(index)?;
    let area_of = |q: &gazetteer::asset::Place| {
        q.adm1_code
            .as_deref()
            .filter(|c| q.kind == Kind::Region && !c.starts_with("region:"))
            .map(|c| Area {
                code: c.to_string(),
                label: q.label().to_string(),
            })
    };
    let area = match p.kind {
        Kind::Region => area_of(p),
        Kind::City => p.region.and_then(|r| g.place(r)).and_then(area_of),
        Kind::Country => None,
    };
    Some(NamedPlace {
        id: p.id(),
        label: p.label().to_string(),
        kind: p.kind,
        country: p.country.clone(),
        area,
        lat: p.lat,
        lon: p.lon,
        population: p.population,
        mentions,
        first,
    })
}

/// The distinct places of a scan, in order of first mention, with their
/// mention counts.
pub fn named_places(g: &Gazetteer, found: &[Found]) -> Vec<NamedPlace> {
    let mut order: Vec<(u32, u32, usize)> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for f in found {
        match seen.get(&f.place) {
            Some(&k) => {
                if let Some(e) = order.get_mut(k) {
                    let e: &mut (u32, u32, usize) = e;
                    e.1 = e.1.saturating_add(1);
                }
            }
            None => {
                seen.insert(f.place, order.len());
                order.push((f.place, 1, f.start));
            }
        }
    }
    order
        .into_iter()
        .filter_map(|(i, n, first)| named_place(g, i, n, first))
        .collect()
}

/// The `n` most populous towns in `region` (then by id), to offer as labels.
pub fn towns_in(g: &Gazetteer, region: BBox, n: usize) -> Vec<NamedPlace> {
    let mut towns: Vec<(u32, u32)> = g
        .places()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == Kind::City && region.contains(p.lon, p.lat))
        .map(|(i, p)| (p.population, i as u32))
        .collect();
    towns.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    towns
        .into_iter()
        .take(n)
        .filter_map(|(_, i)| named_place(g, i, 0, usize::MAX))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use gazetteer::asset::{Name, Place, Source};

    fn gaz() -> Gazetteer {
        let names = |n: &str| {
            vec![Name {
                text: n.into(),
                source: Source::Curated,
            }]
        };
        Gazetteer::from_places(vec![
            Place {
                kind: Kind::Region,
                country: "RU".into(),
                lat: 51.74,
                lon: 36.29,
                population: 0,
                geonameid: None,
                adm1_code: Some("RUS-2362".into()),
                oblast: true,
                region: None,
                names: names("Oblast Kursk"),
            },
            Place {
                kind: Kind::City,
                country: "RU".into(),
                lat: 51.73,
                lon: 36.18,
                population: 448_733,
                geonameid: Some(538560),
                adm1_code: None,
                oblast: false,
                region: Some(0),
                names: names("Kursk"),
            },
            Place {
                kind: Kind::Region,
                country: "UA".into(),
                lat: 48.46,
                lon: 38.35,
                population: 0,
                geonameid: None,
                adm1_code: Some("region:donbass".into()),
                oblast: false,
                region: None,
                names: names("Donbass"),
            },
        ])
    }

    fn found(start: usize, place: u32) -> Found {
        Found {
            start,
            end: start + 1,
            place,
        }
    }

    #[test]
    fn empty() {
        assert!(named_places(&gaz(), &[]).is_empty());
        assert_eq!(named_place(&gaz(), 99, 1, 0), None);
    }

    #[test]
    fn distinct_places_with_counts_and_areas() {
        let g = gaz();
        let p = named_places(&g, &[found(5, 1), found(9, 0), found(20, 1), found(30, 2)]);
        let got: Vec<(&str, u32, usize)> = p
            .iter()
            .map(|p| (p.id.as_str(), p.mentions, p.first))
            .collect();
        assert_eq!(
            got,
            [
                ("gn:538560", 2, 5),
                ("ne:RUS-2362", 1, 9),
                ("region:donbass", 1, 30)
            ]
        );
        let area = p[0].area.as_ref().unwrap();
        assert_eq!(
            (area.code.as_str(), area.label.as_str()),
            ("RUS-2362", "Oblast Kursk")
        );
        assert_eq!(p[1].area.as_ref().unwrap().code, "RUS-2362");
        assert_eq!(p[2].area, None, "a curated region is no admin-1 area");
    }

    #[test]
    fn towns_in_a_box_by_population() {
        let g = gaz();
        let b = BBox {
            west: 30.0,
            south: 45.0,
            east: 40.0,
            north: 55.0,
        };
        let t = towns_in(&g, b, 10);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].label, "Kursk");
        assert!(towns_in(&g, b, 0).is_empty());
    }
}
