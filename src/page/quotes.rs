//! Every quote as a card, with filters by speaker and organisation and a
//! search. The cards carry what the filters compare (`data-speaker`,
//! `data-org`, `data-search`), so the browser filters without the article.
use super::{tr, use_explainer};
use crate::i18n::Lang;
use crate::quote_filter::{self, QuoteCard};
use crate::selection::Selection;
use article::SpeechForm;
use leptos::prelude::*;

/// The quote explorer.
#[component]
pub fn QuoteExplorer() -> impl IntoView {
    let explainer = use_explainer();
    let article = explainer.article();
    let cards = quote_filter::cards(article);
    if cards.is_empty() {
        return view! { <p class="empty">{tr("Der Artikel enthält keine Zitate.", "The article has no quotes.")}</p> }
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
    let reported = quote_filter::indirect_cards(article);
    let has_reported = reported.iter().any(|c| c.form == SpeechForm::Reported);
    let n = cards.len() + reported.len();
    view! {
        <div class="quote-filters ui needs-script" role="search">
            <label>
                {tr("Sprecher", "Speaker")}
                <select data-testid="filter-speaker" class="filter-speaker">
                    <option value="" data-en="all">"alle"</option>
                    {option_list(quote_filter::speakers(&cards))}
                </select>
            </label>
            <label>
                {tr("Organisation", "Organisation")}
                <select data-testid="filter-organisation" class="filter-organisation">
                    <option value="" data-en="all">"alle"</option>
                    {option_list(quote_filter::organisations(&cards))}
                </select>
            </label>
            <label>
                {tr("Art", "Kind")}
                <select data-testid="filter-kind" class="filter-kind">
                    <option value="" data-en="all">"alle"</option>
                    <option value="direct" data-en="direct quotes">"direkte Zitate"</option>
                    <option value="indirect" data-en="indirect speech">"indirekte Rede"</option>
                    {has_reported.then(|| view! {
                        <option value="reported" data-en="reported claims (sollen)">"Berichtetes (sollen)"</option>
                    })}
                </select>
            </label>
            <label class="grow">
                {tr("Suche in Zitaten", "Search quotes")}
                <input type="search" data-testid="quote-search" class="quote-search" autocomplete="off"/>
            </label>
        </div>
        <p class="result-count ui" aria-live="polite">{count_text(n)}</p>
        <ol class="quote-cards">
            {cards.into_iter().enumerate().map(|(pos, card)| view! { <QuoteCardView card pos indirect=false/> }).collect_view()}
        </ol>
        {(!reported.is_empty()).then(|| view! {
            <h3 class="reported-title">{tr("Indirekte Rede", "Indirect speech")}</h3>
            <ol class="quote-cards reported-cards">
                {reported.into_iter().enumerate().map(|(pos, card)| view! { <QuoteCardView card pos indirect=true/> }).collect_view()}
            </ol>
        })}
    }
    .into_any()
}

/// "3 Zitate" in both languages (the live filter rewrites it in the same form).
fn count_text(n: usize) -> impl IntoView {
    let (de, en) = quote_filter::count_texts(n);
    tr(de, en)
}

#[component]
fn QuoteCardView(card: QuoteCard, pos: usize, indirect: bool) -> impl IntoView {
    // Reported speech is shown through its sentence; quotes are selections of their own.
    let sentence = Selection::Sentence(card.sentence).token();
    let (id, sel) = if indirect {
        (format!("rede-{}", card.index + 1), sentence.clone())
    } else {
        let token = Selection::Quote(card.index).token();
        (token.clone(), token)
    };
    let row = |label: (&'static str, &'static str), value: Option<String>| {
        value.map(|v| view! { <dt>{tr(label.0, label.1)}</dt><dd lang="de">{v}</dd> })
    };
    let speaker_line = card.speaker.clone().map(|s| match &card.role {
        Some(role) if !card.anonymous() => format!("{s}, {role}"),
        _ => s,
    });
    let unsure = card.speaker_unsure().then(|| {
        view! { " "<span class="speaker-unsure">"("{tr("Sprecher unsicher", "speaker uncertain")}")"</span> }
    });
    let who = match &speaker_line {
        Some(s) => view! { "– "<span lang="de">{s.clone()}</span>{unsure} }.into_any(),
        None => view! { "– "{tr("Sprecher nicht genannt", "speaker not named")} }.into_any(),
    };
    let kind = tr(
        quote_filter::kind_label(&card, Lang::De),
        quote_filter::kind_label(&card, Lang::En),
    );
    let keys = card.keys();
    let attribution = card.attribution.map(|a| {
        view! {
            <dt>{tr("Zuordnung", "Attribution")}</dt>
            <dd>{tr(crate::describe::attribution(a, Lang::De), crate::describe::attribution(a, Lang::En))}</dd>
        }
    });
    view! {
        <li
            class="card quote-card"
            class:reported=indirect
            id=id.clone()
            data-testid=if indirect { "indirect-card" } else { "quote-card" }
            data-kind=keys.kind
            data-sel=(!indirect).then(|| id.clone())
            data-speaker=keys.speaker
            data-org=keys.organisation
            data-search=keys.search
            aria-labelledby=format!("{id}-who")
        >
            <p class="card-meta ui">
                <span class="quote-number">{format!("{}", pos + 1)}</span>
                <span class="quote-kind">{kind}</span>
            </p>
            <blockquote class="quote-text" lang="de">
                <p>{if indirect { card.text.clone() } else { format!("„{}“", card.text) }}</p>
            </blockquote>
            <p class="quote-who ui" id=format!("{id}-who")>{who}</p>
            <dl class="quote-facts ui">
                {row(("Organisation", "Organisation"), card.organisation.clone())}
                {row(("Redeverb", "Cue verb"), card.cue.clone())}
                // A frame the speaker line already says ("nach Angaben des
                // Landesamts") is not said twice.
                {row(("Rahmen", "Frame"), card.frame.clone().filter(|f| {
                    speaker_line.as_ref().is_none_or(|s| s.to_lowercase() != f.to_lowercase())
                }))}
                {row(("Adressat", "Addressee"), card.addressee.clone())}
                {row(("Datum", "Date"), card.date.clone())}
                {row(("Anlass", "Occasion"), card.occasion.clone())}
                {row(("Quelle", "Source"), (!card.sources.is_empty()).then(|| card.sources.join(", ")))}
                {attribution}
            </dl>
            <div class="card-actions ui needs-script">
                <button type="button" class="show-in-article" data-sel=sel.clone() data-show=sel
                    data-sentence=sentence aria-pressed="false">
                    {tr("Im Artikel zeigen", "Show in article")}
                </button>
                <button type="button" class="copy-link" data-link=if indirect { Selection::Sentence(card.sentence).token() } else { id.clone() }>
                    {tr("Link kopieren", "Copy link")}
                </button>
                <span class="copy-status" role="status"></span>
            </div>
        </li>
    }
}
