//! Every story's prerendered page is complete without script: the article
//! word for word, the map with every layer, a card per quote and the text
//! alternatives, all from the same Rust code that the build runs.
use lagebild::story::{Site, Story};
use std::sync::Arc;

/// Every story of the repository, rendered.
fn pages() -> Vec<(String, Arc<Story>)> {
    let root = Story::repo_root();
    let site = Site::load(&root).expect("site.toml");
    assert!(site.stories.len() >= 2, "the repository has two stories");
    site.stories
        .iter()
        .map(|slug| {
            let story = Arc::new(Story::load(&root, slug).expect("story loads"));
            (lagebild::page::render(story.clone()), story)
        })
        .collect()
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
    for (html, story) in pages() {
        let article = &story.article;
        let text = visible_text(&html);
        assert!(!article.paragraphs.is_empty());
        for p in &article.paragraphs {
            let want = article
                .slice(p.span)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                text.contains(&want),
                "{}: missing paragraph: {want}",
                story.slug
            );
        }
    }
}

#[test]
fn no_hydration_markers_are_left() {
    // Nothing hydrates the page, so Leptos' `<!>` markers are dropped.
    for (html, story) in pages() {
        assert!(html.len() > 50_000, "{}: the page is rendered", story.slug);
        assert!(
            !html.contains("<!>"),
            "{}: a <!> marker is left",
            story.slug
        );
    }
}

#[test]
fn the_map_is_in_the_page_with_every_layer() {
    for (html, story) in pages() {
        for needle in [
            "id=\"karte-svg\"",
            "class=\"band item\"",
            "class=\"border\"",
            "area-key",
            "class=\"scale-bar\"",
            "class=\"map-inset\"",
            "id=\"karte-beschreibung\"",
            "data-label-levels=",
        ] {
            assert!(html.contains(needle), "{}: {needle} is missing", story.slug);
        }
        let paths = html.matches("<path").count();
        assert!(paths > 30, "{}: only {paths} paths", story.slug);
        assert!(
            !html.contains("Kartendaten sind nicht lesbar"),
            "{}: map asset",
            story.slug
        );
    }
}

#[test]
fn there_is_a_card_for_every_quote_and_a_button_for_every_mark() {
    for (html, story) in pages() {
        let article = &story.article;
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
}

#[test]
fn interface_strings_come_in_both_languages() {
    for (html, _) in pages() {
        let de = html.matches("class=\"l-de\"").count();
        let en = html.matches("class=\"l-en\"").count();
        assert!(de > 10);
        assert_eq!(de, en, "every German interface string has its English one");
    }
}

#[test]
fn each_story_has_its_own_head_masthead_and_oembed() {
    let root = Story::repo_root();
    let site = Site::load(&root).expect("site.toml");
    let mut pages = Vec::new();
    for slug in &site.stories {
        let story = Story::load(&root, slug).expect("story loads");
        let files = lagebild::page::site::Files::of(&site, slug);
        let head = lagebild::page::site::head(&site, &story);
        let title = &story.meta.short_title[0];
        assert!(
            head.contains(&format!("<title>{title} – Lagebild</title>")),
            "{head}"
        );
        for needle in [
            "og:title",
            "og:description",
            "og:image\" content=",
            "twitter:card\" content=\"summary_large_image",
            "application/json+oembed",
        ] {
            assert!(head.contains(needle), "{slug}: {needle}");
        }
        assert!(head.contains(&files.image) && head.contains(&files.oembed));
        let masthead = lagebild::page::site::masthead(&story);
        assert!(masthead.contains(&story.meta.title[0]) && masthead.contains(&story.meta.title[1]));
        let oembed = lagebild::page::site::oembed(&site, &story);
        assert!(oembed.contains("\"type\": \"rich\""));
        assert!(oembed.contains("pym.v1.min.js") && oembed.contains(&files.page));
        pages.push(files.page);
    }
    // The home story keeps the root URL; the others have pages of their own.
    assert_eq!(site.page_file(&site.home), "index.html");
    pages.sort();
    pages.dedup();
    assert_eq!(pages.len(), site.stories.len(), "one page per story");
}

#[test]
fn the_story_list_links_every_story() {
    let root = Story::repo_root();
    let site = Site::load(&root).expect("site.toml");
    let stories: Vec<Story> = site
        .stories
        .iter()
        .map(|s| Story::load(&root, s).expect("story loads"))
        .collect();
    let html = lagebild::page::site::story_list(&site, &stories);
    assert_eq!(
        html.matches("data-testid=\"story-item\"").count(),
        stories.len()
    );
    for s in &stories {
        assert!(html.contains(&format!("href=\"{}\"", site.page_file(&s.slug))));
    }
}

#[test]
fn the_band_is_labelled_with_the_articles_own_figure() {
    for (html, story) in pages() {
        let distance = story
            .article
            .border_distances
            .first()
            .expect("a border distance");
        let figure = &story.article.figures[distance.figure as usize];
        let written = story.article.slice(figure.number.span);
        assert!(
            html.contains(&format!("{written} km breiter Streifen")),
            "{}: band label {written} km",
            story.slug
        );
    }
}

/// A story of `text` with the Kursk story's frame, its map built as the
/// build builds it.
fn story_of(text: &str) -> Arc<Story> {
    let root = Story::repo_root();
    let mut story = Story::load(&root, "kursk-nordkorea").expect("story loads");
    story.article = lagebild::story::parse_story(text, &story.meta.published).expect("parses");
    story.estimates = Vec::new();
    story.meta.map = Default::default();
    story.map = lagebild::story::story_map(&story.article, &story.meta.map).expect("world map");
    Arc::new(story)
}

#[test]
fn an_article_without_a_place_has_no_map_but_a_note_that_says_why() {
    let html = lagebild::page::render(story_of(
        "Der Vorstand hat am Montag beschlossen, die Preise zu senken. „Wir sind zufrieden“, sagte die Sprecherin.",
    ));
    assert!(!html.contains("id=\"karte-svg\""), "no empty map");
    assert!(html.contains("class=\"panel map-absent\""));
    assert!(html.contains("Der Artikel nennt keinen Ort; es gibt keine Karte."));
    assert!(html.contains("The article names no place; there is no map."));
}

#[test]
fn a_border_without_its_country_gives_a_map_without_band_and_a_note() {
    let html = lagebild::page::render(story_of(
        "Die Stadt Charkiw liegt nur 30 Kilometer von der Grenze entfernt. Im Dorf Welyka Kosnytschka schlugen Raketen ein.",
    ));
    assert!(html.contains("id=\"karte-svg\""));
    assert!(!html.contains("class=\"band item\""), "no band");
    assert!(
        !html.contains("breiter Streifen (schraffiert)"),
        "no band in the legend"
    );
    assert!(html.contains("nennt nicht das Land jenseits der Grenze; kein Band."));
    // The village the gazetteer does not know, as written.
    assert!(html.contains("Nicht auf der Karte"));
    assert!(html.contains("<li>Welyka Kosnytschka</li>"));
}
