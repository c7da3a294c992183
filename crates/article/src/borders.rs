//! Distances from a border: "50 Kilometer (30 Meilen) von der ukrainischen
//! Grenze entfernt", "40 km vor der Grenze zu Finnland", "20 Meilen südlich
//! der Grenze". The figure must be a length right before the border phrase;
//! "50 Kilometer lange Grenze" is the border's length, not a distance from it.

use crate::scan::{is_adj, is_definite, Doc};
use crate::types::{BorderDistance, Figure, PlaceMention, Span};

/// Kilometres per unit of a counted length noun; `None` for other nouns.
pub fn km_per_unit(lemma: &str) -> Option<f64> {
    Some(match lemma {
        "Kilometer" | "km" | "Kilometern" => 1.0,
        "Meilen" | "Meile" => 1.609_344,
        "Seemeilen" | "Seemeile" => 1.852,
        "Meter" | "m" | "Metern" => 0.001,
        _ => return None,
    })
}

/// Words between the length and the border phrase that change nothing
/// ("entfernt von der Grenze", "Luftlinie von der Grenze", "in 30 km Entfernung zur Grenze").
const FILLERS: &[&str] = &["entfernt", "Luftlinie", "weit", "Entfernung", "Abstand"];

/// Directions that take a genitive ("südlich der Grenze").
fn is_direction(w: &str) -> bool {
    ["nördlich", "südlich", "östlich", "westlich"]
        .iter()
        .any(|d| w.ends_with(d))
}

/// Finds the figures that state how far something lies from a border.
/// `mentions` are the place mentions in text order.
pub fn find(doc: &Doc, figures: &[Figure], mentions: &[PlaceMention]) -> Vec<BorderDistance> {
    figures
        .iter()
        .enumerate()
        .filter_map(|(i, f)| distance(doc, i, f, mentions))
        .collect()
}

fn distance(
    doc: &Doc,
    index: usize,
    f: &Figure,
    mentions: &[PlaceMention],
) -> Option<BorderDistance> {
    let unit = f.counted.as_ref()?;
    if unit.span.start < f.span.end {
        return None;
    }
    let km = f.value * km_per_unit(f.counted_lemma.as_deref()?)?;
    // Past the unit and its conversion "(30 Meilen)".
    let mut k = doc.tok_at(unit.span.end as usize);
    if let Some(c) = &f.converted {
        k = doc.tok_at(c.span.end as usize);
        if doc.s(k) == ")" {
            k += 1;
        }
    }
    let s_end = doc.sent_range(f.sentence).1;
    let mut fillers = 0;
    while fillers < 2 && FILLERS.contains(&doc.s(k)) {
        k += 1;
        fillers += 1;
    }
    // The preposition and its article: "von der", "vor der", "zur", "südlich (von) der".
    let det = match doc.s(k) {
        "von" | "vor" | "hinter" | "jenseits" | "diesseits" | "ab" => k + 1,
        "bis" if doc.s(k + 1) == "zur" => k + 1,
        "zur" => k,
        w if is_direction(w) && doc.s(k + 1) == "von" => k + 2,
        w if is_direction(w) => k + 1,
        _ => return None,
    };
    if doc.s(det) != "zur" && !is_definite(doc.s(det)) {
        return None;
    }
    let mut g = det + 1;
    let adjs_from = g;
    while g < s_end && g < adjs_from + 3 && doc.is_word(g) && is_adj(doc.s(g)) {
        g += 1;
    }
    if g >= s_end || !doc.is_cap(g) || !doc.s(g).to_lowercase().ends_with("grenze") {
        return None;
    }
    let mut end = doc.end(g);
    // The country across: an adjective ("ukrainischen Grenze") or "zu/mit X".
    let adjectival = mentions_in(mentions, doc.start(adjs_from), doc.end(g));
    let mut border = match adjectival {
        [one] => Some(one.place),
        _ => None,
    };
    let mut p = g + 1;
    if matches!(doc.s(p), "zu" | "zur" | "zum" | "mit" | "nach") {
        p += 1;
        if is_definite(doc.s(p)) {
            p += 1;
        }
        if let Some(m) = mentions_in(mentions, doc.start(p), doc.end(p + 4))
            .iter()
            .find(|m| m.span.start as usize == doc.start(p))
        {
            border = Some(m.place);
            end = m.span.end as usize;
        }
    }
    Some(BorderDistance {
        figure: index as u32,
        km,
        border,
        sentence: f.sentence,
        span: Span::new(f.span.start as usize, end),
    })
}

/// The place mentions lying inside `start..end`.
fn mentions_in(mentions: &[PlaceMention], start: usize, end: usize) -> &[PlaceMention] {
    let a = mentions.partition_point(|m| (m.span.start as usize) < start);
    let b = mentions.partition_point(|m| (m.span.start as usize) < end);
    let inside = mentions.get(a..b.max(a)).unwrap_or(&[]);
    let n = inside
        .iter()
        .take_while(|m| (m.span.end as usize) <= end)
        .count();
    inside.get(..n).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use crate::parse;

    /// (km, border place name, phrase) of every border distance.
    fn distances(text: &str) -> Vec<(f64, Option<String>, String)> {
        let a = parse(text);
        a.border_distances
            .iter()
            .map(|d| {
                let border = d
                    .border
                    .and_then(|b| a.places.get(b as usize))
                    .map(|p| p.name.clone());
                (d.km, border, a.slice(d.span).to_string())
            })
            .collect()
    }

    #[test]
    fn empty() {
        assert!(distances("").is_empty());
        assert!(distances("Keine Zahl, keine Grenze.").is_empty());
    }

    #[test]
    fn adjective_names_the_country_across() {
        let d = distances(
            "Die Stadt liegt nur 50 Kilometer (30 Meilen) von der ukrainischen Grenze entfernt.",
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, 50.0);
        assert_eq!(d[0].1.as_deref(), Some("Ukraine"));
        assert_eq!(
            d[0].2,
            "50 Kilometer (30 Meilen) von der ukrainischen Grenze"
        );
    }

    #[test]
    fn country_after_zu_or_mit() {
        let d = distances("Das Lager liegt 12 km vor der Grenze zu Finnland.");
        assert_eq!(d[0].1.as_deref(), Some("Finnland"));
        assert_eq!(d[0].2, "12 km vor der Grenze zu Finnland");
        let d = distances("Sie stehen etwa 30 Kilometer von der Grenze zur Ukraine entfernt.");
        assert_eq!((d[0].0, d[0].1.as_deref()), (30.0, Some("Ukraine")));
        let d = distances("Der Ort liegt 8 Kilometer hinter der Grenze mit Polen.");
        assert_eq!(d[0].1.as_deref(), Some("Polen"));
    }

    #[test]
    fn directions_and_fillers() {
        let d = distances("Die Basis liegt 20 Kilometer südlich der russischen Grenze.");
        assert_eq!((d[0].0, d[0].1.as_deref()), (20.0, Some("Russland")));
        let d = distances("Das Dorf liegt drei Kilometer entfernt von der Grenze.");
        assert_eq!((d[0].0, d[0].1.as_deref()), (3.0, None));
        let d = distances("Sie liegen 60 Kilometer nordöstlich von der polnischen Grenze.");
        assert_eq!(d[0].1.as_deref(), Some("Polen"));
    }

    #[test]
    fn miles_and_metres_become_kilometres() {
        let d = distances("Die Truppen stehen 10 Meilen von der Grenze entfernt.");
        assert!((d[0].0 - 16.09344).abs() < 1e-9);
        let d = distances("Der Zaun steht 500 Meter vor der finnischen Grenze.");
        assert!((d[0].0 - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_border_length_is_no_distance() {
        assert!(distances("Beide Länder teilen eine 50 Kilometer lange Grenze.").is_empty());
        assert!(distances(
            "Seine Grenze zu Russland ist mit rund 1.340 Kilometern die längste Außengrenze."
        )
        .is_empty());
        assert!(distances("Der Konvoi fuhr 50 Kilometer an der Grenze entlang.").is_empty());
        assert!(distances("Sie marschierten 50 Kilometer von der Stadt bis zur Front.").is_empty());
        assert!(distances("Rund 3.000 Soldaten stehen an der ukrainischen Grenze.").is_empty());
    }
}
