//! Place mentions: names (also inflected, in hyphen compounds and multi-word
//! forms such as "Region Kursk") and adjectives ("nordkoreanische").
//!
//! Two sources: the small built-in table (`data/places.tsv`: countries with
//! their adjectives, a few regions and cities) and, when the caller passes
//! one, the world gazetteer (crate `gazetteer`). With the world gazetteer,
//! names come from it; the small table still gives the adjectives
//! ("ukrainischen"), "US-" prefixes and its own abbreviations ("VRC").

use crate::gazetteer;
use crate::scan::FastMap as HashMap;
use crate::scan::{Doc, Kind};
use crate::types::{Place, PlaceKind, PlaceMention, Span};
use ::gazetteer::asset::{self as world, Kind as WorldKind, Source};
use ::gazetteer::lookup::{Context, Gazetteer};

/// Words after which a place name names something else: "Militärbezirk
/// Leningrad" is an army district, not the oblast.
pub const NOT_PLACE_AFTER: &[&str] = &["Militärbezirk", "Wehrbezirk", "Flottenstützpunkt"];

/// Collects places in order of first mention.
#[derive(Default)]
pub struct Places {
    pub places: Vec<Place>,
    pub mentions: Vec<PlaceMention>,
    /// Place id → index into `places`.
    slot: HashMap<String, u32>,
}

impl Places {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a mention of gazetteer entry `entry`.
    pub fn add(&mut self, entry: usize, span: Span, text: &str, adjectival: bool, sentence: u32) {
        let Some(e) = gazetteer::entries().get(entry) else {
            return;
        };
        let place = Place {
            id: e.id.to_string(),
            name: e.name.to_string(),
            kind: e.kind,
            lat: e.lat,
            lon: e.lon,
            geonames_id: e.geonames,
        };
        self.add_place(place, span, text, adjectival, sentence);
    }

    /// Records a mention of `place` (a place of the same id is one place).
    pub fn add_place(
        &mut self,
        place: Place,
        span: Span,
        text: &str,
        adjectival: bool,
        sentence: u32,
    ) {
        let index = match self.slot.get(&place.id) {
            Some(&p) => p,
            None => {
                let p = self.places.len() as u32;
                self.slot.insert(place.id.clone(), p);
                self.places.push(place);
                p
            }
        };
        self.mentions.push(PlaceMention {
            span,
            text: text.to_string(),
            place: index,
            adjectival,
            sentence,
        });
    }
}

/// A world gazetteer place as the article's [`Place`], on the asset's
/// 0.01° grid. A place the small table knows keeps its name there
/// ("Donbass", "Karelien") and, for a country, its GeoNames id, so that
/// both stay as they were.
pub fn world_place(p: &world::Place) -> Place {
    let id = p.id();
    let known = gazetteer::entries().iter().find(|e| e.id == id);
    // Divided by the steps per degree: 39.91, not 39.910000000000004.
    let steps = (1.0 / world::GRID_DEG).round();
    let on_grid = |v: f64| (v * steps).round() / steps;
    Place {
        name: known.map_or_else(|| p.label().to_string(), |e| e.name.to_string()),
        kind: match p.kind {
            WorldKind::Country => PlaceKind::Country,
            WorldKind::Region => PlaceKind::Region,
            WorldKind::City => PlaceKind::City,
        },
        lat: on_grid(p.lat),
        lon: on_grid(p.lon),
        geonames_id: p.geonameid.or(known.and_then(|e| e.geonames)),
        id,
    }
}

/// What the world gazetteer needs from the rest of the parse.
pub struct WorldInput<'a> {
    /// The mentions the small table found (dateline, names, adjectives).
    pub small: Places,
    /// Spans that name no place: persons' names, media, the agency.
    pub skip: Vec<Span>,
    /// The text.
    pub text: &'a str,
}

/// Places through the world gazetteer `g`, merged with the small table's
/// mentions: the world's names win where both found one; the small table's
/// adjectives, prefixes and abbreviations stay, unless inside a skipped
/// span (a name). Mentions in text order, places in order of first mention.
pub fn find_world(doc: &Doc, g: &Gazetteer, input: WorldInput) -> Places {
    let WorldInput { small, skip, text } = input;
    let skipped = |s: Span| skip.iter().any(|k| k.overlaps(s));
    let mut countries: Vec<String> = Vec::new();
    for m in &small.mentions {
        let Some(p) = small.places.get(m.place as usize) else {
            continue;
        };
        if let Some(iso) = p.id.strip_prefix("iso:") {
            if !countries.iter().any(|c| c == iso) && (m.adjectival || !skipped(m.span)) {
                countries.push(iso.to_string());
            }
        }
    }
    let ctx = Context {
        countries,
        places: Vec::new(),
        skip: skip
            .iter()
            .map(|s| (s.start as usize, s.end as usize))
            .collect(),
    };
    let surnames = surnames(doc);
    let found: Vec<(Span, u32)> = g
        .scan_with(text, &ctx)
        .into_iter()
        .map(|f| (Span::new(f.start, f.end), f.place))
        .filter(|(span, _)| !after_not_place_word(doc, *span))
        .filter(|(span, _)| !is_surname(doc, &surnames, *span))
        .filter(|&(span, p)| !reads_as_noun(doc, span, g.place(p).map(|p| p.kind)))
        .collect();
    let found = drop_stray_towns(doc, g, &ctx.countries, found);
    // The small table's places by id, to find them in the world gazetteer.
    let wanted: Vec<&str> = small.places.iter().map(|p| p.id.as_str()).collect();
    let world_of: HashMap<String, u32> = world_ids(g, &wanted);
    enum From<'m> {
        World(u32),
        Small(&'m PlaceMention),
    }
    // A longer form of the same place in the small table stays whole:
    // "Donbass-Region" rather than its part "Donbass".
    let id_of = |m: &PlaceMention| small.places.get(m.place as usize).map(|p| p.id.as_str());
    let world_id = |p: u32| g.place(p).map(world::Place::id);
    let longer = |s: Span, p: u32| {
        small
            .mentions
            .iter()
            .any(|m| m.span.contains(s) && m.span != s && world_id(p).as_deref() == id_of(m))
    };
    let found: Vec<(Span, u32)> = found.into_iter().filter(|&(s, p)| !longer(s, p)).collect();
    let mut all: Vec<(Span, From)> = found.iter().map(|&(s, p)| (s, From::World(p))).collect();
    for m in &small.mentions {
        let clash = found.iter().any(|(s, _)| s.overlaps(m.span));
        if clash || (!m.adjectival && skipped(m.span)) {
            continue;
        }
        all.push((m.span, From::Small(m)));
    }
    all.sort_by_key(|(s, _)| (s.start, s.end));
    let mut out = Places::new();
    for (span, from) in all {
        let token = doc.tok_at(span.start as usize + 1).saturating_sub(1);
        let sentence = doc.sent(token).unwrap_or(0);
        let written = text.get(span.range()).unwrap_or("");
        match from {
            From::World(p) => {
                if let Some(pl) = g.place(p) {
                    out.add_place(world_place(pl), span, written, false, sentence);
                }
            }
            From::Small(m) => {
                let Some(p) = small.places.get(m.place as usize) else {
                    continue;
                };
                let place = world_of
                    .get(&p.id)
                    .and_then(|&i| g.place(i))
                    .map_or_else(|| p.clone(), world_place);
                out.add_place(place, m.span, &m.text, m.adjectival, m.sentence);
            }
        }
    }
    out
}

/// True when the word before `span` makes the name something else than a
/// place ([`NOT_PLACE_AFTER`]).
fn after_not_place_word(doc: &Doc, span: Span) -> bool {
    let i = doc.tok_at(span.start as usize);
    i > 0 && doc.start(i) == span.start as usize && NOT_PLACE_AFTER.contains(&doc.s(i - 1))
}

/// Last parts of a hyphen compound that make it a street or a square: the
/// "Puschkin" of "Puschkin-Straße" is no town.
pub const STREET_ENDINGS: &[&str] = &[
    "Straße", "Strasse", "Platz", "Allee", "Brücke", "Ufer", "Damm",
];

/// True when a one-word name reads as a common noun in its sentence: a town
/// right after an article ("die Bank", "den Neubau"; countries and regions
/// take articles: "die Ukraine", "der Donbass"), a word before a month
/// ("Mitte April", "Ende Mai"), or a part of a street's name.
fn reads_as_noun(doc: &Doc, span: Span, kind: Option<WorldKind>) -> bool {
    let i = doc.tok_at(span.start as usize + 1).saturating_sub(1);
    let whole = doc.start(i) == span.start as usize && doc.end(i) == span.end as usize;
    if !whole {
        let w = doc.s(i);
        return w.contains('-')
            && w.rsplit('-')
                .next()
                .is_some_and(|last| STREET_ENDINGS.contains(&last));
    }
    let after_article = i > 0 && crate::words::is_det(doc.s(i - 1));
    let before_month = crate::words::month_of(doc.s(i + 1)).is_some();
    (after_article && kind == Some(WorldKind::City)) || before_month
}

/// Countries whose towns a German article names without naming the country.
pub const HOME_COUNTRIES: [&str; 3] = ["DE", "AT", "CH"];

/// A town below this population, in a country the article does not name,
/// counts only after a place word ("in", "nach").
pub const STRAY_TOWN_POPULATION: u32 = 50_000;

/// Words before a name that make it a place ("in Wapakoneta").
const STRONG_PLACE_CUES: [&str; 11] = [
    "in",
    "nach",
    "bei",
    "aus",
    "nahe",
    "Stadt",
    "Ort",
    "Dorf",
    "Gemeinde",
    "Ortschaft",
    "Kleinstadt",
];

/// Drops towns that more likely are a name:
/// - a small town of a country the article never names, unless a place
///   word stands before it or it is written in a German form ("im
///   tschechischen Pilsen"): a stray surname such as "Wilson" is no town
///   in the United States. The article's countries are `countries` (from adjectives),
///   [`HOME_COUNTRIES`], and those of the places found (countries,
///   regions, towns of 100,000 or more);
/// - a town known only by a foreign name right before a capitalised word,
///   with no place word before it and outside [`HOME_COUNTRIES`]: a first
///   name or a company's first word that is also a small town abroad.
fn drop_stray_towns(
    doc: &Doc,
    g: &Gazetteer,
    countries: &[String],
    found: Vec<(Span, u32)>,
) -> Vec<(Span, u32)> {
    let mut named: Vec<&str> = countries.iter().map(String::as_str).collect();
    named.extend(HOME_COUNTRIES);
    for &(_, p) in &found {
        if let Some(pl) = g.place(p) {
            if pl.kind != WorldKind::City || pl.population >= 100_000 {
                named.push(pl.country.as_str());
            }
        }
    }
    found
        .into_iter()
        .filter(|&(span, p)| {
            let Some(pl) = g.place(p) else { return false };
            if pl.kind != WorldKind::City {
                return true;
            }
            let i = doc.tok_at(span.start as usize + 1).saturating_sub(1);
            let one_word = doc.start(i) == span.start as usize && doc.end(i) == span.end as usize;
            if !one_word || (i > 0 && STRONG_PLACE_CUES.contains(&doc.s(i - 1))) {
                return true;
            }
            let w = doc.s(i);
            let german = pl.names.iter().any(|n| {
                n.source <= Source::Translit
                    && (n.text == w || w.strip_suffix('s') == Some(n.text.as_str()))
            });
            if german {
                return true;
            }
            let stray =
                pl.population < STRAY_TOWN_POPULATION && !named.contains(&pl.country.as_str());
            // German towns go by their own (local) names.
            let home = HOME_COUNTRIES.contains(&pl.country.as_str());
            let before_name = !home
                && doc.is_word(i + 1)
                && doc.is_cap(i + 1)
                && doc.end(i) + 1 == doc.start(i + 1)
                && doc.sent(i + 1) == doc.sent(i);
            !stray && !before_name
        })
        .collect()
}

/// Words written right after a first name ("Maria Lima"), or after
/// "Herr" or "Frau": people's surnames, also where they later stand alone.
fn surnames<'a>(doc: &Doc<'a>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for i in 1..doc.toks.len() {
        let (before, w) = (doc.s(i - 1), doc.s(i));
        let adjacent = doc.end(i - 1) + 1 == doc.start(i) && doc.sent(i - 1) == doc.sent(i);
        let cue = crate::lexicon::first_name(before).is_some()
            || matches!(before, "Herr" | "Frau")
            || (first_names().contains(before) && !crate::lexicon::is_role_noun(before));
        if adjacent && cue && doc.is_word(i) && doc.is_cap(i) && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// The first names and titles the gazetteer reads a person by.
fn first_names() -> &'static std::collections::HashSet<&'static str> {
    static S: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    S.get_or_init(|| {
        ::gazetteer::scan::PERSON_CUES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when `span` is one word that the text uses as a surname elsewhere
/// ("Lima will …" after "Maria Lima"), unless a place word stands
/// before it ("in", "nach").
fn is_surname(doc: &Doc, surnames: &[&str], span: Span) -> bool {
    let i = doc.tok_at(span.start as usize);
    let one_word = doc.start(i) == span.start as usize && doc.end(i) == span.end as usize;
    let w = doc.s(i);
    let named = surnames.contains(&w) || w.strip_suffix('s').is_some_and(|s| surnames.contains(&s));
    let after_place_word = i > 0 && ::gazetteer::scan::PLACE_CUES.contains(&doc.s(i - 1));
    one_word && named && !after_place_word
}

/// The world gazetteer's index of each of the `ids` it has.
fn world_ids(g: &Gazetteer, ids: &[&str]) -> HashMap<String, u32> {
    let mut out = HashMap::default();
    let countries: Vec<&str> = ids
        .iter()
        .filter_map(|id| id.strip_prefix("iso:"))
        .collect();
    let regions: Vec<&str> = ids
        .iter()
        .map(|id| id.strip_prefix("ne:").unwrap_or(id))
        .collect();
    let cities: Vec<u32> = ids
        .iter()
        .filter_map(|id| id.strip_prefix("gn:")?.parse().ok())
        .collect();
    for (i, p) in g.places().iter().enumerate() {
        let hit = match p.kind {
            WorldKind::Country => countries.contains(&p.country.as_str()),
            WorldKind::Region => p
                .adm1_code
                .as_deref()
                .is_some_and(|code| regions.contains(&code)),
            WorldKind::City => p.geonameid.is_some_and(|gn| cities.contains(&gn)),
        };
        if hit {
            out.entry(p.id()).or_insert(i as u32);
        }
    }
    out
}

/// The country an adjective, "US-" prefix or country name stands for
/// ("ukrainische" → "Ukraine", "US-Beamte" → "USA").
pub fn country_of_word(w: &str) -> Option<&'static str> {
    let entry = gazetteer::lookup_adjective(w)
        .or_else(|| gazetteer::lookup(w))
        .or_else(|| {
            w.split('-')
                .next()
                .filter(|p| p.len() < w.len())
                .and_then(gazetteer::lookup)
        })?;
    gazetteer::entries()
        .get(entry)
        .filter(|e| e.kind == crate::types::PlaceKind::Country)
        .map(|e| e.name)
}

/// Scans all word tokens for places, skipping tokens inside `skip` (sorted
/// spans of media names and the dateline).
pub fn find(doc: &Doc, skip: &[Span], out: &mut Places) {
    let mut k = 0;
    let mut i = 0;
    let n = doc.toks.len();
    while i < n {
        if !doc.is_word(i) {
            i += 1;
            continue;
        }
        let start = doc.start(i);
        while skip.get(k).is_some_and(|s| (s.end as usize) <= start) {
            k += 1;
        }
        if skip.get(k).is_some_and(|s| (s.start as usize) <= start) {
            i += 1;
            continue;
        }
        let sent = doc.sent(i).unwrap_or(0);
        if let Some((entry, last)) = multi_word(doc, i) {
            let span = Span::new(start, doc.end(last));
            out.add(entry, span, doc.slice(start, doc.end(last)), false, sent);
            i = last + 1;
            continue;
        }
        let w = doc.s(i);
        if let Some(entry) = gazetteer::lookup_adjective(w) {
            out.add(entry, Span::new(start, doc.end(i)), w, true, sent);
        } else if let Some(entry) = gazetteer::lookup(w) {
            out.add(entry, Span::new(start, doc.end(i)), w, false, sent);
        } else if w.contains('-') {
            compound(doc, i, sent, out);
        }
        i += 1;
    }
}

/// A multi-word name starting at token `i`: (entry, last token).
fn multi_word(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    for (words, entry) in gazetteer::candidates(doc.s(i)) {
        if words.len() < 2 {
            continue;
        }
        let fits = words.iter().enumerate().skip(1).all(|(off, w)| {
            let t = i + off;
            doc.kind(t) == Some(Kind::Word) && doc.s(t) == *w && doc.end(t - 1) < doc.start(t)
        });
        if fits {
            return Some((*entry, i + words.len() - 1));
        }
    }
    None
}

/// Places inside a hyphen compound: "Ukraine-Russland-Kriegs", "US-Beamte".
fn compound(doc: &Doc, i: usize, sent: u32, out: &mut Places) {
    let w = doc.s(i);
    let base = doc.start(i);
    let mut off = 0;
    let parts: Vec<&str> = w.split('-').collect();
    let count = parts.len();
    for (pi, part) in parts.into_iter().enumerate() {
        let span = Span::new(base + off, base + off + part.len());
        if let Some(entry) = gazetteer::lookup_adjective(part) {
            out.add(entry, span, part, true, sent);
        } else if let Some(entry) = gazetteer::lookup(part) {
            // A leading "US-" works as an adjective ("US-Beamte").
            let adjectival = part == "US" && pi + 1 < count;
            out.add(entry, span, part, adjectival, sent);
        }
        off += part.len() + 1;
    }
}
