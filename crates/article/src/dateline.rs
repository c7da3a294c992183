//! Agency datelines at the start of the text: "KIEW (dpa) -", "Berlin (AFP) –",
//! "MOSKAU/KIEW (Reuters) –".

use crate::gazetteer;
use crate::scan::{Doc, Kind};
use crate::types::{Dateline, Mention, Span};

/// The dateline and the gazetteer entries of its places (entry, span, text).
pub fn find(doc: &Doc) -> Option<(Dateline, Vec<(usize, Span)>)> {
    let mut i = 0;
    let mut places = Vec::new();
    let mut last_place = None;
    while i < 8 {
        match doc.kind(i)? {
            Kind::Word if doc.s(i).chars().next().is_some_and(char::is_uppercase) => {
                if let Some(entry) = gazetteer::lookup_ci(doc.s(i)) {
                    places.push((entry, Span::new(doc.start(i), doc.end(i))));
                }
                last_place = Some(i);
                i += 1;
            }
            Kind::Punct if doc.s(i) == "/" && last_place.is_some() => i += 1,
            _ => break,
        }
    }
    let last_place = last_place?;
    let place_span = Span::new(doc.start(0), doc.end(last_place));
    let place_text = doc.slice(doc.start(0), doc.end(last_place));
    let mut agency = None;
    if doc.s(i) == "(" {
        let a = i + 1;
        let mut close = a;
        while close < a + 4 && doc.kind(close) == Some(Kind::Word) {
            close += 1;
        }
        if doc.s(close) != ")" || close == a {
            return None;
        }
        let span = Span::new(doc.start(a), doc.end(close - 1));
        agency = Some(Mention {
            text: doc.slice(doc.start(a), doc.end(close - 1)).to_string(),
            span,
        });
        i = close + 1;
    } else if place_text.chars().any(char::is_lowercase) {
        return None;
    }
    if !matches!(doc.s(i), "-" | "–" | "—") || doc.kind(i) != Some(Kind::Punct) {
        return None;
    }
    let dateline = Dateline {
        span: Span::new(doc.start(0), doc.end(i)),
        place: Mention {
            text: place_text.to_string(),
            span: place_span,
        },
        agency,
    };
    Some((dateline, places))
}
