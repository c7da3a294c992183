//! Attribution: the cue verb of each quote, its particle and addressee, the
//! speaker (named, pronoun, role noun, anonymous; same, previous or next
//! sentence), and when and where it was said.
//!
//! The work is done in stages, each a module that only uses the ones below
//! it: [`lexical`] (word tests) → [`candidates`] (who is the subject of a
//! verb) → [`cues`] (which verb frames a quote); [`confidence`] →
//! [`coref`] (a subject becomes a speaker, pronouns and roles resolved);
//! [`details`] (addressee, occasion, date); and on top [`attribution`],
//! which runs them for each quote. Reported speech ([`crate::reported`]) and
//! figures ([`crate::claims`]) use the same stages.

pub(crate) mod attribution;
pub(crate) mod candidates;
pub(crate) mod confidence;
pub(crate) mod coref;
pub(crate) mod cues;
pub(crate) mod details;
pub(crate) mod lexical;

pub use attribution::attribute;
pub(crate) use candidates::*;
pub(crate) use coref::*;
pub(crate) use cues::*;
pub(crate) use details::*;
pub(crate) use lexical::*;

/// A text scanned as the parser does before attribution: sentences split,
/// word classes and people found. For the stages' unit tests.
#[cfg(test)]
pub(crate) fn scanned(text: &str) -> (crate::scan::Doc<'_>, crate::entities::Entities) {
    let mut doc = crate::scan::Doc::new(text);
    crate::sentences::split(&mut doc, &mut Vec::new(), &mut Vec::new());
    crate::entities::classify(&mut doc);
    let mut ents = crate::entities::find(&doc, &[]);
    crate::entities::finish(&mut ents);
    (doc, ents)
}

/// The token index of the first token reading `w`.
#[cfg(test)]
pub(crate) fn tok(doc: &crate::scan::Doc, w: &str) -> usize {
    (0..doc.toks.len())
        .find(|&k| doc.s(k) == w)
        .unwrap_or_else(|| panic!("no token {w}"))
}
