//! The band as a wasm module, for the browser timing of
//! `tests/bench/band.mjs`: it takes the world map's `borders.bin` and one
//! country's admin-1 chunk as bytes, as the Studio will after fetching them,
//! and returns the band's area in km² (negative for unreadable input).
//!
//! Build: `cargo build -p band --example band_wasm --release --target
//! wasm32-unknown-unknown`, then `wasm-bindgen --target web`.
use wasm_bindgen::prelude::wasm_bindgen;

/// The band of `depth_km` inside `inside_id` along `along_id`, in km².
#[wasm_bindgen]
pub fn band_km2(
    borders: &[u8],
    inside_chunk: &[u8],
    inside_id: &str,
    along_id: &str,
    depth_km: f64,
) -> f64 {
    let (Ok(borders), Ok(inside)) = (
        mapdata::world::decode_borders(borders),
        mapdata::world::decode_areas(inside_chunk),
    ) else {
        return -1.0;
    };
    band::area_km2(&band::world_band(
        &borders, inside_id, &inside, along_id, depth_km,
    ))
}
