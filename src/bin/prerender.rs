//! Build-time prerender: renders every story of `stories/` into a page of its
//! own, from Trunk's staged `index.html` as the template (run by the
//! `post_build` hook, before `post-build.mjs` adds the CSP hashes and the
//! service worker's file list).
//!
//! Writes, per story: its page (`index.html` for the home story, else
//! `<slug>.html`), the estimates as CSV, the oEmbed answer and the share image;
//! and `stories.html`, the list of all stories.
//!
//! Usage: `prerender [staging-dir] [stories-dir]`; defaults:
//! `$TRUNK_STAGING_DIR` and this repository's `stories/`.
use lagebild::page::{self, site};
use lagebild::story::{Site, Story};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

const MARKERS: [&str; 3] = [
    "<!--lagebild:head-->",
    "<!--lagebild:masthead-->",
    "<!--lagebild:app-->",
];

fn fill(template: &str, parts: [&str; 3]) -> Result<String, String> {
    let mut out = template.to_owned();
    for (marker, content) in MARKERS.iter().zip(parts) {
        if !out.contains(marker) {
            return Err(format!(
                "prerender: marker {marker} not found in index.html"
            ));
        }
        out = out.replacen(marker, content, 1);
    }
    Ok(out)
}

/// The story list needs no wasm: Trunk's loader and its preloads go.
fn without_app_script(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<script type=\"module\"") {
        out.push_str(&rest[..i]);
        let end = rest[i..]
            .find("</script>")
            .map_or(rest.len(), |j| i + j + 9);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with("<link rel=\"modulepreload\"")
                || l.starts_with("<link rel=\"preload\""))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Rasterises the share card. Text needs a system font (DejaVu Sans or
/// Liberation Sans; `scripts/setup.sh` installs one); without any, the card
/// is written without text and the build says so.
fn share_png(svg: &str) -> Result<(Vec<u8>, bool), String> {
    use resvg::{tiny_skia, usvg};
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    let has_fonts = !fonts.is_empty();
    let options = usvg::Options {
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("share card: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("share card: empty size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let png = pixmap
        .encode_png()
        .map_err(|e| format!("share card: {e}"))?;
    Ok((png, has_fonts))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes)
        .map_err(|e| format!("prerender: cannot write {}: {e}", path.display()))
}

fn run() -> Result<String, String> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .ok_or("prerender: no staging directory given")?;
    let dir = PathBuf::from(dir);
    let root = args.next().map_or_else(Story::repo_root, PathBuf::from);
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("prerender: cannot read {}: {e}", template_path.display()))?;
    let site = Site::load(&root)?;
    let mut stories = Vec::new();
    let mut report = Vec::new();
    for slug in &site.stories {
        let story = Arc::new(Story::load(&root, slug)?);
        for u in &story.unapplied {
            eprintln!(
                "prerender: {slug}/story.toml [[corrections]] Nr. {} ({:?}) not applied: {}",
                u.index + 1,
                u.key,
                u.why[1]
            );
        }
        let files = site::Files::of(&site, slug);
        let body = page::render(story.clone());
        let html = fill(
            &template,
            [&site::head(&site, &story), &site::masthead(&story), &body],
        )?;
        write(&dir.join(&files.page), &html)?;
        // With a byte-order mark, so spreadsheets read the umlauts right.
        write(
            &dir.join(&files.csv),
            format!("\u{feff}{}", page::estimates_csv(&story)),
        )?;
        write(&dir.join(&files.oembed), site::oembed(&site, &story))?;
        let (png, has_fonts) = share_png(&page::share::card_svg(&story))?;
        if !has_fonts {
            eprintln!(
                "prerender: warning: no system font found, {} has no text",
                files.image
            );
        }
        write(&dir.join(&files.image), png)?;
        report.push(format!("{} ({} KB)", files.page, html.len() / 1024));
        stories.push(Arc::unwrap_or_clone(story));
    }
    let index = fill(
        &without_app_script(&template),
        [
            &site::index_head(),
            &site::index_masthead(),
            &site::story_list(&site, &stories),
        ],
    )?;
    write(&dir.join(site::INDEX_FILE), index)?;
    Ok(format!(
        "prerender: wrote {} and {} into {}",
        report.join(", "),
        site::INDEX_FILE,
        dir.display()
    ))
}

fn main() -> ExitCode {
    match run() {
        Ok(msg) => {
            eprintln!("{msg}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
