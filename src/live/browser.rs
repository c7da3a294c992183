//! Glue to the page: window and document, timers and frames, URL and history,
//! storage, scrolling and the error box. Every call tolerates odd browser
//! state (no storage, no history, missing elements) by doing nothing.
use crate::hooks::written;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};

/// The window. The app only runs in a window, never in a worker.
pub fn window() -> web_sys::Window {
    web_sys::window().expect("Lagebild runs in a browser window")
}

/// The document.
pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// `<html>`.
pub fn root() -> Option<web_sys::Element> {
    document().document_element()
}

/// Runs `f` in a task of its own after `ms` milliseconds.
pub fn later(ms: u32, f: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(ms, f).forget();
}

/// Runs `f` in a task of its own, soon: ahead of the page's other queued
/// work (parsing the rest of the document, timers) where the browser lets a
/// page say so (`scheduler.postTask` at priority "user-blocking"), else after
/// a 0 ms timeout. For the start, which a reader's gesture asked for: while
/// a slow phone is still parsing the page, each step would otherwise wait
/// behind a parse or render task of 100 ms or more.
pub fn soon(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let posted = (|| {
        let scheduler = js_sys::Reflect::get(&window(), &"scheduler".into()).ok()?;
        let post = js_sys::Reflect::get(&scheduler, &"postTask".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"priority".into(), &"user-blocking".into()).ok()?;
        post.call2(&scheduler, &cb, &options).ok()
    })();
    if posted.is_none() {
        let _ =
            window().set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 0);
    }
}

/// Is the parser still reading the page?
pub fn parsing() -> bool {
    document().ready_state() == "loading"
}

/// Runs `f` (in a task of its own, see [`soon`]) once the whole page is
/// parsed: at once if it is.
pub fn when_parsed(f: impl FnOnce() + 'static) {
    if !parsing() {
        soon(f);
        return;
    }
    EventListener::once(&document(), "DOMContentLoaded", move |_| soon(f)).forget();
}

/// Dispatches the event `name` on the window, for the page's own scripts
/// (boot/early.js) and the browser tests.
pub fn announce(name: &str) {
    if let Ok(ev) = web_sys::Event::new(name) {
        let _ = window().dispatch_event(&ev);
    }
}

/// Runs `f` before the next frame is painted.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

/// What the current attachment of the live page holds (see [`hold`]):
/// listeners and callbacks kept alive, and what undoes the rest.
#[derive(Default)]
struct Held {
    kept: Vec<Box<dyn std::any::Any>>,
    undo: Vec<Box<dyn FnOnce()>>,
}

thread_local! {
    static HELD: std::cell::RefCell<Held> = std::cell::RefCell::default();
}

/// Keeps `thing` (an [`EventListener`], a JS callback) alive until
/// [`release_all`]; dropping it then removes the listener.
pub fn hold(thing: impl std::any::Any) {
    HELD.with(|h| h.borrow_mut().kept.push(Box::new(thing)));
}

/// Runs `f` at [`release_all`] (disconnects an observer).
pub fn on_release(f: impl FnOnce() + 'static) {
    HELD.with(|h| h.borrow_mut().undo.push(Box::new(f)));
}

thread_local! {
    /// Counts the releases: work an attach left in a task of its own checks
    /// it still belongs to the current attach ([`attached_now`]).
    static ATTACH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A token of the current attach; [`still_attached`] tells whether a
/// release came since.
pub fn attached_now() -> u32 {
    ATTACH.with(std::cell::Cell::get)
}

/// Whether the attach of `token` ([`attached_now`]) is still the current one.
pub fn still_attached(token: u32) -> bool {
    attached_now() == token
}

/// Removes every listener and observer attached since the last release.
/// Returns how many things were held, for the browser specs.
pub fn release_all() -> usize {
    ATTACH.with(|a| a.set(a.get().wrapping_add(1)));
    let held = HELD.with(|h| std::mem::take(&mut *h.borrow_mut()));
    let n = held.kept.len() + held.undo.len();
    for f in held.undo {
        f();
    }
    drop(held.kept);
    n
}

/// Listens for `event` on `target` until the live page is detached.
pub fn on(
    target: &web_sys::EventTarget,
    event: &'static str,
    f: impl FnMut(&web_sys::Event) + 'static,
) {
    hold(EventListener::new(target, event, f));
}

/// Like [`on`], but the handler may call `prevent_default` (not passive).
pub fn on_active(
    target: &web_sys::EventTarget,
    event: &'static str,
    f: impl FnMut(&web_sys::Event) + 'static,
) {
    hold(EventListener::new_with_options(
        target,
        event,
        EventListenerOptions::enable_prevent_default(),
        f,
    ));
}

/// Calls `f` once for each of `elements` when it first comes within a
/// screen of the viewport (at once where IntersectionObserver is missing).
pub fn when_near(elements: Vec<web_sys::Element>, f: impl Fn(web_sys::Element) + 'static) {
    let f = std::rc::Rc::new(f);
    let g = std::rc::Rc::clone(&f);
    let callback = wasm_bindgen::closure::Closure::<
        dyn Fn(js_sys::Array, web_sys::IntersectionObserver),
    >::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                    continue;
                };
                if entry.is_intersecting() {
                    let target = entry.target();
                    observer.unobserve(&target);
                    g(target);
                }
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
    {
        Ok(observer) => {
            for el in &elements {
                observer.observe(el);
            }
            // The observer calls back until the live page is detached.
            on_release(move || observer.disconnect());
            hold(callback);
        }
        Err(_) => elements.into_iter().for_each(|el| f(el)),
    }
}

/// The element an event started at, if it is one.
pub fn target_element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()
}

/// The nearest element from `ev`'s target up that matches `selector`.
pub fn closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    target_element(ev)?.closest(selector).ok().flatten()
}

/// Every element under `scope` matching `selector`.
pub fn all(scope: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = scope.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// Every element of the document matching `selector`.
pub fn all_in_document(selector: &str) -> Vec<web_sys::Element> {
    root().map(|r| all(&r, selector)).unwrap_or_default()
}

/// The first element of the document matching `selector`.
pub fn find(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).ok().flatten()
}

/// A performance mark for the start-up breakdown in `tests/bench/startup.mjs`.
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// The page's query string ("?view=map"), empty if unreadable.
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's hash ("#zitat-2"), empty if unreadable.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Replaces the hash with a history entry (`None` removes it).
pub fn push_hash(token: Option<&str>) {
    let loc = window().location();
    let base = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let url = match token {
        Some(t) => format!("{base}#{t}"),
        None => base,
    };
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// True when the reader asked for less motion.
pub fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Scrolls the element with `id` into view (instantly under reduced motion).
pub fn scroll_to_id(id: &str, focus: bool) {
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(if reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if focus {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Stores a value; silently skipped where storage is unavailable.
pub fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Copies `text` to the clipboard; `done(true)` when it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Shows a polite error box with a reload link. Called from the panic hook, so
/// it uses plain DOM calls only; the link needs no script.
pub fn show_error_box() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id(written::ERROR_BOX).is_some() {
        return;
    }
    // Without the fragment, so that following the link really reloads.
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let href = href.split('#').next().unwrap_or_default().to_string();
    let Ok(boxed) = doc.create_element("div") else {
        return;
    };
    boxed.set_id(written::ERROR_BOX);
    boxed.set_class_name("error-box");
    let _ = boxed.set_attribute("role", "alert");
    let Ok(text) = doc.create_element("p") else {
        return;
    };
    text.set_text_content(Some(
        "Entschuldigung: In der interaktiven Ansicht ist ein Fehler aufgetreten. Neu laden hilft meistens.",
    ));
    let Ok(link) = doc.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &href);
    link.set_text_content(Some("Neu laden"));
    let _ = boxed.append_child(&text);
    let _ = boxed.append_child(&link);
    let _ = body.append_child(&boxed);
}
