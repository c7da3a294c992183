//! The decoded map asset: plain data, no behaviour beyond resolving arcs.
//!
//! Geometry is stored as a *topology* (as in TopoJSON): every boundary piece
//! ("arc", a polyline) is stored once in a [`Layer`], and rings refer to arcs
//! by [`ArcRef`]. Two neighbouring oblasts reference their common boundary
//! arc, once forwards and once reversed, so they stay glued whatever the
//! rendering. Use [`Layer::ring_points`] / [`Layer::polygon_rings`] /
//! [`Layer::line_points`] to get plain coordinate lists.
//!
//! All coordinates lie on the layer's quantisation grid (`10^-quantum_exp`
//! degrees), which is what makes `decode(encode(x)) == x` exact.

use crate::LonLat;

/// Everything a story's map shows, as decoded from its `map.bin`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapAsset {
    /// What the page needs besides geometry: boxes, band width and
    /// countries, focus, route.
    pub meta: MapMeta,
    /// Regional map, clipped to [`MapMeta::region_bbox`]: the admin-1 areas
    /// of some countries and whole other countries as features; also holds
    /// the arcs of [`Self::border`] and [`Self::band`].
    pub region: Layer,
    /// The state border between [`MapMeta::band_inside`] and
    /// [`MapMeta::band_along`] inside the box, as lines of arcs of
    /// [`Self::region`] (the arcs shared by admin-1 areas of both).
    pub border: Vec<Line>,
    /// The band [`MapMeta::band_km`] deep inside [`MapMeta::band_inside`]
    /// along the border, clipped to the box, as polygons of arcs of
    /// [`Self::region`].
    pub band: Vec<Polygon>,
    /// Locator inset: countries (German point of view, Crimea Ukrainian)
    /// clipped to [`MapMeta::inset_bbox`], coarsely simplified. Empty when
    /// the story has no inset.
    pub inset: Layer,
    /// Places to label (main map and/or inset), plus region labels.
    pub cities: Vec<City>,
}

/// A story's map settings as the page needs them, so no box or distance
/// is a constant in code.
///
/// ```
/// let m = mapdata::asset::MapMeta::default();
/// assert_eq!(m.inset_bbox, None);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapMeta {
    /// Clip box of the regional map, `[west, south, east, north]` degrees.
    pub region_bbox: [f64; 4],
    /// Clip box of the locator inset, if the story has one.
    pub inset_bbox: Option<[f64; 4]>,
    /// Depth of the band in km, as the article states it (e.g. 50).
    pub band_km: f64,
    /// ISO 3166-1 alpha-2 of the country the band lies in ("RU"); matches
    /// [`Feature::country`].
    pub band_inside: String,
    /// ISO 3166-1 alpha-2 of the neighbour whose border the band follows
    /// ("UA").
    pub band_along: String,
    /// Id of the emphasised feature (Natural Earth `adm1_code`, "RUS-2362").
    pub focus: String,
    /// City ids ("gn:1871859", "gn:538560") of a great-circle route drawn on
    /// the inset, from the first to the second.
    pub route: Option<[String; 2]>,
}

/// A set of arcs and the features built from them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layer {
    /// Grid of the coordinates: they are multiples of `10^-quantum_exp`
    /// degrees (4 → 1e-4° ≈ 11 m).
    pub quantum_exp: u8,
    /// The arcs: polylines of at least 2 points. A closed arc (first point
    /// equals last) forms a ring on its own.
    pub arcs: Vec<Arc>,
    /// Polygonal features built from [`Self::arcs`].
    pub features: Vec<Feature>,
}

/// A polyline, `[lon, lat]` points.
pub type Arc = Vec<LonLat>;

/// Reference to an arc of a [`Layer`], TopoJSON-style: `ArcRef(i)` with
/// `i >= 0` is arc `i` forwards, `i < 0` is arc `!i` (that is `-i - 1`)
/// reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArcRef(pub i32);

impl ArcRef {
    /// Index of the referenced arc.
    pub fn index(self) -> usize {
        if self.0 >= 0 {
            self.0 as usize
        } else {
            (!self.0) as usize
        }
    }
    /// Whether the arc is traversed backwards.
    pub fn reversed(self) -> bool {
        self.0 < 0
    }
    /// Reference to arc `index`, forwards or reversed.
    pub fn new(index: usize, reversed: bool) -> ArcRef {
        let i = index as i32;
        ArcRef(if reversed { !i } else { i })
    }
}

/// A closed ring: arcs chained end to start (each arc's last point is the
/// next arc's first point; the last arc ends where the first begins).
/// Outer rings run counter-clockwise in lon/lat (east = +x, north = +y),
/// holes clockwise.
pub type Ring = Vec<ArcRef>;

/// A line: arcs chained end to start.
pub type Line = Vec<ArcRef>;

/// A polygon: the outer ring first, then holes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Polygon {
    /// Outer ring, then holes.
    pub rings: Vec<Ring>,
}

/// What a [`Feature`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeatureKind {
    /// First-level subdivision (oblast, city with oblast status).
    Admin1,
    /// A whole country (context countries in the region layer, all inset
    /// features).
    Country,
}

/// A named area.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// Stable id: Natural Earth `adm1_code` for admin-1 areas ("RUS-2362"),
    /// ISO 3166-1 alpha-2 for countries ("BY").
    pub id: String,
    /// What this is.
    pub kind: FeatureKind,
    /// English (Natural Earth) name, e.g. "Kursk", "Orel".
    pub name_en: String,
    /// German label, e.g. "Oblast Kursk", "Oblast Orjol", "Belarus".
    pub name_de: String,
    /// ISO 3166-1 alpha-2 of the country the area belongs to ("RU", "UA").
    pub country: String,
    /// The story's focus area ([`MapMeta::focus`]), drawn emphasised.
    pub focus: bool,
    /// Its parts; usually one.
    pub polygons: Vec<Polygon>,
}

/// A labelled place.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// "gn:<geonameid>" for GeoNames places, "region:<name>" for region labels.
    pub id: String,
    /// German label ("Kiew", "Pjöngjang").
    pub name_de: String,
    /// Latitude in degrees (grid 1e-5°).
    pub lat: f64,
    /// Longitude in degrees (grid 1e-5°).
    pub lon: f64,
    /// Population (GeoNames), `None` for region labels.
    pub population: Option<u64>,
    /// Label on the regional map.
    pub main: bool,
    /// Label on the inset.
    pub inset: bool,
    /// A region label (e.g. "Donbass"), not a settlement: no dot.
    pub region_label: bool,
}

impl City {
    /// `[lon, lat]` of the place.
    pub fn lonlat(&self) -> LonLat {
        [self.lon, self.lat]
    }
}

impl Layer {
    /// The points of a chain of arcs of this layer (see [`chain_points`]).
    pub fn chain_points(&self, refs: &[ArcRef]) -> Vec<LonLat> {
        chain_points(&self.arcs, refs)
    }

    /// A ring's points, closed (first point repeated at the end).
    pub fn ring_points(&self, ring: &[ArcRef]) -> Vec<LonLat> {
        self.chain_points(ring)
    }

    /// A line's points.
    pub fn line_points(&self, line: &[ArcRef]) -> Vec<LonLat> {
        self.chain_points(line)
    }

    /// All rings of a polygon as point lists (outer first).
    pub fn polygon_rings(&self, polygon: &Polygon) -> Vec<Vec<LonLat>> {
        polygon.rings.iter().map(|r| self.ring_points(r)).collect()
    }

    /// All rings of all polygons of a feature, for an SVG path with
    /// `fill-rule: evenodd` or nonzero (orientation is consistent).
    pub fn feature_rings(&self, feature: &Feature) -> Vec<Vec<LonLat>> {
        feature
            .polygons
            .iter()
            .flat_map(|p| self.polygon_rings(p))
            .collect()
    }

    /// Feature by id.
    pub fn feature(&self, id: &str) -> Option<&Feature> {
        self.features.iter().find(|f| f.id == id)
    }

    /// Number of stored points over all arcs.
    pub fn vertex_count(&self) -> usize {
        self.arcs.iter().map(Vec::len).sum()
    }
}

/// The points of a chain of arcs, with the shared point between
/// consecutive arcs emitted once. Unknown arc indices are skipped (a
/// decoded asset never has any). Empty chain → empty list.
pub fn chain_points(arcs: &[Arc], refs: &[ArcRef]) -> Vec<LonLat> {
    let mut out: Vec<LonLat> = Vec::new();
    for r in refs {
        let Some(arc) = arcs.get(r.index()) else {
            continue;
        };
        let skip = usize::from(!out.is_empty());
        if r.reversed() {
            out.extend(arc.iter().rev().skip(skip).copied());
        } else {
            out.extend(arc.iter().skip(skip).copied());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer() -> Layer {
        Layer {
            quantum_exp: 4,
            arcs: vec![
                vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]],
                vec![[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]],
            ],
            features: vec![],
        }
    }

    #[test]
    fn empty_chain_is_empty() {
        assert!(layer().chain_points(&[]).is_empty());
    }

    #[test]
    fn single_arc_chain() {
        assert_eq!(layer().chain_points(&[ArcRef(0)]).len(), 3);
        assert_eq!(
            layer().chain_points(&[ArcRef(!0)]),
            vec![[1.0, 1.0], [1.0, 0.0], [0.0, 0.0]]
        );
    }

    #[test]
    fn unknown_arc_is_skipped() {
        assert!(layer().chain_points(&[ArcRef(7)]).is_empty());
    }

    #[test]
    fn ring_of_two_arcs_is_closed_and_shares_points_once() {
        let pts = layer().ring_points(&[ArcRef(0), ArcRef(1)]);
        assert_eq!(pts.len(), 5);
        assert_eq!(pts.first(), pts.last());
    }

    #[test]
    fn arc_ref_indices() {
        assert_eq!(ArcRef::new(3, true), ArcRef(-4));
        assert_eq!(ArcRef(-4).index(), 3);
        assert!(ArcRef(-1).reversed());
        assert_eq!(ArcRef::new(0, false).index(), 0);
    }
}
