//! The live charts: each prerendered SVG is swapped for a canvas of the same
//! box, drawn by the same plotters code ([`crate::charts`]) with
//! plotters-canvas, and redrawn when its width, the theme, the language or
//! the highlight change. Focusable buttons sit over the marks; hover, focus
//! or a tap shows the estimate's sentences (static blocks from the page),
//! Enter selects app-wide. Also the table toggle and the PNG export.
use super::browser::{self, all, on};
use super::state;
use crate::charts::{parse_colour, Chart, Colours, Highlight, Hit, Scene, Target};
use crate::estimates::{self, group_name, Estimate};
use crate::hooks::{by_testid, class, data, dot, toggled, toggled_dot, written};
use crate::selection::Selection;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};

/// The PNG's name when the page has no CSV link to name it after.
const PNG_NAME: &str = "lagebild-schaetzungen.png";

/// The page's current colours (follows dark mode and `data-theme`).
fn read_colours() -> Colours {
    let mut c = Colours::default();
    let Some(Ok(Some(style))) = browser::root().map(|r| browser::window().get_computed_style(&r))
    else {
        return c;
    };
    let read = |name: &str, slot: &mut plotters::style::RGBColor| {
        if let Some(v) = style
            .get_property_value(name)
            .ok()
            .as_deref()
            .and_then(parse_colour)
        {
            *slot = v;
        }
    };
    read("--fg", &mut c.fg);
    read("--muted", &mut c.muted);
    read("--line", &mut c.line);
    read("--card", &mut c.card);
    read("--focus", &mut c.focus);
    for (g, slot) in c.groups.iter_mut().enumerate() {
        read(&format!("--{}", group_name(Some(g))), slot);
    }
    read(&format!("--{}", group_name(None)), &mut c.other);
    c
}

/// Places `el` over a rectangle in CSS pixels, through the CSSOM (allowed
/// under a strict CSP, unlike `style=` attributes).
fn place(el: &HtmlElement, h: &Hit) {
    let style = el.style();
    let _ = style.set_property("left", &format!("{:.1}px", h.x));
    let _ = style.set_property("top", &format!("{:.1}px", h.y));
    let _ = style.set_property("width", &format!("{:.1}px", h.w));
    let _ = style.set_property("height", &format!("{:.1}px", h.h));
}

/// One chart on the page.
struct Stage {
    chart: Chart,
    el: HtmlElement,
    canvas: HtmlCanvasElement,
    buttons: Vec<(usize, HtmlElement)>,
    height: f64,
}

/// Everything the charts share.
struct Charts {
    list: Vec<Estimate>,
    stages: RefCell<Vec<Stage>>,
    active: Cell<Option<usize>>,
    selected: Cell<Option<usize>>,
    width: Cell<f64>,
    details: Vec<web_sys::Element>,
    hint: Option<web_sys::Element>,
}

impl Charts {
    fn draw(&self, stage: &Stage) {
        let width = f64::from(stage.el.client_width());
        if width < 1.0 {
            return;
        }
        let scale = browser::window().device_pixel_ratio().max(1.0);
        let (w, h) = (
            (width * scale).round().max(1.0) as u32,
            (stage.height * scale).round().max(1.0) as u32,
        );
        if stage.canvas.width() != w {
            stage.canvas.set_width(w);
        }
        if stage.canvas.height() != h {
            stage.canvas.set_height(h);
        }
        let scene = Scene {
            estimates: &self.list,
            colours: read_colours(),
            scale,
            highlight: Highlight {
                active: self.active.get(),
                selected: self.selected.get(),
            },
            lang: state::lang(),
            target: Target::Canvas,
        };
        browser::mark("lagebild:chart-draw-start");
        let drawn = CanvasBackend::with_canvas_object(stage.canvas.clone())
            .ok_or_else(|| "kein Canvas-Kontext".to_string())
            .and_then(|b| stage.chart.draw(&b.into_drawing_area(), &scene));
        if let Some(p) = browser::window().performance() {
            let _ = p.measure_with_start_mark("lagebild:chart-draw", "lagebild:chart-draw-start");
        }
        match drawn {
            Ok(plan) => {
                // What the canvas shows, in words: its language and its texts
                // (the browser specs check that English draws English).
                let _ = stage.canvas.set_attribute(written::LANG, scene.lang.code());
                let texts: Vec<&str> = plan.labels().map(|l| l.text.as_str()).collect();
                let _ = stage
                    .canvas
                    .set_attribute(written::TEXTS, &texts.join("\n"));
                let hits = plan.hits;
                for (index, button) in &stage.buttons {
                    match hits.iter().find(|h| h.index == *index) {
                        Some(h) => {
                            let _ = button.class_list().remove_1(class::UNPLACED);
                            place(button, h);
                        }
                        None => {
                            let _ = button.class_list().add_1(class::UNPLACED);
                        }
                    }
                }
            }
            Err(e) => web_sys::console::error_1(
                &format!("Lagebild: Diagramm nicht gezeichnet: {e}").into(),
            ),
        }
    }

    fn redraw(&self) {
        for stage in self.stages.borrow().iter() {
            self.draw(stage);
        }
    }

    /// Shows the detail block of the active (else the selected) estimate.
    fn show_detail(&self) {
        let shown = self.active.get().or(self.selected.get());
        for (i, d) in self.details.iter().enumerate() {
            let _ = if Some(i) == shown {
                d.remove_attribute("hidden")
            } else {
                d.set_attribute("hidden", "")
            };
        }
        if let Some(hint) = &self.hint {
            let _ = if shown.is_some() {
                hint.set_attribute("hidden", "")
            } else {
                hint.remove_attribute("hidden")
            };
        }
    }

    fn set_active(&self, i: Option<usize>) {
        if self.active.replace(i) != i {
            self.redraw();
            self.show_detail();
        }
    }
}

/// Arrow keys, Home and End move the focus between the buttons of one chart.
fn arrow_keys(group: &web_sys::Element, ev: &web_sys::KeyboardEvent) {
    let step: i64 = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return,
    };
    let buttons: Vec<HtmlElement> =
        all(group, &format!("{}:not({})", dot::CHART_HIT, dot::UNPLACED))
            .into_iter()
            .filter_map(|b| b.dyn_into().ok())
            .collect();
    let n = buttons.len() as i64;
    if n == 0 {
        return;
    }
    let target = ev.target();
    let current = buttons
        .iter()
        .position(|b| target.as_ref().is_some_and(|t| js_sys::Object::is(b, t)))
        .map_or(0, |p| p as i64);
    let next = match step {
        i64::MIN => 0,
        i64::MAX => n - 1,
        s => (current + s).rem_euclid(n),
    };
    if let Some(b) = buttons.get(next as usize) {
        ev.prevent_default();
        let _ = b.focus();
    }
}

fn stage_of(el: web_sys::Element) -> Option<Stage> {
    let el: HtmlElement = el.dyn_into().ok()?;
    let chart = match el.get_attribute(data::CHART)?.as_str() {
        "vergleich" => Chart::Comparison,
        "zeitverlauf" => Chart::Timeline,
        "zusammensetzung" => Chart::Composition(el.get_attribute(data::CHART_INDEX)?.parse().ok()?),
        _ => return None,
    };
    let height: f64 = el.get_attribute(data::HEIGHT)?.parse().ok()?;
    let canvas: HtmlCanvasElement = browser::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_class_name(toggled::CHART_CANVAS);
    let _ = canvas.set_attribute(data::CHART, chart.name());
    let buttons = all(&el, dot::CHART_HIT)
        .into_iter()
        .filter_map(|b| {
            let i = b.get_attribute(data::INDEX)?.parse().ok()?;
            Some((i, b.dyn_into().ok()?))
        })
        .collect();
    Some(Stage {
        chart,
        el,
        canvas,
        buttons,
        height,
    })
}

/// Swaps the SVG of `stage` for its canvas (same box: no layout shift); the
/// canvas takes over the SVG's role and text alternative.
fn go_live(stage: &Stage) {
    if let Some(graphic) = stage.el.query_selector(dot::CHART_GRAPHIC).ok().flatten() {
        for attr in ["role", "aria-label", data::EN_LABEL, written::DE_LABEL] {
            if let Some(v) = graphic.get_attribute(attr) {
                let _ = stage.canvas.set_attribute(attr, &v);
            }
        }
        // A canvas of an earlier attach goes (attaching again never shows
        // a chart twice).
        if let Some(parent) = graphic.parent_element() {
            for old in all(&parent, toggled_dot::CHART_CANVAS) {
                old.remove();
            }
        }
        let _ = graphic.insert_adjacent_element("afterend", &stage.canvas);
        let _ = graphic.class_list().add_1("replaced");
    }
}

/// Attaches the charts. Each chart is swapped in a task of its own.
pub fn attach() {
    let Some(root) = browser::find(dot::ESTIMATE_CHARTS) else {
        return;
    };
    let list: Vec<Estimate> = root
        .get_attribute(data::ESTIMATES)
        .and_then(|h| crate::estimates::decode_attr(&h))
        .unwrap_or_default();
    if list.is_empty() {
        return;
    }
    let details = all(&root, dot::CHART_DETAIL_ITEM);
    let hint = root.query_selector(dot::CHART_HINT).ok().flatten();
    let charts = Rc::new(Charts {
        list,
        stages: RefCell::new(Vec::new()),
        active: Cell::new(None),
        selected: Cell::new(None),
        // Read when the first chart is drawn: reading it now would lay out
        // the whole section while it is still far from the screen.
        width: Cell::new(0.0),
        details,
        hint,
    });
    // Overlay buttons: hover and focus make an estimate active.
    for (event, on_enter) in [
        ("pointerover", true),
        ("focusin", true),
        ("pointerout", false),
        ("focusout", false),
    ] {
        let c = Rc::clone(&charts);
        on(&root, event, move |ev| {
            let index = browser::closest(ev, dot::CHART_HIT)
                .and_then(|b| b.get_attribute(data::INDEX))
                .and_then(|i| i.parse().ok());
            if index.is_some() {
                c.set_active(if on_enter { index } else { None });
            }
        });
    }
    // Not passive: arrow keys move the focus instead of scrolling.
    browser::on_active(&root, "keydown", |ev| {
        if let (Some(group), Some(kev)) = (
            browser::closest(ev, dot::CHART_HITS),
            ev.dyn_ref::<web_sys::KeyboardEvent>(),
        ) {
            arrow_keys(&group, kev);
        }
    });
    // The selection app-wide: the estimate holding the selected figure.
    {
        let c = Rc::clone(&charts);
        state::on_select(move |sel| {
            let selected = match sel {
                Some(Selection::Figure(f)) => estimates::estimate_of_figure(&c.list, f),
                _ => None,
            };
            if c.selected.replace(selected) != selected {
                c.redraw();
                c.show_detail();
            }
        });
        let c = Rc::clone(&charts);
        if let Some(Selection::Figure(f)) = state::selection() {
            c.selected.set(estimates::estimate_of_figure(&c.list, f));
            c.show_detail();
        }
    }
    {
        let c = Rc::clone(&charts);
        state::on_lang(move |_| c.redraw());
    }
    // Width: redraw at most every 150 ms while the page is resized.
    {
        let c = Rc::clone(&charts);
        let root2 = root.clone();
        let pending = Rc::new(Cell::new(false));
        on(&browser::window(), "resize", move |_| {
            if pending.replace(true) {
                return;
            }
            let (c, root, pending) = (Rc::clone(&c), root2.clone(), Rc::clone(&pending));
            browser::later(150, move || {
                pending.set(false);
                let w = f64::from(root.client_width());
                if (w - c.width.get()).abs() >= 1.0 {
                    c.width.set(w);
                    c.redraw();
                }
            });
        });
    }
    // Theme: the system scheme or `data-theme` changes the colours.
    {
        let c = Rc::clone(&charts);
        if let Ok(Some(mq)) = browser::window().match_media("(prefers-color-scheme: dark)") {
            on(&mq, "change", move |_| c.redraw());
        }
        let c = Rc::clone(&charts);
        let observer = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || c.redraw());
        if let (Ok(mo), Some(r)) = (
            web_sys::MutationObserver::new(observer.as_ref().unchecked_ref()),
            browser::root(),
        ) {
            let init = web_sys::MutationObserverInit::new();
            init.set_attributes(true);
            init.set_attribute_filter(&js_sys::Array::of1(&written::THEME.into()));
            let _ = mo.observe_with_options(&r, &init);
            browser::on_release(move || mo.disconnect());
        }
        browser::hold(observer);
    }
    // Table toggle.
    if let (Some(toggle), Some(table)) = (
        root.query_selector(dot::CHART_TABLE_TOGGLE).ok().flatten(),
        root.query_selector(dot::CHART_TABLE_WRAP).ok().flatten(),
    ) {
        let t = toggle.clone();
        on(&toggle, "click", move |_| {
            let open = t.get_attribute("aria-expanded").as_deref() != Some("true");
            let _ = t.set_attribute("aria-expanded", if open { "true" } else { "false" });
            let _ = table.class_list().toggle_with_force("open", open);
        });
    }
    // PNG export of the comparison.
    if let Some(button) = root.query_selector(by_testid::EXPORT_PNG).ok().flatten() {
        let c = Rc::clone(&charts);
        on(&button, "click", move |_| {
            let stages = c.stages.borrow();
            let Some(stage) = stages.iter().find(|s| s.chart == Chart::Comparison) else {
                return;
            };
            let Ok(url) = stage.canvas.to_data_url_with_type("image/png") else {
                return;
            };
            let Ok(a) = browser::document().create_element("a") else {
                return;
            };
            let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else {
                return;
            };
            a.set_href(&url);
            // Named like the story's CSV ("<slug>-schaetzungen.png").
            let name = browser::document()
                .query_selector(by_testid::EXPORT_CSV)
                .ok()
                .flatten()
                .and_then(|csv| csv.get_attribute("download"))
                .and_then(|n| n.strip_suffix(".csv").map(|stem| format!("{stem}.png")))
                .unwrap_or_else(|| PNG_NAME.to_owned());
            a.set_download(&name);
            a.click();
        });
    }
    // The charts themselves: each is swapped and drawn when it comes near
    // the screen (the SVG stands in until then), one task each.
    let stages = all(&root, dot::CHART_STAGE);
    let swap = {
        let c = Rc::clone(&charts);
        move |el: web_sys::Element| {
            let (c, root) = (Rc::clone(&c), root.clone());
            let token = browser::attached_now();
            browser::later(0, move || {
                // Detached in the meantime: the next attach draws it.
                if !browser::still_attached(token) {
                    return;
                }
                let Some(stage) = stage_of(el) else { return };
                if c.width.get() < 1.0 {
                    c.width.set(f64::from(root.client_width()));
                }
                go_live(&stage);
                c.draw(&stage);
                c.stages.borrow_mut().push(stage);
            });
        }
    };
    browser::when_near(stages, swap);
}
