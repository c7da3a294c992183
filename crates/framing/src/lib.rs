//! The map frame an article implies (issue 18, item 3): the box around its
//! cluster of places (a distant capital it only mentions goes to the
//! locator inset), the admin-1 area it names most, the band from its
//! "N Kilometer von der X Grenze", the towns to label, and notes for the
//! editor. Every key of the story's `[map]` may override what is derived.
//!
//! Pure and deterministic; input is plain data (this crate does not parse
//! the article), so it runs at build time and in the browser alike.
//!
//! ```
//! use framing::{derive, BorderStatement, FrameInput, Kind, NamedPlace, Unchecked};
//! let kursk = NamedPlace {
//!     id: "gn:538560".into(), label: "Kursk".into(), kind: Kind::City,
//!     country: "RU".into(), lat: 51.73, lon: 36.18, mentions: 2,
//!     ..NamedPlace::default()
//! };
//! let input = FrameInput {
//!     places: vec![kursk],
//!     borders: vec![BorderStatement {
//!         km: 50.0, along: vec!["UA".into()], place: Some("gn:538560".into()),
//!     }],
//!     ..FrameInput::default()
//! };
//! let frame = derive(&input, &Unchecked).unwrap();
//! assert!(frame.region.contains(36.18, 51.73));
//! let band = frame.band.unwrap();
//! assert_eq!((band.inside.as_str(), band.along.as_str()), ("RUS", "UKR"));
//!
//! let none = derive(&FrameInput::default(), &Unchecked);
//! assert_eq!(none.unwrap_err().de(), "Der Artikel nennt keinen Ort; es gibt keine Karte.");
//! ```

#![forbid(unsafe_code)]

/// The band: inside, along, width; the land-border hook.
pub mod band;
/// Lon/lat boxes and km per degree.
pub mod bbox;
/// The cluster of the article's places and the distant ones.
pub mod cluster;
/// Country adjectives and codes.
pub mod countries;
/// The admin-1 area the article names most.
pub mod focus;
/// The frame and its derivation.
pub mod frame;
/// What the frame is derived from.
pub mod input;
pub mod labels;
/// The towns to label.
/// The band's neighbour check from the world map's land borders.
pub mod land;
/// Notes for the editor, German and English.
pub mod note;
/// Input from the gazetteer.
pub mod world;

pub use band::{Band, Borders, Unchecked};
pub use bbox::BBox;
pub use focus::Focus;
pub use frame::{derive, Frame, Inset};
pub use input::{
    Area, BandOverrides, BorderStatement, FrameInput, FrameOverrides, InsetOverrides, Kind,
    NamedPlace,
};
pub use labels::Label;
pub use land::LandBorders;
pub use note::Note;
