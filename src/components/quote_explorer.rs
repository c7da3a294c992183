use leptos::prelude::*;

/// The quote explorer (issue 5; not built yet).
#[component]
pub fn QuoteExplorer() -> impl IntoView {
    view! { <p class="pending">"Die Zitate folgen."</p> }
}
