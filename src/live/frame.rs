//! Talks to the page that frames the app: pym.js `height` messages (when the
//! URL carries pym's `childId`), Datawrapper's `datawrapper-height` and AMP's
//! `embed-size`, on every layout change including shrinking; answers pym's
//! `width` messages. Sends nothing when the page is not framed, and ignores
//! every message that is not a well-formed one of these protocols.
use super::browser::{self, document, window};
use crate::embed::{self, ParentMessage};
use js_sys::{Object, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

fn parent_window() -> Option<web_sys::Window> {
    let win = web_sys::window()?;
    let parent = win.parent().ok().flatten()?;
    // Unframed, `parent` is the window itself.
    (!Object::is(&win, &parent)).then_some(parent)
}

fn content_height() -> Option<f64> {
    let root = document().document_element()?;
    Some(root.get_bounding_client_rect().height().ceil())
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

/// Starts the resizer protocols if the app is framed. `child_id` is pym's id.
pub fn start(child_id: Option<String>) {
    let Some(parent) = parent_window() else {
        return;
    };
    let last = Rc::new(Cell::new(-1.0_f64));
    let send: Rc<dyn Fn(bool)> = {
        let parent = parent.clone();
        let child_id = child_id.clone();
        Rc::new(move |force: bool| {
            let Some(height) = content_height() else {
                return;
            };
            if !force && height == last.get() {
                return;
            }
            last.set(height);
            if let Some(id) = &child_id {
                let msg = embed::pym_message(id, "height", &format!("{height}"));
                let _ = parent.post_message(&JsValue::from_str(&msg), "*");
            }
            let inner = Object::new();
            set(
                &inner,
                child_id.as_deref().unwrap_or("lagebild"),
                &JsValue::from_f64(height),
            );
            let datawrapper = Object::new();
            set(&datawrapper, "datawrapper-height", &inner);
            let _ = parent.post_message(&datawrapper, "*");
            let amp = Object::new();
            set(&amp, "sentinel", &JsValue::from_str("amp"));
            set(&amp, "type", &JsValue::from_str("embed-size"));
            set(&amp, "height", &JsValue::from_f64(height));
            let _ = parent.post_message(&amp, "*");
        })
    };

    let on_resize = {
        let send = send.clone();
        Closure::<dyn Fn()>::new(move || send(false))
    };
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
        browser::on_release(move || observer.disconnect());
    }
    browser::hold(on_resize);

    if let Some(id) = child_id {
        let send = send.clone();
        browser::on(&window(), "message", move |ev| {
            let Some(data) = ev
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string())
            else {
                return;
            };
            if let Some(ParentMessage::Width(_)) = embed::parse_parent_message(&data, &id) {
                send(true);
            }
        });
    }
    send(true);
}
