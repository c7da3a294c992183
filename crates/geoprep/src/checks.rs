//! Checks on a decoded asset (used by the summary and by the tests, which
//! run on the committed `map.bin`, so they need no sources).

use geo::{Area, BooleanOps, GeodesicArea, MultiPolygon};
use mapdata::asset::{Layer, MapAsset};
use mapdata::geodesic::{distance_to_segment_km, EARTH_RADIUS_KM};
use mapdata::LonLat;
use std::collections::HashMap;

/// How far (km) the band's inner edge may lie from the band's depth.
pub const INNER_EDGE_TOLERANCE_KM: f64 = 0.1;

/// How far (relative) the band's grid-sampled area may differ from the
/// area its definition gives on the same grid (see [`BandAreaCheck`]).
pub const BAND_AREA_TOLERANCE: f64 = 0.005;

pub use band::{feature_geo, to_geo};

/// Geodesic (WGS84) area of the band in km².
pub fn band_area_km2(asset: &MapAsset) -> f64 {
    let mp = MultiPolygon::new(
        asset
            .band
            .iter()
            .filter_map(|p| to_geo(&asset.region, p))
            .collect(),
    );
    mp.geodesic_area_unsigned() / 1e6
}

/// The border lines as point lists.
pub fn border_points(asset: &MapAsset) -> Vec<Vec<[f64; 2]>> {
    asset
        .border
        .iter()
        .map(|l| asset.region.line_points(l))
        .collect()
}

/// Geodesic distance in km from `p` to the nearest edge of `bbox` among
/// those a border line ends on (where the border leaves the box and goes on
/// outside it); infinity when the border ends on no edge.
fn distance_to_cut_edges_km(p: LonLat, bbox: [f64; 4], border: &[Vec<LonLat>]) -> f64 {
    let [x0, y0, x1, y1] = bbox;
    let on = |v: f64, e: f64| (v - e).abs() < 1e-9;
    let ends: Vec<LonLat> = border
        .iter()
        .filter_map(|l| Some([*l.first()?, *l.last()?]))
        .flatten()
        .collect();
    let cut = |f: &dyn Fn(LonLat) -> bool| ends.iter().any(|&q| f(q));
    let to_meridian = |lon: f64| {
        let dl = (p[0] - lon).to_radians();
        (dl.sin() * p[1].to_radians().cos()).abs().asin() * EARTH_RADIUS_KM
    };
    let to_parallel = |lat: f64| (p[1] - lat).abs().to_radians() * EARTH_RADIUS_KM;
    let mut d = f64::INFINITY;
    if cut(&|q| on(q[0], x0)) {
        d = d.min(to_meridian(x0));
    }
    if cut(&|q| on(q[0], x1)) {
        d = d.min(to_meridian(x1));
    }
    if cut(&|q| on(q[1], y0)) {
        d = d.min(to_parallel(y0));
    }
    if cut(&|q| on(q[1], y1)) {
        d = d.min(to_parallel(y1));
    }
    d
}

/// Border segments bucketed on a coarse lon/lat grid, for "is `p` within
/// `reach` km of the border, and how far" queries.
struct BorderIndex {
    cell: f64,
    buckets: HashMap<(i64, i64), Vec<(LonLat, LonLat)>>,
}

impl BorderIndex {
    /// Segments are entered into every bucket their box, grown by `reach_km`,
    /// touches.
    fn new(lines: &[Vec<LonLat>], reach_km: f64) -> BorderIndex {
        let cell = 0.5;
        let mut buckets: HashMap<(i64, i64), Vec<(LonLat, LonLat)>> = HashMap::new();
        let dlat = reach_km / 111.0 + 0.01;
        for l in lines {
            for w in l.windows(2) {
                let (a, b) = (w[0], w[1]);
                let lat_max = a[1].abs().max(b[1].abs()) + dlat;
                let dlon = dlat / lat_max.to_radians().cos().max(0.05);
                let lo = [a[0].min(b[0]) - dlon, a[1].min(b[1]) - dlat];
                let hi = [a[0].max(b[0]) + dlon, a[1].max(b[1]) + dlat];
                let k = |v: f64| (v / cell).floor() as i64;
                for i in k(lo[0])..=k(hi[0]) {
                    for j in k(lo[1])..=k(hi[1]) {
                        buckets.entry((i, j)).or_default().push((a, b));
                    }
                }
            }
        }
        BorderIndex { cell, buckets }
    }

    /// Distance in km to the border if it is within the reach given to
    /// [`BorderIndex::new`] (otherwise possibly infinity).
    fn distance_km(&self, p: LonLat) -> f64 {
        let k = (
            (p[0] / self.cell).floor() as i64,
            (p[1] / self.cell).floor() as i64,
        );
        self.buckets.get(&k).map_or(f64::INFINITY, |segs| {
            segs.iter()
                .map(|&(a, b)| distance_to_segment_km(p, a, b))
                .fold(f64::INFINITY, f64::min)
        })
    }
}

/// Distances (km) from the band's inner-edge vertices to the border. The
/// inner edge is made of the band's own arcs (not shared with any region
/// feature); vertices on the clip box edge, within 0.5 km of a feature of a
/// third country (where the band meets its border) or of a coast (an arc of
/// one feature only: where the band ends at the sea, its own coast
/// simplified apart from the area's), within 1 km of the border, or nearer
/// to a box edge the border leaves by than to the border in the box (the
/// border outside the box might be nearer) are skipped.
pub fn inner_edge_distances_km(asset: &MapAsset) -> Vec<f64> {
    let mut used_by_features = vec![false; asset.region.arcs.len()];
    for f in &asset.region.features {
        for p in &f.polygons {
            for r in p.rings.iter().flatten() {
                if let Some(u) = used_by_features.get_mut(r.index()) {
                    *u = true;
                }
            }
        }
    }
    let meta = &asset.meta;
    let border = border_points(asset);
    let index = BorderIndex::new(&border, meta.band_km + 10.0);
    let others: Vec<Vec<[f64; 2]>> = asset
        .region
        .features
        .iter()
        .filter(|f| f.country != meta.band_inside && f.country != meta.band_along)
        .flat_map(|f| asset.region.feature_rings(f))
        .collect();
    let [x0, y0, x1, y1] = meta.region_bbox;
    let on_box = |q: &[f64; 2]| q[0] <= x0 || q[0] >= x1 || q[1] <= y0 || q[1] >= y1;
    // Coasts: arcs of exactly one feature, not along the box edge.
    let mut uses = vec![0usize; asset.region.arcs.len()];
    for f in &asset.region.features {
        for p in &f.polygons {
            for r in p.rings.iter().flatten() {
                if let Some(u) = uses.get_mut(r.index()) {
                    *u += 1;
                }
            }
        }
    }
    let coasts: Vec<&Vec<[f64; 2]>> = asset
        .region
        .arcs
        .iter()
        .zip(&uses)
        .filter(|(a, &u)| u == 1 && !a.iter().all(on_box))
        .map(|(a, _)| a)
        .collect();
    let mut out = Vec::new();
    for p in &asset.band {
        for r in p.rings.iter().flatten() {
            if used_by_features.get(r.index()).copied().unwrap_or(true) {
                continue;
            }
            for &q in &asset.region.arcs[r.index()] {
                if on_box(&q) {
                    continue;
                }
                let d = index.distance_km(q);
                if d <= 1.0 || !d.is_finite() {
                    continue;
                }
                if distance_to_cut_edges_km(q, meta.region_bbox, &border) < d {
                    continue;
                }
                if others
                    .iter()
                    .chain(coasts.iter().copied())
                    .any(|l| mapdata::geodesic::distance_to_line_km(q, l) < 0.5)
                {
                    continue;
                }
                out.push(d);
            }
        }
    }
    out
}

/// The band's area and an independent estimate of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandAreaCheck {
    /// Geodesic (WGS84) area of the band polygons in the box, km².
    pub band_km2: f64,
    /// Grid step in degrees (both axes).
    pub step_deg: f64,
    /// Area of the grid cells whose centre lies in a band polygon, km²
    /// (cells near a box edge the border leaves by excluded, as below).
    pub band_cells_km2: f64,
    /// Area of the grid cells whose centre lies in a feature of
    /// [`mapdata::asset::MapMeta::band_inside`] and within
    /// [`mapdata::asset::MapMeta::band_km`] of the border (geodesic
    /// point-to-segment distance), km². Cells whose centre is nearer to a box
    /// edge the border leaves by than the band's depth are excluded from
    /// both sums: the border outside the box, which the asset lacks, could be
    /// nearer than the border inside.
    pub definition_km2: f64,
    /// Area of the excluded cells that lie in the band polygons, km².
    pub excluded_band_km2: f64,
}

impl BandAreaCheck {
    /// Relative difference of the definition's area from the band's sampled
    /// area (0.001 = 0.1 %); infinity for an empty band.
    pub fn relative_difference(&self) -> f64 {
        if self.band_cells_km2 > 0.0 {
            (self.definition_km2 - self.band_cells_km2).abs() / self.band_cells_km2
        } else {
            f64::INFINITY
        }
    }
}

/// Rings with their bounding boxes, for even–odd point-in-area tests.
struct Area2 {
    rings: Vec<([f64; 4], Vec<LonLat>)>,
}

impl Area2 {
    fn new(rings: Vec<Vec<LonLat>>) -> Area2 {
        Area2 {
            rings: rings
                .into_iter()
                .map(|r| {
                    let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
                    for p in &r {
                        b = [
                            b[0].min(p[0]),
                            b[1].min(p[1]),
                            b[2].max(p[0]),
                            b[3].max(p[1]),
                        ];
                    }
                    (b, r)
                })
                .collect(),
        }
    }

    fn contains(&self, p: LonLat) -> bool {
        let mut inside = false;
        for (b, r) in &self.rings {
            if p[0] < b[0] || p[0] > b[2] || p[1] < b[1] || p[1] > b[3] {
                continue;
            }
            for w in r.windows(2) {
                let ([x0, y0], [x1, y1]) = (w[0], w[1]);
                if (y0 > p[1]) != (y1 > p[1]) && p[0] < x0 + (p[1] - y0) / (y1 - y0) * (x1 - x0) {
                    inside = !inside;
                }
            }
        }
        inside
    }
}

/// Checks the band's area against its definition on a lon/lat grid of
/// `step_deg` (see [`BandAreaCheck`]). A step ≤ 0 or not finite is taken
/// as 0.01°.
pub fn band_area_check(asset: &MapAsset, step_deg: f64) -> BandAreaCheck {
    let step = if step_deg.is_finite() && step_deg > 0.0 {
        step_deg
    } else {
        0.01
    };
    let meta = &asset.meta;
    let d = meta.band_km;
    let border = border_points(asset);
    let index = BorderIndex::new(&border, d + 1.0);
    let country = Area2::new(
        asset
            .region
            .features
            .iter()
            .filter(|f| f.country == meta.band_inside)
            .flat_map(|f| asset.region.feature_rings(f))
            .collect(),
    );
    let band = Area2::new(
        asset
            .band
            .iter()
            .flat_map(|p| asset.region.polygon_rings(p))
            .collect(),
    );
    let [x0, y0, x1, y1] = meta.region_bbox;
    let nx = ((x1 - x0) / step).round().max(1.0) as usize;
    let ny = ((y1 - y0) / step).round().max(1.0) as usize;
    let (dx, dy) = ((x1 - x0) / nx as f64, (y1 - y0) / ny as f64);
    let r2 = EARTH_RADIUS_KM * EARTH_RADIUS_KM;
    let (mut band_cells, mut definition, mut excluded) = (0.0, 0.0, 0.0);
    for j in 0..ny {
        let (la, lb) = (y0 + j as f64 * dy, y0 + (j + 1) as f64 * dy);
        let cell_km2 = r2 * dx.to_radians() * (lb.to_radians().sin() - la.to_radians().sin());
        let lat = (la + lb) / 2.0;
        for i in 0..nx {
            let p = [x0 + (i as f64 + 0.5) * dx, lat];
            let in_band = band.contains(p);
            let near = index.distance_km(p) <= d;
            if !in_band && !near {
                continue;
            }
            if distance_to_cut_edges_km(p, meta.region_bbox, &border) < d {
                if in_band {
                    excluded += cell_km2;
                }
                continue;
            }
            if in_band {
                band_cells += cell_km2;
            }
            if near && country.contains(p) {
                definition += cell_km2;
            }
        }
    }
    BandAreaCheck {
        band_km2: band_area_km2(asset),
        step_deg: step,
        band_cells_km2: band_cells,
        definition_km2: definition,
        excluded_band_km2: excluded,
    }
}

/// Gluing problems among the features of a layer: arcs referenced more than
/// twice, or twice in the same direction (which would mean overlap).
pub fn glue_problems(layer: &Layer) -> Vec<String> {
    let mut uses: HashMap<usize, Vec<bool>> = HashMap::new();
    for f in &layer.features {
        for p in &f.polygons {
            for r in p.rings.iter().flatten() {
                uses.entry(r.index()).or_default().push(r.reversed());
            }
        }
    }
    let mut out = Vec::new();
    let mut keys: Vec<_> = uses.keys().copied().collect();
    keys.sort_unstable();
    for k in keys {
        let u = &uses[&k];
        if u.len() > 2 || (u.len() == 2 && u[0] == u[1]) {
            out.push(format!("arc {k}: {u:?}"));
        }
    }
    out
}

/// Number of arcs referenced by exactly two features' rings (shared).
pub fn shared_arc_count(layer: &Layer) -> usize {
    let mut n: HashMap<usize, usize> = HashMap::new();
    for f in &layer.features {
        for p in &f.polygons {
            for r in p.rings.iter().flatten() {
                *n.entry(r.index()).or_default() += 1;
            }
        }
    }
    n.values().filter(|&&c| c == 2).count()
}

/// (sum of feature areas, area of their union), planar deg².
pub fn sum_and_union_area(layer: &Layer) -> (f64, f64) {
    let geoms: Vec<MultiPolygon<f64>> = layer
        .features
        .iter()
        .map(|f| feature_geo(layer, f))
        .collect();
    let sum = geoms.iter().map(Area::unsigned_area).sum();
    let union = geoms
        .iter()
        .fold(MultiPolygon::new(vec![]), |acc, g| acc.union(g));
    (sum, union.unsigned_area())
}

/// Min, median and max of a list (NaN-free); `None` when empty.
pub fn stats(v: &[f64]) -> Option<(f64, f64, f64)> {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    Some((*s.first()?, s[s.len() / 2], *s.last()?))
}
