//! Lagebild: a German news article as an interactive explainer.
//!
//! The article is parsed at build time (`build.rs`) and enters the app once,
//! provided by context together with the one selection every view shares.

/// Page glue: URL, history, theme, storage, scrolling.
pub mod browser;
/// The troop-estimate charts as pure drawing code (canvas in the browser, SVG at build time).
pub mod charts;
/// The embedded, pre-parsed article.
pub mod data;
/// German descriptions of recognised items.
pub mod describe;
/// Embedding protocols (pym.js, Datawrapper, AMP) and the embed snippet.
pub mod embed;
/// Troop estimates per claimant, derived from the parsed article.
pub mod estimates;
/// German number and date formats.
pub mod format;
/// The resizer messages to a framing page.
pub mod frame;
/// Interface language (German, English).
pub mod i18n;
/// Map view-state math: pan/zoom, label placement, text alternative.
pub mod map_view;
/// Service worker registration and the update notice.
pub mod pwa;
/// Quote cards, filters and umlaut-tolerant search.
pub mod quote_filter;
/// Text runs and inline marks for the article view.
pub mod segments;
/// The selection shared by every view, and its URL token.
pub mod selection;

/// Embed options and selection read from the URL.
pub mod url_state;

/// The views the reader sees.
pub mod components;

use article::Article;
use leptos::prelude::*;
use selection::Selection;

/// What every view reads: the article and the shared selection.
#[derive(Clone, Copy)]
pub struct Explainer {
    pub article: &'static Article,
    pub selection: RwSignal<Option<Selection>>,
}

impl Explainer {
    /// Selects `sel`, or clears the selection when it is selected already.
    pub fn toggle(&self, sel: Selection) {
        self.selection
            .update(|cur| *cur = if *cur == Some(sel) { None } else { Some(sel) });
    }
}

/// Scrolls to sentence `i` (0-based) of the article and gives it focus.
pub fn reveal_sentence(i: u32) {
    browser::scroll_to_id(&format!("satz-{}", i + 1), true);
}

/// The explainer from context. Views are only ever mounted inside [`App`].
pub fn use_explainer() -> Explainer {
    expect_context::<Explainer>()
}

fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Starts the app: panic hook, then mounts into `#app`.
pub fn start() {
    mark("lagebild:start");
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        browser::show_error_box();
    }));
    let article = match data::embedded_article() {
        Ok(article) => article,
        Err(reason) => {
            web_sys::console::error_1(&reason.into());
            return;
        }
    };
    let article: &'static Article = Box::leak(Box::new(article));
    mark("lagebild:decoded");
    let Some(root) = document().get_element_by_id("app") else {
        web_sys::console::error_1(&"Lagebild: kein #app-Element".into());
        return;
    };
    root.set_inner_html("");
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    leptos::mount::mount_to(root, move || view! { <App article/> }).forget();
}

/// A polite notice naming URL parameters whose values were not understood
/// (their defaults apply). Names are shown as text, shortened, at most five.
fn ignored_notice(ignored: &[String], i18n: i18n::I18n) -> Option<impl IntoView> {
    if ignored.is_empty() {
        return None;
    }
    let names = ignored
        .iter()
        .take(5)
        .map(|k| k.chars().take(30).collect::<String>())
        .collect::<Vec<_>>()
        .join(", ");
    Some(view! {
        <p class="notice url-notice ui" role="status" data-testid="url-notice">
            {move || {
                i18n.t(
                    "Nicht verstandene Angaben in der Adresse wurden übergangen: ",
                    "Parameters in the address that were not understood were ignored: ",
                )
            }}
            {names}
        </p>
    })
}

/// How many sections mount one after another.
const SECTIONS: u8 = 5;

/// The whole explainer: section navigation, then map, figures, quotes and article.
#[component]
pub fn App(article: &'static Article) -> impl IntoView {
    let url = url_state::parse_query(&browser::query());
    if url.test_panic {
        panic!("Lagebild: test-only panic requested by the URL");
    }
    let explainer = Explainer {
        article,
        selection: RwSignal::new(None),
    };
    provide_context(explainer);
    let lang = url.lang.or_else(browser::stored_lang).unwrap_or_default();
    let i18n = i18n::I18n {
        lang: RwSignal::new(lang),
    };
    provide_context(i18n);
    browser::apply_theme(url.theme);
    browser::apply_compact(url.compact);
    browser::sync_selection_with_url(explainer);
    // Resizer messages and the service worker are not needed for the first
    // paint: they start in a later task.
    let child_id = url.child_id.clone();
    let update_ready = RwSignal::new(false);
    set_timeout(
        move || {
            frame::start(child_id);
            pwa::register(update_ready);
        },
        std::time::Duration::ZERO,
    );
    let t = move |de, en| move || i18n.t(de, en);
    let show = move |v: url_state::View| url.view == url_state::View::All || url.view == v;
    let toggle_lang = move |_| {
        let next = if i18n.lang.get_untracked() == i18n::Lang::De {
            i18n::Lang::En
        } else {
            i18n::Lang::De
        };
        i18n.lang.set(next);
        browser::store_lang(next);
    };
    // Sections mount one task at a time, top first, so no single task blocks
    // the main thread for long on a slow phone.
    let stage = RwSignal::new(0u8);
    Effect::new(move |_| {
        let now = stage.get();
        mark(&format!("lagebild:stage-{now}"));
        if now == 1 {
            components::prepare_map(article);
        }
        if now < SECTIONS {
            set_timeout(move || stage.set(now + 1), std::time::Duration::ZERO);
        } else {
            request_animation_frame(move || {
                browser::reveal_initial_hash(explainer.selection.get_untracked());
                // Browser tests and the fallback notice wait for this.
                if let Some(root) = document().get_element_by_id("app") {
                    let _ = root.set_attribute("data-app-ready", "");
                }
            });
        }
    });
    let show = move |v: url_state::View, at: u8| show(v) && stage.get() >= at;
    use url_state::View;
    view! {
        <nav class="sections ui" aria-label=t("Abschnitte", "Sections")>
            <Show when=move || url.view == View::All>
                <a href="#karte">{t("Karte", "Map")}</a>
                <a href="#zahlen">{t("Zahlen", "Figures")}</a>
                <a href="#zitate">{t("Zitate", "Quotes")}</a>
                <a href="#artikel">{t("Artikel", "Article")}</a>
            </Show>
            <components::EmbedDialog/>
            <button type="button" class="lang-toggle" lang=move || if i18n.lang.get() == i18n::Lang::De { "en" } else { "de" } on:click=toggle_lang data-testid="lang-toggle">
                <span class="label-long">{move || if i18n.lang.get() == i18n::Lang::De { "English" } else { "Deutsch" }}</span>
                <span class="label-short" aria-hidden="true">{move || if i18n.lang.get() == i18n::Lang::De { "EN" } else { "DE" }}</span>
            </button>
        </nav>
        {ignored_notice(&url.ignored, i18n)}
        <main class="sections-grid" class:single=url.view != View::All>
            <Show when=move || show(View::Map, 2)>
                <section id="karte" class="panel" aria-labelledby="karte-titel">
                    <h2 id="karte-titel">{t("Karte: die Region Kursk", "Map: the Kursk region")}</h2>
                    <components::KurskMap/>
                </section>
            </Show>
            <Show when=move || show(View::Charts, 3)>
                <section id="zahlen" class="panel" aria-labelledby="zahlen-titel">
                    <h2 id="zahlen-titel">{t("Zahlen: wer wie viele Soldaten meldet", "Figures: who reports how many troops")}</h2>
                    <components::TroopCharts/>
                </section>
            </Show>
            <Show when=move || show(View::Quotes, 4)>
                <section id="zitate" class="panel" aria-labelledby="zitate-titel">
                    <h2 id="zitate-titel">{t("Zitate", "Quotes")}</h2>
                    <components::QuoteExplorer/>
                </section>
            </Show>
            <Show when=move || show(View::Article, 5)>
                <section id="artikel" class="panel article" aria-labelledby="artikel-titel">
                    <h2 id="artikel-titel">{t("Der Artikel", "The article")}</h2>
                    <components::ArticleView/>
                </section>
            </Show>
        </main>
        <pwa::UpdateBanner update_ready/>
        // Last, so that sections mounting one by one never push it around.
        <Show when=move || { stage.get() >= SECTIONS }>
        <footer class="credits ui">
            <p>"Kartendaten: Natural Earth (gemeinfrei) · Ortsdaten: GeoNames, CC BY 4.0"</p>
        </footer>
        </Show>
    }
}
