//! The three estimate charts as pure drawing code: no web APIs, so the
//! same functions draw on `plotters_canvas::CanvasBackend` in the browser and
//! on plotters' `SVGBackend` at build time.
//!
//! Each chart is laid out first, in CSS pixels, into a [`Plan`] (shapes and
//! labels), and only then painted onto a backend by [`paint`]. Every layout
//! decision (label side, wrapping, whether a label fits) uses the
//! deterministic [`text_width`] estimate, never a backend's measurement, so
//! SVG and canvas agree and host tests can check the very boxes that get drawn.
use crate::estimates::{group_name, Estimate, GROUP_COLOURS};
use crate::format;
pub use crate::i18n::{tr, Lang};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub mod comparison;
pub mod composition;
pub mod timeline;

/// Colours read from the page's CSS variables at draw time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colours {
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub line: RGBColor,
    pub card: RGBColor,
    pub focus: RGBColor,
    /// The claimant groups' colours (`--group-1` …), in group order.
    pub groups: [RGBColor; GROUP_COLOURS],
    /// Claimants in no group (`--group-other`).
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
            groups: [
                RGBColor(0x1f, 0x5f, 0xa8),
                RGBColor(0x8a, 0x68, 0x00),
                RGBColor(0xb3, 0x26, 0x1e),
                RGBColor(0x00, 0x76, 0x6a),
            ],
            other: RGBColor(0x5b, 0x5b, 0x66),
        }
    }
}

impl Colours {
    /// The colour of a claimant group (`None`, or a group past the last colour: the shared one).
    pub fn of(&self, group: Option<usize>) -> RGBColor {
        group
            .and_then(|g| self.groups.get(g))
            .copied()
            .unwrap_or(self.other)
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

/// The backend a scene is painted on. plotters' SVG backend writes every
/// font size divided by 1.24; [`Target::Svg`] compensates, so text has the
/// same CSS size in the SVG as on the canvas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    #[default]
    Canvas,
    Svg,
}

/// Everything a draw needs besides the drawing area.
#[derive(Clone, Copy, Debug)]
pub struct Scene<'a> {
    pub estimates: &'a [Estimate],
    pub colours: Colours,
    /// Device pixels per CSS pixel (1 for SVG).
    pub scale: f64,
    pub highlight: Highlight,
    /// The interface language of every text drawn.
    pub lang: Lang,
    pub target: Target,
}

impl<'a> Scene<'a> {
    /// A scene in the light theme, without highlight, at scale 1 (for SVG and tests).
    pub fn new(estimates: &'a [Estimate], lang: Lang, target: Target) -> Self {
        Scene {
            estimates,
            colours: Colours::default(),
            scale: 1.0,
            highlight: Highlight::default(),
            lang,
            target,
        }
    }
}

/// Where estimate `index` was drawn, in CSS pixels from the chart's top left.
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

/// Which chart to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    Comparison,
    Timeline,
    /// The composition of estimate `usize`.
    Composition(usize),
}

impl Chart {
    /// Display height in CSS pixels for a list of `n` estimates.
    pub fn height(self, n: usize) -> f64 {
        match self {
            Chart::Comparison => comparison_height(n),
            Chart::Timeline => TIMELINE_HEIGHT,
            Chart::Composition(_) => COMPOSITION_HEIGHT,
        }
    }
    /// The charts `list` gets, in page order: the comparison, the timeline
    /// and, when an estimate states parts, the composition of the largest.
    pub fn all(list: &[Estimate]) -> Vec<Chart> {
        let mut out = vec![Chart::Comparison, Chart::Timeline];
        out.extend(crate::estimates::largest_with_parts(list).map(Chart::Composition));
        out
    }
    /// The `data-chart` name: "vergleich", "zeitverlauf", "zusammensetzung".
    pub fn name(self) -> &'static str {
        match self {
            Chart::Comparison => "vergleich",
            Chart::Timeline => "zeitverlauf",
            Chart::Composition(_) => "zusammensetzung",
        }
    }
    /// The chart's text alternative (its `aria-label`) in `lang`; `counted`
    /// is the comparison's counted phrase (German, English).
    pub fn summary(self, list: &[Estimate], counted: &crate::story::Pair, lang: Lang) -> String {
        match self {
            Chart::Comparison => crate::estimates::summary(list, counted, lang),
            Chart::Timeline => crate::estimates::timeline_summary(list, lang),
            Chart::Composition(i) => list
                .get(i)
                .map(|e| crate::estimates::composition_summary(e, lang))
                .unwrap_or_default(),
        }
    }
    /// The chart laid out `width` CSS pixels wide.
    pub fn layout(self, scene: &Scene, width: f64) -> Plan {
        match self {
            Chart::Comparison => comparison::layout(scene, width),
            Chart::Timeline => timeline::layout(scene, width),
            Chart::Composition(i) => composition::layout(scene, i, width),
        }
    }
    /// Draws the chart on `root`; returns what was drawn: where each
    /// estimate landed ([`Plan::hits`], in CSS pixels) and every label.
    pub fn draw<DB: DrawingBackend>(
        self,
        root: &DrawingArea<DB, Shift>,
        scene: &Scene,
    ) -> Result<Plan, String> {
        let plan = self.layout(scene, css_width(root, scene));
        paint(root, &plan, scene)?;
        Ok(plan)
    }
}

/// The chart as an SVG document `width` CSS pixels wide and
/// [`Chart::height`] high (`width`/`height` attributes in px and a matching
/// `viewBox`). Use a scene with [`Target::Svg`] and scale 1.
pub fn svg(chart: Chart, scene: &Scene, width: f64) -> String {
    let w = width.round().max(1.0) as u32;
    let h = chart.height(scene.estimates.len()).round() as u32;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        let scene = Scene {
            scale: 1.0,
            target: Target::Svg,
            ..*scene
        };
        if let Err(e) = chart.draw(&root, &scene) {
            return format!("<!-- {} -->", e.replace("--", "- -"));
        }
    }
    round_font_sizes(&out)
}

/// [`svg`] made to sit in the page like the canvas that replaces it: full
/// width, the chart's CSS height ([`Chart::height`]) as the `height`
/// attribute, the drawing scaled down (never up) and anchored top left when
/// the page is narrower (or wider) than `width`, so the box is
/// `100% × height` at any width, as the live canvas (width 100%, bitmap
/// aspect width × height) is. The root gets `class="chart-svg"` and every
/// shape a class per theme colour (`f-group-1`, `s-muted` …), so [`SVG_THEME_CSS`]
/// repaints it in the page's current theme (dark mode) without JavaScript.
pub fn svg_fluid(chart: Chart, scene: &Scene, width: f64) -> String {
    let out = svg(chart, scene, width);
    let w = width.round().max(1.0) as u32;
    let h = chart.height(scene.estimates.len()).round() as u32;
    let out = out.replacen(
        &format!("<svg width=\"{w}\" height=\"{h}\""),
        &format!(
            "<svg class=\"chart-svg\" width=\"100%\" height=\"{h}\" preserveAspectRatio=\"xMinYMin meet\""
        ),
        1,
    );
    merge_polylines(&theme_classes(&out, &scene.colours))
}

/// [`svg_fluid`] in both interface languages, for a page that switches
/// language by CSS (`.l-de` / `.l-en`, see `page::tr`). The shapes do not
/// depend on the language, so they are written once, and so is every text
/// drawn the same in both; the other texts are written twice, each `<text>`
/// with the class of its language (the English ones last, above every shape). Should a layout ever differ by language, the
/// result is two whole SVGs, each with its language class.
pub fn svg_fluid_both(chart: Chart, scene: &Scene, width: f64) -> String {
    let de = svg_fluid(
        chart,
        &Scene {
            lang: Lang::De,
            ..*scene
        },
        width,
    );
    let en = svg_fluid(
        chart,
        &Scene {
            lang: Lang::En,
            ..*scene
        },
        width,
    );
    let (de_parts, en_parts) = (svg_elements(&de), svg_elements(&en));
    fn is_text(e: &str) -> bool {
        e.starts_with("<text")
    }
    let shapes = |parts: &[&str]| -> Vec<String> {
        parts
            .iter()
            .filter(|e| !is_text(e))
            .map(|e| e.to_string())
            .collect()
    };
    if shapes(&de_parts) != shapes(&en_parts) {
        return format!(
            "{}{}",
            with_class(&de, "<svg", "l-de"),
            with_class(&en, "<svg", "l-en")
        );
    }
    // A text drawn the same in both languages (axis values, names) is written once, without a class.
    let mut english: Vec<Option<&str>> = en_parts
        .iter()
        .filter(|e| is_text(e))
        .map(|e| Some(*e))
        .collect();
    let mut out = String::with_capacity(de.len() + en.len() / 3);
    for part in &de_parts {
        if part.starts_with("</svg") {
            for text in english.iter().flatten() {
                out.push_str(&with_class(text, "<text", "l-en"));
            }
        }
        if !is_text(part) {
            out.push_str(part);
        } else if let Some(same) = english.iter_mut().find(|e| **e == Some(*part)) {
            *same = None;
            out.push_str(part);
        } else {
            out.push_str(&with_class(part, "<text", "l-de"));
        }
    }
    out
}

/// The SVG split into its elements as plotters writes them: one line each,
/// a `<text>` element three lines (open tag, text, close tag).
fn svg_elements(svg: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_text = false;
    for (at, line) in svg.split_inclusive('\n').scan(0, |pos, l| {
        let at = *pos;
        *pos += l.len();
        Some((at, l))
    }) {
        if !in_text && line.starts_with("<text") {
            in_text = true;
            start = at;
        }
        if in_text {
            if line.starts_with("</text>") {
                in_text = false;
                out.push(&svg[start..at + line.len()]);
            }
        } else {
            out.push(line);
        }
    }
    if in_text {
        out.push(&svg[start..]);
    }
    out
}

/// `element` (starting with `tag`) with `class` added to its first tag.
fn with_class(element: &str, tag: &str, class: &str) -> String {
    let Some(rest) = element.strip_prefix(tag) else {
        return element.to_string();
    };
    match rest.strip_prefix(" class=\"") {
        Some(after) => format!("{tag} class=\"{class} {after}"),
        None => format!("{tag} class=\"{class}\"{rest}"),
    }
}

/// The theme colours by CSS variable name, as in style/main.css.
fn theme_tokens(c: &Colours) -> Vec<(String, RGBColor)> {
    let mut out: Vec<(String, RGBColor)> = [
        ("fg", c.fg),
        ("muted", c.muted),
        ("line", c.line),
        ("card", c.card),
        ("focus", c.focus),
    ]
    .into_iter()
    .map(|(n, c)| (n.to_owned(), c))
    .collect();
    out.extend(
        c.groups
            .iter()
            .enumerate()
            .map(|(g, colour)| (group_name(Some(g)), *colour)),
    );
    out.push((group_name(None), c.other));
    out
}

/// Rules that paint [`svg_fluid`]'s shapes with the page's CSS variables
/// (`--fg`, `--us` …), overriding the light colours written into the SVG.
/// For the page's stylesheet (no inline styles under the strict CSP).
pub const SVG_THEME_CSS: &str =
    ".chart-svg .f-fg{fill:var(--fg)}.chart-svg .s-fg{stroke:var(--fg)}\
.chart-svg .f-muted{fill:var(--muted)}.chart-svg .s-muted{stroke:var(--muted)}\
.chart-svg .f-line{fill:var(--line)}.chart-svg .s-line{stroke:var(--line)}\
.chart-svg .f-card{fill:var(--card)}.chart-svg .s-card{stroke:var(--card)}\
.chart-svg .f-focus{fill:var(--focus)}.chart-svg .s-focus{stroke:var(--focus)}\
.chart-svg .f-group-1{fill:var(--group-1)}.chart-svg .s-group-1{stroke:var(--group-1)}\
.chart-svg .f-group-2{fill:var(--group-2)}.chart-svg .s-group-2{stroke:var(--group-2)}\
.chart-svg .f-group-3{fill:var(--group-3)}.chart-svg .s-group-3{stroke:var(--group-3)}\
.chart-svg .f-group-4{fill:var(--group-4)}.chart-svg .s-group-4{stroke:var(--group-4)}\
.chart-svg .f-group-other{fill:var(--group-other)}.chart-svg .s-group-other{stroke:var(--group-other)}";

/// Adds `class="f-<token> s-<token>"` to every element whose `fill` or
/// `stroke` is one of the theme colours (plotters writes one element per line).
fn theme_classes(svg: &str, colours: &Colours) -> String {
    let tokens = theme_tokens(colours);
    let token = |attr: &str, line: &str| -> Option<String> {
        let key = format!("{attr}=\"#");
        let at = line.find(&key)? + key.len();
        let hex = line.get(at..at + 6)?;
        tokens.iter().find_map(|(name, c)| {
            (format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2) == hex).then(|| name.clone())
        })
    };
    let mut out = String::with_capacity(svg.len() + svg.len() / 8);
    for line in svg.split_inclusive('\n') {
        let is_shape =
            line.starts_with('<') && !line.starts_with("</") && !line.starts_with("<svg");
        let classes: Vec<String> = [("fill", "f"), ("stroke", "s")]
            .iter()
            .filter_map(|(attr, p)| token(attr, line).map(|t| format!("{p}-{t}")))
            .collect();
        match line.find(' ') {
            Some(space) if is_shape && !classes.is_empty() => {
                out.push_str(&line[..space]);
                out.push_str(&format!(" class=\"{}\"", classes.join(" ")));
                out.push_str(&line[space..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// Runs of consecutive `<polyline>` elements that differ only in their
/// points become one `<path>` of as many subpaths: a dashed line or a
/// hatching is one element instead of dozens, which the browser parses,
/// styles and lays out once. Unfilled subpaths draw exactly as separate
/// polylines do (no joins between them, the same caps).
fn merge_polylines(svg: &str) -> String {
    const POINTS: &str = " points=\"";
    // A polyline line: its attributes without the points, and the points.
    fn split(line: &str) -> Option<(String, &str)> {
        let body = line
            .strip_prefix("<polyline")?
            .trim_end()
            .strip_suffix("/>")?;
        let at = body.find(POINTS)?;
        let rest = &body[at + POINTS.len()..];
        let end = rest.find('"')?;
        let attrs = format!("{}{}", &body[..at], &rest[end + 1..]);
        Some((attrs, &rest[..end]))
    }
    fn subpath(d: &mut String, points: &str) {
        for (i, p) in points.split_whitespace().enumerate() {
            if !d.is_empty() {
                d.push(' ');
            }
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(p);
        }
    }
    let mut out = String::with_capacity(svg.len());
    // The run being merged: attributes, path data, how many polylines, the first line.
    let mut run: Option<(String, String, usize, &str)> = None;
    fn flush(out: &mut String, run: Option<(String, String, usize, &str)>) {
        match run {
            Some((_, _, 1, line)) => out.push_str(line),
            Some((attrs, d, _, _)) => out.push_str(&format!("<path{attrs} d=\"{d}\"/>\n")),
            None => {}
        }
    }
    for line in svg.split_inclusive('\n') {
        match (split(line), run.as_mut()) {
            (Some((attrs, points)), Some((a, d, n, _))) if *a == attrs => {
                subpath(d, points);
                *n += 1;
            }
            (Some((attrs, points)), _) => {
                flush(&mut out, run.take());
                let mut d = String::new();
                subpath(&mut d, points);
                run = Some((attrs, d, 1, line));
            }
            (None, _) => {
                flush(&mut out, run.take());
                out.push_str(line);
            }
        }
    }
    flush(&mut out, run);
    out
}

/// `font-size="13.000000000000002"` → `font-size="13"`: the SVG backend's
/// division by 1.24 leaves float noise that only costs bytes.
fn round_font_sizes(svg: &str) -> String {
    const KEY: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(KEY) {
        let (head, tail) = rest.split_at(at + KEY.len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        match tail[..end].parse::<f64>() {
            Ok(v) => out.push_str(&format!("{}", (v * 100.0).round() / 100.0)),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The width of `text` at `size` CSS pixels in a sans-serif font, estimated
/// from the advance widths of DejaVu Sans (the widest common sans-serif, so
/// the estimate errs towards too wide). Deterministic, so layout decisions are
/// the same on every backend and in tests.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * size
}

/// Advance width of `c` in em.
fn char_em(c: char) -> f64 {
    let base = match c {
        'ä' | 'á' | 'à' | 'â' => 'a',
        'ö' | 'ó' | 'ò' | 'ô' => 'o',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'Ä' => 'A',
        'Ö' => 'O',
        'Ü' => 'U',
        'É' => 'E',
        other => other,
    };
    match base {
        ' ' => 0.32,
        '0'..='9' => 0.636,
        'i' | 'j' | 'l' | 'I' | 'J' | '\'' | '|' | '!' => 0.3,
        '.' | ',' | ':' | ';' => 0.337,
        'f' | 't' | '-' | '/' => 0.39,
        'r' | '(' | ')' | '[' | ']' | '„' | '“' | '”' | '‚' | '‘' | '’' => 0.411,
        's' | 'z' | 'c' | '"' => 0.55,
        'k' | 'v' | 'x' | 'y' => 0.592,
        'a' | 'e' | 'o' => 0.615,
        'b' | 'd' | 'g' | 'h' | 'n' | 'p' | 'q' | 'u' => 0.635,
        'ß' => 0.635,
        'm' => 0.974,
        'w' => 0.818,
        'E' | 'F' | 'L' | 'P' | 'T' | 'Y' | 'S' => 0.635,
        'A' | 'B' | 'K' | 'R' | 'V' | 'X' | 'Z' | 'C' => 0.7,
        'D' | 'G' | 'H' | 'N' | 'O' | 'Q' | 'U' => 0.787,
        'M' => 0.863,
        'W' => 0.989,
        '–' => 0.5,
        '—' => 1.0,
        '%' => 0.95,
        '≈' | '≤' | '≥' | '→' | '=' | '+' | '<' | '>' | '×' => 0.838,
        '·' | '•' => 0.4,
        c if c.is_ascii() => 0.7,
        c if ('\u{2e80}'..='\u{9fff}').contains(&c) => 1.0,
        _ => 0.75,
    }
}

/// Line height of a label of `size`, for boxes and stacking.
pub fn line_height(size: f64) -> f64 {
    size * 1.25
}

/// Splits `text` into lines no wider than `room` at `size`, breaking at
/// spaces, at most `max_lines` lines; `None` when it cannot fit.
pub fn wrap(text: &str, size: f64, room: f64, max_lines: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), size) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    let fits = lines.len() <= max_lines && lines.iter().all(|l| text_width(l, size) <= room);
    fits.then_some(lines)
}

/// The largest of `sizes` (largest first) at which `text` wraps into at
/// most `max_lines` lines no wider than `room`; at the smallest size the
/// lines are cut with "…" so they always fit.
pub fn fit(text: &str, room: f64, sizes: &[f64], max_lines: usize) -> (f64, Vec<String>) {
    for &size in sizes {
        if let Some(lines) = wrap(text, size, room, max_lines.max(1)) {
            return (size, lines);
        }
    }
    let size = sizes.last().copied().unwrap_or(10.0);
    let mut lines = Vec::new();
    let mut rest: Vec<&str> = text.split_whitespace().collect();
    while !rest.is_empty() && lines.len() < max_lines.max(1) {
        let last = lines.len() + 1 == max_lines.max(1);
        let mut take = rest.len();
        if !last {
            while take > 1 && text_width(&rest[..take].join(" "), size) > room {
                take -= 1;
            }
        }
        let line = rest[..take].join(" ");
        rest.drain(..take);
        lines.push(ellipsis(&line, size, room));
    }
    (size, lines)
}

/// `text`, cut at the end with "…" until it is no wider than `room`.
pub fn ellipsis(text: &str, size: f64, room: f64) -> String {
    if text_width(text, size) <= room {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let cut: String = chars.iter().collect::<String>().trim_end().to_string() + "…";
        if text_width(&cut, size) <= room {
            return cut;
        }
    }
    String::new()
}

/// `v` kept between `lo` and `hi`; `lo` wins when the range is empty
/// (a chart narrower than its label), so it never panics like `f64::clamp`.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
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

/// Axis ticks from 0 to `max` (inclusive): the finest round step whose
/// labels, `size` px high and drawn along an axis `length` px long, keep at
/// least `gap` px apart (`vertical`: measured by line height, else by width).
pub fn ticks(max: f64, length: f64, size: f64, gap: f64, vertical: bool) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0 && length > 0.0) {
        return vec![0.0];
    }
    let magnitude = 10f64.powf(max.log10().floor() - 1.0);
    let steps = [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0].map(|s| s * magnitude);
    let room = |v: f64| {
        if vertical {
            line_height(size)
        } else {
            text_width(&format::number(v), size)
        }
    };
    for step in steps {
        let n = (max / step).round();
        if (n * step - max).abs() > step * 1e-6 || n > 12.0 {
            continue;
        }
        let values: Vec<f64> = (0..=n as u32).map(|k| f64::from(k) * step).collect();
        let spacing = length * step / max;
        let widest = values.iter().map(|v| room(*v)).fold(0.0, f64::max);
        if spacing >= widest + gap {
            return values;
        }
    }
    vec![0.0, max]
}

/// Whether a label states data or reads off the axis scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A figure, a name, a time or a note: must come from the article or the interface.
    Data,
    /// A gridline value of the axis scale ("5.000"), not a claim.
    Axis,
}

/// Where a label's `x` is: its left end, its centre or its right end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Left,
    Centre,
    Right,
}

impl Anchor {
    fn pos(self) -> Pos {
        let h = match self {
            Anchor::Left => HPos::Left,
            Anchor::Centre => HPos::Center,
            Anchor::Right => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }
}

/// One line of text, vertically centred on `y`, anchored at `x` by `h`.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub colour: RGBColor,
    pub h: Anchor,
    pub role: Role,
}

/// An axis-aligned box in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }
    /// True when the two boxes share more than a hairline.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 - 0.5 && o.x0 < self.x1 - 0.5 && self.y0 < o.y1 - 0.5 && o.y0 < self.y1 - 0.5
    }
    /// True when `self` lies inside `o`.
    pub fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }
    /// The box grown by `d` on every side.
    pub fn grow(&self, d: f64) -> Rect {
        Rect::new(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)
    }
}

impl Label {
    pub fn new(
        text: impl Into<String>,
        x: f64,
        y: f64,
        size: f64,
        colour: RGBColor,
        h: Anchor,
    ) -> Label {
        Label {
            text: text.into(),
            x,
            y,
            size,
            colour,
            h,
            role: Role::Data,
        }
    }
    /// Marks the label as an axis scale value.
    pub fn axis(mut self) -> Label {
        self.role = Role::Axis;
        self
    }
    /// The box the text takes, from the width estimate and the line height.
    pub fn bbox(&self) -> Rect {
        let w = text_width(&self.text, self.size);
        let x0 = match self.h {
            Anchor::Left => self.x,
            Anchor::Centre => self.x - w / 2.0,
            Anchor::Right => self.x - w,
        };
        let half = line_height(self.size) / 2.0;
        Rect::new(x0, self.y - half, x0 + w, self.y + half)
    }
}

/// One thing to paint, in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A filled rectangle; `alpha` 1 is opaque.
    Fill {
        rect: Rect,
        colour: RGBColor,
        alpha: f64,
    },
    /// A rectangle's outline.
    Frame {
        rect: Rect,
        colour: RGBColor,
        width: f64,
    },
    /// A polyline.
    Line {
        points: Vec<(f64, f64)>,
        colour: RGBColor,
        alpha: f64,
        width: f64,
    },
    /// A circle, filled or stroked with `width`.
    Circle {
        x: f64,
        y: f64,
        r: f64,
        colour: RGBColor,
        fill: bool,
        width: f64,
    },
    Text(Label),
}

/// A laid-out chart: what to paint, in order, and where each estimate is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
    pub hits: Vec<Hit>,
}

impl Plan {
    pub fn new(width: f64, height: f64) -> Plan {
        Plan {
            width,
            height,
            ..Plan::default()
        }
    }
    pub fn push(&mut self, mark: Mark) {
        self.marks.push(mark);
    }
    pub fn text(&mut self, label: Label) {
        self.marks.push(Mark::Text(label));
    }
    pub fn fill(&mut self, rect: Rect, colour: RGBColor, alpha: f64) {
        self.marks.push(Mark::Fill {
            rect,
            colour,
            alpha,
        });
    }
    pub fn frame(&mut self, rect: Rect, colour: RGBColor, width: f64) {
        self.marks.push(Mark::Frame {
            rect,
            colour,
            width,
        });
    }
    pub fn line(&mut self, points: Vec<(f64, f64)>, colour: RGBColor, width: f64) {
        self.marks.push(Mark::Line {
            points,
            colour,
            alpha: 1.0,
            width,
        });
    }
    /// Every label, in paint order.
    pub fn labels(&self) -> impl Iterator<Item = &Label> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text(l) => Some(l),
            _ => None,
        })
    }
    /// The chart's own box.
    pub fn bounds(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width, self.height)
    }
    /// A hit box for estimate `index`.
    pub fn hit(&mut self, index: usize, r: Rect) {
        self.hits.push(Hit {
            index,
            x: r.x0,
            y: r.y0,
            w: r.x1 - r.x0,
            h: r.y1 - r.y0,
        });
    }

    /// A dashed straight line.
    pub fn dashed(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        dash: f64,
        colour: RGBColor,
        alpha: f64,
        width: f64,
    ) {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = dx.hypot(dy);
        if len < 1.0 || dash <= 0.0 {
            return;
        }
        let mut t = 0.0;
        while t < len {
            let e = (t + dash).min(len);
            self.marks.push(Mark::Line {
                points: vec![
                    (from.0 + dx * t / len, from.1 + dy * t / len),
                    (from.0 + dx * e / len, from.1 + dy * e / len),
                ],
                colour,
                alpha,
                width,
            });
            t += dash * 2.0;
        }
    }

    /// A dashed rectangle outline.
    pub fn dashed_rect(&mut self, r: Rect, dash: f64, colour: RGBColor, width: f64) {
        self.dashed((r.x0, r.y0), (r.x1, r.y0), dash, colour, 1.0, width);
        self.dashed((r.x1, r.y0), (r.x1, r.y1), dash, colour, 1.0, width);
        self.dashed((r.x1, r.y1), (r.x0, r.y1), dash, colour, 1.0, width);
        self.dashed((r.x0, r.y1), (r.x0, r.y0), dash, colour, 1.0, width);
    }

    /// Diagonal hatching inside a rectangle, lines `step` apart.
    pub fn hatch(&mut self, r: Rect, step: f64, colour: RGBColor, width: f64) {
        let h = r.y1 - r.y0;
        let step = step.max(2.0);
        let mut k = r.x0 - h;
        while k < r.x1 {
            let sx = k.max(r.x0);
            let ex = (k + h).min(r.x1);
            if sx < ex {
                self.line(
                    vec![(sx, r.y1 - (sx - k)), (ex, r.y1 - (ex - k))],
                    colour,
                    width,
                );
            }
            k += step;
        }
    }
}

/// Paints `plan` onto `root`, whose pixel size is the plan's size times
/// `scene.scale`, and presents it.
pub fn paint<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plan: &Plan,
    scene: &Scene,
) -> Result<(), String> {
    let s = scene.scale;
    let p = |v: f64| (v * s).round() as i32;
    let pt = |(x, y): (f64, f64)| (p(x), p(y));
    let stroke = |w: f64| ((w * s).round() as u32).max(1);
    let font_factor = match scene.target {
        Target::Canvas => 1.0,
        Target::Svg => 1.24,
    };
    root.fill(&scene.colours.card).map_err(fail)?;
    for mark in &plan.marks {
        match mark {
            Mark::Fill {
                rect,
                colour,
                alpha,
            } => root.draw(&Rectangle::new(
                [(p(rect.x0), p(rect.y0)), (p(rect.x1), p(rect.y1))],
                colour.mix(*alpha).filled(),
            )),
            Mark::Frame {
                rect,
                colour,
                width,
            } => root.draw(&Rectangle::new(
                [(p(rect.x0), p(rect.y0)), (p(rect.x1), p(rect.y1))],
                colour.stroke_width(stroke(*width)),
            )),
            Mark::Line {
                points,
                colour,
                alpha,
                width,
            } => root.draw(&PathElement::new(
                points.iter().copied().map(pt).collect::<Vec<_>>(),
                colour.mix(*alpha).stroke_width(stroke(*width)),
            )),
            Mark::Circle {
                x,
                y,
                r,
                colour,
                fill,
                width,
            } => {
                let style = if *fill {
                    colour.filled()
                } else {
                    colour.stroke_width(stroke(*width))
                };
                root.draw(&Circle::new((p(*x), p(*y)), p(*r).max(1), style))
            }
            Mark::Text(l) => {
                let style = ("sans-serif", l.size * s * font_factor)
                    .into_font()
                    .color(&l.colour)
                    .pos(l.h.pos());
                root.draw(&Text::new(l.text.clone(), (p(l.x), p(l.y)), style))
            }
        }
        .map_err(fail)?;
    }
    root.present().map_err(fail)
}

/// The drawing area's width in CSS pixels.
pub fn css_width<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, scene: &Scene) -> f64 {
    f64::from(root.dim_in_pixel().0) / scene.scale.max(0.01)
}

fn fail<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

#[cfg(test)]
mod tests;
