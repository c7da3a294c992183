//! Places in a German text, with their byte spans: one pass over the words,
//! a second one that settles shared names by the places the first found.
//!
//! The guard keeps common words off the map: a name that is also a
//! frequent German word ("Lage", "Wetter", "Halle") counts only after a
//! place word ("in", "nach", "Stadt") or inside a longer name; a name
//! after a first name or a title ("Friedrich Engels", "Präsident X") is a
//! person; words written all in capitals, and genitives, match only German
//! forms (curated, German, transliterated).

use crate::asset::{Kind, Source};
use crate::lookup::{Candidate, Context, Gazetteer};
use crate::names::{fold, uninflected, REGION_DESIGNATORS};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Words that are names of places somewhere but, in German text, mostly
/// something else (nouns, verbs, weekdays, months, surnames); one a line.
pub const COMMON_WORDS: &str = include_str!("../data/common_words_de.txt");

/// First names and titles: a name right after one is a person's.
pub const PERSON_CUES: &str = include_str!("../data/person_cues.txt");

/// Words after which a common-word name is a place ("in Halle").
pub const PLACE_CUES: [&str; 24] = [
    "in",
    "nach",
    "aus",
    "bei",
    "von",
    "um",
    "vor",
    "über",
    "gegen",
    "Richtung",
    "nahe",
    "Stadt",
    "Ort",
    "Dorf",
    "Gemeinde",
    "Hauptstadt",
    "Großstadt",
    "Kleinstadt",
    "Hafenstadt",
    "Grenzstadt",
    "Frontstadt",
    "Ortschaft",
    "Siedlung",
    "Kreisstadt",
];

fn word_set(text: &'static str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

fn common_words() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| word_set(COMMON_WORDS))
}

fn person_cues() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| word_set(PERSON_CUES))
}

/// A place found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the first character of the name in the text.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// Index into [`Gazetteer::places`].
    pub place: u32,
}

#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// Only spaces or brackets between this word and the previous one.
    joined: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap_joins = true;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            let joined = gap_joins && !out.is_empty();
            out.push(Word {
                start: s,
                end: i,
                text: &text[s..i],
                joined,
            });
            gap_joins = true;
        }
        // "St. Petersburg": a dot after a short word joins.
        let dot_after_abbrev = c == '.'
            && out
                .last()
                .is_some_and(|w| w.end == i && w.text.chars().count() <= 3);
        if !(c.is_whitespace() || matches!(c, '(' | ')') || dot_after_abbrev) {
            gap_joins = false;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
            joined: gap_joins && !out.is_empty(),
        });
    }
    out
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// One match of the first pass: the span, the candidates, and how sure.
struct Hit {
    start: usize,
    end: usize,
    cands: Vec<Candidate>,
    /// Needs a place word before it or the article's context.
    guarded: bool,
    after_place_cue: bool,
}

impl Gazetteer {
    /// Places named in `text`, in order, with their byte spans. Shared names
    /// are settled by the countries and places the text names elsewhere.
    /// Linear in the length of the text; any input is fine.
    pub fn scan(&self, text: &str) -> Vec<Found> {
        self.scan_with(text, &Context::default())
    }

    /// [`Gazetteer::scan`] with more context from the caller (the article's
    /// countries and places found otherwise).
    pub fn scan_with(&self, text: &str, extra: &Context) -> Vec<Found> {
        let ws = words(text);
        let hits = self.hits(&ws);
        let skipped = |h: &Hit| extra.skip.iter().any(|&(s, e)| h.start < e && s < h.end);
        // Context: the caller's, the countries and regions named, and the
        // places whose best candidate needs no guard.
        let mut ctx = extra.clone();
        for h in hits.iter().filter(|h| !h.guarded && !skipped(h)) {
            if let Some(p) = self.best(&h.cands, &Context::default()) {
                if let Some(pl) = self.place(p) {
                    // Countries, regions and sure big cities ("Kiew") set
                    // the article's countries.
                    let sure_city = pl.kind == Kind::City
                        && pl.population >= 100_000
                        && h.cands
                            .iter()
                            .any(|c| c.place == p && c.source <= Source::Translit);
                    if (pl.kind != Kind::City || sure_city) && !ctx.countries.contains(&pl.country)
                    {
                        ctx.countries.push(pl.country.clone());
                    }
                    if pl.kind == Kind::City {
                        ctx.places.push(p);
                    }
                }
            }
        }
        ctx.places.truncate(64);
        let mut out = Vec::new();
        for h in hits.iter().filter(|h| !skipped(h)) {
            let Some(p) = self.best(&h.cands, &ctx) else {
                continue;
            };
            if h.guarded {
                let Some(pl) = self.place(p) else { continue };
                let in_context = ctx.countries.contains(&pl.country);
                if !(h.after_place_cue && (in_context || pl.population >= 50_000)) {
                    continue;
                }
            }
            // "Halle (Saale)": the closing bracket belongs to the name.
            let span = text.get(h.start..h.end).unwrap_or("");
            let closes = span.contains('(')
                && !span.contains(')')
                && text.get(h.end..).is_some_and(|r| r.starts_with(')'));
            out.push(Found {
                start: h.start,
                end: h.end + usize::from(closes),
                place: p,
            });
        }
        out
    }

    fn hits(&self, ws: &[Word]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            match self.hit_at(ws, i) {
                Some((hit, next)) => {
                    hits.push(hit);
                    i = next;
                }
                None => {
                    if let Some(w) = ws.get(i) {
                        self.compound_parts(w, &mut hits);
                    }
                    i += 1;
                }
            }
        }
        hits
    }

    /// The longest name starting at word `i`: the hit and the next word.
    fn hit_at(&self, ws: &[Word], i: usize) -> Option<(Hit, usize)> {
        let w = ws.get(i)?;
        let prev = i.checked_sub(1).and_then(|j| ws.get(j));
        let after_place_cue = prev.is_some_and(|p| PLACE_CUES.contains(&p.text));
        // A designator and a region: "Gebiet Kursk", "Oblast Saporischschja".
        if REGION_DESIGNATORS.contains(&w.text) {
            for n in (1..=3.min(ws.len() - i - 1)).rev() {
                let part = &ws[i + 1..=i + n];
                if part.iter().any(|x| !x.joined) || !starts_upper(part[0].text) {
                    continue;
                }
                let key = join_key(part, false);
                let mut regions = self.regions_key(&key);
                if regions.is_empty() {
                    regions = self.regions_key(&join_key(part, true));
                }
                if !regions.is_empty() {
                    let cands = regions.iter().map(|&p| region_cand(p)).collect();
                    return Some((self.hit(ws, i, i + n, cands, false, true), i + n + 1));
                }
            }
        }
        if !starts_upper(w.text) {
            return None;
        }
        // "Kursker Gebiet", "Moskauer Region".
        if let (Some(stem), Some(next)) = (w.text.strip_suffix("er"), ws.get(i + 1)) {
            if next.joined && matches!(next.text, "Gebiet" | "Gebiets" | "Gebietes" | "Region") {
                let regions = self.regions_key(&fold(stem));
                if !regions.is_empty() {
                    let cands = regions.iter().map(|&p| region_cand(p)).collect();
                    return Some((self.hit(ws, i, i + 1, cands, false, true), i + 2));
                }
            }
        }
        // After a title, also the last part of a compound one: "US-Präsident",
        // "Kreml-Sprecher".
        let title_before = prev.is_some_and(|p| {
            let last = p.text.rsplit('-').next().unwrap_or(p.text);
            person_cues().contains(&fold(last))
        });
        if title_before {
            return None;
        }
        // A first name before a capitalised word: "Wladimir Putin".
        let next_upper = ws
            .get(i + 1)
            .is_some_and(|n| n.joined && starts_upper(n.text));
        if next_upper && person_cues().contains(&fold(w.text)) {
            return None;
        }
        let first = fold(w.text);
        let most = self
            .max_words(&first)
            .max(
                uninflected(w.text)
                    .map_or(0, |s| self.max_words(&fold(s)))
                    .min(1),
            )
            .min(ws.len() - i);
        for n in (1..=most).rev() {
            let part = &ws[i..i + n];
            if part[1..].iter().any(|x| !x.joined) {
                continue;
            }
            for inflected in [false, true] {
                let key = join_key(part, inflected);
                if key.is_empty() {
                    continue;
                }
                let mut cands: Vec<Candidate> = self.candidates_key(&key).to_vec();
                // A genitive only of a German form: "Kiews", "Russlands",
                // not "Times" for Norway's Time.
                if inflected {
                    cands.retain(|c| c.source <= Source::Translit);
                }
                if all_caps(w.text) {
                    cands.retain(|c| c.source <= Source::Translit);
                }
                if cands.is_empty() {
                    continue;
                }
                // The word as written counts too: "Hamas" is no genitive of Hama.
                let common = n == 1
                    && (common_words().contains(&key) || common_words().contains(&fold(w.text)));
                let short = n == 1 && key.chars().count() < 4;
                if short {
                    cands.retain(|c| c.source <= Source::German);
                    if cands.is_empty() {
                        continue;
                    }
                }
                return Some((
                    self.hit(ws, i, i + n - 1, cands, common, after_place_cue),
                    i + n,
                ));
            }
        }
        None
    }

    /// Places inside a hyphen compound ("Gaza-Krieg", "Ukraine-Russland-
    /// Gespräche"): each capitalised part that is a German form of a place.
    fn compound_parts(&self, w: &Word, hits: &mut Vec<Hit>) {
        if !w.text.contains('-') {
            return;
        }
        let mut off = 0;
        for part in w.text.split('-') {
            let start = w.start + off;
            off += part.len() + 1;
            if !starts_upper(part) || part.chars().count() < 4 {
                continue;
            }
            let mut key = fold(part);
            let mut cands: Vec<Candidate> = self.candidates_key(&key).to_vec();
            if cands.is_empty() {
                key = uninflected(part).map(fold).unwrap_or_default();
                cands = self.candidates_key(&key).to_vec();
            }
            cands.retain(|c| c.source <= Source::Translit);
            if cands.is_empty() || common_words().contains(&key) {
                continue;
            }
            hits.push(Hit {
                start,
                end: start + part.len(),
                cands,
                guarded: false,
                after_place_cue: false,
            });
        }
    }

    fn hit(
        &self,
        ws: &[Word],
        first: usize,
        last: usize,
        cands: Vec<Candidate>,
        guarded: bool,
        after_place_cue: bool,
    ) -> Hit {
        let start = ws.get(first).map_or(0, |w| w.start);
        let end = ws.get(last).map_or(start, |w| w.end);
        Hit {
            start,
            end,
            cands,
            guarded,
            after_place_cue,
        }
    }
}

fn region_cand(place: u32) -> Candidate {
    Candidate {
        place,
        source: Source::German,
    }
}

/// The folded key of words joined by spaces; with `inflected`, the last
/// word without its genitive ending ("" if it has none).
fn join_key(part: &[Word], inflected: bool) -> String {
    let mut s = String::new();
    for (k, w) in part.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        if inflected && k + 1 == part.len() {
            match uninflected(w.text) {
                Some(stem) => s.push_str(stem),
                None => return String::new(),
            }
        } else {
            s.push_str(w.text);
        }
    }
    fold(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_joins() {
        assert!(words("").is_empty());
        assert!(words(" ,.;").is_empty());
        let w = words("in Halle (Saale), St. Petersburg");
        let t: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(t, ["in", "Halle", "Saale", "St", "Petersburg"]);
        assert!(w[2].joined, "brackets join");
        assert!(!w[3].joined, "a comma breaks");
        assert!(w[4].joined, "the dot of an abbreviation joins");
        let w = words("Iwano-Frankiwsk’s Belarus' -x");
        assert_eq!(w[0].text, "Iwano-Frankiwsk’s");
    }

    #[test]
    fn lists_parse() {
        assert!(common_words().contains("lage"));
        assert!(common_words().contains("montag"));
        assert!(person_cues().contains("präsident"));
    }
}
