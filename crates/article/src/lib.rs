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
/// The small built-in place table: country adjectives, and the places
/// found when no world gazetteer is given.
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

/// The world gazetteer (crate `gazetteer`), for [`Options::gazetteer`].
pub use ::gazetteer::lookup::Gazetteer as WorldGazetteer;

/// What the caller knows besides the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'g> {
    /// The story's publication date (year, month, day): dates the text
    /// gives relative to it ("am Mittwoch") are resolved.
    pub published: Option<(i32, u8, u8)>,
    /// The world gazetteer (`data/world/gazetteer.bin`, read with
    /// [`WorldGazetteer::from_bytes`]). Without it, places come from the
    /// small built-in table (`data/places.tsv`) alone: its countries,
    /// adjectives and a few regions and cities.
    pub gazetteer: Option<&'g WorldGazetteer>,
}

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
    parse_with(
        text,
        &Options {
            published,
            gazetteer: None,
        },
    )
}

/// [`parse`] with [`Options`]: the publication date, and the world
/// gazetteer to find every place the text names. With a gazetteer, names of
/// people and media are never places (they are found first and passed as
/// spans to skip), and the countries the article names settle shared names.
///
/// ```
/// use article::{Options, WorldGazetteer};
/// use gazetteer::asset::{Kind, Name, Place, Source};
/// let pokrowsk = Place {
///     kind: Kind::City, country: "UA".into(), lat: 48.28, lon: 37.18,
///     population: 60_000, geonameid: Some(704422), adm1_code: None,
///     oblast: false, region: None,
///     names: vec![Name { text: "Pokrowsk".into(), source: Source::Translit }],
/// };
/// let g = WorldGazetteer::from_places(vec![pokrowsk]);
/// let text = "Die Kämpfe um Pokrowsk gehen weiter.";
/// let a = article::parse_with(text, &Options { published: None, gazetteer: Some(&g) });
/// assert_eq!(a.places[0].id, "gn:704422");
/// assert_eq!(a.slice(a.place_mentions[0].span), "Pokrowsk");
/// assert!(article::parse(text).places.is_empty(), "not in the small table");
/// ```
pub fn parse_with(text: &str, options: &Options) -> Article {
    let published = options.published;
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
    // The world gazetteer runs after people and media are known, so that
    // their names are never places ("Kassel sagte" of a Peter Kassel). The
    // people finder itself keeps to the small table: with the world list, any
    // surname that is also a town would stop being a name.
    let places = match options.gazetteer {
        Some(g) => {
            let mut skip = media_spans.clone();
            skip.extend(
                article
                    .dateline
                    .iter()
                    .filter_map(|d| d.agency.as_ref().map(|a| a.span)),
            );
            skip.extend(person_names(text, &ents.entities));
            // A name in quote marks that is no speech („Orel“, „Moskwa“)
            // names a ship, an aircraft or an operation, not the place.
            skip.extend(
                article
                    .quotes
                    .iter()
                    .filter(|q| q.kind == QuoteKind::Term)
                    .flat_map(|q| q.pieces.iter().copied()),
            );
            places::find_world(
                &doc,
                g,
                places::WorldInput {
                    small: places,
                    skip,
                    text,
                },
            )
        }
        None => places,
    };
    article.places = places.places;
    article.place_mentions = places.mentions;
    article.border_distances = borders::find(&doc, &article.figures, &article.place_mentions);
    article.dates = dates;
    for e in &mut ents.entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    article.entities = ents.entities;
    article
}

/// The spans of people's names in `text` (not their roles or pronouns):
/// every mention whose words all belong to the person's name, also with a
/// genitive "s" ("Selenskyjs").
fn person_names(text: &str, entities: &[Entity]) -> Vec<Span> {
    let mut out = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        let parts: Vec<&str> = e.name.split([' ', '-']).collect();
        let of_name =
            |w: &str| parts.contains(&w) || w.strip_suffix('s').is_some_and(|s| parts.contains(&s));
        for &span in &e.mentions {
            let written = text.get(span.range()).unwrap_or("");
            let capitalised = written.chars().next().is_some_and(char::is_uppercase);
            if capitalised && written.split([' ', '-']).all(of_name) {
                out.push(span);
            }
        }
    }
    out
}
