//! Pan and zoom of the map, free of the browser: the transform and its
//! limits, the wheel step and the scale bar for a zoom.
//!
//! Coordinates are SVG user units of the map's `viewBox` (the projection is
//! fitted to it once); a [`ViewState`] maps them to the visible viewport:
//! `screen = k · p + t`.

/// Zoom limits: the whole region (1×) to a town-sized close-up (8×).
pub const MIN_ZOOM: f64 = 1.0;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f64 = 8.0;

/// Pan and zoom of the map: `screen = k · p + [x, y]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewState {
    /// Zoom factor, within [`MIN_ZOOM`]–[`MAX_ZOOM`] after [`ViewState::clamped`].
    pub k: f64,
    /// Horizontal translation in user units.
    pub x: f64,
    /// Vertical translation in user units.
    pub y: f64,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            k: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl ViewState {
    /// Where content point `p` appears on screen.
    pub fn apply(&self, p: [f64; 2]) -> [f64; 2] {
        [self.k * p[0] + self.x, self.k * p[1] + self.y]
    }

    /// The content point shown at screen point `s`.
    pub fn invert(&self, s: [f64; 2]) -> [f64; 2] {
        [(s[0] - self.x) / self.k, (s[1] - self.y) / self.k]
    }

    /// Moves the view by `d` screen units (no clamping).
    pub fn panned(&self, d: [f64; 2]) -> ViewState {
        ViewState {
            x: self.x + d[0],
            y: self.y + d[1],
            ..*self
        }
    }

    /// Zooms by `factor` keeping the content under screen point `anchor`
    /// fixed; the zoom is limited to [`MIN_ZOOM`]–[`MAX_ZOOM`]. A factor that
    /// is not finite and positive leaves the view unchanged.
    pub fn zoomed_at(&self, anchor: [f64; 2], factor: f64) -> ViewState {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let p = self.invert(anchor);
        ViewState {
            k,
            x: anchor[0] - k * p[0],
            y: anchor[1] - k * p[1],
        }
    }

    /// The view limited so that the content `[0, 0]–size` always covers the
    /// viewport of the same size: zoom within the limits, no empty margin.
    /// Non-finite values fall back to the default view.
    pub fn clamped(&self, size: [f64; 2]) -> ViewState {
        if !(self.k.is_finite() && self.x.is_finite() && self.y.is_finite()) {
            return ViewState::default();
        }
        let k = self.k.clamp(MIN_ZOOM, MAX_ZOOM);
        let x = self.x.clamp(size[0] * (1.0 - k), 0.0);
        let y = self.y.clamp(size[1] * (1.0 - k), 0.0);
        ViewState { k, x, y }
    }

    /// The view with content point `p` in the middle of the viewport, clamped.
    pub fn centred_on(&self, p: [f64; 2], size: [f64; 2]) -> ViewState {
        ViewState {
            k: self.k,
            x: size[0] / 2.0 - self.k * p[0],
            y: size[1] / 2.0 - self.k * p[1],
        }
        .clamped(size)
    }

    /// True when content point `p` is on screen, at least `margin` units in.
    pub fn shows(&self, p: [f64; 2], size: [f64; 2], margin: f64) -> bool {
        let [sx, sy] = self.apply(p);
        sx >= margin && sy >= margin && sx <= size[0] - margin && sy <= size[1] - margin
    }

    /// The SVG `transform` attribute value: `translate(x,y) scale(k)`.
    pub fn transform(&self) -> String {
        format!(
            "translate({},{}) scale({})",
            round3(self.x),
            round3(self.y),
            round3(self.k)
        )
    }
}

fn round3(v: f64) -> f64 {
    let r = (v * 1000.0).round() / 1000.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// The zoom factor for one wheel event, as d3-zoom computes it: a notch
/// (100 pixels) zooms by about 1.15×; lines and pages count more.
pub fn wheel_factor(delta_y: f64, delta_mode: u32) -> f64 {
    let unit = match delta_mode {
        0 => 0.002,
        1 => 0.05,
        _ => 1.0,
    };
    let f = 2f64.powf((-delta_y * unit).clamp(-2.0, 2.0));
    if f.is_finite() {
        f
    } else {
        1.0
    }
}

/// A round scale-bar length for zoom `k`: `(km, length in user units)`,
/// at most `max_units` long. `km_per_unit` is the ground length of one user
/// unit at zoom 1 (see `mapdata::geodesic::km_per_pixel`).
pub fn scale_bar(km_per_unit: f64, k: f64, max_units: f64) -> Option<(f64, f64)> {
    if !(k.is_finite() && k > 0.0) {
        return None;
    }
    mapdata::geodesic::scale_bar(max_units, km_per_unit / k)
}

/// One zoom step of the buttons and the `+`/`-` keys.
pub const ZOOM_STEP: f64 = 1.5;

/// The longest the scale bar may be, in CSS px.
pub const SCALE_BAR_MAX_PX: f64 = 130.0 / 1.2;

/// The scale bar's shapes at `upp` user units per CSS px, for a bar `len`
/// units long: what the page draws at zoom 1 and the browser redraws while
/// zooming, so that it keeps its screen size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBarShape {
    /// The background: x, y, width, height.
    pub bg: [f64; 4],
    /// The bar's length; the ticks stand at 0 and here.
    pub len: f64,
    /// Where the ticks start above the bar.
    pub tick_y1: f64,
    /// The label's x and font size.
    pub label_x: f64,
    pub font_size: f64,
}

impl ScaleBarShape {
    pub fn new(len: f64, upp: f64) -> Self {
        ScaleBarShape {
            bg: [-6.0 * upp, -20.0 * upp, len + 72.0 * upp, 28.0 * upp],
            len,
            tick_y1: -5.0 * upp,
            label_x: len + 6.0 * upp,
            font_size: super::labels::LABEL_FONT_PX * upp,
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SIZE: [f64; 2] = [800.0, 600.0];

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9
    }

    #[test]
    fn the_scale_bar_keeps_its_screen_size() {
        let at = |upp: f64| ScaleBarShape::new(100.0 * upp, upp);
        let (one, two) = (at(1.0), at(2.0));
        for (a, b) in one.bg.iter().zip(two.bg) {
            assert!((a * 2.0 - b).abs() < 1e-9);
        }
        assert!((one.label_x * 2.0 - two.label_x).abs() < 1e-9);
        assert!((one.font_size * 2.0 - two.font_size).abs() < 1e-9);
        assert!(one.tick_y1 < 0.0 && one.bg[2] > one.len);
    }

    #[test]
    fn default_view_is_identity() {
        let v = ViewState::default();
        assert_eq!(v.apply([3.0, 4.0]), [3.0, 4.0]);
        assert_eq!(v.transform(), "translate(0,0) scale(1)");
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let v = ViewState::default().zoomed_at([200.0, 150.0], 2.0);
        assert_eq!(v.k, 2.0);
        assert!(close(v.apply([200.0, 150.0]), [200.0, 150.0]));
        let w = v.panned([-37.0, 12.0]).zoomed_at([410.0, 90.0], 1.7);
        let p = v.panned([-37.0, 12.0]).invert([410.0, 90.0]);
        assert!(close(w.apply(p), [410.0, 90.0]));
    }

    #[test]
    fn zoom_is_limited_and_bad_factors_are_ignored() {
        let v = ViewState::default();
        assert_eq!(v.zoomed_at([0.0, 0.0], 100.0).k, MAX_ZOOM);
        assert_eq!(v.zoomed_at([0.0, 0.0], 0.01).k, MIN_ZOOM);
        assert_eq!(v.zoomed_at([5.0, 5.0], f64::NAN), v);
        assert_eq!(v.zoomed_at([5.0, 5.0], 0.0), v);
        assert_eq!(v.zoomed_at([5.0, 5.0], -2.0), v);
    }

    #[test]
    fn clamping_keeps_the_region_covering_the_viewport() {
        assert_eq!(
            ViewState {
                k: 1.0,
                x: 50.0,
                y: -30.0
            }
            .clamped(SIZE),
            ViewState::default()
        );
        let v = ViewState {
            k: 2.0,
            x: -5000.0,
            y: 100.0,
        }
        .clamped(SIZE);
        assert_eq!(
            v,
            ViewState {
                k: 2.0,
                x: -800.0,
                y: 0.0
            }
        );
        let nan = ViewState {
            k: f64::NAN,
            x: 0.0,
            y: 0.0,
        };
        assert_eq!(nan.clamped(SIZE), ViewState::default());
        assert_eq!(
            ViewState {
                k: 20.0,
                x: 0.0,
                y: 0.0
            }
            .clamped(SIZE)
            .k,
            MAX_ZOOM
        );
    }

    #[test]
    fn centring_and_visibility() {
        let v = ViewState {
            k: 4.0,
            x: 0.0,
            y: 0.0,
        };
        assert!(!v.shows([700.0, 500.0], SIZE, 10.0));
        let c = v.centred_on([700.0, 500.0], SIZE);
        assert!(c.shows([700.0, 500.0], SIZE, 10.0));
        // at the corner the clamp wins over exact centring
        let corner = v.centred_on([800.0, 600.0], SIZE);
        assert_eq!(
            corner,
            ViewState {
                k: 4.0,
                x: -2400.0,
                y: -1800.0
            }
        );
    }

    #[test]
    fn wheel_factor_follows_d3() {
        assert!((wheel_factor(-100.0, 0) - 2f64.powf(0.2)).abs() < 1e-12);
        assert!(wheel_factor(100.0, 0) < 1.0);
        assert!((wheel_factor(-3.0, 1) - 2f64.powf(0.15)).abs() < 1e-12);
        assert_eq!(wheel_factor(f64::NAN, 0), 1.0);
        assert_eq!(wheel_factor(-1e9, 0), 4.0);
    }

    #[test]
    fn scale_bar_value_shrinks_when_zooming_in() {
        let (km1, px1) = scale_bar(1.0, 1.0, 120.0).unwrap();
        let (km4, px4) = scale_bar(1.0, 4.0, 120.0).unwrap();
        assert_eq!(km1, 100.0);
        assert_eq!(km4, 20.0);
        assert!(px1 <= 120.0 && px4 <= 120.0);
        assert_eq!(scale_bar(1.0, 0.0, 120.0), None);
    }
}
