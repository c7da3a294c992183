//! A story's map from the world assets (issue 18): the frame the article
//! implies ([`framing`]), cut from the world map (`data/world/`) with the
//! band computed on the 10m land borders ([`band`]), as one
//! [`MapAsset`](mapdata::asset::MapAsset) the page draws. Pure: the build
//! reads the assets from disk, the Studio fetches them; both call the same
//! two steps.
//!
//! 1. [`plan`]: the frame, and which admin-1 files it needs;
//! 2. [`assemble::assemble`]: the asset, once those files are loaded.

#![forbid(unsafe_code)]

/// The map asset of a frame.
pub mod assemble;
/// Clipping and thinning of rings and lines.
pub mod clip;
/// The frame's input from a parsed article.
pub mod input;
/// Places the article names that the map cannot show.
pub mod unplaced;

use framing::{Frame, FrameOverrides, LandBorders, NamedPlace, Note};
use gazetteer::lookup::Gazetteer;
use mapdata::world::{decode_areas, decode_borders, decode_index, AreaLayer, Borders, WorldIndex};

pub use assemble::{admin1_needed, assemble, BandGap};
pub use framing;
pub use unplaced::{unplaced, Unplaced};

/// The world map's shared assets: every country, the land borders and the
/// index (`admin0.bin`, `borders.bin`, `index.bin`).
#[derive(Debug, Clone)]
pub struct World {
    /// All countries.
    pub admin0: AreaLayer,
    /// The land borders at full detail.
    pub borders: Borders,
    /// The countries' names, boxes and admin-1 files.
    pub index: WorldIndex,
    /// Which countries share a land border (for the band's check).
    pub land: LandBorders,
}

impl World {
    /// Decodes the three files; the message names the one that failed.
    pub fn from_bytes(admin0: &[u8], borders: &[u8], index: &[u8]) -> Result<World, String> {
        let admin0 = decode_areas(admin0).map_err(|e| format!("admin0.bin: {e}"))?;
        let borders = decode_borders(borders).map_err(|e| format!("borders.bin: {e}"))?;
        let index = decode_index(index).map_err(|e| format!("index.bin: {e}"))?;
        let land = LandBorders::new(&borders);
        Ok(World {
            admin0,
            borders,
            index,
            land,
        })
    }
}

/// The first step: the frame of the article and the admin-1 files its map
/// needs (`admin1` country ids; load `mapdata::world::admin1_file(id)`).
#[derive(Debug, Clone)]
pub struct Plan {
    /// The frame.
    pub frame: Frame,
    /// The article's places as the frame took them.
    pub places: Vec<NamedPlace>,
    /// Country ids whose admin-1 file the map needs.
    pub admin1: Vec<String>,
}

/// The frame of a parsed article, with the story's `[map]` overrides;
/// `Err(Note::NoPlace)` when it names no place (then there is no map).
pub fn plan(
    article: &article::Article,
    g: &Gazetteer,
    world: &World,
    overrides: FrameOverrides,
) -> Result<Plan, Note> {
    let input = input::frame_input(article, g, overrides, &world.land);
    let frame = framing::derive(&input, &world.land)?;
    let admin1 = admin1_needed(&frame, world);
    Ok(Plan {
        frame,
        places: input.places,
        admin1,
    })
}

/// Decodes one admin-1 file.
pub fn admin1_from_bytes(id: &str, bytes: &[u8]) -> Result<AreaLayer, String> {
    decode_areas(bytes).map_err(|e| format!("{}: {e}", mapdata::world::admin1_file(id)))
}
