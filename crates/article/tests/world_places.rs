//! Places through the world gazetteer (`data/world/gazetteer.bin`): declined
//! and multi-word forms, the guard against weekdays, "Grenze" and people's
//! surnames, both stories' places, and the path without a gazetteer.

use article::{parse, parse_with, Article, Options, WorldGazetteer};
use std::sync::OnceLock;

fn world() -> &'static WorldGazetteer {
    static G: OnceLock<WorldGazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/world/gazetteer.bin"
        );
        let bytes = std::fs::read(path).expect("the world gazetteer asset");
        WorldGazetteer::from_bytes(&bytes).expect("a gazetteer")
    })
}

fn parse_world(text: &str) -> Article {
    parse_with(
        text,
        &Options {
            published: None,
            gazetteer: Some(world()),
        },
    )
}

/// (text as written, place name, id) of every place mention, in order.
fn mentions(a: &Article) -> Vec<(String, String, String)> {
    a.place_mentions
        .iter()
        .map(|m| {
            let p = &a.places[m.place as usize];
            (a.slice(m.span).to_string(), p.name.clone(), p.id.clone())
        })
        .collect()
}

fn ids(a: &Article) -> Vec<&str> {
    a.places.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn empty_and_placeless_text() {
    assert!(parse_world("").places.is_empty());
    let a = parse_world("Am Montag sagte der Sprecher, die Lage an der Grenze sei ruhig.");
    assert!(a.places.is_empty(), "{:?}", mentions(&a));
}

#[test]
fn spans_are_the_written_forms() {
    let text = "Drohnen trafen am Dienstag Ziele nahe Charkiw und östlich von Saporischschja.";
    let a = parse_world(text);
    for m in &a.place_mentions {
        assert_eq!(a.slice(m.span), m.text);
        assert_eq!(&text[m.span.range()], m.text);
    }
    let names: Vec<String> = mentions(&a).into_iter().map(|m| m.1).collect();
    assert_eq!(names, ["Charkiw", "Saporischschja"]);
}

#[test]
fn declined_and_designated_forms() {
    let a = parse_world("Die Vororte Kiews wurden beschossen.");
    assert_eq!(
        mentions(&a),
        [("Kiews".into(), "Kiew".into(), "gn:703448".into())]
    );
    let a = parse_world("Die Soldaten kämpfen im Gebiet Kursk seit dem Sommer.");
    let m = mentions(&a);
    assert_eq!(
        (m[0].0.as_str(), m[0].2.as_str()),
        ("Gebiet Kursk", "ne:RUS-2362")
    );
    let a = parse_world("Der Minister reiste später nach Pjöngjang.");
    assert_eq!(ids(&a), ["gn:1871859"]);
    // A town the small table never knew.
    let a = parse_world("Die Armee meldete Vorstöße bei Tschassiw Jar und Torezk.");
    let names: Vec<String> = mentions(&a).into_iter().map(|m| m.0).collect();
    assert_eq!(names, ["Tschassiw Jar", "Torezk"]);
}

#[test]
fn multi_word_names() {
    let a = parse_world("Die Fähre fährt von Sankt Petersburg ab.");
    assert_eq!(mentions(&a)[0].0, "Sankt Petersburg");
    assert_eq!(ids(&a), ["gn:498817"]);
    let a = parse_world("Die Messe findet in Halle (Saale) statt.");
    let m = mentions(&a);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(
        m[0].0, "Halle (Saale)",
        "the closing bracket belongs to the name"
    );
    assert_eq!(m[0].2, "gn:2911522");
}

#[test]
fn weekdays_and_borders_are_no_places() {
    let a =
        parse_world("Am Sonntag und am Montag blieb die Grenze geschlossen. Die Grenze ist lang.");
    assert!(a.places.is_empty(), "{:?}", mentions(&a));
}

#[test]
fn surnames_that_name_towns_are_people() {
    // Kassel is a town, and the gazetteer alone finds the bare "Kassel" of
    // the second sentence; the parser knows it as the person's surname.
    let text = "Die Ministerin traf Peter Kassel in Berlin. Kassel sagte, die Lage sei gut.";
    let bare = world().scan(text);
    assert!(bare.iter().any(|f| &text[f.start..f.end] == "Kassel"));
    let a = parse_world(text);
    assert_eq!(ids(&a), ["gn:2950159"], "{:?}", mentions(&a));
    let text = "US-Außenminister Marco Rubio traf in Kiew ein. Rubio sagte, die Gespräche \
                seien gut verlaufen.";
    let a = parse_world(text);
    assert_eq!(
        sorted(ids(&a)),
        ["gn:703448", "iso:US"],
        "{:?}",
        mentions(&a)
    );
}

#[test]
fn a_surname_stays_a_person_when_it_stands_alone() {
    // Lima is a capital; here it is the diplomat.
    let text = "Die Diplomatin Maria Lima kam am Abend an. Lima traf danach in \
                Kinshasa den Minister.";
    let a = parse_world(text);
    assert_eq!(ids(&a), ["gn:2314302"], "{:?}", mentions(&a));
    // A title before a genitive place makes no surname of it.
    let a = parse_world("Der Bürgermeister Kiews sprach lange. In Kiew blieb es ruhig.");
    let m = mentions(&a);
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m.iter().all(|(_, _, id)| id == "gn:703448"));
}

#[test]
fn quoted_names_that_are_no_speech_are_no_places() {
    let text = "Der Hubschrauber vom Typ „Orel“ landete bei Épinal. Die Maschine vom Typ \
                „Hercules“ flog nach Teheran.";
    let a = parse_world(text);
    assert_eq!(ids(&a), ["gn:3020035", "gn:112931"], "{:?}", mentions(&a));
}

#[test]
fn nouns_that_name_towns_somewhere_are_no_places() {
    // A town name after an article, before a month, or in a street's name.
    let text = "Die Bank meldete Verluste. Von Mitte April an gilt der Plan. Der Unfall \
                geschah an der Puschkin-Straße. Der Toronto Star berichtete.";
    let a = parse_world(text);
    assert!(a.places.is_empty(), "{:?}", mentions(&a));
    // Countries and regions take articles.
    let a = parse_world("Die Ukraine und der Donbass litten, die Schweiz half.");
    assert_eq!(
        sorted(ids(&a)),
        ["iso:CH", "iso:UA", "region:donbass"],
        "{:?}",
        mentions(&a)
    );
}

#[test]
fn stray_small_towns_abroad_are_names() {
    // Small foreign towns with no country named and no place word: names.
    for text in [
        "Wilson erklärte, er sei zufrieden.",
        "Anderson sagte, die Lage sei ruhig.",
    ] {
        let a = parse_world(text);
        assert!(a.places.is_empty(), "{text}: {:?}", mentions(&a));
    }
    // A place word, a German form or a German town keeps them.
    // (The adjective names its country, as "ukrainischen" does.)
    let a = parse_world("Die Maschine landete im tschechischen Pilsen.");
    assert_eq!(ids(&a), ["iso:CZ", "gn:3068160"], "{:?}", mentions(&a));
    let a = parse_world("Die Staatsanwaltschaft Ellwangen prüft den Fall.");
    assert_eq!(ids(&a), ["gn:2930889"], "{:?}", mentions(&a));
    let a = parse_world("Er wuchs in Wilson auf.");
    assert_eq!(a.places.len(), 1, "{:?}", mentions(&a));
}

#[test]
fn media_names_are_no_places() {
    let a = parse_world("Das berichtete The Kyiv Independent am Abend.");
    assert!(!ids(&a).contains(&"gn:703448"), "{:?}", mentions(&a));
}

#[test]
fn adjectives_still_name_countries() {
    let a = parse_world("Nordkoreanische Soldaten stehen an der russischen Grenze.");
    let adj: Vec<(&str, bool)> = a
        .place_mentions
        .iter()
        .map(|m| (a.places[m.place as usize].id.as_str(), m.adjectival))
        .collect();
    assert_eq!(adj, [("iso:KP", true), ("iso:RU", true)]);
}

#[test]
fn datelines_through_the_world_gazetteer() {
    let a = parse_world("CHARKIW (dpa) - Die Stadt wurde erneut angegriffen.");
    assert_eq!(
        a.dateline.as_ref().map(|d| d.place.text.as_str()),
        Some("CHARKIW")
    );
    assert_eq!(ids(&a), ["gn:706483"]);
}

#[test]
fn without_a_gazetteer_the_small_table_as_before() {
    let text = "Die Armee meldete Vorstöße bei Tschassiw Jar und nahe Charkiw.";
    let a = parse(text);
    assert_eq!(ids(&a), ["gn:706483"], "only the small table's Charkiw");
    let b = parse_with(text, &Options::default());
    assert_eq!(a, b);
}

const KURSK: &str = include_str!("../../../stories/kursk-nordkorea/article.txt");
const FINNLAND: &str = include_str!("../../../stories/finnland-grenze/article.txt");

fn sorted(mut v: Vec<&str>) -> Vec<&str> {
    v.sort_unstable();
    v
}

#[test]
fn the_kursk_story_places() {
    let a = parse_world(KURSK);
    let expected = [
        "gn:1816670",
        "gn:1871859",
        "iso:CN",
        "iso:KP",
        "iso:KR",
        "iso:RU",
        "iso:UA",
        "iso:US",
        "ne:RUS-2362",
        "region:donbass",
    ];
    assert_eq!(sorted(ids(&a)), expected, "{:?}", mentions(&a));
    // The same places as the small table found, with the same mentions.
    let small = parse(KURSK);
    assert_eq!(ids(&a), ids(&small));
    assert_eq!(mentions(&a), mentions(&small));
}

#[test]
fn the_finnland_story_places() {
    let a = parse_world(FINNLAND);
    let expected = [
        "gn:470546",
        "gn:485639",
        "gn:498817",
        "gn:509820",
        "gn:524901",
        "gn:648900",
        "gn:656688",
        "gn:658225",
        "iso:EE",
        "iso:FI",
        "iso:NO",
        "iso:RU",
        "iso:SE",
        "iso:UA",
        "ne:FIN-3188",
        "ne:RUS-2353",
    ];
    assert_eq!(sorted(ids(&a)), expected, "{:?}", mentions(&a));
    let small = parse(FINNLAND);
    assert_eq!(mentions(&a), mentions(&small));
    // The army district named after Leningrad is not the oblast.
    assert!(!ids(&a).contains(&"ne:RUS-2336"));
}
