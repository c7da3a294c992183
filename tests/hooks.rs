//! The contract between page and browser code ([`lagebild::hooks`]): every
//! id, class, `data-*` attribute and test id the browser code finds elements
//! by is in every story's page as the build writes it (template, head,
//! masthead and explainer). A name renamed on one side only fails here,
//! instead of leaving a control that silently does nothing.
use lagebild::hooks::{class, data, id, testid, toggled, written};
use lagebild::page::{self, site};
use lagebild::story::{Site, Story};
use std::collections::BTreeSet;
use std::sync::Arc;

const MARKERS: [&str; 3] = [
    "<!--lagebild:head-->",
    "<!--lagebild:masthead-->",
    "<!--lagebild:app-->",
];

/// Every story's whole page, as the prerender fills the template.
fn pages() -> Vec<(String, String)> {
    let root = Story::repo_root();
    let template = std::fs::read_to_string(root.join("../index.html")).expect("index.html");
    let site = Site::load(&root).expect("site.toml");
    site.stories
        .iter()
        .map(|slug| {
            let story = Arc::new(Story::load(&root, slug).expect("story loads"));
            let parts = [
                site::head(&site, &story),
                site::masthead(&story),
                page::render(story.clone()),
            ];
            let mut html = template.clone();
            for (marker, part) in MARKERS.iter().zip(&parts) {
                assert!(html.contains(marker), "index.html has {marker}");
                html = html.replacen(marker, part, 1);
            }
            (slug.clone(), html)
        })
        .collect()
}

/// The values of every `name="…"` attribute in `html`.
fn values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!(" {name}=\"");
    html.match_indices(&open)
        .filter_map(|(i, _)| {
            let rest = &html[i + open.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn every_hook_the_browser_reads_is_in_every_story() {
    for (slug, html) in pages() {
        let ids: BTreeSet<&str> = values(&html, "id").into_iter().collect();
        let classes: BTreeSet<&str> = values(&html, "class")
            .into_iter()
            .flat_map(str::split_whitespace)
            .collect();
        let testids: BTreeSet<&str> = values(&html, "data-testid").into_iter().collect();
        let missing: Vec<String> = id::ALL
            .iter()
            .filter(|n| !ids.contains(*n))
            .map(|n| format!("id {n}"))
            .chain(
                class::ALL
                    .iter()
                    .filter(|n| !classes.contains(*n))
                    .map(|n| format!("class {n}")),
            )
            .chain(
                data::ALL
                    .iter()
                    .filter(|n| !html.contains(&format!(" {n}=\"")))
                    .map(|n| format!("attribute {n}")),
            )
            .chain(
                testid::ALL
                    .iter()
                    .filter(|n| !testids.contains(*n))
                    .map(|n| format!("data-testid {n}")),
            )
            .collect();
        assert!(
            missing.is_empty(),
            "{slug}: the browser code looks for what the page lacks: {missing:?}"
        );
    }
}

#[test]
fn names_are_distinct_and_what_the_browser_writes_is_not_read_from_the_page() {
    for group in [
        id::ALL,
        class::ALL,
        data::ALL,
        testid::ALL,
        toggled::ALL,
        written::ALL,
    ] {
        let set: BTreeSet<&&str> = group.iter().collect();
        assert_eq!(set.len(), group.len(), "a name twice in {group:?}");
    }
    for name in toggled::ALL.iter().chain(written::ALL) {
        assert!(
            !class::ALL.contains(name) && !data::ALL.contains(name),
            "{name} is both read from the page and written by the browser"
        );
    }
    assert_eq!(lagebild::hooks::dot::QUOTE_CARD, ".quote-card");
    assert_eq!(lagebild::hooks::attr::SEL, "[data-sel]");
    assert_eq!(
        lagebild::hooks::by_testid::EXPORT_CSV,
        "[data-testid=\"export-csv\"]"
    );
    assert_eq!(
        lagebild::hooks::lists(data::SEL, "zitat-2"),
        "[data-sel~=\"zitat-2\"]"
    );
}
