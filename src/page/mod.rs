//! The static explainer, rendered to HTML at build time by `bin/prerender.rs`.
//! It is complete without script: the article with its marks, the map as SVG
//! with every layer, the charts as SVG, the quote cards and every text
//! alternative. Interface strings carry both languages (see [`tr`]); the
//! wasm ([`crate::live`]) only attaches behaviour to this markup, through the
//! ids, classes and `data-*` attributes named in [`crate::hooks`] (the host
//! test `tests/hooks.rs` checks each is in every rendered story):
//!
//! - `data-sel="zahl-1 zahl-5"`: the element stands for these selections; it
//!   gets the class `selected` (and `aria-pressed`, where it has one) while
//!   one of them is selected;
//! - `data-toggle="zitat-2"`: a click toggles that selection;
//! - `data-hl="…"` / `data-hls="…"`: tokens of the selections that highlight
//!   this text run (class `hl`) or sentence (class `hl-sentence`);
//! - `data-en-label`: the English `aria-label`.

pub(crate) mod article;
pub(crate) mod charts;
pub(crate) mod map;
pub(crate) mod quotes;
#[cfg(feature = "ssr")]
pub mod share;
pub mod site;
mod toolbar;

use crate::story::{Pair, Story};
use ::article::{Article, Span};
use leptos::prelude::*;
use std::sync::Arc;

/// What every static view reads: the story being rendered.
#[derive(Clone)]
pub struct Explainer {
    pub story: Arc<Story>,
}

impl Explainer {
    /// The parsed article.
    pub fn article(&self) -> &Article {
        &self.story.article
    }
    /// What the comparison charts compare.
    pub fn comparison(&self) -> &crate::story::Comparison {
        &self.story.meta.comparison
    }
}

/// The explainer from context.
pub fn use_explainer() -> Explainer {
    expect_context::<Explainer>()
}

/// An interface string in both languages: German is shown; CSS shows the
/// English one instead when `<html data-lang="en">` (set before the first
/// paint by the start-up script, and by the language toggle).
pub fn tr(de: impl Into<String>, en: impl Into<String>) -> impl IntoView {
    let (de, en) = (de.into(), en.into());
    view! { <span class="l-de">{de}</span><span class="l-en" lang="en">{en}</span> }
}

/// The selection tokens whose spans contain `span`, and those whose sentences
/// include sentence `si`: what `data-hl` / `data-hls` carry.
pub struct Highlights {
    all: Vec<(String, Vec<Span>, Vec<u32>)>,
}

impl Highlights {
    pub fn new(article: &Article) -> Self {
        use crate::selection::Selection;
        let all = Selection::every(article)
            .filter(|s| !matches!(s, Selection::Sentence(_)))
            .map(|s| (s.token(), s.spans(article), s.sentences(article)))
            .collect();
        Highlights { all }
    }

    /// Tokens of the selections that cover the run `span`.
    pub fn of_run(&self, span: Span) -> String {
        self.all
            .iter()
            .filter(|(_, spans, _)| spans.iter().any(|s| s.contains(span)))
            .map(|(t, _, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Tokens of the selections that name sentence `si`.
    pub fn of_sentence(&self, si: u32) -> String {
        let mut out: Vec<&str> = self
            .all
            .iter()
            .filter(|(_, _, sentences)| sentences.contains(&si))
            .map(|(t, _, _)| t.as_str())
            .collect();
        let own = format!("satz-{}", si + 1);
        out.push(&own);
        out.join(" ")
    }
}

/// One section of the explainer.
#[component]
pub(crate) fn Section(
    id: &'static str,
    title: Pair,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-titel");
    view! {
        <section id=id class=format!("panel {class}") aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone()>{tr(title[0].clone(), title[1].clone())}</h2>
            {children()}
        </section>
    }
}

/// The whole explainer body (inside `#app`).
#[component]
pub fn App(story: Arc<Story>) -> impl IntoView {
    provide_context(Explainer { story });
    view! {
        <nav class="sections ui" aria-label="Abschnitte" data-en-label="Sections">
            <span class="section-links">
                <a href="#karte">{tr("Karte", "Map")}</a>
                <a href="#zahlen">{tr("Zahlen", "Figures")}</a>
                <a href="#zitate">{tr("Zitate", "Quotes")}</a>
                <a href="#artikel">{tr("Artikel", "Article")}</a>
            </span>
            <toolbar::EmbedDialog/>
            <toolbar::LangToggle/>
        </nav>
        <p class="notice url-notice ui" role="status" data-testid="url-notice" hidden>
            {tr(
                "Nicht verstandene Angaben in der Adresse wurden übergangen: ",
                "Parameters in the address that were not understood were ignored: ",
            )}
            <span class="url-notice-names"></span>
        </p>
        <main class="sections-grid">
            <MapSection/>
            <FiguresSection/>
            <QuotesSection/>
            <ArticleSection/>
        </main>
        <div class="update-banner ui" role="status" data-testid="update-banner" hidden>
            <span>{tr("Neue Version verfügbar.", "New version available.")}</span>
            <button type="button" class="update-reload">{tr("Neu laden", "Reload")}</button>
        </div>
        <footer class="credits ui">
            <p>
                {tr(
                    "Kartendaten: Natural Earth (gemeinfrei) · Ortsdaten: GeoNames, CC BY 4.0 · Namen: Unicode CLDR",
                    "Map data: Natural Earth (public domain) · Places: GeoNames, CC BY 4.0 · Names: Unicode CLDR",
                )}
            </p>
            <p><a href=site::INDEX_FILE data-testid="all-stories">{tr("Alle Erklärstücke", "All explainers")}</a></p>
        </footer>
    }
}

/// The map section, or, without a map, the note that says why (no place,
/// no map). This and the three sections below are the explainer's body,
/// each read from the story in context: the reader page's `<main>` and the
/// Studio's preview parts (`studio::parts`) render the same ones.
#[component]
pub fn MapSection() -> impl IntoView {
    let story = use_explainer().story;
    if story.map.asset.is_some() {
        view! {
            <Section id=crate::hooks::id::MAP_SECTION title=story.meta.sections.map.clone()>
                <map::Map/>
            </Section>
        }
        .into_any()
    } else {
        view! {
            <div id=crate::hooks::id::MAP_SECTION class="panel map-absent">
                <map::MapNotes/>
            </div>
        }
        .into_any()
    }
}

/// The figures: the estimate charts.
#[component]
pub fn FiguresSection() -> impl IntoView {
    let title = use_explainer().story.meta.sections.figures.clone();
    view! {
        <Section id="zahlen" title>
            <charts::EstimateCharts/>
        </Section>
    }
}

/// The quote explorer.
#[component]
pub fn QuotesSection() -> impl IntoView {
    let title = use_explainer().story.meta.sections.quotes.clone();
    view! {
        <Section id=crate::hooks::id::QUOTES title>
            <quotes::QuoteExplorer/>
        </Section>
    }
}

/// The marked article.
#[component]
pub fn ArticleSection() -> impl IntoView {
    let title = use_explainer().story.meta.sections.article.clone();
    view! {
        <Section id="artikel" title class="article">
            <article::ArticleView/>
        </Section>
    }
}

/// The lede under the headline: the article's first paragraph, or its
/// second when the first is the headline itself (a pasted article that
/// starts with its headline, taken as the title).
pub fn lede(story: &Story) -> String {
    let a = &story.article;
    let mut paragraphs = a.paragraphs.iter().map(|p| a.slice(p.span).trim());
    match paragraphs.next() {
        Some(first) if first == story.meta.title[0].trim() => paragraphs.next(),
        first => first,
    }
    .unwrap_or_default()
    .to_owned()
}

/// The file name of a story's estimates CSV, which its page links to.
pub fn csv_file(slug: &str) -> String {
    format!("{slug}-schaetzungen.csv")
}

/// The CSV of a story's estimates.
pub fn estimates_csv(story: &Story) -> String {
    crate::estimates::to_csv(&story.estimates, &story.article)
}

/// Renders a story's explainer body (inside `#app`) to HTML.
#[cfg(feature = "ssr")]
pub fn render(story: Arc<Story>) -> String {
    html(|| view! { <App story/> })
}

/// The view `make` returns, rendered to HTML under its own reactive owner,
/// without hydration markers ([`without_markers`]).
#[cfg(any(feature = "ssr", feature = "engine"))]
pub(crate) fn html<V: IntoView>(make: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    without_markers(&owner.with(|| make().to_html()))
}

/// `markup` without the empty comments (`<!>`) Leptos writes where a view
/// could later be hydrated (an `Option`, a unit view). Nothing hydrates the
/// prerendered page (the browser code attaches to its elements), so they
/// are only parse work and bytes: 258 on the Kursk page. Text and attribute
/// values escape `<`, so outside `<script>` and `<style>` (copied as they are)
/// every `<!>` is such a marker.
#[cfg(any(feature = "ssr", feature = "engine"))]
fn without_markers(markup: &str) -> String {
    const MARKER: &str = "<!>";
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    // Where the next raw-text element opens, found once and reused until passed.
    let raw_open = |s: &str| -> Option<(usize, &'static str)> {
        let script = s.find("<script").map(|i| (i, "</script"));
        let style = s.find("<style").map(|i| (i, "</style"));
        match (script, style) {
            (Some(a), Some(b)) => Some(if a.0 < b.0 { a } else { b }),
            (a, b) => a.or(b),
        }
    };
    let mut raw = raw_open(rest);
    loop {
        let marker = rest.find(MARKER);
        match (marker, raw) {
            (Some(m), r) if r.is_none_or(|(r, _)| m < r) => {
                out.push_str(&rest[..m]);
                rest = &rest[m + MARKER.len()..];
                raw = raw.map(|(r, close)| (r - m - MARKER.len(), close));
            }
            (_, Some((r, close))) => {
                let end = rest[r..].find(close).map_or(rest.len(), |e| r + e);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                raw = raw_open(rest);
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::without_markers;

    #[test]
    fn markers_between_and_inside_elements_are_dropped() {
        assert_eq!(
            without_markers(
                "<dl><!><dt>a</dt><!><!><dd>b</dd></dl><select><option>x</option><!></select>"
            ),
            "<dl><dt>a</dt><dd>b</dd></dl><select><option>x</option></select>"
        );
    }

    #[test]
    fn escaped_text_scripts_and_styles_keep_theirs() {
        let html = concat!(
            "<p>&lt;!&gt; as text</p><!>",
            "<script>var s = '<!>';</script><!>",
            "<style>p::before { content: \"<!>\" }</style>",
            "<span title=\"&lt;!&gt;\"><!></span>"
        );
        assert_eq!(
            without_markers(html),
            concat!(
                "<p>&lt;!&gt; as text</p>",
                "<script>var s = '<!>';</script>",
                "<style>p::before { content: \"<!>\" }</style>",
                "<span title=\"&lt;!&gt;\"></span>"
            )
        );
    }

    #[test]
    fn an_unclosed_script_is_copied_to_the_end() {
        assert_eq!(without_markers("<!>a<script>b<!>"), "a<script>b<!>");
        assert_eq!(without_markers(""), "");
        assert_eq!(without_markers("<!><!>"), "");
    }
}
