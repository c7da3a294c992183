//! Corrections: what an editor fixed where the parser was wrong, kept in
//! `story.toml` as `[[corrections]]` and applied to the parsed article by
//! the build and by the Studio alike ([`apply`]).
//!
//! Each correction names the text it concerns, as the article writes it,
//! never a byte offset, so it survives small edits elsewhere in the
//! article. A correction whose text is no longer there is reported
//! ([`Unapplied`]), never applied somewhere else. Nothing a correction puts
//! on screen is invented: a speaker or a claimant is a name the article
//! writes (its span is taken from the text), and a place is a name the
//! article writes, with the position the editor gave.
//!
//! ```toml
//! [[corrections]]            # the speaker of a quote
//! quote = "die Lage sei ernst"
//! speaker = "Anna Kowalski"
//!
//! [[corrections]]            # a quoted term that is no speech
//! quote = "Wintersturm"
//! not_speech = true
//!
//! [[corrections]]            # a figure's claimant, and its country
//! figure = "12.000 Soldaten"
//! claimant = "Pentagon"
//! country = "USA"
//!
//! [[corrections]]            # a figure left out of the comparison
//! figure = "3.000 Soldaten"
//! compare = false
//!
//! [[corrections]]            # a town the map did not know
//! place = "Sudscha"
//! at = [35.27, 51.19]        # lon, lat; or `as = "Sudzha"`, a gazetteer name
//! ```
use crate::story::Pair;
use article::{
    Article, Attribution, Claimant, Confidence, EntityKind, Mention, Place, PlaceKind,
    PlaceMention, QuoteKind, Span, Speaker,
};
use serde::{Deserialize, Serialize};

/// One `[[corrections]]` entry. Exactly one of `quote`, `figure` and
/// `place` names what it concerns; [`Correction::check`] says whether the
/// other keys fit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// Words of a quote (direct or reported), as the article writes them.
    #[serde(default)]
    pub quote: Option<String>,
    /// The quote's speaker: a name or role the article writes.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The quoted words are a name or term, not speech.
    #[serde(default)]
    pub not_speech: bool,
    /// A figure as the article writes it ("12.000 Soldaten").
    #[serde(default)]
    pub figure: Option<String>,
    /// The figure's claimant: a name the article writes.
    #[serde(default)]
    pub claimant: Option<String>,
    /// The claimant's country (German name), for the comparison's groups.
    #[serde(default)]
    pub country: Option<String>,
    /// `false`: the figure is left out of the comparison.
    #[serde(default)]
    pub compare: Option<bool>,
    /// A place name as the article writes it.
    #[serde(default)]
    pub place: Option<String>,
    /// The gazetteer's name of that place, when the article's form is not in it.
    #[serde(default, rename = "as")]
    pub as_name: Option<String>,
    /// Its position: longitude, latitude.
    #[serde(default)]
    pub at: Option<[f64; 2]>,
}

/// What a correction does, once checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Fix<'a> {
    Speaker {
        quote: &'a str,
        speaker: &'a str,
    },
    NotSpeech {
        quote: &'a str,
    },
    Claimant {
        figure: &'a str,
        claimant: &'a str,
        country: Option<&'a str>,
    },
    Exclude {
        figure: &'a str,
    },
    PlaceAs {
        place: &'a str,
        name: &'a str,
    },
    PlaceAt {
        place: &'a str,
        lon: f64,
        lat: f64,
    },
}

fn filled(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl Correction {
    /// The fix this entry asks for, or what is wrong with it (German,
    /// English).
    pub fn check(&self) -> Result<Fix<'_>, Pair> {
        let bad = |de: &str, en: &str| Err([de.to_owned(), en.to_owned()]);
        let named = [&self.quote, &self.figure, &self.place]
            .iter()
            .filter(|k| filled(k).is_some())
            .count();
        if named != 1 {
            return bad(
                "Eine Korrektur nennt genau eines: `quote`, `figure` oder `place`.",
                "A correction names exactly one of `quote`, `figure` or `place`.",
            );
        }
        let quote_keys = self.speaker.is_some() || self.not_speech;
        let figure_keys =
            self.claimant.is_some() || self.country.is_some() || self.compare.is_some();
        let place_keys = self.as_name.is_some() || self.at.is_some();
        if let Some(quote) = filled(&self.quote) {
            if figure_keys || place_keys {
                return bad(
                    "Zu `quote` gehören nur `speaker` oder `not_speech`.",
                    "`quote` takes only `speaker` or `not_speech`.",
                );
            }
            return match (filled(&self.speaker), self.not_speech) {
                (Some(speaker), false) => Ok(Fix::Speaker { quote, speaker }),
                (None, true) => Ok(Fix::NotSpeech { quote }),
                _ => bad(
                    "Zu `quote` gehört entweder `speaker` oder `not_speech = true`.",
                    "`quote` takes either `speaker` or `not_speech = true`.",
                ),
            };
        }
        if let Some(figure) = filled(&self.figure) {
            if quote_keys || place_keys {
                return bad(
                    "Zu `figure` gehören nur `claimant`, `country` oder `compare`.",
                    "`figure` takes only `claimant`, `country` or `compare`.",
                );
            }
            return match (filled(&self.claimant), self.compare) {
                (Some(claimant), None) => Ok(Fix::Claimant {
                    figure,
                    claimant,
                    country: filled(&self.country),
                }),
                (None, Some(false)) if self.country.is_none() => Ok(Fix::Exclude { figure }),
                _ => bad(
                    "Zu `figure` gehört entweder `claimant` (mit `country`, wenn bekannt) oder `compare = false`.",
                    "`figure` takes either `claimant` (with `country` where known) or `compare = false`.",
                ),
            };
        }
        let place = filled(&self.place).unwrap_or_default();
        if quote_keys || figure_keys {
            return bad(
                "Zu `place` gehören nur `as` oder `at`.",
                "`place` takes only `as` or `at`.",
            );
        }
        match (filled(&self.as_name), self.at) {
            (Some(name), None) => Ok(Fix::PlaceAs { place, name }),
            (None, Some([lon, lat]))
                if (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat) =>
            {
                Ok(Fix::PlaceAt { place, lon, lat })
            }
            (None, Some(_)) => bad(
                "`at` ist [Länge, Breite] in Grad: Länge −180 bis 180, Breite −90 bis 90.",
                "`at` is [longitude, latitude] in degrees: longitude −180 to 180, latitude −90 to 90.",
            ),
            _ => bad(
                "Zu `place` gehört entweder `as` (ein Name im Ortsverzeichnis) oder `at = [Länge, Breite]`.",
                "`place` takes either `as` (a name in the gazetteer) or `at = [longitude, latitude]`.",
            ),
        }
    }

    /// The text the correction concerns, as written in `story.toml`.
    pub fn key(&self) -> &str {
        filled(&self.quote)
            .or(filled(&self.figure))
            .or(filled(&self.place))
            .unwrap_or_default()
    }
}

/// A correction that could not be applied, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unapplied {
    /// Its position in `[[corrections]]`, from 0.
    pub index: usize,
    /// The text it concerns.
    pub key: String,
    /// Why (German, English).
    pub why: Pair,
}

/// What [`apply`] did besides changing the article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// Figures (indices into [`Article::figures`]) left out of the comparison.
    pub excluded: Vec<u32>,
    /// Corrections whose text is gone or that do not fit.
    pub unapplied: Vec<Unapplied>,
}

/// Spaces collapsed, so that a line break in the article or in the key
/// does not matter.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a quote with its spaces collapsed: how a correction keys
/// it (the Studio writes this text into `quote = "…"`).
pub fn quote_text(article: &Article, pieces: &[Span]) -> String {
    squash(
        &pieces
            .iter()
            .map(|p| article.slice(*p))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// A figure as the article writes it: its span's text.
pub fn figure_text(article: &Article, i: usize) -> String {
    article
        .figures
        .get(i)
        .map(|f| squash(article.slice(f.span)))
        .unwrap_or_default()
}

/// The byte spans of `needle` in the text as whole words, in text order.
fn find_words(text: &str, needle: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    let mut from = 0;
    while let Some(at) = text[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        if !word(text[..start].chars().next_back()) && !word(text[end..].chars().next()) {
            out.push(Span {
                start: start as u32,
                end: end as u32,
            });
        }
        from = end;
    }
    out
}

/// The mention of `name` nearest before `at` (or the first after it), as a
/// span of the text: an entity with that name, or the words themselves.
fn mention_of(article: &Article, name: &str, at: u32) -> Option<(Mention, Option<u32>)> {
    let entity = article
        .entities
        .iter()
        .position(|e| squash(&e.name) == name)
        .map(|i| i as u32);
    let spans = match entity {
        Some(e) => article.entities[e as usize].mentions.clone(),
        None => find_words(&article.text, name),
    };
    let span = spans
        .iter()
        .rev()
        .find(|s| s.start <= at)
        .or_else(|| spans.first())
        .copied()?;
    let text = match entity {
        Some(e) => article.entities[e as usize].name.clone(),
        None => article.slice(span).to_owned(),
    };
    Some((Mention { text, span }, entity))
}

fn speaker_from(article: &Article, mention: Mention, entity: Option<u32>) -> Speaker {
    let kind = entity
        .and_then(|e| article.entities.get(e as usize))
        .map(|e| e.kind);
    let (name, organisation) = match kind {
        Some(EntityKind::Person) => (Some(mention.clone()), None),
        Some(EntityKind::Organisation) => (None, Some(mention.clone())),
        None => (None, None),
    };
    Speaker {
        name,
        role: None,
        organisation,
        reference: mention,
        attribution: Attribution::Editor,
        entity,
        confidence: Confidence::High,
    }
}

fn why(de: &str, en: &str) -> Pair {
    [de.to_owned(), en.to_owned()]
}

/// Applies `corrections` to `article` (parsed from its text), in order.
/// `gazetteer` resolves `as` names; without it such a correction is
/// reported. Linear in the article for each correction.
pub fn apply(
    article: &mut Article,
    corrections: &[Correction],
    gazetteer: Option<&article::WorldGazetteer>,
) -> Applied {
    let mut applied = Applied::default();
    for (index, c) in corrections.iter().enumerate() {
        let result = match c.check() {
            Ok(fix) => apply_one(article, &fix, gazetteer, &mut applied.excluded),
            Err(e) => Err(e),
        };
        if let Err(why) = result {
            applied.unapplied.push(Unapplied {
                index,
                key: c.key().to_owned(),
                why,
            });
        }
    }
    applied.excluded.sort_unstable();
    applied.excluded.dedup();
    applied
}

fn apply_one(
    article: &mut Article,
    fix: &Fix<'_>,
    gazetteer: Option<&article::WorldGazetteer>,
    excluded: &mut Vec<u32>,
) -> Result<(), Pair> {
    match *fix {
        Fix::Speaker { quote, speaker } => {
            let key = squash(quote);
            let hits = quote_hits(article, &key);
            if hits.is_empty() {
                return Err(why(
                    "Das Zitat steht nicht mehr im Text.",
                    "The quote is no longer in the text.",
                ));
            }
            for (indirect, i) in hits {
                let q = quote_mut(article, indirect, i);
                let at = q.span.start;
                let Some((mention, entity)) = mention_of(article, &squash(speaker), at) else {
                    return Err(why(
                        "Der Sprecher steht nicht im Text.",
                        "The speaker is not in the text.",
                    ));
                };
                let s = speaker_from(article, mention, entity);
                let q = quote_mut(article, indirect, i);
                if q.kind == QuoteKind::Term {
                    q.kind = QuoteKind::Partial;
                }
                q.speaker = Some(s);
            }
            Ok(())
        }
        Fix::NotSpeech { quote } => {
            let key = squash(quote);
            let hits: Vec<_> = quote_hits(article, &key)
                .into_iter()
                .filter(|(indirect, _)| !indirect)
                .collect();
            if hits.is_empty() {
                return Err(why(
                    "Das Zitat steht nicht mehr im Text.",
                    "The quote is no longer in the text.",
                ));
            }
            for (_, i) in hits {
                let q = &mut article.quotes[i];
                q.kind = QuoteKind::Term;
                q.speaker = None;
                q.cue = None;
            }
            Ok(())
        }
        Fix::Claimant {
            figure,
            claimant,
            country,
        } => {
            let hits = figure_hits(article, figure);
            if hits.is_empty() {
                return Err(why(
                    "Die Zahl steht nicht mehr im Text.",
                    "The figure is no longer in the text.",
                ));
            }
            for i in hits {
                let at = article.figures[i].span.start;
                let Some((mention, entity)) = mention_of(article, &squash(claimant), at) else {
                    return Err(why(
                        "Die Quelle steht nicht im Text.",
                        "The source is not in the text.",
                    ));
                };
                let speaker = speaker_from(article, mention.clone(), entity);
                article.figures[i].asserted_by = Some(Claimant {
                    mention,
                    entity,
                    country: country.map(str::to_owned),
                    speaker: Some(speaker),
                });
            }
            Ok(())
        }
        Fix::Exclude { figure } => {
            let hits = figure_hits(article, figure);
            if hits.is_empty() {
                return Err(why(
                    "Die Zahl steht nicht mehr im Text.",
                    "The figure is no longer in the text.",
                ));
            }
            excluded.extend(hits.into_iter().map(|i| i as u32));
            Ok(())
        }
        Fix::PlaceAs { place, name } => {
            let Some(g) = gazetteer else {
                return Err(why(
                    "Ohne Ortsverzeichnis lässt sich der Name nicht nachschlagen.",
                    "Without the gazetteer the name cannot be looked up.",
                ));
            };
            let Some(found) = g.lookup(name).and_then(|i| g.place(i)) else {
                return Err(why(
                    "Der Name steht nicht im Ortsverzeichnis.",
                    "The name is not in the gazetteer.",
                ));
            };
            let id = found.id();
            let kind = match id.split(':').next() {
                Some("iso") => PlaceKind::Country,
                Some("ne" | "region") => PlaceKind::Region,
                _ => PlaceKind::City,
            };
            let at = (found.lon, found.lat, found.geonameid);
            add_place(article, place, id, kind, at)
        }
        Fix::PlaceAt { place, lon, lat } => {
            let id = format!(
                "redaktion:{}",
                squash(place).to_lowercase().replace(' ', "-")
            );
            add_place(article, place, id, PlaceKind::City, (lon, lat, None))
        }
    }
}

fn quote_hits(article: &Article, key: &str) -> Vec<(bool, usize)> {
    let direct = article
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (false, i, q));
    let indirect = article
        .indirect
        .iter()
        .enumerate()
        .map(|(i, q)| (true, i, q));
    direct
        .chain(indirect)
        .filter(|(_, _, q)| quote_text(article, &q.pieces).contains(key))
        .map(|(indirect, i, _)| (indirect, i))
        .collect()
}

fn quote_mut(article: &mut Article, indirect: bool, i: usize) -> &mut article::Quote {
    if indirect {
        &mut article.indirect[i]
    } else {
        &mut article.quotes[i]
    }
}

fn figure_hits(article: &Article, key: &str) -> Vec<usize> {
    let key = squash(key);
    (0..article.figures.len())
        .filter(|&i| figure_text(article, i) == key)
        .collect()
}

/// Places every whole-word occurrence of `name` that no place mention
/// covers yet, at (`lon`, `lat`).
fn add_place(
    article: &mut Article,
    name: &str,
    id: String,
    kind: PlaceKind,
    (lon, lat, geonames_id): (f64, f64, Option<u32>),
) -> Result<(), Pair> {
    let name = squash(name);
    let spans: Vec<Span> = find_words(&article.text, &name)
        .into_iter()
        .filter(|s| {
            !article
                .place_mentions
                .iter()
                .any(|m| m.span.start < s.end && s.start < m.span.end)
        })
        .collect();
    if spans.is_empty() {
        return Err(why(
            "Der Ort steht nicht (mehr) ungezeigt im Text.",
            "The place is no longer in the text, or is already on the map.",
        ));
    }
    let place = match article.places.iter().position(|p| p.id == id) {
        Some(i) => i as u32,
        None => {
            article.places.push(Place {
                id,
                name: name.clone(),
                kind,
                lat,
                lon,
                geonames_id,
            });
            (article.places.len() - 1) as u32
        }
    };
    for span in spans {
        let sentence = article
            .sentences
            .iter()
            .position(|s| s.span.contains(span))
            .unwrap_or(0) as u32;
        article.place_mentions.push(PlaceMention {
            span,
            text: article.slice(span).to_owned(),
            place,
            adjectival: false,
            sentence,
        });
    }
    article.place_mentions.sort_by_key(|m| m.span.start);
    Ok(())
}
