//! The navigation's tools: the "Einbetten" dialog (its snippet is built in
//! the browser, from the page's own address) and the language toggle.
use super::tr;
use crate::i18n::Lang;
use crate::url_state::{Theme, View};
use leptos::prelude::*;

/// The "Einbetten" button and its dialog: choose view, theme, language and
/// compact header, and copy the iframe snippet for the CMS.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let title = super::site::embed_title(&super::use_explainer().story);
    let views = [
        (View::All.code(), "Alles", "Everything"),
        (View::Map.code(), "Karte", "Map"),
        (View::Charts.code(), "Zahlen", "Figures"),
        (View::Quotes.code(), "Zitate", "Quotes"),
        (View::Article.code(), "Artikel", "Article"),
    ];
    let themes = [
        (Theme::Auto.code(), "wie System", "as system"),
        (Theme::Light.code(), "hell", "light"),
        (Theme::Dark.code(), "dunkel", "dark"),
    ];
    let langs = [
        (Lang::De.code(), "Deutsch", "Deutsch"),
        (Lang::En.code(), "English", "English"),
    ];
    view! {
        <button type="button" class="embed-open needs-script" data-testid="embed-open">
            <span class="label-long">{tr("Einbetten", "Embed")}</span>
            <span class="label-short" aria-hidden="true">"</>"</span>
        </button>
        <dialog class="embed-dialog ui" aria-labelledby="embed-title" data-title=title>
            <h2 id="embed-title">{tr("In eine Seite einbetten", "Embed in a page")}</h2>
            <div class="embed-options">
                <ChoiceSelect label=("Ansicht", "View") items=views testid="embed-view"/>
                <ChoiceSelect label=("Farbschema", "Colour scheme") items=themes testid="embed-theme"/>
                <ChoiceSelect label=("Sprache der Bedienung", "Interface language") items=langs testid="embed-lang"/>
                <label class="check">
                    <input type="checkbox" data-testid="embed-compact"/>
                    {tr("Kompakt (ohne Titel)", "Compact (no headline)")}
                </label>
            </div>
            <label class="snippet-label">
                {tr("Code für das CMS", "Code for the CMS")}
                <textarea readonly rows="6" data-testid="embed-snippet"></textarea>
            </label>
            <p class="hint">
                {tr(
                    "Die Höhe passt sich automatisch an (pym.js; auch Datawrapper- und AMP-Resizer werden bedient).",
                    "The height adjusts itself (pym.js; Datawrapper and AMP resizers are served too).",
                )}
            </p>
            <div class="dialog-actions">
                <button type="button" class="embed-copy">{tr("Code kopieren", "Copy code")}</button>
                <button type="button" class="embed-close">{tr("Schließen", "Close")}</button>
                <span role="status" class="embed-status"></span>
            </div>
        </dialog>
    }
}

/// A labelled `<select>` over a few choices (value, German, English).
#[component]
fn ChoiceSelect<const N: usize>(
    label: (&'static str, &'static str),
    items: [(&'static str, &'static str, &'static str); N],
    testid: &'static str,
) -> impl IntoView {
    view! {
        <label>
            {tr(label.0, label.1)}
            <select data-testid=testid>
                {items
                    .into_iter()
                    .map(|(v, de, en)| view! { <option value=v data-en=en>{de}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Switches the interface language (a button for the other language). Hidden
/// until the script runs: without it, there is nothing to switch.
#[component]
pub fn LangToggle() -> impl IntoView {
    view! {
        <button type="button" class="lang-toggle needs-script" data-testid="lang-toggle">
            <span class="l-de"><span class="label-long" lang="en">"English"</span><span class="label-short" aria-hidden="true">"EN"</span></span>
            <span class="l-en"><span class="label-long" lang="de">"Deutsch"</span><span class="label-short" aria-hidden="true">"DE"</span></span>
        </button>
    }
}
