//! Binary encoding of a [`MapAsset`] (`map.bin`).
//!
//! Layout (all integers are LEB128 varints, signed ones zigzag-mapped, see
//! [`crate::varint`]):
//!
//! ```text
//! magic "LGMAP" · version (1 byte, = 2)
//! meta · layer region · lines border · polygons band · layer inset · cities
//! meta     = bbox region · has_inset (0/1) · [bbox inset] · band metres
//!            · band_inside · band_along · focus · has_route (0/1)
//!            · [route from · route to]
//! bbox     = (west south east north)·1e5, signed
//! layer    = quantum_exp · n_arcs · arc* · n_features · feature*
//! arc      = n_points · (dx dy)*      deltas on the quantised grid, running
//!                                     across all arcs of the layer from (0,0)
//! feature  = kind (0 admin1, 1 country) · id · name_en · name_de · country
//!            · focus (0/1) · n_polygons · polygon*
//! polygon  = n_rings · ring*          ring = line = n_refs · arc_ref*
//! cities   = n · (id · name_de · lat·1e5 · lon·1e5 · population+1 (0 = none)
//!            · flags (1 main, 2 inset, 4 region label))*
//! string   = n_bytes · UTF-8
//! ```
//!
//! Coordinates are rounded to the layer grid on encoding, so
//! `decode(encode(x)) == x` holds exactly when `x`'s coordinates are already
//! on the grid (values computed as `q as f64 / 10^e`, as the decoder does),
//! which is the case for every decoded asset. `quantum_exp` must be ≤ 9.

use crate::asset::{
    Arc, ArcRef, City, Feature, FeatureKind, Layer, Line, MapAsset, MapMeta, Polygon,
};
use crate::varint;
use crate::LonLat;
use std::fmt;

const MAGIC: &[u8; 5] = b"LGMAP";
const VERSION: u8 = 2;
const MAX_QUANTUM_EXP: u8 = 9;
const CITY_EXP: i32 = 5;

/// Why bytes could not be decoded. Offsets are byte positions in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The input does not start with `LGMAP`.
    BadMagic,
    /// A format version this decoder does not know.
    UnsupportedVersion(u8),
    /// The input ends before the asset is complete.
    UnexpectedEnd {
        /// Where more bytes were needed.
        offset: usize,
    },
    /// A varint longer than 64 bits.
    BadVarint {
        /// Where the varint starts.
        offset: usize,
    },
    /// A count larger than the remaining input could possibly hold.
    CountTooLarge {
        /// Where the count starts.
        offset: usize,
    },
    /// A value out of its allowed range (tag, flag, quantum, coordinate).
    BadValue {
        /// Where the value starts.
        offset: usize,
        /// What was being read.
        what: &'static str,
    },
    /// A string that is not valid UTF-8.
    BadUtf8 {
        /// Where the string's bytes start.
        offset: usize,
    },
    /// An arc reference to an arc that does not exist.
    BadArcRef {
        /// Where the reference starts.
        offset: usize,
    },
    /// Bytes left over after the asset.
    TrailingBytes {
        /// Where the extra bytes start.
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::BadMagic => write!(f, "not a map asset (bad magic)"),
            DecodeError::UnsupportedVersion(v) => write!(f, "unsupported map asset version {v}"),
            DecodeError::UnexpectedEnd { offset } => write!(f, "unexpected end at byte {offset}"),
            DecodeError::BadVarint { offset } => write!(f, "bad varint at byte {offset}"),
            DecodeError::CountTooLarge { offset } => write!(f, "count too large at byte {offset}"),
            DecodeError::BadValue { offset, what } => write!(f, "bad {what} at byte {offset}"),
            DecodeError::BadUtf8 { offset } => write!(f, "bad UTF-8 at byte {offset}"),
            DecodeError::BadArcRef { offset } => write!(f, "bad arc reference at byte {offset}"),
            DecodeError::TrailingBytes { offset } => write!(f, "trailing bytes at byte {offset}"),
        }
    }
}

impl std::error::Error for DecodeError {}

pub(crate) fn pow10(e: i32) -> f64 {
    10f64.powi(e)
}

pub(crate) fn quantise(v: f64, scale: f64) -> i64 {
    // `as` saturates (NaN → 0), so this is total.
    (v * scale).round() as i64
}

/// Encodes an asset. Never fails; see the module docs for rounding.
pub fn encode(asset: &MapAsset) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 * 1024);
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    write_meta(&mut out, &asset.meta);
    write_layer(&mut out, &asset.region);
    write_count(&mut out, asset.border.len());
    for line in &asset.border {
        write_refs(&mut out, line);
    }
    write_count(&mut out, asset.band.len());
    for p in &asset.band {
        write_polygon(&mut out, p);
    }
    write_layer(&mut out, &asset.inset);
    write_count(&mut out, asset.cities.len());
    let cs = pow10(CITY_EXP);
    for c in &asset.cities {
        write_str(&mut out, &c.id);
        write_str(&mut out, &c.name_de);
        varint::write_i64(&mut out, quantise(c.lat, cs));
        varint::write_i64(&mut out, quantise(c.lon, cs));
        varint::write_u64(&mut out, c.population.map_or(0, |p| p.saturating_add(1)));
        let flags = u8::from(c.main) | u8::from(c.inset) << 1 | u8::from(c.region_label) << 2;
        out.push(flags);
    }
    out
}

pub(crate) fn write_bbox(out: &mut Vec<u8>, b: &[f64; 4]) {
    let cs = pow10(CITY_EXP);
    for v in b {
        varint::write_i64(out, quantise(*v, cs));
    }
}

fn write_meta(out: &mut Vec<u8>, m: &MapMeta) {
    write_bbox(out, &m.region_bbox);
    out.push(u8::from(m.inset_bbox.is_some()));
    if let Some(b) = &m.inset_bbox {
        write_bbox(out, b);
    }
    // whole metres; `as` saturates (negative, NaN → 0)
    varint::write_u64(out, (m.band_km * 1000.0).round() as u64);
    write_str(out, &m.band_inside);
    write_str(out, &m.band_along);
    write_str(out, &m.focus);
    out.push(u8::from(m.route.is_some()));
    if let Some([a, b]) = &m.route {
        write_str(out, a);
        write_str(out, b);
    }
}

pub(crate) fn write_count(out: &mut Vec<u8>, n: usize) {
    varint::write_u64(out, n as u64);
}

pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    write_count(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

pub(crate) fn write_refs(out: &mut Vec<u8>, refs: &[ArcRef]) {
    write_count(out, refs.len());
    for r in refs {
        varint::write_i64(out, i64::from(r.0));
    }
}

pub(crate) fn write_polygon(out: &mut Vec<u8>, p: &Polygon) {
    write_count(out, p.rings.len());
    for r in &p.rings {
        write_refs(out, r);
    }
}

pub(crate) fn write_layer(out: &mut Vec<u8>, layer: &Layer) {
    write_arcs(out, layer.quantum_exp, &layer.arcs);
    write_count(out, layer.features.len());
    for f in &layer.features {
        out.push(match f.kind {
            FeatureKind::Admin1 => 0,
            FeatureKind::Country => 1,
        });
        write_str(out, &f.id);
        write_str(out, &f.name_en);
        write_str(out, &f.name_de);
        write_str(out, &f.country);
        out.push(u8::from(f.focus));
        write_count(out, f.polygons.len());
        for p in &f.polygons {
            write_polygon(out, p);
        }
    }
}

/// `quantum_exp · n_arcs · arc*`, the first part of a layer.
pub(crate) fn write_arcs(out: &mut Vec<u8>, quantum_exp: u8, arcs: &[Arc]) {
    let e = quantum_exp.min(MAX_QUANTUM_EXP);
    out.push(e);
    let s = pow10(i32::from(e));
    write_count(out, arcs.len());
    let (mut px, mut py) = (0i64, 0i64);
    for arc in arcs {
        write_count(out, arc.len());
        for p in arc {
            let (x, y) = (quantise(p[0], s), quantise(p[1], s));
            varint::write_i64(out, x.wrapping_sub(px));
            varint::write_i64(out, y.wrapping_sub(py));
            (px, py) = (x, y);
        }
    }
}

/// Decodes an asset. Never panics; every malformed input yields a
/// [`DecodeError`]. Allocation is bounded by the input size.
pub fn decode(bytes: &[u8]) -> Result<MapAsset, DecodeError> {
    let mut r = Reader::new(bytes, MAGIC, VERSION)?;
    let meta = r.meta()?;
    let region = r.layer()?;
    let n = r.count(1)?;
    let mut border: Vec<Line> = Vec::with_capacity(n);
    for _ in 0..n {
        border.push(r.refs(region.arcs.len())?);
    }
    let n = r.count(1)?;
    let mut band = Vec::with_capacity(n);
    for _ in 0..n {
        band.push(r.polygon(region.arcs.len())?);
    }
    let inset = r.layer()?;
    let n = r.count(7)?;
    let mut cities = Vec::with_capacity(n);
    let cs = pow10(CITY_EXP);
    for _ in 0..n {
        let id = r.string()?;
        let name_de = r.string()?;
        let lat = r.coord(cs, 90.0)?;
        let lon = r.coord(cs, 180.0)?;
        let population = r.u64()?.checked_sub(1);
        let at = r.pos;
        let flags = r.byte()?;
        if flags > 7 {
            return Err(DecodeError::BadValue {
                offset: at,
                what: "city flags",
            });
        }
        cities.push(City {
            id,
            name_de,
            lat,
            lon,
            population,
            main: flags & 1 != 0,
            inset: flags & 2 != 0,
            region_label: flags & 4 != 0,
        });
    }
    r.end()?;
    Ok(MapAsset {
        meta,
        region,
        border,
        band,
        inset,
        cities,
    })
}

/// A cursor over encoded bytes; every read checks bounds.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Checks the magic and the version, and starts after them.
    pub(crate) fn new(bytes: &'a [u8], magic: &[u8], version: u8) -> Result<Self, DecodeError> {
        if bytes.len() < magic.len() || &bytes[..magic.len()] != magic {
            return Err(DecodeError::BadMagic);
        }
        let mut r = Reader {
            bytes,
            pos: magic.len(),
        };
        let v = r.byte()?;
        if v != version {
            return Err(DecodeError::UnsupportedVersion(v));
        }
        Ok(r)
    }

    /// The current byte offset.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Fails unless every byte was read.
    pub(crate) fn end(&self) -> Result<(), DecodeError> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(DecodeError::TrailingBytes { offset: self.pos })
        }
    }

    pub(crate) fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or(DecodeError::UnexpectedEnd { offset: self.pos })?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn u64(&mut self) -> Result<u64, DecodeError> {
        let start = self.pos;
        varint::read_u64(self.bytes, &mut self.pos).ok_or(if self.pos >= self.bytes.len() {
            DecodeError::UnexpectedEnd {
                offset: self.bytes.len(),
            }
        } else {
            DecodeError::BadVarint { offset: start }
        })
    }

    pub(crate) fn i64(&mut self) -> Result<i64, DecodeError> {
        self.u64().map(varint::unzigzag)
    }

    /// A count of items that take at least `min_bytes` each.
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize, DecodeError> {
        let at = self.pos;
        let n = self.u64()?;
        let remaining = (self.bytes.len() - self.pos) as u64;
        if n.saturating_mul(min_bytes as u64) > remaining {
            return Err(DecodeError::CountTooLarge { offset: at });
        }
        Ok(n as usize)
    }

    pub(crate) fn string(&mut self) -> Result<String, DecodeError> {
        let n = self.count(1)?;
        let start = self.pos;
        let s = &self.bytes[start..start + n];
        self.pos += n;
        String::from_utf8(s.to_vec()).map_err(|_| DecodeError::BadUtf8 { offset: start })
    }

    pub(crate) fn coord(&mut self, scale: f64, limit: f64) -> Result<f64, DecodeError> {
        let at = self.pos;
        let q = self.i64()?;
        let v = q as f64 / scale;
        if v.abs() > limit {
            return Err(DecodeError::BadValue {
                offset: at,
                what: "coordinate",
            });
        }
        Ok(v)
    }

    pub(crate) fn flag(&mut self, what: &'static str) -> Result<bool, DecodeError> {
        let at = self.pos;
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(DecodeError::BadValue { offset: at, what }),
        }
    }

    pub(crate) fn bbox(&mut self) -> Result<[f64; 4], DecodeError> {
        let cs = pow10(CITY_EXP);
        Ok([
            self.coord(cs, 180.0)?,
            self.coord(cs, 90.0)?,
            self.coord(cs, 180.0)?,
            self.coord(cs, 90.0)?,
        ])
    }

    fn meta(&mut self) -> Result<MapMeta, DecodeError> {
        let region_bbox = self.bbox()?;
        let inset_bbox = if self.flag("inset flag")? {
            Some(self.bbox()?)
        } else {
            None
        };
        let band_km = self.u64()? as f64 / 1000.0;
        let band_inside = self.string()?;
        let band_along = self.string()?;
        let focus = self.string()?;
        let route = if self.flag("route flag")? {
            Some([self.string()?, self.string()?])
        } else {
            None
        };
        Ok(MapMeta {
            region_bbox,
            inset_bbox,
            band_km,
            band_inside,
            band_along,
            focus,
            route,
        })
    }

    pub(crate) fn refs(&mut self, n_arcs: usize) -> Result<Vec<ArcRef>, DecodeError> {
        let n = self.count(1)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let at = self.pos;
            let v = self.i64()?;
            let r = i32::try_from(v).map_err(|_| DecodeError::BadArcRef { offset: at })?;
            let r = ArcRef(r);
            if r.index() >= n_arcs {
                return Err(DecodeError::BadArcRef { offset: at });
            }
            out.push(r);
        }
        Ok(out)
    }

    pub(crate) fn polygon(&mut self, n_arcs: usize) -> Result<Polygon, DecodeError> {
        let n = self.count(1)?;
        let mut rings = Vec::with_capacity(n);
        for _ in 0..n {
            rings.push(self.refs(n_arcs)?);
        }
        Ok(Polygon { rings })
    }

    /// `quantum_exp · n_arcs · arc*`, the first part of a layer.
    pub(crate) fn arcs(&mut self) -> Result<(u8, Vec<Arc>), DecodeError> {
        let at = self.pos;
        let quantum_exp = self.byte()?;
        if quantum_exp > MAX_QUANTUM_EXP {
            return Err(DecodeError::BadValue {
                offset: at,
                what: "quantum exponent",
            });
        }
        let s = pow10(i32::from(quantum_exp));
        let limit = (400.0 * s) as i64;
        let n_arcs = self.count(1)?;
        let mut arcs = Vec::with_capacity(n_arcs);
        let (mut x, mut y) = (0i64, 0i64);
        for _ in 0..n_arcs {
            let n = self.count(2)?;
            let mut arc: Vec<LonLat> = Vec::with_capacity(n);
            for _ in 0..n {
                let at = self.pos;
                let dx = self.i64()?;
                let dy = self.i64()?;
                x = x.checked_add(dx).unwrap_or(i64::MAX);
                y = y.checked_add(dy).unwrap_or(i64::MAX);
                if x.abs() > limit || y.abs() > limit {
                    return Err(DecodeError::BadValue {
                        offset: at,
                        what: "coordinate",
                    });
                }
                arc.push([x as f64 / s, y as f64 / s]);
            }
            arcs.push(arc);
        }
        Ok((quantum_exp, arcs))
    }

    pub(crate) fn layer(&mut self) -> Result<Layer, DecodeError> {
        let (quantum_exp, arcs) = self.arcs()?;
        let n_features = self.count(7)?;
        let mut features = Vec::with_capacity(n_features);
        for _ in 0..n_features {
            let at = self.pos;
            let kind = match self.byte()? {
                0 => FeatureKind::Admin1,
                1 => FeatureKind::Country,
                _ => {
                    return Err(DecodeError::BadValue {
                        offset: at,
                        what: "feature kind",
                    })
                }
            };
            let id = self.string()?;
            let name_en = self.string()?;
            let name_de = self.string()?;
            let country = self.string()?;
            let focus = self.flag("focus flag")?;
            let n = self.count(1)?;
            let mut polygons = Vec::with_capacity(n);
            for _ in 0..n {
                polygons.push(self.polygon(arcs.len())?);
            }
            features.push(Feature {
                id,
                kind,
                name_en,
                name_de,
                country,
                focus,
                polygons,
            });
        }
        Ok(Layer {
            quantum_exp,
            arcs,
            features,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn q(v: f64) -> f64 {
        (v * 1e4).round() / 1e4
    }

    fn sample() -> MapAsset {
        let square = |x: f64, y: f64| vec![[x, y], [q(x + 1.2345), y], [x, q(y + 0.5)], [x, y]];
        let region = Layer {
            quantum_exp: 4,
            arcs: vec![
                square(30.0, 48.0),
                vec![[36.1846, 51.7269], [q(36.5), 50.6034]],
            ],
            features: vec![Feature {
                id: "RUS-2362".into(),
                kind: FeatureKind::Admin1,
                name_en: "Kursk".into(),
                name_de: "Oblast Kursk".into(),
                country: "RU".into(),
                focus: true,
                polygons: vec![Polygon {
                    rings: vec![vec![ArcRef(0)]],
                }],
            }],
        };
        let inset = Layer {
            quantum_exp: 2,
            arcs: vec![vec![
                [125.75, 39.03],
                [126.5, 39.03],
                [125.75, 40.0],
                [125.75, 39.03],
            ]],
            features: vec![Feature {
                id: "KP".into(),
                kind: FeatureKind::Country,
                name_en: "North Korea".into(),
                name_de: "Nordkorea".into(),
                country: "KP".into(),
                focus: false,
                polygons: vec![Polygon {
                    rings: vec![vec![ArcRef(-1)]],
                }],
            }],
        };
        MapAsset {
            meta: MapMeta {
                region_bbox: [30.0, 48.0, 42.0, 55.0],
                inset_bbox: Some([20.0, 30.0, 135.0, 72.0]),
                band_km: 50.0,
                band_inside: "RU".into(),
                band_along: "UA".into(),
                focus: "RUS-2362".into(),
                route: Some(["gn:1871859".into(), "gn:538560".into()]),
            },
            region,
            border: vec![vec![ArcRef(1)]],
            band: vec![Polygon {
                rings: vec![vec![ArcRef(0)]],
            }],
            inset,
            cities: vec![
                City {
                    id: "gn:1871859".into(),
                    name_de: "Pjöngjang".into(),
                    lat: 39.03385,
                    lon: 125.75432,
                    population: Some(3_222_000),
                    main: false,
                    inset: true,
                    region_label: false,
                },
                City {
                    id: "region:donbass".into(),
                    name_de: "Donbass".into(),
                    lat: 48.4577,
                    lon: 38.3541,
                    population: None,
                    main: true,
                    inset: false,
                    region_label: true,
                },
            ],
        }
    }

    #[test]
    fn empty_input_is_bad_magic() {
        assert_eq!(decode(&[]), Err(DecodeError::BadMagic));
    }

    #[test]
    fn empty_asset_round_trips() {
        let a = MapAsset::default();
        let bytes = encode(&a);
        // header, meta (4 zero coords, 2 flags, 0 m, 3 empty strings),
        // region layer, border, band, inset layer, cities
        assert_eq!(bytes.len(), 6 + 10 + 3 + 2 + 3 + 1);
        assert_eq!(decode(&bytes), Ok(a));
    }

    #[test]
    fn sample_round_trips() {
        let a = sample();
        assert_eq!(decode(&encode(&a)), Ok(a));
    }

    #[test]
    fn wrong_version_is_reported() {
        let mut b = encode(&sample());
        b[5] = 9;
        assert_eq!(decode(&b), Err(DecodeError::UnsupportedVersion(9)));
    }

    #[test]
    fn every_truncation_is_an_error() {
        let b = encode(&sample());
        for n in 0..b.len() {
            assert!(decode(&b[..n]).is_err(), "prefix of {n} bytes decoded");
        }
    }

    #[test]
    fn trailing_bytes_are_an_error() {
        let mut b = encode(&sample());
        let n = b.len();
        b.push(0);
        assert_eq!(decode(&b), Err(DecodeError::TrailingBytes { offset: n }));
    }

    #[test]
    fn garbage_never_panics() {
        // Deterministic xorshift noise, with and without a valid header.
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        let good = encode(&sample());
        for round in 0..2000 {
            let len = (round % 97) + 1;
            let mut b: Vec<u8> = if round % 2 == 0 {
                good.clone()
            } else {
                b"LGMAP\x02".to_vec()
            };
            for _ in 0..len {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                if round % 2 == 0 && !b.is_empty() {
                    let i = (s as usize) % b.len();
                    b[i] = (s >> 32) as u8;
                } else {
                    b.push((s >> 24) as u8);
                }
            }
            let _ = decode(&b);
        }
    }

    #[test]
    fn huge_count_is_rejected_without_allocating() {
        let mut b = encode(&MapAsset::default());
        b.truncate(6 + 10);
        b.push(4);
        varint::write_u64(&mut b, u64::MAX);
        assert!(matches!(decode(&b), Err(DecodeError::CountTooLarge { .. })));
    }

    #[test]
    fn out_of_range_arc_ref_is_rejected() {
        let mut a = sample();
        a.border = vec![vec![ArcRef(5)]];
        assert!(matches!(
            decode(&encode(&a)),
            Err(DecodeError::BadArcRef { .. })
        ));
    }

    #[test]
    fn bad_utf8_is_rejected() {
        let mut a = MapAsset::default();
        a.cities.push(City {
            id: "x".into(),
            name_de: "y".into(),
            lat: 0.0,
            lon: 0.0,
            population: None,
            main: false,
            inset: false,
            region_label: false,
        });
        let mut b = encode(&a);
        let i = b.iter().rposition(|&c| c == b'y').unwrap();
        b[i] = 0xff;
        assert!(matches!(decode(&b), Err(DecodeError::BadUtf8 { .. })));
    }

    #[test]
    fn meta_without_inset_and_route_round_trips() {
        let mut a = sample();
        a.meta.inset_bbox = None;
        a.meta.route = None;
        a.meta.band_km = 40.0;
        assert_eq!(decode(&encode(&a)), Ok(a));
    }

    #[test]
    fn bad_meta_flag_is_rejected() {
        let mut b = encode(&MapAsset::default());
        // the inset flag follows the four region box coordinates
        b[6 + 4] = 2;
        assert!(matches!(
            decode(&b),
            Err(DecodeError::BadValue {
                what: "inset flag",
                ..
            })
        ));
    }

    #[test]
    fn version_1_is_refused() {
        let mut b = encode(&sample());
        b[5] = 1;
        assert_eq!(decode(&b), Err(DecodeError::UnsupportedVersion(1)));
    }

    #[test]
    fn off_grid_coordinates_are_rounded() {
        let mut a = MapAsset::default();
        a.region.quantum_exp = 4;
        a.region
            .arcs
            .push(vec![[36.123_456, 51.0], [36.0, 51.000_04]]);
        let d = decode(&encode(&a)).unwrap();
        assert_eq!(d.region.arcs[0], vec![[36.1235, 51.0], [36.0, 51.0]]);
    }
}
