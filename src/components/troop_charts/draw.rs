//! The three charts, one `draw` function each: they paint a canvas whose
//! width/height attributes are already set in device pixels and return where
//! each estimate landed, in CSS pixels, so the HTML overlay and hover code can
//! map pixels back to data. Every length is multiplied by `scale`
//! (devicePixelRatio) because plotters-canvas draws in device pixels.
use crate::estimates::{self, Estimate, Palette};
use crate::format;
use article::Qualifier;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Colours read from the page's CSS variables at draw time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colours {
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub line: RGBColor,
    pub card: RGBColor,
    pub focus: RGBColor,
    pub us: RGBColor,
    pub ua: RGBColor,
    pub kr: RGBColor,
    pub other: RGBColor,
}

impl Default for Colours {
    /// The light theme of style/main.css.
    fn default() -> Self {
        Colours {
            fg: RGBColor(0x1b, 0x1b, 0x1f),
            muted: RGBColor(0x55, 0x56, 0x5c),
            line: RGBColor(0xd8, 0xd6, 0xcf),
            card: RGBColor(0xff, 0xff, 0xff),
            focus: RGBColor(0xb3, 0x41, 0x0e),
            us: RGBColor(0x1f, 0x5f, 0xa8),
            ua: RGBColor(0xa0, 0x79, 0x00),
            kr: RGBColor(0xb3, 0x26, 0x1e),
            other: RGBColor(0x5b, 0x5b, 0x66),
        }
    }
}

impl Colours {
    /// The colour of a claimant.
    pub fn of(&self, p: Palette) -> RGBColor {
        match p {
            Palette::Us => self.us,
            Palette::Ukraine => self.ua,
            Palette::SouthKorea => self.kr,
            Palette::Other => self.other,
        }
    }
}

/// Parses "#1f5fa8", "#abc" or "rgb(31, 95, 168)"; anything else is `None`.
pub fn parse_colour(css: &str) -> Option<RGBColor> {
    let s = css.trim();
    if let Some(hex) = s.strip_prefix('#') {
        let digits: Vec<u8> = hex
            .chars()
            .map(|c| c.to_digit(16).map(|d| d as u8))
            .collect::<Option<_>>()?;
        return match digits.as_slice() {
            [r, g, b] => Some(RGBColor(r * 17, g * 17, b * 17)),
            [r1, r2, g1, g2, b1, b2] => Some(RGBColor(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
            _ => None,
        };
    }
    let inner = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<u8> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [r, g, b] => Some(RGBColor(*r, *g, *b)),
        _ => None,
    }
}

/// What a chart highlights: the estimate under the pointer or focus, and the one selected app-wide.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    pub active: Option<usize>,
    pub selected: Option<usize>,
}

/// Everything a draw needs besides the canvas.
pub struct Scene<'a> {
    pub estimates: &'a [Estimate],
    pub colours: Colours,
    /// Device pixels per CSS pixel.
    pub scale: f64,
    pub highlight: Highlight,
}

/// Where estimate `index` was drawn, in CSS pixels from the canvas' top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Display height in CSS pixels of the comparison chart for `n` estimates.
pub fn comparison_height(n: usize) -> f64 {
    24.0 + 56.0 * n.max(1) as f64 + 40.0
}
/// Display height of the timeline.
pub const TIMELINE_HEIGHT: f64 = 260.0;
/// Display height of the composition chart.
pub const COMPOSITION_HEIGHT: f64 = 150.0;

type DrawResult<T> = Result<T, String>;

fn fail<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

/// A round axis maximum at or above `v` (1, 1,2, 1,5, 2, 2,5 … × 10ⁿ).
pub fn nice_max(v: f64) -> f64 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf(v.log10().floor());
    [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|s| s * magnitude)
        .find(|m| *m >= v)
        .unwrap_or(10.0 * magnitude)
}

fn font(size: f64, scale: f64, colour: RGBColor) -> TextStyle<'static> {
    ("sans-serif", size * scale).into_font().color(&colour)
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

/// Diagonal hatching inside a rectangle (device pixels).
fn hatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    step: i32,
    style: ShapeStyle,
) -> DrawResult<()> {
    let h = y1 - y0;
    let mut k = x0 - h;
    while k < x1 {
        let sx = k.max(x0);
        let ex = (k + h).min(x1);
        if sx < ex {
            let p0 = (sx, y1 - (sx - k));
            let p1 = (ex, y1 - (ex - k));
            area.draw(&PathElement::new(vec![p0, p1], style))
                .map_err(fail)?;
        }
        k += step.max(2);
    }
    Ok(())
}

/// A dashed straight line (device pixels).
fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    from: (i32, i32),
    to: (i32, i32),
    dash: f64,
    style: ShapeStyle,
) -> DrawResult<()> {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let len = dx.hypot(dy);
    if len < 1.0 {
        return Ok(());
    }
    let mut t = 0.0;
    while t < len {
        let e = (t + dash).min(len);
        let a = (from.0 + px(dx * t / len), from.1 + px(dy * t / len));
        let b = (from.0 + px(dx * e / len), from.1 + px(dy * e / len));
        area.draw(&PathElement::new(vec![a, b], style))
            .map_err(fail)?;
        t += dash * 2.0;
    }
    Ok(())
}

fn dashed_rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    dash: f64,
    style: ShapeStyle,
) -> DrawResult<()> {
    dashed(area, (x0, y0), (x1, y0), dash, style)?;
    dashed(area, (x1, y0), (x1, y1), dash, style)?;
    dashed(area, (x1, y1), (x0, y1), dash, style)?;
    dashed(area, (x0, y1), (x0, y0), dash, style)
}

fn outline<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
    style: ShapeStyle,
) -> DrawResult<()> {
    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], style))
        .map_err(fail)
}

fn to_hit(index: usize, (x0, y0): (i32, i32), (x1, y1): (i32, i32), scale: f64) -> Hit {
    let (l, r) = (x0.min(x1), x0.max(x1));
    let (t, b) = (y0.min(y1), y0.max(y1));
    Hit {
        index,
        x: f64::from(l) / scale,
        y: f64::from(t) / scale,
        w: f64::from(r - l) / scale,
        h: f64::from(b - t) / scale,
    }
}

/// Comparison: one horizontal bar per estimate. Approximate values are solid
/// with a "≈" at the end; upper bounds ("bis zu") light with a cap at the
/// bound; lower bounds open to the right; forecasts hatched with a dashed outline.
pub fn comparison(canvas: &HtmlCanvasElement, scene: &Scene) -> DrawResult<Vec<Hit>> {
    let s = scene.scale;
    let c = scene.colours;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("kein Canvas-Kontext")?;
    let root = backend.into_drawing_area();
    root.fill(&c.card).map_err(fail)?;
    let list = scene.estimates;
    let n = list.len().max(1);
    let width_css = f64::from(canvas.width()) / s;
    let label_w = (width_css * 0.36).clamp(104.0, 230.0);
    let xmax = nice_max(list.iter().map(Estimate::high).fold(0.0, f64::max) * 1.04);
    let ticks = if width_css < 420.0 { 3 } else { 5 };
    let formatter = |v: &f64| format::number(*v);
    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(16.0 * s))
        .margin_right(px(24.0 * s))
        .margin_left(px(8.0 * s))
        .x_label_area_size(px(30.0 * s))
        .y_label_area_size(px(label_w * s))
        .build_cartesian_2d(0f64..xmax, 0f64..n as f64)
        .map_err(fail)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .x_labels(ticks)
        .x_label_formatter(&formatter)
        .label_style(font(12.0, s, c.muted))
        .axis_style(c.muted.stroke_width(px(s).max(1) as u32))
        .bold_line_style(c.line.stroke_width(px(s).max(1) as u32))
        .light_line_style(TRANSPARENT)
        .draw()
        .map_err(fail)?;
    let thin = px(s).max(1) as u32;
    let mut hits = Vec::with_capacity(list.len());
    for (i, e) in list.iter().enumerate() {
        let band = (n - 1 - i) as f64;
        let colour = c.of(e.source.palette);
        let lo = if e.upper.is_some() { e.value } else { 0.0 };
        let p0 = chart.backend_coord(&(lo, band + 0.78));
        let p1 = chart.backend_coord(&(e.high(), band + 0.22));
        let (tl, br) = ((p0.0, p1.1.min(p0.1)), (p1.0, p1.1.max(p0.1)));
        if e.forecast {
            root.draw(&Rectangle::new([tl, br], colour.mix(0.12).filled()))
                .map_err(fail)?;
            hatch(&root, tl, br, px(7.0 * s), colour.stroke_width(thin))?;
            dashed_rect(
                &root,
                tl,
                br,
                5.0 * s,
                colour.stroke_width(px(1.5 * s).max(1) as u32),
            )?;
        } else {
            match e.qualifier {
                Qualifier::UpTo | Qualifier::LessThan => {
                    root.draw(&Rectangle::new([tl, br], colour.mix(0.25).filled()))
                        .map_err(fail)?;
                    outline(&root, tl, br, colour.stroke_width(thin))?;
                    let cap = px(3.0 * s);
                    let (top, bottom) = (tl.1 - px(5.0 * s), br.1 + px(5.0 * s));
                    root.draw(&Rectangle::new(
                        [(br.0 - cap, top), (br.0, bottom)],
                        colour.filled(),
                    ))
                    .map_err(fail)?;
                }
                Qualifier::AtLeast | Qualifier::MoreThan => {
                    root.draw(&Rectangle::new([tl, br], colour.filled()))
                        .map_err(fail)?;
                    let mid = (tl.1 + br.1) / 2;
                    let end = chart.backend_coord(&(xmax, band)).0;
                    dashed(
                        &root,
                        (br.0, mid),
                        (end, mid),
                        4.0 * s,
                        colour.stroke_width(px(2.0 * s) as u32),
                    )?;
                }
                Qualifier::Exact | Qualifier::Approximate => {
                    root.draw(&Rectangle::new([tl, br], colour.filled()))
                        .map_err(fail)?;
                }
            }
        }
        let marker = match (e.forecast, e.qualifier) {
            (_, Qualifier::Approximate) => "≈",
            (_, Qualifier::UpTo | Qualifier::LessThan) => "≤",
            (_, Qualifier::AtLeast | Qualifier::MoreThan) => "≥",
            (true, _) => "→",
            _ => "",
        };
        if !marker.is_empty() {
            let style = font(15.0, s, c.fg).pos(Pos::new(HPos::Left, VPos::Center));
            root.draw(&Text::new(
                marker.to_string(),
                (br.0 + px(6.0 * s), (tl.1 + br.1) / 2),
                style,
            ))
            .map_err(fail)?;
        }
        let sel = scene.highlight.selected == Some(i);
        let act = scene.highlight.active == Some(i);
        if sel || act {
            let pad = px(3.0 * s);
            let (a, b) = ((tl.0 - pad, tl.1 - pad), (br.0 + pad, br.1 + pad));
            let colour = if sel { c.focus } else { c.fg };
            outline(
                &root,
                a,
                b,
                colour.stroke_width(px(if sel { 3.0 } else { 2.0 } * s) as u32),
            )?;
        }
        let label_x = px(8.0 * s);
        let mid = (tl.1 + br.1) / 2;
        // Long names wrap onto two lines, then shrink, rather than run into the bars.
        let room = label_w - 14.0;
        let lines = label_lines(&e.source.label, room);
        let longest = lines
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(1)
            .max(1);
        let size = (room / (longest as f64 * 0.6)).clamp(9.0, 13.0);
        let name = font(size, s, c.fg).pos(Pos::new(HPos::Left, VPos::Bottom));
        let value = font(12.5, s, colour).pos(Pos::new(HPos::Left, VPos::Top));
        let mut value_text = e.value_text();
        if e.forecast {
            value_text.push_str(" (Prognose)");
        }
        for (k, line) in lines.iter().rev().enumerate() {
            let y = mid - px(1.0 * s) - px(k as f64 * size * 1.15 * s);
            root.draw(&Text::new(line.clone(), (label_x, y), name.clone()))
                .map_err(fail)?;
        }
        root.draw(&Text::new(value_text, (label_x, mid + px(2.0 * s)), value))
            .map_err(fail)?;
        // The hit covers the label too, so pointer and focus find the bar by its name.
        hits.push(to_hit(
            i,
            (label_x.min(tl.0), tl.1),
            (br.0 + px(18.0 * s), br.1),
            s,
        ));
    }
    root.present().map_err(fail)?;
    Ok(hits)
}

/// A claimant's name as one line, or two lines split at the space nearest the
/// middle when it would not fit `room` CSS pixels at the normal 13 px size.
fn label_lines(label: &str, room: f64) -> Vec<String> {
    let chars = label.chars().count();
    if (chars as f64) * 0.6 * 13.0 <= room {
        return vec![label.to_string()];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => vec![label[..i].to_string(), label[i + 1..].to_string()],
        None => vec![label.to_string()],
    }
}

/// Timeline: estimates at their time (month/day, no year) and value. Points
/// whose time the article only implies are hollow-ringed; forecasts dashed.
pub fn timeline(canvas: &HtmlCanvasElement, scene: &Scene) -> DrawResult<Vec<Hit>> {
    let s = scene.scale;
    let c = scene.colours;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("kein Canvas-Kontext")?;
    let root = backend.into_drawing_area();
    root.fill(&c.card).map_err(fail)?;
    let placed: Vec<(usize, &Estimate, f64)> = scene
        .estimates
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.when.as_ref().map(|w| (i, e, w.day_of_year())))
        .collect();
    let (first, last) = placed
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), (_, _, d)| {
            (lo.min(*d), hi.max(*d))
        });
    let (from, to) = if placed.is_empty() {
        (273.0, 365.0)
    } else {
        (first - 12.0, (last + 16.0).max(first + 30.0))
    };
    let ymax = nice_max(
        scene
            .estimates
            .iter()
            .map(Estimate::high)
            .fold(0.0, f64::max)
            * 1.1,
    );
    let formatter = |v: &f64| format::number(*v);
    let mut chart = ChartBuilder::on(&root)
        .margin_top(px(14.0 * s))
        .margin_right(px(20.0 * s))
        .margin_left(px(8.0 * s))
        .x_label_area_size(px(30.0 * s))
        .y_label_area_size(px(58.0 * s))
        .build_cartesian_2d(from..to, 0f64..ymax)
        .map_err(fail)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(5)
        .y_label_formatter(&formatter)
        .label_style(font(12.0, s, c.muted))
        .axis_style(c.muted.stroke_width(px(s).max(1) as u32))
        .bold_line_style(c.line.stroke_width(px(s).max(1) as u32))
        .light_line_style(TRANSPARENT)
        .draw()
        .map_err(fail)?;
    // Month starts, then the labels of the times that carry estimates.
    let base = chart.backend_coord(&(from, 0.0)).1;
    let tick = font(12.0, s, c.muted).pos(Pos::new(HPos::Center, VPos::Top));
    for (d, name) in estimates::month_ticks(from, to) {
        let (x, y) = chart.backend_coord(&(d, 0.0));
        dashed(
            &root,
            (x, y),
            (x, chart.backend_coord(&(d, ymax)).1),
            3.0 * s,
            c.line.stroke_width(px(s).max(1) as u32),
        )?;
        let near = placed.iter().any(|(_, _, pd)| (pd - d).abs() < 8.0);
        if !near {
            root.draw(&Text::new(
                name.to_string(),
                (x, base + px(6.0 * s)),
                tick.clone(),
            ))
            .map_err(fail)?;
        }
    }
    let strong = font(12.0, s, c.fg).pos(Pos::new(HPos::Center, VPos::Top));
    let mut labelled: Vec<f64> = Vec::new();
    for (_, e, d) in &placed {
        if labelled.iter().any(|l| (l - d).abs() < 1.0) {
            continue;
        }
        labelled.push(*d);
        let (x, _) = chart.backend_coord(&(*d, 0.0));
        let text = e.when.as_ref().map(|w| w.label()).unwrap_or_default();
        root.draw(&Text::new(text, (x, base + px(6.0 * s)), strong.clone()))
            .map_err(fail)?;
    }
    let r = px(6.0 * s);
    let plot_right = chart.backend_coord(&(to, 0.0)).0;
    let mut hits = Vec::new();
    for (i, e, d) in &placed {
        let colour = c.of(e.source.palette);
        let (x, y) = chart.backend_coord(&(*d, e.high()));
        match (e.forecast, e.qualifier) {
            (true, _) => {
                // From the article's time to the horizon: a projection, not a measurement.
                if let Some(start) = scene
                    .estimates
                    .iter()
                    .filter(|o| !o.forecast)
                    .filter_map(|o| o.when.as_ref())
                    .map(|w| w.day_of_year())
                    .reduce(f64::max)
                {
                    let (sx, _) = chart.backend_coord(&(start, e.high()));
                    dashed(
                        &root,
                        (sx, y),
                        (x, y),
                        5.0 * s,
                        colour.stroke_width(px(2.0 * s) as u32),
                    )?;
                }
                root.draw(&Circle::new((x, y), r, c.card.filled()))
                    .map_err(fail)?;
                root.draw(&Circle::new(
                    (x, y),
                    r,
                    colour.stroke_width(px(2.5 * s) as u32),
                ))
                .map_err(fail)?;
            }
            (false, Qualifier::UpTo | Qualifier::LessThan) => {
                // "bis zu": a cap at the bound and a fading whisker below it.
                let (_, y0) = chart.backend_coord(&(*d, 0.0));
                dashed(
                    &root,
                    (x, y),
                    (x, y0),
                    3.0 * s,
                    colour.mix(0.7).stroke_width(px(2.0 * s) as u32),
                )?;
                root.draw(&Rectangle::new(
                    [
                        (x - r - px(2.0 * s), y - px(1.5 * s)),
                        (x + r + px(2.0 * s), y + px(1.5 * s)),
                    ],
                    colour.filled(),
                ))
                .map_err(fail)?;
            }
            _ => {
                root.draw(&Circle::new((x, y), r, colour.filled()))
                    .map_err(fail)?;
            }
        }
        if scene.highlight.selected == Some(*i) || scene.highlight.active == Some(*i) {
            let colour = if scene.highlight.selected == Some(*i) {
                c.focus
            } else {
                c.fg
            };
            root.draw(&Circle::new(
                (x, y),
                r + px(4.0 * s),
                colour.stroke_width(px(2.5 * s) as u32),
            ))
            .map_err(fail)?;
        }
        let text = format!("{}: {}", e.source.label, e.value_text());
        let right = x + px(12.0 * s) + px(text.chars().count() as f64 * 6.6 * s) < plot_right;
        // Labels that must go left sit below the point, clear of any dashed lead-in.
        let (pos, at) = if right {
            (Pos::new(HPos::Left, VPos::Center), (x + px(12.0 * s), y))
        } else {
            (
                Pos::new(HPos::Right, VPos::Top),
                (x + px(4.0 * s), y + r + px(6.0 * s)),
            )
        };
        root.draw(&Text::new(text, at, font(12.5, s, c.fg).pos(pos)))
            .map_err(fail)?;
        hits.push(to_hit(
            *i,
            (x - r - px(6.0 * s), y - r - px(6.0 * s)),
            (x + r + px(6.0 * s), y + r + px(6.0 * s)),
            s,
        ));
    }
    root.present().map_err(fail)?;
    Ok(hits)
}

/// Composition: one bar to scale for the whole estimate; its parts at their
/// true width from the left, with call-outs, because the smallest ones are
/// thinner than a pixel.
pub fn composition(
    canvas: &HtmlCanvasElement,
    scene: &Scene,
    index: usize,
) -> DrawResult<Vec<Hit>> {
    let s = scene.scale;
    let c = scene.colours;
    let Some(e) = scene.estimates.get(index) else {
        return Ok(Vec::new());
    };
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("kein Canvas-Kontext")?;
    let root = backend.into_drawing_area();
    root.fill(&c.card).map_err(fail)?;
    let (w, _) = root.dim_in_pixel();
    let colour = c.of(e.source.palette);
    let total = e.high().max(1.0);
    let (left, right) = (px(12.0 * s), w as i32 - px(12.0 * s));
    let (top, bottom) = (px(84.0 * s), px(112.0 * s));
    let span = f64::from(right - left);
    root.draw(&Rectangle::new(
        [(left, top), (right, bottom)],
        colour.mix(0.25).filled(),
    ))
    .map_err(fail)?;
    root.draw(&Rectangle::new(
        [(left, top), (right, bottom)],
        colour.stroke_width(px(s).max(1) as u32),
    ))
    .map_err(fail)?;
    let mut x = f64::from(left);
    let label = font(12.5, s, c.fg);
    let count = e.parts.len().max(1) as i32;
    for (k, part) in e.parts.iter().enumerate() {
        let width = (part.value / total * span).max(0.0);
        let drawn = width.max(2.0 * s);
        let (x0, x1) = (px(x), px(x + drawn));
        root.draw(&Rectangle::new([(x0, top), (x1, bottom)], colour.filled()))
            .map_err(fail)?;
        let share = part.value / total * 100.0;
        let mut text = format!("{} ({} %)", part.text, format::number(share));
        if width < 1.5 * s {
            text.push_str(" – schmaler als ein Pixel, Strich vergrößert");
        }
        // Call-outs stagger upwards so they never overlap.
        let ly = top - px(10.0 * s) - (count - 1 - k as i32) * px(22.0 * s);
        let mid = (x0 + x1) / 2;
        root.draw(&PathElement::new(
            vec![(mid, top), (mid, ly), (mid + px(8.0 * s), ly)],
            c.fg.stroke_width(px(s).max(1) as u32),
        ))
        .map_err(fail)?;
        root.draw(&Text::new(
            text,
            (mid + px(12.0 * s), ly),
            label.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(fail)?;
        x += width;
    }
    let scale_text = format!(
        "Balken maßstabsgetreu: ganze Breite = {} {}",
        e.value_text(),
        e.counted
    );
    root.draw(&Text::new(
        scale_text,
        (left, bottom + px(10.0 * s)),
        font(12.0, s, c.muted).pos(Pos::new(HPos::Left, VPos::Top)),
    ))
    .map_err(fail)?;
    if scene.highlight.selected == Some(index) || scene.highlight.active == Some(index) {
        let colour = if scene.highlight.selected == Some(index) {
            c.focus
        } else {
            c.fg
        };
        let pad = px(3.0 * s);
        outline(
            &root,
            (left - pad, top - pad),
            (right + pad, bottom + pad),
            colour.stroke_width(px(2.5 * s) as u32),
        )?;
    }
    root.present().map_err(fail)?;
    Ok(vec![to_hit(index, (left, top), (right, bottom), s)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_or_refuse() {
        assert_eq!(parse_colour(""), None);
        assert_eq!(parse_colour("#1f5fa8"), Some(RGBColor(0x1f, 0x5f, 0xa8)));
        assert_eq!(parse_colour(" #fff "), Some(RGBColor(255, 255, 255)));
        assert_eq!(parse_colour("rgb(1, 2, 3)"), Some(RGBColor(1, 2, 3)));
        assert_eq!(parse_colour("#12345"), None);
        assert_eq!(parse_colour("blue"), None);
    }

    #[test]
    fn long_labels_wrap_at_the_middle_space() {
        assert_eq!(label_lines("", 100.0), vec![String::new()]);
        assert_eq!(
            label_lines("US-Beamte", 200.0),
            vec!["US-Beamte".to_string()]
        );
        assert_eq!(
            label_lines("Südkoreanischer Geheimdienst", 120.0),
            vec!["Südkoreanischer".to_string(), "Geheimdienst".to_string()]
        );
        assert_eq!(label_lines("Langesnameohneleerzeichen", 50.0).len(), 1);
    }

    #[test]
    fn axis_maxima_are_round() {
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(f64::NAN), 1.0);
        assert_eq!(nice_max(12_480.0), 15_000.0);
        assert_eq!(nice_max(10_000.0), 10_000.0);
        assert_eq!(nice_max(3_100.0), 4_000.0);
    }
}
