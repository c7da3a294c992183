//! Media and news agencies (a list of names), and the closing "Quelle:" line.

use crate::lexicon::{phrase_index, PhraseIndex};
use crate::scan::{Doc, Kind};
use crate::types::{Medium, Mention, SourceLine, Span};
use std::sync::OnceLock;

/// (as written, canonical name), from `data/media.txt`. Multi-word names are
/// matched word by word.
fn media() -> &'static [(&'static str, &'static str)] {
    static LIST: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    LIST.get_or_init(|| crate::lexicon::pairs(crate::lexicon::MEDIA_FILE))
}

fn index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| phrase_index(media()))
}

/// A medium name starting at token `i`: (canonical name, last token).
pub fn match_at(doc: &Doc, i: usize) -> Option<(&'static str, usize)> {
    if !doc.is_word(i) {
        return None;
    }
    let w = doc.s(i);
    let key = w
        .strip_suffix('s')
        .filter(|_| !index().contains_key(w))
        .unwrap_or(w);
    for (words, canon) in index().get(key)? {
        let fits = words.iter().enumerate().skip(1).all(|(off, mw)| {
            let t = i + off;
            doc.kind(t) == Some(Kind::Word) && doc.s(t) == *mw
        });
        if fits && (words.len() == 1 || key == w) {
            return Some((canon, i + words.len() - 1));
        }
    }
    None
}

/// The "Quelle: …" line: the last paragraph starting with "Quelle" or "Quellen".
pub fn source_line(text: &str, paragraphs: &[crate::types::Paragraph]) -> Option<SourceLine> {
    let p = paragraphs.last()?;
    let line = text.get(p.span.range())?;
    let rest = line
        .strip_prefix("Quellen")
        .or_else(|| line.strip_prefix("Quelle"))?;
    let after_colon = rest.trim_start().strip_prefix(':')?;
    let body = after_colon.trim_start();
    let body_start = p.span.end as usize - body.len();
    Some(SourceLine {
        span: p.span,
        body: Mention {
            text: body.to_string(),
            span: Span::new(body_start, p.span.end as usize),
        },
    })
}

/// Finds every medium mention; `source` marks the "Quelle:" line.
pub fn find(doc: &Doc, source: Option<Span>) -> Vec<Medium> {
    let mut media: Vec<Medium> = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        let Some((canon, last)) = match_at(doc, i) else {
            i += 1;
            continue;
        };
        // "The" before a name belongs to it ("The Kyiv Independent").
        let span = Span::new(doc.start(i), doc.end(last));
        let in_source = source.is_some_and(|s| s.contains(span));
        match media.iter_mut().find(|m| m.name == canon) {
            Some(m) => {
                m.mentions.push(span);
                m.in_source_line |= in_source;
            }
            None => media.push(Medium {
                name: canon.to_string(),
                mentions: vec![span],
                in_source_line: in_source,
            }),
        }
        i = last + 1;
    }
    media
}
