//! Bad input gets a clear answer: no place, no map; a border statement the
//! map cannot draw, no band and the reason; an unknown town, listed as
//! written. Our own sentences, through the real gazetteer and world map.
#![allow(clippy::unwrap_used)]

mod common;

use atlas::framing::{FrameOverrides, Note};
use atlas::{assemble, plan};
use common::{gazetteer, map_of, world};
use std::collections::BTreeMap;

fn parse(text: &str) -> article::Article {
    common::parse(text, None)
}

/// The frame's notes, and whether the assembled map has a band.
fn notes_and_band(text: &str) -> (Vec<Note>, bool) {
    let (p, asset, gap) = map_of(&parse(text), FrameOverrides::default());
    assert_eq!(gap, None);
    (p.frame.notes, !asset.band.is_empty())
}

#[test]
fn an_article_without_a_place_has_no_map() {
    for text in [
        "",
        "Der Vorstand hat am Montag beschlossen, die Preise zu senken.",
        "„Wir sind zufrieden“, sagte die Sprecherin.",
    ] {
        let err = plan(
            &parse(text),
            gazetteer(),
            world(),
            FrameOverrides::default(),
        )
        .unwrap_err();
        assert_eq!(err, Note::NoPlace, "{text:?}");
        assert_eq!(
            err.de(),
            "Der Artikel nennt keinen Ort; es gibt keine Karte."
        );
    }
}

#[test]
fn a_border_without_its_country_draws_no_band() {
    let (notes, band) =
        notes_and_band("Die Stadt Charkiw liegt nur 30 Kilometer von der Grenze entfernt.");
    assert!(!band);
    assert!(
        notes
            .iter()
            .any(|n| matches!(n, Note::BorderWithoutCountry { .. })),
        "{notes:?}"
    );
}

#[test]
fn an_absurd_distance_draws_no_band() {
    let (notes, band) = notes_and_band(
        "Die Truppen in Charkiw stehen angeblich 5.000 Kilometer von der russischen Grenze entfernt.",
    );
    assert!(!band);
    let note = notes
        .iter()
        .find(|n| matches!(n, Note::AbsurdDistance { .. }))
        .unwrap();
    assert!(note.de().starts_with("5.000 Kilometer"), "{}", note.de());
}

#[test]
fn countries_without_a_common_land_border_draw_no_band() {
    // Portugal and Ukraine share no border.
    let (notes, band) = notes_and_band(
        "In Lissabon, 40 Kilometer von der ukrainischen Grenze, wurde demonstriert.",
    );
    assert!(!band);
    assert!(
        notes.iter().any(|n| matches!(n, Note::NoLandBorder { .. })),
        "{notes:?}"
    );
}

#[test]
fn a_town_the_gazetteer_does_not_know_is_listed_as_written() {
    let a = parse(
        "Bei Charkiw, im Dorf Welyka Kosnytschka, schlugen Raketen ein. Auch die Stadt Sumy meldete Schäden.",
    );
    let names: Vec<String> = atlas::unplaced(&a).into_iter().map(|u| u.text).collect();
    assert_eq!(names, ["Welyka Kosnytschka"]);
}

#[test]
fn odd_text_never_panics() {
    let long = "Kiew Charkiw Grenze 50 Kilometer von der ukrainischen Grenze. ".repeat(2_000);
    for text in [
        long.as_str(),
        "Grenze Grenze Grenze",
        "Stadt Stadt Stadt Dorf",
        "\u{0}\u{feff}Kiew\u{200b}",
        "50 Kilometer von der Grenze",
    ] {
        let a = parse(text);
        if let Ok(p) = plan(&a, gazetteer(), world(), FrameOverrides::default()) {
            let _ = assemble(&p.frame, &p.places, world(), &BTreeMap::new(), gazetteer());
        }
        let _ = atlas::unplaced(&a);
    }
}
