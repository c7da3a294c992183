//! Golden test on the seed article: every quote, figure, place, date and
//! medium, and nothing more.

use article::{parse, Article, Attribution, EntityKind, PlaceKind, Qualifier, QuoteKind, Span};

const SEED: &str = include_str!("../../../stories/kursk-nordkorea/article.txt");

fn s(a: &Article, span: Span) -> &str {
    a.slice(span)
}

#[test]
fn structure() {
    let a = parse(SEED);
    assert_eq!(a.paragraphs.len(), 10);
    assert_eq!(a.sentences.len(), 17);
    assert!(a.dateline.is_none());
    assert_eq!(a.context_year, None);
    assert!(a.sentence_text(4).starts_with("„Wir haben mit der VRC"));
    assert!(a.sentence_text(4).ends_with("am 28. Oktober."));
    assert!(a.sentence_text(9).ends_with("Konflikt.“"));
    let src = a.source_line.as_ref().expect("source line");
    assert!(src.body.text.starts_with("Erkenntnisse und Analysen"));
    assert_eq!(s(&a, src.body.span), src.body.text);
}

#[test]
fn quotes() {
    let a = parse(SEED);
    assert_eq!(a.quotes.len(), 4);

    let q = &a.quotes[0];
    assert_eq!(q.kind, QuoteKind::Full);
    assert_eq!((q.open_mark.as_str(), q.close_mark.as_str()), ("„", "“"));
    assert_eq!(q.pieces.len(), 1);
    assert!(s(&a, q.pieces[0]).starts_with("Wir brauchen"));
    assert!(s(&a, q.pieces[0]).ends_with("abgezogen werden,"));
    let cue = q.cue.as_ref().expect("cue");
    assert_eq!(
        (cue.verb.text.as_str(), cue.lemma.as_str()),
        ("besteht", "bestehen")
    );
    assert!(cue.particle.is_none());
    let sp = q.speaker.as_ref().expect("speaker");
    assert_eq!(
        sp.name.as_ref().map(|m| m.text.as_str()),
        Some("Wolodymyr Selenskyj")
    );
    assert_eq!(
        sp.role.as_ref().map(|m| m.text.as_str()),
        Some("ukrainische Präsident")
    );
    assert!(sp.organisation.is_none());
    assert_eq!(
        sp.reference.text,
        "der ukrainische Präsident Wolodymyr Selenskyj"
    );
    assert_eq!(sp.attribution, Attribution::SameSentence);
    assert_eq!(
        a.entities[sp.entity.expect("entity") as usize].name,
        "Wolodymyr Selenskyj"
    );
    assert!(q.addressee.is_none() && q.date.is_none() && q.occasion.is_none());

    let q = &a.quotes[1];
    assert_eq!(q.kind, QuoteKind::Full);
    assert_eq!(q.sentence, 4);
    assert!(s(&a, q.pieces[0]).starts_with("Wir haben mit der VRC"));
    let cue = q.cue.as_ref().expect("cue");
    assert_eq!(
        (cue.verb.text.as_str(), cue.lemma.as_str()),
        ("erklärte", "erklären")
    );
    let sp = q.speaker.as_ref().expect("speaker");
    assert_eq!(
        sp.name.as_ref().map(|m| m.text.as_str()),
        Some("Matthew Miller")
    );
    assert_eq!(
        sp.role.as_ref().map(|m| m.text.as_str()),
        Some("Sprecher des US-Außenministeriums")
    );
    assert_eq!(
        sp.organisation.as_ref().map(|m| m.text.as_str()),
        Some("US-Außenministerium")
    );
    assert_eq!(sp.attribution, Attribution::SameSentence);
    assert_eq!(
        q.occasion.as_ref().map(|m| m.text.as_str()),
        Some("während eines Pressebriefings")
    );
    let d = &a.dates[q.date.expect("date") as usize];
    assert_eq!(
        (d.text.as_str(), d.day, d.month),
        ("28. Oktober", Some(28), Some(10))
    );

    let q = &a.quotes[2];
    assert_eq!(q.kind, QuoteKind::Full);
    assert!(s(&a, q.pieces[0]).starts_with("Die Stationierung"));
    let cue = q.cue.as_ref().expect("cue");
    assert_eq!(
        (cue.verb.text.as_str(), cue.lemma.as_str()),
        ("kommentierte", "kommentieren")
    );
    let sp = q.speaker.as_ref().expect("speaker");
    assert_eq!(
        sp.name.as_ref().map(|m| m.text.as_str()),
        Some("Kris Osborn")
    );
    assert_eq!(
        sp.role.as_ref().map(|m| m.text.as_str()),
        Some("Präsident von Warrior Maven und ehemaliger Pentagon-Experte")
    );
    assert_eq!(
        sp.organisation.as_ref().map(|m| m.text.as_str()),
        Some("Warrior Maven")
    );
    assert_eq!(sp.attribution, Attribution::SameSentence);

    let q = &a.quotes[3];
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(s(&a, q.pieces[0]), "kritischer Ermöglicher");
    assert_eq!(s(&a, q.span), "„kritischer Ermöglicher“");
    let cue = q.cue.as_ref().expect("cue");
    assert_eq!(cue.verb.text, "teilte");
    assert_eq!(cue.particle.as_ref().map(|m| m.text.as_str()), Some("mit"));
    assert_eq!(cue.lemma, "mitteilen");
    assert_eq!(q.addressee.as_ref().map(|m| m.text.as_str()), Some("CNN"));
    let sp = q.speaker.as_ref().expect("speaker");
    assert!(sp.name.is_none());
    assert_eq!(sp.reference.text, "Ein NATO-Beamter");
    assert_eq!(
        sp.role.as_ref().map(|m| m.text.as_str()),
        Some("NATO-Beamter")
    );
    assert_eq!(
        sp.organisation.as_ref().map(|m| m.text.as_str()),
        Some("NATO")
    );
    assert_eq!(sp.attribution, Attribution::Anonymous);
    assert!(sp.entity.is_none());
}

type DateRow<'a> = (&'a str, Option<u8>, Option<u8>, Option<i32>, bool, u32);
type EntityRow<'a> = (EntityKind, &'a str, Vec<&'a str>, Option<&'a str>, usize);
type FigureRow<'a> = (
    &'a str,
    f64,
    Qualifier,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

#[test]
fn figures() {
    let a = parse(SEED);
    let rows: Vec<FigureRow> = a
        .figures
        .iter()
        .map(|f| {
            (
                s(&a, f.span),
                f.value,
                f.qualifier,
                f.counted_lemma.as_deref(),
                f.asserted_by.as_ref().map(|c| c.mention.text.as_str()),
                f.asserted_by.as_ref().and_then(|c| c.country.as_deref()),
            )
        })
        .collect();
    use Qualifier::*;
    assert_eq!(
        rows,
        vec![
            (
                "etwa 3.000",
                3000.0,
                Approximate,
                Some("Truppen"),
                Some("die Vereinigten Staaten"),
                Some("USA")
            ),
            ("50", 50.0, Exact, Some("Kilometer"), None, None),
            (
                "etwa 3.000",
                3000.0,
                Approximate,
                Some("Truppen"),
                Some("US-Beamte"),
                Some("USA")
            ),
            (
                "so hoch wie 12.000",
                12000.0,
                UpTo,
                Some("Soldaten"),
                Some("ukrainische Quellen"),
                Some("Ukraine")
            ),
            (
                "500",
                500.0,
                Exact,
                Some("Offiziere"),
                Some("ukrainische Quellen"),
                Some("Ukraine")
            ),
            (
                "drei",
                3.0,
                Exact,
                Some("Generäle"),
                Some("ukrainische Quellen"),
                Some("Ukraine")
            ),
            (
                "10.000",
                10000.0,
                Exact,
                Some("Truppen"),
                Some("der südkoreanische Geheimdienst"),
                Some("Südkorea")
            ),
        ]
    );
    let f = &a.figures;
    assert_eq!(
        f[1].converted
            .as_ref()
            .map(|c| (c.value, c.unit.text.as_str())),
        Some((30.0, "Meilen"))
    );
    assert_eq!(
        f[1].counted.as_ref().map(|c| c.text.as_str()),
        Some("Kilometer")
    );
    assert_eq!(f[3].number.text, "12.000");
    assert_eq!(
        f[3].counted.as_ref().map(|c| c.text.as_str()),
        Some("Soldaten")
    );
    assert_eq!(
        f[4].counted.as_ref().map(|c| c.text.as_str()),
        Some("Offizieren")
    );
    assert_eq!(
        f[5].counted.as_ref().map(|c| c.text.as_str()),
        Some("Generälen")
    );
    assert_eq!((f[4].part_of, f[5].part_of), (Some(3), Some(3)));
    assert!(f
        .iter()
        .enumerate()
        .all(|(i, f)| (i == 4 || i == 5) == f.part_of.is_some()));
    assert!(f.iter().all(|f| f.upper.is_none()));
    // 10.000: a forecast until December, counted "Truppen" from "Anzahl nordkoreanischer Truppen".
    assert!(f[6].forecast);
    assert!(f.iter().take(6).all(|f| !f.forecast && f.date.is_none()));
    let d = &a.dates[f[6].date.expect("date") as usize];
    assert_eq!(
        (d.text.as_str(), d.month, d.until),
        ("bis Dezember", Some(12), true)
    );
    assert!(f[6]
        .counted
        .as_ref()
        .is_some_and(|c| c.span.end < f[6].span.start));
    assert_eq!([f[0].sentence, f[2].sentence, f[6].sentence], [1, 6, 7]);
}

#[test]
fn places() {
    let a = parse(SEED);
    let places: Vec<(&str, &str, PlaceKind)> = a
        .places
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str(), p.kind))
        .collect();
    use PlaceKind::*;
    assert_eq!(
        places,
        vec![
            ("iso:UA", "Ukraine", Country),
            ("iso:KP", "Nordkorea", Country),
            ("iso:RU", "Russland", Country),
            ("iso:US", "USA", Country),
            ("iso:CN", "China", Country),
            ("ne:RUS-2362", "Oblast Kursk", Region),
            ("iso:KR", "Südkorea", Country),
            ("region:donbass", "Donbass", Region),
            ("gn:1816670", "Peking", City),
            ("gn:1871859", "Pjöngjang", City),
        ]
    );
    let kursk = a.place("ne:RUS-2362").expect("Kursk region");
    assert!((kursk.lat - 51.7).abs() < 0.1 && (kursk.lon - 36.2).abs() < 0.1);
    let donbass = a.place("region:donbass").expect("Donbass");
    assert_eq!((donbass.lat, donbass.lon), (48.4577, 38.3541));
    assert_eq!(
        a.place("gn:1871859").and_then(|p| p.geonames_id),
        Some(1871859)
    );

    let count = |name: &str, adjectival: bool| {
        a.place_mentions
            .iter()
            .filter(|m| a.places[m.place as usize].name == name && m.adjectival == adjectival)
            .count()
    };
    assert_eq!(a.place_mentions.len(), 48);
    assert_eq!((count("Ukraine", false), count("Ukraine", true)), (5, 4));
    assert_eq!(
        (count("Nordkorea", false), count("Nordkorea", true)),
        (4, 7)
    );
    assert_eq!((count("Russland", false), count("Russland", true)), (6, 2));
    assert_eq!((count("USA", false), count("USA", true)), (2, 5));
    assert_eq!(count("China", false), 7);
    assert_eq!(
        (
            count("Südkorea", true),
            count("Oblast Kursk", false),
            count("Donbass", false)
        ),
        (2, 1, 1)
    );
    assert_eq!((count("Peking", false), count("Pjöngjang", false)), (1, 1));

    let texts: Vec<&str> = a.place_mentions.iter().map(|m| m.text.as_str()).collect();
    for t in [
        "Region Kursk",
        "Donbass-Region",
        "Vereinigten Staaten",
        "Volksrepublik China",
        "VRC",
        "Russlands",
    ] {
        assert!(texts.contains(&t), "{t}");
    }
    // "Ukraine-Russland-Kriegs" names both countries.
    let war = a.text.find("Ukraine-Russland-Kriegs").expect("war");
    let inside: Vec<&str> = a
        .place_mentions
        .iter()
        .filter(|m| {
            m.span.start as usize >= war
                && (m.span.end as usize) <= war + "Ukraine-Russland-Kriegs".len()
        })
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(inside, ["Ukraine", "Russland"]);
    for m in &a.place_mentions {
        assert_eq!(s(&a, m.span), m.text);
        assert_eq!(a.sentence_at(m.span.start), Some(m.sentence));
    }
}

#[test]
fn dates() {
    let a = parse(SEED);
    let dates: Vec<DateRow> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.day, d.month, d.year, d.until, d.sentence))
        .collect();
    assert_eq!(
        dates,
        vec![
            ("29. Oktober", Some(29), Some(10), None, false, 2),
            ("28. Oktober", Some(28), Some(10), None, false, 4),
            ("bis Dezember", None, Some(12), None, true, 7),
        ]
    );
}

#[test]
fn entities_and_media() {
    let a = parse(SEED);
    let ents: Vec<EntityRow> = a
        .entities
        .iter()
        .map(|e| {
            (
                e.kind,
                e.name.as_str(),
                e.roles.iter().map(|r| r.text.as_str()).collect(),
                e.organisation.as_ref().map(|o| o.text.as_str()),
                e.mentions.len(),
            )
        })
        .collect();
    use EntityKind::*;
    assert_eq!(
        ents,
        vec![
            (
                Person,
                "Wolodymyr Selenskyj",
                vec!["ukrainische Präsident"],
                None,
                1
            ),
            (
                Person,
                "Jake Sullivan",
                vec![
                    "nationale Sicherheitsberater der USA",
                    "US-Nationaler Sicherheitsberater"
                ],
                None,
                2
            ),
            (Organisation, "US-Außenministerium", vec![], None, 1),
            (
                Person,
                "Matthew Miller",
                vec!["Sprecher des US-Außenministeriums"],
                Some("US-Außenministerium"),
                1
            ),
            (
                Person,
                "Kris Osborn",
                vec!["Präsident von Warrior Maven und ehemaliger Pentagon-Experte"],
                Some("Warrior Maven"),
                2
            ),
            (Organisation, "Warrior Maven", vec![], None, 2),
            (Organisation, "Pentagon", vec![], None, 1),
            (Organisation, "NATO", vec![], None, 1),
        ]
    );
    let sullivan = &a.entities[1];
    assert_eq!(
        sullivan
            .mentions
            .iter()
            .map(|m| s(&a, *m))
            .collect::<Vec<_>>(),
        ["Jake Sullivan", "Sullivan"]
    );

    let media: Vec<(&str, usize, bool)> = a
        .media
        .iter()
        .map(|m| (m.name.as_str(), m.mentions.len(), m.in_source_line))
        .collect();
    assert_eq!(
        media,
        vec![
            ("CNN", 2, false),
            ("Financial Times", 1, false),
            ("The Kyiv Independent", 1, true)
        ]
    );
    assert!(a.media.iter().all(|m| m.name != "Warrior Maven"));
}

#[test]
fn spans_are_consistent() {
    let a = parse(SEED);
    let ok = |sp: Span| {
        a.text.is_char_boundary(sp.start as usize) && a.text.is_char_boundary(sp.end as usize)
    };
    for q in &a.quotes {
        assert!(ok(q.span) && q.pieces.iter().all(|p| ok(*p) && q.span.contains(*p)));
    }
    for f in &a.figures {
        assert!(ok(f.span) && f.span.contains(f.number.span));
        assert_eq!(s(&a, f.number.span), f.number.text);
    }
    for p in &a.paragraphs {
        assert!(ok(p.span));
    }
}

#[test]
fn border_distance() {
    let a = parse(SEED);
    assert_eq!(a.border_distances.len(), 1);
    let d = &a.border_distances[0];
    assert_eq!(d.km, 50.0);
    assert_eq!(a.figures[d.figure as usize].value, 50.0);
    let border = d.border.and_then(|b| a.places.get(b as usize));
    assert_eq!(border.map(|p| p.name.as_str()), Some("Ukraine"));
    assert_eq!(
        s(&a, d.span),
        "50 Kilometer (30 Meilen) von der ukrainischen Grenze"
    );
    assert_eq!(d.sentence, 1);
}
