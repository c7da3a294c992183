//! Places as German newsrooms name them.
//!
//! - [`translit`]: Russian and Ukrainian Cyrillic → the German press form
//!   (Duden rules).

#![forbid(unsafe_code)]

/// Cyrillic → German press form (Duden rules).
pub mod translit;
