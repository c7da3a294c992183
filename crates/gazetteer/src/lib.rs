//! Places as German newsrooms name them.
//!
//! - [`translit`]: Russian and Ukrainian Cyrillic → the German press form
//!   (Duden rules).
//! - [`asset`]: the compact world gazetteer (`data/world/gazetteer.bin`).

#![forbid(unsafe_code)]

/// The gazetteer asset: places, their German names, the byte codec.
pub mod asset;
/// Name keys, region designators, genitive endings.
pub mod names;
/// Cyrillic → German press form (Duden rules).
pub mod translit;
/// LEB128 varints, the asset's byte codec.
pub mod varint;
