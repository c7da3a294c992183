//! What the frame is derived from: the article's places and border
//! statements as plain data (the parser finds them; this crate does not
//! parse), and the story's overrides.

pub use gazetteer::asset::Kind;

/// An admin-1 area (Natural Earth `adm1_code` and its German label).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Area {
    /// Natural Earth `adm1_code`, e.g. "RUS-2362".
    pub code: String,
    /// Its German label ("Oblast Kursk"); may be empty.
    pub label: String,
}

/// A place the article names, with how often and where first.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedPlace {
    /// The gazetteer id ("gn:538560", "ne:RUS-2362", "iso:UA", "region:donbass").
    pub id: String,
    /// The German label.
    pub label: String,
    /// Country, admin-1 area (or a curated region) or city.
    pub kind: Kind,
    /// ISO alpha-2 of its country.
    pub country: String,
    /// The admin-1 area: a region's own, a city's area; `None` for a
    /// country or a curated region that is no admin-1 area.
    pub area: Option<Area>,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Inhabitants (0 if unknown).
    pub population: u32,
    /// How often the article names it (0 counts as 1).
    pub mentions: u32,
    /// Byte offset of its first mention.
    pub first: usize,
}

impl Default for NamedPlace {
    /// A city with no name at 0°, 0°, named once.
    fn default() -> Self {
        NamedPlace {
            id: String::new(),
            label: String::new(),
            kind: Kind::City,
            country: String::new(),
            area: None,
            lat: 0.0,
            lon: 0.0,
            population: 0,
            mentions: 1,
            first: 0,
        }
    }
}

impl NamedPlace {
    /// Its mentions, at least one.
    pub fn weight(&self) -> u32 {
        self.mentions.max(1)
    }

    /// True if its coordinates are usable (finite, on the globe).
    pub fn on_globe(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

/// "N Kilometer von der X Grenze" as the parser found it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BorderStatement {
    /// The distance in km.
    pub km: f64,
    /// The country across the border (ISO alpha-2), from the adjective
    /// ("ukrainischen" → ["UA"], see [`crate::countries::by_adjectives`])
    /// or the name ("Grenze zu Finnland"); empty if the text names none.
    /// Two for a hyphenated adjective ("finnisch-russischen" → ["FI",
    /// "RU"]): the band runs along the one that is not inside.
    pub along: Vec<String>,
    /// The id of the place the sentence speaks of ("ne:RUS-2362" in
    /// "Region Kursk … 50 Kilometer von der ukrainischen Grenze"), if any.
    pub place: Option<String>,
}

/// How many border statements speak of each place id.
pub(crate) fn spoken_of(borders: &[BorderStatement]) -> std::collections::HashMap<&str, u32> {
    let mut m = std::collections::HashMap::new();
    for b in borders {
        if let Some(id) = b.place.as_deref() {
            let n: &mut u32 = m.entry(id).or_insert(0);
            *n = n.saturating_add(1);
        }
    }
    m
}

/// `[map.band]` of story.toml: each key optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BandOverrides {
    /// The country the band lies in (alpha-3).
    pub inside: Option<String>,
    /// The neighbour whose border it follows (alpha-3).
    pub along: Option<String>,
}

/// `[map.inset]` of story.toml: each key optional.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InsetOverrides {
    /// The inset's box, `[west, south, east, north]`.
    pub region: Option<[f64; 4]>,
    /// Two place ids joined by a great-circle line.
    pub route: Option<[String; 2]>,
}

/// `[map]` of story.toml with every key optional: a key that is given wins
/// over what is derived.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FrameOverrides {
    /// The main map's box, `[west, south, east, north]`.
    pub region: Option<[f64; 4]>,
    /// Countries drawn with their admin-1 areas (alpha-3).
    pub admin1: Option<Vec<String>>,
    /// The emphasised area (`adm1_code`).
    pub focus: Option<String>,
    /// The band's countries.
    pub band: BandOverrides,
    /// The locator inset.
    pub inset: InsetOverrides,
}

/// Everything the frame is derived from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FrameInput {
    /// The places the article names, distinct, in text order.
    pub places: Vec<NamedPlace>,
    /// Its border statements, in text order.
    pub borders: Vec<BorderStatement>,
    /// Towns the caller offers beyond the article's (the gazetteer's towns
    /// in the region, see [`crate::world::towns_in`]); they fill the labels
    /// by population after the article's own.
    pub towns: Vec<NamedPlace>,
    /// The story's `[map]` keys.
    pub overrides: FrameOverrides,
}
