//! Country codes: German country adjectives ("ukrainischen" → UA) and
//! ISO alpha-2 → the Natural Earth alpha-3 the map data uses (UA → UKR).

use std::collections::HashMap;
use std::sync::OnceLock;

/// German country adjective stems → ISO alpha-2, one `stem\tISO` a line.
pub const ADJECTIVES: &str = include_str!("../data/adjectives_de.tsv");

/// ISO alpha-2 → Natural Earth adm0_a3, one `A2\tA3` a line
/// (`examples/iso3_table.rs` writes it from the gazetteer asset).
pub const ISO3: &str = include_str!("../data/iso3.tsv");

/// The endings a German adjective takes after its stem.
const ENDINGS: [&str; 6] = ["en", "em", "er", "es", "e", ""];

fn table(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
}

fn adjectives() -> &'static HashMap<&'static str, &'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| table(ADJECTIVES).collect())
}

fn iso3_table() -> &'static HashMap<&'static str, &'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| table(ISO3).collect())
}

/// The country (ISO alpha-2) a German adjective names, in any inflection
/// and capitalisation; `None` for any other word.
///
/// ```
/// use framing::countries::by_adjective;
/// assert_eq!(by_adjective("ukrainischen"), Some("UA"));
/// assert_eq!(by_adjective("Finnischer"), Some("FI"));
/// assert_eq!(by_adjective("nordkoreanische"), Some("KP"));
/// assert_eq!(by_adjective("Grenze"), None);
/// ```
pub fn by_adjective(word: &str) -> Option<&'static str> {
    let w = word.trim().to_lowercase();
    ENDINGS.iter().find_map(|e| {
        let stem = w.strip_suffix(e)?;
        adjectives().get(stem).copied()
    })
}

/// The countries a hyphenated adjective names, in order:
/// "finnisch-russischen" → [FI, RU]; one country for "ukrainischen".
/// Words that are no country adjective give none.
pub fn by_adjectives(word: &str) -> Vec<&'static str> {
    if let Some(one) = by_adjective(word) {
        return vec![one];
    }
    let parts: Vec<&str> = word.split('-').collect();
    let mut out = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        // Only the last part carries the ending ("finnisch-russischen").
        let found = if i + 1 == parts.len() {
            by_adjective(part)
        } else {
            adjectives().get(part.to_lowercase().as_str()).copied()
        };
        match found {
            Some(c) if !out.contains(&c) => out.push(c),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    out
}

/// The Natural Earth alpha-3 code of an ISO alpha-2 code ("UA" → "UKR").
///
/// ```
/// assert_eq!(framing::countries::iso3("RU"), Some("RUS"));
/// assert_eq!(framing::countries::iso3("??"), None);
/// ```
pub fn iso3(iso2: &str) -> Option<&'static str> {
    iso3_table().get(iso2).copied()
}

/// A country's code as the frame carries it: the alpha-3 where known,
/// else the code as given ("UA" → "UKR", "??" → "??").
pub fn frame_code(iso2: &str) -> String {
    iso3(iso2).map_or_else(|| iso2.to_string(), str::to_string)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_odd_words() {
        assert_eq!(by_adjective(""), None);
        assert_eq!(by_adjective("e"), None);
        assert_eq!(by_adjective("-"), None);
        assert!(by_adjectives("").is_empty());
        assert!(by_adjectives("---").is_empty());
        assert!(by_adjectives("finnisch-grünen").is_empty());
    }

    #[test]
    fn every_inflection_by_its_stem() {
        for w in [
            "ukrainisch",
            "ukrainische",
            "ukrainischen",
            "ukrainischer",
            "ukrainisches",
            "ukrainischem",
            "Ukrainischen",
        ] {
            assert_eq!(by_adjective(w), Some("UA"), "{w}");
        }
        assert_eq!(by_adjective("russischen"), Some("RU"));
        assert_eq!(by_adjective("belarussischen"), Some("BY"));
        assert_eq!(by_adjective("weißrussischen"), Some("BY"));
        assert_eq!(by_adjective("südkoreanischen"), Some("KR"));
        assert_eq!(by_adjective("US-amerikanischen"), Some("US"));
        assert_eq!(by_adjective("polnischem"), Some("PL"));
    }

    #[test]
    fn hyphenated_adjectives_name_both_countries() {
        assert_eq!(by_adjectives("finnisch-russischen"), ["FI", "RU"]);
        assert_eq!(by_adjectives("russisch-ukrainische"), ["RU", "UA"]);
        assert_eq!(by_adjectives("ukrainischen"), ["UA"]);
    }

    #[test]
    fn every_adjective_country_has_an_alpha3() {
        let missing: Vec<&str> = table(ADJECTIVES)
            .map(|(_, c)| c)
            .filter(|c| iso3(c).is_none())
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }
}
