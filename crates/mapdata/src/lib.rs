//! Lagebild map data: the compact map asset (types, binary codec), the world
//! map assets, d3-style projections, SVG path building and great-circle
//! geometry.
//!
//! No dependencies; compiles for `wasm32-unknown-unknown`. Everything here is
//! pure: the app decodes the embedded asset once, fits a projection to its
//! viewport, precomputes SVG path strings, and reuses them every frame.
//!
//! Coordinates are `[lon, lat]` in degrees ([`LonLat`]) unless stated.
//!
//! ```
//! use mapdata::{asset::MapAsset, codec};
//! let asset = MapAsset::default();
//! let bytes = codec::encode(&asset);
//! assert_eq!(codec::decode(&bytes), Ok(asset));
//! ```

/// Plain map types: asset, layers, arcs, features, cities.
pub mod asset;
/// Binary encoding and decoding of a [`asset::MapAsset`].
pub mod codec;
/// Great-circle geometry (distance, route points, bearing, destination) and scale-bar helpers.
pub mod geodesic;
/// SVG path data from projected rings and lines.
pub mod path;
/// d3-style projections: raw projections, fitting, project/invert.
pub mod projection;
/// Unsigned LEB128 and zigzag varints used by the codec.
pub mod varint;
/// The world map assets: all countries, land borders, admin-1 chunks, index.
pub mod world;

/// A geographic point `[longitude, latitude]` in degrees.
pub type LonLat = [f64; 2];
