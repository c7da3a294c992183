//! Lagebild: a German news article as an interactive explainer.
//!
//! Static first: the whole explainer (article, map, charts, quotes, text
//! alternatives) is rendered to HTML at build time by the `prerender` binary
//! from [`page`]. The wasm ([`live`]) only attaches what moves: pan and zoom,
//! tooltips, the shared selection, filters, the live charts, the embed dialog,
//! the language toggle, the resizer and the offline worker.
//!
//! The pure modules below compile on both sides and are tested on the host.

/// The estimate charts as pure drawing code (canvas in the browser, SVG at build time).
pub mod charts;
/// Corrections an editor made to what the parser found (`[[corrections]]`).
pub mod corrections;
/// Descriptions of recognised items, in the interface language.
pub mod describe;
/// Embedding protocols (pym.js, Datawrapper, AMP) and the embed snippet.
pub mod embed;
/// Estimates per claimant for a story's comparison: model, prose, CSV.
pub mod estimates;
/// Numbers (always German), hedged values and month names.
pub mod format;
/// The names by which the browser code finds the page's elements.
pub mod hooks;
/// Interface language (German, English) and its small word helpers.
pub mod i18n;
/// The map's logic: pan/zoom, label placement, text alternative.
pub mod map;
/// Quote cards, filters and umlaut-tolerant search.
pub mod quote_filter;
/// Text runs and inline marks for the article view.
pub mod segments;
/// The selection shared by every view, and its URL token.
pub mod selection;
/// A story folder: its frame (`story.toml`) and, build-side, its parsed article.
pub mod story;
/// Embed options and selection read from the URL.
pub mod url_state;

/// The explainer's page components: rendered to HTML at build time
/// (`ssr`), and the same components client-side in the browser (`studio`).
#[cfg(feature = "components")]
pub mod page;

/// The Studio: paste an article, see its explainer (pure parts on the
/// host; the browser app with `studio`).
#[cfg(feature = "components")]
pub mod studio;

/// What moves: behaviour attached to the prerendered page in the browser.
#[cfg(feature = "live")]
pub mod live;
