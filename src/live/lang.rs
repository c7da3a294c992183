//! The interface language: `<html data-lang="en">` switches the static
//! strings by CSS (both languages are in the page); this module swaps what CSS
//! cannot reach (`aria-label`, `aria-description`, option texts, the page's
//! `lang`), runs the toggle button and remembers the choice. The live charts
//! redraw on the change themselves (`live::charts`).
use super::browser::{self, all_in_document};
use super::state;
use crate::hooks::{attr, data, dot, written};
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
            Lang::En => root.set_attribute(written::LANG, "en"),
            Lang::De => root.remove_attribute(written::LANG),
        };
        // The page's language for assistive technology; the article's own
        // text keeps `lang="de"` on its elements.
        let _ = root.set_attribute("lang", lang.code());
    }
    swap(
        attr::EN_LABEL,
        data::EN_LABEL,
        written::DE_LABEL,
        Some("aria-label"),
        lang,
    );
    swap(
        attr::TIP_EN,
        data::TIP_EN,
        written::TIP_DE,
        Some(data::TIP),
        lang,
    );
    for el in all_in_document(&format!("{}[aria-description]", attr::TIP_EN)) {
        if let Some(tip) = el.get_attribute(data::TIP) {
            let _ = el.set_attribute("aria-description", &tip);
        }
    }
    swap(
        &format!("option{}", attr::EN),
        data::EN,
        written::DE,
        None,
        lang,
    );
    if let Some(button) = browser::find(dot::LANG_TOGGLE) {
        let _ = button.set_attribute("lang", if lang == Lang::De { "en" } else { "de" });
    }
}

/// Starts the language: the one the start-up script chose (URL or stored),
/// then the toggle.
pub fn attach() {
    state::on_lang(apply);
    state::on_lang(|lang| browser::store(KEY, lang.code()));
    let initial = browser::root()
        .and_then(|r| r.get_attribute(written::LANG))
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default();
    if initial == Lang::En {
        // Only the attributes: the stored choice must not be rewritten by a URL.
        apply(initial);
    }
    state::set_lang_quietly(initial);
    if let Some(button) = browser::find(dot::LANG_TOGGLE) {
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
