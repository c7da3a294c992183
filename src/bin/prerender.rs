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
    let body = lagebild::page::render(article);
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
    let (name, csv) = lagebild::page::estimates_csv(article);
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
