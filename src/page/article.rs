//! The article with quotes, figures, places, people and media marked by kind.
//! Each mark is a button that toggles its selection; what the parser
//! recognised is its tooltip, in both interface languages.
use super::{tr, use_explainer, Highlights};
use crate::describe;
use crate::i18n::Lang;
use crate::segments::{self, Mark, Run};
use crate::selection::Selection;
use ::article::{Article, Span};
use leptos::prelude::*;

/// The full article, marked.
#[component]
pub fn ArticleView() -> impl IntoView {
    let explainer = use_explainer();
    let article = explainer.article();
    let marks = segments::marks(article);
    let hl = Highlights::new(article);
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
                let body = runs.into_iter().map(|run| run_view(article, run, &hl)).collect_view();
                children.push(
                    view! {
                        <span class="sentence" tabindex="-1" id=format!("satz-{}", si + 1) data-hls=hl.of_sentence(si)>
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
        <div class="article-text" lang="de">{paragraphs}</div>
    }
}

fn run_view(article: &Article, run: Run, hl: &Highlights) -> AnyView {
    let text = article.slice(run.span).to_string();
    let tokens = hl.of_run(run.span);
    let badge = run.quote.filter(|_| run.quote_start).map(|q| {
        let sel = Selection::Quote(q);
        let de = describe::quote(article, q, Lang::De);
        let en = describe::quote(article, q, Lang::En);
        view! {
            <button
                type="button"
                class="quote-badge"
                aria-label=format!("{de} – auswählen")
                data-en-label=format!("{en} – select")
                data-tip=de
                data-tip-en=en
                aria-pressed="false"
                data-sel=sel.token()
                data-toggle=sel.token()
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
            let tip = |lang| match mark {
                Mark::Figure(i) => describe::figure(article, i, lang),
                Mark::Medium(i) => describe::medium(article, i, lang),
                Mark::Entity(i) => describe::entity(article, i, lang),
                Mark::Place(i) => describe::place_mention(article, i, lang),
            };
            let (de, en) = (tip(Lang::De), tip(Lang::En));
            view! {
                <button
                    type="button"
                    class=format!("mark mark-{kind} {quote_class}")
                    data-tip=de.clone()
                    data-tip-en=en
                    aria-description=de
                    aria-pressed="false"
                    data-sel=sel.token()
                    data-toggle=sel.token()
                    data-hl=tokens
                >
                    {text}
                </button>
            }
            .into_any()
        }
        None if run.quote.is_some() => {
            view! { <span class=quote_class data-hl=tokens>{text}</span> }.into_any()
        }
        None => text.into_any(),
    };
    view! { {badge}{body} }.into_any()
}

/// Explains the mark styles.
#[component]
fn MarkLegend() -> impl IntoView {
    view! {
        <ul class="mark-legend" aria-label="Legende der Markierungen" data-en-label="Key to the marks">
            <li><span class="legend-swatch in-quote">"❝ "{tr("Zitat", "Quote")}</span></li>
            <li><span class="legend-swatch mark mark-figure">{tr("Zahl", "Figure")}</span></li>
            <li><span class="legend-swatch mark mark-place">{tr("Ort", "Place")}</span></li>
            <li><span class="legend-swatch mark mark-entity">{tr("Person/Organisation", "Person/organisation")}</span></li>
            <li><span class="legend-swatch mark mark-medium">{tr("Medium", "Medium")}</span></li>
        </ul>
    }
}
