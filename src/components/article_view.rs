use crate::segments::{self, Mark, Run};
use crate::selection::Selection;
use crate::{describe, use_explainer};
use article::Span;
use leptos::prelude::*;

/// The full article with quotes, figures, places, people and media marked by kind.
#[component]
pub fn ArticleView() -> impl IntoView {
    let ex = use_explainer();
    let article = ex.article;
    let marks = segments::marks(article);
    let selected_spans = Memo::new(move |_| {
        ex.selection
            .get()
            .map(|s| s.spans(article))
            .unwrap_or_default()
    });
    let selected_sentences = Memo::new(move |_| {
        ex.selection
            .get()
            .map(|s| s.sentences(article))
            .unwrap_or_default()
    });

    let paragraphs = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let is_source = article.source_line.as_ref().is_some_and(|s| p.span.contains(s.span));
            let mut cursor = p.span.start;
            let mut children = Vec::new();
            for si in p.sentences.clone() {
                let Some(sentence) = article.sentences.get(si as usize) else { continue };
                if sentence.span.start > cursor {
                    children.push(article.slice(Span { start: cursor, end: sentence.span.start }).to_string().into_any());
                }
                let runs = segments::runs(article, sentence.span, &marks);
                let body = runs.into_iter().map(|run| run_view(run, selected_spans)).collect_view();
                children.push(
                    view! {
                        <span
                            class="sentence"
                            tabindex="-1"
                            id=format!("satz-{}", si + 1)
                            class:hl-sentence=move || selected_sentences.with(|v| v.contains(&si))
                        >
                            {body}
                        </span>
                    }
                    .into_any(),
                );
                cursor = sentence.span.end;
            }
            if cursor < p.span.end {
                children.push(article.slice(Span { start: cursor, end: p.span.end }).to_string().into_any());
            }
            if is_source {
                view! { <p class="source-line" id=format!("absatz-{}", pi + 1)><small>{children}</small></p> }.into_any()
            } else {
                view! { <p id=format!("absatz-{}", pi + 1)>{children}</p> }.into_any()
            }
        })
        .collect_view();

    view! {
        <MarkLegend/>
        <div class="article-text">{paragraphs}</div>
    }
}

fn run_view(run: Run, selected: Memo<Vec<Span>>) -> AnyView {
    let ex = use_explainer();
    let article = ex.article;
    let text = article.slice(run.span).to_string();
    let in_selection = move || selected.with(|v| v.iter().any(|s| s.contains(run.span)));
    let lang = crate::i18n::use_i18n().lang;
    let badge = run.quote.filter(|_| run.quote_start).map(|q| {
        let sel = Selection::Quote(q);
        let label = move || describe::quote(article, q, lang.get());
        view! {
            <button
                type="button"
                class="quote-badge"
                aria-label=move || {
                    let select = if lang.get() == crate::i18n::Lang::De { "auswählen" } else { "select" };
                    format!("{} – {select}", label())
                }
                data-tip=label
                aria-pressed=move || (ex.selection.get() == Some(sel)).to_string()
                on:click=move |_| ex.toggle(sel)
            >
                "❝"
            </button>
        }
    });
    let quote_class = run
        .quote
        .map(|q| format!("in-quote quote-{}", q + 1))
        .unwrap_or_default();
    let body = match run.mark {
        Some(mark) => {
            let sel = mark.selection(article);
            let kind = match mark {
                Mark::Figure(_) => "figure",
                Mark::Medium(_) => "medium",
                Mark::Entity(_) => "entity",
                Mark::Place(_) => "place",
            };
            let tip = move || match mark {
                Mark::Figure(i) => describe::figure(article, i, lang.get()),
                Mark::Medium(i) => describe::medium(article, i, lang.get()),
                Mark::Entity(i) => describe::entity(article, i, lang.get()),
                Mark::Place(i) => describe::place_mention(article, i, lang.get()),
            };
            view! {
                <button
                    type="button"
                    class=format!("mark mark-{kind} {quote_class}")
                    data-tip=tip
                    aria-description=tip
                    aria-pressed=move || (ex.selection.get() == Some(sel)).to_string()
                    class:hl=in_selection
                    on:click=move |_| ex.toggle(sel)
                >
                    {text}
                </button>
            }
            .into_any()
        }
        None if run.quote.is_some() => {
            view! { <span class=quote_class class:hl=in_selection>{text}</span> }.into_any()
        }
        None => text.into_any(),
    };
    view! { {badge}{body} }.into_any()
}

/// Explains the mark styles.
#[component]
fn MarkLegend() -> impl IntoView {
    view! {
        <ul class="mark-legend" aria-label="Legende der Markierungen">
            <li><span class="legend-swatch in-quote">"❝ Zitat"</span></li>
            <li><span class="legend-swatch mark mark-figure">"Zahl"</span></li>
            <li><span class="legend-swatch mark mark-place">"Ort"</span></li>
            <li><span class="legend-swatch mark mark-entity">"Person/Organisation"</span></li>
            <li><span class="legend-swatch mark mark-medium">"Medium"</span></li>
        </ul>
    }
}
