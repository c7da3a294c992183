//! The gazetteer asset: every place with its German names, as compact
//! bytes (`data/world/gazetteer.bin`, written by `geoprep`).
//!
//! Layout: the magic `LGZ1`; the country code table (varint count, two
//! ASCII bytes each); the place count; seven stream lengths; then the
//! seven streams, column by column so that gzip finds the repeats:
//! 1. head: a flags byte (kind, oblast, has-region) and the country index;
//! 2. population, as one byte on a log scale (steps of about 13 %);
//! 3. coordinates: zigzag deltas from the previous place on a 0.01° grid;
//! 4. ids: GeoNames id deltas (cities), `adm1_code` strings (regions);
//! 5. region: the index of a city's admin-1 area, as a delta from the
//!    previous city's (writers sort cities by region);
//! 6. name sources: per place the count of names, then their sources;
//! 7. name texts: length-prefixed UTF-8.

use crate::varint::{self, Reader};

/// The asset's first four bytes.
pub const MAGIC: &[u8; 4] = b"LGZ1";

/// Grid of the stored coordinates, in degrees (about 1.1 km).
pub const GRID_DEG: f64 = 0.01;

/// Steps of the population scale per unit of ln(population).
const POP_STEPS: f64 = 8.0;

/// Population → its one-byte code (0 for none).
pub fn population_code(p: u32) -> u8 {
    if p == 0 {
        0
    } else {
        ((f64::from(p).ln() * POP_STEPS).round() as u8).max(1)
    }
}

/// The population a code stands for (within about 7 %).
pub fn population_of(code: u8) -> u32 {
    if code == 0 {
        0
    } else {
        (f64::from(code) / POP_STEPS)
            .exp()
            .round()
            .min(f64::from(u32::MAX)) as u32
    }
}

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A country (Natural Earth admin-0, German view).
    Country,
    /// An admin-1 area (oblast, state, province, governorate).
    Region,
    /// A settlement (GeoNames).
    City,
}

/// Where a name comes from; a lower value is the surer German press form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// The project's curated table (the form German newsrooms print).
    Curated,
    /// A German name from GeoNames (Debian `geonames.mo`), CLDR or
    /// Natural Earth `NAME_DE`.
    German,
    /// The Duden transliteration of a Russian or Ukrainian name.
    Translit,
    /// The source's own main name (GeoNames `name`, Natural Earth English).
    Local,
    /// Another Latin-script alternate name, kept for matching only.
    Alias,
}

impl Source {
    const ALL: [Source; 5] = [
        Source::Curated,
        Source::German,
        Source::Translit,
        Source::Local,
        Source::Alias,
    ];
}

/// One name of a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name as written ("Charkiw", "Sankt Petersburg").
    pub text: String,
    /// Where it comes from.
    pub source: Source,
}

/// One place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Country, region or city.
    pub kind: Kind,
    /// ISO 3166-1 alpha-2 of its country ("UA"; "XK" for Kosovo).
    pub country: String,
    /// Latitude, degrees (on the 0.01° grid).
    pub lat: f64,
    /// Longitude, degrees (on the 0.01° grid).
    pub lon: f64,
    /// Inhabitants (0 if unknown), stored within about 7 %.
    pub population: u32,
    /// GeoNames id (cities).
    pub geonameid: Option<u32>,
    /// Natural Earth `adm1_code` (regions), e.g. "RUS-2362", or the slug
    /// of a curated region that is no admin-1 area ("region:donbass").
    pub adm1_code: Option<String>,
    /// A region whose name takes "Gebiet X", "Oblast X" and "Region X"
    /// (the oblasts of Russia, Ukraine, Belarus, Kazakhstan).
    pub oblast: bool,
    /// Index (into the place list) of the admin-1 area a city lies in.
    pub region: Option<u32>,
    /// Its names; the first is the label.
    pub names: Vec<Name>,
}

impl Place {
    /// The label German newsrooms print: the first name ("" if none).
    pub fn label(&self) -> &str {
        self.names.first().map_or("", |n| n.text.as_str())
    }

    /// The id used across the project: "iso:UA", "ne:RUS-2362", "gn:703448",
    /// "region:donbass".
    pub fn id(&self) -> String {
        match (self.kind, &self.adm1_code, self.geonameid) {
            (Kind::Country, _, _) => format!("iso:{}", self.country),
            (Kind::Region, Some(code), _) if code.starts_with("region:") => code.clone(),
            (Kind::Region, Some(code), _) => format!("ne:{code}"),
            (_, _, Some(gn)) => format!("gn:{gn}"),
            _ => String::new(),
        }
    }
}

/// Why bytes could not be read as an asset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with [`MAGIC`].
    NotAnAsset,
    /// The named part ended early or holds a malformed value.
    Truncated(&'static str),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotAnAsset => write!(f, "not a gazetteer asset"),
            DecodeError::Truncated(part) => write!(f, "gazetteer asset: bad {part}"),
        }
    }
}

impl std::error::Error for DecodeError {}

fn grid(v: f64) -> i64 {
    (v / GRID_DEG).round() as i64
}

/// Encodes places in the given order (callers sort them; the output is a
/// pure function of the input).
pub fn encode(places: &[Place]) -> Vec<u8> {
    let mut codes: Vec<&str> = places.iter().map(|p| p.country.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut streams: [Vec<u8>; 7] = Default::default();
    let [head, pop, coords, ids, region, sources, texts] = &mut streams;
    let (mut lat0, mut lon0, mut gn0, mut region0) = (0i64, 0i64, 0i64, 0i64);
    for p in places {
        let flags = match p.kind {
            Kind::Country => 0u8,
            Kind::Region => 1,
            Kind::City => 2,
        } | (u8::from(p.oblast) << 2)
            | (u8::from(p.region.is_some()) << 3);
        head.push(flags);
        let ci = codes.binary_search(&p.country.as_str()).unwrap_or(0);
        varint::put(head, ci as u64);
        pop.push(population_code(p.population));
        let (lat, lon) = (grid(p.lat), grid(p.lon));
        varint::put_signed(coords, lat - lat0);
        varint::put_signed(coords, lon - lon0);
        (lat0, lon0) = (lat, lon);
        match p.kind {
            Kind::Country => {}
            Kind::Region => put_str(ids, p.adm1_code.as_deref().unwrap_or("")),
            Kind::City => {
                let gn = i64::from(p.geonameid.unwrap_or(0));
                varint::put_signed(ids, gn - gn0);
                gn0 = gn;
            }
        }
        if let Some(r) = p.region {
            varint::put_signed(region, i64::from(r) - region0);
            region0 = i64::from(r);
        }
        varint::put(sources, p.names.len() as u64);
        for n in &p.names {
            sources.push(n.source as u8);
            put_str(texts, &n.text);
        }
    }
    let mut out = MAGIC.to_vec();
    varint::put(&mut out, codes.len() as u64);
    for c in &codes {
        let b = c.as_bytes();
        out.push(b.first().copied().unwrap_or(b'-'));
        out.push(b.get(1).copied().unwrap_or(b'-'));
    }
    varint::put(&mut out, places.len() as u64);
    for s in &streams {
        varint::put(&mut out, s.len() as u64);
    }
    for s in &streams {
        out.extend_from_slice(s);
    }
    out
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    varint::put(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Decodes an asset written by [`encode`]. Any byte string gives either
/// the places or an error; nothing panics, and the work is linear in the
/// length of the input.
pub fn decode(bytes: &[u8]) -> Result<Vec<Place>, DecodeError> {
    use DecodeError::Truncated as T;
    let rest = bytes.strip_prefix(MAGIC).ok_or(DecodeError::NotAnAsset)?;
    let mut r = Reader::new(rest);
    let n_codes = r.get().ok_or(T("country table"))? as usize;
    let mut codes = Vec::new();
    for _ in 0..n_codes {
        let b = r.bytes(2).ok_or(T("country table"))?;
        codes.push(String::from_utf8_lossy(b).into_owned());
    }
    let n = r.get().ok_or(T("place count"))? as usize;
    let mut lens = [0usize; 7];
    for l in &mut lens {
        *l = r.get().ok_or(T("stream lengths"))? as usize;
    }
    let mut streams: Vec<Reader> = Vec::with_capacity(7);
    for l in lens {
        streams.push(Reader::new(r.bytes(l).ok_or(T("streams"))?));
    }
    let [head, pop, coords, ids, region, sources, texts] = streams.as_mut_slice() else {
        return Err(T("streams"));
    };
    // Each place takes at least two head bytes: a corrupt count cannot
    // make us allocate more than the input holds.
    let mut places = Vec::with_capacity(n.min(rest.len() / 2));
    let (mut lat, mut lon, mut gn, mut region0) = (0i64, 0i64, 0i64, 0i64);
    for _ in 0..n {
        let flags = head.get().ok_or(T("head"))?;
        let kind = match flags & 3 {
            0 => Kind::Country,
            1 => Kind::Region,
            2 => Kind::City,
            _ => return Err(T("kind")),
        };
        let ci = head.get().ok_or(T("head"))? as usize;
        let country = codes.get(ci).cloned().ok_or(T("country index"))?;
        let population = population_of(
            *pop.bytes(1)
                .and_then(<[u8]>::first)
                .ok_or(T("population"))?,
        );
        lat = lat.wrapping_add(coords.get_signed().ok_or(T("coordinates"))?);
        lon = lon.wrapping_add(coords.get_signed().ok_or(T("coordinates"))?);
        let (mut geonameid, mut adm1_code) = (None, None);
        match kind {
            Kind::Country => {}
            Kind::Region => adm1_code = Some(ids.str().ok_or(T("ids"))?.to_string()),
            Kind::City => {
                gn = gn.wrapping_add(ids.get_signed().ok_or(T("ids"))?);
                geonameid = u32::try_from(gn).ok();
            }
        }
        let region_ix = if flags & 8 != 0 {
            region0 = region0.wrapping_add(region.get_signed().ok_or(T("region"))?);
            Some(u32::try_from(region0).map_err(|_| T("region"))?)
        } else {
            None
        };
        let count = sources.get().ok_or(T("names"))?;
        let mut list = Vec::new();
        for _ in 0..count {
            let s = sources.bytes(1).ok_or(T("names"))?;
            let source = s
                .first()
                .and_then(|&b| Source::ALL.get(usize::from(b)))
                .copied()
                .ok_or(T("name source"))?;
            let text = texts.str().ok_or(T("names"))?.to_string();
            list.push(Name { text, source });
        }
        places.push(Place {
            kind,
            country,
            lat: lat as f64 * GRID_DEG,
            lon: lon as f64 * GRID_DEG,
            population,
            geonameid,
            adm1_code,
            oblast: flags & 4 != 0,
            region: region_ix,
            names: list,
        });
    }
    Ok(places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(name: &str, lat: f64, lon: f64) -> Place {
        Place {
            kind: Kind::City,
            country: "UA".into(),
            lat,
            lon,
            population: 1000,
            geonameid: Some(703448),
            adm1_code: None,
            oblast: false,
            region: Some(1),
            names: vec![
                Name {
                    text: name.into(),
                    source: Source::Curated,
                },
                Name {
                    text: "Kyiv".into(),
                    source: Source::Local,
                },
            ],
        }
    }

    #[test]
    fn population_scale() {
        assert_eq!(population_of(population_code(0)), 0);
        assert_eq!(population_of(population_code(1)), 1);
        for p in [15_000u32, 448_733, 2_952_301, 24_000_000, u32::MAX] {
            let back = f64::from(population_of(population_code(p)));
            assert!((back / f64::from(p) - 1.0).abs() < 0.07, "{p} → {back}");
        }
    }

    #[test]
    fn empty_list_round_trips() {
        assert_eq!(decode(&encode(&[])), Ok(Vec::new()));
    }

    #[test]
    fn bad_bytes_are_errors() {
        assert_eq!(decode(b""), Err(DecodeError::NotAnAsset));
        assert_eq!(decode(b"LGZ0"), Err(DecodeError::NotAnAsset));
        assert!(decode(b"LGZ1").is_err());
        let good = encode(&[city("Kiew", 50.45, 30.52)]);
        for cut in 0..good.len() {
            assert!(decode(&good[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn places_round_trip() {
        let region = Place {
            kind: Kind::Region,
            country: "RU".into(),
            lat: 51.5,
            lon: 36.0,
            population: 0,
            geonameid: None,
            adm1_code: Some("RUS-2362".into()),
            oblast: true,
            region: None,
            names: vec![Name {
                text: "Kursk".into(),
                source: Source::German,
            }],
        };
        let places = vec![
            region,
            city("Kiew", 50.45, 30.52),
            city("Ort", -33.9, -70.6),
        ];
        let back = decode(&encode(&places)).expect("decodes");
        assert_eq!(back.len(), 3);
        for (a, b) in places.iter().zip(&back) {
            assert_eq!(a.names, b.names);
            assert!((a.lat - b.lat).abs() < 1e-9 && (a.lon - b.lon).abs() < 1e-9);
            assert_eq!(
                (a.kind, &a.country, a.region),
                (b.kind, &b.country, b.region)
            );
            assert_eq!(a.id(), b.id());
        }
        assert_eq!(back[0].id(), "ne:RUS-2362");
        assert_eq!(back[1].id(), "gn:703448");
        assert_eq!(back[1].label(), "Kiew");
    }
}
