//! Figures: numbers with separators, decimal comma, multipliers and
//! spelled-out forms, ranges, qualifiers, what is counted, conversions,
//! time reference, parts of other figures and who asserts them. Ordinals,
//! dates, years, times and type designations are left out.

use crate::entities::Entities;
use crate::places::country_of_word;
use crate::scan::{is_adj, is_attr_adj, is_det, lower, starts_upper, Doc, Kind};
use crate::sentences::month_of;
use crate::types::{Claimant, Conversion, DateMention, Figure, Measure, Mention, Qualifier, Span};

/// How far (in tokens) a figure looks back for its counted noun or claimant.
const LOOKBACK: usize = 40;

/// Words before a number that make it part of a name ("Artikel 5").
const NAME_BEFORE: &[&str] = &[
    "Artikel",
    "Nr",
    "Nummer",
    "Resolution",
    "Paragraf",
    "Paragraph",
    "Kapitel",
    "Seite",
    "Flug",
    "Apollo",
    "Boeing",
    "Airbus",
    "Level",
    "Stufe",
    "Version",
    "Gleis",
    "Linie",
    "Route",
    "Modell",
    "Typ",
    "Block",
    "Platz",
    "Sektor",
    "Zone",
    "Band",
    "Folge",
    "Staffel",
    "Absatz",
    "Abs",
    "Art",
    "Kanal",
    "Raum",
    "Zimmer",
    "Tor",
    "Halle",
];

/// Nouns that are not what a number counts.
const NOT_COUNTED: &[&str] = &["Uhr", "Jahr", "Jahre", "Jahren", "Jahres"];

/// Units of length: a distance is stated, not claimed.
const LENGTH_UNITS: &[&str] = &["Kilometer", "Meilen", "Meter", "km", "m", "Seemeilen"];

const CLAIMANT_HEADS: &[&str] = &[
    "beamte",
    "beamten",
    "quellen",
    "quelle",
    "geheimdienst",
    "geheimdienste",
    "regierung",
    "ministerium",
    "behörden",
    "behörde",
    "militär",
    "armee",
    "generalstab",
    "experten",
    "analysten",
    "vertreter",
    "kreise",
    "nachrichtendienst",
    "nachrichtendienste",
    "militärgeheimdienst",
    "sprecher",
    "pentagon",
    "kreml",
    "militärs",
    "offizielle",
    "regierungen",
];

/// A multiplier word after a number: (factor, tokens it uses).
fn multiplier(doc: &Doc, t: usize) -> Option<(f64, usize)> {
    let f = match doc.s(t) {
        "Million" | "Millionen" => 1e6,
        "Milliarde" | "Milliarden" => 1e9,
        "Tausend" | "tausend" => 1e3,
        "Hundert" | "hundert" => 1e2,
        "Dutzend" => 12.0,
        "Mio" | "Mrd" => {
            let f = if doc.s(t) == "Mio" { 1e6 } else { 1e9 };
            let dot = doc.s(t + 1) == "." && doc.start(t + 1) == doc.end(t);
            return Some((f, if dot { t + 1 } else { t }));
        }
        _ => return None,
    };
    Some((f, t))
}

/// Parses "3.000", "1200", "1,5", "1.200,50", "12 000".
pub fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    let (int, frac) = match cleaned.split_once(',') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (cleaned.clone(), None),
    };
    let groups: Vec<&str> = int.split('.').collect();
    let int_digits =
        if groups.len() > 1 && groups.iter().skip(1).all(|g| g.len() == 3) && frac.is_none()
            || groups.len() > 2
        {
            groups.concat()
        } else if groups.len() == 2 && frac.is_none() {
            // "1.5" without thousands groups: an English decimal point.
            return cleaned.parse().ok();
        } else {
            groups.concat()
        };
    let text = match frac {
        Some(f) => format!("{int_digits}.{f}"),
        None => int_digits,
    };
    text.parse().ok()
}

fn below_100(s: &str) -> Option<u32> {
    const ONES: &[&str] = &[
        "",
        "ein",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: &[(&str, u32)] = &[
        ("zwanzig", 20),
        ("dreißig", 30),
        ("vierzig", 40),
        ("fünfzig", 50),
        ("sechzig", 60),
        ("siebzig", 70),
        ("achtzig", 80),
        ("neunzig", 90),
    ];
    if s == "eins" {
        return Some(1);
    }
    if let Some(i) = ONES.iter().position(|o| *o == s) {
        return Some(i as u32);
    }
    if let Some((_, v)) = TENS.iter().find(|(t, _)| *t == s) {
        return Some(*v);
    }
    let (unit, tens) = s.split_once("und")?;
    let u = ONES
        .iter()
        .position(|o| *o == unit)
        .filter(|&u| (1..10).contains(&u))?;
    let (_, t) = TENS.iter().find(|(t, _)| *t == tens)?;
    Some(t + u as u32)
}

fn below_1000(s: &str) -> Option<u32> {
    match s.split_once("hundert") {
        Some((h, rest)) => {
            let h = if h.is_empty() {
                1
            } else {
                below_100(h).filter(|&h| (1..10).contains(&h))?
            };
            let r = if rest.is_empty() { 0 } else { below_100(rest)? };
            Some(h * 100 + r)
        }
        None => below_100(s),
    }
}

/// Parses a spelled-out number ("drei", "zweihundertfünfzig", "tausend").
pub fn parse_word(s: &str) -> Option<f64> {
    const ENDINGS: &[&str] = &[
        "ein", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf", "zig", "ßig", "hundert", "tausend",
    ];
    if s.len() > 60 || !ENDINGS.iter().any(|e| s.ends_with(e)) {
        return None;
    }
    let l = s.to_lowercase();
    let v = match l.split_once("tausend") {
        Some((t, rest)) => {
            let t = if t.is_empty() {
                1
            } else {
                below_1000(t).filter(|&t| t > 0)?
            };
            let r = if rest.is_empty() {
                0
            } else {
                below_1000(rest)?
            };
            t * 1000 + r
        }
        None => below_1000(&l)?,
    };
    (v > 0).then_some(v as f64)
}

/// A number at token `t`: (value, last token, default qualifier).
fn number_at(doc: &Doc, t: usize, sent_first: usize) -> Option<(f64, usize, Qualifier)> {
    match doc.kind(t)? {
        Kind::Num => {
            let s = doc.s(t);
            if s.contains(':') {
                return None;
            }
            let v = parse_digits(s)?;
            match multiplier(doc, t + 1) {
                Some((f, last)) => Some((v * f, last, Qualifier::Exact)),
                None => Some((v, t, Qualifier::Exact)),
            }
        }
        Kind::Word => {
            let w = doc.s(t);
            if starts_upper(w) && t != sent_first {
                return match w {
                    "Dutzende" => Some((12.0, t, Qualifier::MoreThan)),
                    "Hunderte" => Some((100.0, t, Qualifier::MoreThan)),
                    "Tausende" => Some((1000.0, t, Qualifier::MoreThan)),
                    _ => None,
                };
            }
            match w {
                "Dutzende" | "dutzende" => return Some((12.0, t, Qualifier::MoreThan)),
                "Hunderte" | "hunderte" => return Some((100.0, t, Qualifier::MoreThan)),
                "Tausende" | "tausende" => return Some((1000.0, t, Qualifier::MoreThan)),
                _ => {}
            }
            let article = matches!(
                w,
                "ein" | "eine" | "einen" | "einem" | "einer" | "Ein" | "Eine"
            );
            let v = if article { 1.0 } else { parse_word(w)? };
            match multiplier(doc, t + 1) {
                Some((f, last)) => Some((v * f, last, Qualifier::Exact)),
                None if article => None,
                None => Some((v, t, Qualifier::Exact)),
            }
        }
        _ => None,
    }
}

fn qualifier_before(doc: &Doc, t: usize, floor: usize) -> Option<(Qualifier, usize)> {
    let w = |k: usize| if k >= floor && k < t { doc.s(k) } else { "" };
    let p1 = t.wrapping_sub(1);
    let p2 = t.wrapping_sub(2);
    let p3 = t.wrapping_sub(3);
    if w(p3) == "so" && w(p2) == "hoch" && w(p1) == "wie" {
        return Some((Qualifier::UpTo, p3));
    }
    let two = match (w(p2), w(p1)) {
        ("bis" | "Bis", "zu") => Some(Qualifier::UpTo),
        ("mehr" | "Mehr", "als") => Some(Qualifier::MoreThan),
        ("weniger" | "Weniger", "als") => Some(Qualifier::LessThan),
        ("ca" | "Ca", ".") => Some(Qualifier::Approximate),
        ("weit" | "deutlich", "über") => Some(Qualifier::MoreThan),
        _ => None,
    };
    if let Some(q) = two {
        return Some((q, p2));
    }
    let one = match w(p1) {
        "etwa" | "Etwa" | "rund" | "Rund" | "circa" | "Circa" | "ungefähr" | "Ungefähr"
        | "knapp" | "Knapp" | "gut" | "annähernd" | "schätzungsweise" | "Schätzungsweise"
        | "fast" | "beinahe" | "nahezu" => Qualifier::Approximate,
        "höchstens" | "maximal" | "Höchstens" | "Maximal" => Qualifier::UpTo,
        "über" | "Über" => Qualifier::MoreThan,
        "mindestens" | "Mindestens" | "wenigstens" => Qualifier::AtLeast,
        "unter" | "Unter" => Qualifier::LessThan,
        _ => return None,
    };
    Some((one, p1))
}

/// Normalises a counted noun: dative plural to nominative plural.
pub fn counted_lemma(w: &str) -> String {
    const DATIVE: &[(&str, &str)] = &[
        ("Offizieren", "Offiziere"),
        ("Generälen", "Generäle"),
        ("Kilometern", "Kilometer"),
        ("Jahren", "Jahre"),
        ("Tagen", "Tage"),
        ("Monaten", "Monate"),
        ("Flugzeugen", "Flugzeuge"),
        ("Geschützen", "Geschütze"),
        ("Fahrzeugen", "Fahrzeuge"),
        ("Schiffen", "Schiffe"),
        ("Panzern", "Panzer"),
        ("Kindern", "Kinder"),
        ("Dörfern", "Dörfer"),
        ("Ländern", "Länder"),
        ("Metern", "Meter"),
        ("Stunden", "Stunden"),
        ("Toten", "Tote"),
        ("Verletzten", "Verletzte"),
        ("Gefangenen", "Gefangene"),
        ("Beamten", "Beamte"),
    ];
    if let Some((_, l)) = DATIVE.iter().find(|(d, _)| *d == w) {
        return (*l).to_string();
    }
    match w.strip_suffix('n') {
        Some(stem) if stem.ends_with("er") || stem.ends_with("el") => stem.to_string(),
        // "Einsatzkräften", "Freiwilligen": a personnel noun's dative plural.
        Some(stem) if is_personnel(stem) => stem.to_string(),
        _ => w.to_string(),
    }
}

/// A noun counting people in the nominative plural ("Soldaten",
/// "Rettungskräfte", "Helferinnen"): `data/personnel_nouns.txt`, any plural
/// in -kräfte, and feminine plurals in -innen.
fn is_personnel(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    crate::lexicon::is_personnel_noun(last)
        || last.ends_with("kräfte")
        || (crate::words::starts_upper(last)
            && last
                .strip_suffix("innen")
                .is_some_and(|stem| stem.chars().count() >= 4))
}

/// The noun a number counts: right after it (past adjectives), or a "Zahl"
/// noun's complement earlier in the sentence ("die Anzahl nordkoreanischer Truppen").
fn counted_after(doc: &Doc, last: usize, s_end: usize) -> Option<usize> {
    let mut k = last + 1;
    let mut adjs = 0;
    while k < s_end && adjs < 2 && doc.is_word(k) && is_adj(doc.s(k)) {
        k += 1;
        adjs += 1;
    }
    let w = doc.s(k);
    let ok = k < s_end
        && (doc.is_cap(k) && month_of(w).is_none() && !NOT_COUNTED.contains(&w) && !is_det(w)
            || matches!(w, "km" | "%" | "m" | "kg" | "t"));
    ok.then_some(k)
}

fn counted_before(doc: &Doc, first: usize, s_first: usize) -> Option<usize> {
    let from = s_first.max(first.saturating_sub(LOOKBACK));
    (from..first).rev().find_map(|z| {
        let w = doc.s(z);
        if !(doc.is_cap(z) && w.to_lowercase().ends_with("zahl")) {
            return None;
        }
        let mut k = z + 1;
        if matches!(doc.s(k), "der" | "des") {
            k += 1;
        }
        let mut adjs = 0;
        while adjs < 3 && doc.is_word(k) && is_adj(doc.s(k)) {
            k += 1;
            adjs += 1;
        }
        (k < first && doc.is_cap(k) && (adjs > 0 || k > z + 1)).then_some(k)
    })
}

/// "(30 Meilen)" right after `after`.
fn conversion(doc: &Doc, after: usize) -> Option<(Conversion, usize)> {
    if doc.s(after + 1) != "(" {
        return None;
    }
    let n = after + 2;
    if doc.kind(n) != Some(Kind::Num) {
        return None;
    }
    let value = parse_digits(doc.s(n))?;
    let unit = n + 1;
    let close = unit + 1;
    if !doc.is_word(unit) || doc.s(close) != ")" {
        return None;
    }
    let unit_span = Span::new(doc.start(unit), doc.end(unit));
    Some((
        Conversion {
            value,
            unit: Mention {
                text: doc.s(unit).to_string(),
                span: unit_span,
            },
            span: Span::new(doc.start(n), doc.end(unit)),
        },
        close,
    ))
}

/// The clause around a figure: between commas, semicolons or sentence ends.
fn clause(doc: &Doc, first: usize, last: usize, s_first: usize, s_end: usize) -> (usize, usize) {
    let stop = |t: usize| matches!(doc.s(t), "," | ";" | ":");
    let mut a = first;
    while a > s_first && a + LOOKBACK > first && !stop(a - 1) {
        a -= 1;
    }
    let mut b = last + 1;
    while b < s_end && b < last + LOOKBACK && !stop(b) {
        b += 1;
    }
    (a, b)
}

const MODALS: &[&str] = &[
    "könnte",
    "könnten",
    "dürfte",
    "dürften",
    "soll",
    "sollen",
    "sollte",
    "sollten",
    "wird",
    "werden",
    "voraussichtlich",
];
const CHANGE: &[&str] = &[
    "ansteigen",
    "steigen",
    "anwachsen",
    "wachsen",
    "zunehmen",
    "erhöhen",
    "erhöht",
    "sinken",
    "fallen",
    "erreichen",
    "verdoppeln",
    "aufstocken",
    "zurückgehen",
    "klettern",
    "werden",
];

/// Finds the figures of the whole text.
pub fn find(
    doc: &Doc,
    date_tokens: &[bool],
    dates: &[DateMention],
    ents: &Entities,
) -> Vec<Figure> {
    let mut figures: Vec<Figure> = Vec::new();
    let mut last_tok_of: Vec<usize> = Vec::new();
    let n = doc.toks.len();
    let mut t = 0;
    while t < n {
        if date_tokens.get(t).copied().unwrap_or(false) {
            t += 1;
            continue;
        }
        let sent = doc.sent(t).unwrap_or(0);
        let (s_first, s_end) = doc.sent_range(sent);
        let Some((value, mut last, default_q)) = number_at(doc, t, s_first) else {
            t += 1;
            continue;
        };
        if excluded(doc, t, last, s_end) {
            t = last + 1;
            continue;
        }
        let mut first = t;
        let mut upper = None;
        let mut value = value;
        // Ranges: "10.000 bis 12.000", "10.000–12.000", "zwischen 10.000 und 12.000".
        let between = t > s_first && matches!(doc.s(t - 1), "zwischen" | "Zwischen");
        let joiner = doc.s(last + 1);
        if (between && joiner == "und") || (!between && matches!(joiner, "bis" | "-" | "–")) {
            if let Some((u, ulast, _)) =
                number_at(doc, last + 2, s_first).filter(|_| last + 2 < s_end)
            {
                if !excluded(doc, last + 2, ulast, s_end) {
                    if u > value
                        && value < 1000.0
                        && u >= 1e3
                        && doc.kind(last) == Some(Kind::Num)
                        && ulast > last + 2
                    {
                        if let Some((f, _)) = multiplier(
                            doc,
                            ulast.saturating_sub(if doc.s(ulast) == "." { 1 } else { 0 }),
                        ) {
                            if value * f <= u {
                                value *= f;
                            }
                        }
                    }
                    upper = Some(u);
                    last = ulast;
                    if between {
                        first = t - 1;
                    }
                }
            }
        }
        let mut qualifier = default_q;
        if !between {
            if let Some((q, qfirst)) = qualifier_before(doc, first, s_first) {
                qualifier = q;
                first = qfirst;
            }
        }
        let (number_first, number_last) = (t, last);
        let counted_tok =
            counted_after(doc, last, s_end).or_else(|| counted_before(doc, first, s_first));
        let counted_after_number = counted_tok.filter(|&c| c > last);
        let (converted, conv_end) = match conversion(doc, counted_after_number.unwrap_or(last)) {
            Some((c, end)) => (Some(c), Some(end)),
            None => (None, None),
        };
        let counted = counted_tok.map(|c| Mention {
            text: doc.s(c).to_string(),
            span: Span::new(doc.start(c), doc.end(c)),
        });
        let counted_lemma = counted.as_ref().map(|c| counted_lemma(&c.text));
        let (ca, cb) = clause(doc, first, last, s_first, s_end);
        let date = clause_date(doc, dates, ca, cb);
        let until = date
            .and_then(|d| dates.get(d as usize))
            .is_some_and(|d| d.until);
        let modal = (ca..cb).any(|k| MODALS.contains(&doc.s(k)))
            && (ca..cb).any(|k| CHANGE.contains(&doc.s(k)));
        let part_of = part_of(doc, &figures, &last_tok_of, first, sent);
        let is_length = counted_lemma
            .as_deref()
            .is_some_and(|l| LENGTH_UNITS.contains(&l));
        let asserted_by = match part_of {
            Some(p) => figures.get(p as usize).and_then(|f| f.asserted_by.clone()),
            None if is_length => None,
            None => {
                // The nearer of a framed claimant ("laut X") and a claiming noun
                // ("schätzen US-Beamte"): "Laut CNN schätzen US-Beamte …" → US-Beamte.
                let framed = framed_claimant(doc, ents, first, last, s_first, s_end);
                let headed = claimant(doc, ents, first, s_first).map(|c| {
                    let end = doc.tok_at(c.mention.span.end as usize);
                    (first.saturating_sub(end), c)
                });
                match (framed, headed) {
                    (Some(f), Some(h)) => Some(if h.0 < f.0 { h.1 } else { f.1 }),
                    (f, h) => f.or(h).map(|(_, c)| c),
                }
            }
        };
        let measure = measure_of(doc, counted_lemma.as_deref(), ca, cb, s_first, s_end);
        figures.push(Figure {
            span: Span::new(doc.start(first), doc.end(last)),
            number: Mention {
                text: doc
                    .slice(doc.start(number_first), doc.end(number_last))
                    .to_string(),
                span: Span::new(doc.start(number_first), doc.end(number_last)),
            },
            value,
            upper,
            qualifier,
            counted,
            counted_lemma,
            converted,
            date,
            forecast: until || modal,
            part_of,
            asserted_by,
            sentence: sent,
            measure,
        });
        last_tok_of.push(last);
        t = conv_end.unwrap_or(last) + 1;
    }
    figures
}

/// Ordinals ("3. Armee"), times ("14 Uhr"), and numbers in names ("Artikel 5").
fn excluded(doc: &Doc, t: usize, last: usize, s_end: usize) -> bool {
    let dot_after =
        doc.s(last + 1) == "." && doc.start(last + 1) == doc.end(last) && last + 2 < s_end;
    let ordinal = doc.kind(t) == Some(Kind::Num) && last == t && dot_after;
    let time = doc.s(last + 1) == "Uhr";
    let prev = t.checked_sub(1).map_or("", |p| doc.s(p));
    let prev = if prev == "." {
        t.checked_sub(2).map_or("", |p| doc.s(p))
    } else {
        prev
    };
    ordinal || time || NAME_BEFORE.contains(&prev) && doc.kind(t) == Some(Kind::Num)
}

fn clause_date(doc: &Doc, dates: &[DateMention], a: usize, b: usize) -> Option<u32> {
    let (start, end) = (doc.start(a), doc.end(b.saturating_sub(1)));
    let i = dates.partition_point(|d| (d.span.start as usize) < start);
    dates
        .get(i)
        .filter(|d| (d.span.end as usize) <= end)
        .map(|_| i as u32)
}

const PART_TRIGGERS: &[&str] = &[
    "einschließlich",
    "darunter",
    "inklusive",
    "davon",
    "samt",
    "Einschließlich",
    "Darunter",
    "Davon",
];
const CLAUSE_BREAKS: &[&str] = &[
    ";", "während", "dass", "aber", "doch", "wobei", "weil", "obwohl",
];

/// The figure this one is part of: after "einschließlich"/"darunter", or
/// listed ("und") after such a part.
fn part_of(
    doc: &Doc,
    figures: &[Figure],
    last_tok_of: &[usize],
    first: usize,
    sent: u32,
) -> Option<u32> {
    let prev_idx = figures.len().checked_sub(1)?;
    let prev = figures.get(prev_idx)?;
    if prev.sentence != sent {
        return None;
    }
    let prev_last = *last_tok_of.get(prev_idx)?;
    let between = prev_last + 1..first;
    if between.len() > 12 || between.clone().any(|k| CLAUSE_BREAKS.contains(&doc.s(k))) {
        return None;
    }
    if between.clone().any(|k| PART_TRIGGERS.contains(&doc.s(k))) {
        return Some(prev.part_of.unwrap_or(prev_idx as u32));
    }
    prev.part_of.filter(|_| {
        between
            .clone()
            .any(|k| matches!(doc.s(k), "und" | "," | "sowie"))
    })
}

/// Who asserts a figure: the nearest claimant before it in its sentence.
fn claimant(doc: &Doc, ents: &Entities, first: usize, s_first: usize) -> Option<Claimant> {
    let from = s_first.max(first.saturating_sub(LOOKBACK));
    for k in (from..first).rev() {
        if !doc.is_cap(k) {
            continue;
        }
        let w = doc.s(k);
        let head = w.rsplit('-').next().unwrap_or(w).to_lowercase();
        if CLAIMANT_HEADS.iter().any(|h| head.ends_with(h)) {
            let mut a = k;
            // The sentence's first word is capitalised: "Schwedische Militärkreise".
            let adjective = |j: usize| {
                doc.is_word(j)
                    && (is_attr_adj(doc.s(j)) || j == s_first && is_attr_adj(&lower(doc.s(j))))
            };
            while a > s_first && adjective(a - 1) {
                a -= 1;
            }
            if a > s_first && is_det(doc.s(a - 1)) {
                a -= 1;
            }
            // "Ein Vertreter des Ministeriums": the genitive after the head
            // says whom it speaks for, and belongs to the claimant.
            let k = crate::entities::complement_end(doc, k, false).min(first - 1);
            let country = (a..=k)
                .find_map(|j| country_of_word(doc.s(j)))
                .map(str::to_string);
            let span = Span::new(doc.start(a), doc.end(k));
            let entity = ents.org_in(span).map(|o| o.entity as u32);
            return Some(Claimant {
                mention: Mention {
                    text: doc.slice(doc.start(a), doc.end(k)).to_string(),
                    span,
                },
                entity,
                country,
                speaker: None,
            });
        }
        if let Some(p) = ents.person_ending(k).filter(|p| p.first >= s_first) {
            return Some(Claimant {
                mention: Mention {
                    text: doc
                        .slice(p.name.start as usize, p.name.end as usize)
                        .to_string(),
                    span: p.name,
                },
                entity: Some(p.entity as u32),
                country: None,
                speaker: None,
            });
        }
        // A country named with its article as the subject ("die Vereinigten
        // Staaten", "die Ukraine"), not after a preposition ("auf Nordkorea").
        if let Some(c) = country_subject(doc, k, s_first) {
            return Some(c);
        }
    }
    None
}

/// A country ending at token `k` with a determiner before it and no
/// preposition before that: "die Vereinigten Staaten", "die USA".
fn country_subject(doc: &Doc, k: usize, s_first: usize) -> Option<Claimant> {
    let from = k.saturating_sub(4).max(s_first);
    for a in from..=k {
        for (words, entry) in crate::gazetteer::candidates(doc.s(a)) {
            if a + words.len() != k + 1
                || !words.iter().enumerate().all(|(i, w)| doc.s(a + i) == *w)
            {
                continue;
            }
            let e = crate::gazetteer::entries().get(*entry)?;
            if e.kind != crate::types::PlaceKind::Country {
                continue;
            }
            let det = a.checked_sub(1).filter(|&d| d >= s_first)?;
            let feminine = e.name.ends_with('e') || e.name.ends_with("ei") || e.name.ends_with('z');
            let nominative = match doc.s(det) {
                "die" | "Die" | "das" | "Das" => true,
                // "der Iran" is a subject, "der Ukraine" a dative.
                "der" | "Der" => !feminine,
                _ => false,
            };
            if !nominative {
                return None;
            }
            if det > s_first && is_preposition(doc.s(det - 1)) {
                return None;
            }
            let span = Span::new(doc.start(det), doc.end(k));
            return Some(Claimant {
                mention: Mention {
                    text: doc.slice(doc.start(det), doc.end(k)).to_string(),
                    span,
                },
                entity: None,
                country: Some(e.name.to_string()),
                speaker: None,
            });
        }
    }
    None
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "auf"
            | "an"
            | "in"
            | "mit"
            | "von"
            | "für"
            | "gegen"
            | "über"
            | "unter"
            | "nach"
            | "aus"
            | "bei"
            | "zu"
            | "durch"
            | "um"
            | "vor"
            | "zwischen"
            | "ohne"
    )
}

/// Nouns of a claim that point to its author: "nach Angaben des …".
const CLAIM_NOUNS: &[&str] = &[
    "Angaben",
    "Schätzungen",
    "Informationen",
    "Berichten",
    "Erkenntnissen",
    "Zählungen",
    "Zahlen",
    "Darstellung",
    "Einschätzung",
    "Berechnungen",
    "Aussagen",
    "Daten",
];

/// The capital or seat of government standing for its country ("Paris").
fn capital_country(w: &str) -> Option<&'static str> {
    use std::sync::OnceLock;
    static MAP: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    MAP.get_or_init(|| crate::lexicon::pairs(crate::lexicon::CAPITALS_FILE))
        .iter()
        .find(|(c, _)| *c == w || w.strip_suffix('s') == Some(*c))
        .map(|(_, country)| *country)
}

/// A claimant noun phrase starting at `t`: "[der|des|dem] [adjectives]
/// Name [Name]" ("des Verfassungsschutzes", "US-Beamten", "dem Pentagon",
/// "Paris", "Matthew Miller"). Returns the claimant and its last token.
fn claimant_np(doc: &Doc, ents: &Entities, t: usize, end: usize) -> Option<(Claimant, usize)> {
    if let Some(p) = ents.person_starting(t) {
        let span = p.name;
        return Some((
            Claimant {
                mention: Mention {
                    text: doc
                        .slice(span.start as usize, span.end as usize)
                        .to_string(),
                    span,
                },
                entity: Some(p.entity as u32),
                country: None,
                speaker: None,
            },
            p.last,
        ));
    }
    let mut k = t;
    if is_det(doc.s(k)) {
        k += 1;
    }
    let mut adj = 0;
    while adj < 4 && k < end && doc.is_word(k) && is_adj(doc.s(k)) {
        k += 1;
        adj += 1;
    }
    if k >= end || !doc.is_cap(k) {
        return None;
    }
    let mut last = k;
    while last + 1 < end && last < k + 2 && doc.is_cap(last + 1) {
        last += 1;
    }
    let span = Span::new(doc.start(t), doc.end(last));
    let country = (t..=last)
        .find_map(|j| country_of_word(doc.s(j)).or_else(|| capital_country(doc.s(j))))
        .map(str::to_string);
    Some((
        Claimant {
            mention: Mention {
                text: doc.slice(doc.start(t), doc.end(last)).to_string(),
                span,
            },
            entity: ents.org_in(span).map(|o| o.entity as u32),
            country,
            speaker: None,
        },
        last,
    ))
}

/// Who a figure's sentence says claims it, by the frames that name a speaker:
/// "laut X", "X zufolge", "nach Angaben/Schätzungen des X", "nach Angaben aus
/// Paris", "nach ukrainischen Angaben", "wie X mitteilte". The nearest frame wins.
fn framed_claimant(
    doc: &Doc,
    ents: &Entities,
    first: usize,
    last: usize,
    s_first: usize,
    s_end: usize,
) -> Option<(usize, Claimant)> {
    let from = s_first.max(first.saturating_sub(LOOKBACK));
    let to = s_end.min(last + LOOKBACK);
    let mut best: Option<(usize, Claimant)> = None;
    let mut consider = |at: usize, c: Claimant| {
        let dist = if at < first { first - at } else { at - last };
        if best.as_ref().is_none_or(|(d, _)| dist < *d) {
            best = Some((dist, c));
        }
    };
    for k in from..to {
        if (first..=last).contains(&k) {
            continue;
        }
        match doc.s(k) {
            "laut" | "Laut" => {
                if let Some((c, _)) = claimant_np(doc, ents, k + 1, to) {
                    consider(k, c);
                }
            }
            "zufolge" => {
                // "dem Pentagon zufolge", "US-Beamten zufolge": back to the determiner.
                let mut a = k.checked_sub(1)?;
                let floor = a.saturating_sub(4).max(from);
                while a > floor && (doc.is_cap(a - 1) || is_adj(doc.s(a - 1))) {
                    a -= 1;
                }
                if a > floor && is_det(doc.s(a - 1)) {
                    a -= 1;
                }
                if let Some((c, _)) = claimant_np(doc, ents, a, k) {
                    consider(k, c);
                }
            }
            "nach" | "Nach" => {
                let mut n = k + 1;
                let adj = (doc.is_word(n) && is_adj(doc.s(n))).then_some(n);
                if adj.is_some() {
                    n += 1;
                }
                if !CLAIM_NOUNS.contains(&doc.s(n)) {
                    continue;
                }
                let next = doc.s(n + 1);
                let c = if matches!(next, "des" | "der" | "von" | "vom") {
                    let t = if next == "von" { n + 2 } else { n + 1 };
                    claimant_np(doc, ents, t, to).map(|(c, _)| c)
                } else if next == "aus" {
                    claimant_np(doc, ents, n + 2, to).map(|(c, _)| c)
                } else {
                    // "nach ukrainischen Angaben": the adjective names the side.
                    adj.and_then(|a| {
                        let country = country_of_word(doc.s(a))?;
                        Some(Claimant {
                            mention: Mention {
                                text: doc.s(a).to_string(),
                                span: Span::new(doc.start(a), doc.end(a)),
                            },
                            entity: None,
                            country: Some(country.to_string()),
                            speaker: None,
                        })
                    })
                };
                if let Some(c) = c {
                    consider(k, c);
                }
            }
            "wie" | "Wie" => {
                // "wie das Pentagon mitteilte": a speech verb closes the clause.
                if let Some((c, np_last)) = claimant_np(doc, ents, k + 1, to) {
                    let verb = (np_last + 1..to.min(np_last + 6))
                        .take_while(|&v| doc.s(v) != ",")
                        .any(|v| crate::lexicon::speech_verb(doc.s(v)).is_some());
                    if verb {
                        consider(k, c);
                    }
                }
            }
            _ => {}
        }
    }
    best
}

const CASUALTY_NOUNS: &[&str] = &[
    "Tote",
    "Toten",
    "Verletzte",
    "Verletzten",
    "Verwundete",
    "Verwundeten",
    "Opfer",
    "Gefallene",
    "Gefallenen",
    "Verluste",
    "Verlusten",
    "Todesopfer",
    "Todesopfern",
];
const CASUALTY_WORDS: &[&str] = &[
    "getötet",
    "gefallen",
    "verwundet",
    "verletzt",
    "starben",
    "gestorben",
    "umgekommen",
    "tot",
    "ums",
    "Verluste",
    "Verlusten",
    "getöteten",
    "verwundeten",
    "verletzten",
    "gefallenen",
    "toten",
    "tötete",
    "töteten",
    "erschossen",
    "Tote",
    "Toten",
];
const MONEY: &[&str] = &[
    "Euro",
    "Dollar",
    "US-Dollar",
    "Rubel",
    "Franken",
    "Pfund",
    "Yuan",
    "Won",
    "Hrywnja",
    "Mark",
];

/// What a figure measures, from its counted noun and its clause.
fn measure_of(
    doc: &Doc,
    counted: Option<&str>,
    ca: usize,
    cb: usize,
    s_first: usize,
    s_end: usize,
) -> Measure {
    let (a, b) = (ca.max(s_first), cb.min(s_end));
    let casualty_clause = || (a..b).any(|k| CASUALTY_WORDS.contains(&doc.s(k)));
    let Some(c) = counted else {
        // "starben mindestens 300 von ihnen".
        return if casualty_clause() {
            Measure::Casualties
        } else {
            Measure::Other
        };
    };
    let last = c.rsplit('-').next().unwrap_or(c);
    if ["Quadratkilometer", "Quadratmeter", "Hektar", "km²", "qkm"].contains(&last) {
        return Measure::Area;
    }
    if LENGTH_UNITS.contains(&last) || last.ends_with("kilometer") {
        return Measure::Distance;
    }
    if MONEY.contains(&last) {
        return Measure::Money;
    }
    if CASUALTY_NOUNS.contains(&last) {
        return Measure::Casualties;
    }
    if is_personnel(last) || crate::lexicon::is_role_noun(last) {
        // "3.000 Soldaten getötet", "Verluste von 500 Mann": killed or wounded.
        if casualty_clause() {
            return Measure::Casualties;
        }
        return Measure::Personnel;
    }
    Measure::Other
}
