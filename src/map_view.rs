//! View-state math for the map, free of the browser: the pan/zoom transform
//! and its limits, greedy label placement, neighbours from shared arcs, great
//! circles and the German text alternative. The map component only wires
//! pointer and keyboard events to these functions.
//!
//! Coordinates are SVG user units of the map's `viewBox` (the projection is
//! fitted to it once); a [`ViewState`] maps them to the visible viewport:
//! `screen = k · p + t`.

use mapdata::asset::{ArcRef, Layer};
use mapdata::LonLat;

/// An axis-aligned rectangle `[x0, y0, x1, y1]` in user units.
pub type Rect = [f64; 4];

/// Zoom limits: the whole region (1×) to a town-sized close-up (8×).
pub const MIN_ZOOM: f64 = 1.0;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f64 = 8.0;

/// Map label font size in CSS pixels.
pub const LABEL_FONT_PX: f64 = 12.0;

/// The pixels-per-unit values (zoom ÷ user units per CSS pixel) at which the
/// map's labels are laid out at build time: a geometric series covering maps
/// 240–1600 px wide at every zoom. The browser uses the largest level at or
/// below its own value, so labels laid out for a slightly smaller scale never
/// collide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelLevels {
    pub first: f64,
    pub ratio: f64,
    pub count: usize,
}

impl LabelLevels {
    /// Levels for a map `width` user units wide.
    pub fn for_width(width: f64) -> Self {
        let first = MIN_ZOOM * 240.0 / width;
        let last = MAX_ZOOM * 1600.0 / width;
        let ratio = 1.12_f64;
        let count = ((last / first).ln() / ratio.ln()).ceil() as usize + 1;
        LabelLevels {
            first,
            ratio,
            count,
        }
    }

    /// The level values, smallest first.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        (0..self.count).map(|j| self.first * self.ratio.powi(j as i32))
    }

    /// The level to use at pixels-per-unit `q`: the largest at or below it
    /// (the first below the range, the last above it).
    pub fn index(&self, q: f64) -> usize {
        if !(q.is_finite() && q > self.first) {
            return 0;
        }
        let j = ((q / self.first).ln() / self.ratio.ln() + 1e-9).floor() as usize;
        j.min(self.count.saturating_sub(1))
    }

    /// "first ratio count", for a `data-` attribute.
    pub fn encode(&self) -> String {
        format!("{:.6} {} {}", self.first, self.ratio, self.count)
    }

    /// Reads [`LabelLevels::encode`]'s form; anything else is `None`.
    pub fn decode(s: &str) -> Option<Self> {
        let mut it = s.split_whitespace();
        let first: f64 = it.next()?.parse().ok()?;
        let ratio: f64 = it.next()?.parse().ok()?;
        let count: usize = it.next()?.parse().ok()?;
        (first > 0.0 && ratio > 1.0 && count > 0 && count < 1000).then_some(LabelLevels {
            first,
            ratio,
            count,
        })
    }
}

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

/// Where a label sits relative to its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    /// The four positions in the order they are tried.
    pub const ALL: [Side; 4] = [Side::Right, Side::Left, Side::Above, Side::Below];

    /// The label box for a `size` label at `anchor`, `gap` units away.
    pub fn rect(self, anchor: [f64; 2], size: [f64; 2], gap: f64) -> Rect {
        let [x, y] = anchor;
        let [w, h] = size;
        match self {
            Side::Right => [x + gap, y - h / 2.0, x + gap + w, y + h / 2.0],
            Side::Left => [x - gap - w, y - h / 2.0, x - gap, y + h / 2.0],
            Side::Above => [x - w / 2.0, y - gap - h, x + w / 2.0, y - gap],
            Side::Below => [x - w / 2.0, y + gap, x + w / 2.0, y + gap + h],
        }
    }

    /// Text position relative to the anchor and its `text-anchor`, for a
    /// label of height `h` (baseline about 0.35 h below the middle).
    pub fn text_offset(self, gap: f64, h: f64) -> (f64, f64, &'static str) {
        match self {
            Side::Right => (gap, 0.35 * h, "start"),
            Side::Left => (-gap, 0.35 * h, "end"),
            Side::Above => (0.0, -gap - 0.15 * h, "middle"),
            Side::Below => (0.0, gap + 0.85 * h, "middle"),
        }
    }
}

/// A label to place: its anchor (a city dot) in screen units, its size, and
/// its priority (higher is placed first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub anchor: [f64; 2],
    pub size: [f64; 2],
    pub priority: i32,
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(a: &Rect, b: &Rect) -> bool {
    a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3]
}

/// Greedy label placement: labels in order of priority (ties keep input
/// order) try right, left, above and below their anchor; the first box that
/// stays inside `bounds` and overlaps neither an already placed label nor an
/// `obstacle` wins. Labels that fit nowhere get `None` (hidden). The result
/// is parallel to `labels`. Empty input gives an empty result.
pub fn place_labels(
    labels: &[LabelBox],
    gap: f64,
    bounds: Rect,
    obstacles: &[Rect],
) -> Vec<Option<Side>> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(labels[i].priority));
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = vec![None; labels.len()];
    for i in order {
        let l = &labels[i];
        let fits = |r: &Rect| {
            inside(r, &bounds)
                && !placed.iter().any(|p| overlaps(p, r))
                && !obstacles.iter().any(|o| overlaps(o, r))
        };
        if let Some(side) = Side::ALL
            .into_iter()
            .find(|s| fits(&s.rect(l.anchor, l.size, gap)))
        {
            placed.push(side.rect(l.anchor, l.size, gap));
            out[i] = Some(side);
        }
    }
    out
}

/// Rough width of `text` at `font_size` in a sans-serif face, without
/// measuring (no layout reads): 0.6 em per character.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * font_size
}

/// Indices of the features of `layer` that share at least one boundary arc
/// with the feature `id` (its neighbours), in layer order. Unknown id → empty.
pub fn neighbours(layer: &Layer, id: &str) -> Vec<usize> {
    let arcs_of = |i: usize| -> Vec<usize> {
        let mut v: Vec<usize> = layer.features[i]
            .polygons
            .iter()
            .flat_map(|p| p.rings.iter().flatten())
            .map(|r: &ArcRef| r.index())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let Some(me) = layer.features.iter().position(|f| f.id == id) else {
        return Vec::new();
    };
    let mine = arcs_of(me);
    (0..layer.features.len())
        .filter(|&i| i != me && arcs_of(i).iter().any(|a| mine.binary_search(a).is_ok()))
        .collect()
}

/// `n + 1` points along the great circle from `a` to `b` (spherical
/// interpolation), for drawing a route. Equal or antipodal ends give the
/// straight pair `[a, b]`.
pub fn great_circle(a: LonLat, b: LonLat, n: usize) -> Vec<LonLat> {
    let v = |p: LonLat| {
        let (l, f) = (p[0].to_radians(), p[1].to_radians());
        [f.cos() * l.cos(), f.cos() * l.sin(), f.sin()]
    };
    let (va, vb) = (v(a), v(b));
    let d = (va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2])
        .clamp(-1.0, 1.0)
        .acos();
    let s = d.sin();
    if n == 0 || s.abs() < 1e-12 {
        return vec![a, b];
    }
    (0..=n)
        .map(|i| {
            let t = i as f64 / n as f64;
            let (wa, wb) = (((1.0 - t) * d).sin() / s, (t * d).sin() / s);
            let p = [0, 1, 2].map(|j| wa * va[j] + wb * vb[j]);
            [
                p[1].atan2(p[0]).to_degrees(),
                p[2].atan2(p[0].hypot(p[1])).to_degrees(),
            ]
        })
        .collect()
}

/// True when `p` lies inside the closed `ring` (even–odd rule).
pub fn in_ring(p: LonLat, ring: &[LonLat]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let ([x0, y0], [x1, y1]) = (w[0], w[1]);
        if (y0 > p[1]) != (y1 > p[1]) && p[0] < x0 + (p[1] - y0) / (y1 - y0) * (x1 - x0) {
            inside = !inside;
        }
    }
    inside
}

/// German list: "A", "A und B", "A, B und C"; empty → "".
pub fn join_de(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} und {last}", init.join(", ")),
    }
}

/// A neighbouring area for the text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    /// German name as in the data ("Oblast Sumy", "Belarus").
    pub name: String,
    /// ISO 3166-1 alpha-2 of its country ("RU", "UA", "BY").
    pub country: String,
}

/// What the text alternative says, gathered from the map data and the article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapFacts {
    /// The emphasised area, e.g. "Oblast Kursk".
    pub focus: String,
    /// Areas sharing a boundary with it.
    pub neighbours: Vec<Neighbour>,
    /// Width of the border band in km.
    pub band_km: f64,
    /// Labelled towns inside the band.
    pub in_band: Vec<String>,
    /// All labelled towns of the regional map.
    pub towns: Vec<String>,
    /// Places the article names that the map or inset marks.
    pub article_places: Vec<String>,
    /// Great-circle distance from Pjöngjang to Kursk, if known.
    pub distance_km: Option<f64>,
}

fn adjective(country: &str, plural: bool) -> &'static str {
    match (country, plural) {
        ("RU", false) => "russische",
        ("RU", true) => "russischen",
        ("UA", false) => "ukrainische",
        ("UA", true) => "ukrainischen",
        ("BY", _) => "",
        (_, false) => "benachbarte",
        (_, true) => "benachbarten",
    }
}

/// "die ukrainische Oblast Sumy", "die russischen Oblaste Brjansk und Orjol",
/// "Belarus"; a group of areas of one country.
fn neighbour_group(country: &str, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] if country == "BY" => one.clone(),
        [one] => format!("die {} {one}", adjective(country, false)),
        _ => {
            let short: Option<Vec<String>> = names
                .iter()
                .map(|n| n.strip_prefix("Oblast ").map(str::to_string))
                .collect();
            match short {
                Some(short) => format!(
                    "die {} Oblaste {}",
                    adjective(country, true),
                    join_de(&short)
                ),
                None => format!(
                    "die {} Gebiete {}",
                    adjective(country, true),
                    join_de(names)
                ),
            }
        }
    }
}

/// The German text alternative of the map, e.g. "Karte: Die Oblast Kursk
/// grenzt an die ukrainische Oblast Sumy und an die russischen Oblaste …".
/// Ukrainian neighbours come first (the article is about the border); empty
/// parts are left out.
pub fn text_alternative(f: &MapFacts) -> String {
    let mut out = String::from("Karte: ");
    let mut countries: Vec<&str> = Vec::new();
    for n in &f.neighbours {
        if !countries.contains(&n.country.as_str()) {
            countries.push(&n.country);
        }
    }
    countries.sort_by_key(|c| match *c {
        "UA" => 0,
        "RU" => 1,
        _ => 2,
    });
    let groups: Vec<String> = countries
        .iter()
        .map(|c| {
            let names: Vec<String> = f
                .neighbours
                .iter()
                .filter(|n| n.country == *c)
                .map(|n| n.name.clone())
                .collect();
            neighbour_group(c, &names)
        })
        .collect();
    if groups.is_empty() {
        out.push_str(&format!("die {} ist hervorgehoben.", f.focus));
    } else {
        out.push_str(&format!(
            "die {} grenzt an {}.",
            f.focus,
            groups.join(" und an ")
        ));
    }
    if f.band_km > 0.0 {
        out.push_str(&format!(
            " Ein {} Kilometer breiter Streifen entlang der russisch-ukrainischen Grenze ist schraffiert markiert",
            crate::format::number(f.band_km)
        ));
        if f.in_band.is_empty() {
            out.push('.');
        } else {
            let verb = if f.in_band.len() == 1 {
                "liegt"
            } else {
                "liegen"
            };
            out.push_str(&format!("; darin {verb} {}.", join_de(&f.in_band)));
        }
    }
    if !f.towns.is_empty() {
        out.push_str(&format!(" Eingezeichnete Städte: {}.", join_de(&f.towns)));
    }
    if !f.article_places.is_empty() {
        out.push_str(&format!(
            " Im Artikel genannte Orte auf der Karte: {}.",
            join_de(&f.article_places)
        ));
    }
    if let Some(d) = f.distance_km.filter(|d| d.is_finite() && *d > 0.0) {
        out.push_str(&format!(
            " Eine Übersichtskarte zeigt die Lage zwischen Europa und Ostasien: Pjöngjang liegt rund {} Kilometer Luftlinie von Kursk entfernt.",
            crate::format::number(d.round())
        ));
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use mapdata::asset::{Feature, FeatureKind, Polygon};

    const SIZE: [f64; 2] = [800.0, 600.0];

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9
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

    #[test]
    fn no_labels_place_nothing() {
        assert!(place_labels(&[], 3.0, [0.0, 0.0, 100.0, 100.0], &[]).is_empty());
    }

    #[test]
    fn one_label_goes_right() {
        let l = LabelBox {
            anchor: [50.0, 50.0],
            size: [20.0, 10.0],
            priority: 0,
        };
        assert_eq!(
            place_labels(&[l], 2.0, [0.0, 0.0, 100.0, 100.0], &[]),
            vec![Some(Side::Right)]
        );
    }

    #[test]
    fn label_at_the_right_edge_goes_left() {
        let l = LabelBox {
            anchor: [95.0, 50.0],
            size: [20.0, 10.0],
            priority: 0,
        };
        assert_eq!(
            place_labels(&[l], 2.0, [0.0, 0.0, 100.0, 100.0], &[]),
            vec![Some(Side::Left)]
        );
    }

    #[test]
    fn higher_priority_wins_and_crowded_labels_are_hidden() {
        let a = LabelBox {
            anchor: [50.0, 50.0],
            size: [30.0, 10.0],
            priority: 1,
        };
        let b = LabelBox {
            anchor: [51.0, 50.0],
            size: [30.0, 10.0],
            priority: 5,
        };
        let c = LabelBox {
            anchor: [50.5, 50.0],
            size: [30.0, 10.0],
            priority: 0,
        };
        let d = LabelBox {
            anchor: [50.2, 50.0],
            size: [30.0, 10.0],
            priority: -1,
        };
        let placed = place_labels(&[a, b, c, d], 6.0, [0.0, 0.0, 100.0, 100.0], &[]);
        assert_eq!(
            placed[1],
            Some(Side::Right),
            "the most important label takes the first choice"
        );
        assert_eq!(placed[0], Some(Side::Left));
        assert_eq!(placed[2], Some(Side::Above));
        assert_eq!(placed[3], Some(Side::Below));
        let e = LabelBox {
            anchor: [50.1, 50.0],
            size: [30.0, 10.0],
            priority: -2,
        };
        let placed = place_labels(
            &[a, b, e],
            2.0,
            [0.0, 0.0, 100.0, 100.0],
            &[[0.0, 0.0, 100.0, 40.0], [0.0, 60.0, 100.0, 100.0]],
        );
        assert_eq!(placed, vec![Some(Side::Left), Some(Side::Right), None]);
    }

    fn square(arcs: &[i32]) -> Polygon {
        Polygon {
            rings: vec![arcs.iter().map(|&a| ArcRef(a)).collect()],
        }
    }

    fn feature(id: &str, name: &str, country: &str, arcs: &[i32]) -> Feature {
        Feature {
            id: id.into(),
            kind: FeatureKind::Admin1,
            name_en: name.into(),
            name_de: name.into(),
            country: country.into(),
            focus: false,
            polygons: vec![square(arcs)],
        }
    }

    fn fixture() -> Layer {
        // Three areas in a row: A | B | C; A and B share arc 1, B and C arc 3.
        Layer {
            quantum_exp: 4,
            arcs: vec![vec![[0.0, 0.0]; 2]; 6],
            features: vec![
                feature("A", "Oblast Kursk", "RU", &[0, 1]),
                feature("B", "Oblast Sumy", "UA", &[!1, 2, 3]),
                feature("C", "Oblast Tschernihiw", "UA", &[!3, 4]),
                feature("D", "Oblast Orjol", "RU", &[5]),
            ],
        }
    }

    #[test]
    fn neighbours_share_arcs() {
        let l = fixture();
        assert_eq!(neighbours(&l, "A"), vec![1]);
        assert_eq!(neighbours(&l, "B"), vec![0, 2]);
        assert!(neighbours(&l, "D").is_empty());
        assert!(neighbours(&l, "nope").is_empty());
    }

    #[test]
    fn great_circle_ends_and_midpoint() {
        let pts = great_circle([0.0, 0.0], [90.0, 0.0], 2);
        assert_eq!(pts.len(), 3);
        assert!(close(pts[1], [45.0, 0.0]));
        assert!(close(pts[2], [90.0, 0.0]));
        assert_eq!(
            great_circle([1.0, 1.0], [1.0, 1.0], 8),
            vec![[1.0, 1.0], [1.0, 1.0]]
        );
        // over the pole: the meridian route
        let polar = great_circle([0.0, 80.0], [180.0, 80.0], 2);
        assert!((polar[1][1] - 90.0).abs() < 1e-9);
    }

    #[test]
    fn ring_containment() {
        let ring = vec![[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]];
        assert!(in_ring([2.0, 2.0], &ring));
        assert!(!in_ring([5.0, 2.0], &ring));
        assert!(!in_ring([2.0, 2.0], &[]));
    }

    #[test]
    fn german_lists() {
        assert_eq!(join_de(&[]), "");
        assert_eq!(join_de(&["A".into()]), "A");
        assert_eq!(join_de(&["A".into(), "B".into(), "C".into()]), "A, B und C");
    }

    #[test]
    fn empty_facts_give_a_short_text() {
        let f = MapFacts {
            focus: "Oblast Kursk".into(),
            ..MapFacts::default()
        };
        assert_eq!(
            text_alternative(&f),
            "Karte: die Oblast Kursk ist hervorgehoben."
        );
    }

    #[test]
    fn text_alternative_from_the_fixture() {
        let l = fixture();
        let neighbours = super::neighbours(&l, "A")
            .into_iter()
            .chain(std::iter::once(3))
            .map(|i| Neighbour {
                name: l.features[i].name_de.clone(),
                country: l.features[i].country.clone(),
            })
            .collect();
        let f = MapFacts {
            focus: "Oblast Kursk".into(),
            neighbours,
            band_km: 50.0,
            in_band: vec!["Sudscha".into()],
            towns: vec!["Kursk".into(), "Sudscha".into(), "Sumy".into()],
            article_places: vec!["Oblast Kursk".into(), "Pjöngjang".into()],
            distance_km: Some(6686.2),
        };
        let text = text_alternative(&f);
        assert!(
            text.starts_with("Karte: die Oblast Kursk grenzt an die ukrainische Oblast Sumy und an die russische Oblast Orjol."),
            "{text}"
        );
        assert!(
            text.contains(
                "Ein 50 Kilometer breiter Streifen entlang der russisch-ukrainischen Grenze"
            ),
            "{text}"
        );
        assert!(text.contains("darin liegt Sudscha."), "{text}");
        assert!(
            text.contains("Eingezeichnete Städte: Kursk, Sudscha und Sumy."),
            "{text}"
        );
        assert!(text.contains("rund 6.686 Kilometer"), "{text}");
    }

    #[test]
    fn several_neighbours_of_one_country_are_grouped() {
        let n = |name: &str, c: &str| Neighbour {
            name: name.into(),
            country: c.into(),
        };
        let f = MapFacts {
            focus: "Oblast Kursk".into(),
            neighbours: vec![
                n("Oblast Brjansk", "RU"),
                n("Oblast Sumy", "UA"),
                n("Oblast Belgorod", "RU"),
            ],
            ..MapFacts::default()
        };
        assert_eq!(
            text_alternative(&f),
            "Karte: die Oblast Kursk grenzt an die ukrainische Oblast Sumy und an die russischen Oblaste Brjansk und Belgorod."
        );
    }
}
