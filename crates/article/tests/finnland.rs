//! The second story (a sample text about the Finnish border) parses by the
//! same general rules as the first.

use article::{parse, Article};

const STORY: &str = include_str!("../../../stories/finnland-grenze/article.txt");

fn place_name(a: &Article, i: Option<u32>) -> Option<&str> {
    i.and_then(|i| a.places.get(i as usize))
        .map(|p| p.name.as_str())
}

#[test]
fn border_distance() {
    let a = parse(STORY);
    assert_eq!(a.border_distances.len(), 1);
    let d = &a.border_distances[0];
    assert_eq!(d.km, 40.0);
    assert_eq!(place_name(&a, d.border), Some("Finnland"));
    assert_eq!(
        a.slice(d.span),
        "rund 40 Kilometer von der finnischen Grenze"
    );
}
