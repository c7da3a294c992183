//! The state every part of the page shares: the selection and the interface
//! language. Parts subscribe with [`on_select`] / [`on_lang`]; a change calls
//! every subscriber once, in the order they subscribed.
use crate::i18n::Lang;
use crate::selection::Selection;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Subscribers<T> = RefCell<Vec<Rc<dyn Fn(T)>>>;

#[derive(Default)]
struct State {
    selection: Cell<Option<Selection>>,
    lang: Cell<Lang>,
    on_select: Subscribers<Option<Selection>>,
    on_lang: Subscribers<Lang>,
}

thread_local! {
    static STATE: State = State::default();
}

/// The current selection.
pub fn selection() -> Option<Selection> {
    STATE.with(|s| s.selection.get())
}

/// Sets the selection and tells every subscriber (also when unchanged, so a
/// repeated "show in article" scrolls again).
pub fn select(sel: Option<Selection>) {
    let subs = STATE.with(|s| {
        s.selection.set(sel);
        s.on_select.borrow().clone()
    });
    for f in subs {
        f(sel);
    }
}

/// Selects `sel`, or clears the selection when it is selected already.
pub fn toggle(sel: Selection) {
    select(if selection() == Some(sel) {
        None
    } else {
        Some(sel)
    });
}

/// Forgets every subscriber (the live page is being detached); the
/// selection and language stay.
pub fn unsubscribe_all() {
    STATE.with(|s| {
        s.on_select.borrow_mut().clear();
        s.on_lang.borrow_mut().clear();
    });
}

/// Calls `f` on every selection change.
pub fn on_select(f: impl Fn(Option<Selection>) + 'static) {
    STATE.with(|s| s.on_select.borrow_mut().push(Rc::new(f)));
}

/// The interface language.
pub fn lang() -> Lang {
    STATE.with(|s| s.lang.get())
}

/// Sets the interface language and tells every subscriber.
pub fn set_lang(lang: Lang) {
    let subs = STATE.with(|s| {
        s.lang.set(lang);
        s.on_lang.borrow().clone()
    });
    for f in subs {
        f(lang);
    }
}

/// Sets the language without telling anyone (at start-up, before subscribers care).
pub fn set_lang_quietly(lang: Lang) {
    STATE.with(|s| s.lang.set(lang));
}

/// Calls `f` on every language change.
pub fn on_lang(f: impl Fn(Lang) + 'static) {
    STATE.with(|s| s.on_lang.borrow_mut().push(Rc::new(f)));
}

/// German or English, by the current language.
pub fn t(de: &'static str, en: &'static str) -> &'static str {
    match lang() {
        Lang::De => de,
        Lang::En => en,
    }
}
