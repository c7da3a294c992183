//! German word lists shared by the passes: role nouns, first names,
//! organisations, speech verbs.

use crate::scan::FastMap as HashMap;
use crate::scan::{is_det, lower, starts_upper};
use std::sync::OnceLock;

/// Grammatical gender as far as the text shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

const ROLE_SUFFIXES: &[&str] = &[
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "berater",
    "beraterin",
    "beamter",
    "beamtin",
    "beamte",
    "diplomat",
    "diplomatin",
    "experte",
    "expertin",
    "chef",
    "chefin",
    "analyst",
    "analystin",
    "botschafter",
    "botschafterin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "sekretär",
    "sekretärin",
    "kommandeur",
    "kommandeurin",
    "offizier",
    "offizierin",
    "general",
    "generalin",
    "vorsitzende",
    "vorsitzender",
    "abgeordnete",
    "abgeordneter",
    "korrespondent",
    "korrespondentin",
    "journalist",
    "journalistin",
    "reporter",
    "reporterin",
    "politiker",
    "politikerin",
    "senator",
    "senatorin",
    "gouverneur",
    "gouverneurin",
    "bürgermeister",
    "bürgermeisterin",
    "premier",
    "admiral",
    "oberst",
    "professor",
    "professorin",
    "machthaber",
    "diktator",
    "vertreter",
    "vertreterin",
    "insider",
    "kommandant",
    "kommandantin",
    "sprecherin",
    "militärsprecher",
    "stabschef",
    "gesandte",
    "gesandter",
    "beobachter",
    "beobachterin",
    "forscher",
    "forscherin",
    "wissenschaftler",
    "wissenschaftlerin",
    "historiker",
    "historikerin",
    "kommissar",
    "kommissarin",
];

const NATIONALITY_NOUNS: &[&str] = &[
    "Franzose",
    "Französin",
    "Russe",
    "Russin",
    "Ukrainer",
    "Ukrainerin",
    "Amerikaner",
    "Amerikanerin",
    "Deutsche",
    "Deutscher",
    "Brite",
    "Britin",
    "Chinese",
    "Chinesin",
    "Pole",
    "Polin",
    "Nordkoreaner",
    "Nordkoreanerin",
    "Südkoreaner",
    "Südkoreanerin",
    "Österreicher",
    "Österreicherin",
    "Schweizer",
    "Schweizerin",
    "Italiener",
    "Italienerin",
    "Türke",
    "Türkin",
    "Japaner",
    "Japanerin",
    "Iraner",
    "Iranerin",
    "Israeli",
    "Spanier",
    "Spanierin",
    "Niederländer",
    "Niederländerin",
    "Belarusse",
    "Belarussin",
];

/// True for a singular role or function noun ("Präsident", "NATO-Beamter",
/// "Sicherheitsberater", "der Franzose").
pub fn is_role_noun(w: &str) -> bool {
    if !starts_upper(w) {
        return false;
    }
    if NATIONALITY_NOUNS.contains(&w) {
        return true;
    }
    let last = w.rsplit('-').next().unwrap_or(w);
    let l = lower(last);
    ROLE_SUFFIXES.iter().any(|s| l.ends_with(s))
}

/// The gender a role noun shows ("Ministerin" → female).
pub fn role_gender(w: &str) -> Option<Gender> {
    if !is_role_noun(w) {
        return None;
    }
    if w.ends_with("in") {
        Some(Gender::Female)
    } else {
        Some(Gender::Male)
    }
}

const MALE_NAMES: &[&str] = &[
    "Wolodymyr",
    "Wladimir",
    "Jake",
    "Matthew",
    "Kris",
    "Olaf",
    "Joe",
    "Donald",
    "Antony",
    "Lloyd",
    "Emmanuel",
    "Boris",
    "Sergej",
    "Dmitri",
    "Dmitrij",
    "Jens",
    "Mark",
    "Friedrich",
    "Robert",
    "Christian",
    "Karl",
    "Andrij",
    "Oleksandr",
    "Walerij",
    "Jewgeni",
    "Alexej",
    "John",
    "Kurt",
    "Peter",
    "Michael",
    "Thomas",
    "Andreas",
    "Stefan",
    "Markus",
    "Martin",
    "Hans",
    "Jürgen",
    "Wolfgang",
    "Klaus",
    "Sebastian",
    "Matthias",
    "Alexander",
    "Vladimir",
    "Volodymyr",
    "Xi",
    "Yoon",
    "Rishi",
    "Keir",
    "Justin",
    "Recep",
    "Viktor",
    "Benjamin",
    "Dmytro",
    "Denys",
    "Rustem",
    "Kyrylo",
    "Mykola",
    "Pete",
    "Marco",
    "Jan",
    "Tim",
    "Tobias",
    "David",
    "Daniel",
    "Paul",
    "Lukas",
    "Felix",
    "Max",
    "Jonas",
    "Simon",
    "Georg",
    "Heinz",
    "Ralf",
    "Rolf",
    "Uwe",
    "Jörg",
    "Dirk",
    "Armin",
    "Lars",
    "Anton",
    "Emil",
    "Frank",
    "Josep",
    "Charles",
    "William",
    "James",
    "Richard",
    "Steffen",
    "Boris",
    "Igor",
    "Juri",
    "Jurij",
    "Oleg",
    "Pavel",
    "Petro",
    "Vitali",
    "Witali",
    "Kim",
    "Lee",
    "Hakan",
    "Nikolai",
    "Ivan",
    "Iwan",
    "Roman",
    "Maxim",
    "Ben",
    "Tom",
    "Nick",
    "Mike",
    "Bill",
    "George",
    "Henry",
    "Elon",
    "Jean",
    "Pierre",
    "Luc",
    "Ali",
    "Omid",
    "Ahmed",
    "Mohammed",
    "Hassan",
    "Yuri",
    "Sergei",
    "Sergey",
    "Alexei",
    "Jaroslaw",
    "Radoslaw",
    "Donald",
];

const FEMALE_NAMES: &[&str] = &[
    "Annalena",
    "Ursula",
    "Angela",
    "Kamala",
    "Maria",
    "Anna",
    "Julia",
    "Olena",
    "Kaja",
    "Giorgia",
    "Nancy",
    "Hillary",
    "Christine",
    "Sanna",
    "Mette",
    "Liz",
    "Theresa",
    "Marie",
    "Sophie",
    "Laura",
    "Katharina",
    "Sarah",
    "Lisa",
    "Claudia",
    "Petra",
    "Sabine",
    "Andrea",
    "Nicole",
    "Stefanie",
    "Karin",
    "Heike",
    "Susanne",
    "Anja",
    "Iryna",
    "Irina",
    "Natalia",
    "Natalja",
    "Jelena",
    "Tatjana",
    "Swetlana",
    "Marija",
    "Olga",
    "Ludmila",
    "Agnes",
    "Ricarda",
    "Saskia",
    "Alice",
    "Sahra",
    "Kristi",
    "Karine",
    "Linda",
    "Emma",
    "Eva",
    "Elena",
    "Jill",
    "Melania",
    "Kristina",
    "Christina",
    "Svenja",
    "Nadja",
    "Oksana",
    "Julija",
    "Hanna",
    "Ilse",
    "Ingrid",
    "Beate",
];

/// The gender of a known first name.
pub fn first_name(w: &str) -> Option<Gender> {
    if MALE_NAMES.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// (as written, canonical) organisation names.
const ORGS: &[(&str, &str)] = &[
    ("NATO", "NATO"),
    ("Nato", "NATO"),
    ("EU", "EU"),
    ("Europäische Union", "EU"),
    ("Europäischen Union", "EU"),
    ("UN", "UN"),
    ("UNO", "UN"),
    ("Vereinte Nationen", "UN"),
    ("Vereinten Nationen", "UN"),
    ("Pentagon", "Pentagon"),
    ("Kreml", "Kreml"),
    ("Weiße Haus", "Weißes Haus"),
    ("Weißes Haus", "Weißes Haus"),
    ("Weißen Haus", "Weißes Haus"),
    ("Weißen Hauses", "Weißes Haus"),
    ("US-Außenministerium", "US-Außenministerium"),
    ("US-Verteidigungsministerium", "US-Verteidigungsministerium"),
    ("Außenministerium", "Außenministerium"),
    ("Verteidigungsministerium", "Verteidigungsministerium"),
    ("Bundeswehr", "Bundeswehr"),
    ("Bundesregierung", "Bundesregierung"),
    ("Bundestag", "Bundestag"),
    ("Warrior Maven", "Warrior Maven"),
    ("OSZE", "OSZE"),
    ("IAEA", "IAEA"),
    ("IAEO", "IAEA"),
    ("G7", "G7"),
    ("G20", "G20"),
    ("Hamas", "Hamas"),
    ("Hisbollah", "Hisbollah"),
    ("Wagner-Gruppe", "Wagner-Gruppe"),
    ("UN-Sicherheitsrat", "UN-Sicherheitsrat"),
    ("Sicherheitsrat", "UN-Sicherheitsrat"),
    ("Weltbank", "Weltbank"),
    ("IWF", "IWF"),
    ("Gazprom", "Gazprom"),
    ("US-Kongress", "US-Kongress"),
    ("Kongress", "Kongress"),
    ("Duma", "Duma"),
    ("EU-Kommission", "EU-Kommission"),
    ("ISW", "ISW"),
    ("Institute for the Study of War", "ISW"),
    ("Amnesty International", "Amnesty International"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("Rote Kreuz", "Rotes Kreuz"),
    ("Roten Kreuz", "Rotes Kreuz"),
    ("Rotes Kreuz", "Rotes Kreuz"),
    ("Europarat", "Europarat"),
];

/// Multi-word phrases by their first word, longest first, for greedy matching.
pub(crate) type PhraseIndex = HashMap<&'static str, Vec<(Vec<&'static str>, &'static str)>>;

/// Builds a [`PhraseIndex`] from `(as written, canonical)` pairs.
pub(crate) fn phrase_index(list: &[(&'static str, &'static str)]) -> PhraseIndex {
    let mut map: PhraseIndex = HashMap::default();
    for (written, canon) in list {
        let words: Vec<&'static str> = written.split(' ').collect();
        if let Some(first) = words.first() {
            map.entry(*first).or_default().push((words, canon));
        }
    }
    for list in map.values_mut() {
        list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }
    map
}

fn org_index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| phrase_index(ORGS))
}

/// Organisation names starting with word `w`, longest first.
pub fn org_candidates(w: &str) -> &'static [(Vec<&'static str>, &'static str)] {
    org_index().get(w).map_or(&[], Vec::as_slice)
}

/// Words that are never part of a personal name.
pub fn is_name_stop(w: &str) -> bool {
    is_det(w)
        || crate::sentences::month_of(w).is_some()
        || matches!(
            w,
            "Er" | "Sie"
                | "Es"
                | "Wir"
                | "Ich"
                | "Ihr"
                | "Man"
                | "Dies"
                | "Diese"
                | "Dieser"
                | "Dieses"
                | "Auch"
                | "Aber"
                | "Doch"
                | "Und"
                | "Am"
                | "Im"
                | "In"
                | "Nach"
                | "Bei"
                | "Laut"
                | "So"
                | "Trotz"
                | "Während"
                | "Seit"
                | "Dass"
                | "Wie"
                | "Was"
                | "Wer"
                | "Wo"
                | "Als"
                | "Wenn"
                | "Mit"
                | "Von"
                | "Zu"
                | "Für"
                | "Auf"
                | "An"
                | "Unter"
                | "Über"
                | "Vor"
                | "Bis"
                | "Montag"
                | "Dienstag"
                | "Mittwoch"
                | "Donnerstag"
                | "Freitag"
                | "Samstag"
                | "Sonntag"
                | "Herr"
                | "Frau"
                | "The"
        )
}

/// Typical endings of German common nouns: such a word is no surname.
pub fn looks_like_common_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät", "ismus", "nis", "nisse",
        "ment", "ei", "tum", "lich", "ität", "ierung", "ik", "ung", "bereich", "kräfte", "truppen",
        "staaten", "land",
    ];
    let l = lower(w);
    ENDINGS.iter().any(|e| l.ends_with(e))
}

/// A speech verb: (lemma, particle it needs or may take, particle required).
pub fn speech_verb(w: &str) -> Option<(&'static str, Option<&'static str>, bool)> {
    Some(match w {
        "sagte" | "sagten" | "sagt" | "sagen" | "gesagt" | "sage" => ("sagen", None, false),
        "erklärte" | "erklärten" | "erklärt" | "erklären" => ("erklären", None, false),
        "betonte" | "betonten" | "betont" => ("betonen", None, false),
        "warnte" | "warnten" | "warnt" => ("warnen", None, false),
        "kommentierte" | "kommentierten" | "kommentiert" => ("kommentieren", None, false),
        "fügte" | "fügten" | "fügt" => ("hinzufügen", Some("hinzu"), true),
        "teilte" | "teilten" | "teilt" => ("mitteilen", Some("mit"), true),
        "besteht" | "bestand" | "bestehen" | "bestanden" => ("bestehen", Some("darauf"), false),
        "meinte" | "meinten" | "meint" => ("meinen", None, false),
        "berichtete" | "berichteten" | "berichtet" => ("berichten", None, false),
        "schrieb" | "schrieben" | "schreibt" => ("schreiben", None, false),
        "fragte" | "fragten" | "fragt" => ("fragen", None, false),
        "antwortete" | "antworteten" | "antwortet" => ("antworten", None, false),
        "ergänzte" | "ergänzten" | "ergänzt" => ("ergänzen", None, false),
        "versicherte" | "versicherten" | "versichert" => ("versichern", None, false),
        "bekräftigte" | "bekräftigten" | "bekräftigt" => ("bekräftigen", None, false),
        "unterstrich" | "unterstrichen" | "unterstreicht" => ("unterstreichen", None, false),
        "kritisierte" | "kritisierten" | "kritisiert" => ("kritisieren", None, false),
        "forderte" | "forderten" | "fordert" => ("fordern", None, false),
        "mahnte" | "mahnten" | "mahnt" => ("mahnen", None, false),
        "behauptete" | "behaupteten" | "behauptet" => ("behaupten", None, false),
        "äußerte" | "äußerten" | "äußert" => ("äußern", None, false),
        "rief" | "riefen" | "ruft" => ("rufen", None, false),
        "twitterte" | "twittert" => ("twittern", None, false),
        "kündigte" | "kündigten" | "kündigt" => ("ankündigen", Some("an"), true),
        "räumte" | "räumten" | "räumt" => ("einräumen", Some("ein"), true),
        "hob" | "hoben" | "hebt" => ("hervorheben", Some("hervor"), true),
        "stellte" | "stellten" | "stellt" => ("klarstellen", Some("klar"), true),
        "gab" | "gaben" | "gibt" => ("angeben", Some("an"), true),
        "sprach" | "sprachen" | "spricht" => ("sprechen", None, false),
        "so" => ("so", None, false),
        "laut" => ("laut", None, false),
        _ => return None,
    })
}

/// True for a plural verb form ("sagten"): "sie" is then no single person.
pub fn is_plural_verb(w: &str) -> bool {
    w.ends_with("ten") || w.ends_with("en") && !w.ends_with("hen")
}
