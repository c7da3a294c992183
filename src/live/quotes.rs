//! The quote explorer's filters on the static cards: by speaker, by
//! organisation and by a search that ignores case and umlaut spelling. The
//! cards carry what is compared; the matching is [`crate::quote_filter`]'s.
use super::browser::{self, all, on};
use super::state;
use crate::hooks::{data, dot, id};
use crate::quote_filter::{self, CardKeys, QuoteFilter};
use std::rc::Rc;
use wasm_bindgen::JsCast;

struct Card {
    el: web_sys::Element,
    keys: CardKeys,
}

fn value_of(root: &web_sys::Element, selector: &str) -> String {
    let Some(el) = root.query_selector(selector).ok().flatten() else {
        return String::new();
    };
    if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.value()
    } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else {
        String::new()
    }
}

/// Attaches filters, search, the count and the copy-link buttons.
pub fn attach() {
    let Some(section) = browser::document().get_element_by_id(id::QUOTES) else {
        return;
    };
    let cards: Vec<Card> = all(&section, dot::QUOTE_CARD)
        .into_iter()
        .map(|el| {
            let a = |name: &str| el.get_attribute(name).unwrap_or_default();
            Card {
                keys: CardKeys {
                    kind: a(data::KIND),
                    speaker: a(data::SPEAKER),
                    organisation: a(data::ORG),
                    search: a(data::SEARCH),
                },
                el,
            }
        })
        .collect();
    let count = section.query_selector(dot::RESULT_COUNT).ok().flatten();
    let cards = Rc::new(cards);
    let apply = {
        let section = section.clone();
        move || {
            let filter = QuoteFilter::from_controls(
                &value_of(&section, dot::FILTER_KIND),
                &value_of(&section, dot::FILTER_SPEAKER),
                &value_of(&section, dot::FILTER_ORGANISATION),
                &value_of(&section, dot::QUOTE_SEARCH),
            );
            let mut shown = 0;
            for c in cards.iter() {
                let pass = filter.passes(&c.keys);
                shown += usize::from(pass);
                let _ = if pass {
                    c.el.remove_attribute("hidden")
                } else {
                    c.el.set_attribute("hidden", "")
                };
            }
            if let Some(count) = &count {
                let (de, en) = quote_filter::count_texts(shown);
                for (class, text) in [(dot::L_DE, de), (dot::L_EN, en)] {
                    if let Some(el) = count.query_selector(class).ok().flatten() {
                        el.set_text_content(Some(&text));
                    }
                }
            }
        }
    };
    let apply = Rc::new(apply);
    for (selector, event) in [
        (dot::FILTER_SPEAKER, "change"),
        (dot::FILTER_ORGANISATION, "change"),
        (dot::FILTER_KIND, "change"),
        (dot::QUOTE_SEARCH, "input"),
    ] {
        if let Some(el) = section.query_selector(selector).ok().flatten() {
            let apply = Rc::clone(&apply);
            on(&el, event, move |_| apply());
        }
    }
    // Copy a deep link to a card.
    on(&section, "click", |ev| {
        let Some(button) = browser::closest(ev, dot::COPY_LINK) else {
            return;
        };
        let Some(token) = button.get_attribute(data::LINK) else {
            return;
        };
        let href = browser::window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        let status = button
            .parent_element()
            .and_then(|p| p.query_selector(dot::COPY_STATUS).ok().flatten());
        browser::copy_text(&format!("{base}#{token}"), move |ok| {
            if let Some(status) = status {
                let text = if ok {
                    state::t("Link kopiert", "Link copied")
                } else {
                    state::t("Kopieren nicht möglich", "Copying not possible")
                };
                status.set_text_content(Some(text));
            }
        });
    });
}
