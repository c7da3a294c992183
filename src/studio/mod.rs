//! The Studio (`studio.html`): an editor pastes a German article and sees
//! its explainer at once, rendered in the browser by the same page
//! components the build uses. This module holds what is pure (tested on the
//! host): the text as the Studio takes it in ([`text`]) and the story it
//! makes from it and the editor's form ([`studio_story`]); the browser app is [`app`] (feature
//! `studio`).
pub mod engine;
pub mod parts;
pub mod text;
pub mod zip;

#[cfg(feature = "studio")]
pub mod app;
#[cfg(feature = "studio")]
mod panels;

use crate::story::{Comparison, Group, MapMeta, Pair, Sections, Story, StoryMap, StoryMeta};
use article::Measure;
use mapdata::world::AreaLayer;
use std::collections::BTreeMap;

/// The local-storage key of the draft.
pub const DRAFT_KEY: &str = "lagebild.studio.draft";

/// The local-storage key of the draft's form (its `story.toml`).
pub const FORM_KEY: &str = "lagebild.studio.form";

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

/// Parses the article as the Studio shows it: with the publication date
/// the form gives (relative dates stay unresolved without one), and places
/// through the world gazetteer once the Studio has loaded it (until then
/// from the parser's own small table).
pub fn parse(
    text: &str,
    published: &str,
    gazetteer: Option<&article::WorldGazetteer>,
) -> article::Article {
    let options = article::Options {
        published: article::dates::parse_iso(published),
        gazetteer,
    };
    article::parse_with(text, &options)
}

/// The admin-1 files (country ids) the map of `article` needs, as the
/// Studio frames it (with the form's `[map]` keys): the ones to fetch before
/// [`draft_map`] can draw it whole. Empty when the article names no place.
pub fn needed_admin1(
    article: &article::Article,
    keys: &MapMeta,
    gazetteer: &article::WorldGazetteer,
    world: &atlas::World,
) -> Vec<String> {
    atlas::plan(article, gazetteer, world, keys.overrides())
        .map(|p| p.admin1)
        .unwrap_or_default()
}

/// The map of the draft: framed and cut as the build does, with the
/// form's `[map]` keys; `admin1` holds the country files fetched so far (one not there is
/// drawn whole, with a note).
pub fn draft_map(
    article: &article::Article,
    keys: &MapMeta,
    gazetteer: &article::WorldGazetteer,
    world: &atlas::World,
    admin1: &BTreeMap<String, AreaLayer>,
) -> StoryMap {
    crate::map::story::build(article, keys, gazetteer, world, |id| {
        admin1
            .get(id)
            .cloned()
            .ok_or_else(|| mapdata::world::admin1_file(id))
    })
}

/// The Studio's form before the editor has filled anything: every text
/// empty, no measure, no groups, no `[map]` keys, no corrections. An empty
/// field stands for its default ([`effective_meta`]).
pub fn blank_meta() -> StoryMeta {
    let blank = || pair("", "");
    StoryMeta {
        title: blank(),
        short_title: blank(),
        description: blank(),
        published: String::new(),
        note: None,
        sections: Sections {
            map: blank(),
            figures: blank(),
            quotes: blank(),
            article: blank(),
        },
        comparison: Comparison {
            measure: String::new(),
            counted: blank(),
            groups: Vec::new(),
        },
        map: MapMeta::default(),
        corrections: Vec::new(),
    }
}

/// The first paragraph when it reads as a headline: short, and not ended
/// like a sentence.
pub fn headline(article: &article::Article) -> Option<String> {
    let first = article.paragraphs.first()?;
    let text = article.slice(first.span).trim();
    let ends_sentence = text.ends_with(['.', '!', '?', '“', '"', '«', '»', ':']);
    (!text.is_empty() && text.chars().count() <= 160 && !ends_sentence).then(|| text.to_owned())
}

/// The first sentence after the headline (or the first at all): the
/// default description.
pub fn first_sentence(article: &article::Article) -> Option<String> {
    let skip = usize::from(headline(article).is_some());
    let para = article.paragraphs.get(skip)?;
    let sentence = article.sentences.get(para.sentences.start as usize)?;
    Some(article.slice(sentence.span).trim().to_owned()).filter(|s| !s.is_empty())
}

/// The measures the article's figures have, with how many figures each
/// (the comparison's choices in the form), in [`MEASURES`] order; those
/// with none left out.
pub fn measures_found(article: &article::Article) -> Vec<(&'static str, usize)> {
    MEASURES
        .iter()
        .map(|(m, name, _)| {
            let n = article
                .figures
                .iter()
                .filter(|f| f.part_of.is_none() && f.measure == *m)
                .count();
            (*name, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Claimant groups proposed from the countries of the claimants of the
/// figures compared, one group per country in the order the article first
/// names them (at most five: the chart's colours), labelled with the
/// article's own name of the country in both languages.
pub fn proposed_groups(article: &article::Article, measure: &str) -> Vec<Group> {
    let probe = Comparison {
        measure: measure.to_owned(),
        ..Comparison::default()
    };
    let mut countries: Vec<String> = Vec::new();
    for f in &article.figures {
        if !crate::estimates::is_compared(f, &probe) {
            continue;
        }
        if let Some(c) = f.asserted_by.as_ref().and_then(|c| c.country.clone()) {
            if !countries.contains(&c) && countries.len() < 5 {
                countries.push(c);
            }
        }
    }
    countries
        .into_iter()
        .map(|c| Group {
            label: pair(&c, &c),
            countries: vec![c],
        })
        .collect()
}

/// Each side of `value` that is empty, taken from `default`.
fn or_default(value: &Pair, default: [&str; 2]) -> Pair {
    let side = |v: &String, d: &str| {
        if v.trim().is_empty() {
            d.to_owned()
        } else {
            v.clone()
        }
    };
    [side(&value[0], default[0]), side(&value[1], default[1])]
}

/// The `story.toml` the form stands for: what the editor filled, and for
/// each empty field its default (the headline as title, the first sentence
/// as description, the measure most figures have, groups by claimant
/// country). This is what the preview shows and what is exported.
pub fn effective_meta(form: &StoryMeta, article: &article::Article) -> StoryMeta {
    let headline = headline(article);
    let title_de = headline.as_deref().unwrap_or("Entwurf");
    let title_en = headline.as_deref().unwrap_or("Draft");
    let title = or_default(&form.title, [title_de, title_en]);
    let short_title = or_default(&form.short_title, [&title[0], &title[1]]);
    let lede = first_sentence(article).unwrap_or_default();
    let description = or_default(&form.description, [&lede, &lede]);
    let s = &form.sections;
    let sections = Sections {
        map: or_default(&s.map, ["Karte", "Map"]),
        figures: or_default(&s.figures, ["Zahlen", "Figures"]),
        quotes: or_default(&s.quotes, ["Zitate", "Quotes"]),
        article: or_default(&s.article, ["Der Artikel", "The article"]),
    };
    let derived = default_comparison(article);
    let measure = if form.comparison.measure().is_some() {
        form.comparison.measure.clone()
    } else {
        derived.measure.clone()
    };
    let counted_default = MEASURES
        .iter()
        .find(|(_, name, _)| *name == measure)
        .map_or(["", ""], |(_, _, c)| *c);
    let comparison = Comparison {
        counted: or_default(&form.comparison.counted, counted_default),
        groups: if form.comparison.groups.is_empty() {
            proposed_groups(article, &measure)
        } else {
            form.comparison.groups.clone()
        },
        measure,
    };
    StoryMeta {
        title,
        short_title,
        description,
        published: form.published.trim().to_owned(),
        note: form
            .note
            .clone()
            .filter(|n| n.iter().any(|s| !s.trim().is_empty())),
        sections,
        comparison,
        map: form.map.clone(),
        corrections: form.corrections.clone(),
    }
}

/// The story the Studio previews for `text` (already normalised) and the
/// editor's `form`: the article parsed, the form's empty fields filled
/// with defaults, the corrections applied. The map is empty: the caller
/// adds it with [`draft_map`] once the world map is loaded.
pub fn studio_story(
    text: &str,
    form: &StoryMeta,
    gazetteer: Option<&article::WorldGazetteer>,
) -> Story {
    let article = parse(text, form.published.trim(), gazetteer);
    story_of(article, form, gazetteer)
}

/// [`studio_story`] from an article already parsed (with the form's date):
/// what the Studio does when only the form changed.
pub fn story_of(
    article: article::Article,
    form: &StoryMeta,
    gazetteer: Option<&article::WorldGazetteer>,
) -> Story {
    // The corrections first: the defaults (groups by claimant country)
    // see what the editor fixed.
    let mut article = article;
    let applied = crate::corrections::apply(&mut article, &form.corrections, gazetteer);
    assemble(article, applied, form)
}

/// The story of an article whose corrections are applied (`applied` is
/// what they did) and the form as it is now, its empty fields filled with
/// defaults. The map is empty. The Studio's page makes each preview with
/// it from the engine's answer ([`engine::Outcome`]).
pub fn assemble(
    article: article::Article,
    applied: crate::corrections::Applied,
    form: &StoryMeta,
) -> Story {
    let meta = effective_meta(form, &article);
    Story::corrected("entwurf".to_owned(), meta, article, applied)
}

/// A file name for the story: the title's words in lower case, umlauts
/// spelled out, joined by "-" (at most 60 characters), or "entwurf".
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.to_lowercase().chars() {
        let piece = match c {
            'ä' => "ae".to_owned(),
            'ö' => "oe".to_owned(),
            'ü' => "ue".to_owned(),
            'ß' => "ss".to_owned(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_owned(),
        };
        out.push_str(&piece);
    }
    let words: Vec<&str> = out.split('-').filter(|w| !w.is_empty()).collect();
    let mut slug = String::new();
    for w in words {
        if slug.len() + w.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(w);
    }
    if slug.is_empty() {
        "entwurf".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The story for `text` with a blank form.
    fn draft_story(text: &str, gazetteer: Option<&article::WorldGazetteer>) -> Story {
        studio_story(text, &blank_meta(), gazetteer)
    }

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
        let needed = needed_admin1(&story.article, &MapMeta::default(), g, world);
        assert!(needed.contains(&"RU".to_owned()), "{needed:?}");
        // Without the admin-1 files: drawn, each missing file said in a note.
        let bare = draft_map(
            &story.article,
            &MapMeta::default(),
            g,
            world,
            &BTreeMap::new(),
        );
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
        let map = draft_map(&story.article, &MapMeta::default(), g, world, &layers);
        let built = Story::load(&root, "kursk-nordkorea").expect("story loads");
        assert!(map.asset.is_some());
        assert_eq!(map.focus_label, built.map.focus_label);
        assert!(map.notes.len() < bare.notes.len(), "{:?}", map.notes);
        // No place: no map, and the note that says so.
        let none = draft_story("Der Ausschuss tagte am Morgen.", Some(g));
        assert!(needed_admin1(&none.article, &MapMeta::default(), g, world).is_empty());
        let map = draft_map(
            &none.article,
            &MapMeta::default(),
            g,
            world,
            &BTreeMap::new(),
        );
        assert!(map.asset.is_none());
        assert_eq!(
            map.notes,
            vec![[
                "Der Artikel nennt keinen Ort; es gibt keine Karte.".to_owned(),
                map.notes[0][1].clone()
            ]]
        );
    }

    #[test]
    fn an_empty_form_takes_its_defaults_from_the_text() {
        let text = "Streik bei der Regionalbahn\n\
                    Die Gewerkschaft rief am Montag zum Streik auf. Nach Angaben der Bahn \
                    fielen 300 Züge aus.\n\
                    Ein Sprecher des Verkehrsministeriums der Schweiz sagte, 2.000 Pendler seien betroffen.";
        let story = draft_story(text, None);
        let meta = &story.meta;
        assert_eq!(meta.title[0], "Streik bei der Regionalbahn");
        assert_eq!(meta.short_title, meta.title);
        assert_eq!(
            meta.description[0],
            "Die Gewerkschaft rief am Montag zum Streik auf."
        );
        assert_eq!(meta.sections.quotes, pair("Zitate", "Quotes"));
        // The headline is the title; the lede under it is the next paragraph.
        assert!(crate::page::lede(&story).starts_with("Die Gewerkschaft rief"));
        assert!(measures_found(&story.article).iter().all(|(_, n)| *n > 0));
        // What the editor filled wins, side by side.
        let mut form = blank_meta();
        form.title = pair("Mein Titel", "");
        form.comparison.measure = "money".into();
        let story = studio_story(text, &form, None);
        assert_eq!(
            story.meta.title,
            pair("Mein Titel", "Streik bei der Regionalbahn")
        );
        assert_eq!(story.meta.comparison.measure, "money");
        assert_eq!(story.meta.comparison.counted, pair("Euro", "euros"));
        // No headline: the title says it is a draft.
        let story = draft_story("Der Ausschuss tagte am Morgen.", None);
        assert_eq!(story.meta.title, pair("Entwurf", "Draft"));
    }

    #[test]
    fn a_claimant_fixed_with_its_country_gets_a_group() {
        let text = "Hochwasser am Fluss\nDie Feuerwehr zählte am Montag 350 Helfer.";
        let mut form = blank_meta();
        assert!(studio_story(text, &form, None)
            .meta
            .comparison
            .groups
            .is_empty());
        let figure = studio_story(text, &form, None);
        let key = crate::corrections::figure_text(&figure.article, 0);
        form.corrections.push(crate::corrections::Correction {
            figure: Some(key),
            claimant: Some("Die Feuerwehr".into()),
            country: Some("Österreich".into()),
            ..Default::default()
        });
        let story = studio_story(text, &form, None);
        assert!(story.unapplied.is_empty(), "{:?}", story.unapplied);
        let groups = &story.meta.comparison.groups;
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].countries, vec!["Österreich".to_owned()]);
        assert_eq!(story.estimates[0].source.group, Some(0));
    }

    #[test]
    fn a_slug_is_a_safe_file_name() {
        assert_eq!(
            slug("Nordkoreanische Truppen in Kursk: wer zählt?"),
            "nordkoreanische-truppen-in-kursk-wer-zaehlt"
        );
        assert_eq!(slug("   "), "entwurf");
        assert_eq!(slug("<script>"), "script");
        assert!(slug(&"Wort ".repeat(40)).len() <= 60);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_story_toml_with_every_field_is_its_own_effective_form() {
        let root = Story::repo_root();
        let site = crate::story::Site::load(&root).expect("site.toml");
        let g = crate::story::world_gazetteer().expect("gazetteer");
        for slug in &site.stories {
            let built = Story::load(&root, slug).expect("story loads");
            let raw = std::fs::read_to_string(root.join(slug).join("article.txt")).expect("text");
            let story = studio_story(&text::normalise(&raw), &built.meta, Some(g));
            assert_eq!(story.meta, built.meta, "{slug}");
            assert_eq!(story.estimates.len(), built.estimates.len(), "{slug}");
            let groups = proposed_groups(&built.article, &built.meta.comparison.measure);
            assert!(!groups.is_empty(), "{slug}");
        }
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
