use leptos::prelude::*;
use std::time::Duration;

/// Renders its children one task after mounting, so that a heavy part of a
/// view (a second chart, the inset map) does not lengthen the task that
/// mounts the rest. Deferred parts mount in the order they were created.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    view! { <Show when=move || ready.get()>{children()}</Show> }
}
