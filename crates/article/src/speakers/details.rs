//! Stage 5, details of a quote besides its speaker: the addressee, the
//! occasion and the date. Uses the word tests only.

use super::lexical::*;
use crate::entities::name_run;
use crate::scan::{is_adj, is_det, Doc};
use crate::types::{DateMention, Mention, Span};

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
    if matches!(doc.s(t), "der" | "dem") && crate::lexicon::is_addressee_noun(doc.s(t + 1)) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{scanned, tok};

    #[test]
    fn the_addressee_follows_the_verb() {
        let (doc, _) = scanned("Die Ärztin sagte der Zeitung, alles sei gut.");
        let v = tok(&doc, "sagte");
        let a = addressee(&doc, v, None, None).map(|m| m.text);
        assert_eq!(a.as_deref(), Some("der Zeitung"));
    }

    #[test]
    fn no_addressee_without_one() {
        let (doc, _) = scanned("Die Ärztin sagte, alles sei gut.");
        let v = tok(&doc, "sagte");
        assert!(addressee(&doc, v, None, None).is_none());
    }
}
