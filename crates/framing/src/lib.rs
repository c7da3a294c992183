//! The map frame an article implies (issue 18, item 3). This first part:
//! the country codes the frame speaks in.

#![forbid(unsafe_code)]

/// Country adjectives and codes.
pub mod countries;
