use leptos::prelude::*;

/// The troop-estimate charts (issue 4; not built yet).
#[component]
pub fn TroopCharts() -> impl IntoView {
    view! { <p class="pending">"Die Diagramme folgen."</p> }
}
