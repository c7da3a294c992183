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

/// Angle between two unit vectors, accurate near 0 and π (equal vectors
/// give exactly 0).
fn angle(a: [f64; 3], b: [f64; 3]) -> f64 {
    let c = cross(a, b);
    dot(c, c).sqrt().atan2(dot(a, b))
}

fn from_vec(v: [f64; 3]) -> LonLat {
    [
        v[1].atan2(v[0]).to_degrees(),
        v[2].atan2(v[0].hypot(v[1])).to_degrees(),
    ]
}

/// `n + 1` points along the great circle from `a` to `b` (spherical linear
/// interpolation), both ends included, for drawing a route. `n == 0`, equal
/// or antipodal ends give the straight pair `[a, b]`.
///
/// ```
/// let pts = mapdata::geodesic::great_circle([0.0, 0.0], [90.0, 0.0], 2);
/// assert_eq!(pts.len(), 3);
/// assert!((pts[1][0] - 45.0).abs() < 1e-9 && pts[1][1].abs() < 1e-9);
/// ```
pub fn great_circle(a: LonLat, b: LonLat, n: usize) -> Vec<LonLat> {
    let (va, vb) = (to_vec(a), to_vec(b));
    let d = angle(va, vb);
    let s = d.sin();
    if n == 0 || s.abs() < 1e-12 {
        return vec![a, b];
    }
    (0..=n)
        .map(|i| {
            let t = i as f64 / n as f64;
            let (wa, wb) = (((1.0 - t) * d).sin() / s, (t * d).sin() / s);
            from_vec([0, 1, 2].map(|j| wa * va[j] + wb * vb[j]))
        })
        .collect()
}

/// The point a fraction `t` of the way from `a` to `b` along the great
/// circle (`t = 0.5`: the midpoint). Equal or antipodal ends give `a`.
pub fn interpolate(a: LonLat, b: LonLat, t: f64) -> LonLat {
    let (va, vb) = (to_vec(a), to_vec(b));
    let d = angle(va, vb);
    let s = d.sin();
    if s.abs() < 1e-12 {
        return a;
    }
    let (wa, wb) = (((1.0 - t) * d).sin() / s, (t * d).sin() / s);
    from_vec([0, 1, 2].map(|j| wa * va[j] + wb * vb[j]))
}

/// Initial bearing in degrees (0 = north, 90 = east, in `[0, 360)`) of the
/// great circle from `a` towards `b`. Equal points give 0.
pub fn initial_bearing_deg(a: LonLat, b: LonLat) -> f64 {
    let (f1, f2) = (a[1].to_radians(), b[1].to_radians());
    let dl = (b[0] - a[0]).to_radians();
    let y = dl.sin() * f2.cos();
    let x = f1.cos() * f2.sin() - f1.sin() * f2.cos() * dl.cos();
    if x == 0.0 && y == 0.0 {
        return 0.0;
    }
    y.atan2(x).to_degrees().rem_euclid(360.0)
}

/// The point `km` from `from` along the great circle that starts with
/// bearing `bearing_deg` (0 = north, 90 = east). Longitudes are wrapped to
/// `[-180, 180]`.
///
/// ```
/// use mapdata::geodesic::{destination, distance_km};
/// let kursk = [36.18457, 51.72689];
/// let p = destination(kursk, 90.0, 50.0);
/// assert!((distance_km(kursk, p) - 50.0).abs() < 1e-9);
/// ```
pub fn destination(from: LonLat, bearing_deg: f64, km: f64) -> LonLat {
    let d = km / EARTH_RADIUS_KM;
    let (f1, l1) = (from[1].to_radians(), from[0].to_radians());
    let th = bearing_deg.to_radians();
    let f2 = (f1.sin() * d.cos() + f1.cos() * d.sin() * th.cos())
        .clamp(-1.0, 1.0)
        .asin();
    let l2 = l1 + (th.sin() * d.sin() * f1.cos()).atan2(d.cos() - f1.sin() * f2.sin());
    let lon = (l2.to_degrees() + 540.0).rem_euclid(360.0) - 180.0;
    [lon, f2.to_degrees()]
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
    use crate::projection::{bbox_outline, region_projection};

    const REGION_BBOX: [f64; 4] = [30.0, 48.0, 42.0, 55.0];

    #[test]
    fn great_circle_edge_cases() {
        assert_eq!(great_circle([1.0, 1.0], [1.0, 1.0], 8), vec![[1.0, 1.0]; 2]);
        assert_eq!(great_circle([0.0, 0.0], [9.0, 0.0], 0).len(), 2);
        // over the pole: the midpoint of 0°E 80°N – 180°E 80°N is the pole
        let polar = great_circle([0.0, 80.0], [180.0, 80.0], 2);
        assert!((polar[1][1] - 90.0).abs() < 1e-9, "{polar:?}");
        let ends = great_circle([125.75, 39.03], [36.18, 51.73], 64);
        assert_eq!(ends.len(), 65);
        assert!((ends[0][0] - 125.75).abs() < 1e-9 && (ends[64][1] - 51.73).abs() < 1e-9);
    }

    #[test]
    fn interpolate_halfway_and_degenerate() {
        let m = interpolate([0.0, 0.0], [90.0, 0.0], 0.5);
        assert!((m[0] - 45.0).abs() < 1e-9 && m[1].abs() < 1e-9);
        assert_eq!(interpolate([3.0, 4.0], [3.0, 4.0], 0.5), [3.0, 4.0]);
    }

    #[test]
    fn bearings() {
        assert_eq!(initial_bearing_deg([5.0, 5.0], [5.0, 5.0]), 0.0);
        assert!((initial_bearing_deg([0.0, 0.0], [0.0, 10.0])).abs() < 1e-9);
        assert!((initial_bearing_deg([0.0, 0.0], [10.0, 0.0]) - 90.0).abs() < 1e-9);
        assert!((initial_bearing_deg([0.0, 10.0], [0.0, 0.0]) - 180.0).abs() < 1e-9);
    }

    #[test]
    fn destination_round_trips_with_bearing_and_distance() {
        let a = [29.0, 61.0];
        for b in [0.0, 45.0, 135.0, 270.0] {
            let p = destination(a, b, 40.0);
            assert!((distance_km(a, p) - 40.0).abs() < 1e-9);
            let back = initial_bearing_deg(a, p);
            assert!(
                ((back - b + 540.0) % 360.0 - 180.0).abs() < 1e-9,
                "{b} {back}"
            );
        }
        assert_eq!(destination(a, 10.0, 0.0), a);
        // across the antimeridian
        let p = destination([179.9, 0.0], 90.0, 111.195 * 0.2);
        assert!((p[0] + 179.9).abs() < 1e-3, "{p:?}");
    }

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
        let p =
            region_projection(REGION_BBOX).fit_size([1000.0, 700.0], bbox_outline(REGION_BBOX, 32));
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
