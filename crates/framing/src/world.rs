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
