//! The static headline and lede in `index.html` paint before the wasm starts.
//! The lede must be the article's opening paragraph, word for word.

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn static_lede_is_the_articles_opening_paragraph() {
    let html = std::fs::read_to_string("index.html").expect("index.html");
    let text = std::fs::read_to_string("data/articles/kursk-nordkorea.de.txt").expect("article");
    let article = article::parse(&text);
    let first = article.paragraphs.first().expect("a paragraph");
    let expected = format!("<p class=\"lede\">{}</p>", escape(article.slice(first.span)));
    let (_, rest) = html.split_once("<!-- lede:start -->").expect("lede:start marker");
    let (lede, _) = rest.split_once("<!-- lede:end -->").expect("lede:end marker");
    assert_eq!(lede.trim(), expected);
}
