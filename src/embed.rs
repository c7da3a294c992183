//! Embedding in a newsroom page: NPR's pym.js child protocol, the height
//! messages Datawrapper's and AMP's resizers listen for, and the copy-paste
//! snippet. Plain strings in and out; the browser glue is in `frame.rs`.
use crate::i18n::Lang;
use crate::url_state::{Theme, View};

/// pym.js joins message parts with this.
pub const PYM_DELIMITER: &str = "xPYMx";

/// A pym.js message: `pymxPYMx{id}xPYMx{kind}xPYMx{body}`.
///
/// ```
/// assert_eq!(lagebild::embed::pym_message("k1", "height", "640"), "pymxPYMxk1xPYMxheightxPYMx640");
/// ```
pub fn pym_message(id: &str, kind: &str, body: &str) -> String {
    ["pym", id, kind, body].join(PYM_DELIMITER)
}

/// What a parent may tell the child.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParentMessage {
    /// The parent's new width in CSS pixels: answer with the height.
    Width(f64),
}

/// Reads a message from the parent. Only well-formed pym.js messages for
/// `child_id` with a known kind and a sane value are accepted; anything else
/// (other ids, other protocols, junk) is `None`.
pub fn parse_parent_message(data: &str, child_id: &str) -> Option<ParentMessage> {
    let mut parts = data.splitn(4, PYM_DELIMITER);
    let (Some("pym"), Some(id), Some(kind), Some(body)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if id != child_id || kind.is_empty() || kind.contains(char::is_whitespace) {
        return None;
    }
    match kind {
        "width" => {
            let width: f64 = body.trim().parse().ok()?;
            (width.is_finite() && (0.0..=100_000.0).contains(&width))
                .then_some(ParentMessage::Width(width))
        }
        _ => None,
    }
}

/// Embed options chosen in the "Einbetten" dialog; the default is the
/// dialog's first choice of each (everything, system theme, German).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    pub view: View,
    pub theme: Theme,
    pub lang: Lang,
    pub compact: bool,
}

impl EmbedOptions {
    /// The query string for the app's URL ("?view=map&theme=dark…").
    pub fn query(&self) -> String {
        let mut q = format!(
            "?view={}&theme={}&lang={}",
            self.view.code(),
            self.theme.code(),
            self.lang.code()
        );
        if self.compact {
            q.push_str("&compact=1");
        }
        q
    }
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn escape_js(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\'' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The snippet an editor pastes into a CMS: a container, pym.js (served with
/// the app, so no third party is involved) and the `pym.Parent` call that
/// creates the iframe and keeps its height in step. `app_url` is the app's
/// address without query or fragment.
pub fn snippet(app_url: &str, options: &EmbedOptions, title: &str) -> String {
    let base = app_url.split(['?', '#']).next().unwrap_or_default();
    // The directory of the page ("" for a bare relative file name).
    let dir = match base.rfind('/') {
        Some(i) => &base[..=i],
        None => "",
    };
    let id = format!("lagebild-{}", options.view.code());
    let src = format!("{base}{}", options.query());
    format!(
        "<div id=\"{id}\"></div>\n<script src=\"{}vendor/pym.v1.min.js\"></script>\n<script>new pym.Parent(\"{}\", \"{}\", {{ title: \"{}\" }});</script>",
        escape_html(&format!("{dir}public/")),
        escape_js(&id),
        escape_js(&src),
        escape_js(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_foreign_messages_are_ignored() {
        assert_eq!(parse_parent_message("", "a"), None);
        assert_eq!(parse_parent_message("hello", "a"), None);
        assert_eq!(
            parse_parent_message("pymxPYMxbxPYMxwidthxPYMx600", "a"),
            None
        );
        assert_eq!(
            parse_parent_message("pymxPYMxaxPYMxwidthxPYMxabc", "a"),
            None
        );
        assert_eq!(
            parse_parent_message("pymxPYMxaxPYMxwidthxPYMx-5", "a"),
            None
        );
        assert_eq!(
            parse_parent_message("pymxPYMxaxPYMxnavigateToxPYMxhttp://x", "a"),
            None
        );
        assert_eq!(
            parse_parent_message("pymxPYMxaxPYMxwid thxPYMx600", "a"),
            None
        );
        assert_eq!(
            parse_parent_message("{\"datawrapper-height\":{}}", "a"),
            None
        );
    }

    #[test]
    fn width_messages_for_this_child_are_read() {
        assert_eq!(
            parse_parent_message("pymxPYMxaxPYMxwidthxPYMx600", "a"),
            Some(ParentMessage::Width(600.0))
        );
        assert_eq!(
            parse_parent_message(&pym_message("x-1", "width", "320.5"), "x-1"),
            Some(ParentMessage::Width(320.5))
        );
    }

    #[test]
    fn snippet_is_escaped_and_points_at_the_app() {
        let options = EmbedOptions {
            view: View::Map,
            theme: Theme::Dark,
            lang: Lang::De,
            compact: true,
        };
        let s = snippet(
            "https://example.org/lagebild/index.html?x=1#zitat-2",
            &options,
            "Karte \"Kursk\" <b>",
        );
        assert!(s.contains("<div id=\"lagebild-map\"></div>"));
        assert!(s.contains("src=\"https://example.org/lagebild/public/vendor/pym.v1.min.js\""));
        assert!(s.contains("\"https://example.org/lagebild/index.html?view=map\\u0026theme=dark\\u0026lang=de\\u0026compact=1\""));
        assert!(s.contains("title: \"Karte \\u0022Kursk\\u0022 \\u003cb\\u003e\""));
        assert!(!s.contains("<b>"));
    }
}
