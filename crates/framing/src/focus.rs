//! The focus: the admin-1 area the article names most. An area counts
//! twice for each time it is named itself ("Region Kursk") and once for
//! each mention of a town inside it ("Wyborg" for Oblast Leningrad); the
//! place a border statement speaks of counts [`SPOKEN_OF_WEIGHT`] times
//! more: the band is drawn from it, so its area is what the map is about.
//! Ties go to the area named first, then to the smaller code.

use crate::input::{spoken_of, Area, BorderStatement, Kind, NamedPlace};
use std::collections::HashMap;

/// What the place a border statement speaks of ("Wyborg, das rund 40
/// Kilometer von der finnischen Grenze entfernt liegt") adds to its area,
/// per statement: more than a second area named in passing.
pub const SPOKEN_OF_WEIGHT: u32 = 3;

/// The emphasised admin-1 area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    /// Its Natural Earth `adm1_code` ("RUS-2362").
    pub code: String,
    /// Its German label ("Oblast Kursk"); empty if unknown.
    pub label: String,
    /// Its score (see the module docs); 0 for a `[map]` focus.
    pub score: u32,
}

impl Focus {
    /// The country (alpha-3) its code starts with: "RUS-2362" → "RUS".
    pub fn country(&self) -> Option<&str> {
        let (a3, _) = self.code.split_once(['-', '+'])?;
        (!a3.is_empty()).then_some(a3)
    }
}

/// The focus among the places at `indices` of `places`; `None` if none of
/// them is or lies in an admin-1 area.
pub fn focus(
    places: &[NamedPlace],
    indices: &[usize],
    borders: &[BorderStatement],
) -> Option<Focus> {
    let spoken = spoken_of(borders);
    // (area, score, first mention) in order of appearance.
    let mut areas: Vec<(&Area, u32, usize)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for &i in indices {
        let Some(p) = places.get(i) else { continue };
        let Some(area) = p.area.as_ref().filter(|a| !a.code.is_empty()) else {
            continue;
        };
        let own = p.kind == Kind::Region;
        let spoken_of = spoken.get(p.id.as_str()).copied().unwrap_or(0);
        let score = p
            .weight()
            .saturating_mul(if own { 2 } else { 1 })
            .saturating_add(spoken_of.saturating_mul(SPOKEN_OF_WEIGHT));
        match index
            .get(area.code.as_str())
            .and_then(|&k| areas.get_mut(k))
        {
            Some(e) => {
                e.1 = e.1.saturating_add(score);
                e.2 = e.2.min(p.first);
                if own && !area.label.is_empty() {
                    e.0 = area;
                }
            }
            None => {
                index.insert(area.code.as_str(), areas.len());
                areas.push((area, score, p.first));
            }
        }
    }
    areas
        .into_iter()
        .min_by(|a, b| {
            b.1.cmp(&a.1)
                .then(a.2.cmp(&b.2))
                .then(a.0.code.cmp(&b.0.code))
        })
        .map(|(a, score, _)| Focus {
            code: a.code.clone(),
            label: a.label.clone(),
            score,
        })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn place(id: &str, kind: Kind, area: &str, mentions: u32, first: usize) -> NamedPlace {
        NamedPlace {
            id: id.into(),
            kind,
            area: (!area.is_empty()).then(|| Area {
                code: area.into(),
                label: format!("Gebiet {area}"),
            }),
            mentions,
            first,
            ..NamedPlace::default()
        }
    }

    #[test]
    fn empty() {
        assert_eq!(focus(&[], &[], &[]), None);
        let p = [place("iso:RU", Kind::Country, "", 5, 0)];
        assert_eq!(focus(&p, &[0], &[]), None);
    }

    #[test]
    fn an_area_named_itself_counts_twice() {
        let p = [
            place("gn:1", Kind::City, "A-1", 1, 0),
            place("ne:B-2", Kind::Region, "B-2", 1, 10),
        ];
        let f = focus(&p, &[0, 1], &[]).unwrap();
        assert_eq!((f.code.as_str(), f.score), ("B-2", 2));
    }

    #[test]
    fn towns_count_for_their_area() {
        let p = [
            place("ne:B-2", Kind::Region, "B-2", 1, 0),
            place("gn:1", Kind::City, "A-1", 2, 10),
            place("gn:2", Kind::City, "A-1", 1, 20),
        ];
        assert_eq!(focus(&p, &[0, 1, 2], &[]).unwrap().code, "A-1");
        // Only the places asked about count.
        assert_eq!(focus(&p, &[0, 2], &[]).unwrap().code, "B-2");
    }

    #[test]
    fn ties_go_to_the_border_statement_then_the_first_named() {
        let p = [
            place("gn:1", Kind::City, "A-1", 1, 0),
            place("gn:2", Kind::City, "B-2", 1, 10),
        ];
        assert_eq!(focus(&p, &[0, 1], &[]).unwrap().code, "A-1");
        let b = [BorderStatement {
            km: 40.0,
            along: vec!["FI".into()],
            place: Some("gn:2".into()),
        }];
        assert_eq!(focus(&p, &[0, 1], &b).unwrap().code, "B-2");
    }

    #[test]
    fn focus_country_from_the_code() {
        let f = Focus {
            code: "RUS-2362".into(),
            label: String::new(),
            score: 0,
        };
        assert_eq!(f.country(), Some("RUS"));
        let f = Focus {
            code: "region:donbass".into(),
            ..f
        };
        assert_eq!(f.country(), None);
    }
}
