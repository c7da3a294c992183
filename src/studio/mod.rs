//! The Studio (`studio.html`): an editor pastes a German article and sees
//! its explainer at once, rendered in the browser by the same page
//! components the build uses. This module holds what is pure (tested on the
//! host): the text as the Studio takes it in ([`text`]) and the story it
//! makes from it ([`draft_story`]); the browser app is [`app`] (feature
//! `studio`).
pub mod text;

#[cfg(feature = "studio")]
pub mod app;

use crate::story::{Comparison, MapMeta, Pair, Sections, Story, StoryMap, StoryMeta};
use article::Measure;

/// The local-storage key of the draft.
pub const DRAFT_KEY: &str = "lagebild.studio.draft";

/// How long the Studio waits after the last keystroke before it parses.
pub const DEBOUNCE_MS: u64 = 250;

fn pair(de: &str, en: &str) -> Pair {
    [de.to_owned(), en.to_owned()]
}

/// The measures a comparison can name, with the `story.toml` value and what
/// the compared figures count, as a default.
const MEASURES: [(Measure, &str, [&str; 2]); 5] = [
    (Measure::Personnel, "personnel", ["Personen", "people"]),
    (
        Measure::Casualties,
        "casualties",
        ["Tote und Verletzte", "dead and wounded"],
    ),
    (
        Measure::Area,
        "area",
        ["Quadratkilometer", "square kilometres"],
    ),
    (Measure::Distance, "distance", ["Kilometer", "kilometres"]),
    (Measure::Money, "money", ["Euro", "euros"]),
];

/// The comparison a draft starts with: the measure most of the article's
/// figures have (the first in [`MEASURES`] order on a tie), or personnel.
pub fn default_comparison(article: &article::Article) -> Comparison {
    let count = |m: Measure| {
        article
            .figures
            .iter()
            .filter(|f| f.part_of.is_none() && f.measure == m)
            .count()
    };
    let (_, name, counted) = MEASURES
        .iter()
        .copied()
        .fold(None::<((Measure, &str, [&str; 2]), usize)>, |best, m| {
            let n = count(m.0);
            match best {
                Some((_, b)) if b >= n => best,
                _ => Some((m, n)),
            }
        })
        .map_or(MEASURES[0], |(m, _)| m);
    Comparison {
        measure: name.to_owned(),
        counted: pair(counted[0], counted[1]),
        groups: Vec::new(),
    }
}

/// Parses the article as the Studio shows it: no publication date yet
/// (relative dates stay unresolved), and places through the world
/// gazetteer once the Studio has loaded it (until then from the parser's
/// own small table).
pub fn parse(text: &str, gazetteer: Option<&article::WorldGazetteer>) -> article::Article {
    let options = article::Options {
        published: None,
        gazetteer,
    };
    article::parse_with(text, &options)
}

/// The story the Studio previews for `text` (already normalised): the
/// parsed article with the frame the text cannot give filled with
/// defaults. The map frame is empty: the Studio does not draw the map yet.
pub fn draft_story(text: &str, gazetteer: Option<&article::WorldGazetteer>) -> Story {
    let article = parse(text, gazetteer);
    let comparison = default_comparison(&article);
    let estimates = crate::estimates::estimates(&article, &comparison);
    let untitled = pair("Entwurf", "Draft");
    let meta = StoryMeta {
        title: untitled.clone(),
        short_title: untitled,
        description: pair("", ""),
        published: String::new(),
        note: None,
        sections: Sections {
            map: pair("Karte", "Map"),
            figures: pair("Zahlen", "Figures"),
            quotes: pair("Zitate", "Quotes"),
            article: pair("Der Artikel", "The article"),
        },
        comparison,
        // The map is not drawn in the Studio yet (it needs the world map
        // assets in the browser): no keys, and an empty map below.
        map: MapMeta::default(),
    };
    Story {
        slug: "entwurf".to_owned(),
        meta,
        article,
        estimates,
        map: StoryMap::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_text_makes_an_empty_story() {
        let story = draft_story("", None);
        assert!(story.article.quotes.is_empty());
        assert!(story.estimates.is_empty());
        assert_eq!(story.meta.comparison.measure, "personnel");
    }

    #[test]
    fn the_comparison_takes_the_measure_most_figures_have() {
        let text = "Die Armee meldete 3.000 Soldaten. Später waren es 5.000 Soldaten. \
                    Der Schaden betrug 2 Millionen Euro.";
        let story = draft_story(text, None);
        assert_eq!(story.meta.comparison.measure, "personnel");
        assert!(story.meta.comparison.measure().is_some());
        assert!(!story.estimates.is_empty());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn every_story_gives_the_studio_the_quotes_of_its_built_page() {
        use crate::quote_filter::cards;
        let root = Story::repo_root();
        let site = crate::story::Site::load(&root).expect("site.toml");
        for slug in &site.stories {
            let built = Story::load(&root, slug).expect("story loads");
            let text =
                std::fs::read_to_string(root.join(slug).join("article.txt")).expect("article.txt");
            let text = text::normalise(&text);
            let who = |a: &article::Article| {
                cards(a)
                    .into_iter()
                    .map(|c| (c.speaker, c.text))
                    .collect::<Vec<_>>()
            };
            let places = |a: &article::Article| {
                a.place_mentions
                    .iter()
                    .map(|m| a.slice(m.span).to_owned())
                    .collect::<Vec<_>>()
            };
            // Before the gazetteer has loaded: the same quotes already.
            let early = draft_story(&text, None);
            assert_eq!(who(&early.article), who(&built.article), "{slug}");
            assert!(!who(&early.article).is_empty(), "{slug}");
            // With it: the same places too.
            let world = crate::story::world_gazetteer().expect("gazetteer");
            let draft = draft_story(&text, Some(world));
            assert_eq!(who(&draft.article), who(&built.article), "{slug}");
            assert_eq!(places(&draft.article), places(&built.article), "{slug}");
            assert!(!places(&draft.article).is_empty(), "{slug}");
        }
    }
}
