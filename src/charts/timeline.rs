//! Timeline: estimates at their time (month and day, no year) and value.
//! Upper bounds are a cap with a dashed whisker down to zero; forecasts a
//! hollow ring with a dashed lead-in from the latest report. Each point's
//! label goes right, left, above or below it, whichever first fits inside the
//! chart without covering another label or point, on one line or two.
use super::within;
use super::{
    ellipsis, line_height, nice_max, text_width, ticks, tr, Anchor, Label, Mark, Plan, Rect, Scene,
    TIMELINE_HEIGHT,
};
use crate::estimates::{self, Estimate, When};
use crate::format;
use article::Qualifier;
use plotters::prelude::*;

const TOP: f64 = 14.0;
const AXIS_AREA: f64 = 30.0;
const RADIUS: f64 = 6.0;

/// The timeline laid out `width` CSS pixels wide.
pub fn layout(scene: &Scene, width: f64) -> Plan {
    let c = scene.colours;
    let lang = scene.lang;
    let mut plan = Plan::new(width, TIMELINE_HEIGHT);
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
    let bottom = TIMELINE_HEIGHT - AXIS_AREA;
    let y_ticks = ticks(ymax, bottom - TOP, 12.0, 10.0, true);
    let tick_w = y_ticks
        .iter()
        .map(|v| text_width(&format::number(*v), 12.0))
        .fold(0.0, f64::max);
    let left = 8.0 + tick_w + 8.0;
    let right = (width - 20.0).max(left + 1.0);
    let x_of = |d: f64| left + (d - from) / (to - from) * (right - left);
    let y_of = |v: f64| bottom - (v / ymax).clamp(0.0, 1.0) * (bottom - TOP);

    // Value grid and scale on the left.
    let mut taken: Vec<Rect> = Vec::new();
    for v in y_ticks {
        let y = y_of(v);
        plan.line(vec![(left, y), (right, y)], c.line, 1.0);
        let label = Label::new(
            format::number(v),
            left - 6.0,
            y,
            12.0,
            c.muted,
            Anchor::Right,
        )
        .axis();
        taken.push(label.bbox());
        plan.text(label);
    }
    plan.line(vec![(left, TOP), (left, bottom)], c.muted, 1.0);
    plan.line(vec![(left, bottom), (right, bottom)], c.muted, 1.0);

    // Under the axis: the times that carry estimates first, then month starts.
    // The value scale's labels are taken already (a month starting at the
    // left edge would sit on the "0").
    let mut under: Vec<Rect> = taken.clone();
    let mut put_under = |plan: &mut Plan, text: String, x: f64, colour: RGBColor| {
        let half = text_width(&text, 12.0) / 2.0;
        let x = within(x, half + 2.0, width - half - 2.0);
        let label = Label::new(text, x, bottom + 14.0, 12.0, colour, Anchor::Centre);
        let b = label.bbox().grow(3.0);
        if under.iter().all(|u| !u.overlaps(&b)) {
            under.push(b);
            plan.text(label);
        }
    };
    let mut days: Vec<(f64, &When)> = Vec::new();
    for (_, e, d) in &placed {
        if let Some(w) = &e.when {
            if days.iter().all(|(seen, _)| (seen - d).abs() >= 1.0) {
                days.push((*d, w));
            }
        }
    }
    for (d, w) in &days {
        put_under(&mut plan, w.label_in(lang), x_of(*d), c.fg);
    }
    for (d, name) in estimates::month_ticks_in(from, to, lang) {
        let x = x_of(d);
        plan.dashed((x, bottom), (x, TOP), 3.0, c.line, 1.0, 1.0);
        if days.iter().all(|(pd, _)| (pd - d).abs() >= 8.0) {
            put_under(&mut plan, name.to_string(), x, c.muted);
        }
    }

    // Points, with their leads and whiskers.
    let latest_report = scene
        .estimates
        .iter()
        .filter(|o| !o.forecast)
        .filter_map(|o| o.when.as_ref())
        .map(|w| w.day_of_year())
        .reduce(f64::max);
    let mut points: Vec<(usize, &Estimate, f64, f64)> = Vec::new();
    for (i, e, d) in &placed {
        let colour = c.of(e.source.group);
        let (x, y) = (x_of(*d), y_of(e.high()));
        points.push((*i, e, x, y));
        taken.push(Rect::new(
            x - RADIUS - 2.0,
            y - RADIUS - 2.0,
            x + RADIUS + 2.0,
            y + RADIUS + 2.0,
        ));
        match (e.forecast, e.qualifier) {
            (true, _) => {
                // From the article's time to the horizon: a projection, not a measurement.
                if let Some(start) = latest_report {
                    let sx = x_of(start);
                    plan.dashed((sx, y), (x, y), 5.0, colour, 1.0, 2.0);
                    taken.push(Rect::new(sx.min(x), y - 2.0, sx.max(x), y + 2.0));
                }
                plan.push(circle(x, y, RADIUS, c.card, true, 0.0));
                plan.push(circle(x, y, RADIUS, colour, false, 2.5));
            }
            (false, Qualifier::UpTo | Qualifier::LessThan) => {
                // "bis zu": a cap at the bound and a whisker down to zero.
                plan.dashed((x, y), (x, bottom), 3.0, colour, 0.7, 2.0);
                taken.push(Rect::new(x - 2.0, y, x + 2.0, bottom));
                plan.fill(
                    Rect::new(x - RADIUS - 2.0, y - 1.5, x + RADIUS + 2.0, y + 1.5),
                    colour,
                    1.0,
                );
            }
            _ => plan.push(circle(x, y, RADIUS, colour, true, 0.0)),
        }
        let sel = scene.highlight.selected == Some(*i);
        if sel || scene.highlight.active == Some(*i) {
            let colour = if sel { c.focus } else { c.fg };
            plan.push(circle(x, y, RADIUS + 4.0, colour, false, 2.5));
        }
        let reach = RADIUS + 6.0;
        plan.hit(*i, Rect::new(x - reach, y - reach, x + reach, y + reach));
    }

    // Labels, each where it first fits.
    let region = Rect::new(2.0, 2.0, width - 2.0, bottom - 2.0);
    for (_, e, x, y) in points {
        let head = format!("{}:", e.source.label_in(lang));
        let mut value = e.value_text_in(lang);
        if e.forecast {
            value.push_str(&format!(" ({})", tr(lang, "Prognose", "forecast")));
        }
        let labels = place(&head, &value, (x, y), region, &taken, c.fg);
        for l in labels {
            taken.push(l.bbox().grow(2.0));
            plan.text(l);
        }
    }
    plan
}

fn circle(x: f64, y: f64, r: f64, colour: RGBColor, fill: bool, width: f64) -> Mark {
    Mark::Circle {
        x,
        y,
        r,
        colour,
        fill,
        width,
    }
}

/// The label "head value" for the point at `at`: on one line or two (broken
/// after the head), at 12.5 px, then smaller, right of the point, left of it,
/// above or below, whichever first lies in `region` clear of `taken`. When
/// nothing fits, two lines below (or above) the point, clamped into `region`.
fn place(
    head: &str,
    value: &str,
    (x, y): (f64, f64),
    region: Rect,
    taken: &[Rect],
    colour: RGBColor,
) -> Vec<Label> {
    let one = vec![format!("{head} {value}")];
    let two = vec![head.to_string(), value.to_string()];
    let gap = RADIUS + 6.0;
    for size in [12.5, 11.5, 10.5] {
        for lines in [&one, &two] {
            let bw = lines
                .iter()
                .map(|l| text_width(l, size))
                .fold(0.0, f64::max);
            let bh = line_height(size) * lines.len() as f64;
            let centred_x = within(x - bw / 2.0, region.x0, region.x1 - bw);
            let spots = [
                (x + gap, y - bh / 2.0),
                (x - gap - bw, y - bh / 2.0),
                (centred_x, y - gap - bh),
                (centred_x, y + gap),
            ];
            for (x0, y0) in spots {
                let block = Rect::new(x0, y0, x0 + bw, y0 + bh);
                if block.inside(&region) && taken.iter().all(|t| !t.overlaps(&block)) {
                    return block_labels(lines, block, size, colour);
                }
            }
        }
    }
    // Nothing fits clear of everything: two lines, cut to the region's width.
    let size = 10.5;
    let room = region.x1 - region.x0;
    let lines: Vec<String> = two.iter().map(|l| ellipsis(l, size, room)).collect();
    let bw = lines
        .iter()
        .map(|l| text_width(l, size))
        .fold(0.0, f64::max);
    let bh = line_height(size) * 2.0;
    let x0 = within(x - bw / 2.0, region.x0, region.x1 - bw);
    let y0 = if y + gap + bh <= region.y1 {
        y + gap
    } else {
        (y - gap - bh).max(region.y0)
    };
    block_labels(&lines, Rect::new(x0, y0, x0 + bw, y0 + bh), size, colour)
}

fn block_labels(lines: &[String], block: Rect, size: f64, colour: RGBColor) -> Vec<Label> {
    let lh = line_height(size);
    lines
        .iter()
        .enumerate()
        .map(|(k, l)| {
            Label::new(
                l.clone(),
                block.x0,
                block.y0 + lh * (k as f64 + 0.5),
                size,
                colour,
                Anchor::Left,
            )
        })
        .collect()
}
