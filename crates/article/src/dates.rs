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
            relative: false,
            weekday: None,
        });
        i = last + 1;
    }
    relative(doc, &mut used, &mut out);
    out.sort_by_key(|d| d.span.start);
    (out, used)
}

/// The story's date, when known: (year, month, day).
pub type Ymd = (i32, u8, u8);

pub const RELATIVE_FILE: &str = include_str!("../data/relative_dates.txt");

struct RelativeWords {
    weekdays: Vec<(&'static str, u8)>,
    daytimes: Vec<&'static str>,
    /// Lower case and capitalised ("vergangene", "Vergangene").
    offsets: crate::scan::FastMap<String, i8>,
    days: Vec<(&'static str, i8)>,
}

fn relative_words() -> &'static RelativeWords {
    static W: std::sync::OnceLock<RelativeWords> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut w = RelativeWords {
            weekdays: Vec::new(),
            daytimes: Vec::new(),
            offsets: Default::default(),
            days: Vec::new(),
        };
        for line in crate::lexicon::entries(RELATIVE_FILE) {
            let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
            let (word, value) = rest.split_once(" = ").unwrap_or((rest, "0"));
            let (word, value) = (word.trim(), value.trim());
            match kind {
                "weekday" => w.weekdays.extend(value.parse().ok().map(|v| (word, v))),
                "daytime" => w.daytimes.push(word),
                "offset" => {
                    if let Ok(v) = value.parse() {
                        let mut cap = word.chars();
                        let cap: String = cap
                            .next()
                            .map(|c| c.to_uppercase().chain(cap).collect())
                            .unwrap_or_default();
                        w.offsets.insert(word.to_string(), v);
                        w.offsets.insert(cap, v);
                    }
                }
                "day" => w.days.extend(value.parse().ok().map(|v| (word, v))),
                _ => {}
            }
        }
        w
    })
}

/// "vergangene", "Nächsten" → -1, 1 (before "Woche", "Monat", "Jahr").
fn offset_of(w: &str) -> Option<i8> {
    if !(5..=12).contains(&w.len()) {
        return None;
    }
    relative_words().offsets.get(w).copied()
}

/// "Mittwoch", "Mittwochabend", "Freitagmorgen" → the weekday.
fn weekday_of(w: &str) -> Option<u8> {
    if w.len() < 6 || !matches!(w.as_bytes()[0], b'M' | b'D' | b'F' | b'S') {
        return None;
    }
    let words = relative_words();
    words.weekdays.iter().find_map(|&(name, d)| {
        let rest = w.strip_prefix(name)?;
        (rest.is_empty() || words.daytimes.contains(&rest)).then_some(d)
    })
}

/// What a relative date says: a weekday, or an offset in days, weeks,
/// months or years from the day of writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    Weekday(u8),
    Days(i8),
    Week(i8),
    Month(i8),
    Year(i8),
}

/// Dates relative to the day of writing, not yet resolved (the story's
/// date is applied by [`resolve_relative`]). Tokens inside another date are skipped.
fn relative(doc: &Doc, used: &mut [bool], out: &mut Vec<DateMention>) {
    let words = relative_words();
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if used.get(i).copied().unwrap_or(true) || !doc.is_word(i) {
            i += 1;
            continue;
        }
        let w = doc.s(i);
        let mut first = i;
        let mut last = i;
        let rel = if let Some(d) = weekday_of(w) {
            // "am Mittwoch, dem 2. Dezember": the full date says it.
            if doc.s(i + 1) == "," && matches!(doc.s(i + 2), "dem" | "den") {
                i += 1;
                continue;
            }
            Some(Rel::Weekday(d))
        } else if let Some(&(_, d)) = words
            .days
            .iter()
            .find(|(x, _)| w.ends_with("gestern") && *x == w)
        {
            Some(Rel::Days(d))
        } else if let Some(o) = offset_of(w) {
            last = i + 1;
            match doc.s(i + 1) {
                "Woche" => Some(Rel::Week(o)),
                "Monat" | "Monats" => Some(Rel::Month(o)),
                "Jahr" | "Jahres" => Some(Rel::Year(o)),
                _ => None,
            }
        } else {
            None
        };
        let Some(rel) = rel else {
            i += 1;
            continue;
        };
        // "Anfang nächsten Jahres", "Ende der vergangenen Woche", "im
        // vergangenen Jahr", "am Mittwoch".
        let mut k = first;
        if k > 0 && matches!(doc.s(k - 1), "der" | "des") {
            k -= 1;
        }
        if k > 0
            && matches!(
                doc.s(k - 1),
                "Anfang" | "Mitte" | "Ende" | "anfang" | "ende"
            )
        {
            first = k - 1;
        }
        if first > 0
            && matches!(
                doc.s(first - 1),
                "am" | "Am" | "im" | "Im" | "seit" | "Seit"
            )
        {
            first -= 1;
        }
        let until = first > 0 && matches!(doc.s(first - 1), "bis" | "Bis");
        if until {
            first -= 1;
        }
        for u in used.get_mut(first..=last).into_iter().flatten() {
            *u = true;
        }
        out.push(DateMention {
            span: Span::new(doc.start(first), doc.end(last)),
            text: doc.slice(doc.start(first), doc.end(last)).to_string(),
            year: None,
            month: None,
            day: None,
            until,
            sentence: doc.sent(first).unwrap_or(0),
            relative: true,
            weekday: match rel {
                Rel::Weekday(d) => Some(d),
                _ => None,
            },
        });
        i = last + 1;
    }
}

/// A calendar date written "YYYY-MM-DD" (as `story.toml`'s `published`);
/// `None` for anything else, also for a day the month does not have.
///
/// ```
/// use article::dates::parse_iso;
/// assert_eq!(parse_iso("2024-10-30"), Some((2024, 10, 30)));
/// assert_eq!(parse_iso("2023-02-29"), None);
/// assert_eq!(parse_iso("30.10.2024"), None);
/// assert_eq!(parse_iso(""), None);
/// ```
pub fn parse_iso(s: &str) -> Option<Ymd> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
        return None;
    }
    let date = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let real = (1..=12).contains(&date.1)
        && (1..=31).contains(&date.2)
        && civil_from_days(days_from_civil(date)) == date;
    real.then_some(date)
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil((y, m, d): Ymd) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// 1 = Monday … 7 = Sunday.
fn weekday_num(days: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    ((days + 3).rem_euclid(7) + 1) as u8
}

/// Resolves the relative dates against the story's date: a weekday is the
/// last such day on or before it (news reports what was said), "gestern" the
/// day before, a week or month its year and month (the Monday's, for a week),
/// a year its year. Without a story date they stay as written.
pub fn resolve_relative(dates: &mut [DateMention], story: Option<Ymd>) {
    let Some(story) = story.filter(|&(_, m, d)| (1..=12).contains(&m) && (1..=31).contains(&d))
    else {
        return;
    };
    let today = days_from_civil(story);
    let words = relative_words();
    for d in dates.iter_mut().filter(|d| d.relative) {
        let last = d.text.split_whitespace().last().unwrap_or("");
        let offset = d.text.split_whitespace().find_map(offset_of).unwrap_or(0);
        let set = |d: &mut DateMention, (y, m, day): Ymd, with_day: bool, with_month: bool| {
            d.year = Some(y);
            d.month = with_month.then_some(m);
            d.day = with_day.then_some(day);
        };
        if let Some(wd) = d.weekday {
            let back = (i64::from(weekday_num(today)) - i64::from(wd)).rem_euclid(7);
            set(d, civil_from_days(today - back), true, true);
        } else if let Some(&(_, n)) = words.days.iter().find(|(x, _)| *x == last) {
            set(d, civil_from_days(today + i64::from(n)), true, true);
        } else if last == "Woche" {
            let monday = today - i64::from(weekday_num(today)) + 1 + 7 * i64::from(offset);
            set(d, civil_from_days(monday), false, true);
        } else if matches!(last, "Monat" | "Monats") {
            let months = i64::from(story.0) * 12 + i64::from(story.1) - 1 + i64::from(offset);
            let (y, m) = (
                months.div_euclid(12) as i32,
                (months.rem_euclid(12) + 1) as u8,
            );
            set(d, (y, m, 1), false, true);
        } else if matches!(last, "Jahr" | "Jahres") {
            set(d, (story.0 + i32::from(offset), 1, 1), false, false);
        }
    }
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
    for d in dates.iter_mut().filter(|d| d.year.is_none() && !d.relative) {
        d.year = Some(year);
    }
    Some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_round_trip() {
        assert_eq!(days_from_civil((1970, 1, 1)), 0);
        assert_eq!(
            civil_from_days(days_from_civil((2024, 2, 29))),
            (2024, 2, 29)
        );
        // 2026-03-13 is a Friday.
        assert_eq!(weekday_num(days_from_civil((2026, 3, 13))), 5);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(parse_iso(""), None);
        assert_eq!(parse_iso("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_iso(" 2026-03-13 "), Some((2026, 3, 13)));
        for bad in [
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "2024-4-1",
            "24-10-30",
            "2024-10-30-1",
            "2024-1x-30",
            "-2024-10-30",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
