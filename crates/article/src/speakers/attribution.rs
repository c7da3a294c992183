//! Stage 6, attribution: runs the stages for each quote in order — cue and
//! subject in the quote's sentence, the sentence before or after, a speaker
//! carried over from the frame before or from alternating turns — and fills
//! in the quote. The only stage that knows all the others.

use super::candidates::{subject_after, verb_subject, Subject};
use super::coref::*;
use super::cues::*;
use super::details::*;
use super::lexical::*;
use crate::entities::Entities;
use crate::quotes::Raw;
use crate::scan::{is_det, Doc, Kind};
use crate::types::{Attribution, Cue, DateMention, Quote, QuoteKind, Speaker, SpeechForm};

/// Builds the quotes with cue, speaker, addressee, date and occasion.
pub fn attribute(
    doc: &Doc,
    raws: &[Raw],
    ents: &mut Entities,
    dates: &[DateMention],
) -> Vec<Quote> {
    let mut tracker = Tracker::default();
    let mut out = Vec::with_capacity(raws.len());
    let mut last_frame: Option<(usize, Speaker, Option<Cue>)> = None;
    // The last two Full quotes: (close token, speaker).
    let mut turns: [Option<(usize, Option<Speaker>)>; 2] = [None, None];
    // The index of the last Full quote.
    let mut prev_full: Option<usize> = None;
    for (qi, raw) in raws.iter().enumerate() {
        let lo = qi.saturating_sub(4);
        let near = raws.get(lo..(qi + 5).min(raws.len())).unwrap_or(&[]);
        let covered = |t: usize| near.iter().any(|r| r.covers(t));
        let pieces = raw.piece_spans(doc);
        let span = tspan(doc, raw.open(), raw.close());
        let mut quote = Quote {
            span,
            pieces,
            open_mark: mark_text(doc, raw.open()),
            close_mark: mark_text(doc, raw.close()),
            kind: raw.kind,
            sentence: raw.sentence,
            cue: None,
            addressee: None,
            speaker: None,
            date: None,
            occasion: None,
            form: SpeechForm::Direct,
            frame: None,
        };
        if raw.kind == QuoteKind::Term {
            out.push(quote);
            continue;
        }
        tracker.advance(ents, raw.open());
        let (s_first, s_end) = doc.sent_range(raw.sentence);
        // A quote of several sentences: its frame follows in the sentence it closes in.
        let s_end = doc
            .sent(raw.close())
            .map_or(s_end, |c| s_end.max(doc.sent_range(c).1));
        let mut attribution = Attribution::SameSentence;
        let mut found = find_cue(doc, ents, raw, s_first, s_end, &covered);
        let starts_sentence = raw.open() == s_first;
        if found.as_ref().is_none_or(|f| f.subject.is_none()) && starts_sentence && raw.sentence > 0
        {
            let (p_first, p_end) = doc.sent_range(raw.sentence - 1);
            if doc.s(p_end.wrapping_sub(1)) == ":" {
                if let Some(f) = cue_in_range(doc, ents, p_first, p_end, p_end, &covered) {
                    found = Some(f);
                    attribution = Attribution::PreviousSentence;
                }
            }
        }
        if found.as_ref().is_none_or(|f| f.subject.is_none())
            && (s_end == raw.close() + 2 || s_end == raw.close() + 1)
        {
            let (n_first, n_end) = doc.sent_range(raw.sentence + 1);
            if n_end > n_first
                && matches!(doc.s(n_first), "Das" | "Dies" | "So" | "Dieses" | "Also")
            {
                if let Some(f) = cue_in_range(
                    doc,
                    ents,
                    n_first,
                    (n_first + 3).min(n_end),
                    n_first,
                    &covered,
                ) {
                    if f.subject.is_some() {
                        found = Some(f);
                        attribution = Attribution::NextSentence;
                    }
                }
            }
            // "Das musste die Ministerin am Montag einräumen.": an auxiliary
            // second, its subject after it, the speech verb at the clause end.
            if found.as_ref().is_none_or(|f| f.subject.is_none())
                && n_end > n_first + 3
                && matches!(doc.s(n_first), "Das" | "Dies")
                && is_auxiliary(doc.s(n_first + 1))
            {
                if let Some(f) = aux_frame_after(doc, ents, n_first + 1, n_end, &covered) {
                    found = Some(f);
                    attribution = Attribution::NextSentence;
                }
            }
        }
        let found_none = found.as_ref().is_none_or(|f| f.subject.is_none());
        let beat = if found_none {
            beat_before(doc, ents, raw, s_first, &covered)
        } else {
            None
        };
        if let Some(f) = found {
            quote.cue = Some(Cue {
                verb: mention(doc, tspan(doc, f.verb, f.verb)),
                particle: f.particle.map(|p| mention(doc, tspan(doc, p, p))),
                lemma: f.lemma.clone(),
            });
            let subject_end = f.subject.as_ref().map(|(_, end)| *end);
            quote.addressee = addressee(doc, f.verb, subject_end, f.particle);
            if let Some((subject, _)) = f.subject {
                // "„…“, zitierte man die Ärztin": with "man" quoting, the
                // person quoted is the one who spoke.
                let subject = match subject {
                    Subject::Pronoun(t, _) if f.lemma == "zitieren" && doc.s(t) == "man" => {
                        quoted_person(doc, ents, t + 1).unwrap_or(subject)
                    }
                    _ => subject,
                };
                quote.speaker = speaker(doc, ents, &mut tracker, subject, attribution, &covered);
            }
            let (a, b) = (f.verb.min(raw.open()), f.verb.max(raw.close()));
            quote.occasion = occasion(
                doc,
                s_first.max(a.saturating_sub(WINDOW)),
                s_end.min(b + WINDOW),
                &covered,
            );
            quote.date = date_in(dates, doc, raw.sentence, &covered);
        }
        // "die Ärztin Anna Kowalski („…“)": a quote in brackets right after a
        // person is that person's, whatever verb the sentence has.
        if let Some(subject) = bracketed_after(doc, ents, raw.open(), s_first) {
            if let Some(sp) = speaker(
                doc,
                ents,
                &mut tracker,
                subject,
                Attribution::SameSentence,
                &covered,
            ) {
                quote.speaker = Some(sp);
            }
        }
        // "Als ihn die Ärztin fragte, sagte er: „Wer?“ „Sie.“": a quote right
        // after a question answers it, even when the question's frame stands
        // in the same sentence; the other person that frame's sentence
        // names speaks.
        if quote.kind == QuoteKind::Full {
            let cue_before = |pr: usize| {
                quote
                    .cue
                    .as_ref()
                    .is_none_or(|c| doc.tok_at(c.verb.span.start as usize) < raws[pr].open())
            };
            if let (Some((c1, Some(s1))), Some(pr)) = (&turns[1], prev_full) {
                if adjacent_turn(doc, *c1, raw.open()) && doc.s(c1 - 1) == "?" && cue_before(pr) {
                    if let Some(subject) = other_person(doc, ents, raws[pr].open(), s1) {
                        if let Some(sp) =
                            guessed_speaker(doc, ents, &mut tracker, subject, &covered)
                        {
                            quote.speaker = Some(sp);
                            quote.cue = None;
                        }
                    }
                }
            }
        }
        if quote.speaker.is_none() {
            // "»A« sagt der Gast. »B«": the speaker goes on after the frame.
            if let Some((end, sp, cue)) = &last_frame {
                let gap = (end + 1..raw.open()).all(|t| {
                    doc.kind(t) == Some(Kind::Punct) && !is_quote_char_tok(doc, t)
                        || doc.is_word(t) && crate::scan::starts_lower(doc.s(t))
                });
                // Or the frame's sentence ends right before this quote opens.
                let next_sentence = doc.sent(*end).is_some_and(|fs| {
                    raw.open() == s_first
                        && raw.sentence == fs + 1
                        && doc.sent_range(fs).1 == s_first
                        && (*end + 1..s_first).all(|t| !is_quote_char_tok(doc, t))
                });
                let near = raw.open() <= end + 4 && gap;
                if *end < raw.open() && (near || next_sentence) {
                    let mut sp = sp.clone();
                    sp.attribution = Attribution::PreviousSentence;
                    quote.speaker = Some(sp);
                    // Its words go on under the same verb of saying (a
                    // question asked is not carried: the next turn answers).
                    if quote.cue.is_none() {
                        quote.cue = cue.clone().filter(|c| !c.lemma.ends_with("fragen"));
                    }
                }
            }
        }
        // The narration right after a quote ("»Ja.« Sie sah ihn an.") is mostly
        // the listener's reaction, not the speaker's: on the corpus it named
        // the right speaker in about one case of forty, so it names none.
        if quote.speaker.is_none() {
            // "Der Alte nickte. »Ja.«": the subject of the action just before speaks.
            if let Some(subject) = beat {
                quote.speaker = speaker(
                    doc,
                    ents,
                    &mut tracker,
                    subject,
                    Attribution::PreviousSentence,
                    &covered,
                );
            }
        }
        if quote.speaker.is_none() {
            if let Some(subject) = own_clause_subject(doc, ents, raw, s_first) {
                quote.speaker = speaker(
                    doc,
                    ents,
                    &mut tracker,
                    subject,
                    Attribution::SameSentence,
                    &covered,
                );
            }
        }
        if quote.speaker.is_none() {
            // "Ihrer Meinung nach „…“": the possessive opening the sentence.
            if let Some(g) = crate::frames::opinion_frame(doc, s_first) {
                quote.speaker = speaker(
                    doc,
                    ents,
                    &mut tracker,
                    super::candidates::Subject::Pronoun(s_first, g),
                    Attribution::SameSentence,
                    &covered,
                );
            }
        }
        if quote.speaker.is_none() {
            // "Sein Fazit: „…“", "Das Urteil der Trainerin: „…“": a statement
            // noun with a possessive or a genitive, then a colon, frames
            // the quote (in its sentence or ending the one before).
            let open = raw.open();
            let frame_first = if open > s_first && doc.s(open - 1) == ":" {
                Some(s_first)
            } else if open == s_first && raw.sentence > 0 && doc.s(open.wrapping_sub(1)) == ":" {
                Some(doc.sent_range(raw.sentence - 1).0)
            } else {
                None
            };
            let subject = frame_first
                .and_then(|f| crate::frames::statement_frame(doc, f, open - 1).map(|r| (f, r)))
                .and_then(|(f, r)| match r {
                    Ok(g) => Some(super::candidates::Subject::Pronoun(f, g)),
                    Err(g) => match ents.person_starting(g) {
                        Some(p) => Some(super::candidates::Subject::Person(p.clone())),
                        None => super::candidates::np_from(doc, g - 1).map(|(sub, _)| sub),
                    },
                });
            if let Some(subject) = subject {
                quote.speaker = speaker(
                    doc,
                    ents,
                    &mut tracker,
                    subject,
                    Attribution::SameSentence,
                    &covered,
                );
            }
        }
        if quote.speaker.is_none() && quote.kind == QuoteKind::Full {
            // "»A« »B« »C«": turns alternate between the last two speakers.
            // An unattributed turn in between still counts as the other speaker's.
            if let (Some((c1, s1)), Some((_, Some(s2)))) = (&turns[1], &turns[0]) {
                // Right after the last quote, or it ended the paragraph before.
                let open = raw.open();
                let adjacent = adjacent_turn(doc, *c1, open)
                    || open > c1 + 1
                        && doc.kind(open - 1) == Some(Kind::Break)
                        && doc.sent(open - 2) == doc.sent(*c1);
                let other = s1
                    .as_ref()
                    .is_none_or(|s1| !s1.reference.text.eq_ignore_ascii_case(&s2.reference.text));
                if adjacent && other {
                    let mut sp = s2.clone();
                    sp.attribution = Attribution::PreviousSentence;
                    quote.speaker = Some(sp);
                }
            }
        }
        if quote.speaker.is_none() && quote.kind == QuoteKind::Full {
            quote.speaker = previous_sentence_speaker(doc, ents, &mut tracker, raw, &covered);
        }
        if quote.speaker.is_none() && quote.kind == QuoteKind::Full {
            quote.speaker = colon_sentence_person(doc, ents, &mut tracker, raw, &covered);
        }
        if quote.kind == QuoteKind::Full {
            prev_full = Some(qi);
            turns[0] = turns[1].take();
            turns[1] = Some((raw.close(), quote.speaker.clone()));
        }
        // A partial quote nobody is found to say, opening with a capital
        // ("„Gesuchte Kinder“" in narration): a name or a title.
        if quote.kind == QuoteKind::Partial
            && quote.speaker.is_none()
            && quote.cue.is_none()
            && doc.is_cap(raw.open() + 1)
        {
            quote.kind = QuoteKind::Term;
        }
        // "„Blaue Stunde“" standing alone, nobody found to say it: a few
        // capitalised words without a sentence's punctuation are a name,
        // also next to a verb ("„Abendblatt Online“ berichtet").
        if matches!(quote.kind, QuoteKind::Full | QuoteKind::Partial)
            && quote.speaker.is_none()
            && raw.pieces.len() == 1
            && capitalised_name(doc, raw.open() + 1, raw.close())
        {
            quote.kind = QuoteKind::Term;
        }
        last_frame = None;
        if let (Some(sp), Some(c)) = (&quote.speaker, &quote.cue) {
            let verb = doc.tok_at(c.verb.span.start as usize);
            if verb > raw.close() {
                let end = doc.tok_at(sp.reference.span.end as usize).saturating_sub(1);
                last_frame = Some((end.max(verb), sp.clone(), Some(c.clone())));
            }
        }
        out.push(quote);
    }
    out
}

/// "Die Ministerin räumte Fehler ein. „Wir haben zu spät gehandelt.“": a quote
/// that is a sentence of its own, with no frame, goes on with the speaker of
/// the speech verb in the sentence right before it. A guess: no frame ties
/// them, so the confidence is low.
pub(crate) fn previous_sentence_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    raw: &Raw,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let (s_first, _) = doc.sent_range(raw.sentence);
    if raw.open() != s_first || raw.sentence == 0 {
        return None;
    }
    let (p_first, p_end) = doc.sent_range(raw.sentence - 1);
    if p_end <= p_first || p_end + 1 < s_first {
        return None;
    }
    let f = cue_in_range(doc, ents, p_first, p_end, p_end, covered)?;
    let (subject, _) = f.subject?;
    guessed_speaker(doc, ents, tracker, subject, covered)
}

/// "Die Ärztin Jana Roth wandte sich gegen den Plan: „…“": a quote that is a
/// sentence of its own after a sentence ending in a colon, with no speech verb
/// there, is said by the first person that sentence names (not one inside a
/// prepositional phrase). A guess: the confidence is low.
pub(crate) fn colon_sentence_person(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    raw: &Raw,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let (s_first, _) = doc.sent_range(raw.sentence);
    let open = raw.open();
    // The colon right before the quote, in its sentence or ending the one before.
    let (p_first, p_end) = if open > s_first && doc.s(open - 1) == ":" {
        (s_first, open)
    } else if open == s_first && raw.sentence > 0 {
        doc.sent_range(raw.sentence - 1)
    } else {
        return None;
    };
    if p_end <= p_first + 2 || p_end + 1 < open || doc.s(p_end - 1) != ":" {
        return None;
    }
    let from = p_first.max(p_end.saturating_sub(2 * WINDOW));
    if (from..p_end).any(|t| covered(t) || is_quote_char_tok(doc, t)) {
        return None;
    }
    let p = (from..p_end).find_map(|k| {
        ents.person_starting(k).filter(|_| {
            k == p_first || {
                let before = doc.s(k - 1);
                !is_preposition(before) && !is_det(before) && !matches!(before, "und" | "oder")
            }
        })
    })?;
    guessed_speaker(doc, ents, tracker, Subject::Person(p.clone()), covered)
}

/// A quote opening at `open` follows the one closing at `c1` with only
/// punctuation (no quote mark) or a paragraph break between them.
fn adjacent_turn(doc: &Doc, c1: usize, open: usize) -> bool {
    open > c1
        && open <= c1 + 3
        && (c1 + 1..open).all(|t| {
            doc.kind(t) == Some(Kind::Break)
                || doc.kind(t) == Some(Kind::Punct) && !is_quote_char_tok(doc, t)
        })
}

/// "Als ihn die Ärztin fragte, sagte er: „…?“": the last person or role
/// noun with its article that the sentence names before the quote at `open`
/// and that is not the quote's speaker `sp` (at most [`WINDOW`] tokens back).
fn other_person(doc: &Doc, ents: &Entities, open: usize, sp: &Speaker) -> Option<Subject> {
    let si = doc.sent(open)?;
    let mut s_first = doc.sent_range(si).0;
    // "…, sagte er: „…“": the frame may end the sentence before at a colon.
    if s_first == open && si > 0 && doc.s(open.wrapping_sub(1)) == ":" {
        s_first = doc.sent_range(si - 1).0;
    }
    let (a, b) = (
        sp.reference.span.start as usize,
        sp.reference.span.end as usize,
    );
    let outside = |first: usize, last: usize| doc.end(last) <= a || doc.start(first) >= b;
    let mut k = open;
    while k > s_first.max(open.saturating_sub(WINDOW)) {
        k -= 1;
        if let Some(p) = ents.person_ending(k).filter(|p| p.first >= s_first) {
            if outside(p.first, p.last) {
                return Some(Subject::Person(p.clone()));
            }
            continue;
        }
        if doc.is_role(k) {
            // Lower-case words between the article and the noun are its adjectives.
            let mut first = k;
            while first > s_first + 1
                && first + 3 > k
                && doc.is_word(first - 1)
                && crate::scan::starts_lower(doc.s(first - 1))
                && !is_det(doc.s(first - 1))
            {
                first -= 1;
            }
            if first > s_first && is_det(doc.s(first - 1)) && outside(first - 1, k) {
                return Some(Subject::Role {
                    det: Some(first - 1),
                    first,
                    head: k,
                    last: k,
                });
            }
        }
    }
    None
}

/// The person, or a role noun with its article, starting at `t`: the object
/// of "zitieren".
fn quoted_person(doc: &Doc, ents: &Entities, t: usize) -> Option<Subject> {
    if let Some(p) = ents.person_starting(t) {
        return Some(Subject::Person(p.clone()));
    }
    let role = super::candidates::np_from(doc, t).filter(
        |(s, _)| matches!(s, Subject::Role { head, det: Some(_), .. } if doc.is_role(*head)),
    );
    if let Some((s, _)) = role {
        return Some(s);
    }
    // An unknown name: two or three capitalised words.
    let k = crate::entities::name_run(doc, t);
    (2..=3).contains(&k).then(|| Subject::Name(t, t + k - 1))
}

/// The person, or the role noun, right before the bracket that opens at
/// `open - 1`.
fn bracketed_after(doc: &Doc, ents: &Entities, open: usize, s_first: usize) -> Option<Subject> {
    if open < s_first + 2 || doc.s(open - 1) != "(" {
        return None;
    }
    let last = open - 2;
    if let Some(p) = ents.person_ending(last).filter(|p| p.first >= s_first) {
        return Some(Subject::Person(p.clone()));
    }
    let first = crate::entities::adjectives_before(doc, last, s_first);
    let det = first > s_first && is_det(doc.s(first - 1));
    (doc.is_role(last) && det).then(|| Subject::Role {
        det: Some(first - 1),
        first,
        head: last,
        last,
    })
}

/// The tokens `a..b` are at most five words, each capitalised (hyphens and
/// apostrophes inside), with no sentence punctuation: a name or a title.
fn capitalised_name(doc: &Doc, a: usize, b: usize) -> bool {
    b > a
        && b <= a + 5
        && (a..b).all(|k| doc.is_word(k) && doc.is_cap(k) || doc.s(k) == "-" || doc.s(k) == "'")
}

/// "Das musste X … einräumen.": the speech verb closing the clause after the
/// auxiliary at `aux`, and the subject right after the auxiliary.
fn aux_frame_after(
    doc: &Doc,
    ents: &Entities,
    aux: usize,
    n_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let mut last = n_end;
    while last > aux + 1 && doc.kind(last - 1) == Some(Kind::Punct) {
        last -= 1;
    }
    let verb = last.checked_sub(1).filter(|&v| v > aux + 1)?;
    let (lemma, particle) = cue_at(doc, verb, n_end, covered)?;
    // "Das wird die Stadt nicht glauben.": a denial frames nothing.
    if matches!(lemma, "so" | "laut") || (aux + 1..verb).any(|k| doc.s(k) == "nicht") {
        return None;
    }
    let subject = verb_subject(doc, subject_after(doc, ents, aux, lemma, verb, covered))?;
    Some(Found {
        verb,
        particle,
        lemma: lemma.to_string(),
        subject: Some(subject),
    })
}

#[cfg(test)]
mod tests {
    use crate::types::{Attribution, Confidence};

    #[test]
    fn a_statement_noun_with_a_possessive_or_a_genitive_before_a_colon_frames_the_quote() {
        for (text, who) in [
            (
                "Der Trainer blieb gelassen. Seine Meinung zum Spiel: „Wir haben gut gekämpft.“",
                "Seine",
            ),
            (
                "Die Ministerin sprach lange. Ihr Fazit: „Wir kommen gut voran.“",
                "Ihr",
            ),
            (
                "Das Fazit des Trainers: „Das war zu wenig.“",
                "des Trainers",
            ),
        ] {
            let a = crate::parse(text);
            let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
            assert_eq!(sp.reference.text, who, "{text}");
        }
        // Not any noun: "Seine Frau:" names who speaks, not what was said.
        let a = crate::parse("Seine Tochter: „Wir kommen morgen.“");
        assert!(a.quotes[0]
            .speaker
            .as_ref()
            .is_none_or(|s| s.reference.text != "Seine"));
    }

    #[test]
    fn a_quote_gets_its_cue_and_speaker_from_its_frame() {
        let a = crate::parse("„Wir bauen die Brücke neu“, sagte die Bürgermeisterin.");
        let q = &a.quotes[0];
        assert_eq!(q.cue.as_ref().map(|c| c.lemma.as_str()), Some("sagen"));
        let sp = q.speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "die Bürgermeisterin");
        assert_eq!(sp.attribution, Attribution::RoleNoun);
    }

    #[test]
    fn a_quote_after_a_colon_with_no_speech_verb_is_said_by_the_person_named_before() {
        let a = crate::parse(
            "Der Biologe der Stadt, Martin Kowalski, wandte sich gegen die Annahme, \
             die Brücke werde bald fertig: „Das wird nichts.“",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            sp.name.as_ref().map(|n| n.text.as_str()),
            Some("Martin Kowalski")
        );
        assert_eq!(sp.confidence, Confidence::Low);
        // Not a person inside a prepositional phrase.
        let a = crate::parse(
            "Es kam zum Streit mit Martin Kowalski über die Annahme, \
             die Brücke werde bald fertig: „Das wird nichts.“",
        );
        assert!(a.quotes[0].speaker.is_none());
    }

    #[test]
    fn a_few_capitalised_words_in_marks_that_nobody_says_are_a_name() {
        let a = crate::parse("Das Spiel heißt nun anders. „Blaue Stunde Sieben“ Das war es.");
        assert_eq!(a.quotes[0].kind, crate::types::QuoteKind::Term);
        let a = crate::parse("Das Spiel heißt nun anders. „Wir schließen bald.“ Das war es.");
        assert_ne!(a.quotes[0].kind, crate::types::QuoteKind::Term);
        let a = crate::parse("Wie „Abendblatt Online“ berichtet, fällt der Markt aus.");
        assert_eq!(a.quotes[0].kind, crate::types::QuoteKind::Term);
    }

    #[test]
    fn a_quote_in_brackets_after_a_person_is_that_persons() {
        let a = crate::parse(
            "Viele gratulierten der Siegerin, so die Ärztin Anna Kowalski \
             („Sie hat es verdient.“) und der Landrat.",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert!(
            sp.reference.text.contains("Anna Kowalski"),
            "{}",
            sp.reference.text
        );
    }

    #[test]
    fn a_person_closing_a_list_before_a_colon_speaks() {
        let a = crate::parse(
            "Am Abend gab es viel Lob, so von der Ärztin, und der Landrat Peter Lindner: \
             „Ein großer Tag.“",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "der Landrat Peter Lindner");
    }

    #[test]
    fn a_participles_subject_stands_at_its_auxiliary_not_before_the_participle() {
        let a = crate::parse(
            "Die Wirtin hatte die Bitte mit einem Lächeln abgelehnt: „Dafür fehlt mir die Zeit.“",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "Die Wirtin");
    }

    #[test]
    fn quotes_after_a_question_alternate_with_the_other_person_of_its_frame() {
        let a = crate::parse(
            "Als ihn eine junge Ärztin am Tor ansprach, sagte er: „Wie viele Gäste kommen heute?“ \
             „Wohl dreißig.“ „Und wie viele davon essen mit?“ „Zehn.“",
        );
        let who: Vec<_> = a
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.reference.text.as_str()))
            .collect();
        assert_eq!(
            who,
            [
                Some("er"),
                Some("eine junge Ärztin"),
                Some("er"),
                Some("eine junge Ärztin")
            ]
        );
        assert_eq!(
            a.quotes[1].speaker.as_ref().map(|s| s.confidence),
            Some(Confidence::Low)
        );
    }

    #[test]
    fn a_partial_quote_after_an_inverted_clause_is_its_subjects() {
        let a = crate::parse(
            "Zuerst wollte er „drei neue Brücken für die Stadt bauen“, am Ende wurde es eine.",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "er");
        // Not a person inside a phrase: "mit dem jungen Peter Lindner".
        let a = crate::parse(
            "Im Gespräch mit dem jungen Peter Lindner fiel das Wort „drei neue Brücken bauen“.",
        );
        assert!(a.quotes.iter().all(|q| q.speaker.is_none()));
    }

    #[test]
    fn an_adverb_after_a_quote_is_no_cue() {
        let a = crate::parse(
            "Zuerst plante die Stadt „drei neue Brücken über den Fluss“, schlussendlich wurde es eine.",
        );
        assert!(a.quotes[0].cue.is_none());
    }

    #[test]
    fn quoted_by_man_the_person_quoted_speaks() {
        let a = crate::parse("„Der Deich hält“, zitierte man Ysolda Arvez vom Wasseramt.");
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "Ysolda Arvez");
        let a = crate::parse("„Der Deich hält“, zitierte man die Deichgräfin.");
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "die Deichgräfin");
    }

    #[test]
    fn a_verb_closing_a_clause_before_the_colon_has_its_subject_after_the_conjunction() {
        let a = crate::parse(
            "Bis heute stimmt, was Paul Lindner im Winter über den Hafen geschrieben hat: \
             „Der Hafen ist zu klein.“",
        );
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "Paul Lindner");
    }

    #[test]
    fn a_quote_of_its_own_after_a_frame_goes_on_with_its_speaker_as_a_guess() {
        let a =
            crate::parse("Der Förster warnte am Montag vor Trockenheit. „Der Wald braucht Regen.“");
        let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(sp.reference.text, "Der Förster");
        assert!(sp.confidence <= Confidence::Medium);
    }
}
