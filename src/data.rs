//! The article parsed at build time (see `build.rs`), decoded once at start-up.
use article::Article;

static ARTICLE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/article.bin"));

/// Decodes the embedded article. An undecodable blob (a build mismatch) gives
/// an empty article with the reason, never a panic.
pub fn embedded_article() -> Result<Article, String> {
    postcard::from_bytes(ARTICLE_BYTES).map_err(|e| format!("Artikeldaten nicht lesbar: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_article_decodes_to_the_seed_text() {
        let article = embedded_article().expect("decodes");
        assert!(article.text.starts_with("„Wir brauchen"));
        assert!(!article.paragraphs.is_empty());
    }
}
