//! Who claims a figure, by the speaker finder of speech: the speaker of the
//! quote or reported item the figure stands in, or the subject of a claim
//! verb ("schätzt … auf", "sprach von", "rechnet mit").

use crate::entities::Entities;
use crate::scan::Doc;
use crate::speakers::*;
use crate::types::{
    Attribution, Claimant, Confidence, Figure, FrameKind, Measure, Quote, QuoteKind, Speaker,
};

/// Who asserts each figure that has no claimant yet, by the same speaker
/// finder as speech: the speaker of the quote or reported item the figure
/// stands in, or the subject of a claim verb before it in its clause ("Die
/// Kosten schätzt der Bund auf …", "Die Gewerkschaft sprach von bis zu …",
/// "Die Bahn rechnet mit …"). Linear: each figure looks back a bounded window.
pub fn claim_figures(doc: &Doc, ents: &mut Entities, figures: &mut [Figure], speech: &[&[Quote]]) {
    let mut tracker = Tracker::default();
    let mut items: Vec<&Quote> = speech
        .iter()
        .flat_map(|l| l.iter())
        // A guessed speaker ("Sprecher unsicher") claims no figure.
        .filter(|q| {
            q.kind != QuoteKind::Term
                && q.speaker
                    .as_ref()
                    .is_some_and(|s| s.confidence > Confidence::Low)
        })
        .collect();
    items.sort_by_key(|q| q.span.start);
    let mut next = 0;
    for f in figures.iter_mut() {
        // Lengths and areas are geography, not someone's estimate.
        if f.asserted_by.is_some() || matches!(f.measure, Measure::Distance | Measure::Area) {
            continue;
        }
        // Speech items starting before the figure, in text order.
        while items.get(next).is_some_and(|q| q.span.end <= f.span.start) {
            next += 1;
        }
        let holder = items
            .get(next)
            .filter(|q| q.pieces.iter().any(|p| p.contains(f.span)));
        let speaker = match holder {
            // "Die Stadt hat nach eigenen Angaben …": the clause's subject
            // claims the figure, not the words "eigenen Angaben".
            Some(q) if own_account(doc, q) => {
                let first = doc.tok_at(f.span.start as usize);
                tracker.advance(ents, first);
                own_account_speaker(doc, ents, &mut tracker, q, f.sentence)
                    .or_else(|| q.speaker.clone())
            }
            Some(q) => q.speaker.clone(),
            None => {
                let first = doc.tok_at(f.span.start as usize);
                tracker.advance(ents, first);
                claim_verb_speaker(doc, ents, &mut tracker, first, f.sentence)
            }
        };
        if let Some(sp) = speaker {
            // The most telling words: a name, an organisation, else as referred to.
            let mention = sp
                .name
                .clone()
                .or_else(|| sp.organisation.clone())
                .unwrap_or_else(|| sp.reference.clone());
            let country = mention
                .text
                .split_whitespace()
                .find_map(crate::places::country_of_word)
                .map(str::to_string);
            f.asserted_by = Some(Claimant {
                mention,
                entity: sp.entity,
                country,
                speaker: Some(sp),
            });
        }
    }
}

/// The subject of a claim verb before the figure at token `first`.
fn claim_verb_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    first: usize,
    sentence: u32,
) -> Option<Speaker> {
    let (s_first, _) = doc.sent_range(sentence);
    let from = s_first.max(first.saturating_sub(WINDOW / 2));
    let no_quote = |_: usize| false;
    let (v, prep) = (from..first)
        .rev()
        .take_while(|&k| !matches!(doc.s(k), "," | ";" | ":" | "„" | "“" | "»" | "«"))
        .find_map(|k| crate::frames::claim_verb(doc.s(k)).map(|p| (k, p)))?;
    if let Some(p) = prep {
        (v + 1..first).find(|&k| doc.s(k) == p)?;
    }
    // "Die Kosten schätzt der Bund auf …": a nominative right after the verb
    // is its subject; otherwise the subject stands before it.
    let after_first = matches!(doc.s(v + 1), "der" | "er" | "sie" | "man")
        || ents.person_starting(v + 1).is_some()
        || (v > s_first && matches!(doc.s(s_first), "Den" | "Dem"));
    let before = || subject_before(doc, ents, v, s_first, &no_quote);
    let after = || subject_after(doc, ents, v, "sagen", first, &no_quote);
    let subject = if after_first {
        after().or_else(before)
    } else {
        before().or_else(after)
    };
    subject_speaker(doc, ents, tracker, subject)
}

/// The speaker a clause's subject names, in its own sentence; never a
/// figure ("20 Minuten später").
fn subject_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    subject: Option<(Subject, usize)>,
) -> Option<Speaker> {
    let (sub, _) = verb_subject(doc, subject)?;
    let no_quote = |_: usize| false;
    let sp = speaker(
        doc,
        ents,
        tracker,
        sub,
        Attribution::SameSentence,
        &no_quote,
    )?;
    (!sp.reference.text.starts_with(|c: char| c.is_ascii_digit())).then_some(sp)
}

/// A speech item framed "nach eigenen Angaben" / "nach eigener Darstellung".
fn own_account(doc: &Doc, q: &Quote) -> bool {
    q.frame.as_ref().is_some_and(|f| {
        f.kind == FrameKind::Nach && {
            let t = doc.tok_at(f.span.start as usize);
            doc.s(t + 1).starts_with("eigene")
        }
    })
}

/// The subject of the clause an "eigenen Angaben" frame stands in: before the
/// verb right before the frame ("Die Stadt hat nach eigenen Angaben …"), or
/// after the verb right after it ("Nach eigenen Angaben hat die Stadt …").
fn own_account_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    q: &Quote,
    sentence: u32,
) -> Option<Speaker> {
    let frame = q.frame.as_ref()?;
    let (s_first, s_end) = doc.sent_range(sentence);
    let t = doc.tok_at(frame.span.start as usize);
    let last = doc.tok_at(frame.span.end.saturating_sub(1) as usize);
    let no_quote = |_: usize| false;
    let verb = |k: usize| doc.is_word(k) && !doc.is_cap(k);
    let subject = if t > s_first + 1 && verb(t - 1) {
        subject_before(doc, ents, t - 1, s_first, &no_quote)
    } else if t == s_first && last + 1 < s_end && verb(last + 1) {
        subject_after(doc, ents, last + 1, "sagen", s_end, &no_quote)
    } else {
        None
    };
    subject_speaker(doc, ents, tracker, subject)
}
