//! Checks on a decoded asset (used by the summary and by the tests, which
//! run on the committed `map.bin`, so they need no sources).

use geo::{Area, BooleanOps, Coord, GeodesicArea, LineString, MultiPolygon, Polygon};
use mapdata::asset::{Layer, MapAsset};
use mapdata::geodesic::distance_to_line_km;
use mapdata::projection::REGION_BBOX;
use std::collections::HashMap;

/// A layer polygon as a `geo` polygon (lon/lat).
pub fn to_geo(layer: &Layer, p: &mapdata::asset::Polygon) -> Option<Polygon<f64>> {
    let mut rings = layer
        .polygon_rings(p)
        .into_iter()
        .map(|r| LineString::new(r.into_iter().map(|[x, y]| Coord { x, y }).collect()));
    let outer = rings.next()?;
    Some(Polygon::new(outer, rings.collect()))
}

/// All polygons of a feature as a `geo` multipolygon.
pub fn feature_geo(layer: &Layer, f: &mapdata::asset::Feature) -> MultiPolygon<f64> {
    MultiPolygon::new(f.polygons.iter().filter_map(|p| to_geo(layer, p)).collect())
}

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

/// Distances (km) from the band's inner-edge vertices to the border. The
/// inner edge is made of the band's own arcs (not shared with any region
/// feature); vertices on the clip box edge, within 0.6° of its southern edge
/// (where the border continues outside the box), within 0.5 km of a
/// non-RU/UA feature (Belarus: where the band meets its border) or within
/// 1 km of the RU–UA border are skipped.
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
    let border = border_points(asset);
    let others: Vec<Vec<[f64; 2]>> = asset
        .region
        .features
        .iter()
        .filter(|f| f.country != "RU" && f.country != "UA")
        .flat_map(|f| asset.region.feature_rings(f))
        .collect();
    let [x0, y0, x1, y1] = REGION_BBOX;
    let mut out = Vec::new();
    for p in &asset.band {
        for r in p.rings.iter().flatten() {
            if used_by_features.get(r.index()).copied().unwrap_or(true) {
                continue;
            }
            for &q in &asset.region.arcs[r.index()] {
                if q[0] <= x0 || q[0] >= x1 || q[1] <= y0 + 0.6 || q[1] >= y1 {
                    continue;
                }
                if others.iter().any(|l| distance_to_line_km(q, l) < 0.5) {
                    continue;
                }
                let d = border
                    .iter()
                    .map(|l| distance_to_line_km(q, l))
                    .fold(f64::INFINITY, f64::min);
                if d > 1.0 {
                    out.push(d);
                }
            }
        }
    }
    out
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
