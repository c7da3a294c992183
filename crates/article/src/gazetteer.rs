//! The gazetteer: countries, regions and cities with German names,
//! inflected and adjectival forms, coordinates and ids, read once from
//! `data/places.tsv` (its header describes the columns).

use crate::scan::FastMap as HashMap;
use crate::types::PlaceKind;
use std::sync::OnceLock;

/// The place table, as data.
pub const PLACES_FILE: &str = include_str!("../data/places.tsv");

/// One known place.
#[derive(Debug)]
pub struct Entry {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
    pub geonames: Option<u32>,
    /// Other spellings and inflected forms as written ("Russlands", "VRC"),
    /// and for regions the forms the general rule derives ("Region X").
    pub aliases: Vec<String>,
    /// Lower-case adjective stems ("nordkoreanisch"): any inflection matches.
    pub adjectives: Vec<&'static str>,
}

/// Every place of `data/places.tsv`, in file order. Malformed lines are skipped.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| parse_table(PLACES_FILE))
}

/// Parses the tab-separated place table; `#` starts a comment line.
pub fn parse_table(src: &'static str) -> Vec<Entry> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(parse_row)
        .collect()
}

fn parse_row(line: &'static str) -> Option<Entry> {
    let cols: Vec<&'static str> = line.split('\t').map(str::trim).collect();
    let [id, name, kind, lat, lon, geonames, aliases, adjectives] = cols.as_slice() else {
        return None;
    };
    let kind = match *kind {
        "country" => PlaceKind::Country,
        "region" => PlaceKind::Region,
        "city" => PlaceKind::City,
        _ => return None,
    };
    let list = |s: &'static str| s.split('|').map(str::trim).filter(|w| !w.is_empty());
    let mut all: Vec<String> = list(aliases).map(str::to_string).collect();
    if kind == PlaceKind::Region {
        let derived: Vec<String> = std::iter::once(*name)
            .chain(list(aliases))
            .flat_map(region_forms)
            .collect();
        for form in derived {
            if form != *name && !all.contains(&form) {
                all.push(form);
            }
        }
    }
    Some(Entry {
        id,
        name,
        kind,
        lat: lat.parse().ok()?,
        lon: lon.parse().ok()?,
        geonames: geonames.parse().ok(),
        aliases: all,
        adjectives: list(adjectives).collect(),
    })
}

/// The other usual German forms of an administrative region's name: "Oblast
/// X", "Gebiet X" and "Region X" each give all three, "X-Region" and "Xer
/// Gebiet" (as in "Moskauer Gebiet"). Other names give none.
///
/// ```
/// let forms = article::gazetteer::region_forms("Gebiet Tula");
/// assert!(forms.contains(&"Oblast Tula".to_string()));
/// assert!(forms.contains(&"Tula-Region".to_string()));
/// assert!(article::gazetteer::region_forms("Republik Karelien").is_empty());
/// ```
pub fn region_forms(name: &str) -> Vec<String> {
    let Some((designator, core)) = name.split_once(' ') else {
        return Vec::new();
    };
    if !matches!(designator, "Oblast" | "Gebiet" | "Region") || core.contains(' ') {
        return Vec::new();
    }
    vec![
        format!("Oblast {core}"),
        format!("Gebiet {core}"),
        format!("Region {core}"),
        format!("{core}-Region"),
        format!("{core}er Gebiet"),
    ]
}

/// Every name and alias, keyed by its first word: (all words, entry index).
type Index = HashMap<&'static str, Vec<(Vec<&'static str>, usize)>>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: Index = HashMap::default();
        for (i, e) in entries().iter().enumerate() {
            for name in std::iter::once(e.name).chain(e.aliases.iter().map(String::as_str)) {
                let words: Vec<&'static str> = name.split(' ').collect();
                if let Some(first) = words.first() {
                    map.entry(*first).or_default().push((words, i));
                }
            }
        }
        for list in map.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        map
    })
}

/// Names starting with `w`, longest first: (their words, entry index).
pub fn candidates(w: &str) -> &'static [(Vec<&'static str>, usize)] {
    index().get(w).map_or(&[], Vec::as_slice)
}

/// The single-word entry named `w`, or whose name plus a genitive "s" is `w`
/// ("Russlands", "Kiews").
pub fn lookup(w: &str) -> Option<usize> {
    let single = |w: &str| {
        candidates(w)
            .iter()
            .find(|(ws, _)| ws.len() == 1)
            .map(|(_, i)| *i)
    };
    single(w).or_else(|| {
        let stem = w.strip_suffix('s')?;
        if stem.ends_with('s') || stem.is_empty() {
            return None;
        }
        single(stem)
    })
}

/// Case-insensitive lookup for upper-case datelines ("KIEW").
pub fn lookup_ci(w: &str) -> Option<usize> {
    let l = w.to_lowercase();
    entries()
        .iter()
        .position(|e| e.name.to_lowercase() == l || e.aliases.iter().any(|a| a.to_lowercase() == l))
}

/// The entry an adjective such as "nordkoreanischen" points to.
pub fn lookup_adjective(w: &str) -> Option<usize> {
    let stem = ["isch", "ische", "ischen", "ischer", "isches", "ischem"]
        .iter()
        .any(|e| w.ends_with(e));
    if !stem {
        return None;
    }
    let l = w.to_lowercase();
    entries().iter().position(|e| {
        e.adjectives.iter().any(|stem| {
            l.strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "" | "e" | "en" | "er" | "es" | "em"))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_malformed_rows_give_no_entries() {
        assert!(parse_table("").is_empty());
        assert!(parse_table("# only a comment\n\n").is_empty());
        assert!(parse_table("iso:XX\tNirgendland\tcountry\tnorth\t0\t\t\t").is_empty());
        assert!(parse_table("iso:XX\tNirgendland\tplanet\t0\t0\t\t\t").is_empty());
        assert!(parse_table("iso:XX\tNirgendland").is_empty());
    }

    #[test]
    fn every_data_row_parses() {
        let rows = PLACES_FILE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(entries().len(), rows);
        let mut ids: Vec<&str> = entries().iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), rows, "ids are unique");
    }

    #[test]
    fn region_rule_derives_the_usual_forms() {
        let e = parse_table("ne:X-1\tOblast Tula\tregion\t54.2\t37.6\t\t\t");
        let aliases = &e[0].aliases;
        for form in ["Gebiet Tula", "Region Tula", "Tula-Region", "Tulaer Gebiet"] {
            assert!(aliases.iter().any(|a| a == form), "{form}");
        }
        assert!(
            !aliases.iter().any(|a| a == "Oblast Tula"),
            "not the name again"
        );
        let city = parse_table("gn:1\tTula\tcity\t54.2\t37.6\t1\t\t");
        assert!(city[0].aliases.is_empty(), "cities get no region forms");
    }
}
