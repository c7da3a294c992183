//! Property tests: any input parses without panicking, and every span lies
//! on character boundaries inside the text; sentences are ordered.

use article::{parse, Article, Span};
use proptest::prelude::*;

fn check_span(a: &Article, s: Span) {
    let (start, end) = (s.start as usize, s.end as usize);
    assert!(
        start <= end && end <= a.text.len(),
        "span {s:?} outside text"
    );
    assert!(
        a.text.is_char_boundary(start) && a.text.is_char_boundary(end),
        "span {s:?} off char boundary"
    );
}

fn check(text: &str) {
    let a = parse(text);
    assert_eq!(a.text, text);
    let mut prev_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        check_span(&a, s.span);
        assert!(
            s.span.start >= prev_end,
            "sentence {i} overlaps the one before"
        );
        assert!(!s.span.is_empty());
        prev_end = s.span.end;
    }
    for p in &a.paragraphs {
        check_span(&a, p.span);
        assert!(
            p.sentences.start <= p.sentences.end && p.sentences.end as usize <= a.sentences.len()
        );
    }
    if let Some(d) = &a.dateline {
        check_span(&a, d.span);
        check_span(&a, d.place.span);
    }
    for q in &a.quotes {
        check_span(&a, q.span);
        q.pieces.iter().for_each(|p| check_span(&a, *p));
        if let Some(c) = &q.cue {
            check_span(&a, c.verb.span);
        }
        if let Some(s) = &q.speaker {
            check_span(&a, s.reference.span);
            assert!(s.entity.is_none_or(|e| (e as usize) < a.entities.len()));
        }
        assert!(q.date.is_none_or(|d| (d as usize) < a.dates.len()));
        assert!((q.sentence as usize) < a.sentences.len());
    }
    for f in &a.figures {
        check_span(&a, f.span);
        check_span(&a, f.number.span);
        assert!(f.part_of.is_none_or(|p| (p as usize) < a.figures.len()));
        assert!(f.date.is_none_or(|d| (d as usize) < a.dates.len()));
    }
    for m in &a.place_mentions {
        check_span(&a, m.span);
        assert!((m.place as usize) < a.places.len());
    }
    for d in &a.border_distances {
        check_span(&a, d.span);
        assert!((d.figure as usize) < a.figures.len());
        assert!(d.border.is_none_or(|b| (b as usize) < a.places.len()));
        assert!(d.km.is_finite() && d.km >= 0.0);
    }
    a.dates.iter().for_each(|d| check_span(&a, d.span));
    a.entities
        .iter()
        .flat_map(|e| e.mentions.iter())
        .for_each(|s| check_span(&a, *s));
    a.media
        .iter()
        .flat_map(|m| m.mentions.iter())
        .for_each(|s| check_span(&a, *s));
    let _ = serde_json::to_string(&a).expect("serialises");
}

/// The pathological inputs of issue 10 (timed in `examples/bench.rs`): they
/// must complete; before the fix they took seconds to minutes.
#[test]
fn worst_cases_complete() {
    let mut nested = String::new();
    while nested.len() < 72_000 {
        nested.push_str("„Wort ‚Wort »Wort« Wort‘ Wort“ ");
    }
    let mut bare = String::new();
    while bare.len() < 180_000 {
        bare.push_str("»«„“»«‚‘„\"«»");
    }
    let mut np = String::from("Der Sprecher ");
    while np.len() < 110_000 {
        np.push_str("der Sprecher des Ministeriums ");
    }
    np.push_str("sagte: „Wir bleiben.“");
    // Adverbials, clauses and "und" before many colon frames: each frame's
    // subject search is bounded, whatever stands before it.
    let mut frames = String::new();
    while frames.len() < 100_000 {
        frames.push_str("der Bauer am Morgen im Hof, nahm das Heu und rief: »Ja!« ");
    }
    for text in [&nested, &bare, &np, &frames] {
        check(text);
    }
    let a = parse(&np);
    assert_eq!(a.quotes.len(), 1);
    assert!(a.quotes[0].speaker.is_some());
}

const SEED: &str = include_str!("../../../stories/kursk-nordkorea/article.txt");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn punctuation_soup(text in "[„“”»«\"‚‘’‹›.,:;!?()\\-–— \n0-9a-zA-ZäöüÄÖÜß\u{a0}\u{202f}]{0,200}") {
        check(&text);
    }

    #[test]
    fn words_and_marks(parts in prop::collection::vec(prop::sample::select(vec![
        "„", "“", "”", "»", "«", "\"", "‚", "‘", ".", ",", ":", " ", "\n", "3.000", "1,5", "12", "29.", "Oktober",
        "sagte", "er", "sie", "der", "Präsident", "Wolodymyr", "Selenskyj", "teilte", "CNN", "mit", "bis", "zu",
        "zwischen", "und", "etwa", "Millionen", "Truppen", "Kursk", "Region", "KIEW", "(dpa)", "-", "Quelle:",
        "einschließlich", "drei", "Ein", "NATO-Beamter", "Jänner", "2024", "US-", "z.", "B.", "Dr.", "(", ")",
    ]), 0..80)) {
        check(&parts.concat());
        check(&parts.join(" "));
    }

    #[test]
    fn seed_cut_anywhere(cut in 0usize..4300, skip in 0usize..200) {
        let mut end = cut.min(SEED.len());
        while !SEED.is_char_boundary(end) { end -= 1; }
        let mut start = skip.min(end);
        while !SEED.is_char_boundary(start) { start -= 1; }
        check(&SEED[start..end]);
    }
}

/// The code's own word lists have no duplicate entries either.
#[test]
fn code_word_lists_have_no_duplicates() {
    for (name, src) in [
        ("sentences.rs", include_str!("../src/sentences.rs")),
        ("numbers.rs", include_str!("../src/numbers.rs")),
        ("quotes.rs", include_str!("../src/quotes.rs")),
        ("lexicon.rs", include_str!("../src/lexicon.rs")),
    ] {
        // Every `const X: &[&str] = &[ … ];` list.
        let mut rest = src;
        while let Some(at) = rest.find(": &[&str] = &[") {
            let body = &rest[at..];
            let end = body.find("];").unwrap_or(body.len());
            let mut seen = std::collections::HashSet::new();
            for w in body[..end].split('"').skip(1).step_by(2) {
                assert!(seen.insert(w), "{name}: duplicate {w:?}");
            }
            rest = &body[end..];
        }
    }
}
