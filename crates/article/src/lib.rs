//! Parses a German news article into span-anchored data: paragraphs, sentences,
//! quotes with speakers, figures with who asserts them, places, dates, people,
//! organisations and media. Pure Rust, no web dependencies; compiles to wasm.
//!
//! ```
//! let a = article::parse("KIEW (dpa) - „Wir halten durch“, sagte Selenskyj am 3. Mai.");
//! assert_eq!(a.dateline.as_ref().map(|d| d.place.text.as_str()), Some("KIEW"));
//! assert_eq!(a.quotes.len(), 1);
//! assert_eq!(a.quotes[0].cue.as_ref().map(|c| c.lemma.as_str()), Some("sagen"));
//! ```

/// The parsed article's plain types.
pub mod types;

/// Distances from a border.
pub mod borders;
/// Who claims a figure, by the speaker finder of speech.
pub mod claims;
/// Agency datelines ("KIEW (dpa) -").
pub mod dateline;
/// Dates and the context year.
pub mod dates;
/// People and organisations.
pub mod entities;
/// Frames of reported speech besides the speech verb: "laut X", "nach Angaben
/// von X", "wie X sagte", "so X", "demnach", hearsay "sollen", Konjunktiv forms.
pub mod frames;
/// The built-in gazetteer of countries, regions and cities.
pub mod gazetteer;
/// German word lists, read from `data/*.txt`: speech verbs (forms generated),
/// role-noun heads, first names, organisations, media, capitals.
pub mod lexicon;
/// Media names and the "Quelle:" line.
pub mod media;
/// Figures: numbers, ranges, qualifiers, counted nouns, claimants.
pub mod numbers;
/// Place mentions.
pub mod places;
/// Quote marks, split quotes and quote kinds.
pub mod quotes;
/// Reported speech: frames, Konjunktiv continuations, quotes carried over.
pub mod reported;
/// Tokens and shared word tests.
pub mod scan;
/// Paragraphs and sentences.
pub mod sentences;
/// Cues, speakers, addressees, dates and occasions of quotes.
pub mod speakers;
/// Word tests that need no word list (case, determiners, months): the crate's bottom.
pub mod words;

pub use types::*;

/// Parses `text` into an [`Article`]. Never panics; odd input gives fewer items.
///
/// ```
/// let a = article::parse("Rund 1,5 Millionen Menschen flohen. Er kam am 29. Oktober.");
/// assert_eq!(a.sentences.len(), 2);
/// assert_eq!(a.figures[0].value, 1_500_000.0);
/// assert_eq!(a.dates[0].day, Some(29));
/// ```
pub fn parse(text: &str) -> Article {
    parse_dated(text, None)
}

/// [`parse`], with the story's publication date (year, month, day) to
/// resolve dates the text gives relative to it ("am Mittwoch", "vergangene
/// Woche", "Anfang nächsten Jahres"). Without one they stay as written.
///
/// ```
/// let a = article::parse_dated("Der Minister sagte am Mittwoch, die Lage sei ernst.", Some((2026, 3, 13)));
/// let d = &a.dates[0];
/// assert_eq!((d.text.as_str(), d.year, d.month, d.day), ("am Mittwoch", Some(2026), Some(3), Some(11)));
/// assert_eq!(a.indirect[0].date, Some(0));
/// ```
pub fn parse_dated(text: &str, published: Option<(i32, u8, u8)>) -> Article {
    // Spans are u32: longer input is cut at a character boundary.
    let mut cut = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = text.get(..cut).unwrap_or("");
    let mut article = Article {
        text: text.to_string(),
        ..Article::default()
    };
    let mut doc = scan::Doc::new(text);
    sentences::split(&mut doc, &mut article.paragraphs, &mut article.sentences);

    let dateline = dateline::find(&doc);
    article.source_line = media::source_line(text, &article.paragraphs);
    article.media = media::find(&doc, article.source_line.as_ref().map(|s| s.span));

    let mut skip: Vec<Span> = article
        .media
        .iter()
        .flat_map(|m| m.mentions.iter().copied())
        .collect();
    let mut places = places::Places::new();
    if let Some((d, entries)) = &dateline {
        for (entry, span) in entries {
            places.add(*entry, *span, article.slice(*span), false, 0);
        }
        skip.push(d.place.span);
    }
    skip.sort();
    places::find(&doc, &skip, &mut places);
    article.places = places.places;
    article.place_mentions = places.mentions;
    article.dateline = dateline.map(|(d, _)| d);

    let (mut dates, date_tokens) = dates::find(&doc);
    dates::resolve_relative(&mut dates, published);
    article.context_year = dates::resolve_years(&mut dates);

    let mut media_spans: Vec<Span> = article
        .media
        .iter()
        .flat_map(|m| m.mentions.iter().copied())
        .collect();
    media_spans.sort();
    entities::classify(&mut doc);
    let mut ents = entities::find(&doc, &media_spans);
    entities::finish(&mut ents);

    let pairs = quotes::find(&doc);
    let raws = quotes::build(&doc, &pairs);
    article.quotes = speakers::attribute(&doc, &raws, &mut ents, &dates);
    article.indirect = reported::indirect(&doc, &raws, &article.quotes, &mut ents, &dates);
    reported::carry_over(&doc, &mut article.quotes, &article.indirect);
    article.figures = numbers::find(&doc, &date_tokens, &dates, &ents);
    claims::claim_figures(
        &doc,
        &mut ents,
        &mut article.figures,
        &[&article.quotes, &article.indirect],
    );
    article.border_distances = borders::find(&doc, &article.figures, &article.place_mentions);
    article.dates = dates;
    for e in &mut ents.entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    article.entities = ents.entities;
    article
}
