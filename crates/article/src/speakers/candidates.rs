//! Stage 2, speaker candidates: the noun phrase, name, pronoun or medium
//! that is the subject of a verb (before it, after it, at its auxiliary, at
//! the start of a verb-final clause), and whether it can be a speaker at all.
//! Uses the word tests only.

use super::lexical::*;
use crate::entities::{adjectives_before, complement_end, name_run, Entities, PersonMention};
use crate::lexicon::{is_plural_verb, Gender};
use crate::scan::{is_adj, is_det, Doc, Kind};
use crate::types::Span;

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

/// "Er soll das im Gespräch gesagt haben", "Die Ärztin hat am Montag erklärt": a
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
    let aux = finite_aux(doc, verb, s_first, covered)?;
    // "Damit hatte die Rätin …": an adverb before the auxiliary is no subject.
    subject_before(doc, ents, aux, s_first, covered)
        .filter(|(sub, _)| speaker_shaped(doc, sub))
        .or_else(|| subject_after(doc, ents, aux, lemma, verb, covered))
}

/// Most tokens between a participle and its finite auxiliary: "So hatte
/// die neue Kreisrätin Ilse Marbach den Fährleuten fest versprochen".
const AUX_REACH: usize = 14;

/// The finite auxiliary or modal of the participle or infinitive at `verb`,
/// at most [`AUX_REACH`] tokens back in its clause.
pub(crate) fn finite_aux(
    doc: &Doc,
    verb: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let participle = doc.s(verb).ends_with('t') || doc.s(verb).ends_with("en");
    if !participle {
        return None;
    }
    (verb.saturating_sub(AUX_REACH).max(s_first)..verb)
        .rev()
        .take_while(|&k| !covered(k) && !matches!(doc.s(k), "," | ";" | ":" | "." | "!" | "?"))
        .find(|&k| is_auxiliary(doc.s(k)))
}

/// The passive of a verb of saying at `verb` ("wurde … aufgefordert",
/// "ist … kritisiert worden"): `Some` with its agent, the phrase after
/// "von"/"vom" between the auxiliary and the participle or opening the
/// sentence, if there is one; `None` when the verb is no passive participle.
pub(crate) fn passive_agent(
    doc: &Doc,
    ents: &Entities,
    verb: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Option<(Subject, usize)>> {
    let w = doc.s(verb);
    if !crate::scan::starts_lower(w) || !(w.ends_with('t') || w.ends_with("en") && w.contains("ge"))
    {
        return None;
    }
    let from = verb.saturating_sub(AGENT_REACH).max(s_first);
    let aux = (from..verb)
        .rev()
        .take_while(|&k| !covered(k) && !matches!(doc.s(k), "," | ";" | ":"))
        .find(|&k| {
            matches!(doc.s(k), "wurde" | "wurden")
                || w.ends_with('t') && matches!(doc.s(k), "wird" | "werden")
        })
        .or_else(|| (doc.s(verb + 1) == "worden").then_some(verb))?;
    let agent = (s_first..verb)
        .filter(|&k| k > aux || k == s_first)
        .find(|&k| matches!(doc.s(k), "von" | "vom" | "Von" | "Vom") && !covered(k))
        .and_then(|k| {
            let stop = if k < aux { aux } else { verb };
            verb_subject(doc, subject_after(doc, ents, k, "laut", stop, covered))
                .or_else(|| np_subject(crate::frames::np_after(doc, k + 1, stop)?))
                .filter(|(sub, _)| speaker_shaped(doc, sub))
        });
    Some(agent)
}

/// The auxiliary of a passive participle at `verb` ("wurde … aufgefordert",
/// "ist … kritisiert worden"; "wird … betont" but not the future "wird
/// … betonen"), or `verb` itself when "worden" follows it.
pub(crate) fn passive_aux(
    doc: &Doc,
    verb: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = doc.s(verb);
    if !crate::scan::starts_lower(w) || !(w.ends_with('t') || w.ends_with("en") && w.contains("ge"))
    {
        return None;
    }
    let from = verb.saturating_sub(AGENT_REACH).max(s_first);
    (from..verb)
        .rev()
        .take_while(|&k| !covered(k) && !matches!(doc.s(k), "," | ";" | ":"))
        .find(|&k| {
            matches!(doc.s(k), "wurde" | "wurden")
                || w.ends_with('t') && matches!(doc.s(k), "wird" | "werden")
        })
        .or_else(|| (doc.s(verb + 1) == "worden").then_some(verb))
}

/// Most tokens between a passive participle and its auxiliary.
const AGENT_REACH: usize = 12;

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
    if after < s_end && !matches!(doc.s(after), "," | "." | ";" | ")" | "–" | "!" | "?" | ":") {
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
        "weil"
            | "da"
            | "dass"
            | "daß"
            | "wenn"
            | "nachdem"
            | "obwohl"
            | "während"
            | "indem"
            | "was"
            | "wie"
    ) {
        return verb_subject(doc, subject_after(doc, ents, c, "sagen", verb, &|_| false));
    }
    // "die Grenze, die Anna Berger zum Ziel erklärt hatte", "der Satz, den
    // sie gesagt hatte": a person or a personal pronoun right after the
    // relative pronoun is the clause's subject, the relative pronoun its object.
    let after_comma = c > s_first + 1 && doc.s(c - 1) == ",";
    if after_comma
        && matches!(
            doc.s(c),
            "der" | "die" | "das" | "den" | "dem" | "denen" | "welche" | "welchen" | "welches"
        )
    {
        if let Some(p) = ents.person_starting(c + 1).filter(|p| p.last < verb) {
            return Some((Subject::Person(p.clone()), p.last));
        }
        if let Some(g) = is_pronoun(doc.s(c + 1))
            .filter(|_| matches!(doc.s(c + 1), "er" | "sie" | "ich" | "wir" | "man"))
        {
            return Some((Subject::Pronoun(c + 1, g), c + 1));
        }
    }
    let relative = matches!(
        doc.s(c),
        "der" | "die" | "das" | "welche" | "welcher" | "welches"
    ) && after_comma;
    if relative {
        return verb_subject(doc, subject_before(doc, ents, c - 1, s_first, &|_| false));
    }
    None
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
        let mut t = base + 1 + skip;
        // "sagte Prof. Dr. Jana Roth": past academic titles to the name.
        while matches!(doc.s(t), "Prof" | "Dr" | "Dipl") && doc.s(t + 1) == "." && doc.is_cap(t + 2)
        {
            t += 2;
        }
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
        // "…, erklärte THW.": an abbreviation names an organisation.
        if is_abbreviation(doc.s(t)) && skip == 0 {
            return Some((Subject::Medium(t, t), t));
        }
    }
    None
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
    // "lautete recht knapp die Erwiderung": past up to three adverbs.
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

/// "[der|ein] [adjectives] Nomen [Ergänzung]" starting at `t`: a role noun, or
/// any noun after a determiner or adjective ("der Wirt", "die alte Frau").
pub(crate) fn np_from(doc: &Doc, t: usize) -> Option<(Subject, usize)> {
    if addressee_np(doc, t) {
        return None;
    }
    // "einer der Langen", "jemand", "der eine", "der andere": a pronoun-like
    // subject, with its genitive or "von" complement.
    // ("laut einer Umfrage": "einer" before a noun is its article.)
    let article = matches!(doc.s(t), "einer" | "Einer" | "keiner" | "Keiner")
        && doc.is_cap(t + 1)
        && !is_det(doc.s(t + 1));
    let head = if is_indefinite_pronoun(doc.s(t)) && !article {
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
        && match numbered(doc.s(k)) {
            Some(noun) => !noun,
            None => is_adj(doc.s(k)),
        }
        && !doc.is_role(k)
    {
        k += 1;
    }
    // "der 52-jährige": an adjective with a number standing for its noun.
    if det.is_some() && k > first && !doc.is_cap(k) && numbered(doc.s(k - 1)) == Some(false) {
        k -= 1;
    }
    // "der Vereinten Nationen", "die Berliner Polizei", "die Neue Zürcher
    // Zeitung": capitalised adjectives of a name or a place; the noun after
    // them is the head.
    let mut steps = 0;
    while steps < 2
        && det.is_some()
        && doc.is_cap(k)
        && doc.is_cap(k + 1)
        && (doc.s(k).ends_with("en") || doc.s(k).ends_with('e') || doc.s(k).ends_with("er"))
        && !doc.is_role(k)
        && !crate::lexicon::is_name_stop(doc.s(k + 1))
    {
        k += 1;
        steps += 1;
    }
    let noun =
        (doc.is_cap(k) || numbered(doc.s(k)).is_some()) && !crate::lexicon::is_name_stop(doc.s(k));
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

/// "52-Jährige" (Some(true), a noun) or "52-jährige" (Some(false), an
/// adjective): a number joined by a hyphen to a word.
pub(crate) fn numbered(w: &str) -> Option<bool> {
    let (num, tail) = w.split_once('-')?;
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = tail.chars().next()?;
    if first.is_uppercase() {
        Some(true)
    } else {
        (first.is_lowercase() && is_adj(tail)).then_some(false)
    }
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
    // "wie die Ärztin (SPD) der Zeitung mitteilte": a dative addressee right
    // before the verb is stepped over; the subject stands before it.
    if t >= s_first + 3 && addressee_np(doc, t - 1) && !covered(t - 2) {
        t -= 2;
    }
    if let Some(g) = is_pronoun(doc.s(t)) {
        let plural = !matches!(doc.s(t), "er" | "Er") && is_plural_verb(doc.s(v));
        return Some((Subject::Pronoun(t, if plural { None } else { g }), t));
    }
    // "Kritik kam von Jonas Brenner, der sagte, …": a relative pronoun as
    // the subject stands for the noun phrase before its comma.
    if skip
        && t >= s_first + 2
        && doc.s(t - 1) == ","
        && matches!(doc.s(t), "der" | "die" | "welcher" | "welche")
        && !covered(t - 1)
    {
        return subject_before_at(doc, ents, t - 1, s_first, covered, false)
            .filter(|(sub, _)| !matches!(sub, Subject::Pronoun(..)));
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
        // "Die Zeugin Mara Oltmann, 41, sagte": past the age between commas.
        let age = doc.kind(t) == Some(Kind::Num)
            && doc.s(t).len() <= 3
            && t > s_first + 1
            && doc.s(t - 1) == ",";
        // "Die Gruppe, die im Mai gegründet wurde (nach langem Streit),
        // sagte": a bracket may close the relative clause.
        let clause_last = if doc.s(t) == ")" {
            (t.saturating_sub(8).max(s_first + 1)..t)
                .rev()
                .take_while(|&k| !covered(k) && !matches!(doc.s(k), ")" | ","))
                .find(|&k| doc.s(k) == "(")
                .map_or(t, |open| open - 1)
        } else {
            t
        };
        if age {
            t -= 2;
        } else if let Some(c) = relative_clause_start(doc, clause_last, s_first, covered) {
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
    if let Some(found) = complemented_subject(doc, ents, t, s_first, covered) {
        return Some(found);
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
    // "Und der zweite fügte hinzu:", "einer der Gäste sagte": pronoun-like subjects.
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

/// Most tokens of a prepositional complement after a subject's head.
const COMPLEMENT_WORDS: usize = 12;

/// "Jorin Kasmek vom Bund der Imker in Sachsen warnt", "Die Leiterin
/// von Eintracht Kellbach hat": a person or a role noun, then a chain of
/// complements ("vom", "der", "in", "von" with their nouns) up to `t`, right
/// before the verb. Not after a preposition ("mit der Ministerin in Berlin").
pub(crate) fn complemented_subject(
    doc: &Doc,
    ents: &Entities,
    t: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    if !doc.is_cap(t) {
        return None;
    }
    let link = |w: &str| {
        matches!(
            w,
            "des" | "der" | "von" | "vom" | "beim" | "im" | "in" | "aus" | "bei"
        )
    };
    let after_prep = |k: usize| k > s_first && is_preposition(doc.s(k - 1));
    let lo = t.saturating_sub(COMPLEMENT_WORDS).max(s_first);
    let mut k = t;
    while k > lo + 1 {
        let j = k - 1;
        let w = doc.s(j);
        if covered(j) {
            return None;
        }
        if link(w) {
            let r = j - 1;
            if r < s_first || !doc.is_word(r) {
                return None;
            }
            if let Some(p) = ents.person_ending(r).filter(|p| p.first >= s_first) {
                if after_prep(p.first) {
                    return None;
                }
                let mut p = p.clone();
                p.np = Span::new(p.np.start as usize, doc.end(t));
                p.last = t;
                return Some((Subject::Person(p), t));
            }
            let first = adjectives_before(doc, r, s_first);
            let det = (first > s_first && is_det(doc.s(first - 1)) && !covered(first - 1))
                .then(|| first - 1);
            // Opening the sentence, any noun with its article ("Die
            // Jugendabteilung von …") or a name of two words or more.
            let opens = det == Some(s_first) && doc.is_cap(r)
                || det.is_none()
                    && r > s_first
                    && name_run(doc, s_first) == r + 1 - s_first
                    && !looks_like_modifier(doc.s(s_first));
            if doc.is_role(r) || opens {
                if after_prep(det.unwrap_or(first)) {
                    return None;
                }
                let first = if opens && det.is_none() {
                    s_first
                } else {
                    first
                };
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
            k = j;
            continue;
        }
        if doc.is_cap(j) || is_det(w) || doc.is_word(j) && is_adj(w) {
            k = j;
            continue;
        }
        return None;
    }
    None
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
    // "Draußen im Hof nickte sie ihm zu und sagte": a subject pronoun
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
    // "Als die Gäste gingen, griff der Wirt zum Besen und rief": after a fronted
    // subordinate clause the verb opens the main clause, its subject follows.
    let after_subordinate = continued && {
        let c1 = (lo..c0 - 1)
            .rev()
            .find(|&k| covered(k) || matches!(doc.s(k), "," | ";" | ":" | "." | "!" | "?"))
            .map_or(lo, |k| k + 1);
        c1 == s_first
            && matches!(
                doc.s(c1),
                "Als"
                    | "Wenn"
                    | "Nachdem"
                    | "Weil"
                    | "Obwohl"
                    | "Während"
                    | "Da"
                    | "Bevor"
                    | "Sobald"
            )
    };
    let found = if verb_first {
        let after = at(c0 + 1).filter(|(sub, _)| {
            !continued
                || after_subordinate
                || matches!(sub, Subject::Pronoun(..) | Subject::Person(_))
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

/// A noun phrase ending at `t`: "die alte Frau", "das Außenamt in Berlin",
/// "der Leiter des Amtes" (a genitive or a place after the head, bounded).
pub(crate) fn np_before(
    doc: &Doc,
    t: usize,
    s_first: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(Subject, usize)> {
    let numbered_noun = numbered(doc.s(t)) == Some(true);
    if !(doc.is_cap(t) || numbered_noun) || crate::lexicon::is_name_stop(doc.s(t)) {
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
        } else if head > s_first + 3
            && matches!(doc.s(head - 2), "des" | "der")
            && doc.is_cap(head - 1)
            && crate::scan::is_adj(&doc.s(head - 1).to_lowercase())
            && doc.is_cap(head - 3)
        {
            // "der Vereinten Nationen", "des Roten Kreuzes": a genitive
            // name whose first word is an adjective.
            head -= 3;
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
        || crate::lexicon::never_a_speaker(w))
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
        // ("Als Begründung gaben …": a predicative "als" phrase too.)
        let in_pp = matches!(sub, Subject::Role { .. } | Subject::Name(..))
            && (is_preposition(&before.to_lowercase())
                || matches!(before, "per" | "Per" | "Als" | "als"))
            // "in der Versammlung versprochen": a name after an article
            // after a preposition.
            || matches!(sub, Subject::Name(..))
                && is_det(before)
                && first >= 2
                && is_preposition(&doc.s(first - 2).to_lowercase());
        // "zur Rettung des Leuchtturms gemahnt": a name after "des" is a
        // genitive attribute, never the subject.
        let genitive = matches!(sub, Subject::Name(..)) && before == "des";
        !in_pp
            && !genitive
            && (!matches!(sub, Subject::Role { .. })
                || !matches!(doc.s(first), "dem" | "den" | "des" | "Dem" | "Den" | "Des"))
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{scanned, tok};

    fn words(doc: &Doc, sub: &Option<(Subject, usize)>) -> String {
        let Some((s, last)) = sub else {
            return "-".into();
        };
        let first = subject_first(s);
        (first..=*last)
            .map(|k| doc.s(k))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn subject_before_a_verb_with_a_name_after_its_noun() {
        let (doc, ents) = scanned("Die schwedische Brauerei Ekholm versicherte, es bleibe so.");
        let v = tok(&doc, "versicherte");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(words(&doc, &sub), "Die schwedische Brauerei Ekholm");
    }

    #[test]
    fn subject_before_a_verb_with_a_capitalised_adjective_in_its_name() {
        let (doc, ents) =
            scanned("Das Statistische Amt der Provinz Ostland meldete, die Ernte sei gut.");
        let v = tok(&doc, "meldete");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(
            words(&doc, &sub),
            "Das Statistische Amt der Provinz Ostland"
        );
    }

    #[test]
    fn a_sentence_adverb_or_a_fronted_verb_is_no_speaker() {
        let (doc, _) = scanned("Insbesondere kritisierte man den Plan. Hatte sie das gesagt?");
        for w in ["Insbesondere", "Hatte"] {
            let t = tok(&doc, w);
            assert!(!speaker_shaped(&doc, &Subject::word(t)), "{w}");
        }
        let t = tok(&doc, "sie");
        assert!(speaker_shaped(&doc, &Subject::Pronoun(t, None)));
    }

    #[test]
    fn subject_before_a_verb_past_a_dative_addressee() {
        let (doc, ents) = scanned(
            "Wie die Sprecherin der Stadtwerke (SWK) der Presse mitteilte, sei alles ruhig.",
        );
        let v = tok(&doc, "mitteilte");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(words(&doc, &sub), "die Sprecherin der Stadtwerke");
    }

    #[test]
    fn subject_before_a_verb_past_seinerseits() {
        let (doc, ents) = scanned("Der Imkerbund seinerseits versprach, die Völker zu zählen.");
        let v = tok(&doc, "versprach");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(words(&doc, &sub), "Der Imkerbund");
    }

    #[test]
    fn a_name_after_des_is_a_genitive_not_a_subject() {
        let (doc, _) = scanned("Er hat zum Bau des Hafens aufgerufen.");
        let t = tok(&doc, "Hafens");
        assert!(verb_subject(&doc, Some((Subject::Name(t, t), t))).is_none());
    }

    #[test]
    fn einer_before_a_noun_is_its_article_not_a_pronoun() {
        let (doc, _) = scanned("Laut einer Umfrage bleibt es so. Einer der Gäste blieb.");
        let t = tok(&doc, "einer");
        assert_eq!(words(&doc, &np_from(&doc, t)), "einer Umfrage");
        let t = tok(&doc, "Einer");
        assert_eq!(words(&doc, &np_from(&doc, t)), "Einer der Gäste");
    }

    #[test]
    fn subject_before_a_relative_clause_closed_by_a_bracket() {
        let (doc, ents) = scanned(
            "Der Imkerbund, der im Mai gegründet wurde (nach langem Streit), warnte, es sei zu spät.",
        );
        let v = tok(&doc, "warnte");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(words(&doc, &sub), "Der Imkerbund");
    }

    #[test]
    fn subject_before_a_verb_past_selbst() {
        let (doc, ents) = scanned("Anna Kowalski selbst schrieb, sie wolle bleiben.");
        let v = tok(&doc, "schrieb");
        let sub = subject_before(&doc, &ents, v, 0, &|_| false);
        assert_eq!(words(&doc, &sub), "Anna Kowalski");
    }

    #[test]
    fn subject_after_a_fronted_verb() {
        let (doc, ents) = scanned("Am Montag sagte die Försterin, der Wald sei gesund.");
        let v = tok(&doc, "sagte");
        let sub = subject_after(&doc, &ents, v, "sagen", doc.toks.len(), &|_| false);
        assert_eq!(words(&doc, &sub), "die Försterin");
    }

    #[test]
    fn subject_at_the_auxiliary_of_a_perfect() {
        let (doc, ents) = scanned("Der Trainer hat am Abend erklärt, alle seien fit.");
        let v = tok(&doc, "erklärt");
        let sub = aux_subject(&doc, &ents, v, "erklären", 0, &|_| false);
        assert_eq!(words(&doc, &sub), "Der Trainer");
    }

    #[test]
    fn subject_of_a_verb_final_clause() {
        let (doc, ents) =
            scanned("Es gab Streit, weil die Gemeinde den Plan als „Luftschloss“ bezeichnet hat.");
        let v = tok(&doc, "bezeichnet");
        let sub = final_clause_subject(&doc, &ents, v, "bezeichnen", 0, doc.toks.len());
        assert_eq!(words(&doc, &sub), "die Gemeinde");
    }

    #[test]
    fn a_person_after_a_relative_pronoun_is_the_subject_of_its_clause() {
        for (text, who) in [
            (
                "Damit fällt die Grenze, die Jonas Brenner im Mai zum Ziel erklärt hatte: „Bald.“",
                "Jonas Brenner",
            ),
            (
                "Es gilt der Satz, den sie im Mai gesagt hatte: „Bald.“",
                "sie",
            ),
            // The relative pronoun as the subject stands for the noun before it.
            (
                "Es kam die Ärztin, die im Mai gesagt hatte: „Bald.“",
                "die Ärztin",
            ),
        ] {
            let (doc, ents) = scanned(text);
            let v = tok(&doc, "hatte") - 1;
            let sub = final_clause_subject(&doc, &ents, v, "sagen", 0, doc.toks.len());
            assert_eq!(words(&doc, &sub), who, "{text}");
        }
    }

    #[test]
    fn an_object_or_a_prepositional_phrase_is_no_subject() {
        let (doc, _) = scanned("Er sagte dem Nachbarn etwas. Mit diesen Worten ging er.");
        let d = tok(&doc, "dem");
        let role = Subject::Role {
            det: Some(d),
            first: d + 1,
            head: d + 1,
            last: d + 1,
        };
        assert!(verb_subject(&doc, Some((role, d + 1))).is_none());
        let w = tok(&doc, "Worten");
        let pp = Subject::Role {
            det: None,
            first: w - 1,
            head: w,
            last: w,
        };
        assert!(verb_subject(&doc, Some((pp, w))).is_none());
    }
}

#[cfg(test)]
mod numbered_tests {
    use super::numbered;

    #[test]
    fn a_number_joined_to_a_noun_or_an_adjective() {
        assert_eq!(numbered("52-Jährige"), Some(true));
        assert_eq!(numbered("52-jährige"), Some(false));
        assert_eq!(numbered("3-Zimmer"), Some(true));
        assert_eq!(numbered("Nord-Süd"), None);
        assert_eq!(numbered("52"), None);
    }
}
