//! The contract between the static page ([`crate::page`], build time) and
//! what the browser attaches to it ([`crate::live`]): every id, class,
//! `data-*` attribute and test id by which `live/` finds an element of the
//! page, named once here.
//!
//! `live/` reads these constants. `page/` writes ids through them; classes
//! and attribute names it writes inside `view!` markup, where a name must be
//! a literal, and the host test `tests/hooks.rs` checks that every name of
//! the page groups ([`id`], [`class`], [`data`], [`testid`]) is present in
//! every rendered story. A renamed class then fails that test instead of
//! leaving a control that silently does nothing.
//!
//! The [`toggled`] and [`written`] groups are what `live/` (or
//! `boot/early.js`) writes itself: classes it toggles, attributes and ids it
//! sets. They need not be in the page.

macro_rules! names {
    ($(#[$doc:meta])* $group:ident { $($(#[$d:meta])* $name:ident = $value:literal,)* }) => {
        $(#[$doc])*
        pub mod $group {
            $($(#[$d])* pub const $name: &str = $value;)*
            /// Every name of the group.
            pub const ALL: &[&str] = &[$($name),*];
        }
    };
    // The group, and beside it a module of the same names as selectors,
    // written at compile time (`$pre` name `$post`).
    ($(#[$doc:meta])* $group:ident, $(#[$sdoc:meta])* $selectors:ident($pre:literal, $post:literal) {
        $($(#[$d:meta])* $name:ident = $value:literal,)*
    }) => {
        names! { $(#[$doc])* $group { $($(#[$d])* $name = $value,)* } }
        $(#[$sdoc])*
        pub mod $selectors {
            $(#[doc = concat!("`", $pre, $value, $post, "`")]
            pub const $name: &str = concat!($pre, $value, $post);)*
        }
    };
}

names! {
    /// Element ids.
    id {
        /// The explainer's root (`data-app-ready` once the app has started).
        APP = "app",
        /// The map's `<svg>`.
        MAP_SVG = "karte-svg",
        /// The map's section.
        MAP_SECTION = "karte",
        /// The quote explorer's section.
        QUOTES = "zitate",
    }
}

names! {
    /// Classes the page writes and `live/` looks for.
    class,
    /// The same classes as selectors (`.quote-card`).
    dot(".", "") {
    // Interface strings in both languages (`page::tr`).
    L_DE = "l-de",
    L_EN = "l-en",
    LANG_TOGGLE = "lang-toggle",
    URL_NOTICE = "url-notice",
    URL_NOTICE_NAMES = "url-notice-names",
    UPDATE_BANNER = "update-banner",
    UPDATE_RELOAD = "update-reload",
    // The map.
    MAP_ZOOM = "map-zoom",
    /// Every pin (town, area, country, band label), moved as the map pans.
    PIN = "pin",
    /// Anything on the map with a tooltip and a selection.
    ITEM = "item",
    PIN_LABEL = "pin-label",
    PIN_TOWN = "pin-town",
    PIN_COUNTRY = "pin-country",
    MAP_TIP = "map-tip",
    TIP_ITEM = "tip-item",
    ZOOM_IN = "zoom-in",
    ZOOM_OUT = "zoom-out",
    ZOOM_RESET = "zoom-reset",
    SCALE_BAR_BG = "scale-bar-bg",
    SCALE_BAR_MAIN = "scale-bar-main",
    SCALE_BAR_TICK0 = "scale-bar-tick0",
    SCALE_BAR_TICK1 = "scale-bar-tick1",
    SCALE_BAR_LABEL = "scale-bar-label",
    // The charts.
    ESTIMATE_CHARTS = "estimate-charts",
    CHART_STAGE = "chart-stage",
    CHART_GRAPHIC = "chart-graphic",
    CHART_HITS = "chart-hits",
    CHART_HIT = "chart-hit",
    /// A hit target of a value the chart could not place.
    UNPLACED = "unplaced",
    CHART_HINT = "chart-hint",
    CHART_DETAIL_ITEM = "chart-detail-item",
    CHART_TABLE_TOGGLE = "chart-table-toggle",
    CHART_TABLE_WRAP = "chart-table-wrap",
    // The quote explorer.
    QUOTE_CARD = "quote-card",
    RESULT_COUNT = "result-count",
    FILTER_SPEAKER = "filter-speaker",
    FILTER_ORGANISATION = "filter-organisation",
    FILTER_KIND = "filter-kind",
    QUOTE_SEARCH = "quote-search",
    COPY_LINK = "copy-link",
    COPY_STATUS = "copy-status",
    // The embed dialog.
    EMBED_DIALOG = "embed-dialog",
    EMBED_OPEN = "embed-open",
    EMBED_STATUS = "embed-status",
    EMBED_CLOSE = "embed-close",
    EMBED_COPY = "embed-copy",
    }
}

names! {
    /// `data-*` attributes the page writes and `live/` reads.
    data,
    /// Selectors for elements with the attribute (`[data-sel]`).
    attr("[", "]") {
        /// The selections an element stands for ("zahl-1 zahl-5").
        SEL = "data-sel",
        /// A click toggles this selection.
        TOGGLE = "data-toggle",
        /// A click shows this selection in the article ...
        SHOW = "data-show",
        /// ... at this sentence.
        SENTENCE = "data-sentence",
        /// Selections that highlight this text run ...
        HL = "data-hl",
        /// ... or this sentence.
        HLS = "data-hls",
        /// The English `aria-label`.
        EN_LABEL = "data-en-label",
        /// The English text of an `<option>`.
        EN = "data-en",
        /// A map item's tooltip, as shown, and in English.
        TIP = "data-tip",
        TIP_EN = "data-tip-en",
        /// The map's label levels ([`crate::map::labels::LabelLevels`]).
        LABEL_LEVELS = "data-label-levels",
        KM_PER_UNIT = "data-km-per-unit",
        /// The sides a label may take, one code each (see [`crate::map::labels`]).
        SIDES = "data-sides",
        /// A dot's radius, kept as the map zooms.
        R = "data-r",
        /// Map coordinates of a zoom control or a tooltip entry.
        X = "data-x",
        Y = "data-y",
        /// A tooltip entry's map item.
        ITEM = "data-item",
        /// Which chart a stage holds, its index and height.
        CHART = "data-chart",
        CHART_INDEX = "data-chart-index",
        HEIGHT = "data-height",
        /// A chart hit target's value.
        INDEX = "data-index",
        /// The estimates, hex-coded ([`crate::estimates`]).
        ESTIMATES = "data-estimates",
        /// What a quote card is filtered by.
        KIND = "data-kind",
        SPEAKER = "data-speaker",
        ORG = "data-org",
        SEARCH = "data-search",
        /// The selection a card's copy button links to.
        LINK = "data-link",
        /// The story's title, for the embed snippet.
        TITLE = "data-title",
    }
}

names! {
    /// `data-testid`s `live/` finds controls by (the browser specs use them too).
    testid,
    /// Selectors for them (`[data-testid="export-csv"]`).
    by_testid("[data-testid=\"", "\"]") {
        EXPORT_PNG = "export-png",
        EXPORT_CSV = "export-csv",
        EMBED_VIEW = "embed-view",
        EMBED_THEME = "embed-theme",
        EMBED_LANG = "embed-lang",
        EMBED_COMPACT = "embed-compact",
        EMBED_SNIPPET = "embed-snippet",
    }
}

names! {
    /// Classes `live/` toggles itself.
    toggled,
    /// The same as selectors.
    toggled_dot(".", "") {
        /// On `<html>` once the app runs.
        LIVE = "live",
        /// A selected element.
        SELECTED = "selected",
        /// A highlighted text run ...
        HL = "hl",
        /// ... and sentence.
        HL_SENTENCE = "hl-sentence",
        /// A map label hidden at this zoom.
        LABEL_HIDDEN = "label-hidden",
        /// The canvas a chart is drawn on (it takes the SVG's place).
        CHART_CANVAS = "chart-canvas",
    }
}

names! {
    /// Attributes and ids `live/` and `boot/early.js` write themselves.
    written {
        /// `<html data-lang="en">`: English interface.
        LANG = "data-lang",
        /// `<html data-theme>`: a theme chosen by the URL.
        THEME = "data-theme",
        /// On [`super::id::APP`] once the app has started.
        APP_READY = "data-app-ready",
        /// The chart canvas's language and texts, for the browser specs.
        TEXTS = "data-texts",
        /// The error box's id.
        ERROR_BOX = "lagebild-error",
        /// The German originals of [`super::data::EN_LABEL`],
        /// [`super::data::EN`] and [`super::data::TIP_EN`], kept by the
        /// language toggle the first time it swaps them.
        DE_LABEL = "data-de-label",
        DE = "data-de",
        TIP_DE = "data-tip-de",
    }
}

/// `[name~="token"]`: elements whose attribute lists `token`.
pub fn lists(attr: &str, token: &str) -> String {
    format!("[{attr}~=\"{token}\"]")
}
