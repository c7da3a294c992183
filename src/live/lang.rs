//! The interface language: `<html data-lang="en">` switches the static
//! strings by CSS (both languages are in the page); this module swaps what CSS
//! cannot reach (`aria-label`, `aria-description`, option texts, the page's
//! `lang`), runs the toggle button and remembers the choice. The live charts
//! redraw on the change themselves (`live::charts`).
use super::browser::{self, all_in_document};
use super::state;
use crate::i18n::Lang;

const KEY: &str = "lagebild.lang";

/// Swaps attribute `attr` of every `[data-en-…]` element to `lang`, keeping
/// the German original in `data-de-…` the first time.
fn swap(selector: &str, en_attr: &str, de_attr: &str, attr: Option<&str>, lang: Lang) {
    for el in all_in_document(selector) {
        let current = match attr {
            Some(a) => el.get_attribute(a),
            None => el.text_content(),
        };
        if !el.has_attribute(de_attr) {
            let _ = el.set_attribute(de_attr, &current.unwrap_or_default());
        }
        let from = if lang == Lang::En { en_attr } else { de_attr };
        let Some(value) = el.get_attribute(from) else {
            continue;
        };
        match attr {
            Some(a) => {
                let _ = el.set_attribute(a, &value);
            }
            None => el.set_text_content(Some(&value)),
        }
    }
}

fn apply(lang: Lang) {
    if let Some(root) = browser::root() {
        let _ = match lang {
            Lang::En => root.set_attribute("data-lang", "en"),
            Lang::De => root.remove_attribute("data-lang"),
        };
        // The page's language for assistive technology; the article's own
        // text keeps `lang="de"` on its elements.
        let _ = root.set_attribute("lang", lang.code());
    }
    swap(
        "[data-en-label]",
        "data-en-label",
        "data-de-label",
        Some("aria-label"),
        lang,
    );
    swap(
        "[data-tip-en]",
        "data-tip-en",
        "data-tip-de",
        Some("data-tip"),
        lang,
    );
    for el in all_in_document("[data-tip-en][aria-description]") {
        if let Some(tip) = el.get_attribute("data-tip") {
            let _ = el.set_attribute("aria-description", &tip);
        }
    }
    swap("option[data-en]", "data-en", "data-de", None, lang);
    if let Some(button) = browser::find(".lang-toggle") {
        let _ = button.set_attribute("lang", if lang == Lang::De { "en" } else { "de" });
    }
}

/// Starts the language: the one the start-up script chose (URL or stored),
/// then the toggle.
pub fn attach() {
    state::on_lang(apply);
    state::on_lang(|lang| browser::store(KEY, lang.code()));
    let initial = browser::root()
        .and_then(|r| r.get_attribute("data-lang"))
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default();
    if initial == Lang::En {
        // Only the attributes: the stored choice must not be rewritten by a URL.
        apply(initial);
    }
    state::set_lang_quietly(initial);
    if let Some(button) = browser::find(".lang-toggle") {
        browser::on(&button, "click", |_| {
            let next = if state::lang() == Lang::De {
                Lang::En
            } else {
                Lang::De
            };
            state::set_lang(next);
        });
    }
}
