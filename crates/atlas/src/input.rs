//! The frame's input from a parsed article: its places as the gazetteer
//! knows them, with how often and where first the article names them, and
//! its "N Kilometer von der X Grenze" statements.

use article::{Article, PlaceKind};
use framing::world::{named_place, towns_in};
use framing::{BorderStatement, FrameInput, FrameOverrides, Kind, NamedPlace};
use gazetteer::lookup::Gazetteer;
use std::collections::HashMap;

/// How many of the region's largest towns are offered as labels.
pub const OFFERED_TOWNS: usize = 50;

/// The gazetteer index of each of `ids`, by one pass over its places.
pub(crate) fn indices(g: &Gazetteer, ids: &[&str]) -> HashMap<String, u32> {
    let wanted: std::collections::HashSet<&str> = ids.iter().copied().collect();
    let mut out = HashMap::new();
    for (i, p) in g.places().iter().enumerate() {
        if out.len() == wanted.len() {
            break;
        }
        let id = p.id();
        if wanted.contains(id.as_str()) {
            out.entry(id).or_insert(i as u32);
        }
    }
    out
}

/// The article's places as the frame takes them, in order of first
/// mention. A place the gazetteer does not hold (it cannot happen when the
/// article was parsed with the same gazetteer) is taken from the article.
pub fn named_places(article: &Article, g: &Gazetteer) -> Vec<NamedPlace> {
    let ids: Vec<&str> = article.places.iter().map(|p| p.id.as_str()).collect();
    let index = indices(g, &ids);
    let mut stats: Vec<(u32, usize)> = vec![(0, usize::MAX); article.places.len()];
    for m in &article.place_mentions {
        if let Some(s) = stats.get_mut(m.place as usize) {
            s.0 = s.0.saturating_add(1);
            s.1 = s.1.min(m.span.start as usize);
        }
    }
    let mut out: Vec<NamedPlace> = article
        .places
        .iter()
        .zip(&stats)
        .filter(|(_, s)| s.0 > 0)
        .filter_map(|(p, &(mentions, first))| match index.get(&p.id) {
            // The parser's name is the label the page prints ("Donbass").
            Some(&i) => named_place(g, i, mentions, first).map(|mut n| {
                if !p.name.is_empty() {
                    n.label = p.name.clone();
                }
                n
            }),
            None => Some(NamedPlace {
                id: p.id.clone(),
                label: p.name.clone(),
                kind: match p.kind {
                    PlaceKind::City => Kind::City,
                    PlaceKind::Region => Kind::Region,
                    PlaceKind::Country => Kind::Country,
                },
                country: p.id.strip_prefix("iso:").unwrap_or_default().to_owned(),
                area: None,
                lat: p.lat,
                lon: p.lon,
                population: 0,
                mentions,
                first,
            }),
        })
        .collect();
    out.sort_by_key(|p| p.first);
    out
}

/// The article's border statements: the distance, the country across the
/// border (alpha-2) and the last town or region named before the distance
/// in the same sentence (the place the sentence speaks of).
pub fn border_statements(article: &Article) -> Vec<BorderStatement> {
    article
        .border_distances
        .iter()
        .map(|b| {
            let along = b
                .border
                .and_then(|i| article.places.get(i as usize))
                .and_then(|p| p.id.strip_prefix("iso:"))
                .map(|c| vec![c.to_owned()])
                .unwrap_or_else(|| adjective_before_grenze(article.slice(b.span)));
            let place = article
                .place_mentions
                .iter()
                .filter(|m| m.sentence == b.sentence && m.span.start < b.span.start)
                .filter_map(|m| article.places.get(m.place as usize))
                .rfind(|p| p.kind != PlaceKind::Country)
                .map(|p| p.id.clone());
            BorderStatement {
                km: b.km,
                along,
                place,
            }
        })
        .collect()
}

/// The countries of the adjective right before "Grenze" in a border
/// phrase ("30 Kilometer von der syrischen Grenze" → ["SY"]), for the
/// countries the parser's own table does not know; empty if there is none.
fn adjective_before_grenze(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .position(|w| w.starts_with("Grenze"))
        .and_then(|g| g.checked_sub(1))
        .and_then(|i| words.get(i))
        .map(|adj| {
            framing::countries::by_adjectives(adj)
                .iter()
                .map(|c| (*c).to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Everything the frame is derived from, with the region's towns offered
/// as labels: the frame is derived once without them to find its box.
pub fn frame_input(
    article: &Article,
    g: &Gazetteer,
    overrides: FrameOverrides,
    borders: &(impl framing::Borders + ?Sized),
) -> FrameInput {
    let mut input = FrameInput {
        places: named_places(article, g),
        borders: border_statements(article),
        towns: Vec::new(),
        overrides,
    };
    if let Ok(first) = framing::derive(&input, borders) {
        input.towns = towns_in(g, first.region, OFFERED_TOWNS);
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_adjective_before_grenze_names_the_country_across() {
        assert_eq!(
            adjective_before_grenze("30 Kilometer von der syrischen Grenze"),
            ["SY"]
        );
        assert_eq!(
            adjective_before_grenze("20 km von der finnisch-russischen Grenze"),
            ["FI", "RU"]
        );
        assert!(adjective_before_grenze("50 Kilometer von der Grenze").is_empty());
        assert!(adjective_before_grenze("").is_empty());
        assert!(adjective_before_grenze("Grenze").is_empty());
    }
}
