//! What frames a story's explainer in its page and on the web: the `<head>`
//! (title, description, Open Graph and Twitter cards, oEmbed discovery), the
//! masthead, the oEmbed file, and the plain page that lists every story.
//! Everything here comes from `site.toml` and the story's `story.toml`; the
//! prerender writes one page per story with it.
#[cfg(feature = "ssr")]
use super::tr;
use crate::embed::{self, EmbedOptions};
use crate::story::{Site, Story};
#[cfg(feature = "ssr")]
use leptos::prelude::*;

/// Size of the share image (Open Graph's recommended 1.91:1).
pub const SHARE_SIZE: [u32; 2] = [1200, 630];

/// The page a story is served as, and its companion files.
#[derive(Clone, Debug, PartialEq)]
pub struct Files {
    /// `index.html` for the home story, `<slug>.html` otherwise.
    pub page: String,
    /// The estimates as CSV.
    pub csv: String,
    /// The oEmbed answer.
    pub oembed: String,
    /// The share image (PNG).
    pub image: String,
}

impl Files {
    pub fn of(site: &Site, slug: &str) -> Files {
        Files {
            page: site.page_file(slug),
            csv: super::csv_file(slug),
            oembed: format!("{slug}.oembed.json"),
            image: format!("{slug}-teaser.png"),
        }
    }
}

/// The name of the list of all stories.
pub const INDEX_FILE: &str = "stories.html";

/// The Studio's page (scripts/studio-build.mjs writes it).
pub const STUDIO_FILE: &str = "studio.html";

fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The base URL the build publishes to (`LAGEBILD_BASE_URL` or `site.toml`),
/// ending in "/", or empty for URLs relative to the page.
pub fn base_url(site: &Site) -> String {
    let base = std::env::var("LAGEBILD_BASE_URL")
        .ok()
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| site.base_url.clone());
    let base = base.trim().to_owned();
    if base.is_empty() || base.ends_with('/') {
        base
    } else {
        format!("{base}/")
    }
}

/// The `<head>` elements of a story's page.
pub fn head(site: &Site, story: &Story) -> String {
    let meta = &story.meta;
    let files = Files::of(site, &story.slug);
    let base = base_url(site);
    let [title, _] = &meta.short_title;
    let [description, _] = &meta.description;
    let image = format!("{base}{}", files.image);
    let page = format!("{base}{}", canonical_path(&files.page));
    let image_alt = format!("{title}: Karte und Schätzungen im Überblick (Lagebild)");
    // (attribute, key, value) of each <meta>: Open Graph uses `property`.
    let mut metas: Vec<(&str, &str, String)> = vec![
        ("name", "description", description.clone()),
        ("property", "og:type", "article".into()),
        ("property", "og:site_name", "Lagebild".into()),
        ("property", "og:locale", "de_DE".into()),
        ("property", "og:title", title.clone()),
        ("property", "og:description", description.clone()),
        ("property", "og:image", image.clone()),
        ("property", "og:image:width", SHARE_SIZE[0].to_string()),
        ("property", "og:image:height", SHARE_SIZE[1].to_string()),
        ("property", "og:image:alt", image_alt),
        ("property", "article:published_time", meta.published.clone()),
        ("name", "twitter:card", "summary_large_image".into()),
        ("name", "twitter:title", title.clone()),
        ("name", "twitter:description", description.clone()),
        ("name", "twitter:image", image),
    ];
    if !base.is_empty() {
        metas.push(("property", "og:url", page.clone()));
    }
    let mut out = vec![format!("<title>{} – Lagebild</title>", attr(title))];
    out.extend(
        metas
            .iter()
            .map(|(a, k, v)| format!(r#"<meta {a}="{k}" content="{}">"#, attr(v))),
    );
    if !base.is_empty() {
        out.push(format!(r#"<link rel="canonical" href="{}">"#, attr(&page)));
    }
    out.push(format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
        attr(&format!("{base}{}", files.oembed)),
        attr(title)
    ));
    out.join("\n  ")
}

/// `index.html` is published as the directory itself.
fn canonical_path(page: &str) -> &str {
    if page == "index.html" {
        ""
    } else {
        page
    }
}

/// The title an embedding page gives the frame.
pub fn embed_title(story: &Story) -> String {
    format!("Lagebild: {}", story.meta.short_title[0])
}

/// The oEmbed answer (type "rich"): the same iframe and resizer snippet as the
/// embed dialog, for a CMS that embeds the explainer from its URL alone.
pub fn oembed(site: &Site, story: &Story) -> String {
    let files = Files::of(site, &story.slug);
    let base = base_url(site);
    let url = if base.is_empty() {
        format!("./{}", files.page)
    } else {
        format!("{base}{}", files.page)
    };
    let html = embed::snippet(&url, &EmbedOptions::default(), &embed_title(story));
    let fields: Vec<(&str, String)> = vec![
        ("version", json_str("1.0")),
        ("type", json_str("rich")),
        ("title", json_str(&story.meta.short_title[0])),
        ("provider_name", json_str("Lagebild")),
        (
            "provider_url",
            json_str(if base.is_empty() { "./" } else { &base }),
        ),
        ("width", "720".into()),
        ("height", "900".into()),
        ("html", json_str(&html)),
        ("thumbnail_url", json_str(&format!("{base}{}", files.image))),
        ("thumbnail_width", SHARE_SIZE[0].to_string()),
        ("thumbnail_height", SHARE_SIZE[1].to_string()),
    ];
    let body = fields
        .iter()
        .map(|(k, v)| format!("  {}: {v}", json_str(k)))
        .collect::<Vec<_>>()
        .join(",\n");
    format!("{{\n{body}\n}}\n")
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The masthead: kicker, headline and the article's first paragraph as lede.
#[cfg(feature = "ssr")]
pub fn masthead(story: &Story) -> String {
    let [de, en] = story.meta.title.clone();
    let lede = super::lede(story);
    let note = story.meta.note.clone().map(|[de, en]| {
        view! { <p class="story-note" data-testid="story-note">{tr(de, en)}</p> }
    });
    super::html(|| {
        view! {
            <p class="kicker">{tr("Lagebild · Erklärstück", "Lagebild · Explainer")}</p>
            <h1>{tr(de, en)}</h1>
            {note}
            <p class="lede">{lede}</p>
        }
    })
}

/// The list of all stories, for `stories.html`.
#[cfg(feature = "ssr")]
pub fn story_list(site: &Site, stories: &[Story]) -> String {
    let items: Vec<_> = stories
        .iter()
        .map(|s| {
            let href = site.page_file(&s.slug);
            let [t_de, t_en] = s.meta.short_title.clone();
            let [d_de, d_en] = s.meta.description.clone();
            let date = iso_date_de(&s.meta.published).unwrap_or_else(|| s.meta.published.clone());
            let published = s.meta.published.clone();
            view! {
                <li class="story-item" data-testid="story-item">
                    <a href=href><strong>{tr(t_de, t_en)}</strong></a>
                    <time datetime=published>{date}</time>
                    <p>{tr(d_de, d_en)}</p>
                </li>
            }
        })
        .collect();
    super::html(|| {
        view! {
            <main class="story-list">
                <ul>{items}</ul>
            </main>
        }
    })
}

/// The masthead of the story list.
#[cfg(feature = "ssr")]
pub fn index_masthead() -> String {
    super::html(|| {
        view! {
            <p class="kicker">"Lagebild"</p>
            <h1>{tr("Alle Erklärstücke", "All explainers")}</h1>
            <p class="lede">
                {tr(
                    "Jedes Erklärstück entsteht aus einem Artikel: Karte, Zahlen und Zitate, jeweils mit ihrer Stelle im Text.",
                    "Each explainer is built from one article: map, figures and quotes, each linked to its place in the text.",
                )}
            </p>
            <p class="studio-link">
                <a href=STUDIO_FILE data-testid="studio-link">
                    {tr("Studio: eigenen Artikel einfügen", "Studio: paste your own article")}
                </a>
            </p>
        }
    })
}

/// The `<head>` of the story list.
pub fn index_head() -> String {
    [
        "<title>Alle Erklärstücke – Lagebild</title>",
        r#"<meta name="description" content="Lagebild: alle Erklärstücke, jeweils aus einem Artikel erzeugt – Karte, Zahlen und Zitate mit Quellen.">"#,
    ]
    .join("\n  ")
}

/// "2024-10-30" → "30. Oktober 2024".
#[cfg(feature = "ssr")]
fn iso_date_de(iso: &str) -> Option<String> {
    let mut parts = iso.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    crate::format::date(Some(day), Some(month), Some(year))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_read_in_german() {
        assert_eq!(
            iso_date_de("2024-10-30").as_deref(),
            Some("30. Oktober 2024")
        );
        assert_eq!(iso_date_de("2024-13-30"), None);
        assert_eq!(iso_date_de("gestern"), None);
    }

    #[test]
    fn a_relative_oembed_snippet_loads_pym_beside_the_page() {
        let html = embed::snippet("./zweite.html", &EmbedOptions::default(), "T");
        assert!(
            html.contains("src=\"./public/vendor/pym.v1.min.js\""),
            "{html}"
        );
        assert!(html.contains("\"./zweite.html?view=all"), "{html}");
        let bare = embed::snippet("zweite.html", &EmbedOptions::default(), "T");
        assert!(
            bare.contains("src=\"public/vendor/pym.v1.min.js\""),
            "{bare}"
        );
    }

    #[test]
    fn json_strings_are_escaped_for_html_too() {
        assert_eq!(
            json_str("a\"b</script>\n"),
            r#""a\"b\u003c/script\u003e\n""#
        );
    }
}
