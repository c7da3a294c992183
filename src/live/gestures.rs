//! Pan and zoom without re-rendering: events update a [`ViewState`] (pure
//! math in `map::zoom`), and one `requestAnimationFrame` per frame writes it
//! to the `transform` attribute of the zoom group and of the label pins.
//! Path data is never rebuilt; layout is read only when a gesture starts
//! after a resize or scroll (the cached SVG box is then stale).

use super::browser;
use crate::hooks::{class, data, dot};
use crate::map::zoom::{ViewState, MAX_ZOOM, MIN_ZOOM, ZOOM_STEP};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const DRAG_THRESHOLD: f64 = 4.0;

/// The SVG's box on screen: left, top, user units per CSS pixel.
#[derive(Clone, Copy, Debug)]
struct Frame {
    left: f64,
    top: f64,
    units_per_px: f64,
}

/// The pan/zoom state of one map and the elements it moves.
pub struct Controller {
    size: [f64; 2],
    svg: web_sys::Element,
    zoom: web_sys::Element,
    pins: Vec<(web_sys::Element, [f64; 2])>,
    view: Cell<ViewState>,
    drawn: Cell<ViewState>,
    scheduled: Cell<bool>,
    frame: Cell<Option<Frame>>,
    pointers: RefCell<Vec<(i32, [f64; 2])>>,
    travelled: Cell<f64>,
    captured: Cell<bool>,
    /// Zoom factor last reported to `on_scale`.
    k: Cell<f64>,
    /// User units per CSS pixel last reported to `on_scale` (labels keep their screen size).
    units_per_px: Cell<f64>,
    /// Called with (zoom, user units per CSS pixel) when either changes.
    on_scale: Box<dyn Fn(f64, f64)>,
}

fn perf() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

impl Controller {
    /// Takes over the SVG `#{svg_id}`: its `.map-zoom` group and `.pin`
    /// elements (with `data-x`/`data-y` anchors in user units).
    pub fn attach(
        svg_id: &str,
        size: [f64; 2],
        on_scale: impl Fn(f64, f64) + 'static,
    ) -> Option<Rc<Controller>> {
        let svg = browser::document().get_element_by_id(svg_id)?;
        let zoom = svg.query_selector(dot::MAP_ZOOM).ok()??;
        let list = svg.get_elements_by_class_name(class::PIN);
        let mut pins = Vec::new();
        for i in 0..list.length() {
            let Some(el) = list.item(i) else { continue };
            let coord = |a: &str| el.get_attribute(a).and_then(|v| v.parse::<f64>().ok());
            if let (Some(x), Some(y)) = (coord(data::X), coord(data::Y)) {
                pins.push((el, [x, y]));
            }
        }
        let ctl = Rc::new(Controller {
            size,
            svg,
            zoom,
            pins,
            view: Cell::new(ViewState::default()),
            drawn: Cell::new(ViewState::default()),
            scheduled: Cell::new(false),
            frame: Cell::new(None),
            pointers: RefCell::new(Vec::new()),
            travelled: Cell::new(0.0),
            captured: Cell::new(false),
            k: Cell::new(1.0),
            units_per_px: Cell::new(0.0),
            on_scale: Box::new(on_scale),
        });
        ctl.measure();
        Some(ctl)
    }

    /// Re-reads the SVG box (after a resize); the only layout read.
    pub fn measure(&self) {
        let r = self.svg.get_bounding_client_rect();
        if r.width() > 0.0 {
            let upp = self.size[0] / r.width();
            self.frame.set(Some(Frame {
                left: r.left(),
                top: r.top(),
                units_per_px: upp,
            }));
            if (self.units_per_px.get() - upp).abs() > 1e-3 {
                self.units_per_px.set(upp);
                (self.on_scale)(self.k.get(), upp);
            }
        }
    }

    /// Forgets the cached box (the page scrolled or resized).
    pub fn invalidate(&self) {
        self.frame.set(None);
    }

    fn frame(&self) -> Option<Frame> {
        if self.frame.get().is_none() {
            self.measure();
        }
        self.frame.get()
    }

    /// Client pixel position → map user units.
    fn to_user(&self, client: [f64; 2]) -> Option<[f64; 2]> {
        let f = self.frame()?;
        Some([
            (client[0] - f.left) * f.units_per_px,
            (client[1] - f.top) * f.units_per_px,
        ])
    }

    /// The current (possibly not yet drawn) view.
    pub fn view(&self) -> ViewState {
        self.view.get()
    }

    /// Sets the view (clamped) and schedules one frame to draw it.
    pub fn set_view(self: &Rc<Self>, v: ViewState) {
        self.view.set(v.clamped(self.size));
        if self.scheduled.replace(true) {
            return;
        }
        let me = Rc::clone(self);
        browser::next_frame(move || me.draw());
    }

    fn draw(self: Rc<Self>) {
        self.scheduled.set(false);
        let v = self.view.get();
        if v == self.drawn.get() {
            return;
        }
        let perf = perf();
        if let Some(p) = &perf {
            let _ = p.mark("lagebild:map-frame-start");
        }
        let _ = self.zoom.set_attribute("transform", &v.transform());
        for (el, p) in &self.pins {
            let [x, y] = v.apply(*p);
            let _ = el.set_attribute("transform", &format!("translate({:.2},{:.2})", x, y));
        }
        if (self.drawn.get().k - v.k).abs() > 1e-9 {
            self.k.set(v.k);
            (self.on_scale)(v.k, self.units_per_px.get());
        }
        self.drawn.set(v);
        if let Some(p) = perf {
            let _ = p.mark("lagebild:map-frame-end");
            let _ = p.measure_with_start_mark_and_end_mark(
                "lagebild:map-frame",
                "lagebild:map-frame-start",
                "lagebild:map-frame-end",
            );
        }
    }

    /// Pans by `d` user units.
    pub fn pan(self: &Rc<Self>, d: [f64; 2]) {
        self.set_view(self.view().panned(d));
    }

    /// Zooms by `factor` around the middle of the map.
    pub fn zoom_centre(self: &Rc<Self>, factor: f64) {
        self.set_view(
            self.view()
                .zoomed_at([self.size[0] / 2.0, self.size[1] / 2.0], factor),
        );
    }

    /// Back to the whole region.
    pub fn reset(self: &Rc<Self>) {
        self.set_view(ViewState::default());
    }

    /// Brings content point `p` into view (centred) if it is not visible.
    pub fn reveal(self: &Rc<Self>, p: [f64; 2]) {
        if !self.view().shows(p, self.size, 30.0) {
            self.set_view(self.view().centred_on(p, self.size));
        }
    }

    /// Wheel: zoom around the pointer. Returns false when the event should
    /// scroll the page instead (zooming out at the minimum).
    pub fn wheel(self: &Rc<Self>, ev: &web_sys::WheelEvent) -> bool {
        let factor = crate::map::zoom::wheel_factor(ev.delta_y(), ev.delta_mode());
        let v = self.view();
        if (factor < 1.0 && v.k <= MIN_ZOOM) || (factor > 1.0 && v.k >= MAX_ZOOM && v.k <= MIN_ZOOM)
        {
            return false;
        }
        if let Some(at) = self.to_user([ev.client_x() as f64, ev.client_y() as f64]) {
            self.set_view(v.zoomed_at(at, factor));
        }
        true
    }

    /// Double click: zoom in 2× at the pointer (out with Shift).
    pub fn dblclick(self: &Rc<Self>, ev: &web_sys::MouseEvent) {
        if let Some(at) = self.to_user([ev.client_x() as f64, ev.client_y() as f64]) {
            let f = if ev.shift_key() { 0.5 } else { 2.0 };
            self.set_view(self.view().zoomed_at(at, f));
        }
    }

    pub fn pointer_down(self: &Rc<Self>, ev: &web_sys::PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let p = [ev.client_x() as f64, ev.client_y() as f64];
        let mut ptrs = self.pointers.borrow_mut();
        ptrs.retain(|(id, _)| *id != ev.pointer_id());
        ptrs.push((ev.pointer_id(), p));
        if ptrs.len() == 1 {
            self.travelled.set(0.0);
            self.captured.set(false);
            self.frame.set(None);
        }
    }

    pub fn pointer_move(self: &Rc<Self>, ev: &web_sys::PointerEvent) {
        let p = [ev.client_x() as f64, ev.client_y() as f64];
        let before: Vec<(i32, [f64; 2])> = self.pointers.borrow().clone();
        let Some(idx) = before.iter().position(|(id, _)| *id == ev.pointer_id()) else {
            return;
        };
        let mut after = before.clone();
        after[idx].1 = p;
        *self.pointers.borrow_mut() = after.clone();
        let Some(f) = self.frame() else { return };
        let u = f.units_per_px;
        match (before.as_slice(), after.as_slice()) {
            ([(_, a)], [(_, b)]) => {
                let d = [b[0] - a[0], b[1] - a[1]];
                self.travelled.set(self.travelled.get() + d[0].hypot(d[1]));
                if self.travelled.get() < DRAG_THRESHOLD {
                    return;
                }
                if !self.captured.replace(true) {
                    let _ = self.svg.set_pointer_capture(ev.pointer_id());
                }
                self.pan([d[0] * u, d[1] * u]);
            }
            ([(_, a0), (_, a1), ..], [(_, b0), (_, b1), ..]) => {
                self.travelled.set(DRAG_THRESHOLD);
                let mid = |x: &[f64; 2], y: &[f64; 2]| [(x[0] + y[0]) / 2.0, (x[1] + y[1]) / 2.0];
                let (m0, m1) = (mid(a0, a1), mid(b0, b1));
                let (d0, d1) = (
                    (a0[0] - a1[0]).hypot(a0[1] - a1[1]),
                    (b0[0] - b1[0]).hypot(b0[1] - b1[1]),
                );
                let anchor = [(m1[0] - f.left) * u, (m1[1] - f.top) * u];
                let factor = if d0 > 1.0 { d1 / d0 } else { 1.0 };
                let v = self
                    .view()
                    .panned([(m1[0] - m0[0]) * u, (m1[1] - m0[1]) * u])
                    .zoomed_at(anchor, factor);
                self.set_view(v);
            }
            _ => {}
        }
    }

    pub fn pointer_up(self: &Rc<Self>, ev: &web_sys::PointerEvent) {
        self.pointers
            .borrow_mut()
            .retain(|(id, _)| *id != ev.pointer_id());
        if self.captured.get() {
            let _ = self.svg.release_pointer_capture(ev.pointer_id());
        }
    }

    /// True while or right after a drag: a click then is no selection.
    pub fn dragged(&self) -> bool {
        self.travelled.get() >= DRAG_THRESHOLD
    }

    /// Arrow keys pan, + and − zoom. Returns true when the key was used.
    pub fn key(self: &Rc<Self>, key: &str) -> bool {
        let step = 60.0;
        match key {
            "ArrowLeft" => self.pan([step, 0.0]),
            "ArrowRight" => self.pan([-step, 0.0]),
            "ArrowUp" => self.pan([0.0, step]),
            "ArrowDown" => self.pan([0.0, -step]),
            "+" | "=" => self.zoom_centre(ZOOM_STEP),
            "-" | "_" => self.zoom_centre(1.0 / ZOOM_STEP),
            "0" => self.reset(),
            _ => return false,
        }
        true
    }
}
