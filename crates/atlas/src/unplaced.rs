//! Places the article names that the map cannot show: a name right after
//! a word for a settlement or an area ("im Dorf Krasna Hora", "in der
//! Provinz X") that the parser did not find in the gazetteer, or a name
//! joined to a place the parser found ("zwischen Plattling und Passau",
//! "von X nach Sumy"). Listed under the map as "not on the map", with the
//! text as written.

use article::Article;

/// Words after which German news puts a place's name. Kept to those that
/// are hardly ever followed by an ordinary noun.
const CUES: &[&str] = &[
    "Stadt",
    "Kleinstadt",
    "Großstadt",
    "Hafenstadt",
    "Grenzstadt",
    "Industriestadt",
    "Hauptstadt",
    "Dorf",
    "Dorfes",
    "Ortschaft",
    "Ort",
    "Ortes",
    "Siedlung",
    "Gemeinde",
    "Provinz",
    "Oblast",
    "Bezirk",
    "Bezirks",
    "Region",
    "Gebiet",
    "Gebiets",
    "Landkreis",
    "Kanton",
];

/// Prepositions before a name that is joined to a known place
/// ("zwischen X und Passau", "von X nach Sumy", "in X und Deggendorf").
const JOIN_PREPOSITIONS: &[&str] = &["zwischen", "von", "aus", "in", "nach", "bei"];

/// The words that join that name to the known place.
const JOINS: &[&str] = &["und", "oder", "nach", "bis"];

/// Endings of ordinary nouns (a cue followed by "Truppen", "Verwaltung"
/// is no place name).
const NOUN_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "keit", "schaft", "tion", "ität", "ismus", "ment", "ppen", "aten",
    "ern", "erin", "chen", "lich", "isch",
];

/// Capitalised words that follow a cue but are no name.
const NOT_NAMES: &[&str] = &[
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Mit",
    "Von", "In", "Im", "Am", "An", "Auf", "Nach", "Zu", "Zur", "Zum", "Bei", "Und", "Oder", "Es",
    "Sie", "Er", "Wir", "Ich", "Ihr", "Selbst", "Allein", "Bereits", "Schon", "Mitte",
];

/// A place name the map does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// The name as written.
    pub text: String,
    /// Byte span in the article text.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Index of its sentence.
    pub sentence: u32,
}

fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || w.chars().count() < 2 || NOT_NAMES.contains(&w) {
        return false;
    }
    if w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
        return false; // an abbreviation ("NATO")
    }
    let lower = w.to_lowercase();
    !NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// Word spans of a sentence: (start, end) in bytes of the whole text.
fn words(text: &str, offset: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '-' || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((offset + s, offset + i));
                start = None;
                // Punctuation ends a name: mark it with an empty word.
                if !c.is_whitespace() {
                    out.push((offset + i, offset + i));
                }
            }
            (false, None) if !c.is_whitespace() => out.push((offset + i, offset + i)),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((offset + s, offset + text.len()));
    }
    out
}

/// The place names after a cue word that no place mention covers, in
/// text order, each name once. Linear in the text.
pub fn unplaced(article: &Article) -> Vec<Unplaced> {
    let text = article.text.as_str();
    let covered = |s: usize, e: usize| {
        article
            .place_mentions
            .iter()
            .any(|m| (m.span.start as usize) < e && s < m.span.end as usize)
    };
    let mut out: Vec<Unplaced> = Vec::new();
    for (si, sentence) in article.sentences.iter().enumerate() {
        let (ss, se) = (sentence.span.start as usize, sentence.span.end as usize);
        let Some(body) = text.get(ss..se) else {
            continue;
        };
        let ws = words(body, ss);
        let mut push = |start: usize, end: usize| {
            let name = text[start..end].to_owned();
            if !out.iter().any(|u| u.text == name) {
                out.push(Unplaced {
                    text: name,
                    start,
                    end,
                    sentence: si as u32,
                });
            }
        };
        // A name between a preposition and a join word before a place the
        // parser found: "zwischen Plattling und Passau".
        for (k, &(ps, pe)) in ws.iter().enumerate() {
            if !JOIN_PREPOSITIONS.contains(&text[ps..pe].to_lowercase().as_str()) {
                continue;
            }
            let first = k + 1;
            let mut j = first;
            while j < ws.len() && j - first < 3 && is_name_word(&text[ws[j].0..ws[j].1]) {
                j += 1;
            }
            let (Some(&(js, je)), Some(&(ks, _))) = (ws.get(j), ws.get(j + 1)) else {
                continue;
            };
            if j == first || !JOINS.contains(&&text[js..je]) {
                continue;
            }
            let known = article
                .place_mentions
                .iter()
                .any(|m| m.span.start as usize == ks);
            let (start, end) = (ws[first].0, ws[j - 1].1);
            if known && !covered(start, end) {
                push(start, end);
            }
        }
        let mut i = 0;
        while i + 1 < ws.len() {
            let (cs, ce) = ws[i];
            i += 1;
            if !CUES.contains(&&text[cs..ce]) {
                continue;
            }
            let mut j = i;
            while j < ws.len() && j - i < 3 {
                let (s, e) = ws[j];
                if s == e || !is_name_word(&text[s..e]) {
                    break;
                }
                j += 1;
            }
            if j == i {
                continue;
            }
            let (start, end) = (ws[i].0, ws[j - 1].1);
            if covered(start, end) {
                continue;
            }
            push(start, end);
            i = j;
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        unplaced(&article::parse(text))
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn a_village_the_parser_does_not_know_is_listed_with_its_text() {
        let t = "Die Truppen rückten bis in das Dorf Welyka Pysarjiwka vor. \
                 Dort, in der Ortschaft Sawodske, fielen Schüsse.";
        assert_eq!(names(t), ["Welyka Pysarjiwka", "Sawodske"]);
    }

    #[test]
    fn ordinary_nouns_after_a_cue_are_no_places() {
        let t = "Im Gebiet Truppen zu stationieren, sei falsch. Die Stadt Verwaltung \
                 sagte nichts. Die Region. Der Ort Mit der Kirche.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn a_name_joined_to_a_known_place_is_listed() {
        let t = "Die Züge zwischen Welyka Pysarjiwka und Sumy fallen aus. \
                 Der Bus fährt von Sawodske nach Kursk.";
        assert_eq!(names(t), ["Welyka Pysarjiwka", "Sawodske"]);
        // Not joined to a known place, or no name: nothing.
        let t = "Zwischen Hoffen und Bangen wartet Sumy. Von Montag bis Freitag \
                 bleibt Kursk geschlossen. Die Lage in Sumy und Kursk ist ruhig.";
        assert!(names(t).is_empty(), "{:?}", names(t));
    }

    #[test]
    fn odd_text_never_panics() {
        for t in [
            "",
            "Stadt",
            "Dorf Ä",
            "Stadt \u{0}X",
            "Provinz 🙂 Ort",
            "zwischen",
            "von X und",
            "in Ä und",
        ] {
            let _ = names(t);
        }
    }
}
