//! Offline use: registers the service worker (`sw.js`, written by the build)
//! and offers a reload when a new version has been installed. Browsers without
//! service workers, or where registration fails, simply run online.
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

fn container() -> Option<ServiceWorkerContainer> {
    let nav = window().navigator();
    let has = Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| nav.service_worker())
}

/// Registers the worker; sets `update_ready` when a new version waits.
pub fn register(update_ready: RwSignal<bool>) {
    let Some(container) = container() else { return };
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(reg) => {
                if let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() {
                    watch(reg, update_ready);
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

fn watch_worker(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    let w = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if w.state() == ServiceWorkerState::Installed && has_controller() {
            update_ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

fn watch(reg: ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    if reg.waiting().is_some() && has_controller() {
        update_ready.set(true);
    }
    if let Some(installing) = reg.installing() {
        watch_worker(installing, update_ready);
    }
    let r = reg.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        if let Some(installing) = r.installing() {
            watch_worker(installing, update_ready);
        }
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Activates the waiting version and reloads once it controls the page.
pub fn activate_update() {
    let Some(container) = container() else {
        let _ = window().location().reload();
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    leptos::task::spawn_local(async move {
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

/// The "Neue Version verfügbar" notice.
#[component]
pub fn UpdateBanner(update_ready: RwSignal<bool>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    view! {
        <Show when=move || update_ready.get()>
            <div class="update-banner ui" role="status" data-testid="update-banner">
                <span>{move || i18n.t("Neue Version verfügbar.", "New version available.")}</span>
                <button type="button" on:click=move |_| activate_update()>
                    {move || i18n.t("Neu laden", "Reload")}
                </button>
            </div>
        </Show>
    }
}
