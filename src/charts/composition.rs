//! Composition: the parts an estimate states ("500 Offiziere", "drei
//! Generäle"), each at its true width on a bar whose end is the estimate's
//! number. When that number is an upper bound ("bis zu 12.000") the bar is
//! light with a cap at the bound, like in the comparison: the article gives
//! no figure for the rest, so the chart prints none. Parts thinner than a
//! pixel are widened to a visible line, and the note says so.
use super::{
    fit, line_height, text_width, tr, wrap, Anchor, Label, Plan, Rect, Scene, COMPOSITION_HEIGHT,
};

const PAD: f64 = 12.0;
const ROW: f64 = 20.0;
const BAR_H: f64 = 26.0;
const SIZES: [f64; 5] = [12.5, 12.0, 11.5, 11.0, 10.5];

/// The composition of estimate `index` laid out `width` CSS pixels wide.
pub fn layout(scene: &Scene, index: usize, width: f64) -> Plan {
    let mut plan = Plan::new(width, COMPOSITION_HEIGHT);
    let Some(e) = scene.estimates.get(index) else {
        return plan;
    };
    let c = scene.colours;
    let lang = scene.lang;
    let colour = c.of(e.source.group);
    let total = e.high().max(1.0);
    let (left, right) = (PAD, (width - PAD).max(PAD + 1.0));
    let span = right - left;
    let count = e.parts.len();
    // One call-out row per part, the first part highest; rows close up when there are many.
    let row = if count > 2 {
        (2.0 * ROW / count as f64).max(12.0)
    } else {
        ROW
    };
    let first_row = 14.0;
    let top = first_row + row * count.saturating_sub(1) as f64 + 18.0;
    let bar = Rect::new(left, top, right, top + BAR_H);
    let bound = e.is_bound();

    // The whole: to scale, ending at the estimate's number.
    plan.fill(bar, colour, if bound { 0.25 } else { 0.5 });
    plan.frame(bar, colour, 1.0);
    if bound {
        plan.fill(
            Rect::new(bar.x1 - 3.0, bar.y0 - 5.0, bar.x1, bar.y1 + 5.0),
            colour,
            1.0,
        );
    }

    // The parts, side by side from the left, each at its true width.
    let mut x = left;
    let mut widened = false;
    for (k, part) in e.parts.iter().enumerate() {
        let true_w = (part.value / total * span).max(0.0);
        let drawn = true_w.max(2.0);
        widened |= true_w < 1.0;
        let (x0, x1) = (x, (x + drawn).min(right));
        plan.fill(Rect::new(x0, top, x1, bar.y1), colour, 1.0);
        let ly = first_row + row * k as f64;
        let mid = (x0 + x1) / 2.0;
        let (right_room, left_room) = (width - 2.0 - (mid + 12.0), mid - 12.0 - 2.0);
        let (size, lines) = fit(&part.text_in(lang), right_room.max(left_room), &SIZES, 1);
        let text = lines.into_iter().next().unwrap_or_default();
        let w = text_width(&text, size);
        let (end, label) = if w <= right_room {
            (
                mid + 8.0,
                Label::new(text, mid + 12.0, ly, size, c.fg, Anchor::Left),
            )
        } else {
            (
                mid - 8.0,
                Label::new(text, mid - 12.0, ly, size, c.fg, Anchor::Right),
            )
        };
        plan.line(vec![(mid, top), (mid, ly), (end, ly)], c.fg, 1.0);
        plan.text(label);
        x += true_w;
    }

    // The number the bar ends at, under its end.
    let mut end_text = e.value_text_in(lang);
    let counted = e.counted_in(lang);
    if !counted.is_empty() {
        end_text.push(' ');
        end_text.push_str(counted);
    }
    let (size, lines) = fit(&end_text, span, &SIZES, 1);
    let end_y = bar.y1 + 5.0 + line_height(size) / 2.0 + 2.0;
    for line in lines {
        plan.text(Label::new(line, right, end_y, size, colour, Anchor::Right));
    }

    // What the bar means.
    let mut note = String::from(if bound {
        tr(
            lang,
            "Maßstabsgetreu; der Balken endet an der Obergrenze.",
            "To scale; the bar ends at the upper bound.",
        )
    } else {
        tr(lang, "Maßstabsgetreu.", "To scale.")
    });
    if widened {
        note.push(' ');
        note.push_str(tr(
            lang,
            "Teile schmaler als ein Pixel sind als Strich vergrößert.",
            "Parts thinner than a pixel are widened to a line.",
        ));
    }
    let note_top = end_y + line_height(size) / 2.0 + 2.0;
    let room_h = COMPOSITION_HEIGHT - 2.0 - note_top;
    let (note_size, note_lines) = [12.0, 11.5, 11.0, 10.5, 10.0]
        .iter()
        .find_map(|&s| {
            let max = (room_h / line_height(s)).floor().max(1.0) as usize;
            wrap(&note, s, span, max).map(|l| (s, l))
        })
        .unwrap_or_else(|| {
            fit(
                &note,
                span,
                &[10.0],
                (room_h / line_height(10.0)).floor().max(1.0) as usize,
            )
        });
    let lh = line_height(note_size);
    for (k, line) in note_lines.into_iter().enumerate() {
        plan.text(Label::new(
            line,
            left,
            note_top + lh * (k as f64 + 0.5),
            note_size,
            c.muted,
            Anchor::Left,
        ));
    }

    let sel = scene.highlight.selected == Some(index);
    if sel || scene.highlight.active == Some(index) {
        plan.frame(bar.grow(3.0), if sel { c.focus } else { c.fg }, 2.5);
    }
    plan.hit(index, bar);
    plan
}
