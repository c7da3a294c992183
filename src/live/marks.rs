//! The selection on the static page: highlights what stands for it
//! (`data-sel`, `data-hl`, `data-hls`, see [`crate::page`]), toggles it from
//! clicks on `data-toggle` controls, and keeps it in the URL hash so reload,
//! shared links and the back button work. Section hashes ("#karte") leave it
//! alone.
use super::browser::{self, all_in_document, closest};
use super::state;
use crate::hooks::{attr, data, lists, toggled, toggled_dot};
use crate::selection::Selection;
use crate::url_state;

/// True when the page has something that stands for `sel`.
pub fn exists(sel: Selection) -> bool {
    let token = sel.token();
    browser::document().get_element_by_id(&token).is_some()
        || browser::find(&lists(data::SEL, &token)).is_some()
}

fn from_hash() -> Option<Selection> {
    url_state::selection_from_hash(&browser::hash()).filter(|s| exists(*s))
}

fn set_class(selector: &str, class: &str, on: bool) {
    for el in all_in_document(selector) {
        let _ = el.class_list().toggle_with_force(class, on);
    }
}

/// Moves the highlight to `sel`.
fn highlight(sel: Option<Selection>) {
    set_class(
        &format!("{}{}", toggled_dot::SELECTED, attr::SEL),
        toggled::SELECTED,
        false,
    );
    for el in all_in_document(&format!("{}[aria-pressed=\"true\"]", attr::SEL)) {
        let _ = el.set_attribute("aria-pressed", "false");
    }
    set_class(toggled_dot::HL, toggled::HL, false);
    set_class(toggled_dot::HL_SENTENCE, toggled::HL_SENTENCE, false);
    let Some(sel) = sel else { return };
    let token = sel.token();
    for el in all_in_document(&lists(data::SEL, &token)) {
        let _ = el.class_list().add_1(toggled::SELECTED);
        if el.has_attribute("aria-pressed") {
            let _ = el.set_attribute("aria-pressed", "true");
        }
    }
    set_class(&lists(data::HL, &token), toggled::HL, true);
    set_class(&lists(data::HLS, &token), toggled::HL_SENTENCE, true);
}

/// Starts the shared selection: from the hash, then from clicks and history.
pub fn attach() {
    state::on_select(highlight);
    state::on_select(|sel| {
        let current = from_hash();
        if current == sel {
            return;
        }
        match sel {
            Some(s) => browser::push_hash(Some(&s.token())),
            None if browser::hash().is_empty() => {}
            None => browser::push_hash(None),
        }
    });
    let doc = browser::document();
    browser::on(&doc, "click", |ev| {
        if let Some(el) = closest(ev, attr::TOGGLE) {
            let sel = el
                .get_attribute(data::TOGGLE)
                .and_then(|t| Selection::from_token(&t));
            if let Some(sel) = sel.filter(|s| exists(*s)) {
                state::toggle(sel);
            }
        } else if let Some(el) = closest(ev, attr::SHOW) {
            let sel = el
                .get_attribute(data::SHOW)
                .and_then(|t| Selection::from_token(&t));
            if let Some(sel) = sel.filter(|s| exists(*s)) {
                state::select(Some(sel));
            }
            if let Some(id) = el.get_attribute(data::SENTENCE) {
                browser::scroll_to_id(&id, true);
            }
        }
    });
    let win = browser::window();
    browser::on(&win, "popstate", |_| {
        let h = browser::hash();
        let names_selection = h.is_empty() || url_state::selection_from_hash(&h).is_some();
        if names_selection {
            let sel = from_hash();
            if state::selection() != sel {
                state::select(sel);
            }
        }
    });
    if let Some(sel) = from_hash() {
        state::select(Some(sel));
    }
}

/// After start-up: scroll to what the hash names (a section or a quote card).
pub fn reveal_initial_hash() {
    let h = browser::hash();
    let id = h.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    match state::selection() {
        Some(Selection::Quote(_)) | Some(Selection::Sentence(_)) | None => {
            browser::scroll_to_id(id, false)
        }
        Some(_) => {}
    }
}
