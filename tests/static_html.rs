//! `index.html` carries the headline, the lede and the whole article as static
//! HTML: it paints before the wasm starts and stays readable if the wasm never
//! does. Both must be the article's own words. Run with `UPDATE_STATIC=1` to
//! rewrite the static parts after the article changes.

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn expected(article: &article::Article, part: &str) -> String {
    let paragraphs = &article.paragraphs;
    match part {
        "lede" => paragraphs
            .first()
            .map(|p| format!("<p class=\"lede\">{}</p>", escape(article.slice(p.span))))
            .unwrap_or_default(),
        _ => paragraphs
            .iter()
            .skip(1)
            .map(|p| {
                let is_source = article
                    .source_line
                    .as_ref()
                    .is_some_and(|s| p.span.contains(s.span));
                let class = if is_source {
                    " class=\"source-line\""
                } else {
                    ""
                };
                format!("      <p{class}>{}</p>", escape(article.slice(p.span)))
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn check_or_update(part: &str) {
    let html = std::fs::read_to_string("index.html").expect("index.html");
    let text = std::fs::read_to_string("data/articles/kursk-nordkorea.de.txt").expect("article");
    let article = article::parse(&text);
    let want = expected(&article, part);
    let (start, end) = (
        format!("<!-- {part}:start -->"),
        format!("<!-- {part}:end -->"),
    );
    let (head, rest) = html.split_once(&start).expect("start marker");
    let (got, tail) = rest.split_once(&end).expect("end marker");
    if std::env::var_os("UPDATE_STATIC").is_some() {
        let (before, after) = if part == "lede" {
            ("\n    ", "\n    ")
        } else {
            ("\n", "\n      ")
        };
        let updated = format!("{head}{start}{before}{want}{after}{end}{tail}");
        std::fs::write("index.html", updated).expect("write index.html");
        return;
    }
    assert_eq!(
        got.trim(),
        want.trim(),
        "static {part} differs; run UPDATE_STATIC=1 cargo test --test static_html"
    );
}

#[test]
fn static_lede_is_the_articles_opening_paragraph() {
    check_or_update("lede");
}

#[test]
fn static_fallback_is_the_rest_of_the_article() {
    check_or_update("article");
}
