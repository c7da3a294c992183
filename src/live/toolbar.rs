//! The "Einbetten" dialog: the snippet is built from the chosen options and
//! the page's own address, and copied to the clipboard.
use super::browser::{self, on};
use super::state;
use crate::embed::{self, EmbedOptions};
use crate::hooks::{by_testid, data, dot};
use crate::i18n::Lang;
use crate::url_state::{Theme, View};
use std::rc::Rc;
use wasm_bindgen::JsCast;

fn select_value(dialog: &web_sys::Element, selector: &str) -> String {
    dialog
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

fn options(dialog: &web_sys::Element) -> EmbedOptions {
    let compact = dialog
        .query_selector(by_testid::EMBED_COMPACT)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked());
    EmbedOptions {
        view: View::parse(&select_value(dialog, by_testid::EMBED_VIEW)).unwrap_or_default(),
        theme: Theme::parse(&select_value(dialog, by_testid::EMBED_THEME)).unwrap_or_default(),
        lang: Lang::parse(&select_value(dialog, by_testid::EMBED_LANG)).unwrap_or_default(),
        compact,
    }
}

/// Attaches the embed button and dialog.
pub fn attach() {
    let Some(dialog) = browser::find(dot::EMBED_DIALOG) else {
        return;
    };
    let Some(open) = browser::find(dot::EMBED_OPEN) else {
        return;
    };
    let title = dialog.get_attribute(data::TITLE).unwrap_or_default();
    let snippet = dialog
        .query_selector(by_testid::EMBED_SNIPPET)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let status = dialog.query_selector(dot::EMBED_STATUS).ok().flatten();
    let refresh = {
        let (dialog, snippet) = (dialog.clone(), snippet.clone());
        move || {
            let href = browser::window().location().href().unwrap_or_default();
            let text = embed::snippet(&href, &options(&dialog), &title);
            if let Some(s) = &snippet {
                s.set_value(&text);
            }
            text
        }
    };
    let refresh = Rc::new(refresh);
    {
        let (dialog, refresh, status) = (dialog.clone(), Rc::clone(&refresh), status.clone());
        on(&open, "click", move |_| {
            refresh();
            if let Some(s) = &status {
                s.set_text_content(Some(""));
            }
            if let Some(d) = dialog.dyn_ref::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        });
    }
    {
        let refresh = Rc::clone(&refresh);
        on(&dialog, "change", move |_| {
            refresh();
        });
    }
    {
        let d = dialog.clone();
        on(&dialog, "click", move |ev| {
            if browser::closest(ev, dot::EMBED_CLOSE).is_some() {
                if let Some(d) = d.dyn_ref::<web_sys::HtmlDialogElement>() {
                    d.close();
                }
            } else if browser::closest(ev, dot::EMBED_COPY).is_some() {
                let status = status.clone();
                browser::copy_text(&refresh(), move |ok| {
                    if let Some(s) = status {
                        s.set_text_content(Some(if ok {
                            state::t("Kopiert", "Copied")
                        } else {
                            state::t(
                                "Kopieren nicht möglich – bitte markieren",
                                "Copying failed – select the code",
                            )
                        }));
                    }
                });
            }
        });
    }
}
