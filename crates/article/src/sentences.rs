//! Paragraphs (one per line) and sentences, aware of German abbreviations,
//! ordinals, dates, initials and closing quote marks.

use crate::scan::{starts_upper, Doc, Kind};
use crate::types::{Paragraph, Sentence, Span};
pub use crate::words::month_of;

const ABBREVIATIONS: &[&str] = &[
    "bzw", "Dr", "Nr", "St", "Prof", "ca", "vgl", "ggf", "inkl", "evtl", "Mio", "Mrd", "Jan",
    "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mr", "Mrs",
    "Gen", "Abs", "Art", "Bd", "Hr", "Fr", "Hrsg", "Tel", "Str", "str", "sog", "geb", "gest",
    "Chr", "Jh", "zzgl", "bspw", "rd", "Std", "Tsd", "Mill", "Lt", "Sgt", "Kap", "Ziff", "lt",
    "gem", "insb", "Bsp", "Verf", "Min",
];

/// The period at `k` closes an abbreviation written right before it ("Dr.",
/// "Prof."), not a sentence or a clause.
pub(crate) fn abbreviation_dot(doc: &crate::scan::Doc, k: usize) -> bool {
    k > 0
        && doc.s(k) == "."
        && doc.end(k - 1) == doc.start(k)
        && ABBREVIATIONS.contains(&doc.s(k - 1))
}

/// Words that usually open a sentence: after "300." they end the one before.
const STARTERS: &[&str] = &[
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einer",
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
    "Zudem",
    "Außerdem",
    "Trotz",
    "Während",
    "Seit",
    "Damit",
    "Dabei",
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
    "Zum",
    "Zur",
    "Für",
    "Auf",
    "An",
    "Unter",
    "Über",
    "Vor",
    "Bis",
    "Ob",
    "Nun",
    "Jetzt",
    "Heute",
    "Gestern",
    "Allerdings",
    "Jedoch",
    "Dennoch",
    "Daher",
    "Deshalb",
    "Insgesamt",
    "Demnach",
    "Zuvor",
    "Danach",
    "Inzwischen",
    "Unterdessen",
    "Kein",
    "Keine",
    "Alle",
    "Viele",
    "Weitere",
    "Mehr",
    "Rund",
    "Etwa",
];

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "“" | "”" | "«" | "»" | "\"" | "‘" | "’" | "›" | "‹" | ")" | "]"
    )
}

fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "„" | "“" | "»" | "«" | "\"" | "‚" | "(" | "[" | "›" | "‹"
    )
}

/// Splits into paragraphs and sentences, fills `sent` of every token and
/// `doc.sent_toks`.
pub fn split(doc: &mut Doc, paragraphs: &mut Vec<Paragraph>, sentences: &mut Vec<Sentence>) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if doc.kind(i) == Some(Kind::Break) {
            i += 1;
            continue;
        }
        let para_first = i;
        let mut para_end = i;
        while para_end < n && doc.kind(para_end) != Some(Kind::Break) {
            para_end += 1;
        }
        let pidx = paragraphs.len() as u32;
        let first_sent = sentences.len() as u32;
        let mut s_first = para_first;
        let mut j = para_first;
        while j < para_end {
            let mut end = j + 1;
            if is_sentence_end(doc, j, para_end) {
                while end < para_end
                    && doc.kind(end) == Some(Kind::Punct)
                    && doc.start(end) == doc.end(end - 1)
                    && (is_closer(doc.s(end)) || doc.s(end) == ".")
                {
                    end += 1;
                }
                if breaks_before(doc, end, para_end) {
                    push(doc, sentences, s_first, end, pidx);
                    s_first = end;
                }
            }
            j = end;
        }
        if s_first < para_end {
            push(doc, sentences, s_first, para_end, pidx);
        }
        let span = Span::new(doc.start(para_first), doc.end(para_end.saturating_sub(1)));
        paragraphs.push(Paragraph {
            span,
            sentences: first_sent..sentences.len() as u32,
        });
        i = para_end;
    }
}

fn push(doc: &mut Doc, sentences: &mut Vec<Sentence>, first: usize, end: usize, paragraph: u32) {
    let idx = sentences.len() as u32;
    for t in doc.toks.get_mut(first..end).into_iter().flatten() {
        t.sent = idx;
    }
    let span = Span::new(doc.start(first), doc.end(end.saturating_sub(1)));
    sentences.push(Sentence { span, paragraph });
    doc.sent_toks.push((first, end));
}

/// True when token `j` (punctuation) can end a sentence.
fn is_sentence_end(doc: &Doc, j: usize, para_end: usize) -> bool {
    if doc.kind(j) != Some(Kind::Punct) {
        return false;
    }
    match doc.s(j) {
        "!" | "?" | "…" => true,
        "." => {
            let Some(prev) = j.checked_sub(1) else {
                return false;
            };
            // "z.B." style: the dot is glued to the word before it.
            let glued = doc.end(prev) == doc.start(j);
            let w = doc.s(prev);
            if glued && doc.kind(prev) == Some(Kind::Word) {
                if w.chars().count() == 1 || ABBREVIATIONS.contains(&w) {
                    return false;
                }
                if matches!(w, "usw" | "etc") {
                    return true;
                }
            }
            if glued
                && doc.kind(prev) == Some(Kind::Num)
                && !w.contains([',', '.', ':'])
                && w.len() <= 3
            {
                let next = (j + 1 < para_end).then_some(j + 1);
                if let Some(k) = next {
                    let nw = doc.s(k);
                    if month_of(nw).is_some()
                        || (starts_upper(nw) && !STARTERS.contains(&nw) && doc.is_word(k))
                    {
                        return false;
                    }
                }
            }
            true
        }
        _ => false,
    }
}

/// A sentence ends before token `k` when the next text starts a new one.
fn breaks_before(doc: &Doc, k: usize, para_end: usize) -> bool {
    if k >= para_end {
        return true;
    }
    let s = doc.s(k);
    match doc.kind(k) {
        Some(Kind::Word) => starts_upper(s),
        Some(Kind::Num) => true,
        Some(Kind::Punct) => is_opener(s) || s == "-" || s == "–",
        _ => true,
    }
}
