//! The map's logic, free of the browser and of any story: pan and zoom
//! ([`zoom`]), label placement ([`labels`]) and the text alternative
//! ([`text`]). Geodesy lives in the `mapdata` crate; the static SVG is built
//! in `page::map`, and `live::map` only wires pointer and keyboard events to
//! these functions.

pub mod labels;
/// A story's map from the world assets (the build and the Studio).
#[cfg(feature = "components")]
pub mod story;
pub mod text;
pub mod zoom;
