//! Browser glue for the charts: colours from CSS variables, canvas sizing for
//! devicePixelRatio, a debounced container width, theme changes and the
//! client-side downloads. Nothing here panics on odd browser state; a missing
//! API means no update, never an error.
use crate::charts::{parse_colour, Colours};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlCanvasElement, HtmlElement};

/// The page's current colours (follows dark mode and `data-theme`).
pub fn read_colours() -> Colours {
    let mut c = Colours::default();
    let Some(win) = web_sys::window() else {
        return c;
    };
    let Some(root) = win.document().and_then(|d| d.document_element()) else {
        return c;
    };
    let Ok(Some(style)) = win.get_computed_style(&root) else {
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
    read("--us", &mut c.us);
    read("--ua", &mut c.ua);
    read("--kr", &mut c.kr);
    read("--other", &mut c.other);
    c
}

/// devicePixelRatio, at least 1.
pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0)
}

/// Sets the canvas' bitmap size to `width`×`height` CSS pixels times the
/// pixel ratio; CSS (width: 100%, height: auto) keeps the display size, so
/// the canvas shows `height` CSS pixels high, like the prerendered SVG.
pub fn size_canvas(canvas: &HtmlCanvasElement, width: f64, height: f64, scale: f64) {
    let (w, h) = (
        (width * scale).round().max(1.0) as u32,
        (height * scale).round().max(1.0) as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
}

/// Runs `draw` between two performance marks, so a page script can read the
/// "lagebild:chart-draw" measures.
pub fn measured<T>(draw: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = &perf {
        let _ = p.mark("lagebild:chart-draw-start");
    }
    let out = draw();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark("lagebild:chart-draw", "lagebild:chart-draw-start");
    }
    out
}

/// Places overlay element `el` over a rectangle in CSS pixels, through the
/// CSSOM (allowed under a strict CSP, unlike `style=` attributes).
pub fn place(el: &HtmlElement, x: f64, y: f64, w: f64, h: f64) {
    let style = el.style();
    let _ = style.set_property("left", &format!("{x:.1}px"));
    let _ = style.set_property("top", &format!("{y:.1}px"));
    let _ = style.set_property("width", &format!("{w:.1}px"));
    let _ = style.set_property("height", &format!("{h:.1}px"));
}

/// The width of `el` in CSS pixels, updated at most every 150 ms while it
/// changes (the first measurement is immediate). Also bumps `theme` when the
/// colour scheme or `data-theme` changes. Observers end with the owner.
pub fn watch(el: HtmlElement, width: RwSignal<f64>, theme: RwSignal<u32>) {
    width.set(f64::from(el.client_width()));
    let pending = Rc::new(Cell::new(0i32));
    let on_resize = {
        let el = el.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(win) = web_sys::window() else { return };
            win.clear_timeout_with_handle(pending.get());
            let el = el.clone();
            let later = Closure::once_into_js(move || {
                let w = f64::from(el.client_width());
                if width
                    .try_get_untracked()
                    .is_some_and(|old| (old - w).abs() >= 1.0)
                {
                    width.set(w);
                }
            });
            if let Ok(handle) = win
                .set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 150)
            {
                pending.set(handle);
            }
        })
    };
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(o) = &observer {
        o.observe(&el);
    }
    let bump = Closure::<dyn FnMut()>::new(move || {
        theme.try_update(|v| *v = v.wrapping_add(1));
    });
    let media = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    if let Some(m) = &media {
        let _ = m.add_event_listener_with_callback("change", bump.as_ref().unchecked_ref());
    }
    let mutation = web_sys::MutationObserver::new(bump.as_ref().unchecked_ref()).ok();
    if let (Some(o), Some(root)) = (&mutation, document().document_element()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of2(&"data-theme".into(), &"class".into()));
        let _ = o.observe_with_options(&root, &options);
    }
    let keep = leptos::__reexports::send_wrapper::SendWrapper::new((
        on_resize, bump, observer, media, mutation,
    ));
    on_cleanup(move || {
        let (_resize, bump, observer, media, mutation) = keep.take();
        if let Some(o) = observer {
            o.disconnect();
        }
        if let Some(m) = media {
            let _ = m.remove_event_listener_with_callback("change", bump.as_ref().unchecked_ref());
        }
        if let Some(o) = mutation {
            o.disconnect();
        }
    });
}

/// Offers `href` as a download named `name` through a temporary `<a download>`.
fn click_download(href: &str, name: &str) -> Result<(), JsValue> {
    let doc = document();
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(name);
    a.set_class_name("visually-hidden");
    let body = doc.body().ok_or("kein body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Downloads the canvas as PNG.
pub fn download_png(canvas: &HtmlCanvasElement, name: &str) -> Result<(), JsValue> {
    let url = canvas.to_data_url_with_type("image/png")?;
    click_download(&url, name)
}

/// Downloads `text` as a UTF-8 CSV file (with a byte-order mark for spreadsheets).
pub fn download_csv(text: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(&format!("\u{feff}{text}")));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = click_download(&url, name);
    // Revoke later: the download reads the URL after the click returns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(win) = web_sys::window() {
        let _ = win
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    result
}
