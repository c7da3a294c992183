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

use crate::hooks::{dot, id, toggled, written};
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
    if let Some(notice) = browser::find(dot::URL_NOTICE) {
        if let Some(slot) = notice.query_selector(dot::URL_NOTICE_NAMES).ok().flatten() {
            slot.set_text_content(Some(&names));
        }
        let _ = notice.remove_attribute("hidden");
    }
}

/// One part of the start, run in a task of its own after a performance mark
/// (`lagebild:<name>`); it may leave more parts, which run next.
pub struct Step {
    name: &'static str,
    run: Box<dyn FnOnce() -> Vec<Step>>,
}

impl Step {
    pub fn new(name: &'static str, run: impl FnOnce() -> Vec<Step> + 'static) -> Step {
        Step {
            name,
            run: Box::new(run),
        }
    }

    /// A part that leaves nothing more.
    fn done(name: &'static str, run: impl FnOnce() + 'static) -> Step {
        Step::new(name, move || {
            run();
            Vec::new()
        })
    }
}

/// Runs `steps` one per task (see [`browser::soon`]), then `last`.
fn in_tasks(mut steps: Vec<Step>, last: impl FnOnce() + 'static) {
    if steps.is_empty() {
        last();
        return;
    }
    let step = steps.remove(0);
    browser::soon(move || {
        browser::mark(step.name);
        let mut next = (step.run)();
        next.append(&mut steps);
        in_tasks(next, last);
    });
}

/// Starts the live page, in a task after the one that compiled and
/// instantiated the wasm (that one is long enough on a slow phone).
pub fn start() {
    browser::soon(start_now);
}

/// Removes everything the live page attached (listeners, observers,
/// subscriptions to the selection and the language); the page stays as it
/// is, with its selection and language. Returns how many listeners and
/// observers went.
pub fn detach() -> usize {
    state::unsubscribe_all();
    browser::release_all()
}

/// Detaches the live page and attaches it again to the page as it is now:
/// what the Studio does after each change of its preview. Nothing is
/// attached twice, so no handler runs twice. Returns what [`detach`] removed.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn reattach() -> usize {
    let removed = detach();
    rest(url_state::parse_query(&browser::query()), true);
    removed
}

fn start_now() {
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
        let _ = root.class_list().add_1(toggled::LIVE);
    }
    // A reader who touched the map while a slow phone still parses the page
    // gets the map first, as soon as its section is complete; everything
    // else needs the whole page.
    map_first(url);
}

/// While the page is parsed: the map as soon as its section is complete
/// (looked at every 25 ms, a few microseconds each), then the rest once the
/// page is parsed; the whole page parsed first: everything in order.
fn map_first(url: UrlState) {
    if !browser::parsing() {
        browser::soon(move || rest(url, true));
    } else if map::section_parsed() {
        in_tasks(vec![Step::new("lagebild:map", map::attach)], move || {
            browser::when_parsed(move || rest(url, false));
        });
    } else {
        browser::later(25, move || map_first(url));
    }
}

/// Everything after the map (and the map too unless it is attached already),
/// once the page is parsed; then the page is ready.
fn rest(url: UrlState, with_map: bool) {
    ignored_notice(&url);
    lang::attach();
    let child_id = url.child_id.clone();
    let mut steps = vec![Step::done("lagebild:marks", marks::attach)];
    if with_map {
        steps.push(Step::new("lagebild:map", map::attach));
    }
    steps.extend([
        Step::done("lagebild:charts", charts::attach),
        Step::done("lagebild:quotes", quotes::attach),
        Step::done("lagebild:toolbar", toolbar::attach),
        Step::done("lagebild:frame", move || frame::start(child_id)),
        Step::done("lagebild:pwa", pwa::register),
    ]);
    in_tasks(steps, || {
        browser::next_frame(|| {
            marks::reveal_initial_hash();
            // Browser tests and the fallback notice wait for this.
            if let Some(app) = browser::document().get_element_by_id(id::APP) {
                let _ = app.set_attribute(written::APP_READY, "");
            }
            browser::mark("lagebild:ready");
            // boot/early.js replays what the reader did before this.
            browser::announce("lagebild:ready");
        });
    });
}
