//! The small built-in gazetteer: countries, regions and cities with German
//! names, inflected and adjectival forms, coordinates and ids.

use crate::scan::FastMap as HashMap;
use crate::types::PlaceKind;
use std::sync::OnceLock;

/// One known place.
pub struct Entry {
    pub id: &'static str,
    pub name: &'static str,
    pub kind: PlaceKind,
    pub lat: f64,
    pub lon: f64,
    pub geonames: Option<u32>,
    /// Other spellings and inflected forms as written ("Russlands", "VRC").
    pub aliases: &'static [&'static str],
    /// Lower-case adjective stems ("nordkoreanisch"): any inflection matches.
    pub adjectives: &'static [&'static str],
}

// A table row reads best as one call with every column.
#[allow(clippy::too_many_arguments)]
const fn e(
    id: &'static str,
    name: &'static str,
    kind: PlaceKind,
    lat: f64,
    lon: f64,
    geonames: Option<u32>,
    aliases: &'static [&'static str],
    adjectives: &'static [&'static str],
) -> Entry {
    Entry {
        id,
        name,
        kind,
        lat,
        lon,
        geonames,
        aliases,
        adjectives,
    }
}

use PlaceKind::{City, Country, Region};

/// Index of the Kursk region, which "Region Kursk" and "Kursk-Region" name.
pub const KURSK_REGION: &str = "ne:RUS-2362";

pub static ENTRIES: &[Entry] = &[
    e(
        "iso:RU",
        "Russland",
        Country,
        61.5,
        90.0,
        Some(2017370),
        &["Russische Föderation", "Russischen Föderation"],
        &["russisch"],
    ),
    e(
        "iso:UA",
        "Ukraine",
        Country,
        49.0,
        32.0,
        Some(690791),
        &[],
        &["ukrainisch"],
    ),
    e(
        "iso:KP",
        "Nordkorea",
        Country,
        40.0,
        127.0,
        Some(1873107),
        &["Demokratische Volksrepublik Korea"],
        &["nordkoreanisch"],
    ),
    e(
        "iso:KR",
        "Südkorea",
        Country,
        36.5,
        127.9,
        Some(1835841),
        &["Republik Korea"],
        &["südkoreanisch"],
    ),
    e(
        "iso:US",
        "USA",
        Country,
        39.8,
        -98.6,
        Some(6252001),
        &[
            "Vereinigte Staaten",
            "Vereinigten Staaten",
            "Vereinigte Staaten von Amerika",
            "Vereinigten Staaten von Amerika",
            "US",
            "Amerika",
        ],
        &["amerikanisch", "us-amerikanisch"],
    ),
    e(
        "iso:CN",
        "China",
        Country,
        35.0,
        103.0,
        Some(1814991),
        &["Volksrepublik China", "VRC", "VR China"],
        &["chinesisch"],
    ),
    e(
        "iso:BY",
        "Belarus",
        Country,
        53.7,
        27.9,
        Some(630336),
        &["Weißrussland"],
        &["belarussisch", "weißrussisch"],
    ),
    e(
        "iso:DE",
        "Deutschland",
        Country,
        51.2,
        10.4,
        Some(2921044),
        &["Bundesrepublik"],
        &["deutsch"],
    ),
    e(
        "iso:FR",
        "Frankreich",
        Country,
        46.6,
        2.4,
        Some(3017382),
        &[],
        &["französisch"],
    ),
    e(
        "iso:GB",
        "Großbritannien",
        Country,
        54.0,
        -2.0,
        Some(2635167),
        &[
            "Vereinigtes Königreich",
            "Vereinigten Königreich",
            "Vereinigten Königreichs",
        ],
        &["britisch"],
    ),
    e(
        "iso:PL",
        "Polen",
        Country,
        52.0,
        19.4,
        Some(798544),
        &[],
        &["polnisch"],
    ),
    e(
        "iso:IR",
        "Iran",
        Country,
        32.4,
        53.7,
        None,
        &[],
        &["iranisch"],
    ),
    e(
        "iso:IL",
        "Israel",
        Country,
        31.4,
        35.0,
        None,
        &[],
        &["israelisch"],
    ),
    e(
        "iso:JP",
        "Japan",
        Country,
        36.2,
        138.3,
        None,
        &[],
        &["japanisch"],
    ),
    e(
        "iso:TR",
        "Türkei",
        Country,
        39.0,
        35.2,
        None,
        &[],
        &["türkisch"],
    ),
    e(
        "iso:MD",
        "Moldau",
        Country,
        47.2,
        28.5,
        None,
        &["Moldawien", "Republik Moldau"],
        &["moldauisch", "moldawisch"],
    ),
    e(
        "iso:GE",
        "Georgien",
        Country,
        42.3,
        43.4,
        None,
        &[],
        &["georgisch"],
    ),
    e(
        "iso:FI",
        "Finnland",
        Country,
        64.0,
        26.0,
        None,
        &[],
        &["finnisch"],
    ),
    e(
        "iso:AT",
        "Österreich",
        Country,
        47.6,
        14.1,
        None,
        &[],
        &["österreichisch"],
    ),
    e(
        "iso:CH",
        "Schweiz",
        Country,
        46.8,
        8.2,
        None,
        &[],
        &["schweizerisch"],
    ),
    e(
        "iso:IT",
        "Italien",
        Country,
        42.8,
        12.6,
        None,
        &[],
        &["italienisch"],
    ),
    e(
        "iso:RO",
        "Rumänien",
        Country,
        45.9,
        24.97,
        None,
        &[],
        &["rumänisch"],
    ),
    e(
        KURSK_REGION,
        "Oblast Kursk",
        Region,
        51.7,
        36.2,
        None,
        &[
            "Oblast Kursk",
            "Gebiet Kursk",
            "Region Kursk",
            "Kursk-Region",
            "Kursker Gebiet",
        ],
        &[],
    ),
    e(
        "region:donbass",
        "Donbass",
        Region,
        48.4577,
        38.3541,
        None,
        &["Donbas", "Donbass-Region", "Donbas-Region"],
        &[],
    ),
    e(
        "region:krim",
        "Krim",
        Region,
        45.3,
        34.4,
        None,
        &["Halbinsel Krim"],
        &[],
    ),
    e(
        "gn:538560",
        "Kursk",
        City,
        51.72689,
        36.18457,
        Some(538560),
        &[],
        &[],
    ),
    e(
        "gn:486816",
        "Sudscha",
        City,
        51.191,
        35.271,
        Some(486816),
        &["Sudzha"],
        &[],
    ),
    e(
        "gn:578072",
        "Belgorod",
        City,
        50.60343,
        36.58091,
        Some(578072),
        &[],
        &[],
    ),
    e(
        "gn:692194",
        "Sumy",
        City,
        50.91741,
        34.79906,
        Some(692194),
        &[],
        &[],
    ),
    e(
        "gn:706483",
        "Charkiw",
        City,
        49.98177,
        36.25475,
        Some(706483),
        &["Charkow"],
        &[],
    ),
    e(
        "gn:703448",
        "Kiew",
        City,
        50.45466,
        30.5238,
        Some(703448),
        &["Kyjiw"],
        &[],
    ),
    e(
        "gn:524901",
        "Moskau",
        City,
        55.75204,
        37.61781,
        Some(524901),
        &[],
        &[],
    ),
    e(
        "gn:1871859",
        "Pjöngjang",
        City,
        39.03385,
        125.75432,
        Some(1871859),
        &["Pjongjang"],
        &[],
    ),
    e(
        "gn:1816670",
        "Peking",
        City,
        39.9075,
        116.39723,
        Some(1816670),
        &["Beijing"],
        &[],
    ),
    e(
        "gn:2950159",
        "Berlin",
        City,
        52.52437,
        13.41053,
        Some(2950159),
        &[],
        &[],
    ),
    e(
        "gn:4140963",
        "Washington",
        City,
        38.89511,
        -77.03637,
        Some(4140963),
        &[],
        &[],
    ),
    e(
        "gn:1835848",
        "Seoul",
        City,
        37.566,
        126.9784,
        Some(1835848),
        &[],
        &[],
    ),
    e(
        "gn:698740",
        "Odessa",
        City,
        46.47747,
        30.73262,
        Some(698740),
        &["Odesa"],
        &[],
    ),
    e(
        "gn:706448",
        "Cherson",
        City,
        46.65581,
        32.6178,
        Some(706448),
        &[],
        &[],
    ),
    e(
        "gn:687700",
        "Saporischschja",
        City,
        47.82289,
        35.19031,
        Some(687700),
        &[],
        &[],
    ),
    e(
        "gn:701822",
        "Mariupol",
        City,
        47.09514,
        37.54131,
        Some(701822),
        &[],
        &[],
    ),
    e(
        "gn:702550",
        "Lwiw",
        City,
        49.83826,
        24.02324,
        Some(702550),
        &["Lemberg"],
        &[],
    ),
    e(
        "gn:2800866",
        "Brüssel",
        City,
        50.85045,
        4.34878,
        Some(2800866),
        &[],
        &[],
    ),
    e(
        "gn:2761369",
        "Wien",
        City,
        48.20849,
        16.37208,
        Some(2761369),
        &[],
        &[],
    ),
    e(
        "gn:709717",
        "Donezk",
        City,
        48.023,
        37.80224,
        Some(709717),
        &[],
        &[],
    ),
    e(
        "gn:702658",
        "Luhansk",
        City,
        48.56705,
        39.31706,
        Some(702658),
        &[],
        &[],
    ),
    e(
        "gn:571476",
        "Brjansk",
        City,
        53.25209,
        34.37167,
        Some(571476),
        &[],
        &[],
    ),
    e(
        "gn:625144",
        "Minsk",
        City,
        53.9,
        27.56667,
        Some(625144),
        &[],
        &[],
    ),
];

/// Every name and alias, keyed by its first word: (all words, entry index).
type Index = HashMap<&'static str, Vec<(Vec<&'static str>, usize)>>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: Index = HashMap::default();
        for (i, e) in ENTRIES.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(e.aliases.iter()) {
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
    ENTRIES
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
    ENTRIES.iter().position(|e| {
        e.adjectives.iter().any(|stem| {
            l.strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "" | "e" | "en" | "er" | "es" | "em"))
        })
    })
}
