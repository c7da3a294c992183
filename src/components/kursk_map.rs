use leptos::prelude::*;

/// The interactive map around Kursk (issue 3; not built yet).
#[component]
pub fn KurskMap() -> impl IntoView {
    view! { <p class="pending">"Die Karte folgt."</p> }
}
