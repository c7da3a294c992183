//! Comparison: one horizontal bar per estimate. Approximate values are solid
//! with a "≈" at the end; upper bounds ("bis zu") light with a cap at the
//! bound; lower bounds open to the right; forecasts hatched with a dashed
//! outline. Claimant names and values sit in a column on the left; long names
//! wrap onto two lines, then shrink.
use super::within;
use super::{
    comparison_height, fit, line_height, nice_max, text_width, ticks, tr, Anchor, Label, Plan,
    Rect, Scene,
};
use crate::estimates::Estimate;
use crate::format;
use article::Qualifier;

const TOP: f64 = 16.0;
const ROW: f64 = 56.0;
const LABEL_X: f64 = 8.0;
const RIGHT_MARGIN: f64 = 24.0;

/// The comparison laid out `width` CSS pixels wide.
pub fn layout(scene: &Scene, width: f64) -> Plan {
    let c = scene.colours;
    let list = scene.estimates;
    let n = list.len().max(1);
    let mut plan = Plan::new(width, comparison_height(list.len()));
    let label_w = (width * 0.36).clamp(104.0, 230.0);
    let (left, right) = (
        LABEL_X + label_w,
        (width - RIGHT_MARGIN).max(LABEL_X + label_w + 1.0),
    );
    let bottom = TOP + ROW * n as f64;
    let xmax = nice_max(list.iter().map(Estimate::high).fold(0.0, f64::max) * 1.04);
    let x_of = |v: f64| left + (v / xmax).clamp(0.0, 1.0) * (right - left);

    // Grid, axis and tick labels.
    for v in ticks(xmax, right - left, 12.0, 12.0, false) {
        let x = x_of(v);
        plan.line(vec![(x, TOP), (x, bottom)], c.line, 1.0);
        let text = format::number(v);
        let half = text_width(&text, 12.0) / 2.0;
        let x = within(x, half + 2.0, width - half - 2.0);
        plan.text(Label::new(text, x, bottom + 14.0, 12.0, c.muted, Anchor::Centre).axis());
    }
    plan.line(vec![(left, TOP), (left, bottom)], c.muted, 1.0);
    plan.line(vec![(left, bottom), (right, bottom)], c.muted, 1.0);

    let room = label_w - 14.0;
    for (i, e) in list.iter().enumerate() {
        let colour = c.of(e.source.group);
        let mid = TOP + ROW * i as f64 + ROW / 2.0;
        let lo = if e.upper.is_some() { e.value } else { 0.0 };
        let bar = Rect::new(x_of(lo), mid - ROW * 0.28, x_of(e.high()), mid + ROW * 0.28);
        if e.forecast {
            plan.fill(bar, colour, 0.12);
            plan.hatch(bar, 7.0, colour, 1.0);
            plan.dashed_rect(bar, 5.0, colour, 1.5);
        } else {
            match e.qualifier {
                Qualifier::UpTo | Qualifier::LessThan => {
                    plan.fill(bar, colour, 0.25);
                    plan.frame(bar, colour, 1.0);
                    plan.fill(
                        Rect::new(bar.x1 - 3.0, bar.y0 - 5.0, bar.x1, bar.y1 + 5.0),
                        colour,
                        1.0,
                    );
                }
                Qualifier::AtLeast | Qualifier::MoreThan => {
                    plan.fill(bar, colour, 1.0);
                    plan.dashed((bar.x1, mid), (right, mid), 4.0, colour, 1.0, 2.0);
                }
                Qualifier::Exact | Qualifier::Approximate => plan.fill(bar, colour, 1.0),
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
            let x = (bar.x1 + 6.0).min(width - 2.0 - text_width(marker, 15.0));
            plan.text(Label::new(marker, x, mid, 15.0, c.fg, Anchor::Left));
        }
        let sel = scene.highlight.selected == Some(i);
        if sel || scene.highlight.active == Some(i) {
            let (colour, w) = if sel { (c.focus, 3.0) } else { (c.fg, 2.0) };
            plan.frame(bar.grow(3.0), colour, w);
        }
        // Name above value, the block centred on the bar.
        let (name_size, name_lines) = fit(
            e.source.label_in(scene.lang),
            room,
            &[13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0],
            2,
        );
        let mut value_text = e.value_text_in(scene.lang);
        if e.forecast {
            value_text.push_str(&format!(" ({})", tr(scene.lang, "Prognose", "forecast")));
        }
        let (value_size, value_lines) = fit(
            &value_text,
            room,
            &[12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0],
            1,
        );
        let name_lh = line_height(name_size);
        let value_lh = line_height(value_size);
        let block = name_lh * name_lines.len() as f64 + value_lh;
        let mut y = mid - block / 2.0 + name_lh / 2.0;
        for line in name_lines {
            plan.text(Label::new(line, LABEL_X, y, name_size, c.fg, Anchor::Left));
            y += name_lh;
        }
        y += (value_lh - name_lh) / 2.0;
        for line in value_lines {
            plan.text(Label::new(
                line,
                LABEL_X,
                y,
                value_size,
                colour,
                Anchor::Left,
            ));
        }
        // The hit covers the label too, so pointer and focus find the bar by its name.
        plan.hit(
            i,
            Rect::new(
                LABEL_X.min(bar.x0),
                bar.y0,
                (bar.x1 + 18.0).min(width),
                bar.y1,
            ),
        );
    }
    plan
}
