//! German word lists shared by the passes: role nouns, first names,
//! organisations, speech verbs.

use crate::words::FastMap as HashMap;
use crate::words::{is_det, lower, starts_upper};
use std::sync::OnceLock;

/// Grammatical gender as far as the text shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The word lists, as data: one entry a line, `#` starts a comment.
pub const VERBS_FILE: &str = include_str!("../data/speech_verbs.txt");
pub const ROLE_HEADS_FILE: &str = include_str!("../data/role_heads.txt");
pub const NATIONALITIES_FILE: &str = include_str!("../data/nationality_nouns.txt");
pub const FIRST_NAMES_FILE: &str = include_str!("../data/first_names.txt");
pub const ORGANISATIONS_FILE: &str = include_str!("../data/organisations.txt");
pub const MEDIA_FILE: &str = include_str!("../data/media.txt");
pub const CAPITALS_FILE: &str = include_str!("../data/capitals.txt");
/// Top-level domains of websites named as sources ("laut example.de").
pub const WEB_DOMAINS_FILE: &str = include_str!("../data/web_domains.txt");
/// Capitalised clause openers that never name a speaker ("Dabei", "Hatte").
pub const NEVER_SPEAKERS_FILE: &str = include_str!("../data/never_speakers.txt");
/// Media and audience nouns a statement is made to ("sagte der Zeitung").
pub const ADDRESSEE_NOUNS_FILE: &str = include_str!("../data/addressee_nouns.txt");
/// Plural nouns that count people ("Soldaten", "Helfer", "Streikende").
pub const PERSONNEL_NOUNS_FILE: &str = include_str!("../data/personnel_nouns.txt");
/// Verbs of deciding whose "ob" clause is an open question, not speech.
pub const DECISION_VERBS_FILE: &str = include_str!("../data/decision_verbs.txt");

/// The entries of a list file: trimmed lines, without blank lines and comments.
pub fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// "as written = canonical" entries.
pub(crate) fn pairs(src: &'static str) -> Vec<(&'static str, &'static str)> {
    entries(src)
        .map(|l| match l.split_once(" = ") {
            Some((w, c)) => (w.trim(), c.trim()),
            None => (l, l),
        })
        .collect()
}

/// The last three characters of `w` (all of it when shorter).
fn tail3(w: &str) -> &str {
    let at = w.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    &w[at..]
}

struct Lists {
    /// Role heads by their last three characters: one lookup, then `ends_with`.
    role_heads: HashMap<&'static str, Vec<&'static str>>,
    nationalities:
        std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::words::Fnv>>,
    first_names: HashMap<&'static str, Gender>,
    orgs: Vec<(&'static str, &'static str)>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        role_heads: entries(ROLE_HEADS_FILE).fold(HashMap::default(), |mut m, h| {
            m.entry(tail3(h)).or_insert_with(Vec::new).push(h);
            m
        }),
        nationalities: entries(NATIONALITIES_FILE).collect(),
        first_names: entries(FIRST_NAMES_FILE)
            .filter_map(|l| match l.split_once(' ') {
                Some(("m", n)) => Some((n.trim(), Gender::Male)),
                Some(("f", n)) => Some((n.trim(), Gender::Female)),
                _ => None,
            })
            .collect(),
        orgs: pairs(ORGANISATIONS_FILE),
    })
}

/// Agent nouns by their ending ("Wissenschaftlerin", "Journalist", "Kritiker").
fn agent_noun(l: &str) -> bool {
    let n = l.chars().count();
    (n >= 6 && l.ends_with("erin") && !l.ends_with("lerin") || n >= 7 && l.ends_with("lerin"))
        || (n >= 7 && (l.ends_with("iker") || l.ends_with("ikerin")))
        || (n >= 8 && (l.ends_with("ler") || l.ends_with("ist") || l.ends_with("istin")))
        || (n >= 7 && (l.ends_with("eur") || l.ends_with("eurin")))
}

/// True for a singular role or function noun ("Präsident", "NATO-Beamter",
/// "Sicherheitsberater", "der Franzose"): a head from the list at the end of
/// the word (compounds: "Regierungssprecher"), or an agent noun by rule.
pub fn is_role_noun(w: &str) -> bool {
    if !starts_upper(w) {
        return false;
    }
    let l = lists();
    if l.nationalities.contains(w) {
        return true;
    }
    let last = w.rsplit('-').next().unwrap_or(w);
    let low = lower(last);
    l.role_heads
        .get(tail3(&low))
        .is_some_and(|heads| heads.iter().any(|h| low.ends_with(h)))
        || agent_noun(&low)
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

/// The gender of a known first name.
pub fn first_name(w: &str) -> Option<Gender> {
    lists().first_names.get(w).copied()
}

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
    INDEX.get_or_init(|| phrase_index(&lists().orgs))
}

/// Organisation names starting with word `w`, longest first.
pub fn org_candidates(w: &str) -> &'static [(Vec<&'static str>, &'static str)] {
    org_index().get(w).map_or(&[], Vec::as_slice)
}

/// Words that are never part of a personal name.
pub fn is_name_stop(w: &str) -> bool {
    static STOPS: OnceLock<
        std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::words::Fnv>>,
    > = OnceLock::new();
    if is_det(w) {
        return true;
    }
    if !starts_upper(w) {
        return false;
    }
    crate::words::month_of(w).is_some()
        || STOPS
            .get_or_init(|| NAME_STOPS.iter().copied().collect())
            .contains(w)
}

/// Capitalised words that are never part of a personal name.
const NAME_STOPS: &[&str] = &[
    "Er",
    "Sie",
    "Es",
    "Wir",
    "Ich",
    "Ihr",
    "Man",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Auch",
    "Aber",
    "Doch",
    "Und",
    "Am",
    "Im",
    "In",
    "Nach",
    "Bei",
    "Laut",
    "So",
    "Trotz",
    "Während",
    "Seit",
    "Dass",
    "Wie",
    "Was",
    "Wer",
    "Wo",
    "Als",
    "Wenn",
    "Mit",
    "Von",
    "Zu",
    "Für",
    "Auf",
    "An",
    "Unter",
    "Über",
    "Vor",
    "Bis",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Herr",
    "Frau",
    "Dann",
    "Da",
    "Nun",
    "Jetzt",
    "Hier",
    "Dort",
    "Darauf",
    "Daraufhin",
    "Plötzlich",
    "Endlich",
    "Zuletzt",
    "Schließlich",
    "Sofort",
    "Später",
    "Noch",
    "Dazu",
    "Ja",
    "Nein",
    "Ach",
    "Oh",
    "Ihn",
    "Ihm",
    "Ihnen",
    "Sein",
    "Seine",
    "Seinen",
    "Seinem",
    "Seiner",
    "Ihre",
    "Ihren",
    "Ihrem",
    "Mein",
    "Meine",
    "Dein",
    "Deine",
    "Unser",
    "Unsere",
    "Kein",
    "Keine",
    "The",
    // Sentence adverbs and particles that open a sentence before its verb.
    "Weiter",
    "Also",
    "Vielleicht",
    "Nicht",
    "Demgegenüber",
    "Dagegen",
    "Hingegen",
    "Gerade",
    "Soweit",
    "Zudem",
    "Außerdem",
    "Allerdings",
    "Deshalb",
    "Deswegen",
    "Daher",
    "Darum",
    "Trotzdem",
    "Dennoch",
    "Inzwischen",
    "Indessen",
    "Bereits",
    "Schon",
    "Immer",
    "Nie",
    "Oft",
    "Heute",
    "Gestern",
    "Morgen",
    "Bisher",
    "Damals",
    "Zunächst",
    "Zuerst",
    "Danach",
    "Anschließend",
    "Erst",
    "Nur",
    "Sogar",
    "Kaum",
    "Wohl",
    "Gleichzeitig",
    "Jedoch",
    "Ferner",
    "Weiterhin",
    "Überdies",
    "Freilich",
    "Zwar",
    "Leider",
    "Demnach",
    "Somit",
    "Ebenfalls",
    "Offenbar",
    "Angeblich",
    "Tatsächlich",
    "Natürlich",
    "Vermutlich",
    "Wahrscheinlich",
    "Möglicherweise",
    "Einst",
    "Sonst",
    "Ebenso",
    "Wieder",
];

/// Typical endings of German common nouns: such a word is no surname.
pub fn looks_like_common_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät", "ismus", "nis", "nisse",
        "ment", "ei", "tum", "lich", "ität", "ierung", "ik", "bereich", "kräfte", "truppen",
        "staaten", "land",
    ];
    let l = lower(w);
    ENDINGS.iter().any(|e| l.ends_with(e))
}

/// One reading of a verb form: which speech verb it is, and the separable
/// particle that must (or may) stand later in the clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sense {
    /// The infinitive ("mitteilen", "fortfahren", "beschweren").
    pub lemma: &'static str,
    /// The separable particle ("mit", "fort"); `None` when the form has it glued on.
    pub particle: Option<&'static str>,
    /// True when the form is finite and separated from its particle ("teilte … mit").
    pub required: bool,
    /// Used with "sich" ("beschwerte sich").
    pub reflexive: bool,
}

/// Forms that are also common non-verbs ("meine", "bitte") or belong to an
/// unrelated homonym ("gestanden" of stehen): never cues.
const NOT_A_CUE: &[&str] = &[
    "meine",
    "meinen",
    "meinem",
    "meiner",
    "bitte",
    "gestanden",
    "geraten",
    "bekannt",
    "geschlossen",
    "gewandt",
    "rede",
    "lache",
    "geboten",
    "gefallen",
    "angefangen",
];

/// Inseparable prefixes: no "ge-" in the participle.
fn inseparable(base: &str) -> bool {
    [
        "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "wider", "unter", "über", "hinter",
    ]
    .iter()
    .any(|p| base.starts_with(p) && base.len() > p.len() + 3)
        || base.ends_with("ieren")
}

/// Every form of one line of the verb list, with the sense it has.
fn verb_line(line: &'static str, out: &mut Vec<(String, Sense)>) {
    let mut parts = line.split(';').map(str::trim);
    let head = parts.next().unwrap_or("");
    let (reflexive, head) = match head.strip_prefix("sich ") {
        Some(h) => (true, h.trim()),
        None => (false, head),
    };
    let (particle, base) = match head.split_once('|') {
        Some((p, b)) => (Some(p), b),
        None => (None, head),
    };
    let strong: Vec<&str> = parts.collect();
    let lemma: &'static str = match particle {
        Some(p) => Box::leak(format!("{p}{base}").into_boxed_str()),
        None => base,
    };
    let stem = base
        .strip_suffix("en")
        .or_else(|| base.strip_suffix('n'))
        .unwrap_or(base);
    // "antwortete", "rechnete", "bezeichnete": an "e" before the ending
    // (in "-chn-" the h belongs to the consonant "ch").
    let last3: Vec<char> = stem.chars().rev().take(3).collect();
    let e = match last3.as_slice() {
        ['t' | 'd', ..] => "e",
        ['m' | 'n', 'h', 'c', ..] => "e",
        ['m' | 'n', p, ..] if !"lrhmnaeiouäöü".contains(*p) => "e",
        _ => "",
    };
    let mut finite: Vec<String> = vec![format!("{stem}e"), format!("{stem}{e}st"), base.into()];
    let mut nonfinite: Vec<String> = Vec::new();
    if strong.is_empty() {
        finite.push(format!("{stem}{e}t"));
        for end in ["te", "ten", "test", "tet"] {
            finite.push(format!("{stem}{e}{end}"));
        }
        let ge = if inseparable(base) { "" } else { "ge" };
        nonfinite.push(format!("{ge}{stem}{e}t"));
    } else {
        let praet = strong[0];
        finite.push(
            strong
                .get(2)
                .map_or_else(|| format!("{stem}{e}t"), |s| (*s).to_string()),
        );
        let mut praets = vec![praet.to_string()];
        if let Some(p) = praet.strip_suffix('ß') {
            praets.push(format!("{p}ss"));
        } else if let Some(p) = praet.strip_suffix("ss") {
            praets.push(format!("{p}ß"));
        }
        for p in praets {
            let pl = if p.ends_with('e') { "n" } else { "en" };
            finite.push(format!("{p}{pl}"));
            finite.push(format!("{p}st"));
            finite.push(p);
        }
        if let Some(part) = strong.get(1) {
            nonfinite.push((*part).to_string());
        }
    }
    let sense = |particle, required| Sense {
        lemma,
        particle,
        required,
        reflexive,
    };
    match particle {
        None => {
            for f in finite.into_iter().chain(nonfinite) {
                out.push((f, sense(None, false)));
            }
        }
        Some(p) => {
            nonfinite.push(format!("{p}zu{base}"));
            for f in &finite {
                // Subordinate clauses glue the particle on: "wie er mitteilte".
                out.push((format!("{p}{f}"), sense(None, false)));
                out.push((f.clone(), sense(Some(p), true)));
            }
            for f in nonfinite {
                let glued = if f.starts_with(p) {
                    f
                } else {
                    format!("{p}{f}")
                };
                out.push((glued, sense(None, false)));
            }
        }
    }
}

type VerbMap = HashMap<String, Vec<Sense>>;

fn verbs() -> &'static VerbMap {
    static VERBS: OnceLock<VerbMap> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut forms = Vec::new();
        for line in entries(VERBS_FILE) {
            verb_line(line, &mut forms);
        }
        let mut map: VerbMap = HashMap::default();
        for (form, sense) in forms {
            if NOT_A_CUE.contains(&form.as_str()) {
                continue;
            }
            let senses = map.entry(form).or_default();
            if !senses.contains(&sense) {
                senses.push(sense);
            }
        }
        // A form without a particle to find comes last: "gab … an" before "gab".
        for senses in map.values_mut() {
            senses.sort_by_key(|s| !s.required);
        }
        map
    })
}

const SO: Sense = Sense {
    lemma: "so",
    particle: None,
    required: false,
    reflexive: false,
};
const LAUT: Sense = Sense {
    lemma: "laut",
    particle: None,
    required: false,
    reflexive: false,
};

/// Every reading of `w` as a cue: speech verbs from the list, and the frame
/// words "so" ("…“, so der Minister") and "laut" ("laut dem Minister").
pub fn speech_senses(w: &str) -> &'static [Sense] {
    match w {
        "so" => std::slice::from_ref(&SO),
        "laut" => std::slice::from_ref(&LAUT),
        _ => verbs().get(w).map_or(&[], Vec::as_slice),
    }
}

/// "bekannt gegeben": a particle verb's participle written apart from its
/// particle (a spelling the rules allow). The lemma when the particle
/// `prev` and the participle `w` together make a known participle.
pub fn split_participle(prev: &str, w: &str) -> Option<&'static str> {
    if !w.starts_with("ge") || prev.chars().count() < 5 || !crate::scan::starts_lower(prev) {
        return None;
    }
    verbs()
        .get(&format!("{prev}{w}"))?
        .iter()
        .find(|s| s.particle.is_none() && s.lemma.starts_with(prev))
        .map(|s| s.lemma)
}

/// A speech verb: (lemma, particle it needs or may take, particle required),
/// the first reading (see [`speech_senses`] for all).
pub fn speech_verb(w: &str) -> Option<(&'static str, Option<&'static str>, bool)> {
    speech_senses(w)
        .first()
        .map(|s| (s.lemma, s.particle, s.required))
}

/// True for a plural verb form ("sagten"): "sie" is then no single person.
pub fn is_plural_verb(w: &str) -> bool {
    w.ends_with("ten") || w.ends_with("en") && !w.ends_with("hen")
}

/// "de", "com": a top-level domain from data/web_domains.txt.
pub fn is_web_domain(w: &str) -> bool {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| entries(WEB_DOMAINS_FILE).collect())
        .contains(&w)
}

/// A capitalised word that opens a clause but never names a speaker
/// ("Dabei", "Insbesondere", "Hatte"): `data/never_speakers.txt`.
pub fn never_a_speaker(w: &str) -> bool {
    static L: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    L.get_or_init(|| entries(NEVER_SPEAKERS_FILE).map(|w| (w, ())).collect())
        .contains_key(w)
}

/// A noun naming a medium or an audience, which after "der"/"dem" is a
/// dative addressee ("sagte der Zeitung", "erklärte dem Sender"):
/// `data/addressee_nouns.txt`.
pub fn is_addressee_noun(w: &str) -> bool {
    static L: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    L.get_or_init(|| entries(ADDRESSEE_NOUNS_FILE).map(|w| (w, ())).collect())
        .contains_key(w)
}

/// A plural noun that counts people ("Soldaten", "Helfer", "Streikende"):
/// `data/personnel_nouns.txt`.
pub fn is_personnel_noun(w: &str) -> bool {
    static L: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    L.get_or_init(|| entries(PERSONNEL_NOUNS_FILE).map(|w| (w, ())).collect())
        .contains_key(w)
}

/// A verb of deciding or judging by its infinitive ("entscheiden",
/// "urteilen"): `data/decision_verbs.txt`.
pub fn is_decision_verb(lemma: &str) -> bool {
    static L: OnceLock<HashMap<&'static str, ()>> = OnceLock::new();
    L.get_or_init(|| entries(DECISION_VERBS_FILE).map(|w| (w, ())).collect())
        .contains_key(lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_files_have_no_duplicate_entries() {
        for (name, src) in [
            ("speech_verbs", VERBS_FILE),
            ("role_heads", ROLE_HEADS_FILE),
            ("nationality_nouns", NATIONALITIES_FILE),
            ("first_names", FIRST_NAMES_FILE),
            ("organisations", ORGANISATIONS_FILE),
            ("media", MEDIA_FILE),
            ("capitals", CAPITALS_FILE),
            ("addressee_nouns", ADDRESSEE_NOUNS_FILE),
            ("personnel_nouns", PERSONNEL_NOUNS_FILE),
            ("decision_verbs", DECISION_VERBS_FILE),
        ] {
            let mut seen = std::collections::HashSet::new();
            for e in entries(src) {
                // A first name is one entry whatever its gender; a verb whatever its forms.
                let key = e.split(';').next().unwrap_or(e).trim();
                let key = key
                    .strip_prefix("m ")
                    .or(key.strip_prefix("f "))
                    .unwrap_or(key);
                let key = key.split(" = ").next().unwrap_or(key);
                assert!(seen.insert(key), "{name}: duplicate entry {key:?}");
            }
        }
    }

    #[test]
    fn addressee_nouns_come_from_their_list() {
        assert!(is_addressee_noun("Zeitung"));
        assert!(is_addressee_noun("Öffentlichkeit"));
        assert!(!is_addressee_noun("Ministerin"));
        assert!(!is_addressee_noun("zeitung"));
    }

    #[test]
    fn at_least_300_speech_verbs() {
        assert!(entries(VERBS_FILE).count() >= 300);
    }

    #[test]
    fn verb_forms_are_generated() {
        let lemma = |w: &str| speech_senses(w).iter().map(|s| s.lemma).collect::<Vec<_>>();
        assert_eq!(lemma("antwortete"), ["antworten"]);
        assert_eq!(lemma("bezeichnete"), ["bezeichnen"]);
        assert_eq!(lemma("bezeichnet"), ["bezeichnen"]);
        assert!(lemma("rechnete").contains(&"vorrechnen"));
        assert!(lemma("flüsterte").contains(&"flüstern"));
        assert_eq!(lemma("murmelten"), ["murmeln"]);
        assert!(lemma("schloß").contains(&"schließen"));
        assert_eq!(lemma("mitteilte"), ["mitteilen"]);
        assert_eq!(lemma("hinzugefügt"), ["hinzufügen"]);
        let fuhr = speech_senses("fuhr");
        assert_eq!(
            (fuhr[0].lemma, fuhr[0].particle, fuhr[0].required),
            ("fortfahren", Some("fort"), true)
        );
        let gab: Vec<_> = speech_senses("gab").iter().map(|s| s.lemma).collect();
        assert!(gab.contains(&"angeben") && gab.contains(&"zugeben"));
        assert!(speech_senses("beschwerte")[0].reflexive);
        // Homonyms and removed seed-only entries are no cues.
        for w in ["meine", "bitte", "besteht", "gestanden"] {
            assert!(speech_senses(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn role_nouns_by_head_and_rule() {
        for w in [
            "Regierungssprecher",
            "Außenministerin",
            "NATO-Beamter",
            "Wissenschaftlerin",
            "Journalist",
            "Wirt",
            "Franzose",
            "Konzernchef",
        ] {
            assert!(is_role_noun(w), "{w}");
        }
        for w in ["Fahrzeuge", "Sekunde", "Spalte", "Haus", "Fehler"] {
            assert!(!is_role_noun(w), "{w}");
        }
    }
}
