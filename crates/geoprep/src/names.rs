//! Curated German labels of admin-1 areas, from `data/admin1_de.csv`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The table as shipped with the crate (`adm1_code,name_de`, `#` comments).
pub const ADMIN1_DE: &str = include_str!("../data/admin1_de.csv");

fn table() -> &'static BTreeMap<&'static str, &'static str> {
    static T: OnceLock<BTreeMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| parse(ADMIN1_DE))
}

/// Parses `adm1_code,name_de` lines; the header, `#` comments, blank and
/// malformed lines are skipped.
pub fn parse(text: &str) -> BTreeMap<&str, &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(','))
        .filter(|(code, _)| *code != "adm1_code")
        .map(|(code, name)| (code.trim(), name.trim()))
        .collect()
}

/// The curated German label of an `adm1_code`, if the table has one.
pub fn curated(adm1_code: &str) -> Option<&'static str> {
    table().get(adm1_code).copied()
}

/// German label for an `adm1_code`; codes missing from the table fall back
/// to the English name without apostrophes ("Ryazan'" → "Ryazan").
pub fn german_name(adm1_code: &str, name_en: &str) -> String {
    curated(adm1_code).map_or_else(|| name_en.replace('\'', ""), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_table() {
        assert!(parse("").is_empty());
        assert!(parse("adm1_code,name_de\n# note\n\nno comma\n").is_empty());
    }

    #[test]
    fn shipped_labels() {
        assert_eq!(german_name("RUS-2342", ""), "Oblast Brjansk");
        assert_eq!(german_name("UKR-285", ""), "Oblast Tschernihiw");
        assert_eq!(german_name("RUS-2336", "Leningrad"), "Oblast Leningrad");
        assert_eq!(german_name("FIN-3188", "South Karelia"), "Südkarelien");
    }

    #[test]
    fn fallback_strips_apostrophes() {
        assert_eq!(german_name("RUS-0", "Ryazan'"), "Ryazan");
        assert_eq!(german_name("", ""), "");
    }
}
