//! What the page URL asks for: embed options in the query (`view`, `theme`,
//! `lang`, `compact`, pym.js's `childId` and `initialWidth`) and the selection
//! in the hash (`#zitat-2`). Unknown or malformed values fall back to defaults;
//! nothing here can fail.
use crate::i18n::Lang;
use crate::selection::Selection;

/// Which part of the explainer to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    All,
    Map,
    Charts,
    Quotes,
    Article,
}

impl View {
    /// Parses "all", "map", "charts", "quotes", "article" and the German section names.
    pub fn parse(value: &str) -> Option<View> {
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "all" | "alles" => View::All,
            "map" | "karte" => View::Map,
            "charts" | "zahlen" => View::Charts,
            "quotes" | "zitate" => View::Quotes,
            "article" | "artikel" => View::Article,
            _ => return None,
        })
    }
    /// The query value for this view.
    pub fn code(self) -> &'static str {
        match self {
            View::All => "all",
            View::Map => "map",
            View::Charts => "charts",
            View::Quotes => "quotes",
            View::Article => "article",
        }
    }
    /// The id of the section this view shows (`None` for all).
    pub fn section(self) -> Option<&'static str> {
        match self {
            View::All => None,
            View::Map => Some("karte"),
            View::Charts => Some("zahlen"),
            View::Quotes => Some("zitate"),
            View::Article => Some("artikel"),
        }
    }
}

/// Colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the system.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Parses "auto", "light", "dark" (also "hell", "dunkel").
    pub fn parse(value: &str) -> Option<Theme> {
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Theme::Auto,
            "light" | "hell" => Theme::Light,
            "dark" | "dunkel" => Theme::Dark,
            _ => return None,
        })
    }
    /// The query value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the URL says, with defaults for what it does not.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UrlState {
    pub view: View,
    pub theme: Theme,
    /// `None` when the URL does not choose (then the stored choice or German applies).
    pub lang: Option<Lang>,
    pub compact: bool,
    /// pym.js: the parent's id for this frame; `Some` means "framed by pym".
    pub child_id: Option<String>,
    /// pym.js: the frame's width at creation, in CSS pixels.
    pub initial_width: Option<u32>,
    /// `lagebild_test=panic`: the browser tests' way to reach the panic path.
    pub test_panic: bool,
    /// Values that were present but not understood, for a polite notice.
    pub ignored: Vec<String>,
}

/// Decodes `%XX` and `+` in a query component; invalid escapes stay as written.
fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(raw.get(i + 1..i + 3).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a query string ("?view=map&theme=dark", with or without "?").
pub fn parse_query(query: &str) -> UrlState {
    let mut state = UrlState::default();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (percent_decode(key), percent_decode(value));
        let ok = match key.as_str() {
            "view" => View::parse(&value).map(|v| state.view = v).is_some(),
            "theme" => Theme::parse(&value).map(|t| state.theme = t).is_some(),
            "lang" => Lang::parse(&value).map(|l| state.lang = Some(l)).is_some(),
            "compact" => match value.trim() {
                "" | "1" | "true" | "ja" => {
                    state.compact = true;
                    true
                }
                "0" | "false" | "nein" => true,
                _ => false,
            },
            "childId" => {
                let valid = !value.is_empty()
                    && value.len() <= 100
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'));
                if valid {
                    state.child_id = Some(value.clone());
                }
                valid
            }
            "initialWidth" => value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|w| (1..=10_000).contains(w))
                .map(|w| state.initial_width = Some(w))
                .is_some(),
            "lagebild_test" => {
                state.test_panic = value == "panic";
                true
            }
            // pym.js adds these; they carry nothing Lagebild uses.
            "parentTitle" | "parentUrl" => true,
            _ => true,
        };
        if !ok {
            state.ignored.push(key);
        }
    }
    state
}

/// The selection a hash ("#zitat-2") names; `None` for anything else.
pub fn selection_from_hash(hash: &str) -> Option<Selection> {
    Selection::from_token(&percent_decode(hash.trim_start_matches('#')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_gives_defaults() {
        assert_eq!(parse_query(""), UrlState::default());
        assert_eq!(parse_query("?"), UrlState::default());
    }

    #[test]
    fn known_values_are_read() {
        let s = parse_query(
            "?view=map&theme=dark&lang=en&compact=1&childId=lagebild-1&initialWidth=640",
        );
        assert_eq!(s.view, View::Map);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.lang, Some(Lang::En));
        assert!(s.compact);
        assert_eq!(s.child_id.as_deref(), Some("lagebild-1"));
        assert_eq!(s.initial_width, Some(640));
        assert!(s.ignored.is_empty());
    }

    #[test]
    fn malformed_values_fall_back_and_are_reported() {
        let s = parse_query("view=%3Cscript%3E&theme=purple&lang=xx&initialWidth=-5&childId=a%22b&compact=vielleicht&%ZZ=1");
        assert_eq!(s.view, View::All);
        assert_eq!(s.theme, Theme::Auto);
        assert_eq!(s.lang, None);
        assert_eq!(s.initial_width, None);
        assert_eq!(s.child_id, None);
        assert!(!s.compact);
        assert_eq!(
            s.ignored,
            vec![
                "view",
                "theme",
                "lang",
                "initialWidth",
                "childId",
                "compact"
            ]
        );
    }

    #[test]
    fn percent_decoding_never_fails() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%C3%A4"), "ä");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
        assert_eq!(
            parse_query("view=%4"),
            UrlState {
                ignored: vec!["view".into()],
                ..UrlState::default()
            }
        );
    }

    #[test]
    fn hash_names_a_selection() {
        assert_eq!(selection_from_hash("#zitat-2"), Some(Selection::Quote(1)));
        assert_eq!(selection_from_hash("#karte"), None);
        assert_eq!(selection_from_hash(""), None);
    }
}
