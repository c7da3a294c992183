//! The frame: what the map of one article shows, derived from its places
//! and border statements, with the story's `[map]` keys winning.

use crate::band::{band, Band, Borders};
use crate::bbox::{km_per_deg_lon, BBox, KM_PER_DEG};
use crate::cluster::{candidates, cluster};
use crate::countries::frame_code;
use crate::focus::{focus, Focus};
use crate::input::{spoken_of, FrameInput, Kind};
use crate::labels::{labels, Label};
use crate::note::Note;

/// An admin-1 area's reach around its point, km (its point is all the
/// gazetteer knows of it).
pub const REGION_RADIUS_KM: f64 = 120.0;

/// A country's reach around its point, km (only when the article names
/// nothing but countries).
pub const COUNTRY_RADIUS_KM: f64 = 400.0;

/// The margin around the places: at least this many km …
pub const MARGIN_KM: f64 = 60.0;

/// … or this share of the box's larger side.
pub const MARGIN_SHARE: f64 = 0.1;

/// The smallest main map, km on each side.
pub const MIN_SIZE_KM: f64 = 300.0;

/// The inset is at least this many times the main box on each side.
pub const INSET_SCALE: f64 = 3.0;

/// The locator inset.
#[derive(Debug, Clone, PartialEq)]
pub struct Inset {
    /// Its box.
    pub region: BBox,
    /// The ids of the places shown only there (outside the main box), in
    /// text order.
    pub places: Vec<String>,
    /// Two place ids joined by a great-circle line (`[map.inset] route`).
    pub route: Option<[String; 2]>,
}

/// What the map of an article shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The main map's box.
    pub region: BBox,
    /// Countries drawn with their admin-1 areas (alpha-3): the band's
    /// first, then those of the places on the map in text order.
    pub admin1: Vec<String>,
    /// The emphasised admin-1 area.
    pub focus: Option<Focus>,
    /// The band, or why there is none.
    pub band: Result<Band, Note>,
    /// The locator inset, if places lie outside the main box or `[map.inset]` asks for one.
    pub inset: Option<Inset>,
    /// Towns to label on the main map.
    pub labels: Vec<Label>,
    /// Notes for the editor.
    pub notes: Vec<Note>,
}

/// Derives the frame of an article; `Err(Note::NoPlace)` if it names no
/// place with coordinates. Deterministic; never panics.
pub fn derive(input: &FrameInput, borders: &(impl Borders + ?Sized)) -> Result<Frame, Note> {
    let places = &input.places;
    let ov = &input.overrides;
    let mut notes = Vec::new();
    let usable = candidates(places);
    // The place a border statement speaks of counts once more.
    let spoken = spoken_of(&input.borders);
    let weights: Vec<f64> = places
        .iter()
        .map(|p| f64::from(p.weight()) + f64::from(spoken.get(p.id.as_str()).copied().unwrap_or(0)))
        .collect();
    let cl = cluster(places, &usable, &weights).ok_or(Note::NoPlace)?;

    let derived_focus = focus(places, &cl.members, &input.borders);
    let focus = match ov.focus.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => Some(Focus {
            code: code.to_string(),
            label: places
                .iter()
                .filter_map(|p| p.area.as_ref())
                .find(|a| a.code == code)
                .map(|a| a.label.clone())
                .unwrap_or_default(),
            score: 0,
        }),
        None => derived_focus,
    };

    let derived_box = || {
        let mut b: Option<BBox> = None;
        for &i in &cl.members {
            let Some(p) = places.get(i) else { continue };
            let reach = match p.kind {
                Kind::City => 0.0,
                Kind::Region => REGION_RADIUS_KM,
                Kind::Country => COUNTRY_RADIUS_KM,
            };
            let pb = BBox::point(p.lon, p.lat).grown_km(reach);
            b = Some(b.map_or(pb, |b| b.union(pb)));
        }
        let b = b.unwrap_or(BBox::point(0.0, 0.0));
        let (w, h) = b.size_km();
        let b = b.grown_km((MARGIN_SHARE * w.max(h)).max(MARGIN_KM));
        let mid = (b.south + b.north) / 2.0;
        b.at_least_deg(MIN_SIZE_KM / km_per_deg_lon(mid), MIN_SIZE_KM / KM_PER_DEG)
    };
    let region = match ov.region {
        Some(r) => BBox::from_array(r).unwrap_or_else(|| {
            notes.push(Note::BadOverride { key: "region" });
            derived_box()
        }),
        None => derived_box(),
    };

    let (band, band_notes) = band(
        &input.borders,
        places,
        focus.as_ref().and_then(Focus::country),
        &ov.band,
        borders,
    );
    match (&band, band_notes.is_empty()) {
        (Err(reason), true) => notes.push(reason.clone()),
        _ => notes.extend(band_notes),
    }

    let admin1 = match &ov.admin1 {
        Some(list) => list.clone(),
        None => {
            let mut list: Vec<String> = Vec::new();
            let mut add = |c: String| {
                if !c.is_empty() && !list.contains(&c) {
                    list.push(c);
                }
            };
            if let Ok(b) = &band {
                add(b.inside.clone());
                add(b.along.clone());
            }
            if let Some(c) = focus.as_ref().and_then(Focus::country) {
                add(c.to_string());
            }
            for &i in &cl.members {
                if let Some(p) = places.get(i) {
                    if region.contains(p.lon, p.lat) {
                        add(frame_code(p.country.trim()));
                    }
                }
            }
            list
        }
    };

    let outside: Vec<usize> = usable
        .iter()
        .copied()
        .filter(|&i| {
            places
                .get(i)
                .is_some_and(|p| !region.contains(p.lon, p.lat))
        })
        .collect();
    if !outside.is_empty() {
        notes.push(Note::Distant(
            outside
                .iter()
                .filter_map(|&i| places.get(i))
                .map(|p| p.label.clone())
                .collect(),
        ));
    }
    let inset_asked = ov.inset.region.is_some() || ov.inset.route.is_some();
    let inset = (inset_asked || !outside.is_empty()).then(|| {
        let derived = || {
            let mut b = region;
            for &i in &outside {
                if let Some(p) = places.get(i) {
                    b = b.union(BBox::point(p.lon, p.lat));
                }
            }
            let (w, h) = b.size_km();
            b.grown_km((MARGIN_SHARE * w.max(h)).max(MARGIN_KM))
                .at_least_deg(
                    INSET_SCALE * (region.east - region.west),
                    INSET_SCALE * (region.north - region.south),
                )
        };
        let inset_region = match ov.inset.region {
            Some(r) => BBox::from_array(r).unwrap_or_else(|| {
                notes.push(Note::BadOverride {
                    key: "inset.region",
                });
                derived()
            }),
            None => derived(),
        };
        Inset {
            region: inset_region,
            places: outside
                .iter()
                .filter_map(|&i| places.get(i))
                .map(|p| p.id.clone())
                .collect(),
            route: ov.inset.route.clone(),
        }
    });

    Ok(Frame {
        region,
        admin1,
        focus,
        band,
        inset,
        labels: labels(places, &input.towns, region),
        notes,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::band::Unchecked;
    use crate::input::{Area, BorderStatement, FrameOverrides, InsetOverrides, NamedPlace};

    fn place(id: &str, kind: Kind, country: &str, lon: f64, lat: f64) -> NamedPlace {
        NamedPlace {
            id: id.into(),
            label: id.into(),
            kind,
            country: country.into(),
            lon,
            lat,
            ..NamedPlace::default()
        }
    }

    /// Kursk oblast, a town in it, Kyiv; Washington, Seoul, Pyongyang.
    fn kursk_like() -> FrameInput {
        let oblast = Area {
            code: "RUS-2362".into(),
            label: "Oblast Kursk".into(),
        };
        let mut region = place("ne:RUS-2362", Kind::Region, "RU", 36.29, 51.74);
        region.area = Some(oblast.clone());
        let mut sudscha = place("gn:486816", Kind::City, "RU", 35.27, 51.19);
        sudscha.area = Some(oblast);
        let mut places = vec![
            place("gn:4140963", Kind::City, "US", -77.04, 38.9),
            region,
            place("iso:UA", Kind::Country, "UA", 32.0, 49.0),
            sudscha,
            place("gn:703448", Kind::City, "UA", 30.52, 50.45),
            place("gn:1835848", Kind::City, "KR", 126.98, 37.57),
            place("gn:1871859", Kind::City, "KP", 125.75, 39.03),
        ];
        for (i, p) in places.iter_mut().enumerate() {
            p.first = i * 100;
        }
        FrameInput {
            places,
            borders: vec![BorderStatement {
                km: 50.0,
                along: vec!["UA".into()],
                place: Some("ne:RUS-2362".into()),
            }],
            ..FrameInput::default()
        }
    }

    #[test]
    fn empty() {
        assert_eq!(
            derive(&FrameInput::default(), &Unchecked),
            Err(Note::NoPlace)
        );
    }

    #[test]
    fn places_without_coordinates_are_no_places() {
        let input = FrameInput {
            places: vec![place("gn:1", Kind::City, "RU", f64::NAN, 51.0)],
            ..FrameInput::default()
        };
        assert_eq!(derive(&input, &Unchecked), Err(Note::NoPlace));
    }

    #[test]
    fn one_town_gets_a_small_map_around_it() {
        let input = FrameInput {
            places: vec![place("gn:1", Kind::City, "DE", 13.4, 52.5)],
            ..FrameInput::default()
        };
        let f = derive(&input, &Unchecked).unwrap();
        assert!(f.region.contains(13.4, 52.5));
        let (w, h) = f.region.size_km();
        assert!(
            (300.0..400.0).contains(&w) && (300.0..400.0).contains(&h),
            "{w} {h}"
        );
        assert_eq!(f.band, Err(Note::NoBorderStatement));
        assert!(f.notes.contains(&Note::NoBorderStatement));
        assert_eq!(f.inset, None);
        assert_eq!(f.admin1, ["DEU"]);
        assert_eq!(f.labels.len(), 1);
    }

    #[test]
    fn distant_capitals_go_to_the_inset() {
        let f = derive(&kursk_like(), &Unchecked).unwrap();
        for (lon, lat) in [(36.29, 51.74), (35.27, 51.19), (30.52, 50.45)] {
            assert!(f.region.contains(lon, lat), "{:?}", f.region);
        }
        for (lon, lat) in [(-77.04, 38.9), (126.98, 37.57), (125.75, 39.03)] {
            assert!(!f.region.contains(lon, lat));
        }
        let inset = f.inset.unwrap();
        assert_eq!(inset.places, ["gn:4140963", "gn:1835848", "gn:1871859"]);
        for (lon, lat) in [(-77.04, 38.9), (126.98, 37.57), (36.29, 51.74)] {
            assert!(inset.region.contains(lon, lat));
        }
        assert!(f
            .notes
            .iter()
            .any(|n| matches!(n, Note::Distant(v) if v.len() == 3)));
    }

    #[test]
    fn focus_band_and_countries_drawn() {
        let f = derive(&kursk_like(), &Unchecked).unwrap();
        let focus = f.focus.unwrap();
        assert_eq!(
            (focus.code.as_str(), focus.label.as_str()),
            ("RUS-2362", "Oblast Kursk")
        );
        let band = f.band.unwrap();
        assert_eq!(
            (band.inside.as_str(), band.along.as_str(), band.km),
            ("RUS", "UKR", 50.0)
        );
        assert_eq!(f.admin1, ["RUS", "UKR"]);
        // Kyiv and Sudscha, by first mention; no region, no country.
        let labels: Vec<&str> = f.labels.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(labels, ["gn:486816", "gn:703448"]);
    }

    #[test]
    fn only_countries_frame_the_countries() {
        let input = FrameInput {
            places: vec![
                place("iso:IL", Kind::Country, "IL", 35.0, 31.5),
                place("iso:LB", Kind::Country, "LB", 35.9, 33.9),
            ],
            ..FrameInput::default()
        };
        let f = derive(&input, &Unchecked).unwrap();
        assert!(f.region.contains(35.0, 31.5) && f.region.contains(35.9, 33.9));
        assert_eq!(f.focus, None);
    }

    #[test]
    fn every_override_wins() {
        let mut input = kursk_like();
        input.overrides = FrameOverrides {
            region: Some([30.0, 48.0, 42.0, 55.0]),
            admin1: Some(vec!["RUS".into(), "UKR".into(), "BLR".into()]),
            focus: Some("RUS-2363".into()),
            band: crate::input::BandOverrides {
                inside: None,
                along: Some("BLR".into()),
            },
            inset: InsetOverrides {
                region: Some([20.0, 30.0, 135.0, 72.0]),
                route: Some(["gn:1871859".into(), "gn:538560".into()]),
            },
        };
        let f = derive(&input, &Unchecked).unwrap();
        assert_eq!(f.region.to_array(), [30.0, 48.0, 42.0, 55.0]);
        assert_eq!(f.admin1, ["RUS", "UKR", "BLR"]);
        assert_eq!(f.focus.unwrap().code, "RUS-2363");
        assert_eq!(f.band.unwrap().along, "BLR");
        let inset = f.inset.unwrap();
        assert_eq!(inset.region.to_array(), [20.0, 30.0, 135.0, 72.0]);
        assert_eq!(inset.route.unwrap()[0], "gn:1871859");
    }

    #[test]
    fn a_bad_override_box_is_noted_and_derived() {
        let mut input = kursk_like();
        input.overrides.region = Some([42.0, 48.0, 30.0, 55.0]);
        input.overrides.inset.region = Some([f64::NAN, 0.0, 1.0, 1.0]);
        let f = derive(&input, &Unchecked).unwrap();
        assert!(f.region.contains(36.29, 51.74));
        assert!(f.notes.contains(&Note::BadOverride { key: "region" }));
        assert!(f.notes.contains(&Note::BadOverride {
            key: "inset.region"
        }));
        assert!(f.inset.unwrap().region.west.is_finite());
    }

    #[test]
    fn a_border_without_country_gives_no_band_and_a_note() {
        let mut input = kursk_like();
        input.borders[0].along = vec![];
        let f = derive(&input, &Unchecked).unwrap();
        assert_eq!(f.band, Err(Note::BorderWithoutCountry { km: 50.0 }));
        assert!(f.notes.contains(&Note::BorderWithoutCountry { km: 50.0 }));
        assert_eq!(f.admin1, ["RUS", "UKR"], "the places' countries still");
    }

    #[test]
    fn a_band_inside_its_own_border_or_too_wide_is_refused_with_a_note() {
        let mut input = kursk_like();
        input.borders[0].along = vec!["RU".into()];
        let f = derive(&input, &Unchecked).unwrap();
        let same = Note::SameCountry {
            country: "RUS".into(),
        };
        assert_eq!(f.band, Err(same.clone()));
        assert!(f.notes.contains(&same));
        let mut input = kursk_like();
        input.borders[0].km = 5000.0;
        let f = derive(&input, &Unchecked).unwrap();
        assert_eq!(f.band, Err(Note::AbsurdDistance { km: 5000.0 }));
        assert!(f.region.contains(36.29, 51.74), "the map stays");
    }

    #[test]
    fn no_land_border_is_asked_of_the_hook() {
        let neighbours: &[(&str, &str)] = &[("FIN", "RUS")];
        let f = derive(&kursk_like(), neighbours).unwrap();
        assert_eq!(
            f.band,
            Err(Note::NoLandBorder {
                inside: "RUS".into(),
                along: "UKR".into()
            })
        );
    }

    #[test]
    fn deterministic() {
        let a = derive(&kursk_like(), &Unchecked);
        let b = derive(&kursk_like(), &Unchecked);
        assert_eq!(a, b);
    }
}
