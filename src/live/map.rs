//! The map's behaviour on the static SVG: pan and zoom (see [`Controller`]),
//! labels and scale bar that keep their screen size, tooltips with the
//! article's sentences, and the place selection. Label positions come from
//! the levels laid out at build time (`data-sides`), not from code here.
use super::browser::{self, all, closest, on, on_active};
use super::gestures::Controller;
use super::state;
use super::Step;
use crate::hooks::{data, dot, id, lists, toggled};
use crate::map::labels::{LabelLevels, Side, LABEL_FONT_PX};
use crate::map::zoom;
use crate::selection::Selection;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// A pin label and its precomputed sides, one per level.
struct Label {
    el: web_sys::Element,
    sides: Vec<u8>,
    town: bool,
}

/// What the scale depends on: labels, dots and the scale bar.
struct Scaled {
    labels: Vec<Label>,
    dots: Vec<(web_sys::Element, f64)>,
    levels: LabelLevels,
    km_per_unit: f64,
    bar: Vec<web_sys::Element>,
    /// (level, units per px) last drawn.
    drawn: Cell<(usize, f64)>,
}

fn set(el: &web_sys::Element, name: &str, value: f64) {
    let _ = el.set_attribute(name, &format!("{value:.2}"));
}

impl Scaled {
    fn read(svg: &web_sys::Element) -> Option<Scaled> {
        let levels = LabelLevels::decode(&svg.get_attribute(data::LABEL_LEVELS)?)?;
        let km_per_unit = svg.get_attribute(data::KM_PER_UNIT)?.parse().ok()?;
        let labels = all(svg, dot::PIN_LABEL)
            .into_iter()
            .map(|el| Label {
                sides: el
                    .get_attribute(data::SIDES)
                    .unwrap_or_default()
                    .into_bytes(),
                town: el.closest(dot::PIN_TOWN).ok().flatten().is_some(),
                el,
            })
            .collect();
        let dots = all(svg, "circle[data-r]")
            .into_iter()
            .filter_map(|el| {
                let r = el.get_attribute(data::R)?.parse().ok()?;
                Some((el, r))
            })
            .collect();
        let bar = [
            dot::SCALE_BAR_BG,
            dot::SCALE_BAR_MAIN,
            dot::SCALE_BAR_TICK0,
            dot::SCALE_BAR_TICK1,
            dot::SCALE_BAR_LABEL,
        ]
        .iter()
        .filter_map(|s| svg.query_selector(s).ok().flatten())
        .collect();
        Some(Scaled {
            labels,
            dots,
            levels,
            km_per_unit,
            bar,
            drawn: Cell::new((usize::MAX, 0.0)),
        })
    }

    /// Redraws what depends on zoom `k` and `upp` (user units per CSS pixel).
    fn update(&self, k: f64, upp: f64) {
        if !(upp > 0.0 && k > 0.0) {
            return;
        }
        let level = self.levels.index(k / upp);
        let (last_level, last_upp) = self.drawn.get();
        let upp_changed = (last_upp - upp).abs() > 1e-6;
        if level != last_level || upp_changed {
            for l in &self.labels {
                let side = l.sides.get(level).copied().and_then(Side::from_code);
                let (x, y, anchor) = Side::label_position(side, l.town, upp);
                let _ =
                    l.el.class_list()
                        .toggle_with_force(toggled::LABEL_HIDDEN, side.is_none());
                set(&l.el, "x", x);
                set(&l.el, "y", y);
                let _ = l.el.set_attribute("text-anchor", anchor);
                if upp_changed {
                    set(&l.el, "font-size", LABEL_FONT_PX * upp);
                }
            }
            if upp_changed {
                for (el, r) in &self.dots {
                    set(el, "r", r * upp);
                }
            }
            self.drawn.set((level, upp));
        }
        self.scale_bar(k, upp);
    }

    fn scale_bar(&self, k: f64, upp: f64) {
        let Some((km, len)) = zoom::scale_bar(self.km_per_unit, k, zoom::SCALE_BAR_MAX_PX * upp)
        else {
            return;
        };
        let shape = zoom::ScaleBarShape::new(len, upp);
        let [bg, main, t0, t1, label] = self.bar.as_slice() else {
            return;
        };
        for (attr, value) in ["x", "y", "width", "height"].into_iter().zip(shape.bg) {
            set(bg, attr, value);
        }
        set(main, "x2", shape.len);
        set(t0, "y1", shape.tick_y1);
        set(t1, "x1", shape.len);
        set(t1, "x2", shape.len);
        set(t1, "y1", shape.tick_y1);
        set(label, "x", shape.label_x);
        set(label, "font-size", shape.font_size);
        label.set_text_content(Some(&format!("{} km", crate::format::number(km))));
    }
}

/// The tooltip: one static block per item, shown next to the map's corner
/// away from the item.
struct Tip {
    el: web_sys::Element,
    items: Vec<(web_sys::Element, [f64; 2])>,
    shown: Cell<Option<usize>>,
}

impl Tip {
    fn read(svg_frame: &web_sys::Element) -> Option<Tip> {
        let el = svg_frame.query_selector(dot::MAP_TIP).ok().flatten()?;
        let items = all(&el, dot::TIP_ITEM)
            .into_iter()
            .map(|it| {
                let c = |a: &str| {
                    it.get_attribute(a)
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0.0)
                };
                let at = [c(data::X), c(data::Y)];
                (it, at)
            })
            .collect();
        Some(Tip {
            el,
            items,
            shown: Cell::new(None),
        })
    }

    fn show(&self, i: Option<usize>, ctl: &Controller, size: [f64; 2]) {
        if let Some(old) = self.shown.get().and_then(|o| self.items.get(o)) {
            let _ = old.0.set_attribute("hidden", "");
        }
        self.shown.set(i);
        let Some((el, at)) = i.and_then(|i| self.items.get(i)) else {
            let _ = self.el.set_attribute("class", "map-tip tip-hidden");
            return;
        };
        let _ = el.remove_attribute("hidden");
        let [x, y] = ctl.view().apply(*at);
        let hx = if x < size[0] / 2.0 {
            "tip-right"
        } else {
            "tip-left"
        };
        let vy = if y < size[1] / 2.0 {
            "tip-bottom"
        } else {
            "tip-top"
        };
        let _ = self
            .el
            .set_attribute("class", &format!("map-tip {hx} {vy}"));
    }
}

fn item_of(el: &web_sys::Element) -> Option<usize> {
    el.get_attribute(data::ITEM)?.parse().ok()
}

/// Is the map's section (its `<section>`, else its frame) parsed to its end
/// while the page still loads? The parser has then begun whatever follows it.
pub fn section_parsed() -> bool {
    let Some(svg) = browser::document().get_element_by_id(id::MAP_SVG) else {
        return false;
    };
    let section = svg
        .closest("section")
        .ok()
        .flatten()
        .or_else(|| svg.parent_element());
    section.is_some_and(|s| s.next_element_sibling().is_some())
}

/// Attaches pan, zoom, labels, tooltips and selection to the static map, in
/// three tasks (each is the first run of much code, which costs most on a
/// slow phone): this one reads the map's items; then the view is measured
/// (the one forced layout) and labels and scale bar are fitted to it; then
/// the event handlers are attached.
pub fn attach() -> Vec<Step> {
    let Some(svg) = browser::document().get_element_by_id(id::MAP_SVG) else {
        return Vec::new();
    };
    let Some(frame) = svg.parent_element() else {
        return Vec::new();
    };
    let size = {
        let vb = svg.get_attribute("viewBox").unwrap_or_default();
        let v: Vec<f64> = vb
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        match v.as_slice() {
            [_, _, w, h] if *w > 0.0 && *h > 0.0 => [*w, *h],
            _ => return Vec::new(),
        }
    };
    let Some(scaled) = Scaled::read(&svg) else {
        return Vec::new();
    };
    let Some(tip) = Tip::read(&frame) else {
        return Vec::new();
    };
    vec![Step::new("lagebild:map-view", move || {
        let Some(ctl) = Controller::attach(id::MAP_SVG, size, move |k, upp| scaled.update(k, upp))
        else {
            return Vec::new();
        };
        vec![Step::new("lagebild:map-events", move || {
            events(&svg, &frame, size, Rc::new(tip), ctl);
            Vec::new()
        })]
    })]
}

/// Pan and zoom by pointer, wheel and keys, tooltips, the selection and the
/// zoom buttons, on the measured map.
fn events(
    svg: &web_sys::Element,
    frame: &web_sys::Element,
    size: [f64; 2],
    tip: Rc<Tip>,
    ctl: Rc<Controller>,
) {
    let target: &web_sys::EventTarget = svg.unchecked_ref();
    {
        let c = Rc::clone(&ctl);
        on_active(target, "wheel", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::WheelEvent>() {
                if c.wheel(ev) {
                    ev.prevent_default();
                }
            }
        });
    }
    for (name, down) in [
        ("pointerdown", 0),
        ("pointermove", 1),
        ("pointerup", 2),
        ("pointercancel", 2),
    ] {
        let c = Rc::clone(&ctl);
        on(target, name, move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::PointerEvent>() {
                match down {
                    0 => c.pointer_down(ev),
                    1 => c.pointer_move(ev),
                    _ => c.pointer_up(ev),
                }
            }
        });
    }
    {
        let c = Rc::clone(&ctl);
        on(target, "dblclick", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::MouseEvent>() {
                c.dblclick(ev);
            }
        });
    }
    // Tooltips: hover and focus show an item's sentences.
    let show = {
        let (c, t) = (Rc::clone(&ctl), Rc::clone(&tip));
        move |i: Option<usize>| t.show(i, &c, size)
    };
    let show = Rc::new(show);
    for name in ["pointerover", "focusin"] {
        let show = Rc::clone(&show);
        on(target, name, move |ev| {
            if let Some(i) = closest(ev, dot::ITEM).as_ref().and_then(item_of) {
                show(Some(i));
            }
        });
    }
    {
        let show = Rc::clone(&show);
        on(target, "pointerleave", move |_| show(None));
    }
    let activate = {
        let show = Rc::clone(&show);
        move |el: &web_sys::Element| {
            show(item_of(el));
            let sel = el
                .get_attribute(data::SEL)
                .and_then(|t| Selection::from_token(&t));
            if let Some(sel) = sel {
                state::toggle(sel);
            }
        }
    };
    let activate = Rc::new(activate);
    {
        let (c, activate) = (Rc::clone(&ctl), Rc::clone(&activate));
        on(target, "click", move |ev| {
            if c.dragged() {
                return;
            }
            if let Some(el) = closest(ev, dot::ITEM) {
                activate(&el);
            }
        });
    }
    {
        let (c, show, activate) = (Rc::clone(&ctl), Rc::clone(&show), Rc::clone(&activate));
        on_active(target, "keydown", move |ev| {
            let Some(kev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let key = kev.key();
            if key == "Escape" {
                show(None);
                return;
            }
            if key == "Enter" || key == " " {
                if let Some(el) = closest(ev, dot::ITEM) {
                    kev.prevent_default();
                    activate(&el);
                    return;
                }
            }
            if c.key(&key) {
                kev.prevent_default();
            }
        });
    }
    // Zoom buttons.
    for (class, factor) in [
        (dot::ZOOM_IN, zoom::ZOOM_STEP),
        (dot::ZOOM_OUT, 1.0 / zoom::ZOOM_STEP),
        (dot::ZOOM_RESET, 0.0),
    ] {
        if let Some(button) = frame.query_selector(class).ok().flatten() {
            let c = Rc::clone(&ctl);
            on(&button, "click", move |_| {
                if factor == 0.0 {
                    c.reset()
                } else {
                    c.zoom_centre(factor)
                }
            });
        }
    }
    // The shared selection: a place named on the map comes into view.
    {
        let (c, t) = (Rc::clone(&ctl), Rc::clone(&tip));
        let svg = svg.clone();
        state::on_select(move |sel| {
            let Some(sel @ Selection::Place(_)) = sel else {
                return;
            };
            let token = sel.token();
            // Countries are too large to centre on: areas and towns only.
            let item = all(
                &svg,
                &format!(
                    "{}:not({}){}",
                    dot::ITEM,
                    dot::PIN_COUNTRY,
                    lists(data::SEL, &token)
                ),
            )
            .iter()
            .find_map(item_of);
            if let Some((_, at)) = item.and_then(|i| t.items.get(i)) {
                c.reveal(*at);
            }
        });
    }
    let win = browser::window();
    {
        let c = Rc::clone(&ctl);
        on(&win, "resize", move |_| c.measure());
    }
    {
        let c = Rc::clone(&ctl);
        on(&win, "scroll", move |_| c.invalidate());
    }
    browser::mark("lagebild:map-interactive");
    // boot/early.js applies a wheel or continues a drag begun before this.
    browser::announce("lagebild:map-live");
}
