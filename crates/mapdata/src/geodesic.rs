//! Great-circle geometry on a sphere of radius [`EARTH_RADIUS_KM`]
//! (the IUGG mean radius, 6371.0088 km) using the haversine formula.
//! Compared with the WGS84 ellipsoid, distances are within about ±0.3 %:
//! good enough for a scale bar and "≈ 6,400 km from Pjöngjang to Kursk".

use crate::projection::{Projection, Raw};
use crate::LonLat;

/// Mean Earth radius in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

fn to_vec(p: LonLat) -> [f64; 3] {
    let (l, f) = (p[0].to_radians(), p[1].to_radians());
    [f.cos() * l.cos(), f.cos() * l.sin(), f.sin()]
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

/// Great-circle distance between two `[lon, lat]` points in km (haversine,
/// accurate also for tiny and near-antipodal distances).
///
/// ```
/// // Pjöngjang – Kursk
/// let d = mapdata::geodesic::distance_km([125.75432, 39.03385], [36.18457, 51.72689]);
/// assert!((d - 6686.2).abs() < 0.1, "{d}");
/// ```
pub fn distance_km(a: LonLat, b: LonLat) -> f64 {
    let (f1, f2) = (a[1].to_radians(), b[1].to_radians());
    let df = f2 - f1;
    let dl = (b[0] - a[0]).to_radians();
    let h = (df / 2.0).sin().powi(2) + f1.cos() * f2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.clamp(0.0, 1.0).sqrt().asin()
}

/// Shortest distance in km from `p` to the great-circle segment `a`–`b`
/// (perpendicular if the foot lies within the segment, otherwise to the
/// nearer end). A degenerate segment (`a == b`) is a point.
pub fn distance_to_segment_km(p: LonLat, a: LonLat, b: LonLat) -> f64 {
    let (va, vb, vp) = (to_vec(a), to_vec(b), to_vec(p));
    let n = cross(va, vb);
    let len = dot(n, n).sqrt();
    let ends = || distance_km(p, a).min(distance_km(p, b));
    if len < 1e-15 {
        return ends();
    }
    let n = [n[0] / len, n[1] / len, n[2] / len];
    let s = dot(vp, n);
    let foot = [vp[0] - s * n[0], vp[1] - s * n[1], vp[2] - s * n[2]];
    if dot(cross(va, foot), n) >= 0.0 && dot(cross(foot, vb), n) >= 0.0 && dot(foot, foot) > 0.0 {
        s.clamp(-1.0, 1.0).asin().abs() * EARTH_RADIUS_KM
    } else {
        ends()
    }
}

/// Shortest distance in km from `p` to a polyline. Empty line → infinity;
/// one point → distance to that point.
pub fn distance_to_line_km(p: LonLat, line: &[LonLat]) -> f64 {
    match line {
        [] => f64::INFINITY,
        [q] => distance_km(p, *q),
        _ => line
            .windows(2)
            .map(|w| distance_to_segment_km(p, w[0], w[1]))
            .fold(f64::INFINITY, f64::min),
    }
}

/// Ground length in km of one screen pixel at `at` under `projection`,
/// measured horizontally (from half a pixel left to half a pixel right of
/// the projected point). Multiply by a zoom factor's inverse when the SVG is
/// scaled. `None` if the projection cannot invert there.
pub fn km_per_pixel<R: Raw>(projection: &Projection<R>, at: LonLat) -> Option<f64> {
    let [x, y] = projection.project(at);
    let a = projection.invert([x - 0.5, y])?;
    let b = projection.invert([x + 0.5, y])?;
    Some(distance_km(a, b))
}

/// A round scale-bar length (1, 2 or 5 × 10ⁿ km) that fits in `max_px`
/// pixels at `km_per_px`, and its length in pixels. `None` for non-positive
/// or non-finite inputs.
///
/// ```
/// let (km, px) = mapdata::geodesic::scale_bar(120.0, 1.3).unwrap();
/// assert_eq!(km, 100.0);
/// assert!((px - 100.0 / 1.3).abs() < 1e-9);
/// ```
pub fn scale_bar(max_px: f64, km_per_px: f64) -> Option<(f64, f64)> {
    let max_km = max_px * km_per_px;
    if !(max_km.is_finite() && max_km > 0.0) {
        return None;
    }
    let base = 10f64.powf(max_km.log10().floor());
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * base)
        .find(|&k| k <= max_km)
        .unwrap_or(base);
    Some((km, km / km_per_px))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::projection::{bbox_outline, region_projection, REGION_BBOX};

    #[test]
    fn zero_distance() {
        assert_eq!(distance_km([36.0, 51.0], [36.0, 51.0]), 0.0);
    }

    #[test]
    fn one_degree_of_latitude() {
        let d = distance_km([36.0, 51.0], [36.0, 52.0]);
        assert!((d - 111.195).abs() < 0.01, "{d}");
    }

    #[test]
    fn antipodes() {
        let d = distance_km([0.0, 0.0], [180.0, 0.0]);
        assert!((d - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
    }

    #[test]
    fn line_distance_edge_cases() {
        assert_eq!(distance_to_line_km([0.0, 0.0], &[]), f64::INFINITY);
        let d = distance_to_line_km([0.0, 1.0], &[[0.0, 0.0]]);
        assert!((d - 111.195).abs() < 0.01);
        // degenerate segment
        let d = distance_to_segment_km([0.0, 1.0], [0.0, 0.0], [0.0, 0.0]);
        assert!((d - 111.195).abs() < 0.01);
    }

    #[test]
    fn segment_distance_perpendicular_and_beyond_ends() {
        // Equator segment 0..10°E; point 1° north of 5°E.
        let d = distance_to_segment_km([5.0, 1.0], [0.0, 0.0], [10.0, 0.0]);
        assert!((d - 111.195).abs() < 0.01, "{d}");
        // Beyond the east end: distance to the end point.
        let d = distance_to_segment_km([12.0, 0.0], [0.0, 0.0], [10.0, 0.0]);
        assert!((d - 2.0 * 111.195).abs() < 0.02, "{d}");
        // Reversed segment gives the same.
        let d2 = distance_to_segment_km([5.0, 1.0], [10.0, 0.0], [0.0, 0.0]);
        assert!((d2 - 111.195).abs() < 0.01);
    }

    #[test]
    fn pixel_length_matches_fit() {
        let p = region_projection().fit_size([1000.0, 700.0], bbox_outline(REGION_BBOX, 32));
        let k = km_per_pixel(&p, [36.0, 51.5]).unwrap();
        // the box is ~830 km wide at 51.5°N and fills ≤ 1000 px
        assert!(k > 0.7 && k < 1.3, "{k}");
    }

    #[test]
    fn scale_bar_rejects_bad_input() {
        assert_eq!(scale_bar(0.0, 1.0), None);
        assert_eq!(scale_bar(100.0, f64::NAN), None);
        assert_eq!(scale_bar(100.0, 0.5).map(|s| s.0), Some(50.0));
        assert_eq!(scale_bar(100.0, 0.25).map(|s| s.0), Some(20.0));
    }
}
