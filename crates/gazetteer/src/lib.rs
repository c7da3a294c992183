//! Places as German newsrooms name them.
//!
//! - [`translit`]: Russian and Ukrainian Cyrillic → the German press form
//!   (Duden rules).
//! - [`asset`]: the compact world gazetteer (`data/world/gazetteer.bin`).
//! - [`lookup`]: a name as German text writes it → the place.
//! - [`scan`]: every place a text names, with its byte span.
//!
//! ```
//! use gazetteer::asset::{Kind, Name, Place, Source};
//! use gazetteer::lookup::Gazetteer;
//! let kiew = Place {
//!     kind: Kind::City, country: "UA".into(), lat: 50.45, lon: 30.52,
//!     population: 2_952_301, geonameid: Some(703448), adm1_code: None,
//!     oblast: false, region: None,
//!     names: vec![Name { text: "Kiew".into(), source: Source::Curated }],
//! };
//! let g = Gazetteer::from_places(vec![kiew]);
//! let found = g.scan("Die Lage nördlich Kiews ist ruhig.");
//! assert_eq!(found.len(), 1);
//! assert_eq!((found[0].start, found[0].end, found[0].place), (19, 24, 0));
//! ```

#![forbid(unsafe_code)]

/// The gazetteer asset: places, their German names, the byte codec.
pub mod asset;
/// Look-up of one name, with the article's context.
pub mod lookup;
/// Name keys, region designators, genitive endings.
pub mod names;
/// Places in a text, with spans and the common-word guard.
pub mod scan;
/// Cyrillic → German press form (Duden rules).
pub mod translit;
/// LEB128 varints, the asset's byte codec.
pub mod varint;
