//! Offline use: registers the service worker (`sw.js`, written by the build)
//! and offers a reload when a new version has been installed. Browsers without
//! service workers, or where registration fails, simply run online.
use super::browser::{self, window};
use crate::hooks::dot;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

fn container() -> Option<ServiceWorkerContainer> {
    let nav = window().navigator();
    let has = Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| nav.service_worker())
}

/// Shows the "Neue Version verfügbar" notice (static markup, hidden until now).
fn update_ready() {
    if let Some(banner) = browser::find(dot::UPDATE_BANNER) {
        let _ = banner.remove_attribute("hidden");
    }
}

/// Registers the worker and wires the update notice's reload button.
pub fn register() {
    if let Some(button) = browser::find(dot::UPDATE_RELOAD) {
        browser::on(&button, "click", |_| activate_update());
    }
    let Some(container) = container() else { return };
    let promise = container.register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(reg) => {
                if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
                    watch(reg);
                }
            }
            Err(err) => {
                web_sys::console::warn_2(&"Lagebild: Offline-Modus nicht verfügbar".into(), &err)
            }
        }
    });
}

fn has_controller() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

fn watch_worker(worker: ServiceWorker) {
    let w = worker.clone();
    browser::on(&worker, "statechange", move |_| {
        if w.state() == ServiceWorkerState::Installed && has_controller() {
            update_ready();
        }
    });
}

fn watch(reg: ServiceWorkerRegistration) {
    if reg.waiting().is_some() && has_controller() {
        update_ready();
    }
    if let Some(installing) = reg.installing() {
        watch_worker(installing);
    }
    let r = reg.clone();
    browser::on(&reg, "updatefound", move |_| {
        if let Some(installing) = r.installing() {
            watch_worker(installing);
        }
    });
}

/// Activates the waiting version and reloads once it controls the page.
pub fn activate_update() {
    let Some(container) = container() else {
        let _ = window().location().reload();
        return;
    };
    browser::on(&container, "controllerchange", |_| {
        let _ = window().location().reload();
    });
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let waiting = reg
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting());
        match waiting {
            Some(w) => {
                let _ = w.post_message(&JsValue::from_str("lagebild:skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}
