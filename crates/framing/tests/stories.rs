//! The two stories' frames, derived from their article.txt through the
//! real gazetteer, against their hand-made `[map]`. The places come from
//! `gazetteer::scan` and the border statements from a small helper below
//! (the parser is not wired to the gazetteer yet).
#![allow(clippy::unwrap_used)]

use framing::countries::by_adjectives;
use framing::world::{named_places, towns_in};
use framing::{derive, BorderStatement, Frame, FrameInput, Kind, NamedPlace, Unchecked};
use gazetteer::lookup::{Context, Gazetteer};
use std::sync::OnceLock;

fn world() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/world/gazetteer.bin"
        );
        Gazetteer::from_bytes(&std::fs::read(path).unwrap()).unwrap()
    })
}

fn article(story: &str) -> String {
    let path = format!(
        "{}/../../stories/{story}/article.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

/// "N Kilometer … von der X Grenze": the number before "Kilometer", the
/// country of the adjective right before "Grenze", and the last city or
/// region the scan found earlier in the same sentence.
fn border_statements(
    text: &str,
    places: &[NamedPlace],
    found: &[(usize, String)],
) -> Vec<BorderStatement> {
    let mut out = Vec::new();
    let mut sentence_start = 0;
    for sentence in text.split_inclusive(['.', '\n']) {
        let words: Vec<&str> = sentence
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .filter(|w| !w.is_empty())
            .collect();
        for (i, w) in words.iter().enumerate() {
            if *w != "Kilometer" {
                continue;
            }
            let Some(km) = i.checked_sub(1).and_then(|k| words[k].parse::<f64>().ok()) else {
                continue;
            };
            let Some(g) = words[i..].iter().position(|w| w.starts_with("Grenze")) else {
                continue;
            };
            let g = i + g;
            if words[i..g].iter().all(|w| *w != "von") {
                continue;
            }
            let along = by_adjectives(words[g - 1])
                .iter()
                .map(|c| c.to_string())
                .collect();
            let at = sentence_start + sentence.find(&format!("{km} Kilometer")).unwrap_or(0);
            let place = found
                .iter()
                .filter(|(start, _)| (sentence_start..at).contains(start))
                .rfind(|(_, id)| {
                    places
                        .iter()
                        .any(|p| &p.id == id && p.kind != Kind::Country)
                })
                .map(|(_, id)| id.clone());
            out.push(BorderStatement { km, along, place });
        }
        sentence_start += sentence.len();
    }
    out
}

fn input(story: &str) -> FrameInput {
    input_skipping(story, &[])
}

/// The input with the spans of `skip` hidden from the scan (as the parser
/// hides media names such as "The Kyiv Independent").
fn input_skipping(story: &str, skip: &[&str]) -> FrameInput {
    let g = world();
    let text = article(story);
    let ctx = Context {
        skip: skip
            .iter()
            .filter_map(|s| text.find(s).map(|i| (i, i + s.len())))
            .collect(),
        ..Context::default()
    };
    let found = g.scan_with(&text, &ctx);
    let places = named_places(g, &found);
    let spans: Vec<(usize, String)> = found
        .iter()
        .map(|f| (f.start, g.place(f.place).unwrap().id()))
        .collect();
    let borders = border_statements(&text, &places, &spans);
    FrameInput {
        places,
        borders,
        ..FrameInput::default()
    }
}

/// The frame, then the labels filled with the region's towns.
fn frame(story: &str) -> Frame {
    frame_of(input(story))
}

fn frame_of(mut inp: FrameInput) -> Frame {
    let first = derive(&inp, &Unchecked).unwrap();
    inp.towns = towns_in(world(), first.region, 50);
    derive(&inp, &Unchecked).unwrap()
}

fn contains(f: &Frame, lon: f64, lat: f64) -> bool {
    f.region.contains(lon, lat)
}

fn near(a: [f64; 4], b: [f64; 4], deg: f64) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() <= deg)
}

#[test]
fn the_border_statements_of_both_stories() {
    let k = input("kursk-nordkorea").borders;
    assert_eq!(
        k,
        [BorderStatement {
            km: 50.0,
            along: vec!["UA".into()],
            place: Some("ne:RUS-2362".into()),
        }]
    );
    let f = input("finnland-grenze").borders;
    assert_eq!(
        f,
        [BorderStatement {
            km: 40.0,
            along: vec!["FI".into()],
            place: Some("gn:470546".into()),
        }]
    );
}

#[test]
fn kursk_agrees_with_its_hand_made_map() {
    let f = frame("kursk-nordkorea");
    eprintln!("{f:#?}");
    // [map] region = [30.0, 48.0, 42.0, 55.0]
    assert!(
        near(f.region.to_array(), [30.0, 48.0, 42.0, 55.0], 4.0),
        "{:?}",
        f.region
    );
    for (name, lon, lat) in [
        ("Kursk", 36.18, 51.73),
        ("Sudscha", 35.27, 51.19),
        ("Belgorod", 36.58, 50.60),
        ("Charkiw", 36.25, 49.98),
        ("Sumy", 34.80, 50.92),
    ] {
        assert!(contains(&f, lon, lat), "{name} outside {:?}", f.region);
    }
    for (name, lon, lat) in [
        ("Washington", -77.04, 38.90),
        ("Seoul", 126.98, 37.57),
        ("Pjöngjang", 125.75, 39.03),
        ("Peking", 116.40, 39.91),
    ] {
        assert!(!contains(&f, lon, lat), "{name} inside {:?}", f.region);
    }
    assert_eq!(f.focus.as_ref().unwrap().code, "RUS-2362");
    let band = f.band.as_ref().unwrap();
    assert_eq!(
        (band.inside.as_str(), band.along.as_str(), band.km),
        ("RUS", "UKR", 50.0)
    );
    assert_eq!(f.admin1[..2], ["RUS", "UKR"]);
    let inset = f.inset.as_ref().unwrap();
    for id in ["gn:1871859", "gn:1816670"] {
        assert!(
            inset.places.contains(&id.to_string()),
            "{id} not in the inset"
        );
    }
    // [map.inset] region = [20.0, 30.0, 135.0, 72.0]: Pjöngjang and Kursk.
    assert!(inset.region.contains(125.75, 39.03) && inset.region.contains(36.18, 51.73));
}

#[test]
fn kursk_without_the_media_name_still_covers_the_border_region() {
    // The parser hides "The Kyiv Independent"; then the article's cluster
    // is the Kursk oblast and the Donbass alone.
    let f = frame_of(input_skipping("kursk-nordkorea", &["The Kyiv Independent"]));
    eprintln!(
        "{:?} {:?}",
        f.region,
        f.labels.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
    for (name, lon, lat) in [
        ("Kursk", 36.18, 51.73),
        ("Sudscha", 35.27, 51.19),
        ("Belgorod", 36.58, 50.60),
        ("Charkiw", 36.25, 49.98),
        ("Sumy", 34.80, 50.92),
    ] {
        assert!(contains(&f, lon, lat), "{name} outside {:?}", f.region);
    }
    assert!(
        near(f.region.to_array(), [30.0, 48.0, 42.0, 55.0], 4.0),
        "{:?}",
        f.region
    );
    assert_eq!(f.focus.as_ref().unwrap().code, "RUS-2362");
    assert_eq!(
        f.labels[0].text, "Kursk",
        "the named oblast's main town first"
    );
}

#[test]
fn finland_agrees_with_its_hand_made_map() {
    let f = frame("finnland-grenze");
    eprintln!("{f:#?}");
    // [map] region = [22.0, 59.0, 36.0, 64.0]
    assert!(
        near(f.region.to_array(), [22.0, 59.0, 36.0, 64.0], 3.0),
        "{:?}",
        f.region
    );
    for (name, lon, lat) in [
        ("Helsinki", 24.94, 60.17),
        ("Wyborg", 28.75, 60.71),
        ("Sankt Petersburg", 30.31, 59.94),
        ("Petrosawodsk", 34.35, 61.78),
        ("Lappeenranta", 28.19, 61.06),
        ("Imatra", 28.75, 61.17),
        ("Swetogorsk", 28.86, 61.11),
    ] {
        assert!(contains(&f, lon, lat), "{name} outside {:?}", f.region);
    }
    assert!(!contains(&f, 37.62, 55.75), "Moskau is only mentioned");
    assert_eq!(
        f.focus.as_ref().unwrap().code,
        "RUS-2336",
        "Oblast Leningrad"
    );
    let band = f.band.as_ref().unwrap();
    assert_eq!(
        (band.inside.as_str(), band.along.as_str(), band.km),
        ("RUS", "FIN", 40.0)
    );
    assert_eq!(f.admin1[..2], ["RUS", "FIN"]);
    assert_eq!(f.inset.as_ref().unwrap().places, ["gn:524901"]);
    // The article's own towns come first, by first mention.
    let named: Vec<&str> = f
        .labels
        .iter()
        .filter(|l| l.named)
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(named[..3], ["Helsinki", "Wyborg", "Sankt Petersburg"]);
}
