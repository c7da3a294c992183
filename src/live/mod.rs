//! What moves. The page arrives complete (see [`crate::page`]); this attaches
//! behaviour to it, one part per task so that no task blocks a slow phone
//! for long: the shared selection, the map, the charts, the quote filters,
//! the embed dialog, the resizer and the offline worker.

pub mod browser;
mod charts;
mod frame;
mod gestures;
mod lang;
mod map;
mod marks;
mod pwa;
mod quotes;
pub mod state;
mod toolbar;

use crate::url_state::{self, UrlState};

/// Names URL parameters whose values were not understood (their defaults
/// apply), as text, shortened, at most five.
fn ignored_notice(url: &UrlState) {
    if url.ignored.is_empty() {
        return;
    }
    let names = url
        .ignored
        .iter()
        .take(5)
        .map(|k| k.chars().take(30).collect::<String>())
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(notice) = browser::find(".url-notice") {
        if let Some(slot) = notice.query_selector(".url-notice-names").ok().flatten() {
            slot.set_text_content(Some(&names));
        }
        let _ = notice.remove_attribute("hidden");
    }
}

/// One part of the start, named for its performance mark.
type Step = (&'static str, Box<dyn FnOnce()>);

/// Runs `steps` one per task (each after a `lagebild:<name>` mark), then `last`.
fn in_tasks(mut steps: Vec<Step>, last: impl FnOnce() + 'static) {
    if steps.is_empty() {
        last();
        return;
    }
    let (name, step) = steps.remove(0);
    browser::later(0, move || {
        browser::mark(name);
        step();
        in_tasks(steps, last);
    });
}

/// Starts the live page.
pub fn start() {
    browser::mark("lagebild:start");
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_error_box();
    }));
    let url = url_state::parse_query(&browser::query());
    if url.test_panic {
        panic!("Lagebild: test-only panic requested by the URL");
    }
    if let Some(root) = browser::root() {
        let _ = root.class_list().add_1("live");
    }
    ignored_notice(&url);
    lang::attach();
    let child_id = url.child_id.clone();
    let steps: Vec<Step> = vec![
        ("lagebild:marks", Box::new(marks::attach)),
        ("lagebild:map", Box::new(map::attach)),
        ("lagebild:charts", Box::new(charts::attach)),
        ("lagebild:quotes", Box::new(quotes::attach)),
        ("lagebild:toolbar", Box::new(toolbar::attach)),
        ("lagebild:frame", Box::new(move || frame::start(child_id))),
        ("lagebild:pwa", Box::new(pwa::register)),
    ];
    in_tasks(steps, || {
        browser::next_frame(|| {
            marks::reveal_initial_hash();
            // Browser tests and the fallback notice wait for this.
            if let Some(app) = browser::document().get_element_by_id("app") {
                let _ = app.set_attribute("data-app-ready", "");
            }
            browser::mark("lagebild:ready");
            // boot/early.js replays what the reader did before this.
            if let Ok(ev) = web_sys::Event::new("lagebild:ready") {
                let _ = browser::window().dispatch_event(&ev);
            }
        });
    });
}
