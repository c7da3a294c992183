//! The preview's parts that the Studio's engine renders to HTML: the map,
//! the figures, the quotes and the marked article, by the page components
//! the build renders the reader pages with, under the same renderer
//! ([`crate::page::html`]). The page puts each part in place in a task of
//! its own; the masthead and the side panels it renders itself (they read
//! the form as the editor types).
use crate::story::Story;
#[cfg(any(feature = "ssr", feature = "engine"))]
use {leptos::prelude::*, std::sync::Arc};

/// The rendered parts, in the order the page shows them.
pub const RENDERED: [&str; 4] = ["map", "figures", "quotes", "article"];

/// The map part is drawn: the story has its map, or notes that say why
/// there is none (the article names no place, the frame failed). Without
/// either the world map is still on its way, and the page says so.
pub fn map_drawn(story: &Story) -> bool {
    story.map.asset.is_some() || !story.map.notes.is_empty()
}

/// The parts of `story` as HTML, in [`RENDERED`] order; the map's is empty
/// while it cannot be drawn yet ([`map_drawn`]).
#[cfg(any(feature = "ssr", feature = "engine"))]
pub fn render(story: &Arc<Story>) -> [String; 4] {
    [
        if map_drawn(story) {
            crate::page::html(|| map(story.clone()))
        } else {
            String::new()
        },
        crate::page::html(|| figures(story.clone())),
        crate::page::html(|| quotes(story.clone())),
        crate::page::html(|| article(story.clone())),
    ]
    .map(|part| without_scripts(&part))
}

/// `markup` without its `<script>` elements: the reader page's start-up
/// hooks (the map's holds its first drag until the page's script runs)
/// have nothing to do in the Studio, where markup put in place never runs
/// a script, nor in the exported page, which has no script at all. Text
/// and attribute values escape `<`, so each `<script` opens one.
pub fn without_scripts(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(open) = rest.find("<script") {
        out.push_str(&rest[..open]);
        match rest[open..].find("</script>") {
            Some(close) => rest = &rest[open + close + "</script>".len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The map, or the notes that say why there is none.
#[cfg(any(feature = "ssr", feature = "engine"))]
fn map(story: Arc<Story>) -> AnyView {
    use crate::page::map::{Map, MapNotes};
    use crate::page::{Explainer, Section};
    let title = story.meta.sections.map.clone();
    let has_map = story.map.asset.is_some();
    provide_context(Explainer { story });
    if has_map {
        view! {
            <Section id=crate::hooks::id::MAP_SECTION title>
                <Map/>
            </Section>
        }
        .into_any()
    } else {
        view! {
            <div id=crate::hooks::id::MAP_SECTION class="panel map-absent">
                <MapNotes/>
            </div>
        }
        .into_any()
    }
}

/// One section of the explainer, titled as the story's form says, with
/// `body` rendered under the story's context.
#[cfg(any(feature = "ssr", feature = "engine"))]
fn section<V: IntoView + 'static>(
    story: Arc<Story>,
    id: &'static str,
    title: impl FnOnce(&crate::story::Sections) -> crate::story::Pair,
    class: &'static str,
    body: impl FnOnce() -> V + Send + 'static,
) -> impl IntoView {
    use crate::page::{Explainer, Section};
    let title = title(&story.meta.sections);
    provide_context(Explainer { story });
    view! { <Section id title class>{body()}</Section> }
}

#[cfg(any(feature = "ssr", feature = "engine"))]
fn figures(story: Arc<Story>) -> impl IntoView {
    use crate::page::charts::EstimateCharts;
    section(
        story,
        "zahlen",
        |s| s.figures.clone(),
        "",
        || view! { <EstimateCharts/> },
    )
}

#[cfg(any(feature = "ssr", feature = "engine"))]
fn quotes(story: Arc<Story>) -> impl IntoView {
    use crate::page::quotes::QuoteExplorer;
    let id = crate::hooks::id::QUOTES;
    section(
        story,
        id,
        |s| s.quotes.clone(),
        "",
        || view! { <QuoteExplorer/> },
    )
}

#[cfg(any(feature = "ssr", feature = "engine"))]
fn article(story: Arc<Story>) -> impl IntoView {
    use crate::page::article::ArticleView;
    section(
        story,
        "artikel",
        |s| s.article.clone(),
        "article",
        || view! { <ArticleView/> },
    )
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// Each part the engine renders is the markup of the same section of
    /// the built reader page, character for character.
    #[test]
    fn each_part_is_its_section_of_the_built_page() {
        let root = Story::repo_root();
        let site = crate::story::Site::load(&root).expect("site.toml");
        for slug in &site.stories {
            let story = Arc::new(Story::load(&root, slug).expect("story loads"));
            let page = without_scripts(&crate::page::render(story.clone()));
            let parts = render(&story);
            for (name, part) in RENDERED.iter().zip(&parts) {
                assert!(part.len() > 500, "{slug}: {name} is drawn");
                assert!(
                    page.contains(part.as_str()),
                    "{slug}: {name} differs from the page"
                );
            }
            assert!(parts[0].contains(crate::hooks::id::MAP_SVG), "{slug}");
        }
    }

    #[test]
    fn scripts_are_taken_out_and_nothing_else() {
        assert_eq!(
            without_scripts("<svg><script>hold()</script><g>a &lt;script</g></svg>"),
            "<svg><g>a &lt;script</g></svg>"
        );
        assert_eq!(without_scripts("<p>x</p><script>unclosed"), "<p>x</p>");
        assert_eq!(without_scripts(""), "");
        let kursk = Story::load(&Story::repo_root(), "kursk-nordkorea").expect("story loads");
        let parts = render(&Arc::new(kursk));
        assert!(parts.iter().all(|p| !p.contains("<script")));
    }

    #[test]
    fn a_story_without_its_map_yet_has_no_map_part() {
        let root = Story::repo_root();
        let mut story = Story::load(&root, "kursk-nordkorea").expect("story loads");
        story.map = crate::story::StoryMap::default();
        assert!(!map_drawn(&story));
        let parts = render(&Arc::new(story));
        assert_eq!(parts[0], "");
        assert!(parts[2].contains(crate::hooks::id::QUOTES));
    }
}
