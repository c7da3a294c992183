//! Stage 1, words: the word and token tests the speaker stages share
//! (pronouns, prepositions, auxiliaries, quote marks, names in quote marks,
//! websites, abbreviations, short adverbials). Looks at tokens only; knows
//! nothing of subjects, cues or speakers.

use crate::lexicon::Gender;
use crate::scan::{is_adj, is_det, Doc, Kind};
use crate::types::{Mention, Span};

/// How far (in tokens) from a quote its cue may stand.
pub(crate) const WINDOW: usize = 30;

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

/// Nouns naming an utterance: "»…«, lautete die Antwort der Frau".
pub(crate) fn is_utterance_noun(w: &str) -> bool {
    matches!(
        w,
        "Antwort" | "Entgegnung" | "Erwiderung" | "Frage" | "Worte" | "Rede" | "Bescheid"
    )
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
        "aber"
            | "nun"
            | "jedoch"
            | "hingegen"
            | "dagegen"
            | "indessen"
            | "selbst"
            | "seinerseits"
            | "ihrerseits"
            | "wiederum"
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
            | "letztere"
            | "Letztere"
            | "letzterer"
            | "Letzterer"
            | "erstere"
            | "Erstere"
            | "ersterer"
            | "Ersterer"
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
        && (crate::media::match_at(doc, t + 1).is_some()
            || crate::lexicon::is_addressee_noun(doc.s(t + 1)))
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

/// "wetterblog.de" starting at `t` (three tokens written without spaces):
/// its last token.
pub(crate) fn web_name_from(doc: &Doc, t: usize) -> Option<usize> {
    let glued = |k: usize| doc.end(k) == doc.start(k + 1);
    (doc.is_word(t)
        && doc.s(t + 1) == "."
        && doc.is_word(t + 2)
        && glued(t)
        && glued(t + 1)
        && crate::lexicon::is_web_domain(doc.s(t + 2)))
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
    // "Die Stiftung Nordlicht (SNL), die …": a short bracket may stand
    // between the noun and its clause.
    let bracket = c > s_first + 1 && doc.s(c - 1) == ")" && {
        (c.saturating_sub(6).max(s_first + 1)..c - 1)
            .rev()
            .take_while(|&k| !covered(k) && !matches!(doc.s(k), ")" | ","))
            .find(|&k| doc.s(k) == "(")
            .is_some_and(|open| noun(open - 1))
    };
    let before_noun = c > s_first
        && (noun(c - 1)
            || bracket
            || c > s_first + 1 && is_relative_particle(doc.s(c - 1)) && noun(c - 2));
    (relative && before_noun).then_some(c)
}

/// Particles between a noun and its relative clause: "Ein Junge nur, der …",
/// "Der Vater aber, der …".
pub(crate) fn is_relative_particle(w: &str) -> bool {
    is_subject_particle(w) || matches!(w, "nur" | "allein" | "selbst")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{scanned, tok};

    #[test]
    fn abbreviations_are_short_and_all_capitals() {
        assert!(is_abbreviation("THW"));
        assert!(is_abbreviation("G7-AG"));
        assert!(!is_abbreviation("Tal"));
        assert!(!is_abbreviation("A"));
        assert!(!is_abbreviation("ABCDEFGH"));
    }

    #[test]
    fn a_website_is_three_glued_tokens_ending_in_a_domain() {
        let (doc, _) = scanned("Laut gartenwelt.de blüht es. Er kam um 3. Mai an. Das Ende. de");
        let a = tok(&doc, "gartenwelt");
        assert_eq!(web_name_from(&doc, a), Some(a + 2));
        assert_eq!(web_name_ending(&doc, a + 2, 0), Some(a));
        let e = tok(&doc, "Ende");
        assert_eq!(web_name_from(&doc, e), None);
    }

    #[test]
    fn pronouns_auxiliaries_and_quote_marks() {
        assert_eq!(is_pronoun("sie"), Some(Some(Gender::Female)));
        assert_eq!(is_pronoun("wir"), Some(None));
        assert_eq!(is_pronoun("Haus"), None);
        assert!(is_auxiliary("hat") && is_auxiliary("wollte") && !is_auxiliary("sagte"));
        assert_eq!(quote_family("„"), quote_family("“"));
        assert_ne!(quote_family("»"), quote_family("“"));
    }

    #[test]
    fn a_name_in_marks_after_its_article_or_noun() {
        let (doc, _) = scanned("Das Magazin „Nordlicht“ berichtet. „Nordlicht“ berichtet auch.");
        let close = tok(&doc, "“");
        assert_eq!(quoted_name_ending(&doc, close, 0), Some(0));
        let (s2, _) = doc.sent_range(1);
        let close2 = (s2..doc.toks.len())
            .find(|&k| doc.s(k) == "“")
            .expect("a closing mark");
        assert_eq!(quoted_name_ending(&doc, close2, s2), Some(s2));
    }
}
