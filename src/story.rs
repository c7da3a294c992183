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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// What an editor fixed where the parser was wrong, keyed by text.
    #[serde(default)]
    pub corrections: Vec<crate::corrections::Correction>,
}

/// Section headings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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

/// The `story.toml` name of each measure (`[comparison] measure`).
const MEASURE_KEYS: [(article::Measure, &str); 6] = [
    (article::Measure::Personnel, "personnel"),
    (article::Measure::Casualties, "casualties"),
    (article::Measure::Area, "area"),
    (article::Measure::Distance, "distance"),
    (article::Measure::Money, "money"),
    (article::Measure::Other, "other"),
];

/// A measure's `story.toml` name ([`Comparison::measure`] reads it back).
pub fn measure_key(m: article::Measure) -> &'static str {
    MEASURE_KEYS
        .iter()
        .find(|(k, _)| *k == m)
        .map_or("other", |(_, key)| key)
}

impl Comparison {
    /// The parser's measure named by `measure`, if it names one.
    pub fn measure(&self) -> Option<article::Measure> {
        MEASURE_KEYS
            .iter()
            .find(|(_, key)| *key == self.measure)
            .map(|(m, _)| *m)
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandMeta {
    pub inside: Option<String>,
    pub along: Option<String>,
}

/// A locator inset, with an optional great-circle route between two places
/// (gazetteer ids, "gn:538560").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsetMeta {
    pub region: Option<[f64; 4]>,
    pub route: Option<[String; 2]>,
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_list<T: AsRef<str>>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(|s| toml_str(s.as_ref())).collect();
    format!("[{}]", items.join(", "))
}

fn toml_floats(items: &[f64]) -> String {
    let items: Vec<String> = items.iter().map(|v| format!("{v:?}")).collect();
    format!("[{}]", items.join(", "))
}

impl StoryMeta {
    /// The frame as `story.toml`, with a comment per section; reading it
    /// back gives the same frame (host-tested for every story).
    pub fn to_toml(&self) -> String {
        use std::fmt::Write;
        let mut o = String::new();
        let pair = |o: &mut String, key: &str, p: &Pair| {
            let _ = writeln!(o, "{key} = {}", toml_list(p));
        };
        o.push_str(
            "# What the article text cannot say about itself. Every fact shown on the page\n",
        );
        o.push_str("# comes from article.txt. Pairs are [German, English].\n\n");
        pair(&mut o, "title", &self.title);
        pair(&mut o, "short_title", &self.short_title);
        pair(&mut o, "description", &self.description);
        let _ = writeln!(o, "published = {}", toml_str(&self.published));
        if let Some(note) = &self.note {
            pair(&mut o, "note", note);
        }
        o.push_str("\n[sections]\n");
        pair(&mut o, "map", &self.sections.map);
        pair(&mut o, "figures", &self.sections.figures);
        pair(&mut o, "quotes", &self.sections.quotes);
        pair(&mut o, "article", &self.sections.article);
        o.push_str("\n[comparison]\n# personnel, casualties, area, distance, money\n");
        let _ = writeln!(o, "measure = {}", toml_str(&self.comparison.measure));
        pair(&mut o, "counted", &self.comparison.counted);
        for g in &self.comparison.groups {
            o.push_str("\n[[comparison.groups]]\n");
            let _ = writeln!(o, "countries = {}", toml_list(&g.countries));
            pair(&mut o, "label", &g.label);
        }
        let m = &self.map;
        if m.title.is_some()
            || m.region.is_some()
            || m.admin1.is_some()
            || m.focus.is_some()
            || m.focus_label.is_some()
        {
            o.push_str("\n# The map is framed by the article; a key here wins over what is derived.\n[map]\n");
            if let Some(t) = &m.title {
                pair(&mut o, "title", t);
            }
            if let Some(r) = &m.region {
                let _ = writeln!(o, "region = {}  # west, south, east, north", toml_floats(r));
            }
            if let Some(a) = &m.admin1 {
                let _ = writeln!(o, "admin1 = {}", toml_list(a));
            }
            if let Some(f) = &m.focus {
                let _ = writeln!(o, "focus = {}", toml_str(f));
            }
            if let Some(l) = &m.focus_label {
                pair(&mut o, "focus_label", l);
            }
        }
        if let Some(b) = &m.band {
            o.push_str("\n[map.band]\n");
            if let Some(i) = &b.inside {
                let _ = writeln!(o, "inside = {}", toml_str(i));
            }
            if let Some(a) = &b.along {
                let _ = writeln!(o, "along = {}", toml_str(a));
            }
        }
        if let Some(i) = &m.inset {
            o.push_str("\n[map.inset]\n");
            if let Some(r) = &i.region {
                let _ = writeln!(o, "region = {}", toml_floats(r));
            }
            if let Some(r) = &i.route {
                let _ = writeln!(o, "route = {}", toml_list(r));
            }
        }
        if !self.corrections.is_empty() {
            o.push_str(
                "\n# Corrections: what the editors fixed, keyed by the text they concern.\n",
            );
        }
        for c in &self.corrections {
            o.push_str("\n[[corrections]]\n");
            let s = |o: &mut String, k: &str, v: &Option<String>| {
                if let Some(v) = v {
                    let _ = writeln!(o, "{k} = {}", toml_str(v));
                }
            };
            s(&mut o, "quote", &c.quote);
            s(&mut o, "speaker", &c.speaker);
            if c.not_speech {
                o.push_str("not_speech = true\n");
            }
            s(&mut o, "figure", &c.figure);
            s(&mut o, "claimant", &c.claimant);
            s(&mut o, "country", &c.country);
            if let Some(b) = c.compare {
                let _ = writeln!(o, "compare = {b}");
            }
            s(&mut o, "place", &c.place);
            s(&mut o, "as", &c.as_name);
            if let Some(at) = &c.at {
                let _ = writeln!(o, "at = {}  # longitude, latitude", toml_floats(at));
            }
        }
        o
    }
}

#[cfg(any(feature = "ssr", feature = "engine"))]
impl StoryMeta {
    /// Reads a `story.toml`. An error names the line and the key (TOML's
    /// own message) or the correction that does not fit; nothing is half
    /// read.
    pub fn from_toml(text: &str) -> Result<StoryMeta, String> {
        let meta: StoryMeta = toml::from_str(text).map_err(|e| e.to_string())?;
        if meta.comparison.measure().is_none() {
            return Err(format!(
                "[comparison] measure = {:?}: unknown measure (personnel, casualties, area, distance, money)",
                meta.comparison.measure
            ));
        }
        for (i, c) in meta.corrections.iter().enumerate() {
            if let Err([de, _]) = c.check() {
                return Err(format!(
                    "[[corrections]] Nr. {} ({:?}): {de}",
                    i + 1,
                    c.key()
                ));
            }
        }
        Ok(meta)
    }
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
    /// Corrections of `story.toml` that could not be applied (their text is
    /// gone, or they do not fit), with why.
    pub unapplied: Vec<crate::corrections::Unapplied>,
}

impl Story {
    /// A story from its frame and its parsed article: the corrections
    /// applied (with `gazetteer` for `as` names), the estimates built, and
    /// the map left for the caller ([`Story::map`]).
    pub fn assemble(
        slug: String,
        meta: StoryMeta,
        mut article: article::Article,
        gazetteer: Option<&article::WorldGazetteer>,
    ) -> Story {
        let applied = crate::corrections::apply(&mut article, &meta.corrections, gazetteer);
        Story::corrected(slug, meta, article, applied)
    }

    /// A story whose article has its corrections applied already
    /// (`applied` is what [`crate::corrections::apply`] returned).
    pub fn corrected(
        slug: String,
        meta: StoryMeta,
        article: article::Article,
        applied: crate::corrections::Applied,
    ) -> Story {
        let estimates =
            crate::estimates::estimates_except(&article, &meta.comparison, &applied.excluded);
        Story {
            slug,
            meta,
            article,
            estimates,
            map: StoryMap::default(),
            unapplied: applied.unapplied,
        }
    }
}

/// A story's map as the page shows it, or why there is none.
#[derive(Clone, Debug, Default, PartialEq)]
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
            let meta = StoryMeta::from_toml(&read(&path)?)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let text = read(&dir.join("article.txt"))?;
            let article = parse_story(&text, &meta.published)?;
            let mut story =
                Story::assemble(slug.to_owned(), meta, article, Some(world_gazetteer()?));
            story.map = story_map(&story.article, &story.meta.map)?;
            Ok(story)
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
