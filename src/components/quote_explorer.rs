use crate::i18n::use_i18n;
use crate::quote_filter::{self, QuoteCard, QuoteFilter};
use crate::selection::Selection;
use crate::{reveal_sentence, use_explainer};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every quote as a card, with filters by speaker and organisation and a search.
#[component]
pub fn QuoteExplorer() -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    let cards: &'static [QuoteCard] = Vec::leak(quote_filter::cards(ex.article));
    let speakers = quote_filter::speakers(cards);
    let organisations = quote_filter::organisations(cards);
    let filter = RwSignal::new(QuoteFilter::default());
    let visible = Memo::new(move |_| filter.with(|f| f.apply(cards)));

    if cards.is_empty() {
        return view! { <p class="empty">{t("Der Artikel enthält keine Zitate.", "The article has no quotes.")}</p> }
            .into_any();
    }
    let option_list = |items: Vec<String>| {
        items
            .into_iter()
            .map(|s| {
                let label = s.clone();
                view! { <option value=s>{label}</option> }
            })
            .collect_view()
    };
    let on_select = move |ev: leptos::ev::Event, org: bool| {
        let value = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value())
            .filter(|v| !v.is_empty());
        filter.update(|f| {
            if org {
                f.organisation = value
            } else {
                f.speaker = value
            }
        });
    };

    view! {
        <div class="quote-filters ui" role="search">
            <label>
                {t("Sprecher", "Speaker")}
                <select on:change=move |ev| on_select(ev, false) data-testid="filter-speaker">
                    <option value="">{t("alle", "all")}</option>
                    {option_list(speakers)}
                </select>
            </label>
            <label>
                {t("Organisation", "Organisation")}
                <select on:change=move |ev| on_select(ev, true) data-testid="filter-organisation">
                    <option value="">{t("alle", "all")}</option>
                    {option_list(organisations)}
                </select>
            </label>
            <label class="grow">
                {t("Suche in Zitaten", "Search quotes")}
                <input
                    type="search"
                    data-testid="quote-search"
                    autocomplete="off"
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                />
            </label>
        </div>
        <p class="result-count ui" aria-live="polite">
            {move || {
                let n = visible.with(Vec::len);
                match (i18n.lang.get(), n) {
                    (crate::i18n::Lang::De, 1) => "1 Zitat".to_string(),
                    (crate::i18n::Lang::De, n) => format!("{n} Zitate"),
                    (crate::i18n::Lang::En, 1) => "1 quote".to_string(),
                    (crate::i18n::Lang::En, n) => format!("{n} quotes"),
                }
            }}
        </p>
        <ol class="quote-cards">
            {cards
                .iter()
                .enumerate()
                .map(|(pos, card)| {
                    let shown = move || visible.with(|v| v.contains(&pos));
                    view! { <QuoteCardView card pos shown/> }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn QuoteCardView(
    card: &'static QuoteCard,
    pos: usize,
    shown: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    let sel = Selection::Quote(card.index);
    let selected = move || ex.selection.get() == Some(sel);
    let id = sel.token();
    let copied = RwSignal::new(None::<bool>);
    let row = |label: (&'static str, &'static str), value: Option<String>| {
        value.map(|v| {
            view! {
                <dt>{move || i18n.t(label.0, label.1)}</dt>
                <dd>{v}</dd>
            }
        })
    };
    let speaker_line = card.speaker.clone().map(|s| match &card.role {
        Some(role) if !card.anonymous() => format!("{s}, {role}"),
        _ => s,
    });
    let copy_link = move |_| {
        let Some(href) = window().location().href().ok() else {
            return;
        };
        let base = href.split('#').next().unwrap_or_default().to_string();
        let url = format!("{base}#{}", sel.token());
        let promise = window().navigator().clipboard().write_text(&url);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(ok));
        });
    };
    view! {
        <li
            class="card quote-card"
            id=id.clone()
            data-testid="quote-card"
            class:selected=selected
            hidden=move || !shown()
            aria-labelledby=format!("{id}-who")
        >
            <p class="card-meta ui">
                <span class="quote-number">{format!("{}", pos + 1)}</span>
                <span class="quote-kind">{move || quote_filter::kind_label(card, i18n.lang.get())}</span>
            </p>
            <blockquote class="quote-text">
                <p>{format!("„{}“", card.text)}</p>
            </blockquote>
            <p class="quote-who ui" id=format!("{id}-who")>
                {move || match &speaker_line {
                    Some(s) => format!("– {s}"),
                    None => format!("– {}", i18n.t("Sprecher nicht genannt", "speaker not named")),
                }}
            </p>
            <dl class="quote-facts ui">
                {row(("Organisation", "Organisation"), card.organisation.clone())}
                {row(("Redeverb", "Cue verb"), card.cue.clone())}
                {row(("Adressat", "Addressee"), card.addressee.clone())}
                {row(("Datum", "Date"), card.date.clone())}
                {row(("Anlass", "Occasion"), card.occasion.clone())}
                {row(("Quelle", "Source"), (!card.sources.is_empty()).then(|| card.sources.join(", ")))}
                {card
                    .attribution
                    .map(|a| {
                        view! {
                            <dt>{t("Zuordnung", "Attribution")}</dt>
                            <dd>{move || crate::describe::attribution(a, i18n.lang.get())}</dd>
                        }
                    })}
            </dl>
            <div class="card-actions ui">
                <button
                    type="button"
                    aria-pressed=move || selected().to_string()
                    on:click=move |_| {
                        ex.selection.set(Some(sel));
                        reveal_sentence(card.sentence);
                    }
                >
                    {t("Im Artikel zeigen", "Show in article")}
                </button>
                <button type="button" on:click=copy_link>
                    {t("Link kopieren", "Copy link")}
                </button>
                <span class="copy-status" role="status">
                    {move || match copied.get() {
                        Some(true) => i18n.t("Link kopiert", "Link copied"),
                        Some(false) => i18n.t("Kopieren nicht möglich", "Copying not possible"),
                        None => "",
                    }}
                </span>
            </div>
        </li>
    }
}
