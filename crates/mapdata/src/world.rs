//! The world map assets (`data/world/`), loaded on demand: every country
//! (`admin0.bin`), the land borders between them at full resolution
//! (`borders.bin`), each country's admin-1 areas (`admin1/<id>.bin`) and an
//! index of the countries (`index.bin`).
//!
//! Each file is its own small format built from the pieces of `map.bin`
//! ([`crate::codec`]: varints, strings, a layer's delta-coded arcs):
//!
//! ```text
//! areas.bin   = "LGARE" · 1 · layer · n · iso_3166_2*      (n = the layer's features)
//! borders.bin = "LGBRD" · 1 · quantum_exp · n_arcs · arc* · n_pairs · pair*
//! pair        = country a · country b · n_lines · line*     (a < b)
//! index.bin   = "LGIDX" · 1 · n · (id · name_de · name_en · bbox · admin1 file · n_admin1)*
//! ```
//!
//! A country's id is its ISO 3166-1 alpha-2 code (`ISO_A2_EH`: "UA",
//! "XK"), or Natural Earth's `ADM0_A3` for the few areas without one
//! ("BRT", Bir Tawil). Borders and the index use the same ids.
//!
//! ```
//! use mapdata::world::{decode_areas, encode_areas, AreaLayer};
//! let a = AreaLayer::default();
//! assert_eq!(decode_areas(&encode_areas(&a)), Ok(a));
//! ```

use crate::asset::{chain_points, Arc, Feature, Layer, Line};
use crate::codec::{
    write_arcs, write_bbox, write_count, write_layer, write_refs, write_str, DecodeError, Reader,
};
use crate::{varint, LonLat};

/// File of all countries, relative to `data/world/`.
pub const ADMIN0_FILE: &str = "admin0.bin";
/// File of the land borders, relative to `data/world/`.
pub const BORDERS_FILE: &str = "borders.bin";
/// File of the [`WorldIndex`], relative to `data/world/`.
pub const INDEX_FILE: &str = "index.bin";

/// File of a country's admin-1 areas, relative to `data/world/`
/// (`admin1_file("UA")` is "admin1/UA.bin").
pub fn admin1_file(country_id: &str) -> String {
    format!("admin1/{country_id}.bin")
}

const AREAS_MAGIC: &[u8; 5] = b"LGARE";
const BORDERS_MAGIC: &[u8; 5] = b"LGBRD";
const INDEX_MAGIC: &[u8; 5] = b"LGIDX";
const VERSION: u8 = 1;

/// Areas of the world map: all countries (`admin0.bin`) or one country's
/// admin-1 areas (`admin1/<id>.bin`), glued by shared arcs as in a story's
/// region layer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AreaLayer {
    /// The areas. Countries have [`crate::asset::FeatureKind::Country`] and
    /// their id as [`Feature::id`]; admin-1 areas have
    /// [`crate::asset::FeatureKind::Admin1`] and their Natural Earth
    /// `adm1_code` ("RUS-2362").
    pub layer: Layer,
    /// ISO 3166-2 code of each feature of [`Self::layer`], in the same
    /// order ("RU-KRS"); empty where there is none (countries).
    pub iso_3166_2: Vec<String>,
}

impl AreaLayer {
    /// A feature and its ISO 3166-2 code, by id.
    pub fn area(&self, id: &str) -> Option<(&Feature, &str)> {
        let i = self.layer.features.iter().position(|f| f.id == id)?;
        let code = self.iso_3166_2.get(i).map_or("", String::as_str);
        Some((&self.layer.features[i], code))
    }
}

/// The land borders between countries, each shared boundary once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Borders {
    /// Grid of the coordinates (4 → 1e-4°, full Natural Earth 10m detail).
    pub quantum_exp: u8,
    /// The arcs; each belongs to exactly one [`BorderPair`].
    pub arcs: Vec<Arc>,
    /// One entry per pair of neighbours, sorted by ids.
    pub pairs: Vec<BorderPair>,
}

/// The land border of two countries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BorderPair {
    /// The two country ids, the smaller first (`["RU", "UA"]`).
    pub countries: [String; 2],
    /// The border as lines of arcs of [`Borders::arcs`]; more than one
    /// where it is interrupted (by a third country, a lake shore, the sea).
    pub lines: Vec<Line>,
}

impl Borders {
    /// The land border of countries `a` and `b` (in either order) as point
    /// lists; empty when they share none.
    ///
    /// ```
    /// let b = mapdata::world::Borders::default();
    /// assert!(b.between("UA", "RU").is_empty());
    /// ```
    pub fn between(&self, a: &str, b: &str) -> Vec<Vec<LonLat>> {
        let key = if a <= b { [a, b] } else { [b, a] };
        self.pairs
            .iter()
            .find(|p| p.countries[0] == key[0] && p.countries[1] == key[1])
            .map(|p| {
                p.lines
                    .iter()
                    .map(|l| chain_points(&self.arcs, l))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The ids of the countries sharing a land border with `id`, sorted.
    pub fn neighbours(&self, id: &str) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .pairs
            .iter()
            .filter_map(|p| match &p.countries {
                [a, b] if a == id => Some(b.as_str()),
                [a, b] if b == id => Some(a.as_str()),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out
    }
}

/// What the world map knows of each country without loading its areas.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorldIndex {
    /// One entry per feature of `admin0.bin`, in the same order (by id).
    pub countries: Vec<CountryEntry>,
}

/// One country of the [`WorldIndex`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountryEntry {
    /// Country id ("UA"), as in `admin0.bin` and `borders.bin`.
    pub id: String,
    /// German name ("Ukraine", "Vereinigte Arabische Emirate").
    pub name_de: String,
    /// English name.
    pub name_en: String,
    /// Bounding box of the full-detail outline, `[west, south, east,
    /// north]` degrees (grid 1e-5°). Countries across the antimeridian
    /// (Russia, Fiji) span from -180 to 180.
    pub bbox: [f64; 4],
    /// The file of its admin-1 areas, relative to `data/world/`
    /// ("admin1/UA.bin"); empty when the sources have none.
    pub admin1: String,
    /// Number of admin-1 areas in that file.
    pub admin1_count: u32,
}

impl WorldIndex {
    /// A country by id.
    pub fn country(&self, id: &str) -> Option<&CountryEntry> {
        self.countries.iter().find(|c| c.id == id)
    }
}

/// Encodes an [`AreaLayer`] (`admin0.bin`, `admin1/<id>.bin`). Missing
/// ISO 3166-2 codes are written empty, extra ones dropped.
pub fn encode_areas(a: &AreaLayer) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(AREAS_MAGIC);
    out.push(VERSION);
    write_layer(&mut out, &a.layer);
    write_count(&mut out, a.layer.features.len());
    for i in 0..a.layer.features.len() {
        write_str(&mut out, a.iso_3166_2.get(i).map_or("", String::as_str));
    }
    out
}

/// Decodes an [`AreaLayer`]. Never panics; malformed input is an error.
pub fn decode_areas(bytes: &[u8]) -> Result<AreaLayer, DecodeError> {
    let mut r = Reader::new(bytes, AREAS_MAGIC, VERSION)?;
    let layer = r.layer()?;
    let at = r.pos();
    let n = r.count(1)?;
    if n != layer.features.len() {
        return Err(DecodeError::BadValue {
            offset: at,
            what: "number of ISO 3166-2 codes",
        });
    }
    let mut iso_3166_2 = Vec::with_capacity(n);
    for _ in 0..n {
        iso_3166_2.push(r.string()?);
    }
    r.end()?;
    Ok(AreaLayer { layer, iso_3166_2 })
}

/// Encodes [`Borders`] (`borders.bin`).
pub fn encode_borders(b: &Borders) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 * 1024);
    out.extend_from_slice(BORDERS_MAGIC);
    out.push(VERSION);
    write_arcs(&mut out, b.quantum_exp, &b.arcs);
    write_count(&mut out, b.pairs.len());
    for p in &b.pairs {
        write_str(&mut out, &p.countries[0]);
        write_str(&mut out, &p.countries[1]);
        write_count(&mut out, p.lines.len());
        for l in &p.lines {
            write_refs(&mut out, l);
        }
    }
    out
}

/// Decodes [`Borders`]. Never panics; malformed input is an error.
pub fn decode_borders(bytes: &[u8]) -> Result<Borders, DecodeError> {
    let mut r = Reader::new(bytes, BORDERS_MAGIC, VERSION)?;
    let (quantum_exp, arcs) = r.arcs()?;
    let n = r.count(3)?;
    let mut pairs = Vec::with_capacity(n);
    for _ in 0..n {
        let countries = [r.string()?, r.string()?];
        let m = r.count(1)?;
        let mut lines = Vec::with_capacity(m);
        for _ in 0..m {
            lines.push(r.refs(arcs.len())?);
        }
        pairs.push(BorderPair { countries, lines });
    }
    r.end()?;
    Ok(Borders {
        quantum_exp,
        arcs,
        pairs,
    })
}

/// Encodes a [`WorldIndex`] (`index.bin`).
pub fn encode_index(idx: &WorldIndex) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 * 1024);
    out.extend_from_slice(INDEX_MAGIC);
    out.push(VERSION);
    write_count(&mut out, idx.countries.len());
    for c in &idx.countries {
        write_str(&mut out, &c.id);
        write_str(&mut out, &c.name_de);
        write_str(&mut out, &c.name_en);
        write_bbox(&mut out, &c.bbox);
        write_str(&mut out, &c.admin1);
        varint::write_u64(&mut out, u64::from(c.admin1_count));
    }
    out
}

/// Decodes a [`WorldIndex`]. Never panics; malformed input is an error.
pub fn decode_index(bytes: &[u8]) -> Result<WorldIndex, DecodeError> {
    let mut r = Reader::new(bytes, INDEX_MAGIC, VERSION)?;
    let n = r.count(9)?;
    let mut countries = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let name_de = r.string()?;
        let name_en = r.string()?;
        let bbox = r.bbox()?;
        let admin1 = r.string()?;
        let at = r.pos();
        let admin1_count = u32::try_from(r.u64()?).map_err(|_| DecodeError::BadValue {
            offset: at,
            what: "admin-1 count",
        })?;
        countries.push(CountryEntry {
            id,
            name_de,
            name_en,
            bbox,
            admin1,
            admin1_count,
        });
    }
    r.end()?;
    Ok(WorldIndex { countries })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::asset::{ArcRef, FeatureKind, Polygon};

    fn areas() -> AreaLayer {
        AreaLayer {
            layer: Layer {
                quantum_exp: 3,
                arcs: vec![vec![[36.0, 51.0], [37.5, 51.0], [36.0, 52.5], [36.0, 51.0]]],
                features: vec![Feature {
                    id: "RUS-2362".into(),
                    kind: FeatureKind::Admin1,
                    name_en: "Kursk".into(),
                    name_de: "Kursk".into(),
                    country: "RU".into(),
                    focus: false,
                    polygons: vec![Polygon {
                        rings: vec![vec![ArcRef(0)]],
                    }],
                }],
            },
            iso_3166_2: vec!["RU-KRS".into()],
        }
    }

    fn borders() -> Borders {
        Borders {
            quantum_exp: 4,
            arcs: vec![
                vec![[35.0, 52.0], [35.5, 51.5]],
                vec![[35.5, 51.5], [36.0, 50.5]],
                vec![[28.0, 60.5], [30.0, 62.0]],
            ],
            pairs: vec![
                BorderPair {
                    countries: ["FI".into(), "RU".into()],
                    lines: vec![vec![ArcRef(2)]],
                },
                BorderPair {
                    countries: ["RU".into(), "UA".into()],
                    lines: vec![vec![ArcRef(0), ArcRef(1)]],
                },
            ],
        }
    }

    fn index() -> WorldIndex {
        WorldIndex {
            countries: vec![
                CountryEntry {
                    id: "BRT".into(),
                    name_de: "Bir Tawil".into(),
                    name_en: "Bir Tawil".into(),
                    bbox: [33.18, 21.73, 34.15, 22.0],
                    admin1: String::new(),
                    admin1_count: 0,
                },
                CountryEntry {
                    id: "UA".into(),
                    name_de: "Ukraine".into(),
                    name_en: "Ukraine".into(),
                    bbox: [22.13, 44.38, 40.22, 52.38],
                    admin1: "admin1/UA.bin".into(),
                    admin1_count: 27,
                },
            ],
        }
    }

    #[test]
    fn empty_inputs_are_bad_magic() {
        assert_eq!(decode_areas(&[]), Err(DecodeError::BadMagic));
        assert_eq!(decode_borders(&[]), Err(DecodeError::BadMagic));
        assert_eq!(decode_index(&[]), Err(DecodeError::BadMagic));
    }

    #[test]
    fn empty_values_round_trip() {
        let a = AreaLayer::default();
        assert_eq!(decode_areas(&encode_areas(&a)), Ok(a));
        let b = Borders::default();
        assert_eq!(decode_borders(&encode_borders(&b)), Ok(b));
        let i = WorldIndex::default();
        assert_eq!(decode_index(&encode_index(&i)), Ok(i));
    }

    #[test]
    fn samples_round_trip() {
        assert_eq!(decode_areas(&encode_areas(&areas())), Ok(areas()));
        assert_eq!(decode_borders(&encode_borders(&borders())), Ok(borders()));
        assert_eq!(decode_index(&encode_index(&index())), Ok(index()));
    }

    #[test]
    fn the_formats_are_not_interchangeable() {
        let map = crate::codec::encode(&crate::asset::MapAsset::default());
        assert_eq!(decode_areas(&map), Err(DecodeError::BadMagic));
        assert_eq!(
            decode_borders(&encode_areas(&areas())),
            Err(DecodeError::BadMagic)
        );
        assert_eq!(
            decode_index(&encode_borders(&borders())),
            Err(DecodeError::BadMagic)
        );
    }

    #[test]
    fn every_truncation_is_an_error() {
        for b in [
            encode_areas(&areas()),
            encode_borders(&borders()),
            encode_index(&index()),
        ] {
            for n in 0..b.len() {
                let (a, br, i) = (
                    decode_areas(&b[..n]),
                    decode_borders(&b[..n]),
                    decode_index(&b[..n]),
                );
                assert!(a.is_err() && br.is_err() && i.is_err(), "prefix {n}");
            }
        }
    }

    #[test]
    fn trailing_bytes_are_an_error() {
        let mut b = encode_index(&index());
        let n = b.len();
        b.push(0);
        assert_eq!(
            decode_index(&b),
            Err(DecodeError::TrailingBytes { offset: n })
        );
    }

    #[test]
    fn missing_codes_are_written_empty() {
        let mut a = areas();
        a.iso_3166_2.clear();
        let d = decode_areas(&encode_areas(&a)).unwrap();
        assert_eq!(d.iso_3166_2, vec![String::new()]);
        assert_eq!(d.area("RUS-2362").map(|(_, c)| c), Some(""));
    }

    #[test]
    fn wrong_number_of_codes_is_rejected() {
        let mut b = encode_areas(&areas());
        // the last bytes are: count 1, "RU-KRS" (length 6 + 6 bytes)
        let at = b.len() - 8;
        assert_eq!(b[at], 1);
        b[at] = 0;
        b.truncate(at + 1);
        assert!(matches!(
            decode_areas(&b),
            Err(DecodeError::BadValue {
                what: "number of ISO 3166-2 codes",
                ..
            })
        ));
    }

    #[test]
    fn bad_arc_ref_in_a_border_is_rejected() {
        let mut b = borders();
        b.pairs[0].lines[0][0] = ArcRef(9);
        assert!(matches!(
            decode_borders(&encode_borders(&b)),
            Err(DecodeError::BadArcRef { .. })
        ));
    }

    #[test]
    fn garbage_never_panics() {
        let mut s: u64 = 0x2545_f491_4f6c_dd1d;
        let goods = [
            encode_areas(&areas()),
            encode_borders(&borders()),
            encode_index(&index()),
        ];
        for round in 0..3000 {
            let mut b = goods[round % 3].clone();
            for _ in 0..(round % 13) + 1 {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                let i = (s as usize) % b.len();
                b[i] = (s >> 32) as u8;
            }
            let _ = (decode_areas(&b), decode_borders(&b), decode_index(&b));
        }
    }

    #[test]
    fn border_between_either_order() {
        let b = borders();
        let l = b.between("UA", "RU");
        assert_eq!(l, b.between("RU", "UA"));
        assert_eq!(l, vec![vec![[35.0, 52.0], [35.5, 51.5], [36.0, 50.5]]]);
        assert!(b.between("FI", "UA").is_empty());
        assert_eq!(b.neighbours("RU"), vec!["FI", "UA"]);
        assert!(b.neighbours("XX").is_empty());
    }

    #[test]
    fn lookups() {
        assert_eq!(
            index().country("UA").map(|c| c.admin1.as_str()),
            Some("admin1/UA.bin")
        );
        assert_eq!(index().country("RU"), None);
        let a = areas();
        let (f, code) = a.area("RUS-2362").unwrap();
        assert_eq!((f.name_de.as_str(), code), ("Kursk", "RU-KRS"));
        assert!(a.area("UKR-328").is_none());
    }
}
