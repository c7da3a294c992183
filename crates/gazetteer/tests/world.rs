//! Tests on the committed world asset (`data/world/gazetteer.bin`): the
//! press-form budget, declined and designated forms, and the guard.
#![allow(clippy::unwrap_used)]

use gazetteer::lookup::{distance_km, Context, Gazetteer};
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

fn id(name: &str) -> String {
    world()
        .lookup(name)
        .and_then(|i| world().place(i))
        .map_or_else(|| "-".into(), |p| p.id())
}

/// (text found, place id) of every place in `text`.
fn scan(text: &str) -> Vec<(String, String)> {
    world()
        .scan(text)
        .into_iter()
        .map(|f| {
            let p = world().place(f.place).unwrap();
            (text[f.start..f.end].to_string(), p.id())
        })
        .collect()
}

#[test]
fn press_forms_are_found_at_the_right_place() {
    let list = include_str!("data/press_places.tsv");
    let (mut ok, mut bad) = (0usize, Vec::new());
    for line in list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        let (name, lat, lon) = (c[0], c[1].parse().unwrap(), c[2].parse().unwrap());
        match world().lookup(name).and_then(|i| world().place(i)) {
            Some(p) if distance_km(lat, lon, p.lat, p.lon) <= 25.0 => ok += 1,
            Some(p) => bad.push(format!("{name}: {} {}", p.label(), p.id())),
            None => bad.push(format!("{name}: missed")),
        }
    }
    let total = ok + bad.len();
    assert!(total >= 60, "{total} names");
    assert!(ok * 100 >= total * 95, "{ok}/{total}: {bad:#?}");
}

#[test]
fn required_transliterations_are_labels() {
    for (name, want) in [
        ("Sudscha", "gn:486816"),
        ("Tschassiw Jar", "gn:710915"),
        ("Wuhledar", "gn:690823"),
        ("Torezk", "gn:709354"),
        ("Orichiw", "gn:698428"),
    ] {
        assert_eq!(id(name), want, "{name}");
        let p = world().place(world().lookup(name).unwrap()).unwrap();
        assert_eq!(p.label(), name);
    }
}

#[test]
fn declined_and_designated_forms() {
    assert_eq!(id("Kiews"), "gn:703448");
    assert_eq!(id("Moskaus"), "gn:524901");
    assert_eq!(id("Gebiet Kursk"), "ne:RUS-2362");
    assert_eq!(id("im Gebiet Kursk"), "ne:RUS-2362");
    assert_eq!(id("nach Pjöngjang"), "gn:1871859");
    assert_eq!(id("in der Oblast Saporischschja"), "ne:UKR-331");
    assert_eq!(id("Oblast Kursk"), "ne:RUS-2362");
    assert_eq!(id("Region Kursk"), "ne:RUS-2362");
    assert_eq!(id("Kursker Gebiet"), "ne:RUS-2362");
    assert_eq!(id("Karelien"), "ne:RUS-2353");
    assert_eq!(id("Region Charkiw"), "ne:UKR-328");
    assert_eq!(id("Kursk"), "gn:538560", "the city, not the oblast");
    assert_eq!(id("Halle (Saale)"), "gn:2911522");
    assert_eq!(id("Halle"), "gn:2911522");
    assert_eq!(id("Sankt Petersburg"), "gn:498817");
    assert_eq!(id("Ukraine"), "iso:UA");
    assert_eq!(id("Russlands"), "iso:RU");
    assert_eq!(id("Donbass"), "region:donbass");
    assert_eq!(id("Donbas"), "region:donbass");
    assert_eq!(id("Florida"), "ne:USA-3542", "the US state, not Uruguay's");
    assert_eq!(id("Cherson"), "gn:706448", "the town, not its oblast");
    assert_eq!(id("Sewastopol"), "gn:694423");
    assert_eq!(id("Oblast Cherson"), "ne:UKR-4827");
    assert_eq!(id("Bayern"), "ne:DEU-1591");
    assert_eq!(id("Washington"), "gn:4140963");
    assert_eq!(id("Minsk"), "gn:625144");
}

#[test]
fn scan_finds_places_with_spans() {
    let got = scan(
        "Nach Angaben Kiews griffen Drohnen im Gebiet Kursk an. Später flog er nach Pjöngjang, \
         dann nach Halle (Saale) und Sankt Petersburg.",
    );
    let want = [
        ("Kiews", "gn:703448"),
        ("Gebiet Kursk", "ne:RUS-2362"),
        ("Pjöngjang", "gn:1871859"),
        ("Halle (Saale)", "gn:2911522"),
        ("Sankt Petersburg", "gn:498817"),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn common_words_weekdays_and_persons_are_no_places() {
    for text in [
        "Die Lage an der Grenze bleibt am Montag angespannt.",
        "Das Wetter war schlecht, die Halle blieb leer.",
        "Friedrich Engels und Karl Marx schrieben das Manifest.",
        "Kanzler Merz traf Präsident Selenskyj und Präsident Trump.",
        "Im Mai und im Juli kamen die Waren nicht an.",
        "Union und SPD verhandeln über den Haushalt.",
        "Wladimir Putin und Charlotte Merz trafen David Man.",
        "Ihren Angaben zufolge kam Anna Martin. Ende gut, alles gut.",
        "Jüdische Gemeinden und der Russe Time Mobile.",
        "Marco Rubio und Sawsan Chebli sprachen mit Tulsi Gabbard.",
        "Kreml-Sprecher Dmitrijew und US-Präsident Roosevelt, Ex-Kanzler Engels.",
        "Hamas, Hisbollah und Huthi; NATO, EU, CDU, AfD; Bild, Welt, Spiegel, Zeit.",
        "Grenze, Front, Korridor, Brücke, Damm, Kraftwerk, Hafen, Flughafen, Lager, Werk.",
    ] {
        assert_eq!(scan(text), Vec::<(String, String)>::new(), "{text}");
    }
}

#[test]
fn context_settles_shared_names() {
    let g = world();
    let ctx = Context {
        countries: vec!["UA".into()],
        ..Context::default()
    };
    // Without context the larger place; with Ukraine named, the Ukrainian one.
    let p = g
        .place(g.lookup_in("Kostjantyniwka", &ctx).unwrap())
        .unwrap();
    assert_eq!(p.country, "UA");
    let found = g.scan("In der Ukraine: Angriff auf Pokrowsk und Kostjantyniwka.");
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn odd_input_never_panics() {
    let g = world();
    for text in [
        "",
        " ",
        "(((",
        "Gebiet",
        "Gebiet Gebiet Gebiet",
        "A-",
        "’’’",
        "ẞẞ",
        "Kiew\u{0}s",
    ] {
        let _ = g.scan(text);
        let _ = g.lookup(text);
    }
    let long = "Kiew Gebiet ".repeat(20_000);
    let t = std::time::Instant::now();
    assert_eq!(g.scan(&long).len(), 20_000);
    assert!(t.elapsed().as_secs() < 5);
}

#[test]
fn the_two_stories_name_no_false_place() {
    // Every place the scan finds in the stories' articles, by id: all real.
    let allowed = [
        "region:donbass",
        "iso:RU",
        "iso:UA",
        "iso:KP",
        "iso:CN",
        "iso:US",
        "iso:FI",
        "gn:470546",
        "gn:524901",
        "gn:656688",
        "gn:658225",
        "ne:FIN-3188",
        "gn:485639",
        "gn:498817",
        "ne:RUS-2353",
        "ne:RUS-2362",
        "gn:1871859",
        "gn:509820",
        "gn:1816670",
        "ne:RUS-2336",
        "gn:648900",
        "gn:703448",
    ];
    for story in ["kursk-nordkorea", "finnland-grenze"] {
        let path = format!(
            "{}/../../stories/{story}/article.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        for (t, id) in scan(&text) {
            assert!(allowed.contains(&id.as_str()), "{story}: {t} → {id}");
        }
    }
}

#[test]
fn a_news_text_gives_exactly_its_places() {
    // A text written for this test: politics and war reporting with common
    // words at sentence starts ("Auch", "Marine"), surnames and weekdays.
    let text = include_str!("texts/nachrichten.txt");
    let ids: Vec<String> = scan(text).into_iter().map(|(_, id)| id).collect();
    let want = [
        "gn:704422",
        "gn:703448",
        "gn:2950159",
        "gn:2800866",
        "iso:IL",
        "iso:LB",
        "gn:294801",
        "ne:GAZ+00?",
        "gn:281124",
        "gn:5128581",
        "gn:524901",
        "iso:KP",
        "gn:706483",
        "gn:692194",
        "gn:687700",
        "gn:698740",
        "gn:4140963",
    ];
    assert_eq!(ids, want);
}

#[test]
fn a_text_without_places_gives_none() {
    // Economy, sport, courts, weather, the army: capitalised nouns, first
    // names and sentence-opening words, but no place.
    let text = include_str!("texts/ohne_orte.txt");
    assert_eq!(scan(text), Vec::<(String, String)>::new());
}

#[test]
fn places_inside_hyphen_compounds() {
    let got = scan("Der Gaza-Krieg und die Ukraine-Russland-Gespräche nach dem Kiew-Besuch.");
    let ids: Vec<&str> = got.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(ids, ["gn:281133", "iso:UA", "iso:RU", "gn:703448"]);
    assert_eq!(got[0].0, "Gaza");
}

#[test]
fn skip_spans_hide_what_the_caller_knows() {
    let text = "Der Sender Kyiv Independent meldet Angriffe auf Charkiw.";
    let start = text.find("Kyiv").unwrap();
    let ctx = Context {
        skip: vec![(start, start + "Kyiv Independent".len())],
        ..Context::default()
    };
    let found = world().scan_with(text, &ctx);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].start..found[0].end], "Charkiw");
}

#[test]
fn surnames_alone_are_no_places() {
    // Politicians in the news and the most frequent German surnames, each
    // as a sentence of its own (no first name before it).
    let text = include_str!("texts/namen.txt");
    assert_eq!(scan(text), Vec::<(String, String)>::new());
}
