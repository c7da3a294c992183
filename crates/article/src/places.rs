//! Place mentions: names (also inflected, in hyphen compounds and multi-word
//! forms such as "Region Kursk") and adjectives ("nordkoreanische").

use crate::gazetteer;
use crate::scan::{Doc, Kind};
use crate::types::{Place, PlaceMention, Span};

/// Collects places in order of first mention.
pub struct Places {
    pub places: Vec<Place>,
    pub mentions: Vec<PlaceMention>,
    /// Entry index → index into `places`.
    slot: Vec<Option<u32>>,
}

impl Default for Places {
    fn default() -> Self {
        Self::new()
    }
}

impl Places {
    pub fn new() -> Self {
        Places {
            places: Vec::new(),
            mentions: Vec::new(),
            slot: vec![None; gazetteer::entries().len()],
        }
    }

    /// Records a mention of gazetteer entry `entry`.
    pub fn add(&mut self, entry: usize, span: Span, text: &str, adjectival: bool, sentence: u32) {
        let Some(e) = gazetteer::entries().get(entry) else {
            return;
        };
        let place = match self.slot.get(entry).copied().flatten() {
            Some(p) => p,
            None => {
                let p = self.places.len() as u32;
                self.places.push(Place {
                    id: e.id.to_string(),
                    name: e.name.to_string(),
                    kind: e.kind,
                    lat: e.lat,
                    lon: e.lon,
                    geonames_id: e.geonames,
                });
                if let Some(s) = self.slot.get_mut(entry) {
                    *s = Some(p);
                }
                p
            }
        };
        self.mentions.push(PlaceMention {
            span,
            text: text.to_string(),
            place,
            adjectival,
            sentence,
        });
    }
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
