//! A story: one folder `stories/<slug>/` with the article text and a small
//! `story.toml` for what the text cannot say about itself (titles, section
//! headings, the map's box, the border the band follows, claimant colour
//! groups). Every fact on the page comes from the article; this file only
//! frames it.
//!
//! The plain types compile on both sides (the browser never reads a toml);
//! loading from disk is build-side only (feature `ssr`).
use serde::{Deserialize, Serialize};

/// A German and an English text, in that order.
pub type Pair = [String; 2];

/// `stories/site.toml`: which stories are built, which one is at the root.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The story served as `index.html`; the others are `<slug>.html`.
    pub home: String,
    /// The stories to build, in list order (newest first).
    pub stories: Vec<String>,
    /// Absolute address of the published `dist/`, ending in "/", or empty.
    #[serde(default)]
    pub base_url: String,
}

impl Site {
    /// The page file of a story: the home story is `index.html`.
    pub fn page_file(&self, slug: &str) -> String {
        if slug == self.home {
            "index.html".to_owned()
        } else {
            format!("{slug}.html")
        }
    }
}

/// `stories/<slug>/story.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryMeta {
    /// The headline of the explainer.
    pub title: Pair,
    /// For `<title>`, the embed dialog, the story list and share cards.
    pub short_title: Pair,
    /// For search engines and share cards.
    pub description: Pair,
    /// ISO date of publication ("2024-10-30").
    pub published: String,
    /// A note shown under the headline, e.g. that a sample text is invented.
    #[serde(default)]
    pub note: Option<Pair>,
    pub sections: Sections,
    pub comparison: Comparison,
    #[serde(default)]
    pub map: MapMeta,
}

/// Section headings.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub map: Pair,
    pub figures: Pair,
    pub quotes: Pair,
    pub article: Pair,
}

/// What the comparison charts compare.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The parser's measure of the compared figures: "personnel",
    /// "casualties", "area", "distance", "money".
    pub measure: String,
    /// What the compared figures count, as it reads after a number.
    pub counted: Pair,
    /// Claimant groups in colour order.
    #[serde(default)]
    pub groups: Vec<Group>,
}

impl Comparison {
    /// The parser's measure named by `measure`, if it names one.
    pub fn measure(&self) -> Option<article::Measure> {
        use article::Measure::*;
        Some(match self.measure.as_str() {
            "personnel" => Personnel,
            "casualties" => Casualties,
            "area" => Area,
            "distance" => Distance,
            "money" => Money,
            "other" => Other,
            _ => return None,
        })
    }

    /// The colour group of a claimant country: its index in `groups`, or
    /// `groups.len()` (the shared last colour) when no group names it.
    pub fn group_of(&self, country: Option<&str>) -> usize {
        country
            .map(str::trim)
            .and_then(|c| {
                self.groups
                    .iter()
                    .position(|g| g.countries.iter().any(|n| n == c))
            })
            .unwrap_or(self.groups.len())
    }
}

/// One claimant group: the parser's claimant countries it covers and its label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub countries: Vec<String>,
    pub label: Pair,
}

/// `[map]` of story.toml. Every key is optional: the map is framed by
/// the article itself (its places, the area it names most, its "N Kilometer
/// von der X Grenze"), and a key that is given wins over what is derived.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapMeta {
    /// The map's accessible title.
    pub title: Option<Pair>,
    /// lon/lat box of the main map: west, south, east, north.
    pub region: Option<[f64; 4]>,
    /// Countries drawn with admin-1 areas (ISO alpha-3).
    pub admin1: Option<Vec<String>>,
    /// The area the story is about (Natural Earth `adm1_code`).
    pub focus: Option<String>,
    /// Its label in the legend and on the map.
    pub focus_label: Option<Pair>,
    pub band: Option<BandMeta>,
    pub inset: Option<InsetMeta>,
}

/// The band lies inside `inside`, along its border with `along` (alpha-3).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandMeta {
    pub inside: Option<String>,
    pub along: Option<String>,
}

/// A locator inset, with an optional great-circle route between two places
/// (gazetteer ids, "gn:538560").
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsetMeta {
    pub region: Option<[f64; 4]>,
    pub route: Option<[String; 2]>,
}

#[cfg(feature = "components")]
impl MapMeta {
    /// The keys as the frame's overrides.
    pub fn overrides(&self) -> atlas::framing::FrameOverrides {
        use atlas::framing::{BandOverrides, FrameOverrides, InsetOverrides};
        let band = self.band.clone().unwrap_or_default();
        let inset = self.inset.clone().unwrap_or_default();
        FrameOverrides {
            region: self.region,
            admin1: self.admin1.clone(),
            focus: self.focus.clone(),
            band: BandOverrides {
                inside: band.inside,
                along: band.along,
            },
            inset: InsetOverrides {
                region: inset.region,
                route: inset.route,
            },
        }
    }
}

/// A loaded story: its frame, its text, the parsed article and what is
/// derived from it once, next to the article (the views only read these).
/// Loading it from a folder is build-side ([`Story::load`]); the Studio
/// will make one from pasted text.
#[derive(Clone, Debug)]
pub struct Story {
    pub slug: String,
    pub meta: StoryMeta,
    pub article: article::Article,
    /// The compared figures, built once from the article and `[comparison]`.
    pub estimates: Vec<crate::estimates::Estimate>,
    /// The map, cut from the world map for this article.
    pub map: StoryMap,
}

/// A story's map as the page shows it, or why there is none.
#[derive(Clone, Debug, Default)]
pub struct StoryMap {
    /// The map; `None` when the article names no place.
    pub asset: Option<mapdata::asset::MapAsset>,
    /// Its accessible title.
    pub title: Pair,
    /// The label of the area the story is about.
    pub focus_label: Pair,
    /// What the reader should know about the map: why there is no map or
    /// no band.
    pub notes: Vec<Pair>,
    /// Place names the article gives that the map cannot show, as written.
    pub unplaced: Vec<String>,
}

#[cfg(feature = "ssr")]
pub use load::{parse_story, story_map, world, world_gazetteer, GAZETTEER};

#[cfg(feature = "ssr")]
mod load {
    use super::*;
    use std::path::Path;
    use std::sync::OnceLock;

    /// The world gazetteer asset, relative to the repository.
    pub const GAZETTEER: &str = "data/world/gazetteer.bin";

    /// The world gazetteer, read and indexed once per process.
    pub fn world_gazetteer() -> Result<&'static article::WorldGazetteer, String> {
        static WORLD: OnceLock<Result<article::WorldGazetteer, String>> = OnceLock::new();
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GAZETTEER);
        WORLD
            .get_or_init(|| {
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                article::WorldGazetteer::from_bytes(&bytes)
                    .map_err(|e| format!("{}: {e}", path.display()))
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn world_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/world")
    }

    /// The world map's shared assets, read once per process.
    pub fn world() -> Result<&'static atlas::World, String> {
        static WORLD: OnceLock<Result<atlas::World, String>> = OnceLock::new();
        WORLD
            .get_or_init(|| {
                let read = |f: &str| {
                    let path = world_dir().join(f);
                    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
                };
                atlas::World::from_bytes(
                    &read(mapdata::world::ADMIN0_FILE)?,
                    &read(mapdata::world::BORDERS_FILE)?,
                    &read(mapdata::world::INDEX_FILE)?,
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The map of a parsed article with the story's `[map]` keys, cut from
    /// the world files of `data/world/` as the build cuts it.
    pub fn story_map(article: &article::Article, keys: &MapMeta) -> Result<StoryMap, String> {
        Ok(crate::map::story::build(
            article,
            keys,
            world_gazetteer()?,
            world()?,
            |id| {
                let path = world_dir().join(mapdata::world::admin1_file(id));
                let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                atlas::admin1_from_bytes(id, &bytes)
            },
        ))
    }

    /// Parses a story's text as the build does: with the world gazetteer
    /// and the story's publication date ("YYYY-MM-DD"; any other value
    /// resolves no relative dates).
    pub fn parse_story(text: &str, published: &str) -> Result<article::Article, String> {
        let options = article::Options {
            published: article::dates::parse_iso(published),
            gazetteer: Some(world_gazetteer()?),
        };
        Ok(article::parse_with(text, &options))
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    impl Site {
        /// Reads `<root>/site.toml`.
        pub fn load(root: &Path) -> Result<Site, String> {
            let path = root.join("site.toml");
            let site: Site =
                toml::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
            if !site.stories.contains(&site.home) {
                return Err(format!(
                    "{}: home story {:?} is not in `stories`",
                    path.display(),
                    site.home
                ));
            }
            Ok(site)
        }
    }

    impl Story {
        /// Reads and parses `<root>/<slug>/`.
        pub fn load(root: &Path, slug: &str) -> Result<Story, String> {
            let dir = root.join(slug);
            let path = dir.join("story.toml");
            let meta: StoryMeta =
                toml::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
            if meta.comparison.measure().is_none() {
                return Err(format!(
                    "{}: unknown comparison measure {:?} (personnel, casualties, area, distance, money)",
                    path.display(),
                    meta.comparison.measure
                ));
            }
            let text = read(&dir.join("article.txt"))?;
            let article = parse_story(&text, &meta.published)?;
            let estimates = crate::estimates::estimates(&article, &meta.comparison);
            let map = story_map(&article, &meta.map)?;
            Ok(Story {
                slug: slug.to_owned(),
                meta,
                article,
                estimates,
                map,
            })
        }

        /// The stories folder of this repository (for tests and tools).
        pub fn repo_root() -> std::path::PathBuf {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("stories")
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_bad_published_date_resolves_nothing_and_never_panics() {
        let text = "Der Minister sagte am Mittwoch in Kiew, die Lage sei ernst.";
        let dated = parse_story(text, "2026-03-13").expect("gazetteer");
        assert_eq!(dated.dates[0].day, Some(11));
        for bad in ["", "2026-02-30", "13.03.2026", "morgen"] {
            let a = parse_story(text, bad).expect("gazetteer");
            assert_eq!(a.dates[0].day, None, "{bad:?}");
            assert_eq!(a.places.len(), 1);
        }
    }

    #[test]
    fn the_stories_find_places_through_the_world_gazetteer() {
        let root = Story::repo_root();
        let story = Story::load(&root, "finnland-grenze").expect("story loads");
        // A place only the world gazetteer could confirm stays as today;
        // the army district "Militärbezirk Leningrad" is no place.
        let ids: Vec<&str> = story.article.places.iter().map(|p| p.id.as_str()).collect();
        assert!(ids.contains(&"gn:485639"), "{ids:?}");
        assert!(!ids.contains(&"ne:RUS-2336"), "{ids:?}");
        assert!(world_gazetteer().is_ok());
    }
}
