//! The preview's parts that the Studio's engine renders to HTML: the map,
//! the figures, the quotes and the marked article, by the page components
//! the build renders the reader pages with, under the same renderer
//! ([`crate::page::html`]). The page puts each part in place in a task of
//! its own; the masthead and the side panels it renders itself (they read
//! the form as the editor types).
use crate::story::Story;
#[cfg(any(feature = "ssr", feature = "engine"))]
use {
    crate::page::{ArticleSection, FiguresSection, MapSection, QuotesSection},
    leptos::prelude::*,
    std::sync::Arc,
};

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
            part(story, || view! { <MapSection/> })
        } else {
            String::new()
        },
        part(story, || view! { <FiguresSection/> }),
        part(story, || view! { <QuotesSection/> }),
        part(story, || view! { <ArticleSection/> }),
    ]
    .map(|part| without_scripts(&part))
}

/// One section of the page ([`crate::page::MapSection`] and the others)
/// rendered to HTML for `story`.
#[cfg(any(feature = "ssr", feature = "engine"))]
fn part<V: IntoView + 'static>(story: &Arc<Story>, section: impl FnOnce() -> V) -> String {
    use crate::page::Explainer;
    crate::page::html(|| {
        provide_context(Explainer {
            story: story.clone(),
        });
        section()
    })
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
