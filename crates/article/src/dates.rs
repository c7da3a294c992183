//! Dates: "29. Oktober", "am 3. Jänner 2025", "Okt.", "29.10.2024", "bis
//! Dezember" (a horizon), bare years; the year from context where the text
//! gives one.

use crate::scan::{starts_upper, Doc, Kind};
use crate::sentences::month_of;
use crate::types::{DateMention, Span};

/// Words before a bare month name that make it a date ("im Mai", "bis Dezember").
const MONTH_CONTEXT: &[&str] = &[
    "im",
    "Im",
    "bis",
    "Bis",
    "seit",
    "Seit",
    "ab",
    "Ab",
    "Anfang",
    "Ende",
    "Mitte",
    "vom",
    "zum",
    "Vom",
    "Zum",
    "von",
    "Von",
    "nach",
    "vor",
    "Nach",
    "Vor",
    "des",
    "diesen",
    "diesem",
    "letzten",
    "vergangenen",
    "kommenden",
    "nächsten",
];

/// Words before a bare four-digit number that make it a year.
const YEAR_CONTEXT: &[&str] = &[
    "Jahr",
    "Jahres",
    "Jahre",
    "seit",
    "Seit",
    "im",
    "Im",
    "Anfang",
    "Ende",
    "Mitte",
    "Frühjahr",
    "Sommer",
    "Herbst",
    "Winter",
];

/// A year written as four digits in a plausible range.
pub fn as_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y))
}

/// A month written as a full name, or an abbreviation followed by its dot.
fn month_at(doc: &Doc, i: usize) -> Option<(u8, usize)> {
    if !doc.is_word(i) {
        return None;
    }
    let w = doc.s(i);
    let m = month_of(w)?;
    let full = w.len() >= 5 || matches!(w, "Mai" | "März" | "Juni" | "Juli");
    if full {
        return Some((m, i));
    }
    (doc.s(i + 1) == "." && doc.start(i + 1) == doc.end(i)).then_some((m, i + 1))
}

/// Finds dates; returns them and the token indices they use (so that the
/// numbers in them are not figures).
pub fn find(doc: &Doc) -> (Vec<DateMention>, Vec<bool>) {
    let n = doc.toks.len();
    let mut used = vec![false; n];
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let found = match doc.kind(i) {
            Some(Kind::Num) => numeric(doc, i),
            Some(Kind::Word) => bare_month(doc, i),
            _ => None,
        };
        let Some((first, last, day, month, year)) = found else {
            i += 1;
            continue;
        };
        let (first, until) = match doc.s(first.wrapping_sub(1)) {
            "bis" | "Bis" if first > 0 => (first - 1, true),
            "zum" | "zur" if first > 1 && matches!(doc.s(first - 2), "bis" | "Bis") => {
                (first - 2, true)
            }
            _ => (first, false),
        };
        for u in used.get_mut(first..=last).into_iter().flatten() {
            *u = true;
        }
        let span = Span::new(doc.start(first), doc.end(last));
        out.push(DateMention {
            span,
            text: doc.slice(doc.start(first), doc.end(last)).to_string(),
            year,
            month,
            day,
            until,
            sentence: doc.sent(first).unwrap_or(0),
        });
        i = last + 1;
    }
    (out, used)
}

type Found = (usize, usize, Option<u8>, Option<u8>, Option<i32>);

fn year_after(doc: &Doc, k: usize) -> Option<(i32, usize)> {
    (doc.kind(k) == Some(Kind::Num)).then_some(())?;
    as_year(doc.s(k)).map(|y| (y, k))
}

fn numeric(doc: &Doc, i: usize) -> Option<Found> {
    let w = doc.s(i);
    let parts: Vec<&str> = w.split('.').collect();
    let glued_dot = doc.s(i + 1) == "." && doc.start(i + 1) == doc.end(i);
    match parts.as_slice() {
        [d] if d.len() <= 2 && glued_dot => {
            let day: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
            let (month, mlast) = month_at(doc, i + 2)?;
            let (year, last) = match year_after(doc, mlast + 1) {
                Some((y, k)) => (Some(y), k),
                None => (None, mlast),
            };
            Some((i, last, Some(day), Some(month), year))
        }
        [d, m] | [d, m, ""] if d.len() <= 2 && m.len() <= 2 && glued_dot => {
            let (day, month) = day_month(d, m)?;
            Some((i, i + 1, Some(day), Some(month), None))
        }
        [d, m, y] if d.len() <= 2 && m.len() <= 2 && (y.len() == 4 || y.len() == 2) => {
            let (day, month) = day_month(d, m)?;
            let y: i32 = y.parse().ok()?;
            let year = if y < 100 { 2000 + y } else { y };
            Some((i, i, Some(day), Some(month), Some(year)))
        }
        [_] => {
            let year = as_year(w)?;
            let prev = doc.s(i.wrapping_sub(1));
            let next_is_noun = doc.is_word(i + 1)
                && starts_upper(doc.s(i + 1))
                && month_of(doc.s(i + 1)).is_none();
            (i > 0 && YEAR_CONTEXT.contains(&prev) || !next_is_noun).then_some((
                i,
                i,
                None,
                None,
                Some(year),
            ))
        }
        _ => None,
    }
}

fn day_month(d: &str, m: &str) -> Option<(u8, u8)> {
    let day: u8 = d.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    Some((day, month))
}

fn bare_month(doc: &Doc, i: usize) -> Option<Found> {
    let (month, mlast) = month_at(doc, i)?;
    let year = year_after(doc, mlast + 1);
    let prev = doc.s(i.wrapping_sub(1));
    if !(i > 0 && MONTH_CONTEXT.contains(&prev) || year.is_some()) {
        return None;
    }
    match year {
        Some((y, k)) => Some((i, k, None, Some(month), Some(y))),
        None => Some((i, mlast, None, Some(month), None)),
    }
}

/// Fills missing years from the first year the text states; returns it.
pub fn resolve_years(dates: &mut [DateMention]) -> Option<i32> {
    let year = dates.iter().find_map(|d| d.year)?;
    for d in dates.iter_mut().filter(|d| d.year.is_none()) {
        d.year = Some(year);
    }
    Some(year)
}
