//! Build-time prerender: renders the whole explainer into Trunk's staged
//! `index.html` (run by the `post_build` hook, before `post-build.mjs` adds
//! the CSP hashes and the service worker's file list).
//!
//! Usage: `prerender <staging-dir>`; without an argument, `$TRUNK_STAGING_DIR`.
use std::process::ExitCode;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn run() -> Result<String, String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .ok_or("prerender: no staging directory given")?;
    let path = std::path::Path::new(&dir).join("index.html");
    let html = std::fs::read_to_string(&path)
        .map_err(|e| format!("prerender: cannot read {}: {e}", path.display()))?;
    let article: &'static article::Article =
        Box::leak(Box::new(lagebild::data::embedded_article()?));
    let lede = article
        .paragraphs
        .first()
        .map(|p| format!("<p class=\"lede\">{}</p>", escape(article.slice(p.span))))
        .unwrap_or_default();
    // The home story's frame (until the prerender renders every story).
    let root = lagebild::story::Story::repo_root();
    let site = lagebild::story::Site::load(&root)?;
    let meta_path = root.join(&site.home).join("story.toml");
    let meta: lagebild::story::StoryMeta = std::fs::read_to_string(&meta_path)
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|e| format!("prerender: {}: {e}", meta_path.display()))?;
    let comparison: &'static lagebild::story::Comparison = Box::leak(Box::new(meta.comparison));
    let body = lagebild::page::render(article, comparison);
    let mut out = html;
    for (marker, content) in [
        ("<!--lagebild:lede-->", &lede),
        ("<!--lagebild:app-->", &body),
    ] {
        if !out.contains(marker) {
            return Err(format!(
                "prerender: marker {marker} not found in index.html"
            ));
        }
        out = out.replacen(marker, content, 1);
    }
    std::fs::write(&path, &out)
        .map_err(|e| format!("prerender: cannot write {}: {e}", path.display()))?;
    // The estimates as CSV (with a byte-order mark for spreadsheets), linked from the page.
    let (name, csv) = lagebild::page::estimates_csv(article, comparison);
    let csv_path = std::path::Path::new(&dir).join(name);
    std::fs::write(&csv_path, format!("\u{feff}{csv}"))
        .map_err(|e| format!("prerender: cannot write {}: {e}", csv_path.display()))?;
    Ok(format!(
        "prerender: wrote {} ({} bytes of explainer)",
        path.display(),
        body.len()
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
