//! Attribution: the cue verb of each quote, its particle and addressee, the
//! speaker (named, pronoun, role noun, anonymous; same, previous or next
//! sentence), and when and where it was said.

use crate::entities::{adjectives_before, complement_end, name_run, Entities, PersonMention};
use crate::lexicon::{is_plural_verb, is_role_noun, speech_senses, Gender};
use crate::quotes::Raw;
use crate::scan::FastMap as HashMap;
use crate::scan::{is_adj, is_det, is_indef, Doc, Kind};
use crate::types::{
    Attribution, Confidence, Cue, DateMention, Mention, Quote, QuoteKind, Span, Speaker, SpeechForm,
};

/// How far (in tokens) from a quote its cue may stand.
pub(crate) const WINDOW: usize = 30;

/// Who the cue's subject is, before it is turned into a [`Speaker`].
pub(crate) enum Subject {
    Person(PersonMention),
    Pronoun(usize, Option<Gender>),
    Role {
        det: Option<usize>,
        first: usize,
        head: usize,
        last: usize,
    },
    Name(usize, usize),
    /// A medium speaks: "Die Financial Times berichtete".
    Medium(usize, usize),
    /// An organisation speaks: "teilte die NATO mit".
    Org(crate::entities::OrgMention),
}

impl Subject {
    /// A one-word subject: a demonstrative ("Der antwortete") or a bare role.
    pub(crate) fn word(t: usize) -> Subject {
        Subject::Role {
            det: None,
            first: t,
            head: t,
            last: t,
        }
    }
}

pub(crate) struct Found {
    pub(crate) verb: usize,
    pub(crate) particle: Option<usize>,
    pub(crate) lemma: String,
    pub(crate) subject: Option<(Subject, usize)>,
}

/// Walks the people in text order so a pronoun finds the last fitting one.
/// Starts before the first person ([`Default`]).
#[derive(Default)]
pub(crate) struct Tracker {
    pub(crate) next: usize,
    pub(crate) last_male: Option<usize>,
    pub(crate) last_female: Option<usize>,
    pub(crate) roles: Vec<(String, usize)>,
    /// Entity → its latest person mention.
    pub(crate) last_of: HashMap<usize, usize>,
}

impl Tracker {
    pub(crate) fn advance(&mut self, ents: &Entities, upto: usize) {
        while let Some(p) = ents.persons.get(self.next).filter(|p| p.first < upto) {
            let g = ents.genders.get(p.entity).copied().flatten();
            if g != Some(Gender::Female) {
                self.last_male = Some(self.next);
            }
            if g != Some(Gender::Male) {
                self.last_female = Some(self.next);
            }
            if let Some(e) = ents.entities.get(p.entity) {
                for r in &e.roles {
                    if let Some(head) = r.text.split_whitespace().find(|w| is_role_noun(w)) {
                        self.roles.push((head.to_lowercase(), p.entity));
                    }
                }
            }
            self.last_of.insert(p.entity, self.next);
            if self.roles.len() > 64 {
                self.roles.drain(..32);
            }
            self.next += 1;
        }
    }
}

pub(crate) fn mention(doc: &Doc, span: Span) -> Mention {
    Mention {
        text: doc
            .slice(span.start as usize, span.end as usize)
            .to_string(),
        span,
    }
}

pub(crate) fn tspan(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.start(a), doc.end(b))
}

/// Builds the quotes with cue, speaker, addressee, date and occasion.
pub fn attribute(
    doc: &Doc,
    raws: &[Raw],
    ents: &mut Entities,
    dates: &[DateMention],
) -> Vec<Quote> {
    let mut tracker = Tracker::default();
    let mut out = Vec::with_capacity(raws.len());
    let mut last_frame: Option<(usize, Speaker)> = None;
    // The last two Full quotes: (close token, speaker).
    let mut turns: [Option<(usize, Option<Speaker>)>; 2] = [None, None];
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
        if quote.speaker.is_none() {
            // "»A« sagt der Gast. »B«": the speaker goes on after the frame.
            if let Some((end, sp)) = &last_frame {
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
        if quote.speaker.is_none() && quote.kind == QuoteKind::Full {
            // "»A« »B« »C«": turns alternate between the last two speakers.
            // An unattributed turn in between still counts as the other speaker's.
            if let (Some((c1, s1)), Some((_, Some(s2)))) = (&turns[1], &turns[0]) {
                // Right after the last quote, or it ended the paragraph before.
                let open = raw.open();
                let adjacent = open == c1 + 1
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
        if quote.kind == QuoteKind::Full {
            turns[0] = turns[1].take();
            turns[1] = Some((raw.close(), quote.speaker.clone()));
        }
        last_frame = None;
        if let (Some(sp), Some(c)) = (&quote.speaker, &quote.cue) {
            let verb = doc.tok_at(c.verb.span.start as usize);
            if verb > raw.close() {
                let end = doc.tok_at(sp.reference.span.end as usize).saturating_sub(1);
                last_frame = Some((end.max(verb), sp.clone()));
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
    let mut sp = speaker(
        doc,
        ents,
        tracker,
        subject,
        Attribution::PreviousSentence,
        covered,
    )?;
    sp.confidence = Confidence::Low;
    Some(sp)
}

/// The mark as written: a quote mark or an opening dash; "" for the colon or
/// sentence end that bounds speech without marks.
pub(crate) fn mark_text(doc: &Doc, t: usize) -> String {
    let w = doc.s(t);
    if w.chars().next().is_some_and(crate::scan::is_quote_char) || matches!(w, "–" | "—") {
        w.to_string()
    } else {
        String::new()
    }
}

pub(crate) fn is_quote_char_tok(doc: &Doc, t: usize) -> bool {
    doc.s(t)
        .chars()
        .next()
        .is_some_and(crate::scan::is_quote_char)
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
    // Narration is about people: "Es klang wie ein Röcheln", "Die Unterhaltung
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
    clause_subject(doc, ents, s_first, open)
}

/// Subject then finite verb at `p_first`, inside `p_first..p_end`.
pub(crate) fn clause_subject(
    doc: &Doc,
    ents: &Entities,
    p_first: usize,
    p_end: usize,
) -> Option<Subject> {
    // "Jetzt hielt er sie hoch.": an adverb, the verb, then the pronoun.
    if let Some(g) = is_pronoun(doc.s(p_first + 2))
        .filter(|_| matches!(doc.s(p_first + 2), "er" | "sie" | "ich" | "wir" | "du"))
    {
        let first = doc.s(p_first);
        let verb = doc.s(p_first + 1);
        if p_first + 2 < p_end
            && doc.is_cap(p_first)
            && is_pronoun(first).is_none()
            && !is_det(first)
            && !is_preposition(first)
            && ents.person_starting(p_first).is_none()
            && doc.is_word(p_first + 1)
            && crate::scan::starts_lower(verb)
            && !not_a_frame_verb(verb)
            && !is_preposition(verb)
        {
            return Some(Subject::Pronoun(p_first + 2, g));
        }
    }
    let (subject, last) = if let Some(g) = is_pronoun(doc.s(p_first)) {
        (Subject::Pronoun(p_first, g), p_first)
    } else if let Some(p) = ents.person_starting(p_first) {
        (Subject::Person(p.clone()), p.last)
    } else if let Some(r) = np_from(doc, p_first) {
        r
    } else {
        let k = name_run(doc, p_first);
        if k == 0 || doc.is_p(p_first + k, ',') || looks_like_modifier(doc.s(p_first)) {
            return None;
        }
        (Subject::Name(p_first, p_first + k - 1), p_first + k - 1)
    };
    let verb = last + 1;
    let finite = verb < p_end
        && doc.is_word(verb)
        && crate::scan::starts_lower(doc.s(verb))
        && !not_a_frame_verb(doc.s(verb));
    if !(finite || matches!(doc.s(verb), "hatte" | "war")) {
        return None;
    }
    // "Bald kam der Knecht.": a lone capitalised word before the verb and a
    // determiner after it — the word is an adverb, the subject follows.
    // ("Born schüttelte den Kopf": "den" is an object, Born the subject.)
    if matches!(subject, Subject::Name(a, b) if a == b)
        && is_det(doc.s(verb + 1))
        && !is_oblique_det(doc.s(verb + 1))
    {
        return np_from(doc, verb + 1)
            .filter(|(_, l)| *l < p_end)
            .map(|(s, _)| s);
    }
    // "Draußen regnete es.", "Dann lachte sie.": the pronoun after the verb is
    // the subject; an impersonal "es" is nobody.
    if matches!(subject, Subject::Name(a, b) if a == b) {
        if let Some(g) = is_pronoun(doc.s(verb + 1)) {
            return (doc.s(verb + 1) != "es").then_some(Subject::Pronoun(verb + 1, g));
        }
    }
    Some(subject)
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

/// Words after a closing mark that are no frame verb.
pub(crate) fn not_a_frame_verb(w: &str) -> bool {
    crate::scan::is_det(w)
        || matches!(
            w,
            "und"
                | "oder"
                | "aber"
                | "denn"
                | "doch"
                | "sondern"
                | "so"
                | "wie"
                | "als"
                | "dass"
                | "daß"
                | "weil"
                | "ob"
                | "wenn"
                | "da"
                | "ist"
                | "war"
                | "sind"
                | "waren"
                | "wird"
                | "wurde"
                | "werden"
                | "wurden"
                | "hat"
                | "hatte"
                | "haben"
                | "hatten"
                | "heißt"
                | "hieß"
                | "bedeutet"
                | "steht"
                | "stand"
                | "lautet"
                | "lautete"
                | "sei"
                | "seien"
                | "kann"
                | "konnte"
                | "muss"
                | "mußte"
                | "musste"
                | "soll"
                | "sollte"
                | "will"
                | "wollte"
                | "mit"
                | "von"
                | "zu"
                | "in"
                | "im"
                | "auf"
                | "an"
                | "am"
                | "für"
                | "nach"
                | "bei"
                | "aus"
                | "um"
                | "über"
                | "unter"
                | "nicht"
                | "auch"
                | "noch"
                | "nur"
                | "schon"
                | "es"
                | "sich"
                | "man"
                | "laut"
                | "zufolge"
                | "gegenüber"
                | "ein"
                | "eine"
                | "einen"
                | "einem"
        )
}

/// The infinitive of a finite verb not in the list, by its ending:
/// "lächelte" → "lächeln", "besteht" → "bestehen", "nickte" → "nicken".
pub(crate) fn guess_lemma(w: &str) -> String {
    let stem = ["eten", "ete", "ten", "te", "et", "t"]
        .iter()
        .find_map(|e| w.strip_suffix(e).filter(|s| s.chars().count() >= 3))
        .unwrap_or(w);
    if stem == w {
        return w.to_string();
    }
    if stem.ends_with("el") || stem.ends_with("er") {
        format!("{stem}n")
    } else {
        format!("{stem}en")
    }
}

/// True when a subject can start at `t`: a pronoun, a determiner, a name or noun.
pub(crate) fn subject_start(doc: &Doc, t: usize) -> bool {
    doc.is_word(t)
        && (is_pronoun(doc.s(t)).is_some()
            || is_det(doc.s(t))
            || doc.is_cap(t) && !crate::lexicon::is_name_stop(doc.s(t)))
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
            && w.chars().count() > 3 =>
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
    // role alone before the colon speaks.
    if let Some(f) = colon_speaker(doc, ents, c0, colon) {
        return Some(f);
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
    let subject = if verb_first && !inverted && !matches!(lemma, "so" | "laut") {
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
    // "Sie soll dabei gesagt haben:", "Hans hätte gesagt:": when no subject was found,
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

/// "Sie soll dabei gesagt haben", "Die Ärztin hat am Montag erklärt": a
/// participle's subject stands next to the finite auxiliary before it (in
/// the same clause, at most eight tokens back).
pub(crate) fn aux_subject(
    doc: &Doc,
    ents: &Entities,
    verb: usize,
    lemma: &str,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    let participle = doc.s(verb).ends_with('t') || doc.s(verb).ends_with("en");
    if !participle {
        return None;
    }
    let aux = (verb.saturating_sub(8).max(s_first)..verb)
        .rev()
        .take_while(|&k| !covered(k) && !matches!(doc.s(k), "," | ";" | ":" | "." | "!" | "?"))
        .find(|&k| is_auxiliary(doc.s(k)))?;
    subject_before(doc, ents, aux, s_first, covered)
        .or_else(|| subject_after(doc, ents, aux, lemma, verb, covered))
}

/// Most tokens a verb-final clause is searched back over for its start.
const FINAL_CLAUSE_WORDS: usize = 30;

/// "…, weil die Stadt den Plan als „Luftschloss“ bezeichnet hat": the verb
/// ends a subordinate clause; its subject follows the conjunction, or, in a
/// relative clause ("ein Gutachten, das … als „…“ bezeichnet"), is the noun
/// the clause hangs on. Quote marks inside the clause are stepped over.
pub(crate) fn final_clause_subject(
    doc: &Doc,
    ents: &Entities,
    verb: usize,
    lemma: &str,
    s_first: usize,
    s_end: usize,
) -> Option<(Subject, usize)> {
    if matches!(lemma, "so" | "laut" | "zufolge") {
        return None;
    }
    // The verb (with an auxiliary after it) closes its clause.
    let mut after = verb + 1;
    if is_auxiliary(doc.s(after)) || matches!(doc.s(after), "ist" | "war" | "wurde") {
        after += 1;
    }
    if after < s_end && !matches!(doc.s(after), "," | "." | ";" | ")" | "–" | "!" | "?") {
        return None;
    }
    let floor = verb.saturating_sub(FINAL_CLAUSE_WORDS).max(s_first);
    let mut depth = 0usize;
    let mut c = None;
    for k in (floor..verb).rev() {
        let w = doc.s(k);
        if doc.kind(k) == Some(Kind::Punct) {
            if let Some(f) = quote_family(w) {
                // Closing marks come first when walking back.
                let closing = matches!(w, "“" | "”" | "«") || (f == 0 && w != "„");
                if closing {
                    depth += 1;
                } else {
                    depth = depth.saturating_sub(1);
                }
                continue;
            }
        }
        if depth == 0 && matches!(w, "," | ";" | ":" | "–") {
            c = Some(k + 1);
            break;
        }
    }
    let c = match c {
        Some(c) => c,
        None if floor == s_first => s_first,
        None => return None,
    };
    if c + 1 >= verb {
        return None;
    }
    let conj = doc.s(c).to_lowercase();
    if matches!(
        conj.as_str(),
        "weil" | "da" | "dass" | "daß" | "wenn" | "nachdem" | "obwohl" | "während" | "indem"
    ) {
        return verb_subject(doc, subject_after(doc, ents, c, "sagen", verb, &|_| false));
    }
    let relative = matches!(
        doc.s(c),
        "der" | "die" | "das" | "welche" | "welcher" | "welches"
    ) && c > s_first + 1
        && doc.s(c - 1) == ",";
    if relative {
        return verb_subject(doc, subject_before(doc, ents, c - 1, s_first, &|_| false));
    }
    None
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
    None
}

pub(crate) fn find_particle(
    doc: &Doc,
    verb: usize,
    s_end: usize,
    particle: &str,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    (verb + 1..s_end.min(verb + 12))
        .take_while(|&t| !covered(t) && !matches!(doc.s(t), "," | ":" | ";"))
        .find(|&t| doc.s(t) == particle)
}

pub(crate) fn is_pronoun(w: &str) -> Option<Option<Gender>> {
    match w {
        "er" | "Er" => Some(Some(Gender::Male)),
        "sie" | "Sie" => Some(Some(Gender::Female)),
        "ich" | "Ich" | "du" | "Du" | "wir" | "Wir" | "ihr" | "Ihr" | "es" | "Es" | "man"
        | "Man" => Some(None),
        _ => None,
    }
}

/// Dative pronouns and short adverbs that may stand between a frame verb and
/// its subject: "sagte ihm der Wirt", "rief dann sie", "fragte leise Anna".
/// Endings of adverbs and adjectives ("Deshalb", "Ungläubig", "Plötzlich").
pub(crate) fn looks_like_modifier(w: &str) -> bool {
    crate::lexicon::first_name(w).is_none()
        && [
            "halb", "lich", "ig", "isch", "bar", "sam", "los", "haft", "weise", "wärts", "mals",
            "ell", "ens",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "mit"
            | "in"
            | "von"
            | "zu"
            | "bei"
            | "nach"
            | "aus"
            | "auf"
            | "an"
            | "unter"
            | "über"
            | "vor"
            | "hinter"
            | "neben"
            | "zwischen"
            | "durch"
            | "für"
            | "gegen"
            | "ohne"
            | "um"
            | "trotz"
            | "wegen"
            | "seit"
            | "bis"
            | "gegenüber"
            | "am"
            | "im"
            | "zum"
            | "zur"
            | "beim"
            | "vom"
            | "ins"
            | "ans"
            | "aufs"
            | "Mit"
            | "In"
            | "Von"
            | "Zu"
            | "Bei"
            | "Nach"
            | "Aus"
            | "Auf"
            | "An"
            | "Unter"
            | "Über"
            | "Vor"
            | "Durch"
            | "Für"
            | "Gegen"
            | "Ohne"
            | "Um"
            | "Trotz"
            | "Seit"
            | "Gegenüber"
            | "Am"
            | "Im"
            | "Zum"
            | "Zur"
            | "Beim"
            | "Vom"
    )
}

pub(crate) fn skippable(doc: &Doc, t: usize) -> bool {
    let w = doc.s(t);
    doc.is_word(t)
        && crate::scan::starts_lower(w)
        && !is_det(w)
        && is_pronoun(w).is_none()
        && !matches!(
            w,
            "und"
                | "oder"
                | "aber"
                | "dass"
                | "daß"
                | "wie"
                | "als"
                | "von"
                | "mit"
                | "zu"
                | "in"
                | "im"
                | "auf"
                | "an"
                | "am"
                | "für"
                | "nach"
                | "bei"
                | "aus"
                | "um"
                | "über"
                | "unter"
                | "vor"
                | "gegenüber"
        )
}

/// The subject of the speech verb at `v` and the last token it covers.
pub(crate) fn subject_of(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    lemma: &str,
    s_first: usize,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    if lemma == "zufolge" {
        return subject_before(doc, ents, v, s_first, covered);
    }
    let after = subject_after(doc, ents, v, lemma, s_end, covered);
    if after.is_some() || matches!(lemma, "so" | "laut") {
        return after;
    }
    subject_before(doc, ents, v, s_first, covered)
}

pub(crate) fn subject_after(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    lemma: &str,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    let frame_word = matches!(lemma, "so" | "laut");
    // "schreit mit heiserer Stimme der Alte": past one short adverbial.
    let base = if frame_word {
        v
    } else {
        participle_clause_end(doc, v + 1, s_end)
            .or_else(|| adverbial_end(doc, v + 1, s_end))
            .unwrap_or(v)
    };
    for skip in 0..3 {
        let t = base + 1 + skip;
        // "sagt die „Abendpost“": a paper named in quote marks.
        if let Some(last) = quoted_name_from(doc, t).filter(|&l| l < s_end) {
            return Some((Subject::Medium(t, last), last));
        }
        if t >= s_end || covered(t) {
            return None;
        }
        if skip > 0 && (frame_word || !skippable(doc, t - 1) && doc.s(t - 1) != "ihr") {
            return None;
        }
        // "meldete wetterblog.de": a website speaks.
        if let Some(last) = web_name_from(doc, t).filter(|&l| l < s_end) {
            return Some((Subject::Medium(t, last), last));
        }
        // "fiel ihr Luise ins Wort": "ihr" before a subject is a dative.
        if doc.s(t) == "ihr" && !frame_word && skip < 2 && subject_start(doc, t + 1) {
            continue;
        }
        // "schnauzte der ihn an": a demonstrative pronoun.
        if !frame_word && is_demonstrative_subject(doc, t) {
            return Some((Subject::word(t), t));
        }
        if let Some(g) = is_pronoun(doc.s(t)) {
            // "sagten sie": several people; no single antecedent.
            let plural =
                !matches!(doc.s(t), "er" | "Er") && is_plural_verb(doc.s(v)) && !frame_word;
            return Some((Subject::Pronoun(t, if plural { None } else { g }), t));
        }
        if let Some(p) = ents.person_starting(t) {
            return Some((Subject::Person(p.clone()), p.last));
        }
        if let Some(r) = np_from(doc, t) {
            return Some(r);
        }
        let k = name_run(doc, t);
        if k > 0 {
            return Some((Subject::Name(t, t + k - 1), t + k - 1));
        }
        // "meldete Reuters": a medium named without article.
        if let Some((_, last)) = crate::media::match_at(doc, t).filter(|&(_, l)| l < s_end) {
            return Some((Subject::Medium(t, last), last));
        }
        if let Some(o) = ents.org_in(Span::new(doc.start(t), doc.text.len())) {
            if o.tok == t {
                let last = doc.tok_at(o.span.end as usize).saturating_sub(1);
                return Some((Subject::Org(o), last));
            }
        }
    }
    None
}

/// Nouns naming an utterance: "»…«, lautete die Antwort der Frau".
pub(crate) fn is_utterance_noun(w: &str) -> bool {
    matches!(
        w,
        "Antwort" | "Entgegnung" | "Erwiderung" | "Frage" | "Worte" | "Rede" | "Bescheid"
    )
}

/// "»…« lautete die Antwort der Frau", "»…«, war seine Entgegnung": after
/// "lautete" or "war", an utterance noun whose possessive or genitive names
/// the speaker.
pub(crate) fn utterance_noun_subject(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    s_end: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    if !matches!(doc.s(v), "lautet" | "lautete" | "war" | "ist") {
        return None;
    }
    // "lautete etwas ärgerlich die Antwort": past up to three adverbs.
    let mut k = v + 1;
    while k < v + 4
        && k < s_end
        && doc.is_word(k)
        && !covered(k)
        && skippable(doc, k)
        && !is_possessive(doc.s(k))
    {
        k += 1;
    }
    if k >= s_end || covered(k) {
        return None;
    }
    let det = k;
    let possessive = match doc.s(det) {
        "seine" => Some(Some(Gender::Male)),
        "ihre" => Some(Some(Gender::Female)),
        "meine" | "deine" | "unsere" | "eure" | "Ihre" => Some(None),
        _ => None,
    };
    if possessive.is_none() && !matches!(doc.s(det), "die" | "der" | "das") {
        return None;
    }
    let mut n = det + 1;
    while n < det + 3 && n < s_end && doc.is_word(n) && is_adj(doc.s(n)) {
        n += 1;
    }
    if n >= s_end || !is_utterance_noun(doc.s(n)) {
        return None;
    }
    if let Some(g) = possessive {
        return Some((Subject::Pronoun(det, g), det));
    }
    // "die Antwort der Frau", "die Worte des Alten": the genitive speaks.
    let gen = n + 1;
    if gen >= s_end || covered(gen) || !matches!(doc.s(gen), "der" | "des") {
        return None;
    }
    if let Some(p) = ents.person_starting(gen + 1) {
        return Some((Subject::Person(p.clone()), p.last));
    }
    np_from(doc, gen).filter(|&(_, last)| last < s_end)
}

/// The closing comma of a short participle clause opening with the comma at
/// `c`: "fragt, sich umdrehend, der Nachbar".
pub(crate) fn participle_clause_end(doc: &Doc, c: usize, s_end: usize) -> Option<usize> {
    if doc.s(c) != "," {
        return None;
    }
    let close = (c + 2..s_end.min(c + 7)).find(|&k| !doc.is_word(k))?;
    let p = doc.s(close - 1);
    let participle = crate::scan::starts_lower(p) && p.ends_with("nd") && p != "und";
    (doc.s(close) == "," && participle && subject_start(doc, close + 1)).then_some(close)
}

/// Most words of a name in quote marks ("die „Neue Abendzeitung“").
pub(crate) const QUOTED_NAME_WORDS: usize = 6;

/// "die „Abendpost“" starting at `t` (a determiner, then a short quote
/// opening with a capital): its closing mark.
pub(crate) fn quoted_name_from(doc: &Doc, t: usize) -> Option<usize> {
    if !crate::scan::is_definite(&doc.s(t).to_lowercase()) {
        return None;
    }
    let open = t + 1;
    let family = quote_family(doc.s(open))?;
    if !doc.is_cap(open + 1) {
        return None;
    }
    (open + 2..open + 2 + QUOTED_NAME_WORDS)
        .take_while(|&k| !matches!(doc.s(k), "," | ":" | ";" | "!" | "?"))
        .find(|&k| doc.kind(k) == Some(Kind::Punct) && quote_family(doc.s(k)) == Some(family))
}

/// The determiner (or opening mark) of "die „Abendpost“" ending at the
/// closing mark `t`.
pub(crate) fn quoted_name_ending(doc: &Doc, t: usize, s_first: usize) -> Option<usize> {
    let family = quote_family(doc.s(t)).filter(|_| doc.kind(t) == Some(Kind::Punct))?;
    let open = (t.saturating_sub(QUOTED_NAME_WORDS + 1).max(s_first)..t)
        .rev()
        .take_while(|&k| !matches!(doc.s(k), "," | ":" | ";" | "!" | "?"))
        .find(|&k| doc.kind(k) == Some(Kind::Punct) && quote_family(doc.s(k)) == Some(family))?;
    if !doc.is_cap(open + 1) {
        return None;
    }
    let definite = |k: usize| crate::scan::is_definite(&doc.s(k).to_lowercase());
    // "„Abendpost“ meldet": a name in marks opening the sentence, all its
    // words capitalised.
    if open == s_first {
        return (open + 1..t)
            .all(|k| !doc.is_word(k) || doc.is_cap(k))
            .then_some(open);
    }
    let det = open - 1;
    if definite(det) {
        return Some(det);
    }
    // "die Zeitung „Abendpost“": a noun between the article and the name.
    (doc.is_cap(det) && det > s_first && definite(det - 1)).then(|| det - 1)
}

/// Marks of one family pair with each other.
pub(crate) fn quote_family(w: &str) -> Option<u8> {
    Some(match w {
        "„" | "“" | "”" => 0,
        "»" | "«" => 1,
        "\"" => 2,
        _ => return None,
    })
}

/// Possessive determiners ("ihrer kühlen Hand", "seinem Stock").
pub(crate) fn is_possessive(w: &str) -> bool {
    ["mein", "dein", "sein", "ihr", "unser", "euer"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| matches!(rest, "" | "e" | "er" | "em" | "en" | "es"))
        })
}

/// Finite auxiliaries and modals of a frame in the perfect or with a modal.
pub(crate) fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "hat"
            | "hatte"
            | "hätte"
            | "habe"
            | "haben"
            | "hatten"
            | "hätten"
            | "soll"
            | "sollte"
            | "sollen"
            | "will"
            | "wollte"
            | "wird"
            | "würde"
            | "mag"
            | "mochte"
            | "möchte"
            | "dürfte"
            | "kann"
            | "konnte"
            | "könnte"
            | "muss"
            | "muß"
            | "mußte"
            | "musste"
    )
}

/// Determiners that are never nominative singular: "den", "dem", "einen".
pub(crate) fn is_oblique_det(w: &str) -> bool {
    matches!(
        w,
        "den" | "dem" | "des" | "einen" | "einem" | "eines" | "Den" | "Dem" | "Einen" | "Einem"
    )
}

/// Words that may stand between a subject and its verb in narration: "Sie
/// aber rief", "Der Alte nun sagte".
pub(crate) fn is_subject_particle(w: &str) -> bool {
    matches!(
        w,
        "aber" | "nun" | "jedoch" | "hingegen" | "dagegen" | "indessen"
    )
}

/// "Der antwortete", "Die sagte": a demonstrative pronoun as subject, a
/// determiner with no noun after it.
pub(crate) fn is_demonstrative_subject(doc: &Doc, t: usize) -> bool {
    matches!(doc.s(t), "der" | "die" | "Der" | "Die")
        && (doc.kind(t + 1) == Some(Kind::Punct)
            || is_preposition(doc.s(t + 1))
            || matches!(
                doc.s(t + 1),
                "ihn" | "ihm" | "ihr" | "ihnen" | "mir" | "mich" | "dir" | "dich" | "uns" | "sich"
            ))
}

/// Indefinite pronouns that can speak ("einer", "jemand", "keiner").
pub(crate) fn is_indefinite_pronoun(w: &str) -> bool {
    matches!(
        w,
        "einer"
            | "Einer"
            | "jemand"
            | "Jemand"
            | "keiner"
            | "Keiner"
            | "niemand"
            | "Niemand"
            | "alle"
            | "Alle"
            | "beide"
            | "Beide"
            | "dieser"
            | "Dieser"
            | "jener"
            | "Jener"
    )
}

/// Lower-case words that stand as a noun after the article ("der eine", "die andere").
pub(crate) fn is_nominal_rest(w: &str) -> bool {
    matches!(
        w,
        "eine" | "andere" | "beiden" | "anderen" | "einen" | "erste" | "zweite" | "letzte"
    )
}

/// A dative object naming a medium or addressee noun: "der Deutschen
/// Presse-Agentur", "dem Sender". It is never the subject.
pub(crate) fn addressee_np(doc: &Doc, t: usize) -> bool {
    matches!(doc.s(t), "der" | "dem")
        && (crate::media::match_at(doc, t + 1).is_some() || ADDRESSEE_NOUNS.contains(&doc.s(t + 1)))
}

/// The first token of a short prepositional phrase ending at the noun `t`
/// ("am Morgen", "in der Küche"), when a subject-like word stands before it.
pub(crate) fn adverbial_before(doc: &Doc, t: usize, s_first: usize) -> Option<usize> {
    if !doc.is_cap(t) {
        return None;
    }
    let mut k = t;
    while k > s_first + 1 && k + 3 > t && doc.is_word(k - 1) && is_adj(doc.s(k - 1)) {
        k -= 1;
    }
    if k > s_first && is_det(doc.s(k - 1)) {
        k -= 1;
    }
    let p = k.checked_sub(1).filter(|&p| p > s_first)?;
    let prep = is_preposition(doc.s(p))
        || matches!(doc.s(p), "am" | "im" | "beim" | "vom" | "zum" | "zur");
    // "das Außenamt in Berlin": a place after the head belongs to the subject.
    let place = matches!(doc.s(p), "in" | "aus") && k == p + 1;
    // Before the phrase: the end of a subject (a noun or a pronoun).
    let before = doc.s(p - 1);
    (prep && !place && (doc.is_cap(p - 1) || matches!(before, "er" | "sie"))).then_some(p)
}

/// The last token of a short prepositional phrase at `t` ("mit zittriger
/// Stimme", "im Flur"), when a determiner or noun phrase follows it.
pub(crate) fn adverbial_end(doc: &Doc, t: usize, s_end: usize) -> Option<usize> {
    if !is_preposition(doc.s(t))
        && !matches!(doc.s(t), "im" | "am" | "beim" | "vom" | "zum" | "zur")
    {
        return None;
    }
    let mut k = t + 1;
    if is_det(doc.s(k))
        || matches!(
            doc.s(k),
            "seiner" | "ihrer" | "seinen" | "ihren" | "seinem" | "ihrem"
        )
    {
        k += 1;
    }
    while k < t + 4 && doc.is_word(k) && is_adj(doc.s(k)) {
        k += 1;
    }
    let next = doc.s(k + 1);
    (k < s_end && doc.is_cap(k) && (is_det(next) || doc.is_cap(k + 1))).then_some(k)
}

/// "[der|ein] [adjectives] Nomen [Ergänzung]" starting at `t`: a role noun, or
/// any noun after a determiner or adjective ("der Wirt", "die alte Frau").
pub(crate) fn np_from(doc: &Doc, t: usize) -> Option<(Subject, usize)> {
    if addressee_np(doc, t) {
        return None;
    }
    // "einer der Langen", "jemand", "der eine", "der andere": a pronoun-like
    // subject, with its genitive or "von" complement.
    let head = if is_indefinite_pronoun(doc.s(t)) {
        Some((None, t))
    } else if crate::scan::is_definite(&doc.s(t).to_lowercase()) && is_nominal_rest(doc.s(t + 1)) {
        Some((Some(t), t + 1))
    } else {
        None
    };
    if let Some((det, h)) = head {
        let last = complement_end(doc, h, false);
        return Some((
            Subject::Role {
                det,
                first: h,
                head: h,
                last,
            },
            last,
        ));
    }
    let det = is_det(doc.s(t)).then_some(t);
    let mut k = det.map_or(t, |d| d + 1);
    let first = k;
    while k < first + crate::entities::MAX_ADJECTIVES
        && doc.is_word(k)
        && is_adj(doc.s(k))
        && !doc.is_role(k)
    {
        k += 1;
    }
    let noun = doc.is_cap(k) && !crate::lexicon::is_name_stop(doc.s(k));
    if !doc.is_role(k) && !(noun && (det.is_some() || k > first)) {
        return None;
    }
    let mut last = complement_end(doc, k, true);
    // "ein Diplomat der Deutschen Presse-Agentur": the dative is the addressee.
    if last > k && addressee_np(doc, k + 1) {
        last = k;
    }
    Some((
        Subject::Role {
            det,
            first,
            head: k,
            last,
        },
        last,
    ))
}

pub(crate) fn subject_before(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    subject_before_at(doc, ents, v, s_first, covered, true)
}

/// [`subject_before`], stepping over at most one adverbial when `skip` is set
/// (so the search stays bounded).
pub(crate) fn subject_before_at(
    doc: &Doc,
    ents: &Entities,
    v: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
    skip: bool,
) -> Option<(Subject, usize)> {
    if v <= s_first {
        return None;
    }
    let mut t = v - 1;
    // "Das „Emstaler Wochenblatt“ meldet": a paper named in quote marks speaks,
    // also past a particle ("Die Zeitung „X“ berichtet jedoch").
    if let Some(a) = quoted_name_ending(doc, t, s_first) {
        return Some((Subject::Medium(a, t), t));
    }
    if matches!(
        doc.s(t),
        "jedoch" | "aber" | "dagegen" | "hingegen" | "indes"
    ) && t > s_first
    {
        if let Some(a) = quoted_name_ending(doc, t - 1, s_first) {
            return Some((Subject::Medium(a, t - 1), t - 1));
        }
    }
    if covered(t) {
        return None;
    }
    // "Sie aber rief:", "Der kleine Mann aber sprach": past the particle.
    if is_subject_particle(doc.s(t)) && t > s_first && !covered(t - 1) && doc.is_word(t - 1) {
        t -= 1;
    }
    if let Some(g) = is_pronoun(doc.s(t)) {
        let plural = !matches!(doc.s(t), "er" | "Er") && is_plural_verb(doc.s(v));
        return Some((Subject::Pronoun(t, if plural { None } else { g }), t));
    }
    // "Der antwortete:", a demonstrative opening the clause.
    let clause_start = t == s_first || matches!(doc.s(t - 1), ":" | ";" | "–" | "—");
    if clause_start && matches!(doc.s(t), "Der" | "Die") {
        return Some((Subject::word(t), t));
    }
    // "Da stand Konrad auf und sagte:", "dachte der Lehrer und sprach:": the
    // subject of the first verb of the pair.
    if doc.s(t) == "und" {
        return conjunct_subject(doc, ents, t, s_first, covered, 0);
    }
    if doc.s(t) == "," && t > s_first {
        t -= 1;
        // "Ein Offizier, der anonym bleiben wollte, sagte": past the relative clause.
        if let Some(c) = relative_clause_start(doc, t, s_first, covered) {
            t = c - 1;
            // "Ein Junge nur, der …, rief": past a particle after the noun.
            if is_relative_particle(doc.s(t)) {
                t -= 1;
            }
        }
    }
    // "Karla Brendel (SPD) sagte", "Mira Holm (Grüne), erklärte": past a short
    // bracket after the subject (a party, an abbreviation, an age). A
    // postposition keeps it: "Einer Mitteilung des Verbands (LVN) zufolge".
    if doc.s(t) == ")" && doc.s(v) != "zufolge" {
        let open = (t.saturating_sub(8).max(s_first + 1)..t)
            .rev()
            .take_while(|&k| !covered(k) && doc.s(k) != ")")
            .find(|&k| doc.s(k) == "(");
        if let Some(open) = open {
            t = open - 1;
        }
    }
    // "wenn der Bauer am Morgen rief:": past a short adverbial before the verb.
    if let Some(a) = adverbial_before(doc, t, s_first).filter(|_| skip) {
        if let Some(found) = subject_before_at(doc, ents, a, s_first, covered, false) {
            return Some(found);
        }
    }
    if let Some(p) = ents.person_ending(t) {
        return Some((Subject::Person(p.clone()), p.last));
    }
    // "Amnesty International erklärte": an organisation ending right here.
    let from = t.saturating_sub(5).max(s_first);
    if let Some(o) = ents
        .org_in(Span::new(doc.start(from), doc.end(t)))
        .filter(|o| o.span.end as usize == doc.end(t))
        // Not a complement: "der Sprecher der NATO" is the speaker, not NATO.
        .filter(|o| {
            o.tok == s_first
                || !matches!(
                    doc.s(o.tok - 1),
                    "der" | "des" | "dem" | "den" | "von" | "vom" | "die" | "das" | "bei" | "beim"
                ) && !doc.is_cap(o.tok - 1)
        })
    {
        return Some((Subject::Org(o), t));
    }
    // "Und der andere fügt bei:", "einer der Gäste sagte": pronoun-like subjects.
    if is_nominal_rest(doc.s(t))
        && t > s_first
        && crate::scan::is_definite(&doc.s(t - 1).to_lowercase())
        || is_indefinite_pronoun(doc.s(t))
    {
        let det = (!is_indefinite_pronoun(doc.s(t))).then(|| t - 1);
        return Some((
            Subject::Role {
                det,
                first: t,
                head: t,
                last: t,
            },
            t,
        ));
    }
    for back in 0..8 {
        let Some(r) = t.checked_sub(back).filter(|&r| r >= s_first) else {
            break;
        };
        if covered(r) {
            break;
        }
        if doc.is_role(r) && complement_end(doc, r, true) == t {
            let first = adjectives_before(doc, r, s_first);
            let det = (first > s_first && is_det(doc.s(first - 1))).then(|| first - 1);
            return Some((
                Subject::Role {
                    det,
                    first,
                    head: r,
                    last: t,
                },
                t,
            ));
        }
    }
    // "Die Financial Times berichtete": a medium speaks.
    if let Some(a) = (t.saturating_sub(3).max(s_first)..=t)
        .find(|&a| crate::media::match_at(doc, a).is_some_and(|(_, last)| last == t))
    {
        let a = if a > s_first && is_det(doc.s(a - 1)) {
            a - 1
        } else {
            a
        };
        return Some((Subject::Medium(a, t), t));
    }
    // "ukrainische Quellen", "der südkoreanische Geheimdienst": a noun phrase
    // with article or adjective before a bare name.
    if let Some(np) = np_before(doc, t, s_first, covered)
        .filter(|(sub, _)| matches!(sub, Subject::Role { det, first, head, .. } if det.is_some() || first < head))
    {
        return Some(np);
    }
    // "Das Portal wetterblog.de meldete", "wetterblog.de berichtete": a website.
    if let Some(a) = web_name_ending(doc, t, s_first) {
        let a = if a >= s_first + 2 && doc.is_cap(a - 1) && is_det(doc.s(a - 2)) {
            a - 2
        } else if a > s_first && is_det(doc.s(a - 1)) {
            a - 1
        } else {
            a
        };
        return Some((Subject::Medium(a, t), t));
    }
    // "ADAC teilte mit": an abbreviation opening the sentence names an
    // organisation.
    if t == s_first && is_abbreviation(doc.s(t)) {
        return Some((Subject::Medium(t, t), t));
    }
    if let Some(a) = (t.saturating_sub(2).max(s_first)..=t).find(|&a| name_run(doc, a) > t - a) {
        // A capitalised first word may be an adverb or adjective ("Schnell", "Deshalb");
        // after an adjective or a preposition a capitalised word is a noun.
        let before = a
            .checked_sub(1)
            .filter(|&b| b >= s_first)
            .map_or("", |b| doc.s(b));
        let noun = !before.is_empty() && (is_adj(before) || is_preposition(before));
        let adverb = a == s_first && a == t && looks_like_modifier(doc.s(a));
        if !(noun || adverb) {
            return Some((Subject::Name(a, t), t));
        }
    }
    np_before(doc, t, s_first, covered)
}

/// Top-level domains of the websites named as sources (data/web_domains.txt).
pub const WEB_DOMAINS_FILE: &str = include_str!("../data/web_domains.txt");

fn is_web_domain(w: &str) -> bool {
    static L: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    L.get_or_init(|| crate::lexicon::entries(WEB_DOMAINS_FILE).collect())
        .contains(&w)
}

/// "wetterblog.de" starting at `t` (three tokens written without spaces):
/// its last token.
pub(crate) fn web_name_from(doc: &Doc, t: usize) -> Option<usize> {
    let glued = |k: usize| doc.end(k) == doc.start(k + 1);
    (doc.is_word(t)
        && doc.s(t + 1) == "."
        && doc.is_word(t + 2)
        && glued(t)
        && glued(t + 1)
        && is_web_domain(doc.s(t + 2)))
    .then_some(t + 2)
}

/// The first token of a website name ending at `t`.
pub(crate) fn web_name_ending(doc: &Doc, t: usize, s_first: usize) -> Option<usize> {
    let a = t.checked_sub(2).filter(|&a| a >= s_first)?;
    (web_name_from(doc, a) == Some(t)).then_some(a)
}

/// "ADAC", "WHO", "BUND": two to six letters, all capitals (digits and
/// hyphens allowed).
pub(crate) fn is_abbreviation(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

/// The subject of the clause before "und" at `and`: the one opening the
/// clause ("Heinrich stand auf und sagte"), or the one right after its verb
/// when an adverb opens it ("Da stand Konrad auf und sagte").
pub(crate) fn conjunct_subject(
    doc: &Doc,
    ents: &Entities,
    and: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
    depth: u8,
) -> Option<(Subject, usize)> {
    let lo = s_first.max(and.saturating_sub(WINDOW / 2));
    // "Die Köchin lachte, und antwortete": the comma before "und" ends nothing.
    let and_c = if and > lo && doc.s(and - 1) == "," {
        and - 1
    } else {
        and
    };
    let c0 = (lo..and_c)
        .rev()
        .find(|&k| covered(k) || matches!(doc.s(k), "," | ";" | ":" | "." | "!" | "?"))
        .map_or(lo, |k| k + 1);
    let at = |k: usize| -> Option<(Subject, usize)> {
        let w = doc.s(k);
        // "es" is impersonal, "ihr" mostly a dative or possessive.
        if let Some(g) = is_pronoun(w).filter(|_| !matches!(w, "es" | "Es" | "ihr")) {
            return Some((Subject::Pronoun(k, g), k));
        }
        if let Some(p) = ents.person_starting(k) {
            return Some((Subject::Person(p.clone()), p.last));
        }
        if matches!(w, "der" | "die" | "das" | "Der" | "Die" | "Das") {
            return np_from(doc, k);
        }
        let n = name_run(doc, k);
        (n > 0 && !looks_like_modifier(w)).then(|| (Subject::Name(k, k + n - 1), k + n - 1))
    };
    let first = doc.s(c0);
    // The clause opens with its verb ("dachte der Lehrer und sprach") or with
    // an adverb before the verb ("Bald stand er auf und sagte"): the subject
    // follows that verb.
    let verb_first = crate::scan::starts_lower(first) && is_pronoun(first).is_none();
    let inverted = !verb_first
        && is_pronoun(first).is_none()
        && ents.person_starting(c0).is_none()
        && !is_det(first)
        && (is_pronoun(doc.s(c0 + 2)).is_some()
            || is_det(doc.s(c0 + 2))
            || crate::lexicon::is_name_stop(first)
            || looks_like_modifier(first));
    // After a comma the verb continues a clause whose subject came before
    // it ("Sie stand auf, nahm die Blume und sagte"): what follows it is
    // an object, unless a pronoun or a person.
    let continued = c0 > 0 && doc.s(c0 - 1) == ",";
    // "Drinnen im Saal lächelte sie ihn an und sagte": a subject pronoun
    // right after the first verb is the subject, whatever opens the clause.
    let pronoun_after_verb = (c0 + 1..and.min(c0 + 8)).find(|&k| {
        matches!(doc.s(k), "er" | "sie" | "ich" | "wir")
            && doc.is_word(k - 1)
            && crate::scan::starts_lower(doc.s(k - 1))
            && !is_preposition(doc.s(k - 1))
    });
    if let Some(k) = pronoun_after_verb.filter(|_| {
        is_pronoun(first).is_none() && ents.person_starting(c0).is_none() && !is_det(first)
    }) {
        return is_pronoun(doc.s(k)).map(|g| (Subject::Pronoun(k, g), k));
    }
    let found = if verb_first {
        let after = at(c0 + 1).filter(|(sub, _)| {
            !continued || matches!(sub, Subject::Pronoun(..) | Subject::Person(_))
        });
        // "Der Kutscher fütterte die Pferde, gähnte und sang:": the subject
        // of the clause before the comma (two clauses back at most).
        match after {
            None if continued && depth < 2 && c0 > s_first + 1 => {
                return conjunct_subject(doc, ents, c0 - 1, s_first, covered, depth + 1)
            }
            found => found,
        }
    } else if inverted {
        at(c0 + 2)
    } else {
        at(c0)
    };
    found.filter(|(_, last)| *last < and)
}

/// The comma opening a relative clause that ends at `t` with its verb
/// (", der anonym bleiben wollte"), when a noun stands before that comma.
pub(crate) fn relative_clause_start(
    doc: &Doc,
    t: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !doc.is_word(t) || !crate::scan::starts_lower(doc.s(t)) {
        return None;
    }
    let lo = s_first.max(t.saturating_sub(WINDOW / 2));
    let c = (lo..t)
        .rev()
        .take_while(|&k| !covered(k) && !matches!(doc.s(k), ";" | ":"))
        .find(|&k| doc.s(k) == ",")?;
    let mut r = c + 1;
    if is_preposition(doc.s(r)) {
        r += 1;
    }
    let relative = matches!(
        doc.s(r),
        "der"
            | "die"
            | "das"
            | "dem"
            | "den"
            | "deren"
            | "dessen"
            | "welcher"
            | "welche"
            | "welches"
    );
    let noun = |k: usize| k >= s_first && doc.is_cap(k);
    let before_noun = c > s_first
        && (noun(c - 1) || c > s_first + 1 && is_relative_particle(doc.s(c - 1)) && noun(c - 2));
    (relative && before_noun).then_some(c)
}

/// Particles between a noun and its relative clause: "Ein Junge nur, der …",
/// "Der Vater aber, der …".
pub(crate) fn is_relative_particle(w: &str) -> bool {
    is_subject_particle(w) || matches!(w, "nur" | "allein" | "selbst")
}

/// A noun phrase ending at `t`: "die alte Frau", "das Außenamt in Berlin",
/// "der Leiter des Amtes" (a genitive or a place after the head, bounded).
pub(crate) fn np_before(
    doc: &Doc,
    t: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    if !doc.is_cap(t) || crate::lexicon::is_name_stop(doc.s(t)) {
        return None;
    }
    let mut head = t;
    for _ in 0..2 {
        // "… in Berlin", "… des Amtes": step over to the noun before.
        let prep = head.checked_sub(1)?;
        let w = doc.s(prep);
        let genitive = matches!(w, "des" | "der");
        let place = matches!(w, "in" | "aus");
        let before = if genitive { prep } else { prep.checked_sub(0)? };
        if (genitive || place) && before > s_first + 1 && doc.is_cap(before - 1) {
            head = before - 1;
        } else if genitive
            && before > s_first + 2
            && is_adj(doc.s(before - 1))
            && doc.is_cap(before - 2)
        {
            head = before - 2;
        } else if head == t
            && head > s_first + 1
            && doc.is_word(prep)
            && doc.is_cap(prep)
            && !crate::lexicon::is_name_stop(w)
            && (is_det(doc.s(prep - 1)) || is_adj(doc.s(prep - 1)))
        {
            // "die dänische Reederei Nordfjord": a noun with its name after it.
            head = prep;
        } else {
            break;
        }
    }
    let first = (head
        .saturating_sub(crate::entities::MAX_ADJECTIVES)
        .max(s_first)..=head)
        .rev()
        .take_while(|&k| k == head || (doc.is_word(k) && is_adj(doc.s(k)) && !covered(k)))
        .last()
        .unwrap_or(head);
    let det =
        (first > s_first && is_det(doc.s(first - 1)) && !covered(first - 1)).then(|| first - 1);
    if det.is_none() && first == head && !doc.is_role(head) {
        return None;
    }
    // "mit einem Lächeln", "in heimlicher Aufregung": a prepositional object.
    let start = det.unwrap_or(first);
    if start > s_first && is_preposition(doc.s(start - 1))
        || det.is_none() && doc.s(first).ends_with("em")
    {
        return None;
    }
    Some((
        Subject::Role {
            det,
            first,
            head,
            last: t,
        },
        t,
    ))
}

pub(crate) fn speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    subject: Subject,
    attribution: Attribution,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let _ = covered;
    if !speaker_shaped(doc, &subject) {
        return None;
    }
    match subject {
        Subject::Person(p) => {
            let ent = ents.entities.get(p.entity);
            let role = p
                .role
                .map(|r| mention(doc, r))
                .or_else(|| ent.and_then(|e| e.roles.first().cloned()));
            let organisation = p
                .org
                .map(|o| mention(doc, o))
                .or_else(|| ent.and_then(|e| e.organisation.clone()));
            Some(Speaker {
                name: Some(mention(doc, p.name)),
                role,
                organisation,
                reference: mention(doc, p.np),
                attribution,
                entity: Some(p.entity as u32),
                confidence: named(attribution),
            })
        }
        Subject::Pronoun(t, g) => {
            let idx = match g {
                Some(Gender::Female) => tracker.last_female,
                Some(Gender::Male) => tracker.last_male,
                // "ich", "wir", "sagten sie": no single antecedent to resolve to.
                None => None,
            };
            let p = idx.and_then(|i| ents.persons.get(i)).cloned();
            let span = tspan(doc, t, t);
            let entity = p.as_ref().map(|p| p.entity);
            if let Some(e) = entity.and_then(|e| ents.entities.get_mut(e)) {
                e.mentions.push(span);
            }
            let ent = entity.and_then(|e| ents.entities.get(e));
            Some(Speaker {
                name: p.as_ref().map(|p| mention(doc, p.name)),
                role: ent.and_then(|e| e.roles.first().cloned()),
                organisation: ent.and_then(|e| e.organisation.clone()),
                reference: mention(doc, span),
                attribution: Attribution::Pronoun,
                entity: entity.map(|e| e as u32),
                confidence: if entity.is_some() {
                    Confidence::Medium
                } else {
                    Confidence::Low
                },
            })
        }
        Subject::Role {
            det,
            first,
            head,
            last,
        } if appositive_person(doc, ents, det.unwrap_or(first)).is_some() => {
            // "Anna Kowalski, die Leiterin der Behörde, sagte": the person speaks.
            let mut p = appositive_person(doc, ents, det.unwrap_or(first))?.clone();
            p.role = Some(tspan(doc, first, last));
            p.np = Span::new(p.np.start as usize, doc.end(last));
            let _ = head;
            speaker(doc, ents, tracker, Subject::Person(p), attribution, covered)
        }
        Subject::Role {
            det,
            first,
            head,
            last,
        } => {
            let role_span = tspan(doc, first, last);
            let reference = tspan(doc, det.unwrap_or(first), last);
            let indefinite = det.is_some_and(|d| is_indef(doc.s(d)));
            let organisation = ents.org_in(role_span).map(|o| mention(doc, o.span));
            let has_org = organisation.is_some();
            let mut entity = None;
            if !indefinite {
                let head_l = doc.s(head).to_lowercase();
                entity = tracker
                    .roles
                    .iter()
                    .rev()
                    .find(|(r, _)| r.ends_with(&head_l) || head_l.ends_with(r.as_str()))
                    .map(|(_, e)| *e);
                if let Some(e) = entity.and_then(|e| ents.entities.get_mut(e)) {
                    e.mentions.push(reference);
                }
            }
            let name = entity
                .and_then(|e| tracker.last_of.get(&e))
                .and_then(|&i| ents.persons.get(i))
                .map(|p| mention(doc, p.name));
            Some(Speaker {
                name,
                role: Some(mention(doc, role_span)),
                organisation,
                reference: mention(doc, reference),
                attribution: if indefinite {
                    Attribution::Anonymous
                } else {
                    Attribution::RoleNoun
                },
                entity: entity.map(|e| e as u32),
                // A noun that is no role, person, organisation or medium may
                // be no speaker at all ("die Zahl", "das Papier").
                confidence: if entity.is_some() || has_org {
                    named(attribution)
                } else if doc.is_role(head) || attribution == Attribution::SameSentence {
                    Confidence::Medium
                } else {
                    Confidence::Low
                },
            })
        }
        Subject::Medium(a, b) => {
            let span = tspan(doc, a, b);
            let first = if is_det(doc.s(a)) { a + 1 } else { a };
            Some(Speaker {
                name: None,
                role: None,
                organisation: Some(mention(doc, tspan(doc, first, b))),
                reference: mention(doc, span),
                attribution,
                entity: None,
                confidence: named(attribution),
            })
        }
        Subject::Org(o) => Some(Speaker {
            name: None,
            role: None,
            organisation: Some(mention(doc, o.span)),
            reference: mention(doc, o.span),
            attribution,
            entity: Some(o.entity as u32),
            confidence: named(attribution),
        }),
        Subject::Name(a, b) => {
            let span = tspan(doc, a, b);
            Some(Speaker {
                name: Some(mention(doc, span)),
                role: None,
                organisation: None,
                reference: mention(doc, span),
                attribution,
                entity: None,
                // A lone capitalised word may be a noun, not a name.
                confidence: if b > a || crate::lexicon::first_name(doc.s(a)).is_some() {
                    named(attribution).min(Confidence::Medium)
                } else {
                    Confidence::Low
                },
            })
        }
    }
}

/// The first token of a subject.
pub(crate) fn subject_first(subject: &Subject) -> usize {
    match subject {
        Subject::Person(p) => p.first,
        Subject::Pronoun(t, _) => *t,
        Subject::Role { det, first, .. } => det.unwrap_or(*first),
        Subject::Name(a, _) | Subject::Medium(a, _) => *a,
        Subject::Org(o) => o.tok,
    }
}

/// A speaker is a person, a role, an organisation, a medium or a pronoun
/// standing for one: never a phrase opened by a preposition ("mit diesen
/// Worten", "per Veto"), a conjunction ("Nachdem"), a number, or "es".
pub(crate) fn speaker_shaped(doc: &Doc, subject: &Subject) -> bool {
    let w = doc.s(subject_first(subject));
    let lower = w.to_lowercase();
    !(is_preposition(&lower)
        || matches!(lower.as_str(), "per" | "es" | "mittels" | "dank" | "samt")
        || w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "Indem"
                | "Nachdem"
                | "Als"
                | "Wenn"
                | "Weil"
                | "Obwohl"
                | "Während"
                | "Bevor"
                | "Damit"
                | "Dass"
                | "Ob"
                | "Des"
                | "Zudem"
                | "Dabei"
                | "Deshalb"
                | "Daher"
                | "Dennoch"
                | "Trotzdem"
        ))
}

/// The subject of a speech verb is in the nominative: a phrase opened by
/// "dem" or "den" is its object or addressee ("sagte dem Kevin", "Den Namen
/// nannte …").
pub(crate) fn verb_subject(
    doc: &Doc,
    subject: Option<(Subject, usize)>,
) -> Option<(Subject, usize)> {
    subject.filter(|(sub, _)| {
        let first = subject_first(sub);
        // "per Veto", "mit diesen Worten": inside a prepositional phrase.
        let before = first.checked_sub(1).map_or("", |k| doc.s(k));
        let in_pp = matches!(sub, Subject::Role { .. } | Subject::Name(..))
            && (is_preposition(&before.to_lowercase()) || matches!(before, "per" | "Per"));
        !in_pp
            && (!matches!(sub, Subject::Role { .. })
                || !matches!(doc.s(first), "dem" | "den" | "des" | "Dem" | "Den"))
    })
}

/// The person named right before an apposition starting at `t` ("Anna
/// Kowalski, [die Leiterin …]").
pub(crate) fn appositive_person<'e>(
    doc: &Doc,
    ents: &'e Entities,
    t: usize,
) -> Option<&'e PersonMention> {
    if t < 2 || doc.s(t - 1) != "," || !crate::scan::is_definite(doc.s(t)) {
        return None;
    }
    ents.person_ending(t - 2)
}

/// A named speaker is sure in its own sentence, less so carried from another.
pub(crate) fn named(attribution: Attribution) -> Confidence {
    if attribution == Attribution::SameSentence {
        Confidence::High
    } else {
        Confidence::Medium
    }
}

pub(crate) const ADDRESSEE_NOUNS: &[&str] = &[
    "Zeitung",
    "Sender",
    "Magazin",
    "Nachrichtenagentur",
    "Agentur",
    "Fernsehsender",
    "Radiosender",
    "Portal",
    "Onlineportal",
    "Blatt",
    "Wochenzeitung",
    "Tageszeitung",
    "Nachrichtenseite",
    "Fernsehen",
    "Rundfunk",
];

/// Whom it was said to: "teilte CNN mit", "sagte der Zeitung X", "gegenüber CNN".
pub(crate) fn addressee(
    doc: &Doc,
    verb: usize,
    subject_end: Option<usize>,
    particle: Option<usize>,
) -> Option<Mention> {
    let mut t = verb + 1;
    if let Some(e) = subject_end.filter(|&e| e > verb) {
        t = e + 1;
    }
    if doc.s(t) == "gegenüber" {
        t += 1;
    }
    if let Some((_, last)) = crate::media::match_at(doc, t) {
        return Some(mention(doc, tspan(doc, t, last)));
    }
    if matches!(doc.s(t), "der" | "dem") {
        if let Some((_, last)) = crate::media::match_at(doc, t + 1) {
            return Some(mention(doc, tspan(doc, t + 1, last)));
        }
    }
    if matches!(doc.s(t), "der" | "dem") && ADDRESSEE_NOUNS.contains(&doc.s(t + 1)) {
        let n = t + 2;
        if let Some((_, last)) = crate::media::match_at(doc, n) {
            return Some(mention(doc, tspan(doc, n, last)));
        }
        if matches!(doc.s(n), "„" | "»" | "\"" | "“" | "«") {
            let close =
                (n + 1..n + 8).find(|&c| matches!(doc.s(c), "“" | "”" | "«" | "\"" | "»"))?;
            return Some(mention(doc, Span::new(doc.end(n), doc.start(close))));
        }
        let k = name_run(doc, n);
        if k > 0 {
            return Some(mention(doc, tspan(doc, n, n + k - 1)));
        }
        return Some(mention(doc, tspan(doc, t, t + 1)));
    }
    if let Some(p) = particle {
        let k = name_run(doc, t);
        if k > 0 && t + k == p {
            return Some(mention(doc, tspan(doc, t, t + k - 1)));
        }
    }
    None
}

pub(crate) const OCCASIONS: &[&str] = &[
    "pressebriefing",
    "briefing",
    "pressekonferenz",
    "interview",
    "rede",
    "ansprache",
    "sitzung",
    "treffen",
    "gipfel",
    "besuch",
    "talkshow",
    "sendung",
    "pressemitteilung",
    "videobotschaft",
    "debatte",
    "anhörung",
    "konferenz",
    "erklärung",
    "pressegespräch",
    "gespräch",
    "telefonat",
    "fernsehauftritt",
    "podcast",
    "beitrag",
];

/// "während eines Pressebriefings", "bei einer Pressekonferenz", "in einem Interview".
pub(crate) fn occasion(
    doc: &Doc,
    from: usize,
    to: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Mention> {
    for t in from..to {
        if covered(t)
            || !matches!(
                doc.s(t),
                "während" | "bei" | "beim" | "auf" | "in" | "im" | "Während" | "Bei" | "In" | "Im"
            )
        {
            continue;
        }
        let mut k = t + 1;
        if is_det(doc.s(k)) {
            k += 1;
        }
        while doc.is_word(k) && is_adj(doc.s(k)) {
            k += 1;
        }
        let noun = doc.s(k).to_lowercase();
        let noun = noun.trim_end_matches('s');
        if doc.is_cap(k)
            && OCCASIONS.iter().any(|o| {
                noun.ends_with(o) || noun.strip_suffix('e').is_some_and(|n| n.ends_with(o))
            })
        {
            return Some(mention(doc, tspan(doc, t, k)));
        }
    }
    None
}

/// A point date (no horizon) in the quote's sentence, outside the quote.
pub(crate) fn date_in(
    dates: &[DateMention],
    doc: &Doc,
    sentence: u32,
    covered: &dyn Fn(usize) -> bool,
) -> Option<u32> {
    let i = dates.partition_point(|d| d.sentence < sentence);
    dates
        .iter()
        .enumerate()
        .skip(i)
        .take_while(|(_, d)| d.sentence == sentence)
        .find(|(_, d)| !d.until && !covered(doc.tok_at(d.span.start as usize)))
        .map(|(j, _)| j as u32)
}

/// A source found by its shape alone: a role-like phrase with its head.
pub(crate) fn np_subject(np: crate::frames::Np) -> Option<(Subject, usize)> {
    Some((
        Subject::Role {
            det: np.det,
            first: np.det.map_or(np.first, |d| d + 1),
            head: np.head,
            last: np.last,
        },
        np.last,
    ))
}
