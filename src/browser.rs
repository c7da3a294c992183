//! Glue to the page around the app: URL and history, theme, stored language,
//! scrolling. Every call tolerates odd browser state (no storage, no history)
//! by doing nothing.
use crate::i18n::Lang;
use crate::selection::Selection;
use crate::url_state::{self, Theme};
use crate::Explainer;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

const LANG_KEY: &str = "lagebild.lang";

/// The page's query string ("?view=map"), empty if unreadable.
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's hash ("#zitat-2"), empty if unreadable.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
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

/// Sets `data-theme` on `<html>` ("auto" removes it, following the system).
pub fn apply_theme(theme: Theme) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        t => root.set_attribute("data-theme", t.code()),
    };
}

/// Marks `<html>` as compact (the masthead is hidden) for embeds.
pub fn apply_compact(compact: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force("compact", compact);
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The language the reader chose earlier, if storage works and holds one.
pub fn stored_lang() -> Option<Lang> {
    storage()?
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|v| Lang::parse(&v))
}

/// Remembers the language; silently skipped where storage is unavailable.
pub fn store_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

/// Keeps the selection and the URL hash in step: a selection pushes a history
/// entry ("#zitat-2"), so the back button steps back through selections, and a
/// reload or shared link restores it. Section hashes ("#karte") leave it alone.
pub fn sync_selection_with_url(ex: Explainer) {
    let from_hash =
        move || url_state::selection_from_hash(&hash()).filter(|s| s.exists_in(ex.article));
    if let Some(sel) = from_hash() {
        ex.selection.set(Some(sel));
    }
    Effect::new(move |_| {
        let sel = ex.selection.get();
        let current = hash();
        let current_sel = from_hash();
        if current_sel == sel || (sel.is_none() && current_sel.is_none()) {
            return;
        }
        let loc = window().location();
        let base = format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        );
        let url = match sel {
            Some(s) => format!("{base}#{}", s.token()),
            None if current.is_empty() => return,
            None => base,
        };
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let h = hash();
        let names_selection = h.is_empty() || url_state::selection_from_hash(&h).is_some();
        if names_selection {
            let sel = from_hash();
            if ex.selection.get_untracked() != sel {
                ex.selection.set(sel);
            }
        }
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

/// After mount: scroll to what the hash names (a section or a quote card).
pub fn reveal_initial_hash(selection: Option<Selection>) {
    let h = hash();
    let id = h.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    match selection {
        Some(Selection::Quote(_)) | Some(Selection::Sentence(_)) | None => scroll_to_id(id, false),
        Some(_) => {}
    }
}

/// Shows a polite error box with a reload link. Called from the panic hook, so
/// it uses plain DOM calls and no reactive state; the link needs no script.
pub fn show_error_box() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("lagebild-error").is_some() {
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
    boxed.set_id("lagebild-error");
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
