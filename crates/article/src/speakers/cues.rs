//! Stage 3, cues: the speech verb (or "heißt es", a colon frame, an
//! utterance noun) that frames a quote, with its particle and its subject,
//! and the narration subject when a quote has no cue. Uses the candidates.

use super::candidates::*;
use super::lexical::*;
use crate::entities::{name_run, Entities};
use crate::lexicon::speech_senses;
use crate::quotes::Raw;
use crate::scan::{is_adj, is_det, Doc, Kind};

pub(crate) struct Found {
    pub(crate) verb: usize,
    pub(crate) particle: Option<usize>,
    pub(crate) lemma: String,
    pub(crate) subject: Option<(Subject, usize)>,
}

/// The subject of the sentence just before a quote that opens its sentence,
/// when that sentence is narration ("Der Bucklige lacht.", "Sie nickte."):
/// subject first, then a finite verb.
pub(crate) fn beat_before(
    doc: &Doc,
    ents: &Entities,
    raw: &Raw,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Subject> {
    let open = raw.open();
    if open != s_first || raw.sentence == 0 {
        return None;
    }
    let (_, p_end) = doc.sent_range(raw.sentence - 1);
    if p_end + 1 < open {
        return None;
    }
    narration_subject(doc, ents, raw.sentence - 1, covered)
}

/// The subject of a short narrative sentence that opens with it ("Der
/// Bucklige lacht.", "Sie nickte."): subject first, then a finite verb; no
/// quote and no line break inside.
pub(crate) fn narration_subject(
    doc: &Doc,
    ents: &Entities,
    sent: u32,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Subject> {
    let (p_first, p_end) = doc.sent_range(sent);
    if p_end <= p_first
        || p_end > p_first + 2 * WINDOW
        || (p_first..p_end).any(|t| covered(t) || is_quote_char_tok(doc, t))
        || (p_first..p_end).any(|t| doc.kind(t) == Some(Kind::Break))
    {
        return None;
    }
    // Narration is about people: "Es roch nach Regen", "Die Unterhaltung
    // stockt" name no speaker.
    clause_subject(doc, ents, p_first, p_end).filter(|s| match s {
        Subject::Pronoun(t, _) => !matches!(doc.s(*t), "Es" | "es"),
        Subject::Role { head, .. } => {
            doc.is_role(*head) || !crate::lexicon::looks_like_common_noun(doc.s(*head))
        }
        _ => true,
    })
}

/// "Hölderlin nennt es „das große Ich“": a quote after the verb of a clause
/// whose subject opens the sentence; that subject is the speaker.
pub(crate) fn own_clause_subject(
    doc: &Doc,
    ents: &Entities,
    raw: &Raw,
    s_first: usize,
) -> Option<Subject> {
    let open = raw.open();
    if open <= s_first + 1 || open > s_first + 2 * WINDOW {
        return None;
    }
    if (s_first..open).any(|t| is_quote_char_tok(doc, t) || doc.kind(t) == Some(Kind::Break)) {
        return None;
    }
    clause_subject(doc, ents, s_first, open).or_else(|| inverted_subject(doc, ents, s_first, open))
}

/// "Im Streit sieht Anna Kowalski einen „Fehler“", "Zuerst wollte er „…“": an
/// adverbial opens the sentence, the finite verb follows, then its subject,
/// a person or a personal pronoun (within the first twelve tokens).
fn inverted_subject(doc: &Doc, ents: &Entities, s_first: usize, open: usize) -> Option<Subject> {
    for v in s_first + 1..open.min(s_first + 12) {
        let w = doc.s(v);
        if matches!(w, "," | ";" | ":") {
            return None;
        }
        // A verb, not an adjective after an article ("mit dem jungen Peter …").
        let verb = doc.is_word(v)
            && crate::scan::starts_lower(w)
            && !is_det(w)
            && !is_preposition(w)
            && !is_possessive(w)
            && !is_det(doc.s(v - 1))
            && !is_preposition(doc.s(v - 1))
            && !matches!(
                w,
                "und" | "oder" | "im" | "am" | "vom" | "zum" | "zur" | "beim"
            );
        if !verb || v + 1 >= open {
            continue;
        }
        let t = v + 1;
        if let Some(g) =
            is_pronoun(doc.s(t)).filter(|_| matches!(doc.s(t), "er" | "sie" | "ich" | "wir"))
        {
            return Some(Subject::Pronoun(t, g));
        }
        if let Some(p) = ents.person_starting(t).filter(|p| p.last < open) {
            return Some(Subject::Person(p.clone()));
        }
    }
    None
}

/// A cue candidate: (distance to the quote, verb token, lemma, particle).
pub(crate) type CueHit = (usize, usize, &'static str, Option<usize>);

pub(crate) fn find_cue(
    doc: &Doc,
    ents: &Entities,
    raw: &Raw,
    s_first: usize,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    if let Some(f) = postfield_cue(doc, ents, raw, s_end, covered) {
        return Some(f);
    }
    let from = s_first.max(raw.open().saturating_sub(WINDOW));
    let to = s_end.min(raw.close() + WINDOW);
    // The three nearest cues: the nearest that names a subject frames the quote.
    let mut near: [Option<CueHit>; 3] = [None; 3];
    for t in from..to {
        if covered(t) || !doc.is_word(t) {
            continue;
        }
        let Some((lemma, part)) = cue_at(doc, t, s_end, covered) else {
            continue;
        };
        let ok = match lemma {
            "so" => doc.s(t.wrapping_sub(1)) == "," && raw.covers(t.wrapping_sub(2)),
            "laut" => doc.is_cap(t + 1) || is_det(doc.s(t + 1)),
            _ => true,
        };
        if !ok {
            continue;
        }
        let dist = if t > raw.close() {
            t - raw.close()
        } else {
            raw.open().saturating_sub(t)
        };
        let mut cand = Some((dist, t, lemma, part));
        for slot in near.iter_mut() {
            if slot.is_none_or(|b| cand.is_some_and(|c| c.0 < b.0)) {
                std::mem::swap(slot, &mut cand);
            }
        }
    }
    let mut listed = None;
    for b in near.into_iter().flatten() {
        let f = found(doc, ents, b, (s_first, s_end), b.1 < raw.open(), covered);
        if f.as_ref().is_some_and(|f| f.subject.is_some()) {
            listed = f;
            break;
        }
        if listed.is_none() {
            listed = f;
        }
    }
    match listed {
        Some(f) if f.subject.is_some() => Some(f),
        // "Rosenzweig brach in Gelächter aus: »…«": the colon's clause frames it.
        _ => heisst_es(doc, ents, from, to, covered)
            .filter(|f| f.subject.is_some())
            .or_else(|| colon_frame(doc, ents, raw, s_first, covered))
            .or(listed)
            .or_else(|| heisst_es(doc, ents, from, to, covered)),
    }
}

/// "„…“, heißt es in dem Bericht", "In dem Antrag heißt es: „…“": the
/// document speaks, where the sentence names it; else the cue has no speaker.
pub(crate) fn heisst_es(
    doc: &Doc,
    ents: &Entities,
    from: usize,
    to: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    // "heißt es", "hieß es", "hatte es … geheißen"
    let v = (from..to).find(|&k| {
        !covered(k)
            && (matches!(doc.s(k), "heißt" | "hieß") && doc.s(k + 1) == "es"
                || doc.s(k) == "geheißen" && (k.saturating_sub(4)..k).any(|j| doc.s(j) == "es"))
    })?;
    let (s_first, s_end) = doc.sent_range(doc.sent(v).unwrap_or(0));
    // The document after the verb, or before it: "In dem Antrag heißt es".
    let after = crate::frames::in_document(doc, v + 2);
    let before = (s_first..v).find(|&k| matches!(doc.s(k), "In" | "in" | "Im" | "im"));
    let subject = after.or(before).and_then(|k| {
        np_subject(crate::frames::np_after(doc, k + 1, s_end)?)
            .or_else(|| subject_after(doc, ents, k, "laut", s_end, covered))
    });
    Some(Found {
        verb: v,
        particle: None,
        lemma: "heißen".to_string(),
        subject,
    })
}

/// The frame right after a quote, which stands in its prefield: "„…“, sagte
/// sie", "»…« lächelte der Alte", "„…“ besteht der Präsident". Any finite verb
/// in that place frames the quote when its subject follows.
pub(crate) fn postfield_cue(
    doc: &Doc,
    ents: &Entities,
    raw: &Raw,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let (_, close) = *raw.pieces.first()?;
    let mut t = close + 1;
    if doc.s(t) == "," {
        t += 1;
    }
    if t >= s_end || covered(t) || !doc.is_word(t) {
        return None;
    }
    let w = doc.s(t);
    if let Some(subject) = utterance_noun_subject(doc, ents, t, s_end, covered) {
        return Some(Found {
            verb: t,
            particle: None,
            lemma: "sagen".to_string(),
            subject: Some(subject),
        });
    }
    if !crate::scan::starts_lower(w) || not_a_frame_verb(w) {
        return None;
    }
    // "»…« empört sich der Alte": a reflexive pronoun before the subject.
    let reflexive = matches!(
        doc.s(t + 1),
        "sich" | "mir" | "mich" | "ihm" | "ihr" | "ihnen"
    );
    let (lemma, particle) = match cue_at(doc, t, s_end, covered) {
        Some((l, p)) => (l.to_string(), p),
        // "»…«, stockte wieder der Major": past one short adverb.
        None if (subject_start(doc, t + 1 + usize::from(reflexive))
            || !reflexive && skippable(doc, t + 1) && subject_start(doc, t + 2))
            && w.chars().count() > 3
            // "„…“, schlussendlich kam es anders": an adverb is no verb.
            && !looks_like_modifier(w) =>
        {
            (guess_lemma(w), None)
        }
        None => return None,
    };
    let subject = verb_subject(doc, subject_after(doc, ents, t, &lemma, s_end, covered));
    subject.as_ref()?;
    Some(Found {
        verb: t,
        particle,
        lemma,
        subject,
    })
}

/// "Da lächelte der Alte: »…«", "Er nickte: „…“": the clause before a colon
/// frames the quote; its subject speaks.
pub(crate) fn colon_frame(
    doc: &Doc,
    ents: &Entities,
    raw: &Raw,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let open = raw.open();
    if open <= s_first || doc.s(open - 1) != ":" {
        return None;
    }
    let colon = open - 1;
    let lo = s_first.max(colon.saturating_sub(WINDOW));
    let c0 = (lo..colon)
        .rev()
        .find(|&k| covered(k) || matches!(doc.s(k), "," | ";" | "." | "!" | "?"))
        .map_or(lo, |k| k + 1);
    // "BKA-Präsident Ziercke: „…“", "Die Sprecherin: „…“": a person or a
    // role alone before the colon speaks, also the last of a list ("…, und
    // der Landrat Peter Lindner: „…“").
    let listed = usize::from(matches!(doc.s(c0), "und" | "sowie") && c0 + 1 < colon);
    if let Some(f) = colon_speaker(doc, ents, c0 + listed, colon) {
        return Some(f);
    }
    // "…, dass die Preise bald weiter steigen könnten:", "…, die Eulen im
    // Wald zu zählen:": a subordinate or infinitive clause before the colon has
    // no subject of its own that speaks; its first lower-case word is no verb.
    if subordinate_clause(doc, c0, colon) {
        return None;
    }
    // "Der Alte lächelte:" — subject first, verb second.
    let v = (c0 + 1..colon.min(c0 + 8)).find(|&k| {
        doc.is_word(k)
            && crate::scan::starts_lower(doc.s(k))
            && !not_a_frame_verb(doc.s(k))
            && !is_preposition(doc.s(k))
            && !is_possessive(doc.s(k))
            && is_pronoun(doc.s(k)).is_none()
            // An adjective inside a phrase ("mit ihrer kühlen Hand") is no verb.
            && !(is_adj(doc.s(k)) && {
                let prev = doc.s(k - 1);
                is_preposition(prev) || is_possessive(prev) || is_det(prev) || is_adj(prev)
            })
    })?;
    let lemma = guess_lemma(doc.s(v));
    let subject = subject_before(doc, ents, v, c0, covered)
        .or_else(|| subject_after(doc, ents, v, &lemma, colon, covered));
    subject.as_ref()?;
    Some(Found {
        verb: v,
        particle: None,
        lemma,
        subject,
    })
}

/// The clause `c0..end` after a comma is subordinate: it opens with a
/// conjunction or a nominative relative pronoun, or ends in a "zu"
/// infinitive. (", den ihm Anna reichte:" has a subject of its own.)
pub(crate) fn subordinate_clause(doc: &Doc, c0: usize, end: usize) -> bool {
    if c0 == 0 || doc.s(c0 - 1) != "," || end < c0 + 2 {
        return false;
    }
    let opener = matches!(
        doc.s(c0),
        "dass"
            | "daß"
            | "ob"
            | "weil"
            | "wenn"
            | "da"
            | "damit"
            | "obwohl"
            | "nachdem"
            | "während"
            | "bevor"
            | "als"
            | "wie"
            | "die"
            | "der"
            | "das"
            | "welche"
            | "welcher"
            | "welches"
    );
    let zu_infinitive = doc.s(end - 2) == "zu" && doc.s(end - 1).ends_with('n');
    opener || zu_infinitive
}

/// A name or a role noun phrase that fills the whole clause before a colon.
pub(crate) fn colon_speaker(doc: &Doc, ents: &Entities, c0: usize, colon: usize) -> Option<Found> {
    if colon <= c0 {
        return None;
    }
    let subject = if let Some(p) = ents.person_ending(colon - 1).filter(|p| p.first >= c0) {
        // Only the name and words of its role before it.
        if (c0..p.first).any(|k| !doc.is_cap(k) && !is_det(doc.s(k)) && !is_adj(doc.s(k))) {
            return None;
        }
        Subject::Person(p.clone())
    } else {
        let (sub, last) = np_from(doc, c0)?;
        // "Ein Polizeisprecher nach dem Einsatz: „…“": a phrase after it may say when.
        let pp_after = last + 1 < colon
            && is_preposition(doc.s(last + 1))
            && (last + 2..colon).all(|k| doc.is_word(k) || doc.kind(k) == Some(Kind::Num))
            && colon - last <= 6;
        match &sub {
            Subject::Role { head, .. } if (last + 1 == colon || pp_after) && doc.is_role(*head) => {
                sub
            }
            _ => return None,
        }
    };
    Some(Found {
        verb: colon,
        particle: None,
        lemma: "sagen".to_string(),
        subject: Some((subject, colon - 1)),
    })
}

/// The chosen verb `(distance, token, lemma, particle)` with its subject.
pub(crate) fn found(
    doc: &Doc,
    ents: &Entities,
    (_, verb, lemma, particle): (usize, usize, &'static str, Option<usize>),
    (s_first, s_end): (usize, usize),
    verb_first: bool,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    // "Dann rief er: „…“": a pronoun right after the verb is its subject.
    // "Mit ernster Miene sprach der Engel: „…“": an adverbial (a prepositional
    // phrase) fills the prefield, so the subject follows the verb.
    let inverted = matches!(
        doc.s(verb + 1),
        "er" | "sie" | "ich" | "wir" | "du" | "ihr" | "man"
    ) || verb > s_first
        // "Als Antwort sagte eine Sprecherin:": a predicative "als" phrase too.
        && (is_preposition(doc.s(s_first)) || doc.s(s_first) == "Als")
        && is_det(doc.s(verb + 1))
        // "Einige Tage später sagte Berger zu Paul:": a person right after
        // the verb, with the prefield filled by an adverbial.
        || verb > s_first + 1
            && (ents.person_starting(verb + 1).is_some() || {
                let k = name_run(doc, verb + 1);
                k > 0 && matches!(doc.s(verb + 1 + k), "zu" | ":" | "," | "leise" | "laut")
            });
    // "Die Wirtin hatte die Bitte mit einem Lächeln abgelehnt: „…“": a participle's
    // subject stands at its finite auxiliary; the noun before the participle
    // is its object.
    let at_aux = (verb_first && !inverted && !matches!(lemma, "so" | "laut"))
        .then(|| finite_aux(doc, verb, s_first, covered))
        .flatten()
        .filter(|&aux| aux + 2 < verb)
        .and_then(|aux| {
            verb_subject(doc, subject_before(doc, ents, aux, s_first, covered))
                .filter(|(sub, _)| speaker_shaped(doc, sub))
        });
    // "…, was Paul Lindner vor Jahren geschrieben hat: „…“": a verb closing
    // a clause opened by a conjunction has its subject after the conjunction.
    let closing = final_clause_subject(doc, ents, verb, lemma, s_first, s_end)
        .filter(|_| matches!(doc.s(verb + 1), ":") || doc.s(verb + 2) == ":");
    // "Die Ministerin wurde im Blatt zitiert: „…“": the one quoted in the
    // passive of "zitieren" speaks, the subject before its auxiliary.
    let quoted = (lemma == "zitieren")
        .then(|| passive_aux(doc, verb, s_first, covered))
        .flatten()
        .filter(|&aux| aux < verb)
        .and_then(|aux| {
            verb_subject(doc, subject_before(doc, ents, aux, s_first, covered))
                .filter(|(sub, _)| speaker_shaped(doc, sub))
        });
    let subject = if quoted.is_some() {
        quoted
    } else if closing.is_some() {
        closing
    } else if at_aux.is_some() {
        at_aux
    } else if verb_first && !inverted && !matches!(lemma, "so" | "laut") {
        // "X sagte: „…“": the subject stands before the verb, what follows is its object.
        verb_subject(doc, subject_before(doc, ents, verb, s_first, covered))
            .or_else(|| subject_of(doc, ents, verb, lemma, s_first, s_end, covered))
    } else {
        subject_of(doc, ents, verb, lemma, s_first, s_end, covered)
    };
    let subject = if matches!(lemma, "so" | "laut" | "zufolge") {
        subject
    } else {
        verb_subject(doc, subject)
    };
    // "Er soll das im Gespräch gesagt haben:", "Hans hätte gesagt:": when no subject was found,
    // a participle's subject stands next to the finite auxiliary.
    // "So hatte die Ministerin zugesichert:": not only "ge-" participles.
    // "bei der Eröffnung verkündet:": an inseparable verb's participle has no
    // "ge" at all; a finite auxiliary before it is enough.
    let subject = subject
        .or_else(|| {
            verb_first
                .then(|| aux_subject(doc, ents, verb, lemma, s_first, covered))
                .flatten()
        })
        .or_else(|| final_clause_subject(doc, ents, verb, lemma, s_first, s_end));

    Some(Found {
        verb,
        particle,
        lemma: lemma.to_string(),
        subject,
    })
}

/// The last speech verb in `from..to` (nearest to `anchor`) with its subject.
pub(crate) fn cue_in_range(
    doc: &Doc,
    ents: &Entities,
    from: usize,
    to: usize,
    anchor: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let (s_first, s_end) = doc.sent_range(doc.sent(from).unwrap_or(0));
    let mut best: Option<(usize, usize, &'static str, Option<usize>)> = None;
    for t in from.max(to.saturating_sub(2 * WINDOW))..to {
        if covered(t) || !doc.is_word(t) {
            continue;
        }
        let Some((lemma, part)) = cue_at(doc, t, s_end, covered) else {
            continue;
        };
        if matches!(lemma, "so" | "laut") {
            continue;
        }
        let dist = t.abs_diff(anchor);
        if best.is_none_or(|b| dist < b.0) {
            best = Some((dist, t, lemma, part));
        }
    }
    let b = best?;
    found(doc, ents, b, (s_first, s_end), b.1 < anchor, covered)
}

/// The first reading of the word at `t` as a cue whose particle, if it needs
/// one, stands later in the clause: (lemma, particle token).
pub(crate) fn cue_at(
    doc: &Doc,
    t: usize,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(&'static str, Option<usize>)> {
    if !doc.is_cue(t) {
        return None;
    }
    for sense in speech_senses(doc.s(t)) {
        match sense.particle {
            Some(p) => {
                if let Some(k) = find_particle(doc, t, s_end, p, covered) {
                    return Some((sense.lemma, Some(k)));
                }
                if !sense.required {
                    return Some((sense.lemma, None));
                }
            }
            None => return Some((sense.lemma, None)),
        }
    }
    // "hat … bekannt gegeben": the participle apart from its particle.
    t.checked_sub(1)
        .and_then(|p| crate::lexicon::split_participle(doc.s(p), doc.s(t)))
        .map(|lemma| (lemma, None))
}

pub(crate) fn find_particle(
    doc: &Doc,
    verb: usize,
    s_end: usize,
    particle: &str,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let stop = s_end.min(verb + 12);
    let mut t = verb + 1;
    while t < stop && !covered(t) {
        match doc.s(t) {
            w if w == particle => return Some(t),
            // "gab die Sprecherin des Vereins, Jana Wolter, bekannt": past a
            // name set between commas.
            "," => t = name_apposition_end(doc, t, stop).filter(|&c| c > t)? + 1,
            ":" | ";" => return None,
            _ => t += 1,
        }
    }
    None
}

/// The closing comma of a name of one to three capitalised words set
/// between commas, its opening comma at `c`.
pub(crate) fn name_apposition_end(doc: &Doc, c: usize, stop: usize) -> Option<usize> {
    let words = (c + 1..stop.min(c + 4))
        .take_while(|&k| doc.is_cap(k) && !crate::scan::is_definite(&doc.s(k).to_lowercase()))
        .count();
    let close = c + 1 + words;
    (words > 0 && doc.s(close) == ",").then_some(close)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{scanned, tok};

    #[test]
    fn a_speech_verb_and_its_separated_particle() {
        let (doc, _) = scanned("Die Stadt teilte am Montag mit, die Brücke sei gesperrt.");
        let v = tok(&doc, "teilte");
        let (lemma, particle) = cue_at(&doc, v, doc.toks.len(), &|_| false).expect("a cue");
        assert_eq!(lemma, "mitteilen");
        assert_eq!(particle.map(|p| doc.s(p)), Some("mit"));
        let n = tok(&doc, "Brücke");
        assert!(cue_at(&doc, n, doc.toks.len(), &|_| false).is_none());
    }

    #[test]
    fn found_gives_the_verb_with_its_subject() {
        let (doc, ents) = scanned("Die Försterin sagte: der Wald sei gesund.");
        let v = tok(&doc, "sagte");
        let f = found(
            &doc,
            &ents,
            (0, v, "sagen", None),
            (0, doc.toks.len()),
            true,
            &|_| false,
        )
        .expect("found");
        assert_eq!(f.verb, v);
        assert!(f.subject.is_some());
    }
}
