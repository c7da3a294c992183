//! The band: inside one country, along its border with another, as wide as
//! the article's "N Kilometer von der X Grenze". Along runs the border of
//! X (the adjective's or named country); inside is the country of the
//! place the sentence speaks of, else the focus's. A `[map.band]` key wins.
//! Whether the two share a land border is asked of a [`Borders`].

use crate::countries::frame_code;
use crate::input::{BandOverrides, BorderStatement, NamedPlace};
use crate::note::Note;
use std::collections::HashMap;

/// The widest band the map draws (km); a stated distance above is absurd.
pub const MAX_BAND_KM: f64 = 1_000.0;

/// The band.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The country the band lies in (alpha-3).
    pub inside: String,
    /// The neighbour whose border it follows (alpha-3).
    pub along: String,
    /// Its width, km.
    pub km: f64,
}

/// Knows which countries share a land border (the 10m land borders).
pub trait Borders {
    /// `Some(true)` if `a` and `b` (alpha-3) share a land border,
    /// `Some(false)` if they do not, `None` if unknown (not checked).
    fn land_border(&self, a: &str, b: &str) -> Option<bool>;
}

/// No borders data: every pair is unknown, so no band is refused for it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unchecked;

impl Borders for Unchecked {
    fn land_border(&self, _: &str, _: &str) -> Option<bool> {
        None
    }
}

/// A list of neighbour pairs (alpha-3, either order); pairs not listed
/// share no land border.
impl Borders for [(&str, &str)] {
    fn land_border(&self, a: &str, b: &str) -> Option<bool> {
        Some(
            self.iter()
                .any(|&(x, y)| (x == a && y == b) || (x == b && y == a)),
        )
    }
}

fn given(c: &Option<String>) -> Option<&str> {
    c.as_deref().map(str::trim).filter(|c| !c.is_empty())
}

/// The band of the first statement that gives one, with notes on the
/// statements before it that did not; without a band, the reason.
///
/// `focus_country` is the focus's alpha-3.
///
/// ```
/// use framing::band::{band, Unchecked};
/// use framing::input::{BandOverrides, BorderStatement};
/// let s = [BorderStatement { km: 50.0, along: vec!["UA".into()], place: None }];
/// let (b, notes) = band(&s, &[], Some("RUS"), &BandOverrides::default(), &Unchecked);
/// let b = b.unwrap();
/// assert_eq!((b.inside.as_str(), b.along.as_str(), b.km), ("RUS", "UKR", 50.0));
/// assert!(notes.is_empty());
/// ```
pub fn band(
    statements: &[BorderStatement],
    places: &[NamedPlace],
    focus_country: Option<&str>,
    overrides: &BandOverrides,
    borders: &(impl Borders + ?Sized),
) -> (Result<Band, Note>, Vec<Note>) {
    let mut notes = Vec::new();
    let mut countries: HashMap<&str, &str> = HashMap::new();
    for p in places {
        countries.entry(p.id.as_str()).or_insert(p.country.trim());
    }
    for s in statements {
        match one(s, &countries, focus_country, overrides, borders) {
            Ok(b) => return (Ok(b), notes),
            Err(n) => notes.push(n),
        }
    }
    let reason = notes.first().cloned().unwrap_or(Note::NoBorderStatement);
    (Err(reason), notes)
}

fn one(
    s: &BorderStatement,
    countries: &HashMap<&str, &str>,
    focus_country: Option<&str>,
    overrides: &BandOverrides,
    borders: &(impl Borders + ?Sized),
) -> Result<Band, Note> {
    let km = s.km;
    if !(km.is_finite() && km > 0.0 && km <= MAX_BAND_KM) {
        return Err(Note::AbsurdDistance { km });
    }
    let mut named: Vec<String> = Vec::new();
    for c in s.along.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        let c = frame_code(c);
        if !named.contains(&c) {
            named.push(c);
        }
    }
    let along_given = given(&overrides.along);
    if along_given.is_none() && named.is_empty() {
        return Err(Note::BorderWithoutCountry { km });
    }
    let spoken_of = s
        .place
        .as_deref()
        .and_then(|id| countries.get(id).copied())
        .filter(|c| !c.is_empty());
    let inside = given(&overrides.inside)
        .map(str::to_string)
        .or_else(|| spoken_of.map(frame_code))
        .or_else(|| focus_country.map(str::to_string))
        .ok_or(Note::NoInsideCountry { km })?;
    let along = match (along_given, named.as_slice()) {
        (Some(a), _) => a.to_string(),
        (None, [one]) => one.clone(),
        // "finnisch-russischen Grenze": the one that is not inside.
        (None, two) if two.contains(&inside) => two
            .iter()
            .find(|c| **c != inside)
            .cloned()
            .ok_or(Note::NoInsideCountry { km })?,
        (None, _) => return Err(Note::NoInsideCountry { km }),
    };
    if inside == along {
        return Err(Note::SameCountry { country: inside });
    }
    if borders.land_border(&inside, &along) == Some(false) {
        return Err(Note::NoLandBorder { inside, along });
    }
    Ok(Band { inside, along, km })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn says(km: f64, along: Option<&str>, place: Option<&str>) -> BorderStatement {
        BorderStatement {
            km,
            along: along.map(str::to_string).into_iter().collect(),
            place: place.map(str::to_string),
        }
    }

    fn wyborg() -> NamedPlace {
        NamedPlace {
            id: "gn:470546".into(),
            country: "RU".into(),
            ..NamedPlace::default()
        }
    }

    fn run(s: &[BorderStatement], focus: Option<&str>) -> (Result<Band, Note>, Vec<Note>) {
        band(s, &[wyborg()], focus, &BandOverrides::default(), &Unchecked)
    }

    #[test]
    fn empty() {
        let (b, notes) = run(&[], Some("RUS"));
        assert_eq!(b, Err(Note::NoBorderStatement));
        assert!(notes.is_empty());
    }

    #[test]
    fn inside_is_the_country_of_the_place_spoken_of() {
        let (b, _) = run(&[says(40.0, Some("FI"), Some("gn:470546"))], Some("FIN"));
        let b = b.unwrap();
        assert_eq!((b.inside.as_str(), b.along.as_str()), ("RUS", "FIN"));
    }

    #[test]
    fn else_the_focus_country() {
        let (b, _) = run(&[says(50.0, Some("UA"), None)], Some("RUS"));
        assert_eq!(b.unwrap().inside, "RUS");
        let (b, _) = run(&[says(50.0, Some("UA"), Some("gn:0"))], Some("RUS"));
        assert_eq!(b.unwrap().inside, "RUS", "an unknown place id");
    }

    #[test]
    fn no_country_across_gives_no_band() {
        let (b, _) = run(&[says(50.0, None, Some("gn:470546"))], Some("RUS"));
        assert_eq!(b, Err(Note::BorderWithoutCountry { km: 50.0 }));
        let (b, _) = run(&[says(50.0, Some(" "), None)], Some("RUS"));
        assert_eq!(b, Err(Note::BorderWithoutCountry { km: 50.0 }));
    }

    #[test]
    fn no_side_gives_no_band() {
        let (b, _) = run(&[says(50.0, Some("UA"), None)], None);
        assert_eq!(b, Err(Note::NoInsideCountry { km: 50.0 }));
    }

    #[test]
    fn inside_equal_to_along_gives_no_band() {
        let (b, _) = run(&[says(40.0, Some("RU"), Some("gn:470546"))], None);
        assert_eq!(
            b,
            Err(Note::SameCountry {
                country: "RUS".into()
            })
        );
    }

    #[test]
    fn a_hyphenated_border_runs_along_the_other_country() {
        let two = |a: &str, b: &str, place: Option<&str>| BorderStatement {
            km: 40.0,
            along: vec![a.into(), b.into()],
            place: place.map(str::to_string),
        };
        // "Wyborg … 40 Kilometer von der finnisch-russischen Grenze".
        let (b, _) = run(&[two("FI", "RU", Some("gn:470546"))], None);
        assert_eq!(b.unwrap().along, "FIN");
        let (b, _) = run(&[two("RU", "FI", None)], Some("FIN"));
        assert_eq!(b.unwrap().along, "RUS");
        // Neither side is the place's: no band.
        let (b, _) = run(&[two("FI", "EE", Some("gn:470546"))], None);
        assert_eq!(b, Err(Note::NoInsideCountry { km: 40.0 }));
        let (b, _) = run(&[two("RU", "RU", Some("gn:470546"))], None);
        assert!(matches!(b, Err(Note::SameCountry { .. })));
    }

    #[test]
    fn absurd_distances_give_no_band() {
        for km in [0.0, -5.0, 1000.5, 5000.0, f64::NAN, f64::INFINITY] {
            let (b, _) = run(&[says(km, Some("UA"), None)], Some("RUS"));
            assert!(matches!(b, Err(Note::AbsurdDistance { .. })), "{km}");
        }
        let (b, _) = run(&[says(1000.0, Some("UA"), None)], Some("RUS"));
        assert!(b.is_ok(), "1,000 km is the widest band");
    }

    #[test]
    fn countries_without_a_land_border_give_no_band() {
        let neighbours: &[(&str, &str)] = &[("RUS", "UKR"), ("FIN", "RUS")];
        let s = [says(50.0, Some("KP"), None)];
        let (b, _) = band(&s, &[], Some("RUS"), &BandOverrides::default(), neighbours);
        assert_eq!(
            b,
            Err(Note::NoLandBorder {
                inside: "RUS".into(),
                along: "PRK".into()
            })
        );
        let s = [says(50.0, Some("FI"), None)];
        let (b, _) = band(&s, &[], Some("RUS"), &BandOverrides::default(), neighbours);
        assert!(b.is_ok());
    }

    #[test]
    fn the_first_good_statement_wins_and_earlier_ones_are_noted() {
        let s = [
            says(5000.0, Some("UA"), None),
            says(50.0, None, None),
            says(30.0, Some("UA"), None),
            says(20.0, Some("BY"), None),
        ];
        let (b, notes) = run(&s, Some("RUS"));
        assert_eq!(b.unwrap().km, 30.0);
        assert_eq!(notes.len(), 2);
        let (b, notes) = run(&s[..2], Some("RUS"));
        assert_eq!(b, Err(Note::AbsurdDistance { km: 5000.0 }));
        assert_eq!(notes.len(), 2);
    }

    #[test]
    fn overrides_win() {
        let ov = BandOverrides {
            inside: Some("UKR".into()),
            along: Some("RUS".into()),
        };
        let s = [says(50.0, None, Some("gn:470546"))];
        let (b, _) = band(&s, &[wyborg()], None, &ov, &Unchecked);
        let b = b.unwrap();
        assert_eq!((b.inside.as_str(), b.along.as_str()), ("UKR", "RUS"));
        // The width still comes from the article.
        let (b, _) = band(&[], &[], None, &ov, &Unchecked);
        assert_eq!(b, Err(Note::NoBorderStatement));
    }
}
