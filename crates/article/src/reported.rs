//! Reported speech: the frames of one sentence (a speech verb with its
//! clause, "laut X", "nach Angaben von X", "wie X sagte", "so X", hearsay
//! "sollen", "Dies bestätigte X."), Konjunktiv sentences that go on with the
//! speaker before, and quotes of their own carried over to that speaker.
//! Finds frames with [`crate::frames`] and speakers with [`crate::speakers`].

use crate::entities::Entities;
use crate::lexicon::speech_senses;
use crate::quotes::Raw;
use crate::scan::{is_adj, is_det, Doc, Kind};
use crate::speakers::*;
use crate::types::{
    Attribution, Confidence, Cue, DateMention, Frame, FrameKind, Quote, QuoteKind, Span, Speaker,
    SpeechForm,
};

/// Konjunktiv forms that mark reported speech ("sei", "habe", "könne"), and
/// the Konjunktiv II forms that stand in for them ("wäre", "hätten").
fn is_subjunctive(w: &str) -> bool {
    matches!(w.as_bytes().last(), Some(b'e' | b'n' | b'i'))
        && (crate::frames::is_konjunktiv(w) || is_subjunctive_ii(w))
}

fn is_subjunctive_ii(w: &str) -> bool {
    matches!(
        w,
        "sei"
            | "seien"
            | "seiest"
            | "habe"
            | "hätte"
            | "hätten"
            | "werde"
            | "würde"
            | "würden"
            | "wäre"
            | "wären"
            | "könne"
            | "könnte"
            | "könnten"
            | "müsse"
            | "müsste"
            | "müßte"
            | "müssten"
            | "müßten"
            | "solle"
            | "wolle"
            | "dürfe"
            | "möge"
            | "wisse"
            | "gebe"
            | "gäbe"
            | "stehe"
            | "liege"
            | "gehe"
            | "komme"
            | "bleibe"
            | "brauche"
            | "fehle"
            | "gelte"
            | "lasse"
            | "halte"
            | "sehe"
            | "heiße"
            | "trage"
            | "zeige"
            | "plane"
            | "führe"
            | "bestehe"
            | "drohe"
            | "erwarte"
            | "arbeite"
            | "lebe"
            | "kenne"
            | "nehme"
            | "finde"
            | "spreche"
            | "mache"
            | "tue"
            | "verfüge"
            | "handle"
            | "wachse"
            | "steige"
            | "sinke"
            | "kämpfe"
            | "unterstütze"
            | "beabsichtige"
    )
}

/// Words that open a reported clause after a frame ("sagte, dass …").
fn opens_reported(w: &str) -> bool {
    matches!(
        w,
        "dass"
            | "daß"
            | "ob"
            | "wie"
            | "warum"
            | "wann"
            | "wo"
            | "weshalb"
            | "wieso"
            | "wer"
            | "was"
    )
}

/// Reported speech in every sentence: a speech verb with a Konjunktiv or
/// "dass" clause before or after it, or a statement "laut X" / "X zufolge".
/// One frame per sentence, each sentence scanned once (linear).
pub fn indirect(
    doc: &Doc,
    raws: &[Raw],
    quotes: &[Quote],
    ents: &mut Entities,
    dates: &[DateMention],
) -> Vec<Quote> {
    let mut tracker = Tracker::default();
    // Direct quotes by token: a reported clause never overlaps one.
    let mut in_quote = vec![false; doc.toks.len() + 1];
    // Partial quotes stay inside reported speech ("…, dass China ein „kritischer
    // Ermöglicher“ sei").
    for r in raws.iter().filter(|r| r.kind == QuoteKind::Full) {
        for &(a, b) in &r.pieces {
            for f in in_quote.iter_mut().take(b + 1).skip(a) {
                *f = true;
            }
        }
    }
    let covered = |t: usize| in_quote.get(t).copied().unwrap_or(false);
    let mut out: Vec<Quote> = Vec::new();
    let mut qi = 0;
    let mut prev: Option<(u32, Speaker)> = None;
    for s in 0..doc.sent_toks.len() as u32 {
        let (s_first, s_end) = doc.sent_range(s);
        if s_end <= s_first {
            continue;
        }
        let mut end = s_end;
        while end > s_first && matches!(doc.s(end - 1), "." | "!" | "?" | "…" | ";" | ":") {
            end -= 1;
        }
        // The speaker of the speech just before: a direct quote in this
        // sentence or the one before, or the last reported item.
        while quotes.get(qi).is_some_and(|q| q.sentence <= s) {
            if let (QuoteKind::Full | QuoteKind::Partial, Some(sp)) =
                (quotes[qi].kind, &quotes[qi].speaker)
            {
                prev = Some((quotes[qi].sentence, sp.clone()));
            }
            qi += 1;
        }
        // "… . Dies bestätigte der Verband.": the sentence before is what was said.
        let before_free = out.last().is_none_or(|o| o.sentence + 1 < s);
        if let Some(q) = before_free
            .then(|| this_said(doc, ents, &mut tracker, s, s_first, end, &covered))
            .flatten()
        {
            if let Some(sp) = &q.speaker {
                prev = Some((s, sp.clone()));
            }
            out.push(q);
            continue;
        }
        // "Wie X sagte, …" opening the sentence: the frame, not the verb's clause.
        let wie_first = matches!(doc.s(s_first), "Wie" | "Denn" | "Doch" | "Und")
            && crate::frames::find(doc, s_first, end, &covered)
                .is_some_and(|h| h.kind == FrameKind::Wie && h.first <= s_first + 1);
        // "Die Stadt wird aufgefordert, …, so die Ministerin.": a "so" frame
        // closing the sentence frames all of it, a verb inside included.
        let so_last = !wie_first
            && (s_first..end).any(|k| doc.s(k) == "so" && k > s_first && doc.s(k - 1) == ",")
            && crate::frames::find(doc, s_first, end, &covered).is_some_and(|h| {
                h.kind == FrameKind::So && h.cue > s_first + 3 && doc.s(h.cue - 1) == ","
            });
        let clause = if wie_first || so_last {
            None
        } else {
            reported_clause(doc, s_first, end, &covered)
        };
        let Some((verb, lemma, particle, a, b)) = clause else {
            let ctx = Ctx {
                s,
                s_first,
                end,
                s_end,
                covered: &covered,
                last_speaker: prev.as_ref().map(|(_, sp)| sp),
            };
            let prev_speaker = prev
                .as_ref()
                .filter(|(ps, _)| ps + CONTINUATION_GAP >= s)
                .map(|(_, sp)| sp.clone());
            // "X sagte, … . Bürgermeister Brenner kritisierte den Plan. Die
            // Kosten seien zu hoch.": a sentence between with a verb of
            // saying and a subject of its own brings in a new voice.
            let prev_speaker = match &prev_speaker {
                Some(_) if prev.as_ref().is_some_and(|(ps, _)| ps + 1 < s) => {
                    new_voice(doc, ents, &mut tracker, s, &covered)
                        .or_else(|| speaking_subject(doc, ents, &mut tracker, s, true, &covered))
                        .or(prev_speaker)
                }
                _ => prev_speaker,
            };
            if let Some(mut q) = framed(doc, ents, &mut tracker, &ctx, prev_speaker.as_ref())
                .or_else(|| match &prev_speaker {
                    Some(p) => continuation(doc, &ctx, Some(p)),
                    // "Die Kommission legte den Termin fest. Möglich sei der
                    // Mai.": with no speech before, the subject of the
                    // sentence before is a guess.
                    None => {
                        let guess = narration_speaker(doc, ents, &mut tracker, s, &covered)
                            .or_else(|| {
                                speaking_subject(doc, ents, &mut tracker, s, false, &covered)
                            })?;
                        continuation(doc, &ctx, Some(&guess))
                    }
                })
            {
                q.date = date_in(dates, doc, s, &covered);
                if let Some(sp) = &q.speaker {
                    prev = Some((s, sp.clone()));
                }
                out.push(q);
            }
            continue;
        };
        tracker.advance(ents, verb.min(a));
        let (subject, found_lemma) = if lemma == "laut" || lemma == "zufolge" {
            let shaped = || {
                np_subject(if lemma == "laut" {
                    crate::frames::np_after(doc, verb + 1, end)?
                } else {
                    crate::frames::np_before(doc, verb, s_first)?
                })
            };
            (
                subject_of(doc, ents, verb, lemma, s_first, s_end, &covered).or_else(shaped),
                lemma,
            )
        } else {
            let before = verb < a;
            // "Die Ministerin hat am Montag angekündigt, …": with an auxiliary
            // before the participle, the subject stands at the auxiliary (a
            // noun right before the participle is its object).
            let at_aux = before
                .then(|| verb_subject(doc, aux_subject(doc, ents, verb, lemma, s_first, &covered)))
                .flatten();
            // "Im Gespräch mit der Zeitung erklärte der Minister, …": a
            // prepositional phrase fills the place before the finite verb, so
            // the subject follows that verb.
            let finite = finite_aux(doc, verb, s_first, &covered).unwrap_or(verb);
            let fronted = (before && finite > s_first + 1 && is_preposition(doc.s(s_first)))
                .then(|| {
                    let limit = if finite < verb { verb } else { a };
                    verb_subject(
                        doc,
                        subject_after(doc, ents, finite, lemma, limit, &covered),
                    )
                })
                .flatten();
            // "Die Stadt wurde vom Mieterbund aufgefordert, …": in the passive
            // the agent after "von" speaks, never the passive subject.
            // ("Sie wurde im Blatt zitiert, …": the one quoted speaks.)
            let passive = before
                .then(|| {
                    if lemma == "zitieren" {
                        let aux = passive_aux(doc, verb, s_first, &covered)?;
                        Some(
                            verb_subject(doc, subject_before(doc, ents, aux, s_first, &covered))
                                .filter(|(sub, _)| speaker_shaped(doc, sub)),
                        )
                    } else {
                        passive_agent(doc, ents, verb, s_first, &covered)
                    }
                })
                .flatten();
            let subject = if let Some(agent) = passive {
                agent
            } else if fronted.is_some() {
                fronted
            } else if at_aux.is_some() {
                at_aux
            } else if before && !matches!(doc.s(verb + 1), "er" | "sie" | "ich" | "wir") {
                // "Inzwischen erklärte die Stiftung, …": an adverb before the verb is
                // no subject; the subject follows the verb.
                verb_subject(doc, subject_before(doc, ents, verb, s_first, &covered))
                    .filter(|(sub, _)| speaker_shaped(doc, sub))
                    .or_else(|| {
                        verb_subject(doc, subject_after(doc, ents, verb, lemma, a, &covered))
                    })
            } else {
                verb_subject(doc, subject_after(doc, ents, verb, lemma, s_end, &covered)).or_else(
                    || verb_subject(doc, subject_before(doc, ents, verb, s_first, &covered)),
                )
            };
            // "Sie wollte nicht warten, sagte aber, …": the subject opening
            // the sentence.
            let subject = subject
                .or_else(|| verb_subject(doc, coordinated_subject(doc, ents, verb, s_first, end)));
            // "Die Ärztin hat am Montag erklärt, dass …": the perfect's subject
            // stands at its auxiliary.
            let subject = subject.or_else(|| {
                verb_subject(
                    doc,
                    before
                        .then(|| aux_subject(doc, ents, verb, lemma, s_first, &covered))
                        .flatten(),
                )
            });
            // "Im Bericht der Prüfer war festgestellt worden, dass …": a frame
            // with no subject (a passive) after a document opening the
            // sentence; the document speaks.
            let subject = subject.or_else(|| {
                let k = crate::frames::document_before(doc, s_first, verb)
                    .filter(|&k| before && matches!(doc.s(k), "In" | "Im"))?;
                np_subject(crate::frames::np_after(doc, k + 1, end)?)
            });
            // "Die Hilfsorganisation Hand in Hand teilte mit, dass …": a noun
            // phrase with its article opening the sentence right before the
            // finite verb of saying is its subject, even when it names nobody
            // known.
            let subject = subject.or_else(|| {
                before.then_some(())?;
                opening_subject(doc, s_first, verb).filter(|(sub, _)| speaker_shaped(doc, sub))
            });
            (subject, lemma)
        };
        let span = Span::new(doc.start(a), doc.end(b));
        let subject_end = subject.as_ref().map(|(_, e)| *e);
        let speaker = subject.and_then(|(sub, _)| {
            speaker(
                doc,
                ents,
                &mut tracker,
                sub,
                Attribution::SameSentence,
                &covered,
            )
        });
        // "Zudem wurde betont, dass …": a frame with nobody to say it passes
        // on the last source named before, however far back; a guess (that
        // names no new source for the sentences after it).
        let own = speaker.is_some();
        let speaker = speaker.or_else(|| prev.as_ref().map(|(_, p)| passed_on(p)));
        let frame = !matches!(found_lemma, "laut" | "zufolge");
        // The frame as written: the verb (and particle) with its speaker,
        // where the speaker stands outside the message.
        let mut frame_span = tspan(doc, verb, particle.unwrap_or(verb).max(verb));
        if let Some(r) = speaker.as_ref().map(|sp| sp.reference.span) {
            let outside = r.end <= span.start || r.start >= span.end;
            if outside && doc.sent(doc.tok_at(r.start as usize)) == Some(s) {
                frame_span = Span {
                    start: frame_span.start.min(r.start),
                    end: frame_span.end.max(r.end),
                };
            }
        }
        if let Some(sp) = speaker.as_ref().filter(|_| own) {
            prev = Some((s, sp.clone()));
        }
        let kind = if frame {
            FrameKind::Verb
        } else if found_lemma == "laut" {
            FrameKind::Laut
        } else {
            FrameKind::Zufolge
        };
        out.push(Quote {
            cue: Some(cue_mention(doc, verb, particle, found_lemma)),
            addressee: if frame {
                addressee(doc, verb, subject_end, particle)
            } else {
                None
            },
            speaker: speaker.clone(),
            date: date_in(dates, doc, s, &covered),
            ..reported_item(vec![span], s, SpeechForm::Indirect, kind, frame_span)
        });
        // "…, doch die Bahn erklärte, …": a second frame after the clause.
        if let Some(mut q) = second_frame(
            doc,
            ents,
            &mut tracker,
            s,
            b,
            end,
            speaker.as_ref(),
            &covered,
        ) {
            q.date = date_in(dates, doc, s, &covered);
            if let Some(sp) = &q.speaker {
                prev = Some((s, sp.clone()));
            }
            out.push(q);
        }
    }
    join_continuations(out)
}

/// The subject opening the sentence before `s`, when it can speak (a
/// person, an organisation, a medium, a role or a pronoun), as a
/// low-confidence speaker.
fn narration_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    s: u32,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let p = s.checked_sub(1)?;
    let subject = narration_subject(doc, ents, p, covered)
        .or_else(|| inverted_narration_subject(doc, ents, p, covered))
        .filter(|sub| match sub {
            Subject::Role { head, .. } => doc.is_role(*head),
            Subject::Name(..) => false,
            _ => true,
        })?;
    guessed_speaker(doc, ents, tracker, subject, covered)
}

/// "Die Stadtverwaltung warnte vor dem Sturm. Die Deiche seien zu niedrig.":
/// the sentence before `s` has a verb of saying; its subject speaks on,
/// an institution too (which a narration sentence of any verb would not
/// make a speaker). A guess, marked as carried over.
fn speaking_subject(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    s: u32,
    strict: bool,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let p = s.checked_sub(1)?;
    let (p_first, p_end) = doc.sent_range(p);
    if p_end > p_first + 2 * WINDOW
        || (p_first..p_end).any(|t| covered(t) || is_quote_char_tok(doc, t))
    {
        return None;
    }
    let f = cue_in_range(doc, ents, p_first, p_end, p_end, covered)?;
    let (subject, last) = f.subject?;
    // The subject opens the sentence or follows its verb ("Am Montag warnte
    // die Stadt …"), not a genitive inside a phrase before the verb.
    let first = subject_first(&subject);
    // "Die Sprecherin der Partei, Anna Berger, kritisierte …": a name in
    // apposition after the noun phrase opening the sentence.
    let apposition = matches!(subject, Subject::Person(_))
        && first > p_first + 1
        && doc.s(first - 1) == ","
        && f.verb > first
        && (p_first..first - 1)
            .all(|k| doc.is_cap(k) || is_det(doc.s(k)) || is_adj(doc.s(k)) || doc.s(k) == "von");
    // Its finite verb right after it ("Die Zahl der Opfer, die …, nannte
    // die Agentur": an object opens the sentence, the subject follows).
    let next = last + 1 + usize::from(doc.s(last + 1) == ",");
    let adjacent = next == f.verb || is_auxiliary(doc.s(next));
    let placed = (first == p_first || apposition) && (adjacent || !strict) || first == f.verb + 1;
    // A thing is no speaker ("Nun droht den Bauern ein Frost."): a noun that is no
    // role needs the definite article.
    let shaped = match &subject {
        Subject::Name(..) => false,
        Subject::Pronoun(t, _) => !matches!(doc.s(*t), "Es" | "es"),
        Subject::Role { det, head, .. } => {
            doc.is_role(*head)
                || det.is_some_and(|d| {
                    matches!(doc.s(d), "Die" | "die" | "Der" | "der" | "Das" | "das")
                })
        }
        _ => true,
    };
    if !(placed && shaped && speaker_shaped(doc, &subject)) {
        return None;
    }
    guessed_speaker(doc, ents, tracker, subject, covered)
}

/// "2009 will Jonas Brenner das Haus verkaufen.", "Langfristig strebt
/// die Ministerin … an.": one adverb or a number opens the sentence `p`,
/// the finite verb follows, then its subject.
fn inverted_narration_subject(
    doc: &Doc,
    ents: &Entities,
    p: u32,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Subject> {
    let (p_first, p_end) = doc.sent_range(p);
    if p_end <= p_first + 3
        || p_end > p_first + 2 * WINDOW
        || (p_first..p_end).any(|t| covered(t) || is_quote_char_tok(doc, t))
    {
        return None;
    }
    // "2009 will die Firma …", "Langfristig strebt sie …": a number or one
    // adverb before the verb.
    if !(doc.kind(p_first) == Some(Kind::Num) || looks_like_modifier(doc.s(p_first))) {
        return None;
    }
    let v = p_first + 1;
    let w = doc.s(v);
    if v + 1 >= p_end
        || !doc.is_word(v)
        || !crate::scan::starts_lower(w)
        || is_det(w)
        || is_preposition(w)
        || is_pronoun(doc.s(v + 1)).is_some()
    {
        return None;
    }
    verb_subject(doc, subject_after(doc, ents, v, "sagen", p_end, covered))
        .filter(|(sub, _)| speaker_shaped(doc, sub) && subject_first(sub) == v + 1)
        .map(|(sub, _)| sub)
}

/// The speaker of the narration sentence before `s` when its verb is one of
/// saying: its subject opening the sentence ("Brenner kritisierte den
/// Plan."), or in the passive its agent ("Der Plan wurde von Brenner
/// kritisiert."). A guess, marked as carried over.
fn new_voice(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    s: u32,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let p = s.checked_sub(1)?;
    let (p_first, p_end) = doc.sent_range(p);
    if p_end > p_first + 2 * WINDOW || (p_first..p_end).any(covered) {
        return None;
    }
    let v = (p_first + 1..p_end).find(|&k| cue_at(doc, k, p_end, covered).is_some())?;
    if let Some(agent) = passive_agent(doc, ents, v, p_first, covered) {
        let (sub, _) = agent?;
        return guessed_speaker(doc, ents, tracker, sub, covered);
    }
    // The verb second, right after the subject opening the sentence.
    let speaker = narration_speaker(doc, ents, tracker, s, covered)?;
    let r_end = doc.tok_at(speaker.reference.span.end as usize);
    (r_end == v || r_end + 1 == v).then_some(speaker)
}

/// A run of Konjunktiv sentences going on with one speaker's words is one
/// passage: "Man habe alles versucht. Die Lage sei ernst." after a frame
/// becomes one item with a piece per sentence.
fn join_continuations(items: Vec<Quote>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(items.len());
    // The last sentence of the item at the end of `out`.
    let mut last_sentence = u32::MAX;
    for q in items {
        let cont = |q: &Quote| {
            q.frame
                .as_ref()
                .is_some_and(|f| f.kind == FrameKind::Continuation)
        };
        let joins = out.last().is_some_and(|p| {
            cont(p)
                && cont(&q)
                && last_sentence.checked_add(1) == Some(q.sentence)
                && p.speaker.as_ref().map(|s| s.reference.span)
                    == q.speaker.as_ref().map(|s| s.reference.span)
        });
        last_sentence = q.sentence;
        match out.last_mut() {
            Some(p) if joins => {
                p.span.end = q.span.end;
                p.pieces.extend(q.pieces);
            }
            _ => out.push(q),
        }
    }
    out
}

/// "Dies bestätigte der Verband.", "Das teilte die Polizei mit.": a sentence
/// that is only a frame; the sentence before it is the message (without its
/// final mark), unless it holds a quote.
fn this_said(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    s: u32,
    s_first: usize,
    end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Quote> {
    if s == 0 || !matches!(doc.s(s_first), "Dies" | "Das" | "Dieses") || end > s_first + 16 {
        return None;
    }
    // "Das wurde vom Rathaus bekannt gegeben.": in the passive, the
    // participle of saying closes the sentence and its agent speaks.
    let passive = matches!(doc.s(s_first + 1), "wurde" | "wurden" | "wird" | "werden");
    let v = if passive {
        (s_first + 2..end)
            .rev()
            .find(|&k| cue_at(doc, k, end, covered).is_some())?
    } else {
        s_first + 1
    };
    let (lemma, particle) = cue_at(doc, v, end, covered)?;
    if matches!(lemma, "so" | "laut") {
        return None;
    }
    let (p_first, p_end) = doc.sent_range(s - 1);
    let mut p_last = p_end.checked_sub(1)?;
    while p_last > p_first && matches!(doc.s(p_last), "." | "!" | "?" | ":" | ";") {
        p_last -= 1;
    }
    if p_last < p_first + 2 || (p_first..=p_last).any(covered) {
        return None;
    }
    tracker.advance(ents, v);
    let subject = if passive {
        passive_agent(doc, ents, v, s_first, covered)??
    } else {
        verb_subject(doc, subject_after(doc, ents, v, lemma, end, covered))?
    };
    let speaker = speaker(
        doc,
        ents,
        tracker,
        subject.0,
        Attribution::NextSentence,
        covered,
    );
    let span = tspan(doc, p_first, p_last);
    Some(Quote {
        cue: Some(cue_mention(doc, v, particle, lemma)),
        speaker,
        ..reported_item(
            vec![span],
            s - 1,
            SpeechForm::Indirect,
            FrameKind::Verb,
            tspan(doc, s_first, end.saturating_sub(1)),
        )
    })
}

/// How many sentences after speech a Konjunktiv sentence still goes on with it.
const CONTINUATION_GAP: u32 = 2;

/// A quote that is a sentence of its own and found no speaker goes on with
/// the speaker of the speech just before it (a quote or a reported item at
/// most two sentences back): "X sagte, … . „…“". Marked as carried over
/// ([`Attribution::PreviousSentence`], at most [`Confidence::Medium`]).
pub fn carry_over(doc: &Doc, quotes: &mut [Quote], indirect: &[Quote]) {
    let mut items: Vec<(u32, u32, Speaker)> = indirect
        .iter()
        .filter_map(|q| Some((q.span.end, q.sentence, q.speaker.clone()?)))
        .collect();
    items.sort_by_key(|i| i.0);
    let mut j = 0;
    let mut last: Option<(u32, Speaker)> = None;
    for q in quotes.iter_mut() {
        while let Some((_, s, sp)) = items.get(j).filter(|i| i.0 <= q.span.start) {
            if last.as_ref().is_none_or(|(ls, _)| s >= ls) {
                last = Some((*s, sp.clone()));
            }
            j += 1;
        }
        let (s_first, _) = doc.sent_range(q.sentence);
        let open = doc.tok_at(q.span.start as usize);
        let own_sentence = open <= s_first;
        // "Die Lage sei ernst: „…“": the quote after the colon of reported
        // speech in its own sentence goes on with that speech.
        // Reported speech before the colon: an item of this sentence, or a
        // Konjunktiv going on with the last one.
        let after_colon = open > s_first && doc.s(open - 1) == ":";
        let subjunctive = after_colon
            && open <= s_first + 40
            && (s_first..open).any(|k| is_subjunctive(doc.s(k)));
        if q.kind == QuoteKind::Full && q.speaker.is_none() && (own_sentence || after_colon) {
            if let Some((_, sp)) = last.as_ref().filter(|(s, _)| {
                s + 2 >= q.sentence && (own_sentence || subjunctive || *s == q.sentence)
            }) {
                let mut sp = sp.clone();
                sp.attribution = Attribution::PreviousSentence;
                sp.confidence = sp.confidence.min(Confidence::Medium);
                q.speaker = Some(sp);
            } else if let Some((_, sp)) = last.as_ref().filter(|_| own_sentence || after_colon) {
                // Further back, the last speaker is still the best guess for a
                // quote standing alone or after a colon.
                q.speaker = Some(passed_on(sp));
            }
        }
        // "…, dass die Lage „sehr ernst“ sei": a partial quote inside
        // reported speech is its speaker's wording.
        // ("…, dass auf jedem „blauen Markt“ Obst angeboten werde": a verb
        // inside the reported clause frames nothing; the clause's frame does.)
        if q.kind == QuoteKind::Partial {
            let within = |p: &Span, s: Span| p.start <= s.start && s.end <= p.end;
            let inside = indirect.iter().find_map(|r| {
                let p = r
                    .pieces
                    .iter()
                    .find(|p| r.sentence == q.sentence && within(p, q.span))?;
                let cue_inside = q.cue.as_ref().is_some_and(|c| within(p, c.verb.span));
                (q.speaker.is_none() || cue_inside).then_some(r)
            });
            if let Some(r) = inside.filter(|r| r.speaker.is_some()) {
                q.speaker = r.speaker.clone();
                q.cue = r.cue.clone();
            }
        }
        // Someone asked is answered by someone else: »Bist du fertig?«
        // fragte der Vater. … »Nein.« (A rhetorical question goes on.)
        let question = q.cue.as_ref().is_some_and(|c| c.lemma.ends_with("fragen"))
            && q.pieces.last().is_some_and(|p| {
                doc.slice(p.start as usize, p.end as usize)
                    .trim_end()
                    .ends_with('?')
            });
        if let (QuoteKind::Full | QuoteKind::Partial, Some(sp)) = (q.kind, &q.speaker) {
            last = (!question).then(|| (q.sentence, sp.clone()));
        }
    }
}

/// One sentence as [`framed`] and [`continuation`] see it.
struct Ctx<'a> {
    s: u32,
    s_first: usize,
    /// The end of the sentence less its final mark.
    end: usize,
    s_end: usize,
    covered: &'a dyn Fn(usize) -> bool,
    /// The speaker of the last speech before, however far back.
    last_speaker: Option<&'a Speaker>,
}

/// Reported speech framed by "laut X", "nach Angaben von X", "X zufolge",
/// "wie X sagte", "…, so X", "demnach", "wonach" or hearsay "soll … haben":
/// the message is the sentence less the frame and its source.
fn framed(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    ctx: &Ctx,
    prev: Option<&Speaker>,
) -> Option<Quote> {
    use crate::frames::{find, pieces_around, Source};
    let covered = ctx.covered;
    let h = find(doc, ctx.s_first, ctx.end, covered)?;
    tracker.advance(ents, h.first);
    // "Die Stadt verteidigt den Plan mit dem Argument, …", "Die Bahn geht
    // davon aus, dass …": the finite verb of the clause that holds the frame;
    // its subject speaks.
    let adverb = matches!(doc.s(h.cue), "davon" | "darauf" | "damit" | "darüber")
        || h.kind == FrameKind::Verb && crate::frames::stance_frame(doc, h.cue);
    // ("Als dann alles passte, war sich die Behörde sicher, dass …": in the
    // clause that holds the frame, after the comma before it.)
    let clause_first = (ctx.s_first..h.cue)
        .rev()
        .find(|&k| doc.s(k) == "," && !covered(k))
        .map_or(ctx.s_first + 1, |c| c + 1);
    let clause_verb = (h.kind == FrameKind::Noun || adverb)
        .then(|| {
            (clause_first..h.last.saturating_sub(1)).find(|&k| {
                let w = doc.s(k);
                // "Die Forscher gehen davon aus": a plural verb ends like an
                // adjective, but no noun follows it.
                let attributive = is_adj(w) && doc.is_cap(k + 1);
                doc.is_word(k)
                    && crate::scan::starts_lower(w)
                    && !is_det(w)
                    && !attributive
                    && !is_preposition(w)
            })
        })
        .flatten();
    // "Die Firma strich nach eigenen Angaben …", "Nach eigenen Worten wusste er
    // …": the clause's own subject is the source, at its finite verb.
    let own =
        h.kind == FrameKind::Nach && (h.first..=h.last).any(|k| doc.s(k).starts_with("eigen"));
    let own_subject = || {
        if h.first == ctx.s_first {
            verb_subject(
                doc,
                subject_after(doc, ents, h.last + 1, "sagen", ctx.end, covered),
            )
        } else {
            // "bereiten sich nach eigenen Angaben vor": past the reflexive
            // pronoun to the finite verb.
            let mut v = h.first - 1;
            if v > ctx.s_first && matches!(doc.s(v), "sich" | "uns" | "mich" | "dich" | "euch") {
                v -= 1;
            }
            (doc.is_word(v) && crate::scan::starts_lower(doc.s(v)) && !is_det(doc.s(v)))
                .then(|| verb_subject(doc, subject_before(doc, ents, v, ctx.s_first, covered)))
                .flatten()
        }
        .filter(|(sub, _)| speaker_shaped(doc, sub))
    };
    let own_speaker = own
        .then(own_subject)
        .flatten()
        .and_then(|(sub, _)| speaker(doc, ents, tracker, sub, Attribution::SameSentence, covered));
    let subject = match h.source {
        // "heißt es in einer Mitteilung der Stadt": the document.
        Source::After(k) if matches!(doc.s(k), "in" | "im" | "In" | "Im") => {
            np_subject(crate::frames::np_after(doc, k + 1, ctx.end)?)
        }
        Source::After(k) => subject_after(doc, ents, k, "laut", ctx.end, covered)
            .or_else(|| np_subject(crate::frames::np_after(doc, k + 1, ctx.end)?)),
        Source::Before(k) => subject_before(doc, ents, k, ctx.s_first, covered)
            .or_else(|| np_subject(crate::frames::np_before(doc, k, ctx.s_first)?)),
        // "Ihrer Meinung nach …": the person the possessive stands for.
        Source::Word(k) => match crate::frames::opinion_frame(doc, k) {
            Some(g) => Some((Subject::Pronoun(k, g), k)),
            // "nach seiner Einschätzung", "nach Kasmeks Meinung"
            None if k == h.cue + 1 && matches!(doc.s(k), "seiner" | "seinen") => {
                Some((Subject::Pronoun(k, Some(crate::lexicon::Gender::Male)), k))
            }
            None if k == h.cue + 1 && matches!(doc.s(k), "ihrer" | "ihren") => {
                Some((Subject::Pronoun(k, Some(crate::lexicon::Gender::Female)), k))
            }
            None if k == h.cue + 1 && doc.is_cap(k) => Some((Subject::Name(k, k), k)),
            None => Some((Subject::word(k), k)),
        },
        Source::Phrase(a, b) => Some((
            Subject::Role {
                det: None,
                first: a,
                head: b,
                last: b,
            },
            b,
        )),
        // "Die Stadt verteidigt den Plan mit dem Argument, …": the subject
        // of the clause that holds the noun.
        // "Dann beruft sich die Behörde darauf, dass …": or after the verb,
        // before the adverb.
        // ("Aus Mangel waren die Forscher davon ausgegangen": a phrase
        // before the verb that cannot speak is no subject.)
        Source::Elsewhere => clause_verb.and_then(|v| {
            verb_subject(doc, subject_before(doc, ents, v, ctx.s_first, covered))
                .filter(|(sub, _)| speaker_shaped(doc, sub))
                .or_else(|| verb_subject(doc, subject_after(doc, ents, v, "sagen", h.cue, covered)))
        }),
    };
    let speaker = match subject {
        Some((sub, _)) => speaker(doc, ents, tracker, sub, Attribution::SameSentence, covered),
        // "Demnach …": the source named just before.
        // "Demnach …" as a pronoun: the adverb is the mention in this
        // sentence, and it stands for the source named just before.
        None if h.kind == FrameKind::Demnach => match (prev, pro_adverb_speaker(doc, h.cue)) {
            (Some(p), Some(adverb)) => Some(Speaker {
                reference: adverb.reference,
                attribution: Attribution::Pronoun,
                confidence: p.confidence.min(Confidence::Medium),
                ..p.clone()
            }),
            (Some(p), None) => {
                let mut p = p.clone();
                p.attribution = Attribution::PreviousSentence;
                p.confidence = p.confidence.min(Confidence::Medium);
                Some(p)
            }
            (None, adverb) => adverb,
        },
        // Hearsay right after speech most likely passes on the same source;
        // a guess, marked as such.
        // With no speech before, the subject of the narration sentence
        // before is the guess, as for a Konjunktiv sentence.
        None if h.kind == FrameKind::Sollen => match prev {
            Some(p) => Some(passed_on(p)),
            None => narration_speaker(doc, ents, tracker, ctx.s, covered)
                .or_else(|| speaking_subject(doc, ents, tracker, ctx.s, false, covered))
                // Hearsay far from any named source: the last one named
                // before is the best guess.
                .or_else(|| ctx.last_speaker.map(passed_on)),
        },
        None => None,
    };
    // "Wird der Plan abgelehnt, so …", "…, so wurden 300 verkauft": a "so"
    // with nobody after it to say anything is no frame.
    if h.kind == FrameKind::So && speaker.is_none() {
        return None;
    }
    // "ein Gutachten, laut dem …", "Regeln, denen zufolge …": the relative
    // pronoun is the mention in the frame, standing for the noun before it.
    let relative = relative_frame(doc, &h, ctx.s_first);
    let speaker = speaker.map(|mut sp| {
        if h.kind == FrameKind::Noun {
            sp.confidence = Confidence::Low;
        }
        // The phrase ("eigenen Angaben") stays the mention; it stands for
        // the subject.
        if let Some(o) = &own_speaker {
            sp.name = o.name.clone();
            sp.role = o.role.clone().or_else(|| Some(o.reference.clone()));
            sp.organisation = o.organisation.clone();
            sp.entity = o.entity;
        }
        if let Some(k) = relative {
            if sp.name.is_none() && sp.role.is_none() && sp.organisation.is_none() {
                sp.role = Some(sp.reference.clone());
            }
            sp.reference = crate::speakers::mention(doc, tspan(doc, k, k));
            sp.attribution = Attribution::Pronoun;
        }
        sp
    });
    let (mut f0, mut f1) = (h.first, h.last);
    if let (Some(sp), true) = (&speaker, subject_is_local(&h.source)) {
        let r = sp.reference.span;
        f0 = f0.min(doc.tok_at(r.start as usize));
        f1 = f1.max(doc.tok_at(r.end as usize).saturating_sub(1));
    }
    // "…, so der Minister am Montag." and "…, wie X mitteilte.": the frame
    // runs to the sentence end.
    // ("…, so die Prüfer, …" set between commas ends at its comma.)
    let inserted = h.kind == FrameKind::So && h.last > h.first;
    if h.kind == FrameKind::So && !inserted || h.kind == FrameKind::Wie && h.first > ctx.s_first {
        f1 = ctx.end.saturating_sub(1).max(f1);
    }
    let pieces: Vec<(usize, usize)> = if h.whole {
        vec![(ctx.s_first, ctx.s_end - 1)]
    } else if doc.s(h.cue) == "wonach" || relative.is_some() {
        // ("…, laut dem …", "…, denen zufolge …": a relative frame too.)
        // "…, wonach X verantwortlich sein soll, …": the clause only.
        let close = (h.last + 1..ctx.end)
            .find(|&k| doc.s(k) == ",")
            .unwrap_or(ctx.end);
        vec![(h.last + 1, close - 1)]
    } else {
        pieces_around(doc, ctx.s_first, ctx.end.saturating_sub(1), f0, f1)
    };
    // A message needs words, and never repeats a direct quote.
    let words: usize = pieces.iter().map(|&(a, b)| b + 1 - a).sum();
    if words < 3 || pieces.iter().any(|&(a, b)| (a..=b).any(covered)) {
        return None;
    }
    let spans: Vec<Span> = pieces.iter().map(|&(a, b)| tspan(doc, a, b)).collect();
    let cue_tok = if adverb {
        clause_verb.unwrap_or(h.cue)
    } else {
        h.verb.unwrap_or(h.cue)
    };
    let guessed;
    let lemma = match h.verb {
        Some(v) if matches!(doc.s(v), "heißt" | "hieß") => "heißen",
        // "ging davon aus": the clause's verb, its infinitive guessed.
        Some(_) if adverb => {
            guessed = speech_senses(doc.s(cue_tok))
                .first()
                .map_or_else(|| guess_lemma(doc.s(cue_tok)), |s| s.lemma.to_string());
            guessed.as_str()
        }
        Some(v) => speech_senses(doc.s(v)).first().map_or("sagen", |s| s.lemma),
        None => match h.kind {
            FrameKind::Laut => "laut",
            FrameKind::Zufolge => "zufolge",
            FrameKind::Nach => "nach",
            FrameKind::So => "so",
            FrameKind::Sollen => "sollen",
            _ => "demnach",
        },
    };
    let frame_span = if h.whole {
        tspan(doc, h.cue, h.cue)
    } else {
        tspan(doc, f0, f1)
    };
    let form = if h.kind == FrameKind::Sollen {
        SpeechForm::Reported
    } else {
        SpeechForm::Indirect
    };
    Some(Quote {
        cue: Some(cue_mention(doc, cue_tok, None, lemma)),
        speaker,
        ..reported_item(spans, ctx.s, form, h.kind, frame_span)
    })
}

/// The relative pronoun of a relative "laut" or "zufolge" frame ("…,
/// laut dem …", "…, denen zufolge …").
fn relative_frame(doc: &Doc, h: &crate::frames::Hit, s_first: usize) -> Option<usize> {
    let k = match h.kind {
        FrameKind::Laut => h.last,
        FrameKind::Zufolge => h.first,
        _ => return None,
    };
    (h.last > h.first && h.first > s_first && doc.s(h.first - 1) == ",").then_some(k)
}

/// A reported item made of `pieces` in sentence `sentence`, framed by
/// `frame`: no quote marks, and no cue, speaker, addressee, date or
/// occasion until the caller sets them.
fn reported_item(
    pieces: Vec<Span>,
    sentence: u32,
    form: SpeechForm,
    kind: FrameKind,
    frame: Span,
) -> Quote {
    let span = match (pieces.first(), pieces.last()) {
        (Some(a), Some(b)) => Span::new(a.start as usize, b.end as usize),
        _ => frame,
    };
    Quote {
        span,
        pieces,
        open_mark: String::new(),
        close_mark: String::new(),
        kind: QuoteKind::Indirect,
        sentence,
        cue: None,
        addressee: None,
        speaker: None,
        date: None,
        occasion: None,
        form,
        frame: Some(Frame { kind, span: frame }),
    }
}

/// The cue of a reported item: the verb (or frame word) at token `verb`,
/// its separated particle, and its lemma.
/// "Demnach …" with no source named just before: the adverb itself stands
/// for the source, as a pronoun does, unresolved (so a guess).
fn pro_adverb_speaker(doc: &Doc, cue: usize) -> Option<Speaker> {
    if !matches!(doc.s(cue), "Demnach" | "demnach" | "Danach") {
        return None;
    }
    Some(Speaker {
        name: None,
        role: None,
        organisation: None,
        reference: mention(doc, tspan(doc, cue, cue)),
        attribution: Attribution::Pronoun,
        entity: None,
        confidence: Confidence::Low,
    })
}

fn cue_mention(doc: &Doc, verb: usize, particle: Option<usize>, lemma: &str) -> Cue {
    Cue {
        verb: mention(doc, tspan(doc, verb, verb)),
        particle: particle.map(|p| mention(doc, tspan(doc, p, p))),
        lemma: lemma.to_string(),
    }
}

/// The noun phrase opening the sentence at `s_first` with its article, when
/// the verb at `verb` comes right after it (a prepositional complement such as
/// "ohne Grenzen" may stand between): the subject of a verb in second place.
fn opening_subject(doc: &Doc, s_first: usize, verb: usize) -> Option<(Subject, usize)> {
    if !matches!(doc.s(s_first), "Der" | "Die" | "Das" | "Ein" | "Eine") {
        return None;
    }
    let np = crate::frames::np_after(doc, s_first, verb)?;
    np.det?;
    if np.last >= verb {
        return None;
    }
    let mut k = np.last + 1;
    while k < verb {
        // "ohne Grenzen", "für die Umwelt": preposition, article, noun.
        if !is_preposition(doc.s(k)) {
            return None;
        }
        k += 1;
        if k < verb && is_det(doc.s(k)) {
            k += 1;
        }
        if k >= verb || !doc.is_cap(k) {
            return None;
        }
        k += 1;
    }
    np_subject(crate::frames::Np {
        last: verb - 1,
        ..np
    })
}

fn subject_is_local(source: &crate::frames::Source) -> bool {
    !matches!(source, crate::frames::Source::Elsewhere)
}

/// A Konjunktiv sentence without a frame right after speech goes on with
/// that speaker's words: "Der Minister sagte, die Lage sei ernst. Man habe
/// alles versucht." The whole sentence is the message.
fn continuation(doc: &Doc, ctx: &Ctx, prev: Option<&Speaker>) -> Option<Quote> {
    let prev = prev?;
    let covered = ctx.covered;
    let (a, b) = (ctx.s_first, ctx.s_end.checked_sub(1)?);
    if b < a + 2 || (a..=b).any(covered) {
        return None;
    }
    // In the main clause: "Er glaubt, dass … sei" is his own thought.
    (a..ctx.end.min(a + 6 * WINDOW))
        .take_while(|&k| !matches!(doc.s(k), "dass" | "daß" | "ob"))
        .find(|&k| {
            crate::frames::is_konjunktiv(doc.s(k)) || crate::frames::is_konjunktiv_ii(doc.s(k))
        })?;
    let span = tspan(doc, a, b);
    let mut sp = prev.clone();
    sp.attribution = Attribution::PreviousSentence;
    sp.confidence = sp.confidence.min(Confidence::Medium);
    Some(Quote {
        speaker: Some(sp),
        ..reported_item(
            vec![span],
            ctx.s,
            SpeechForm::Indirect,
            FrameKind::Continuation,
            tspan(doc, a, a),
        )
    })
}

/// The frame and reported clause of one sentence (tokens `s_first..end`,
/// final punctuation excluded): (verb or frame word, lemma, particle, first
/// and last token of the clause).
fn reported_clause(
    doc: &Doc,
    s_first: usize,
    end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(usize, &'static str, Option<usize>, usize, usize)> {
    // Bounded: long sentences are searched in their first stretch only.
    let stop = end.min(s_first + 6 * WINDOW);
    let mut t = s_first;
    while t < stop {
        if covered(t) || !doc.is_word(t) {
            t += 1;
            continue;
        }
        let w = doc.s(t);
        // "Laut X …", "X zufolge …" opening the sentence: the rest is reported.
        if matches!(w, "Laut" | "laut") && t == s_first {
            // "Laut wetterblog.de sind …": past a website's name.
            let from = web_name_from(doc, t + 1).map_or(t + 1, |l| l + 1);
            let k =
                (from..stop.min(t + 8)).find(|&k| doc.is_word(k) && starts_lower_word(doc, k))?;
            return (k < end).then_some((t, "laut", None, k, end - 1));
        }
        // ("…, denen zufolge …" is a relative frame; see frames::find.)
        let relative = t >= s_first + 2
            && doc.s(t - 2) == ","
            && matches!(doc.s(t - 1), "dem" | "der" | "denen");
        if w == "zufolge" && t < s_first + 8 && !relative {
            return (t + 1 < end).then_some((t, "zufolge", None, t + 1, end - 1));
        }
        let Some((lemma, particle)) = cue_at(doc, t, end, covered) else {
            t += 1;
            continue;
        };
        if matches!(lemma, "so" | "laut") {
            t += 1;
            continue;
        }
        // Frame first: "X sagte, die meisten seien …", "teilte mit, dass …".
        let after = particle.unwrap_or(t);
        if let Some(c) = (after + 1..end.min(after + 12))
            .take_while(|&k| !covered(k))
            .find(|&k| matches!(doc.s(k), "," | ":"))
        {
            // "meldete der Sender, Radio Nord, dass …": past a name set
            // between commas after the subject, to the clause.
            let subject_only = c > after + 1
                && is_det(doc.s(after + 1))
                && (after + 1..c).all(|k| doc.is_word(k) && !covered(k));
            // "schrieb der Besitzer, das Verlagshaus Lensing, dass …": past a
            // noun phrase in apposition, opened by an article and closed by
            // a noun, before "dass" or "ob".
            let noun_apposition = || {
                (subject_only && is_det(doc.s(c + 1)))
                    .then(|| (c + 2..end.min(c + 14)).find(|&k| doc.s(k) == ","))
                    .flatten()
                    .filter(|&close| {
                        matches!(doc.s(close + 1), "dass" | "daß" | "ob")
                            && doc.is_cap(close - 1)
                            && (c + 1..close).all(|k| !covered(k) || doc.is_word(k))
                    })
            };
            let c = match name_apposition_end(doc, c, end) {
                Some(close) if subject_only && opens_reported(doc.s(close + 1)) => close,
                _ => noun_apposition().unwrap_or(c),
            };
            // "verwies auf eine Mitteilung, die belegt, dass …": past a short
            // relative clause on the object whose verb introduces the clause.
            let c = if matches!(doc.s(c + 1), "der" | "die" | "das" | "welcher" | "welche")
                && doc.is_word(c + 2)
                && starts_lower_word(doc, c + 2)
            {
                crate::frames::relative_then_dass(doc, c + 1, end, covered).unwrap_or(c)
            } else {
                c
            };
            let a = c + 1;
            let clause_end = (a..end).find(|&k| covered(k)).unwrap_or(end);
            let clause_end = main_clause_resumes(doc, a, clause_end).unwrap_or(clause_end);
            // "…, sei aber noch nicht entschieden, teilte die Stadt mit.": a
            // clause opening with a verb of saying frames what comes before
            // it; the verb here is part of what was said.
            let frames_before = starts_lower_word(doc, a)
                && cue_at(doc, a, end, covered).is_some()
                && a + 6 >= end
                && (a..end).all(|k| doc.s(k) != ",");
            // "Die Ministerin, die am Montag sprach, sagte, …": the verb closes
            // a relative clause and the main clause goes on with a verb of
            // saying; that verb is the frame, not this one.
            // "Am Abend sprach der Bürgermeister, der betonte, …": a relative
            // clause whose verb of saying follows its pronoun frames the rest.
            let main_verb_next = starts_lower_word(doc, a)
                && verb_final_clause(doc, s_first, t)
                && cue_at(doc, a, end, covered).is_some()
                || matches!(doc.s(a), "der" | "die" | "welcher" | "welche")
                    && a + 1 < end
                    && cue_at(doc, a + 1, end, covered).is_some()
                || subordinate_frame_at(doc, a, clause_end, covered);
            // "Sie lobte den Plan, betonte aber, …": a second verb of saying
            // sharing the subject, right before its own comma or "dass",
            // frames the clause; this verb only narrates.
            let coordinated_next = starts_lower_word(doc, a)
                && cue_at(doc, a, end, covered).is_some()
                && coordinated_frame(doc, a, end);
            let main_verb_next = main_verb_next || coordinated_next;
            // "Das Gericht entscheidet, ob …": an open question, nothing said.
            let open_question = matches!(doc.s(a), "ob") && crate::lexicon::is_decision_verb(lemma);
            if a < clause_end && !frames_before && !main_verb_next && !open_question {
                let opened = opens_reported(doc.s(a));
                let subj = (a..clause_end.min(a + 3 * WINDOW)).any(|k| is_subjunctive(doc.s(k)));
                // "Die Leiterin sagte, die Zahlen stiegen weiter": a main
                // clause right after "X sagte," is what was said, in any mood.
                // "sagte in Kiel,", "erklärte am Montag,": a short adverbial may
                // stand between the verb and its comma.
                let short_adverbial = c <= after + 4
                    && (after + 1..c).all(|k| {
                        doc.is_word(k)
                            && !is_auxiliary(doc.s(k))
                            && (k > after + 1
                                || is_preposition(doc.s(k))
                                || matches!(doc.s(k), "heute" | "gestern" | "dann" | "zudem"))
                    });
                // "Am Montag sagte die Försterin, der Wald ist gesund": the
                // subject after the verb, before the comma (not a relative
                // clause after it: "berichtete die Zeitung, die …").
                let inverted_subject = c <= after + 5
                    && (is_det(doc.s(after + 1)) || doc.is_cap(after + 1))
                    && (after + 1..c).all(|k| {
                        doc.is_word(k) && (is_det(doc.s(k)) || doc.is_cap(k) || is_adj(doc.s(k)))
                    })
                    && (after + 1..c).any(|k| doc.is_cap(k))
                    && !relative_start(doc, a)
                    && clause_has_verb(doc, a, clause_end);
                let said = (c == after + 1 || short_adverbial || inverted_subject)
                    && t > s_first
                    && doc.s(t) != lemma
                    // "X, die Leiterin, sagte," has a comma before the verb too.
                    && !matches!(doc.s(t - 1), "wie" | "Wie" | "als" | "Als" | "zu")
                    && a + 2 < clause_end
                    && doc.is_word(a)
                    && !crate::frames::opens_adverbial(doc.s(a))
                    // "klagte über den Linienrichter, der …": a relative
                    // clause on the object is no main clause said.
                    && (c == after + 1 || !relative_start(doc, a))
                    // "begann am Freitag, den 7. Juni": a date, no clause.
                    && !(matches!(doc.s(a), "den" | "dem") && doc.kind(a + 1) == Some(Kind::Num))
                    && !verb_final_clause(doc, s_first, t)
                    && !crate::frames::zu_infinitive_clause(doc, a, clause_end)
                    // "ist … gefragt,", "hat … begonnen,": a participle, not "X sagte,".
                    // ("Kritiker hatten ihr vorgeworfen, sie wollte …": a
                    // participle of saying before a pronoun and its verb is.)
                    && (pronoun_clause(doc, a, clause_end) && c == after + 1
                        || !(s_first..t).any(|k| {
                        is_auxiliary(doc.s(k))
                            || matches!(
                                doc.s(k),
                                "ist" | "sind" | "war" | "waren" | "wurde" | "wurden" | "werden"
                            )
                    }));
                // "kündigte an, zurückzutreten", "hat die Stadt aufgefordert,
                // die Straße zu sperren": an announced or demanded act.
                // "empfahl dem Gericht, …zugeben": past a short object.
                // ("appellierte an die Ärzte, …", "drohte damit, …": a
                // prepositional object or a pronominal adverb first.)
                let object = (after + 1..c).all(|k| {
                    doc.is_word(k)
                        && (is_det(doc.s(k))
                            || doc.is_cap(k)
                            || is_adj(doc.s(k))
                            || k == after + 1
                                && matches!(
                                    doc.s(k),
                                    "an" | "dafür" | "damit" | "darauf" | "dazu" | "davor"
                                )
                            // ("erklärten nur die Schulen, …")
                            || matches!(doc.s(k), "nur" | "auch" | "jedoch" | "nun" | "zudem"))
                }) && c <= after + 5;
                let zu = (c == after + 1 || object)
                    && t > s_first
                    && crate::frames::takes_reported_zu(lemma)
                    && crate::frames::zu_infinitive_clause(doc, a, clause_end);
                if opened || subj || said || zu {
                    return Some((t, lemma, particle, a, clause_end - 1));
                }
            }
        }
        // "Die Fähre bleibt länger, das entschied die Behörde.": a
        // demonstrative resumes what comes before, the verb of saying
        // second, its subject after it (a relative clause would end in
        // its verb).
        if t > s_first + 4 && matches!(doc.s(t - 1), "das" | "dies") && doc.s(t - 2) == "," {
            let subj = t + 1;
            let named = subj + 1 < end
                && (is_det(doc.s(subj)) || doc.is_cap(subj) || matches!(doc.s(subj), "er" | "sie"));
            if named && !(s_first..end).any(covered) && (t..end).all(|k| doc.s(k) != ":") {
                return Some((t, lemma, particle, s_first, t - 3));
            }
        }
        // Frame after: "Die meisten seien gefallen, sagte Patel."
        if t > s_first + 1 && doc.s(t - 1) == "," {
            let clause = s_first..t - 1;
            // "Die Miete steigt im Herbst, teilte die Genossenschaft mit.": a
            // speech verb first in its clause with its subject after it
            // frames what comes before, in any mood.
            // "…, sagte am Montag ein Sprecher.", "…, erklärte dazu die
            // Stadt.": past a short adverbial or one adverb to the subject.
            let subj = adverbial_end(doc, t + 1, end)
                .map(|e| e + 1)
                .or_else(|| skippable(doc, t + 1).then_some(t + 2))
                .unwrap_or(t + 1);
            let inverted = subj + 1 < end
                && (matches!(doc.s(subj), "er" | "sie")
                    || is_det(doc.s(subj))
                    || doc.is_cap(subj) && !crate::lexicon::is_name_stop(doc.s(subj)))
                && t >= s_first + 4
                && !verb_final_clause(doc, s_first, t - 1)
                // Not "X, Präsident von Y, kommentierte: „…“": the part before
                // the comma needs a verb, and no quote or colon follows.
                && (t..end).all(|k| !covered(k) && doc.s(k) != ":")
                && (s_first..t - 1).any(|k| may_be_verb(doc, k, "aber"));
            if !clause.clone().any(covered)
                && (clause.clone().any(|k| is_subjunctive(doc.s(k)))
                    || subjunctive_after_subject(doc, s_first, t - 1)
                    || inverted)
            {
                return Some((t, lemma, particle, s_first, t - 2));
            }
        }
        t += 1;
    }
    None
}

/// "…, betonte aber, …", "…, sagte zudem, dass …": the verb at `v` opens a
/// clause with no subject of its own (after a comma or "und"); at most two
/// particles follow it, then the comma or "dass" of what was said.
fn coordinated_frame(doc: &Doc, v: usize, end: usize) -> bool {
    v > 0
        && matches!(doc.s(v - 1), "," | "und")
        && (v + 1..end.min(v + 4))
            .take_while(|&k| !matches!(doc.s(k), "," | "dass" | "daß"))
            .all(|k| is_subject_particle(doc.s(k)) || matches!(doc.s(k), "auch" | "zudem" | "dann"))
        && (v + 1..end.min(v + 4)).any(|k| matches!(doc.s(k), "," | "dass" | "daß"))
}

/// "Die Ministerin wollte nicht warten, sagte aber, …": the subject of a
/// verb of saying that shares it with the clause before is the subject
/// opening the sentence, its verb right after it.
fn coordinated_subject(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    s_first: usize,
    end: usize,
) -> Option<(Subject, usize)> {
    if v < s_first + 3 || !coordinated_frame(doc, v, end) {
        return None;
    }
    let (sub, last) = if let Some(g) = is_pronoun(doc.s(s_first)) {
        (Subject::Pronoun(s_first, g), s_first)
    } else if let Some(p) = ents.person_starting(s_first) {
        (Subject::Person(p.clone()), p.last)
    } else {
        np_from(doc, s_first)?
    };
    // "Jonas Brenner, ein Mitglied des Rates, wollte …": past an apposition.
    let mut verb = last + 1;
    if doc.s(verb) == "," {
        verb = (verb + 1..v.min(verb + 12)).find(|&k| doc.s(k) == ",")? + 1;
    }
    let finite = verb + 1 < v
        && doc.is_word(verb)
        && crate::scan::starts_lower(doc.s(verb))
        && !is_det(doc.s(verb))
        && !is_preposition(doc.s(verb))
        && !matches!(
            doc.s(verb),
            "und" | "oder" | "aber" | "sowie" | "es" | "sich"
        );
    (finite && !matches!(doc.s(s_first), "Es" | "Man") && speaker_shaped(doc, &sub))
        .then_some((sub, last))
}

/// "Er wies den Plan zurück, indem er sagte, …", "…, nachdem sie berichtet
/// hatte, dass …": a subordinate clause opening at `a` whose verb of saying
/// (with an auxiliary at most) closes it before a comma; that verb frames
/// what follows, not the verb before `a`.
fn subordinate_frame_at(doc: &Doc, a: usize, end: usize, covered: &dyn Fn(usize) -> bool) -> bool {
    if !matches!(
        doc.s(a),
        "indem" | "nachdem" | "weil" | "als" | "während" | "wobei" | "obwohl" | "bevor" | "da"
    ) {
        return false;
    }
    let Some(c) = (a + 1..end.min(a + 10)).find(|&k| matches!(doc.s(k), "," | ";" | ":")) else {
        return false;
    };
    (c.saturating_sub(2).max(a + 2)..c).any(|k| {
        cue_at(doc, k, end, covered).is_some() && (k + 1..c).all(|j| is_auxiliary(doc.s(j)))
    })
}

/// "Russland bedrohe niemanden", "Er plane nichts": a clause opening with a
/// pronoun or a name whose verb (second) ends in "-e", the Konjunktiv I ending
/// where the indicative has "-t". Adjectives ("Die neue …") do not count.
fn subjunctive_after_subject(doc: &Doc, s_first: usize, end: usize) -> bool {
    let w = doc.s(s_first);
    let v = if matches!(w, "Er" | "Sie" | "Es" | "Man") {
        s_first + 1
    } else {
        let k = (s_first..end.min(s_first + 3))
            .take_while(|&k| doc.is_cap(k) && !is_det(doc.s(k)))
            .count();
        if k == 0 || crate::lexicon::is_name_stop(w) {
            return false;
        }
        s_first + k
    };
    let verb = doc.s(v);
    v < end
        && doc.is_word(v)
        && crate::scan::starts_lower(verb)
        && verb.ends_with('e')
        && verb.chars().count() > 3
        && !crate::scan::is_attr_adj(verb)
        && !not_a_frame_verb(verb)
}

/// True when the verb at `t` ends a subordinate clause ("…, die das Amt
/// informierte,"): its clause opens with a relative pronoun or a conjunction.
fn verb_final_clause(doc: &Doc, s_first: usize, t: usize) -> bool {
    let from = s_first.max(t.saturating_sub(WINDOW));
    let open = (from..t)
        .rev()
        .find(|&k| matches!(doc.s(k), "," | ";" | ":" | "–"))
        .map_or(s_first, |k| k + 1);
    let w = doc.s(open);
    // "Als Antwort gab die Stadt an, …": a subject right after the verb
    // makes it the second of a main clause, whatever opens the sentence.
    let subject_after = open == s_first && (is_det(doc.s(t + 1)) || doc.is_cap(t + 1));
    open > s_first && (crate::scan::is_definite(w) || crate::frames::opens_adverbial(w))
        || !subject_after
            && matches!(
                w,
                "dass"
                    | "daß"
                    | "ob"
                    | "Als"
                    | "Wenn"
                    | "Weil"
                    | "Nachdem"
                    | "Obwohl"
                    | "Da"
                    | "Während"
            )
}

/// "er wollte …", "sie habe …": a clause opening with a personal pronoun
/// and a lower-case verb right after it.
fn pronoun_clause(doc: &Doc, a: usize, end: usize) -> bool {
    a + 3 < end
        && matches!(doc.s(a), "er" | "sie" | "man" | "wir")
        && doc.is_word(a + 1)
        && starts_lower_word(doc, a + 1)
        && !is_preposition(doc.s(a + 1))
        && !matches!(doc.s(a + 1), "und" | "oder" | "aber" | "auch" | "nicht")
}

/// A relative clause opens at `a`: "die in Kiel erscheint", "in dem sich …".
fn relative_start(doc: &Doc, a: usize) -> bool {
    let a = if is_preposition(doc.s(a)) { a + 1 } else { a };
    is_det(doc.s(a)) && !doc.is_cap(a + 1) && !is_adj(doc.s(a + 1))
}

/// The stretch from `a` to its next comma or colon has a word that may be a
/// verb (not an apposition such as "der Leiter des Amtes:").
fn clause_has_verb(doc: &Doc, a: usize, end: usize) -> bool {
    (a..end)
        .take_while(|&k| !matches!(doc.s(k), "," | ":"))
        .any(|k| may_be_verb(doc, k, "so"))
}

/// Token `k` may be a verb: a lower-case word that is no article,
/// adjective, preposition or conjunction ("und", "oder", "sowie", and
/// `also`: "aber" where a clause needs a verb before its comma, "so"
/// where an apposition must not count).
fn may_be_verb(doc: &Doc, k: usize, also: &str) -> bool {
    let w = doc.s(k);
    doc.is_word(k)
        && crate::scan::starts_lower(w)
        && !is_det(w)
        && !is_adj(w)
        && !is_preposition(w)
        && !matches!(w, "und" | "oder" | "sowie")
        && w != also
}

/// "Sie sagte, die Zahlen stiegen, und kündigte Hilfen an": the frame's
/// subject goes on with a verb in the past after "und"; the reported clause
/// ends before it (before its comma too). The end to use, if it is cut.
fn main_clause_resumes(doc: &Doc, a: usize, end: usize) -> Option<usize> {
    let stop = end.min(a + 3 * WINDOW);
    // "Er sagte, die Brücke sei gesperrt, doch die Bahn erklärte, …": after
    // a comma and a conjunction, a verb of saying with no Konjunktiv before
    // the next comma opens a new frame; the reported clause ends at the comma.
    if let Some(c) = (a + 2..stop).find(|&k| doc.s(k) == "," && frame_conjunction(doc.s(k + 1))) {
        let next = (c + 2..end)
            .find(|&k| matches!(doc.s(k), "," | ";" | ":"))
            .unwrap_or(end);
        let part = c + 2..next.min(c + 2 + WINDOW);
        if part.clone().any(|k| speech_verb_form(doc, k))
            && !part.clone().any(|k| is_subjunctive(doc.s(k)))
        {
            return Some(c);
        }
    }
    let k = (a + 2..stop).find(|&k| {
        doc.s(k) == "und" && k + 1 < stop && doc.is_word(k + 1) && {
            let w = doc.s(k + 1);
            crate::scan::starts_lower(w)
                && w.chars().count() > 4
                && !crate::scan::is_attr_adj(w)
                && !crate::frames::is_konjunktiv(w)
                && (w.ends_with("te")
                    || crate::lexicon::speech_verb(w).is_some() && w.ends_with("ten"))
        }
    })?;
    Some(if doc.s(k - 1) == "," { k - 1 } else { k })
}

/// A conjunction after a comma that may open the narrator's next frame:
/// "…, doch die Bahn erklärte", "…, und sie fügte hinzu".
fn frame_conjunction(w: &str) -> bool {
    matches!(w, "doch" | "jedoch" | "aber" | "während" | "und" | "wobei")
}

/// A lower-case form of a verb of saying at `k`.
fn speech_verb_form(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && crate::scan::starts_lower(doc.s(k)) && !speech_senses(doc.s(k)).is_empty()
}

/// "Er sagte, die Brücke sei gesperrt, doch die Bahn erklärte, der Zug
/// fahre.": the second frame of a sentence, after the first reported clause
/// (last token `b`) was cut at the comma before "doch". Its subject stands
/// between the conjunction and the verb, or after the verb; with none of
/// its own ("…, jedoch stets betont, …") it shares the first frame's.
#[allow(clippy::too_many_arguments)]
fn second_frame(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    s: u32,
    b: usize,
    end: usize,
    first: Option<&Speaker>,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Quote> {
    if !(b + 3 < end && doc.s(b + 1) == "," && frame_conjunction(doc.s(b + 2))) {
        return None;
    }
    let part = b + 3;
    let (verb, lemma, particle, a, last) = reported_clause(doc, part, end, covered)?;
    if verb > a || matches!(lemma, "laut" | "zufolge") {
        return None;
    }
    tracker.advance(ents, verb);
    let subject = verb_subject(doc, subject_before(doc, ents, verb, part, covered))
        .filter(|(sub, _)| speaker_shaped(doc, sub))
        .or_else(|| verb_subject(doc, subject_after(doc, ents, verb, lemma, a, covered)));
    let subject_end = subject.as_ref().map(|(_, e)| *e);
    let speaker = match subject {
        Some((sub, _)) => speaker(doc, ents, tracker, sub, Attribution::SameSentence, covered),
        None => first.cloned(),
    };
    Some(Quote {
        cue: Some(cue_mention(doc, verb, particle, lemma)),
        addressee: addressee(doc, verb, subject_end, particle),
        speaker,
        ..reported_item(
            vec![Span::new(doc.start(a), doc.end(last))],
            s,
            SpeechForm::Indirect,
            FrameKind::Verb,
            tspan(doc, part, particle.unwrap_or(verb).max(verb)),
        )
    })
}

fn starts_lower_word(doc: &Doc, k: usize) -> bool {
    crate::scan::starts_lower(doc.s(k)) && !is_det(doc.s(k))
}
