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
use mapdata::world::AreaLayer;
use std::collections::BTreeMap;

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

/// The admin-1 files (country ids) the map of `article` needs, as the
/// Studio frames it (no `[map]` keys): the ones to fetch before
/// [`draft_map`] can draw it whole. Empty when the article names no place.
pub fn needed_admin1(
    article: &article::Article,
    gazetteer: &article::WorldGazetteer,
    world: &atlas::World,
) -> Vec<String> {
    atlas::plan(article, gazetteer, world, MapMeta::default().overrides())
        .map(|p| p.admin1)
        .unwrap_or_default()
}

/// The map of the draft: framed and cut as the build does, with no `[map]`
/// keys; `admin1` holds the country files fetched so far (one not there is
/// drawn whole, with a note).
pub fn draft_map(
    article: &article::Article,
    gazetteer: &article::WorldGazetteer,
    world: &atlas::World,
    admin1: &BTreeMap<String, AreaLayer>,
) -> StoryMap {
    crate::map::story::build(article, &MapMeta::default(), gazetteer, world, |id| {
        admin1
            .get(id)
            .cloned()
            .ok_or_else(|| mapdata::world::admin1_file(id))
    })
}

/// The story the Studio previews for `text` (already normalised): the
/// parsed article with the frame the text cannot give filled with
/// defaults. The map is empty: the caller adds it with [`draft_map`] once
/// the world map is loaded.
pub fn draft_story(text: &str, gazetteer: Option<&article::WorldGazetteer>) -> Story {
    let article = parse(text, gazetteer);
    let comparison = default_comparison(&article);
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
        // The Studio has no `[map]` keys: the frame comes from the text.
        map: MapMeta::default(),
        corrections: Vec::new(),
    };
    Story::assemble("entwurf".to_owned(), meta, article, gazetteer)
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
    fn the_draft_map_is_cut_from_the_world_files_the_plan_names() {
        let root = Story::repo_root();
        let raw = std::fs::read_to_string(root.join("kursk-nordkorea").join("article.txt"))
            .expect("article.txt");
        let g = crate::story::world_gazetteer().expect("gazetteer");
        let world = crate::story::world().expect("world");
        let story = draft_story(&text::normalise(&raw), Some(g));
        let needed = needed_admin1(&story.article, g, world);
        assert!(needed.contains(&"RU".to_owned()), "{needed:?}");
        // Without the admin-1 files: drawn, each missing file said in a note.
        let bare = draft_map(&story.article, g, world, &BTreeMap::new());
        assert!(bare.asset.is_some());
        assert!(bare.notes.len() >= needed.len(), "{:?}", bare.notes);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/world");
        let layers: BTreeMap<String, AreaLayer> = needed
            .iter()
            .map(|id| {
                let bytes =
                    std::fs::read(dir.join(mapdata::world::admin1_file(id))).expect("admin-1");
                (
                    id.clone(),
                    atlas::admin1_from_bytes(id, &bytes).expect("decodes"),
                )
            })
            .collect();
        let map = draft_map(&story.article, g, world, &layers);
        let built = Story::load(&root, "kursk-nordkorea").expect("story loads");
        assert!(map.asset.is_some());
        assert_eq!(map.focus_label, built.map.focus_label);
        assert!(map.notes.len() < bare.notes.len(), "{:?}", map.notes);
        // No place: no map, and the note that says so.
        let none = draft_story("Der Ausschuss tagte am Morgen.", Some(g));
        assert!(needed_admin1(&none.article, g, world).is_empty());
        let map = draft_map(&none.article, g, world, &BTreeMap::new());
        assert!(map.asset.is_none());
        assert_eq!(
            map.notes,
            vec![[
                "Der Artikel nennt keinen Ort; es gibt keine Karte.".to_owned(),
                map.notes[0][1].clone()
            ]]
        );
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
