//! Frames of reported speech that are not a speech verb with its clause:
//! "nach Angaben von X", "laut X" inside the sentence, "X zufolge", "wie X
//! mitteilte", "…, so X.", "demnach", "wonach", hearsay "soll … haben", and
//! the Konjunktiv forms that mark a sentence as reported speech. Works on
//! tokens only: who the source is, is decided by the speaker finder.

use crate::lexicon::{entries, speech_senses};
use crate::scan::{is_adj, is_det, Doc, Kind};
use crate::types::FrameKind;
use std::sync::OnceLock;

type Set = crate::scan::FastMap<&'static str, ()>;

/// The word lists, as data (see the files' headers).
pub const SOURCE_NOUNS_FILE: &str = include_str!("../data/source_nouns.txt");
pub const KONJUNKTIV_FILE: &str = include_str!("../data/konjunktiv.txt");
pub const KONJUNKTIV_II_FILE: &str = include_str!("../data/konjunktiv2.txt");

pub const CLAIM_VERBS_FILE: &str = include_str!("../data/claim_verbs.txt");
pub const SPEECH_NOUNS_FILE: &str = include_str!("../data/speech_nouns.txt");

pub const ZU_INFINITIVE_VERBS_FILE: &str = include_str!("../data/zu_infinitive_verbs.txt");
/// Verbs that report only in a "wie" clause ("Wie eine Studie ergab, …").
pub const WIE_VERBS_FILE: &str = include_str!("../data/wie_verbs.txt");

/// "ankündigen", "auffordern": a speech verb whose zu-infinitive is what was
/// said (data/zu_infinitive_verbs.txt).
pub fn takes_reported_zu(lemma: &str) -> bool {
    static L: OnceLock<Set> = OnceLock::new();
    L.get_or_init(|| entries(ZU_INFINITIVE_VERBS_FILE).map(|w| (w, ())).collect())
        .contains_key(lemma)
}

/// "Behauptung", "Vorwurf", "Argument": a noun of saying (data/speech_nouns.txt).
pub fn is_speech_noun(w: &str) -> bool {
    static L: OnceLock<Set> = OnceLock::new();
    crate::scan::starts_upper(w)
        && L.get_or_init(|| entries(SPEECH_NOUNS_FILE).map(|w| (w, ())).collect())
            .contains_key(w)
}

/// A verb that puts a figure in its subject's mouth ("schätzt … auf",
/// "sprach von", "rechnet mit"), with the preposition it needs before the
/// figure, if any.
pub fn claim_verb(w: &str) -> Option<Option<&'static str>> {
    static L: OnceLock<Vec<(&'static str, Option<&'static str>)>> = OnceLock::new();
    let list = L.get_or_init(|| {
        entries(CLAIM_VERBS_FILE)
            .filter_map(|l| l.split_once('|'))
            .flat_map(|(forms, prep)| {
                let prep = Some(prep.trim()).filter(|p| *p != "-");
                forms.split_whitespace().map(move |f| (f, prep))
            })
            .collect()
    });
    list.iter().find(|(f, _)| *f == w).map(|&(_, p)| p)
}

/// Where the source of a frame stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A noun phrase right after this token ("laut [der Polizei]").
    After(usize),
    /// A noun phrase right before this token ("[dem Verband] zufolge").
    Before(usize),
    /// This very word ("nach Polizeiangaben").
    Word(usize),
    /// These words, first to last ("nach ukrainischen Angaben").
    Phrase(usize, usize),
    /// Not in the sentence ("Demnach …", "soll … haben").
    Elsewhere,
}

/// One frame found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: FrameKind,
    /// The frame word ("laut", "nach", "zufolge", "wie", "so", "Demnach", "soll").
    pub cue: usize,
    /// First and last token of the frame without its source.
    pub first: usize,
    pub last: usize,
    pub source: Source,
    /// The speech verb of a "wie X sagte" frame.
    pub verb: Option<usize>,
    /// The message runs to the end of the sentence, final mark included
    /// (a whole hearsay sentence).
    pub whole: bool,
}

fn source_nouns() -> &'static Vec<&'static str> {
    static L: OnceLock<Vec<&'static str>> = OnceLock::new();
    L.get_or_init(|| entries(SOURCE_NOUNS_FILE).collect())
}

/// A verb that frames what follows only in a clause opened by "wie"
/// ("Wie eine Umfrage ergab, …", "Wie es hieß, …"): `data/wie_verbs.txt`.
fn is_wie_verb(w: &str) -> bool {
    static L: OnceLock<Set> = OnceLock::new();
    L.get_or_init(|| entries(WIE_VERBS_FILE).map(|w| (w, ())).collect())
        .contains_key(w)
}

fn konjunktiv() -> &'static Set {
    static L: OnceLock<Set> = OnceLock::new();
    L.get_or_init(|| entries(KONJUNKTIV_FILE).map(|w| (w, ())).collect())
}

fn konjunktiv_ii() -> &'static Set {
    static L: OnceLock<Set> = OnceLock::new();
    L.get_or_init(|| entries(KONJUNKTIV_II_FILE).map(|w| (w, ())).collect())
}

/// True for a Konjunktiv II form that stands in for reported speech
/// after speech ("hätte", "wären", "würden").
pub fn is_konjunktiv_ii(w: &str) -> bool {
    w.len() >= 4 && crate::scan::starts_lower(w) && konjunktiv_ii().contains_key(w)
}

/// True for a Konjunktiv form from the list ("sei", "habe", "könne").
pub fn is_konjunktiv(w: &str) -> bool {
    w.len() >= 3 && crate::scan::starts_lower(w) && konjunktiv().contains_key(w)
}

/// "Angaben", "Polizeiangaben" (a compound is its own source): Some(compound?).
fn source_noun(w: &str) -> Option<bool> {
    if !crate::scan::starts_upper(w) {
        return None;
    }
    let l = w.to_lowercase();
    let list = source_nouns();
    if list.iter().any(|n| *n == l) {
        return Some(false);
    }
    list.iter()
        .any(|n| n.len() >= 6 && l.len() > n.len() + 2 && l.ends_with(n))
        .then_some(true)
}

/// Words that end a "wie X sagte" clause before its verb: it is then a comparison.
fn ends_wie(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "." | "(" | "–" | "-" | "und" | "oder")
}

/// True when the clause from `a` ends (at its first comma) in a
/// zu-infinitive ("…, die Stellen abzubauen", "…, mehr zu tun"): an intention
/// or an instruction, not a statement. Not shown as speech (see the crate's
/// notes on intentions).
pub fn zu_infinitive_clause(doc: &Doc, a: usize, end: usize) -> bool {
    let close = (a..end).find(|&k| doc.s(k) == ",").unwrap_or(end);
    if close < a + 2 {
        return false;
    }
    let w = doc.s(close - 1);
    let infix = w.len() >= 8
        && w.ends_with("en")
        && crate::scan::starts_lower(w)
        && w.get(2..w.len() - 4).is_some_and(|mid| mid.contains("zu"));
    // "…, die Straße zu sperren" but not "…, die Mieten stiegen zu
    // schnell": after "zu" an infinitive, not an adjective.
    let infinitive = crate::scan::starts_lower(w)
        && (w.ends_with("en")
            || w.ends_with("ern")
            || w.ends_with("eln")
            || matches!(w, "tun" | "sein"));
    doc.s(close - 2) == "zu" && infinitive || infix
}

/// Words that open an adverbial clause, not what was said ("sagte, als …").
pub fn opens_adverbial(w: &str) -> bool {
    matches!(
        w,
        "als"
            | "wenn"
            | "weil"
            | "nachdem"
            | "bevor"
            | "obwohl"
            | "während"
            | "da"
            | "damit"
            | "sodass"
            | "um"
            | "indem"
            | "seit"
            | "seitdem"
            | "bis"
            | "und"
            | "oder"
            | "aber"
            | "sondern"
            | "doch"
            | "denn"
            | "wie"
            | "welche"
            | "welcher"
            | "welches"
            | "zu"
    )
}

/// "…, laut dem die Brücke marode war": "laut" after a comma and a noun,
/// then a relative pronoun whose clause runs to a lower-case verb before the
/// next comma or the end (not "…, laut der Polizei, …").
fn relative_laut(doc: &Doc, s_first: usize, t: usize, end: usize) -> bool {
    if t < s_first + 2 || doc.s(t - 1) != "," || t + 3 >= end {
        return false;
    }
    let pronoun = doc.s(t + 1);
    if !matches!(
        pronoun,
        "dem" | "der" | "denen" | "welchem" | "welcher" | "welchen"
    ) {
        return false;
    }
    let before = doc.s(t - 2);
    // "liegt eine Expertise vor, laut der …": a verb's particle may follow the noun.
    let particle = t >= s_first + 3
        && matches!(
            before,
            "vor" | "an" | "aus" | "fest" | "bei" | "hin" | "dar"
        )
        && doc.is_cap(t - 3);
    let noun = doc.is_cap(t - 2) || is_quote_mark(before) || before == ")" || particle;
    let close = (t + 2..end.min(t + 40))
        .find(|&k| matches!(doc.s(k), "," | ";" | ":"))
        .unwrap_or(end);
    let last = doc.s(close - 1);
    noun && (pronoun == "denen"
        || close > t + 3
            && doc.is_word(close - 1)
            && crate::scan::starts_lower(last)
            && !is_det(last))
}

/// The comma closing a short relative clause that opens at `rel`, when
/// "dass" or "ob" follows it ("…, der besagt, dass …").
pub(crate) fn relative_then_dass(
    doc: &Doc,
    rel: usize,
    end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    (rel + 2..end.min(rel + 8))
        .take_while(|&k| !covered(k))
        .find(|&k| doc.s(k) == ",")
        .filter(|&c| matches!(doc.s(c + 1), "dass" | "daß" | "ob") && c + 3 < end)
}

/// A noun phrase can start at `t`: a determiner, a capitalised word or an adjective.
fn np_start(doc: &Doc, t: usize) -> bool {
    doc.is_word(t)
        && (is_det(doc.s(t)) || doc.is_cap(t) || is_adj(doc.s(t)) || particle_name(doc.s(t)))
}

/// A name led by a short lowercase particle and a hyphen: "al-Hadi", "el-Amin".
pub fn particle_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| {
        (2..=3).contains(&p.len())
            && p.chars().all(|c| c.is_ascii_lowercase())
            && rest.starts_with(|c: char| c.is_uppercase())
    })
}

/// "Ihrer Meinung nach", "Seiner Einschätzung nach" at `t`: a possessive, a noun
/// of opinion and "nach"; the possessive's gender (`None` for "unserer").
pub fn opinion_frame(doc: &Doc, t: usize) -> Option<Option<crate::lexicon::Gender>> {
    use crate::lexicon::Gender;
    let gender = match doc.s(t) {
        "Seiner" | "seiner" => Some(Gender::Male),
        "Ihrer" | "ihrer" => Some(Gender::Female),
        "Unserer" | "unserer" => None,
        _ => return None,
    };
    let noun = matches!(
        doc.s(t + 1),
        "Ansicht"
            | "Meinung"
            | "Auffassung"
            | "Einschätzung"
            | "Überzeugung"
            | "Darstellung"
            | "Schätzung"
            | "Sicht"
    );
    (noun && doc.s(t + 2) == "nach").then_some(gender)
}

pub const STATEMENT_NOUNS_FILE: &str = include_str!("../data/statement_nouns.txt");

/// "Fazit", "Antwort", "Kommentar": a noun naming what someone said
/// (data/statement_nouns.txt).
pub fn is_statement_noun(w: &str) -> bool {
    static L: OnceLock<Set> = OnceLock::new();
    crate::scan::starts_upper(w)
        && L.get_or_init(|| entries(STATEMENT_NOUNS_FILE).map(|w| (w, ())).collect())
            .contains_key(w)
}

/// The speaker of a colon frame made of a statement noun, opening at
/// `first` and ending at the colon `colon`: "Sein Fazit: „…“", "Ihre
/// Antwort auf die Frage: „…“" (a possessive: `Ok(gender)`), "Das Urteil
/// der Trainerin: „…“" (a genitive: `Err(token after the article)`). No verb
/// stands in the frame.
pub fn statement_frame(
    doc: &Doc,
    first: usize,
    colon: usize,
) -> Option<Result<Option<crate::lexicon::Gender>, usize>> {
    use crate::lexicon::Gender;
    if colon < first + 2 || colon > first + 8 || doc.s(colon) != ":" {
        return None;
    }
    let noun = first + 1;
    if !is_statement_noun(doc.s(noun)) {
        return None;
    }
    // Only words of a noun phrase: no verb, no comma.
    let plain = (noun + 1..colon).all(|k| {
        doc.is_word(k)
            && (doc.is_cap(k)
                || is_det(doc.s(k))
                || is_adj(doc.s(k))
                || matches!(
                    doc.s(k),
                    "zu" | "zum"
                        | "zur"
                        | "auf"
                        | "über"
                        | "von"
                        | "vom"
                        | "an"
                        | "am"
                        | "im"
                        | "in"
                ))
    });
    if !plain {
        return None;
    }
    let gender = match doc.s(first) {
        "Sein" | "Seine" => Some(Gender::Male),
        "Ihr" | "Ihre" => Some(Gender::Female),
        "Das" | "Die" | "Der" => {
            // The genitive right after the noun: "des Trainers", "der Ärztin".
            let g = noun + 1;
            return (matches!(doc.s(g), "des" | "der") && g + 1 < colon && doc.is_cap(g + 1))
                .then_some(Err(g + 1));
        }
        _ => return None,
    };
    Some(Ok(gender))
}

/// A participle after a pronominal adverb: "ausgegangen", "hingewiesen".
fn is_participle(w: &str) -> bool {
    crate::scan::starts_lower(w)
        && w.chars().count() > 5
        && w.contains("ge")
        && (w.ends_with('t') || w.ends_with("en"))
}

/// "sich sicher", "sich überzeugt", "es für möglich", "es als erwiesen"
/// ending at the adjective `t`: a stance on what a clause says.
pub fn stance_frame(doc: &Doc, t: usize) -> bool {
    let adj = doc.s(t);
    let sich = matches!(
        adj,
        "sicher"
            | "überzeugt"
            | "optimistisch"
            | "zuversichtlich"
            | "besorgt"
            | "skeptisch"
            | "einig"
            | "bewusst"
            | "gewiss"
    ) && (t.saturating_sub(3)..t).any(|k| doc.s(k) == "sich");
    let es = matches!(
        adj,
        "möglich"
            | "wahrscheinlich"
            | "unwahrscheinlich"
            | "denkbar"
            | "ausgeschlossen"
            | "erwiesen"
            | "notwendig"
            | "richtig"
            | "falsch"
    ) && t >= 2
        && matches!(doc.s(t - 1), "für" | "als")
        && doc.s(t - 2) == "es";
    sich || es
}

/// The first reported-speech frame of the sentence `s_first..end` (final
/// mark excluded), skipping tokens in quote marks. Bounded: at most 180
/// tokens of a sentence are looked at, and each only a few tokens ahead.
pub fn find(doc: &Doc, s_first: usize, end: usize, covered: &dyn Fn(usize) -> bool) -> Option<Hit> {
    let stop = end.min(s_first + 180);
    let mut sollen = None;
    for t in s_first..stop {
        if covered(t) || !doc.is_word(t) {
            continue;
        }
        let w = doc.s(t);
        let hit = |kind, first, last, source| Hit {
            kind,
            cue: t,
            first,
            last,
            source,
            verb: None,
            whole: false,
        };
        match w {
            // "Ihrer Meinung nach sei …": the possessive names the speaker.
            _ if t == s_first && opinion_frame(doc, t).is_some() && t + 4 < end => {
                return Some(hit(FrameKind::Nach, t, t + 2, Source::Word(t)));
            }
            // "ein Gutachten, laut dem die Brücke marode war": a relative
            // "laut" frames its clause; the noun before the comma speaks.
            "laut" | "gemäß" if relative_laut(doc, s_first, t, end) => {
                // ("liegt eine Expertise vor, laut der …": past a verb's particle.)
                let past =
                    usize::from(!doc.is_cap(t - 2) && crate::scan::starts_lower(doc.s(t - 2)));
                return Some(hit(FrameKind::Laut, t, t + 1, Source::Before(t - 1 - past)));
            }
            // "Regeln, denen zufolge jede Brücke geprüft wird"
            "zufolge"
                if t > s_first + 2
                    && doc.s(t - 2) == ","
                    && matches!(doc.s(t - 1), "dem" | "der" | "denen")
                    && t + 2 < end =>
            {
                return Some(hit(FrameKind::Zufolge, t - 1, t, Source::Before(t - 2)));
            }
            "laut" | "Laut" | "gemäß" | "Gemäß" if np_start(doc, t + 1) && t + 1 < end => {
                return Some(hit(FrameKind::Laut, t, t, Source::After(t)));
            }
            "zufolge" if t > s_first => {
                return Some(hit(FrameKind::Zufolge, t, t, Source::Before(t)));
            }
            "nach" | "Nach" => {
                // "nach seiner Einschätzung", "nach Kasmeks Meinung": the
                // possessive or the name in the genitive is the source.
                let owner = doc.s(t + 1);
                let possessive = matches!(owner, "seiner" | "ihrer" | "seinen" | "ihren");
                let genitive_name = doc.is_cap(t + 1)
                    && owner.ends_with('s')
                    && owner.chars().count() > 3
                    && source_noun(owner).is_none();
                if (possessive || genitive_name) && source_noun(doc.s(t + 2)) == Some(false) {
                    return Some(hit(FrameKind::Nach, t, t + 2, Source::Word(t + 1)));
                }
                // "nach [einem] [ersten] Angaben|Bericht [des|der|von] X"
                let mut n = t + 1;
                if is_det(doc.s(n)) && !matches!(doc.s(n), "des" | "die" | "das") {
                    n += 1;
                }
                let adj = (doc.is_word(n) && is_adj(doc.s(n))).then_some(n);
                if adj.is_some() {
                    n += 1;
                }
                let Some(compound) = source_noun(doc.s(n)) else {
                    continue;
                };
                let next = doc.s(n + 1);
                // "nach polnischen Angaben dem Bau …": after an
                // adjective that names the side, a dative is the clause's own.
                let dative_after_side = adj.is_some() && matches!(next, "dem" | "den");
                let source = if compound {
                    Source::Word(n)
                } else if matches!(next, "des" | "der" | "eines" | "einer" | "dem" | "den")
                    && !dative_after_side
                {
                    Source::After(n)
                } else if matches!(next, "von" | "vom") || next == "aus" && adj.is_none() {
                    Source::After(n + 1)
                } else if let Some(a) = adj {
                    // "nach ukrainischen Angaben": the adjective names the side.
                    Source::Phrase(a, n)
                } else if doc.is_cap(n + 1) || np_after(doc, n + 1, end).is_some() {
                    // "nach Angaben örtlicher Behörden"
                    Source::After(n)
                } else {
                    Source::Elsewhere
                };
                let last = if source == Source::After(n + 1) {
                    n + 1
                } else {
                    n
                };
                return Some(hit(FrameKind::Nach, t, last, source));
            }
            "wie" | "Wie"
                if t <= s_first + 1 && (t == s_first || doc.s(s_first) != "So")
                    || matches!(doc.s(t - 1), "," | "–" | "(") =>
            {
                // "Wie die Polizei mitteilte, …", "…, wie der Verband bekannt gab."
                // "Wie Karl Berger, Sprecher der Feuerwehr, mitteilte": an
                // apposition between commas stays inside the frame.
                let apposition = |k: usize| {
                    doc.s(k) == ","
                        && k > t + 1
                        && doc.is_cap(k - 1)
                        && (doc.is_cap(k + 1) || is_det(doc.s(k + 1)) || is_adj(doc.s(k + 1)))
                };
                let mut commas = 0;
                let Some(v) = (t + 2..stop.min(t + 14))
                    .take_while(|&k| {
                        // The second comma closes the apposition.
                        if commas == 0 && apposition(k) || commas == 1 && doc.s(k) == "," {
                            commas += 1;
                            return true;
                        }
                        // ("Wie Dr. Kessler …": the period of a title goes on.)
                        !covered(k)
                            && (!ends_wie(doc.s(k)) || crate::sentences::abbreviation_dot(doc, k))
                    })
                    .find(|&k| {
                        doc.is_cue(k) && !speech_senses(doc.s(k)).is_empty()
                            || is_wie_verb(doc.s(k)) && doc.s(k + 1) == ","
                    })
                else {
                    continue;
                };
                // The verb ends the clause (a particle or auxiliary may follow).
                let close = (v + 1..end.min(v + 4))
                    .find(|&k| matches!(doc.s(k), "," | "–" | ")"))
                    .unwrap_or(end);
                if close == end && t == s_first {
                    continue;
                }
                if close < end && t > s_first && close + 1 < end {
                    continue;
                }
                // "Wie auch die Feuerwehr sagte": past a short adverb to the source.
                let mut src = t;
                while src + 1 < v
                    && matches!(
                        doc.s(src + 1),
                        "schon"
                            | "bereits"
                            | "auch"
                            | "jetzt"
                            | "nun"
                            | "heute"
                            | "gestern"
                            | "zuvor"
                    )
                {
                    src += 1;
                }
                let mut h = hit(FrameKind::Wie, t, close - 1, Source::After(src));
                h.verb = Some(v);
                return Some(h);
            }
            "so" if t > s_first + 2
                && doc.s(t - 1) == ","
                && !covered(t - 2)
                && np_start(doc, t + 1)
                && end - t <= 25
                && !(t + 1..end).any(|k| doc.s(k) == ",") =>
            {
                return Some(hit(FrameKind::So, t, t, Source::After(t)));
            }
            // "Die Halle sei zu klein, so schreibt die Zeitung.": "so", a verb
            // of saying and its subject end the sentence.
            "so" if t > s_first + 2
                && doc.s(t - 1) == ","
                && !covered(t - 2)
                && doc.is_cue(t + 1)
                && !speech_senses(doc.s(t + 1)).is_empty()
                && np_start(doc, t + 2)
                && end - t <= 12
                && !(t + 1..end).any(|k| doc.s(k) == ",") =>
            {
                let mut h = hit(FrameKind::So, t, t + 1, Source::After(t + 1));
                h.verb = Some(t + 1);
                return Some(h);
            }
            // "Jeder Verein habe, so die Prüfer, genug erhalten": the frame set
            // between commas inside a Konjunktiv sentence.
            // "…sei – so der Vorwurf – …" between dashes too.
            "so" if t > s_first + 2
                && matches!(doc.s(t - 1), "," | "–")
                && !covered(t - 2)
                && np_start(doc, t + 1) =>
            {
                let close = if doc.s(t - 1) == "–" { "–" } else { "," };
                let Some(c) = (t + 2..end.min(t + 24))
                    .take_while(|&k| {
                        !covered(k)
                            && (doc.is_word(k)
                                || doc.kind(k) == Some(Kind::Num)
                                || is_quote_mark(doc.s(k))
                                || doc.s(k) == close)
                    })
                    .find(|&k| doc.s(k) == close)
                else {
                    continue;
                };
                let konjunktiv = (s_first..end).any(|k| {
                    !covered(k) && (is_konjunktiv(doc.s(k)) || is_konjunktiv_ii(doc.s(k)))
                });
                // "Sein Gegner, so die Ministerin weiter, würde …": a short
                // frame between commas is one in any mood.
                let short = c <= t + 5;
                if c + 2 < end && (konjunktiv || short) {
                    return Some(hit(FrameKind::So, t, c - 1, Source::After(t)));
                }
            }
            "Demnach" | "demnach" | "Danach" if t <= s_first + 3 || w == "demnach" => {
                // "Danach" opens a reported sentence only with a Konjunktiv after it.
                if w == "Danach"
                    && !(t + 1..end).any(|k| is_konjunktiv(doc.s(k)) || is_konjunktiv_ii(doc.s(k)))
                {
                    continue;
                }
                return Some(hit(FrameKind::Demnach, t, t, Source::Elsewhere));
            }
            "wonach" if t > s_first + 1 && doc.s(t - 1) == "," && t + 2 < end => {
                // "ein Bericht der Zeitung, wonach …": the noun before the comma.
                let source = if doc.is_cap(t - 2) {
                    Source::Word(t - 2)
                } else if is_quote_mark(doc.s(t - 2)) {
                    // "ein Bericht des Blatts „Nordpost“, wonach …": the noun
                    // phrase before the comma, name in marks and all.
                    Source::Before(t - 1)
                } else {
                    Source::Elsewhere
                };
                return Some(hit(FrameKind::Demnach, t, t, source));
            }
            // "Nun heißt es im Gutachten, die Brücke sei marode": the
            // clause after the comma.
            "heißt" | "hieß"
                if doc.s(t + 1) == "es"
                    && (doc.s(t.wrapping_sub(1)) != ","
                        || document_before(doc, s_first, t).is_some()) =>
            {
                let Some(c) = (t + 2..stop.min(t + 12))
                    .take_while(|&k| !covered(k))
                    .find(|&k| matches!(doc.s(k), "," | ":"))
                else {
                    continue;
                };
                if c + 3 >= end || covered(c + 1) {
                    continue;
                }
                let source =
                    match in_document(doc, t + 2).or_else(|| document_before(doc, s_first, t)) {
                        Some(k) => Source::After(k),
                        None => Source::Elsewhere,
                    };
                let mut h = hit(FrameKind::Verb, s_first, c, source);
                h.verb = Some(t);
                return Some(h);
            }
            // "In dem Bericht hatte es geheißen, dass …": the participle
            // after "es", then the clause after its comma.
            "geheißen"
                if doc.s(t + 1) == ","
                    && t + 4 < end
                    && !covered(t + 2)
                    && (t.saturating_sub(4).max(s_first)..t).any(|k| doc.s(k) == "es") =>
            {
                let source = match document_before(doc, s_first, t) {
                    Some(k) => Source::After(k),
                    None => Source::Elsewhere,
                };
                let mut h = hit(FrameKind::Verb, s_first, t + 1, source);
                h.verb = Some(t);
                return Some(h);
            }
            // "ein Bericht, der besagt, dass …": a relative clause on the noun
            // whose verb introduces the clause after it; that clause is what
            // the noun says.
            _ if t > s_first
                && doc.s(t + 1) == ","
                && is_speech_noun(w)
                && matches!(doc.s(t + 2), "der" | "die" | "das" | "welcher" | "welche")
                && doc.is_word(t + 3)
                && crate::scan::starts_lower(doc.s(t + 3))
                && !is_det(doc.s(t + 3))
                && relative_then_dass(doc, t + 2, end, covered).is_some() =>
            {
                let close = relative_then_dass(doc, t + 2, end, covered).unwrap_or(t + 1);
                return Some(hit(FrameKind::Noun, s_first, close, Source::Elsewhere));
            }
            // "die Behauptung, dass …", "mit dem Argument, die Kosten seien gedeckt"
            _ if t > s_first
                && doc.s(t + 1) == ","
                && is_speech_noun(w)
                && t + 3 < end
                && !covered(t + 2)
                // "die Mitteilung, die der Rat verschickte": a relative clause
                // on the noun is not what it says.
                && !(matches!(doc.s(t + 2), "der" | "die" | "das")
                    && (is_det(doc.s(t + 3))
                        || matches!(doc.s(t + 3), "er" | "sie" | "es" | "man" | "wir")))
                && (matches!(doc.s(t + 2), "dass" | "daß" | "ob" | "wonach")
                    || (t + 2..end.min(t + 40))
                        .take_while(|&k| !covered(k))
                        .any(|k| is_konjunktiv(doc.s(k)))) =>
            {
                return Some(hit(FrameKind::Noun, s_first, t + 1, Source::Elsewhere));
            }
            // "war sich sicher, dass …", "hält es für möglich, dass …": a
            // stance taken by the clause's subject.
            _ if t > s_first + 2 && stance_frame(doc, t) => {
                let c = t + 1 + usize::from(doc.s(t + 1) == "an");
                if doc.s(c) == "," && matches!(doc.s(c + 1), "dass" | "daß" | "ob") && c + 3 < end
                {
                    let mut h = hit(FrameKind::Verb, s_first, c, Source::Elsewhere);
                    h.verb = Some(t);
                    return Some(h);
                }
            }
            // "ging davon aus, dass …", "wies darauf hin, dass …": a verb with
            // a pronominal adverb announcing its content clause.
            "davon" | "darauf" | "damit" | "darüber" if t > s_first + 1 => {
                let mut c = t + 1;
                if matches!(doc.s(c), "aus" | "hin" | "ein" | "an") {
                    c += 1;
                } else if is_participle(doc.s(c)) && doc.s(c + 1) == "," {
                    // "war davon ausgegangen, dass …", "hatte darauf hingewiesen, dass …"
                    c += 1;
                }
                if doc.s(c) == "," && matches!(doc.s(c + 1), "dass" | "daß" | "ob") && c + 3 < end
                {
                    let mut h = hit(FrameKind::Verb, s_first, c, Source::Elsewhere);
                    h.verb = Some(t);
                    return Some(h);
                }
            }
            // "…, heißt es in dem Bericht." The report, if named, speaks.
            "heißt" | "hieß" if t > s_first + 2 && doc.s(t - 1) == "," && doc.s(t + 1) == "es" => {
                let source = match in_document(doc, t + 2) {
                    Some(k) => Source::After(k),
                    None => Source::Elsewhere,
                };
                let mut h = hit(FrameKind::Verb, t, end.saturating_sub(1).max(t), source);
                h.verb = Some(t);
                return Some(h);
            }
            // Hearsay unless a frame names the source later in the sentence
            // ("soll laut der Agentur … haben").
            "soll" | "sollen" if sollen.is_none() && hearsay(doc, t, end, covered) => {
                let mut h = hit(FrameKind::Sollen, t, t, Source::Elsewhere);
                h.whole = true;
                sollen = Some(h);
            }
            _ => {}
        }
    }
    sollen
}

/// After "heißt es": the "in"/"im" (past "wörtlich", "weiter", "dazu")
/// before the document that says it ("in dem Bericht", "im Antrag").
pub fn in_document(doc: &Doc, mut k: usize) -> Option<usize> {
    while matches!(
        doc.s(k),
        "wörtlich" | "weiter" | "dazu" | "darin" | "auch" | "ferner"
    ) {
        k += 1;
    }
    matches!(
        doc.s(k),
        "in" | "im" | "bei" | "beim" | "aus" | "von" | "vom" | "seitens"
    )
    .then_some(k)
}

/// "Im Gutachten heißt es", "Aus Kellbach hieß es": a phrase opening the
/// sentence before "heißt es" that names where it is said; its preposition.
pub fn document_before(doc: &Doc, s_first: usize, verb: usize) -> Option<usize> {
    let p = doc.s(s_first);
    if !matches!(
        p,
        "In" | "Im" | "Aus" | "Bei" | "Beim" | "Von" | "Vom" | "Seitens"
    ) || verb <= s_first + 1
    {
        return None;
    }
    let plain =
        |a: usize, b: usize| (a..b).all(|k| doc.is_word(k) || doc.kind(k) == Some(Kind::Num));
    if verb <= s_first + 8 && plain(s_first + 1, verb) {
        return Some(s_first);
    }
    // "In einer Mitteilung, die der Rat verschickte, heißt es": past a
    // relative clause on the document, set between commas.
    let c = (s_first + 2..verb.min(s_first + 7)).find(|&k| doc.s(k) == ",")?;
    let relative = matches!(
        doc.s(c + 1),
        "der" | "die" | "das" | "welche" | "welcher" | "welches"
    );
    // The clause closes with a comma right before the verb, or before its
    // auxiliary ("…, wurde verkündet").
    let close = (verb.saturating_sub(2).max(c + 1)..verb).find(|&k| doc.s(k) == ",")?;
    (relative
        && verb <= s_first + 30
        && plain(s_first + 1, c)
        && plain(close + 1, verb)
        && (c + 1..close).all(|k| doc.s(k) != ","))
    .then_some(s_first)
}

/// "soll … gewusst haben", "sollen … festgenommen worden sein": sollen with
/// a perfect infinitive is hearsay; "soll … gebaut werden" is a plan.
fn hearsay(doc: &Doc, t: usize, end: usize, covered: &dyn Fn(usize) -> bool) -> bool {
    // The clause ends at the next comma or the sentence end.
    let close = (t + 1..end.min(t + 40))
        .find(|&k| covered(k) || matches!(doc.s(k), "," | ";" | ":" | "–"))
        .unwrap_or(end);
    if close < t + 3 {
        return false;
    }
    let inf = doc.s(close - 1);
    let part = doc.s(close - 2);
    let participle = |p: &str| {
        crate::scan::starts_lower(p)
            && (p.ends_with('t') || p.ends_with("en"))
            && p.chars().count() > 3
            && p != "nicht"
            && p != "jetzt"
    };
    matches!(inf, "haben" | "sein") && (participle(part) || part == "worden" || part == "gewesen")
}

/// A source noun phrase found by its shape: first and last token, its
/// determiner and its head noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Np {
    pub first: usize,
    pub last: usize,
    pub det: Option<usize>,
    pub head: usize,
}

fn is_quote_mark(w: &str) -> bool {
    matches!(w, "„" | "“" | "”" | "»" | "«" | "\"")
}

/// Determiners and possessives that open a source noun phrase.
fn opens_np(w: &str) -> bool {
    is_det(w)
        || ["sein", "ihr", "unser", "dies", "jen"].iter().any(|p| {
            w.strip_prefix(p)
                .or_else(|| w.strip_prefix(&*p.to_uppercase()))
                .is_some_and(|rest| matches!(rest, "" | "e" | "er" | "em" | "en" | "es"))
        })
}

/// A capitalised word, an acronym or a hyphenated name ("al-Dschasira").
fn name_like(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && (doc.is_cap(k) || doc.s(k).contains('-') && doc.s(k).len() > 3)
}

/// The noun phrase that starts at `t` (a source after "laut", "nach Angaben",
/// "so", "wie"): "[det] [adjectives] Name … [des|der … Name] [(…)]", also in
/// quote marks („Reuters“). At most 16 tokens, none past `end`.
pub fn np_after(doc: &Doc, t: usize, end: usize) -> Option<Np> {
    let stop = end.min(t + 16);
    let mut k = t;
    // „Reuters“, „nordblick online“: a name in quote marks, any case.
    if k < stop && is_quote_mark(doc.s(k)) && doc.is_word(k + 1) {
        let close = (k + 2..stop.min(k + 6)).find(|&j| is_quote_mark(doc.s(j)))?;
        return Some(Np {
            first: k,
            last: close,
            det: None,
            head: k + 1,
        });
    }
    let det = (k < stop && opens_np(doc.s(k))).then_some(k);
    if det.is_some() {
        k += 1;
    }
    while k < stop && doc.is_word(k) && !doc.is_cap(k) && is_adj(doc.s(k)) {
        k += 1;
    }
    if k >= stop || !name_like(doc, k) || crate::lexicon::is_name_stop(doc.s(k)) {
        return None;
    }
    let head = k;
    let mut last = k;
    loop {
        let j = last + 1;
        if j >= stop {
            break;
        }
        let w = doc.s(j);
        if name_like(doc, j) && !crate::lexicon::is_name_stop(w) {
            last = j;
        } else if matches!(w, "des" | "der" | "von" | "vom") && j + 1 < stop {
            // A genitive or "von" complement: "des Verbands", "von Amnesty".
            let mut m = j + 1;
            if opens_np(doc.s(m)) {
                m += 1;
            }
            while m < stop && doc.is_word(m) && !doc.is_cap(m) && is_adj(doc.s(m)) {
                m += 1;
            }
            if m < stop && name_like(doc, m) {
                last = m;
            } else {
                break;
            }
        } else if w == "(" {
            match (j + 1..stop.min(j + 6)).find(|&m| doc.s(m) == ")") {
                Some(m) => last = m,
                None => break,
            }
        } else {
            break;
        }
    }
    Some(Np {
        first: t,
        last,
        det,
        head,
    })
}

/// The noun phrase that ends right before `t` (a source before "zufolge"):
/// back over names, adjectives and genitive chains to its determiner.
pub fn np_before(doc: &Doc, t: usize, s_first: usize) -> Option<Np> {
    let floor = s_first.max(t.saturating_sub(16));
    let mut k = t.checked_sub(1)?;
    if k < floor {
        return None;
    }
    // "(VDR) zufolge"
    if doc.s(k) == ")" {
        k = (floor..k)
            .rev()
            .find(|&m| doc.s(m) == "(")?
            .checked_sub(1)?;
    }
    if k < floor || !(name_like(doc, k) || is_quote_mark(doc.s(k))) {
        return None;
    }
    let last = t - 1;
    let mut head = k;
    let mut first = k;
    let mut det = None;
    while first > floor {
        let p = first - 1;
        let w = doc.s(p);
        if matches!(w, "des" | "der" | "von" | "vom") {
            // The genitive continues a noun before it: "Erklärung des Verbands".
            if p > floor && name_like(doc, p - 1) {
                first = p - 1;
                head = first;
                continue;
            }
            det = Some(p);
            first = p;
            break;
        }
        if opens_np(w) {
            det = Some(p);
            first = p;
            break;
        }
        if name_like(doc, p) && !crate::lexicon::is_name_stop(w) || is_quote_mark(w) {
            first = p;
            head = p;
        } else if doc.is_word(p) && !doc.is_cap(p) && is_adj(w) {
            first = p;
        } else {
            break;
        }
    }
    Some(Np {
        first,
        last,
        det,
        head,
    })
}

/// The tokens of a message in `first..=last` less the frame `f0..=f1`, with
/// commas, dashes and brackets at the cut edges dropped; empty pieces left out.
pub fn pieces_around(
    doc: &Doc,
    first: usize,
    last: usize,
    f0: usize,
    f1: usize,
) -> Vec<(usize, usize)> {
    let trim = |mut a: usize, mut b: usize| -> Option<(usize, usize)> {
        let edge = |k: usize| matches!(doc.s(k), "," | "–" | "-" | ";" | ":");
        while a <= b && edge(a) {
            a += 1;
        }
        while b > a && edge(b) {
            b -= 1;
        }
        (a <= b && !edge(a)).then_some((a, b))
    };
    let mut out = Vec::with_capacity(2);
    if f0 > first {
        out.extend(trim(first, f0 - 1));
    }
    if f1 < last {
        out.extend(trim(f1 + 1, last));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str) -> Option<(FrameKind, String)> {
        let doc = Doc::new(text);
        let mut doc = doc;
        let mut p = Vec::new();
        let mut s = Vec::new();
        crate::sentences::split(&mut doc, &mut p, &mut s);
        if doc.sent_toks.is_empty() {
            return None;
        }
        let (a, b) = doc.sent_range(0);
        find(&doc, a, b.saturating_sub(1), &|_| false).map(|h| (h.kind, doc.s(h.cue).to_string()))
    }

    #[test]
    fn empty_and_plain_sentences_have_no_frame() {
        assert_eq!(hit(""), None);
        assert_eq!(hit("Der Zug fuhr nach Berlin."), None);
        assert_eq!(hit("Wie immer kam er zu spät."), None);
        assert_eq!(hit("Die Brücke soll im Mai gebaut werden."), None);
    }

    #[test]
    fn source_frames() {
        assert_eq!(
            hit("Nach Angaben des Verbands sind mehr als 200 Betriebe betroffen."),
            Some((FrameKind::Nach, "Nach".into()))
        );
        assert_eq!(
            hit("Die Zahl ist nach Polizeiangaben gestiegen."),
            Some((FrameKind::Nach, "nach".into()))
        );
        assert_eq!(
            hit("Wie die Polizei mitteilte, wurden drei Personen festgenommen."),
            Some((FrameKind::Wie, "Wie".into()))
        );
        // The period of a title stays inside the frame.
        assert_eq!(
            hit("Wie Dr. Kessler aus dem Team erklärte, sind die Betten knapp."),
            Some((FrameKind::Wie, "Wie".into()))
        );
        assert_eq!(
            hit("Der Markt wächst weiter, so die Bank."),
            Some((FrameKind::So, "so".into()))
        );
        assert_eq!(
            hit("Die Stadt soll bereits im Januar von den Plänen gewusst haben."),
            Some((FrameKind::Sollen, "soll".into()))
        );
        assert_eq!(
            hit("Dem Verband zufolge fehlen Fachkräfte."),
            Some((FrameKind::Zufolge, "zufolge".into()))
        );
    }

    #[test]
    fn konjunktiv_list() {
        assert!(is_konjunktiv("sei"));
        assert!(!is_konjunktiv("ist"));
        assert!(!is_konjunktiv(""));
    }
}
