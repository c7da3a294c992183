//! Map projections in the style of d3-geo.
//!
//! A *raw* projection ([`Raw`]) is a pure function from radians `(λ, φ)` to
//! unit-sphere plane coordinates `(x, y)` with y pointing **north**, plus its
//! inverse. A [`Projection`] wraps a raw projection with a rotation (to centre
//! it), a scale and a translation, and flips y so that the output is in SVG
//! pixel space (**y grows downward**). `project(invert(p)) == p` up to
//! floating-point rounding inside the projection's domain.
//!
//! ```
//! use mapdata::projection::{region_projection, bbox_outline};
//! let bbox = [30.0, 48.0, 42.0, 55.0];
//! let p = region_projection(bbox).fit_extent([[0.0, 0.0], [800.0, 600.0]], bbox_outline(bbox, 32));
//! let [x, y] = p.project([36.18457, 51.72689]); // Kursk
//! assert!(x > 0.0 && x < 800.0 && y > 0.0 && y < 600.0);
//! let back = p.invert([x, y]).unwrap();
//! assert!((back[0] - 36.18457).abs() < 1e-9 && (back[1] - 51.72689).abs() < 1e-9);
//! ```

use crate::LonLat;
use std::f64::consts::PI;

const EPS: f64 = 1e-12;

/// A raw projection on the unit sphere, angles in radians, y north.
pub trait Raw {
    /// Projects `(λ, φ)` (radians, already rotated) to plane `(x, y)`.
    fn forward(&self, lambda: f64, phi: f64) -> [f64; 2];
    /// Inverts [`Raw::forward`]; `None` outside the projection's image.
    fn inverse(&self, x: f64, y: f64) -> Option<[f64; 2]>;
}

/// Albers conic equal-area projection (d3 `geoConicEqualAreaRaw`) with two
/// standard parallels. Falls back to the cylindrical equal-area projection
/// when the parallels are symmetric about the equator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConicEqualArea {
    n: f64,
    c: f64,
    r0: f64,
    cos_phi0: f64,
}

impl ConicEqualArea {
    /// Standard parallels in degrees.
    pub fn new(parallel0_deg: f64, parallel1_deg: f64) -> ConicEqualArea {
        let (y0, y1) = (parallel0_deg.to_radians(), parallel1_deg.to_radians());
        let sy0 = y0.sin();
        let n = (sy0 + y1.sin()) / 2.0;
        let c = 1.0 + sy0 * (2.0 * n - sy0);
        let r0 = if n.abs() < 1e-9 { 0.0 } else { c.sqrt() / n };
        ConicEqualArea {
            n,
            c,
            r0,
            cos_phi0: y0.cos(),
        }
    }

    fn cylindrical(&self) -> bool {
        self.n.abs() < 1e-9
    }
}

impl Raw for ConicEqualArea {
    fn forward(&self, lambda: f64, phi: f64) -> [f64; 2] {
        if self.cylindrical() {
            return [lambda * self.cos_phi0, phi.sin() / self.cos_phi0];
        }
        let r = (self.c - 2.0 * self.n * phi.sin()).max(0.0).sqrt() / self.n;
        let a = lambda * self.n;
        [r * a.sin(), self.r0 - r * a.cos()]
    }

    fn inverse(&self, x: f64, y: f64) -> Option<[f64; 2]> {
        if self.cylindrical() {
            let s = y * self.cos_phi0;
            return (s.abs() <= 1.0).then(|| [x / self.cos_phi0, s.asin()]);
        }
        let r0y = self.r0 - y;
        let sign = |v: f64| {
            if v > 0.0 {
                1.0
            } else if v < 0.0 {
                -1.0
            } else {
                0.0
            }
        };
        let mut l = x.atan2(r0y.abs()) * sign(r0y);
        if r0y * self.n < 0.0 {
            l -= PI * sign(x) * sign(r0y);
        }
        let s = (self.c - (x * x + r0y * r0y) * self.n * self.n) / (2.0 * self.n);
        if s.abs() > 1.0 + 1e-12 {
            return None;
        }
        Some([l / self.n, s.clamp(-1.0, 1.0).asin()])
    }
}

/// Azimuthal equidistant projection (d3 `geoAzimuthalEquidistantRaw`):
/// distances from the centre are true. The antipode maps to `(π, 0)`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct AzimuthalEquidistant;

impl Raw for AzimuthalEquidistant {
    fn forward(&self, lambda: f64, phi: f64) -> [f64; 2] {
        let (cx, cy) = (lambda.cos(), phi.cos());
        let cc = (cx * cy).clamp(-1.0, 1.0);
        let c = cc.acos();
        let s = c.sin();
        if s.abs() < EPS {
            // centre (scale 1) or antipode (direction undefined)
            return if c < 1.0 { [0.0, 0.0] } else { [PI, 0.0] };
        }
        let k = c / s;
        [k * cy * lambda.sin(), k * phi.sin()]
    }

    fn inverse(&self, x: f64, y: f64) -> Option<[f64; 2]> {
        let z = x.hypot(y);
        if z > PI + 1e-12 {
            return None;
        }
        if z < EPS {
            return Some([0.0, 0.0]);
        }
        let (sc, cc) = z.sin_cos();
        Some([(x * sc).atan2(z * cc), (y * sc / z).clamp(-1.0, 1.0).asin()])
    }
}

/// Sphere rotation (d3 `geoRotation` with γ = 0): shifts longitudes by
/// `delta_lambda`, then tilts by `delta_phi` so a chosen centre maps to
/// `(0, 0)` with north up.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rotation {
    dl: f64,
    cos_dp: f64,
    sin_dp: f64,
    tilt: bool,
}

fn wrap_pi(l: f64) -> f64 {
    if l > PI {
        l - 2.0 * PI
    } else if l < -PI {
        l + 2.0 * PI
    } else {
        l
    }
}

impl Rotation {
    fn new(dl_deg: f64, dp_deg: f64) -> Rotation {
        let dp = dp_deg.to_radians();
        Rotation {
            dl: dl_deg.to_radians(),
            cos_dp: dp.cos(),
            sin_dp: dp.sin(),
            tilt: dp != 0.0,
        }
    }

    fn forward(&self, lambda: f64, phi: f64) -> [f64; 2] {
        let l = wrap_pi(lambda + self.dl);
        if !self.tilt {
            return [l, phi];
        }
        let cp = phi.cos();
        let (x, y, z) = (l.cos() * cp, l.sin() * cp, phi.sin());
        let k = z * self.cos_dp + x * self.sin_dp;
        [
            y.atan2(x * self.cos_dp - z * self.sin_dp),
            k.clamp(-1.0, 1.0).asin(),
        ]
    }

    fn inverse(&self, lambda: f64, phi: f64) -> [f64; 2] {
        let (l, p) = if self.tilt {
            let cp = phi.cos();
            let (x, y, z) = (lambda.cos() * cp, lambda.sin() * cp, phi.sin());
            (
                y.atan2(x * self.cos_dp + z * self.sin_dp),
                (z * self.cos_dp - x * self.sin_dp).clamp(-1.0, 1.0).asin(),
            )
        } else {
            (lambda, phi)
        };
        [wrap_pi(l - self.dl), p]
    }
}

/// A raw projection with rotation, scale and translation; maps `[lon, lat]`
/// degrees to SVG pixels `[x, y]` (y down). Defaults as in d3: scale 150,
/// translate `[480, 250]`, no rotation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection<R: Raw> {
    raw: R,
    rotate: [f64; 2],
    rotation: Rotation,
    scale: f64,
    translate: [f64; 2],
}

impl<R: Raw> Projection<R> {
    /// Wraps a raw projection with d3's defaults.
    pub fn new(raw: R) -> Self {
        Projection {
            raw,
            rotate: [0.0, 0.0],
            rotation: Rotation::new(0.0, 0.0),
            scale: 150.0,
            translate: [480.0, 250.0],
        }
    }

    /// Sets the rotation `[δλ, δφ]` in degrees, as d3's `rotate`: to centre
    /// on `(lon0, lat0)` use `[-lon0, -lat0]`.
    pub fn with_rotate(mut self, rotate: [f64; 2]) -> Self {
        self.rotate = rotate;
        self.rotation = Rotation::new(rotate[0], rotate[1]);
        self
    }

    /// Sets the scale (pixels per unit-sphere radian at the reference point).
    pub fn with_scale(mut self, scale: f64) -> Self {
        self.scale = scale;
        self
    }

    /// Sets the pixel position of the projection's origin.
    pub fn with_translate(mut self, translate: [f64; 2]) -> Self {
        self.translate = translate;
        self
    }

    /// The rotation in degrees.
    pub fn rotate(&self) -> [f64; 2] {
        self.rotate
    }

    /// The scale.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// The translation.
    pub fn translate(&self) -> [f64; 2] {
        self.translate
    }

    /// The raw projection.
    pub fn raw(&self) -> &R {
        &self.raw
    }

    /// `[lon, lat]` degrees → `[x, y]` pixels (y down).
    pub fn project(&self, p: LonLat) -> [f64; 2] {
        let [x, y] = self.unit(p);
        [
            x * self.scale + self.translate[0],
            self.translate[1] - y * self.scale,
        ]
    }

    /// Raw plane coordinates after rotation, y north, no scale/translate.
    fn unit(&self, p: LonLat) -> [f64; 2] {
        let [l, f] = self.rotation.forward(p[0].to_radians(), p[1].to_radians());
        self.raw.forward(l, f)
    }

    /// `[x, y]` pixels → `[lon, lat]` degrees; `None` outside the
    /// projection's image or for a zero/non-finite scale.
    pub fn invert(&self, p: [f64; 2]) -> Option<LonLat> {
        if self.scale == 0.0 || !self.scale.is_finite() {
            return None;
        }
        let x = (p[0] - self.translate[0]) / self.scale;
        let y = (self.translate[1] - p[1]) / self.scale;
        let [l, f] = self.raw.inverse(x, y)?;
        let [l, f] = self.rotation.inverse(l, f);
        let out = [l.to_degrees(), f.to_degrees()];
        (out[0].is_finite() && out[1].is_finite()).then_some(out)
    }

    /// Sets scale and translate so the projected `points` fill the pixel
    /// `extent` `[[x0, y0], [x1, y1]]` as tightly as possible, centred on
    /// the other axis (d3 `fitExtent`). Only the given points are considered:
    /// pass a densified outline ([`bbox_outline`]) for a lon/lat box, since
    /// parallels are curved in a conic projection. Non-finite projected
    /// points are ignored. With no usable point the projection is returned
    /// unchanged; with a single point (zero-size bounds) the scale is kept and
    /// the point is centred in the extent.
    pub fn fit_extent(
        self,
        extent: [[f64; 2]; 2],
        points: impl IntoIterator<Item = LonLat>,
    ) -> Self {
        let mut b = [
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ];
        for p in points {
            let [x, y] = self.unit(p);
            let y = -y;
            if !(x.is_finite() && y.is_finite()) {
                continue;
            }
            b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
        }
        if !b[0].is_finite() {
            return self;
        }
        let w = extent[1][0] - extent[0][0];
        let h = extent[1][1] - extent[0][1];
        let (dx, dy) = (b[2] - b[0], b[3] - b[1]);
        let k = match (dx > 0.0, dy > 0.0) {
            (true, true) => (w / dx).min(h / dy),
            (true, false) => w / dx,
            (false, true) => h / dy,
            (false, false) => self.scale,
        };
        let tx = extent[0][0] + (w - k * (b[2] + b[0])) / 2.0;
        let ty = extent[0][1] + (h - k * (b[3] + b[1])) / 2.0;
        self.with_scale(k).with_translate([tx, ty])
    }

    /// [`Projection::fit_extent`] with the extent `[[0, 0], size]`.
    pub fn fit_size(self, size: [f64; 2], points: impl IntoIterator<Item = LonLat>) -> Self {
        self.fit_extent([[0.0, 0.0], size], points)
    }
}

/// The outline of a lon/lat box `[lon0, lat0, lon1, lat1]` with `steps`
/// points per side (at least 1), for fitting; closed (first point repeated).
pub fn bbox_outline(bbox: [f64; 4], steps: usize) -> Vec<LonLat> {
    let [x0, y0, x1, y1] = bbox;
    let n = steps.max(1);
    let t = |i: usize| i as f64 / n as f64;
    let mut out = Vec::with_capacity(4 * n + 1);
    out.extend((0..n).map(|i| [x0 + (x1 - x0) * t(i), y0]));
    out.extend((0..n).map(|i| [x1, y0 + (y1 - y0) * t(i)]));
    out.extend((0..n).map(|i| [x1 + (x0 - x1) * t(i), y1]));
    out.extend((0..n).map(|i| [x0, y1 + (y0 - y1) * t(i)]));
    out.push([x0, y0]);
    out
}

/// The projection of a regional map with clip box `bbox`
/// (`[west, south, east, north]`, e.g. [`crate::asset::MapMeta::region_bbox`]):
/// Albers equal-area conic with standard parallels one seventh of the box's
/// height inside its southern and northern edges, central meridian through
/// the box's middle, north up. For lon 30–42°, lat 48–55° that is parallels
/// 49° and 54°, meridian 36° E. Fit it to the viewport with
/// [`Projection::fit_extent`].
///
/// ```
/// use mapdata::projection::region_projection;
/// let p = region_projection([22.0, 59.0, 36.0, 64.0]);
/// assert_eq!(p.rotate(), [-29.0, 0.0]);
/// ```
pub fn region_projection(bbox: [f64; 4]) -> Projection<ConicEqualArea> {
    let [x0, y0, x1, y1] = bbox;
    let h = y1 - y0;
    Projection::new(ConicEqualArea::new(y0 + h / 7.0, y1 - h / 7.0))
        .with_rotate([-(x0 + x1) / 2.0, 0.0])
}

/// The projection of a locator inset with clip box `bbox`
/// ([`crate::asset::MapMeta::inset_bbox`]): azimuthal equidistant centred
/// on the box's middle, north up.
///
/// ```
/// use mapdata::projection::inset_projection;
/// let p = inset_projection([20.0, 30.0, 135.0, 72.0]);
/// assert_eq!(p.rotate(), [-77.5, -51.0]);
/// ```
pub fn inset_projection(bbox: [f64; 4]) -> Projection<AzimuthalEquidistant> {
    let [x0, y0, x1, y1] = bbox;
    Projection::new(AzimuthalEquidistant).with_rotate([-(x0 + x1) / 2.0, -(y0 + y1) / 2.0])
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const REGION_BBOX: [f64; 4] = [30.0, 48.0, 42.0, 55.0];
    const INSET_BBOX: [f64; 4] = [20.0, 30.0, 135.0, 72.0];

    fn region_projection() -> Projection<ConicEqualArea> {
        super::region_projection(REGION_BBOX)
    }

    fn inset_projection() -> Projection<AzimuthalEquidistant> {
        super::inset_projection(INSET_BBOX)
    }

    #[test]
    fn region_projection_of_the_kursk_box_is_the_old_one() {
        let old = Projection::new(ConicEqualArea::new(49.0, 54.0)).with_rotate([-36.0, 0.0]);
        assert_eq!(region_projection(), old);
    }

    fn close(a: [f64; 2], b: [f64; 2], tol: f64) -> bool {
        (a[0] - b[0]).abs() <= tol && (a[1] - b[1]).abs() <= tol
    }

    #[test]
    fn fit_with_no_points_is_unchanged() {
        let p = region_projection();
        assert_eq!(p.fit_extent([[0.0, 0.0], [10.0, 10.0]], []), p);
    }

    #[test]
    fn fit_with_one_point_centres_it() {
        let p = region_projection().fit_size([100.0, 50.0], [[36.0, 51.0]]);
        assert_eq!(p.scale(), 150.0);
        assert!(close(p.project([36.0, 51.0]), [50.0, 25.0], 1e-9));
    }

    #[test]
    fn fit_with_two_points_on_a_meridian_fills_height() {
        let p = region_projection().fit_size([100.0, 50.0], [[36.0, 50.0], [36.0, 52.0]]);
        let a = p.project([36.0, 52.0]);
        let b = p.project([36.0, 50.0]);
        assert!(close(a, [50.0, 0.0], 1e-9), "{a:?}");
        assert!(close(b, [50.0, 50.0], 1e-9), "{b:?}");
    }

    #[test]
    fn fit_extent_is_exact() {
        let outline = bbox_outline(REGION_BBOX, 64);
        let ext = [[10.0, 20.0], [810.0, 620.0]];
        let p = region_projection().fit_extent(ext, outline.iter().copied());
        let pts: Vec<[f64; 2]> = outline.iter().map(|&q| p.project(q)).collect();
        let min_x = pts.iter().map(|q| q[0]).fold(f64::INFINITY, f64::min);
        let max_x = pts.iter().map(|q| q[0]).fold(f64::NEG_INFINITY, f64::max);
        let min_y = pts.iter().map(|q| q[1]).fold(f64::INFINITY, f64::min);
        let max_y = pts.iter().map(|q| q[1]).fold(f64::NEG_INFINITY, f64::max);
        let fills_x = (min_x - 10.0).abs() < 1e-9 && (max_x - 810.0).abs() < 1e-9;
        let fills_y = (min_y - 20.0).abs() < 1e-9 && (max_y - 620.0).abs() < 1e-9;
        assert!(fills_x || fills_y);
        // centred on the other axis
        assert!(((min_x + max_x) / 2.0 - 410.0).abs() < 1e-9);
        assert!(((min_y + max_y) / 2.0 - 320.0).abs() < 1e-9);
        // north up: Moscow above Kursk
        assert!(p.project([37.6, 55.0])[1] < p.project([37.6, 51.7])[1]);
    }

    #[test]
    fn conic_round_trips() {
        let p = region_projection().fit_size([960.0, 600.0], bbox_outline(REGION_BBOX, 16));
        for lon in (0..=24).map(|i| 30.0 + 0.5 * i as f64) {
            for lat in (0..=14).map(|i| 48.0 + 0.5 * i as f64) {
                let xy = p.project([lon, lat]);
                let back = p.invert(xy).unwrap();
                assert!(close(back, [lon, lat], 1e-9), "{lon} {lat} {back:?}");
            }
        }
    }

    #[test]
    fn conic_central_meridian_is_vertical() {
        let p = region_projection();
        let a = p.project([36.0, 48.0]);
        let b = p.project([36.0, 55.0]);
        assert!((a[0] - b[0]).abs() < 1e-9);
        assert!(b[1] < a[1]);
    }

    #[test]
    fn cylindrical_fallback_round_trips() {
        let p = Projection::new(ConicEqualArea::new(-30.0, 30.0));
        let back = p.invert(p.project([10.0, 20.0])).unwrap();
        assert!(close(back, [10.0, 20.0], 1e-9));
    }

    #[test]
    fn azimuthal_centre_and_round_trips() {
        let p = inset_projection();
        assert!(close(p.project([77.5, 51.0]), [480.0, 250.0], 1e-9));
        for lon in (0..=23).map(|i| 20.0 + 5.0 * i as f64) {
            for lat in (0..=8).map(|i| 30.0 + 5.0 * i as f64) {
                let back = p.invert(p.project([lon, lat])).unwrap();
                assert!(close(back, [lon, lat], 1e-9), "{lon} {lat} {back:?}");
            }
        }
    }

    #[test]
    fn azimuthal_distance_from_centre_is_true() {
        // 10° of latitude north of the centre: 10° of arc on the unit sphere.
        let p = inset_projection()
            .with_scale(1.0)
            .with_translate([0.0, 0.0]);
        let [x, y] = p.project([77.5, 61.0]);
        assert!(x.abs() < 1e-12);
        assert!((-y - 10f64.to_radians()).abs() < 1e-12);
    }

    #[test]
    fn invert_outside_image_is_none() {
        let p = inset_projection()
            .with_scale(1.0)
            .with_translate([0.0, 0.0]);
        assert_eq!(p.invert([4.0, 0.0]), None);
        assert_eq!(region_projection().with_scale(0.0).invert([1.0, 1.0]), None);
    }

    #[test]
    fn bbox_outline_counts() {
        assert_eq!(bbox_outline(REGION_BBOX, 0).len(), 5);
        assert_eq!(bbox_outline(REGION_BBOX, 4).len(), 17);
    }
}
