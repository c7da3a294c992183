//! The prerendered page is complete without script: the article word for
//! word, the map with every layer, a card per quote and the text
//! alternatives, all from the same Rust code that the build runs.

fn page() -> (String, &'static article::Article) {
    let article: &'static article::Article = Box::leak(Box::new(
        lagebild::data::embedded_article().expect("the embedded article decodes"),
    ));
    let root = lagebild::story::Story::repo_root();
    let story = lagebild::story::Story::load(&root, "kursk-nordkorea").expect("the story loads");
    let comparison: &'static lagebild::story::Comparison =
        Box::leak(Box::new(story.meta.comparison));
    (lagebild::page::render(article, comparison), article)
}

/// The text a reader sees: tags dropped, entities decoded, English
/// interface strings and quote badges left out, whitespace collapsed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut skip_depth = 0usize;
    while let Some(lt) = rest.find('<') {
        if skip_depth == 0 {
            out.push_str(&rest[..lt]);
        }
        let gt = rest[lt..]
            .find('>')
            .map(|i| lt + i + 1)
            .unwrap_or(rest.len());
        let tag = &rest[lt..gt];
        let opens_english = tag.starts_with("<span") && tag.contains("class=\"l-en\"");
        if opens_english || (skip_depth > 0 && tag.starts_with("<span")) {
            skip_depth += 1;
        } else if skip_depth > 0 && tag == "</span>" {
            skip_depth -= 1;
        }
        rest = &rest[gt..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    // The quote badges (❝) stand before quotes; they are buttons, not text.
    decoded
        .replace('❝', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_paragraph_of_the_article_is_in_the_page() {
    let (html, article) = page();
    let text = visible_text(&html);
    assert!(!article.paragraphs.is_empty());
    for p in &article.paragraphs {
        let want = article
            .slice(p.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&want), "missing paragraph: {want}");
    }
}

#[test]
fn the_map_is_in_the_page_with_every_layer() {
    let (html, _) = page();
    for needle in [
        "id=\"karte-svg\"",
        "class=\"band item\"",
        "class=\"border\"",
        "area-kursk",
        "class=\"scale-bar\"",
        "class=\"map-inset\"",
        "id=\"karte-beschreibung\"",
        "data-label-levels=",
    ] {
        assert!(html.contains(needle), "{needle} is missing");
    }
    let paths = html.matches("<path").count();
    assert!(paths > 30, "only {paths} paths");
}

#[test]
fn there_is_a_card_for_every_quote_and_a_button_for_every_mark() {
    let (html, article) = page();
    let cards = lagebild::quote_filter::cards(article);
    assert!(!cards.is_empty());
    assert_eq!(
        html.matches("data-testid=\"quote-card\"").count(),
        cards.len()
    );
    for card in &cards {
        let token = lagebild::selection::Selection::Quote(card.index).token();
        assert!(html.contains(&format!("id=\"{token}\"")), "{token}");
    }
    assert!(html.matches("class=\"mark mark-figure").count() >= 3);
}

#[test]
fn interface_strings_come_in_both_languages() {
    let (html, _) = page();
    let de = html.matches("class=\"l-de\"").count();
    let en = html.matches("class=\"l-en\"").count();
    assert!(de > 10);
    assert_eq!(de, en, "every German interface string has its English one");
}
