//! The second story (a sample text about the Finnish border) parses by the
//! same general rules as the first: quotes and speakers, figures with their
//! claimants, dates, reported speech, places and the border distance.

use article::{parse, Article, Attribution, Measure, Qualifier, Quote, QuoteKind};

const STORY: &str = include_str!("../../../stories/finnland-grenze/article.txt");

fn place_name(a: &Article, i: Option<u32>) -> Option<&str> {
    i.and_then(|i| a.places.get(i as usize))
        .map(|p| p.name.as_str())
}

/// The speech quotes (Full and Partial).
fn speech(a: &Article) -> Vec<&Quote> {
    a.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Term)
        .collect()
}

/// (name, reference, attribution) of a quote's speaker.
fn who(q: &Quote) -> (Option<&str>, &str, Attribution) {
    let s = q.speaker.as_ref().expect("speaker");
    (
        s.name.as_ref().map(|n| n.text.as_str()),
        s.reference.text.as_str(),
        s.attribution,
    )
}

#[test]
fn quotes_and_speakers() {
    let a = parse(STORY);
    let q = speech(&a);
    assert_eq!(q.len(), 7);
    assert!(a.slice(q[0].pieces[0]).starts_with("Wir sehen"));
    assert_eq!(
        who(q[0]),
        (
            Some("Laura Heikkinen"),
            "die Sprecherin des finnischen Grenzschutzes, Laura Heikkinen",
            Attribution::SameSentence
        )
    );
    assert!(a
        .slice(q[1].pieces[0])
        .starts_with("Die Lage ist angespannt"));
    assert_eq!(
        who(q[1]),
        (Some("Laura Heikkinen"), "sie", Attribution::Pronoun)
    );
    assert_eq!(
        q[1].cue.as_ref().map(|c| c.lemma.as_str()),
        Some("hinzufügen")
    );
    assert!(a.slice(q[2].pieces[0]).starts_with("Wir rechnen damit"));
    assert_eq!(
        who(q[2]),
        (
            None,
            "Ein hochrangiger Offizier der finnischen Armee",
            Attribution::Anonymous
        )
    );
    assert_eq!(who(q[3]).0, Some("Mikko Rantanen"));
    assert_eq!(who(q[3]).2, Attribution::SameSentence);
    assert!(a.slice(q[4].pieces[0]).starts_with("Militärisch"));
    assert_eq!(who(q[4]).0, Some("Mikko Rantanen"));
    assert_eq!(who(q[4]).2, Attribution::PreviousSentence);
    assert_eq!(q[5].kind, QuoteKind::Partial);
    assert_eq!(a.slice(q[5].pieces[0]), "notwendige Antwort");
    let role = q[5].speaker.as_ref().and_then(|s| s.role.as_ref());
    assert_eq!(
        role.map(|r| r.text.as_str()),
        Some("Sprecher des russischen Verteidigungsministeriums")
    );
    assert!(a.slice(q[6].pieces[0]).starts_with("Wir lassen uns"));
    let last = q[6].speaker.as_ref().expect("speaker");
    assert_eq!(
        last.entity,
        q[0].speaker.as_ref().and_then(|s| s.entity),
        "the last quote is Heikkinen's again"
    );
}

#[test]
fn reported_speech() {
    let a = parse(STORY);
    let r = a
        .indirect
        .iter()
        .find(|q| a.slice(q.span) == "Russland bedrohe niemanden")
        .expect("reported clause");
    assert_eq!(r.cue.as_ref().map(|c| c.lemma.as_str()), Some("sagen"));
    let speaker = r.speaker.as_ref().expect("speaker");
    assert_eq!(speaker.reference.text, "der Sprecher");
}

#[test]
fn figures_and_claimants() {
    let a = parse(STORY);
    let f = &a.figures;
    let country = |i: usize| f[i].asserted_by.as_ref().and_then(|c| c.country.as_deref());
    let at = |v: f64| f.iter().position(|f| f.value == v).expect("figure");
    let (k40, k6, k15, k900, k8, k20, k1340) = (
        at(40.0),
        at(6000.0),
        at(15000.0),
        at(900.0),
        at(8000.0),
        at(20000.0),
        at(1340.0),
    );
    assert_eq!(f.len(), 7);
    assert_eq!(f[k6].qualifier, Qualifier::Approximate);
    assert_eq!(country(k6), Some("Finnland"));
    assert_eq!(f[k15].qualifier, Qualifier::UpTo);
    assert_eq!(country(k15), Some("Estland"));
    assert_eq!(f[k900].part_of, Some(k15 as u32));
    assert_eq!(f[k8].upper, Some(10000.0));
    assert_eq!(country(k8), Some("Schweden"));
    assert!(f[k20].forecast);
    assert_eq!(country(k20), Some("Norwegen"));
    for k in [k6, k15, k900, k8, k20] {
        assert_eq!(f[k].measure, Measure::Personnel, "{}", a.slice(f[k].span));
    }
    for k in [k40, k1340] {
        assert_eq!(f[k].measure, Measure::Distance);
        assert_eq!(f[k].asserted_by, None);
    }
}

#[test]
fn dates() {
    let a = parse(STORY);
    let d: Vec<(&str, Option<u8>, Option<u8>)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.month, d.day))
        .collect();
    assert_eq!(
        d,
        [
            ("12. März", Some(3), Some(12)),
            ("April 2023", Some(4), None),
            ("Dezember 2023", Some(12), None),
            // Relative to the day of writing: shown as written without a story date.
            ("kommenden Woche", None, None)
        ]
    );
    assert!(a.dates[3].relative);
    assert_eq!(a.dates[1].year, Some(2023));
}

#[test]
fn places() {
    let a = parse(STORY);
    for name in [
        "Helsinki",
        "Wyborg",
        "Sankt Petersburg",
        "Petrosawodsk",
        "Karelien",
        "Südkarelien",
        "Lappeenranta",
        "Imatra",
        "Swetogorsk",
        "Moskau",
        "Finnland",
        "Russland",
        "Estland",
        "Schweden",
        "Norwegen",
    ] {
        let p = a.places.iter().find(|p| p.name == name);
        assert!(p.is_some(), "{name}");
    }
    let wyborg = a.place("gn:470546").expect("Wyborg by GeoNames id");
    assert_eq!(wyborg.geonames_id, Some(470546));
    assert!(a.place_mentions.iter().any(
        |m| m.text == "Republik Karelien" && place_name(&a, Some(m.place)) == Some("Karelien")
    ));
}

#[test]
fn border_distance() {
    let a = parse(STORY);
    assert_eq!(a.border_distances.len(), 1);
    let d = &a.border_distances[0];
    assert_eq!(d.km, 40.0);
    assert_eq!(place_name(&a, d.border), Some("Finnland"));
    assert_eq!(
        a.slice(d.span),
        "rund 40 Kilometer von der finnischen Grenze"
    );
}
