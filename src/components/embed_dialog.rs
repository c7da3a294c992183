use crate::embed::{self, EmbedOptions};
use crate::i18n::{use_i18n, Lang};
use crate::url_state::{Theme, View};
use leptos::html;
use leptos::prelude::*;

const TITLE: &str = "Lagebild: Nordkoreanische Truppen in der Region Kursk";

/// The "Einbetten" button and dialog: choose view, theme, language and compact
/// header, and copy the iframe snippet for the CMS.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    let dialog = NodeRef::<html::Dialog>::new();
    let view_choice = RwSignal::new(View::All);
    let theme = RwSignal::new(Theme::Auto);
    let lang = RwSignal::new(Lang::De);
    let compact = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let snippet = Memo::new(move |_| {
        let options = EmbedOptions {
            view: view_choice.get(),
            theme: theme.get(),
            lang: lang.get(),
            compact: compact.get(),
        };
        let href = window().location().href().unwrap_or_default();
        embed::snippet(&href, &options, TITLE)
    });
    // The dialog's controls are built on first use, not at start-up.
    let opened = RwSignal::new(false);
    let open = move |_| {
        opened.set(true);
        copied.set(None);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy = move |_| {
        let promise = window()
            .navigator()
            .clipboard()
            .write_text(&snippet.get_untracked());
        leptos::task::spawn_local(async move {
            copied.set(Some(
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            ));
        });
    };
    let views = vec![
        (View::All, "Alles", "Everything"),
        (View::Map, "Karte", "Map"),
        (View::Charts, "Zahlen", "Figures"),
        (View::Quotes, "Zitate", "Quotes"),
        (View::Article, "Artikel", "Article"),
    ];
    let langs = vec![
        (Lang::De, "Deutsch", "Deutsch"),
        (Lang::En, "English", "English"),
    ];
    let themes = vec![
        (Theme::Auto, "wie System", "as system"),
        (Theme::Light, "hell", "light"),
        (Theme::Dark, "dunkel", "dark"),
    ];
    view! {
        <button type="button" class="embed-open" on:click=open data-testid="embed-open">
            <span class="label-long">{t("Einbetten", "Embed")}</span>
            <span class="label-short" aria-hidden="true">"</>"</span>
        </button>
        <dialog node_ref=dialog class="embed-dialog ui" aria-labelledby="embed-title">
            <Show when=move || opened.get()>
            <h2 id="embed-title">{t("In eine Seite einbetten", "Embed in a page")}</h2>
            <div class="embed-options">
                <ChoiceSelect label=("Ansicht", "View") items=views.clone() code=View::code parse=View::parse value=view_choice testid="embed-view"/>
                <ChoiceSelect label=("Farbschema", "Colour scheme") items=themes.clone() code=Theme::code parse=Theme::parse value=theme testid="embed-theme"/>
                <ChoiceSelect label=("Sprache der Bedienung", "Interface language") items=langs.clone() code=Lang::code parse=Lang::parse value=lang testid="embed-lang"/>
                <label class="check">
                    <input type="checkbox" on:change=move |ev| compact.set(event_target_checked(&ev))/>
                    {t("Kompakt (ohne Titel)", "Compact (no headline)")}
                </label>
            </div>
            <label class="snippet-label">
                {t("Code für das CMS", "Code for the CMS")}
                <textarea readonly rows="6" data-testid="embed-snippet" prop:value=move || snippet.get()></textarea>
            </label>
            <p class="hint">
                {t(
                    "Die Höhe passt sich automatisch an (pym.js; auch Datawrapper- und AMP-Resizer werden bedient).",
                    "The height adjusts itself (pym.js; Datawrapper and AMP resizers are served too).",
                )}
            </p>
            <div class="dialog-actions">
                <button type="button" on:click=copy>{t("Code kopieren", "Copy code")}</button>
                <button type="button" on:click=close>{t("Schließen", "Close")}</button>
                <span role="status">
                    {move || match copied.get() {
                        Some(true) => i18n.t("Kopiert", "Copied"),
                        Some(false) => i18n.t("Kopieren nicht möglich – bitte markieren", "Copying failed – select the code"),
                        None => "",
                    }}
                </span>
            </div>
            </Show>
        </dialog>
    }
}

/// A labelled `<select>` over a few choices, written back to `value`.
#[component]
fn ChoiceSelect<T>(
    label: (&'static str, &'static str),
    items: Vec<(T, &'static str, &'static str)>,
    code: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
    value: RwSignal<T>,
    testid: &'static str,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <label>
            {move || i18n.t(label.0, label.1)}
            <select
                data-testid=testid
                on:change=move |ev| {
                    if let Some(v) = parse(&event_target_value(&ev)) {
                        value.set(v);
                    }
                }
            >
                {items
                    .into_iter()
                    .map(|(v, de, en)| view! { <option value=code(v)>{move || i18n.t(de, en)}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}
