//! Quotations: pairs of quote marks of every style („…“ „…” “…” »…« «…» "…"
//! ‚…‘), split quotes joined around their cue, and the kind of each quote.

use crate::lexicon::speech_verb;
use crate::scan::{starts_lower, starts_upper, Doc, Kind};
use crate::types::{QuoteKind, Span};

/// A quote before attribution.
#[derive(Clone, Debug)]
pub struct Raw {
    /// (open mark token, close mark token) per piece.
    pub pieces: Vec<(usize, usize)>,
    pub kind: QuoteKind,
    pub sentence: u32,
    /// Speech without quote marks: opened by a dash at the start of a
    /// paragraph or a colon after a speech verb; the "marks" are those tokens
    /// and the token that ends the speech.
    pub unmarked: bool,
}

impl Raw {
    pub fn open(&self) -> usize {
        self.pieces.first().map_or(0, |p| p.0)
    }
    pub fn close(&self) -> usize {
        self.pieces.last().map_or(0, |p| p.1)
    }
    /// True when token `t` lies inside one of the pieces (marks included).
    pub fn covers(&self, t: usize) -> bool {
        self.pieces.iter().any(|&(a, b)| a <= t && t <= b)
    }
    /// The quoted words of each piece, trimmed.
    pub fn piece_spans(&self, doc: &Doc) -> Vec<Span> {
        self.pieces
            .iter()
            .map(|&(a, b)| {
                // A quote that began before its paragraph starts at its first word.
                let start = if doc.kind(a) == Some(Kind::Punct) {
                    doc.end(a)
                } else {
                    doc.start(a)
                };
                Span::new(start, doc.start(b).max(start))
            })
            .map(|s| trim(doc, s))
            .collect()
    }
}

fn trim(doc: &Doc, s: Span) -> Span {
    let t = doc.slice(s.start as usize, s.end as usize);
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    Span::new(
        s.start as usize + lead,
        (s.end as usize - trail).max(s.start as usize + lead),
    )
}

/// Closing marks for an opening mark; index into the search cache.
fn closers(open: &str) -> Option<(&'static [&'static str], usize)> {
    Some(match open {
        "„" => (&["“", "”"], 0),
        "“" => (&["”", "“"], 1),
        "»" => (&["«"], 2),
        "«" => (&["»"], 3),
        "\"" => (&["\""], 4),
        "‚" => (&["‘", "’"], 5),
        "›" => (&["‹"], 6),
        "‹" => (&["›"], 7),
        _ => return None,
    })
}

/// Marks that need a space (or line start) before them to open a quote.
fn ambiguous(mark: &str) -> bool {
    matches!(mark, "“" | "\"" | "‚" | "«" | "»" | "›" | "‹")
}

fn is_quote_mark(w: &str) -> bool {
    w.chars().next().is_some_and(crate::scan::is_quote_char)
}

/// The family of a quote mark: marks of one family pair with each other.
fn family(w: &str) -> Option<usize> {
    Some(match w {
        "„" | "“" | "”" => 0,
        "»" | "«" => 1,
        "›" | "‹" => 2,
        "\"" => 3,
        "‚" | "‘" | "’" => 4,
        _ => return None,
    })
}

fn glued_before(doc: &Doc, t: usize) -> bool {
    t > 0 && doc.end(t - 1) == doc.start(t) && doc.kind(t - 1) != Some(Kind::Break)
}

fn glued_after(doc: &Doc, t: usize) -> bool {
    doc.end(t) == doc.start(t + 1) && doc.kind(t + 1).is_some_and(|k| k != Kind::Break)
}

fn can_open(doc: &Doc, t: usize) -> bool {
    let mark = doc.s(t);
    let before_ok = !glued_before(doc, t)
        || matches!(doc.s(t.wrapping_sub(1)), "(" | "[" | "—" | "–" | "-" | "/");
    glued_after(doc, t) && (!ambiguous(mark) || before_ok || mark == "»" || mark == "«")
}

fn can_close(doc: &Doc, t: usize) -> bool {
    glued_before(doc, t)
}

/// Opening marks that only open: one left unclosed at the end of its
/// paragraph opens a quote that runs on (a quotation over several
/// paragraphs, a text cut inside a quote).
fn opens_only(mark: &str) -> bool {
    matches!(mark, "„" | "»" | "›")
}

/// Closing marks that only close: one with no mark before it in its
/// paragraph closes a quote that began before the paragraph (or the text).
fn closes_only(doc: &Doc, t: usize) -> bool {
    matches!(doc.s(t), "“" | "”" | "«" | "‹") && can_close(doc, t) && !glued_after(doc, t)
}

/// Punctuation that ends quoted speech before its closing mark.
fn ends_speech(w: &str) -> bool {
    matches!(w, "." | "," | "!" | "?" | "…" | ";" | "-" | "–" | "—")
}

/// An unclosed opening mark at `t` that runs to the paragraph end: it does
/// not follow a word, some words follow, and no other mark of its family
/// does (a column of „ „ „ is ditto marks, not speech). Called
/// at most once per paragraph and mark family, so the scan stays linear.
fn runs_on(doc: &Doc, t: usize, para_end: usize) -> bool {
    // Not a name after an article or preposition ("der „Neuen Zeitung …").
    let speech_place = t == 0 || !doc.is_word(t - 1);
    let fam = family(doc.s(t));
    opens_only(doc.s(t))
        && speech_place
        && para_end > t + 3
        && (t + 1..para_end).all(|k| doc.kind(k) != Some(Kind::Punct) || family(doc.s(k)) != fam)
}

/// Finds quote pairs paragraph by paragraph in one pass. A pair is (open,
/// close) mark tokens; a quote that began before its paragraph has the
/// paragraph's first token as "open" (a word, not a mark), and one that runs
/// to the end of its paragraph has the paragraph's end (a line break or the
/// text end) as "close".
pub fn find(doc: &Doc) -> Vec<(usize, usize)> {
    let n = doc.toks.len();
    let mut out = Vec::new();
    // Per closer set: a failed search from here on finds nothing until the paragraph ends.
    let mut exhausted = [usize::MAX; 8];
    let mut para_end = 0;
    let mut para_start = 0;
    // Mark families seen in this paragraph, as bits.
    let mut seen = 0u8;
    let mut t = 0;
    while t < n {
        if t >= para_end {
            para_start = t;
            para_end = t;
            while para_end < n && doc.kind(para_end) != Some(Kind::Break) {
                para_end += 1;
            }
            exhausted = [usize::MAX; 8];
            seen = 0;
        }
        let punct = doc.kind(t) == Some(Kind::Punct);
        let fam = family(doc.s(t)).unwrap_or(5);
        if punct
            && seen & (1 << fam) == 0
            && t > para_start + 1
            && closes_only(doc, t)
            && (ends_speech(doc.s(t - 1)) || doc.s(t + 1) == ",")
        {
            out.push((para_start, t));
            seen |= 1 << fam;
            t += 1;
            continue;
        }
        if punct && is_quote_mark(doc.s(t)) {
            seen |= 1 << fam;
        }
        let found = if punct && can_open(doc, t) {
            closers(doc.s(t)).and_then(|(set, id)| {
                if exhausted.get(id).is_some_and(|&e| e <= t) {
                    return None;
                }
                // „…" (Grenzboten style): a straight mark closes „, unless it
                // opened a quote of its own inside („er sagte "ja" dazu“).
                let straight = id == 0;
                let mut inner = false;
                let hit = (t + 1..para_end).find(|&c| {
                    if doc.kind(c) != Some(Kind::Punct) {
                        return false;
                    }
                    let m = doc.s(c);
                    if straight && m == "\"" {
                        if can_open(doc, c) && !can_close(doc, c) {
                            inner = true;
                            return false;
                        }
                        if inner && can_close(doc, c) {
                            inner = false;
                            return false;
                        }
                        return can_close(doc, c) && c > t + 1;
                    }
                    set.contains(&m) && can_close(doc, c) && c > t + 1
                });
                if hit.is_none() {
                    if let Some(e) = exhausted.get_mut(id) {
                        *e = t;
                    }
                    if runs_on(doc, t, para_end) {
                        return Some(para_end);
                    }
                }
                hit
            })
        } else {
            None
        };
        match found {
            Some(c) => {
                out.push((t, c));
                t = c + 1;
            }
            None => t += 1,
        }
    }
    out
}

/// Joins split quotes and classifies every quote.
pub fn build(doc: &Doc, pairs: &[(usize, usize)]) -> Vec<Raw> {
    let mut raws: Vec<Raw> = Vec::new();
    for &(a, b) in pairs {
        let sentence = doc.sent(a).unwrap_or(0);
        if let Some(prev) = raws.last_mut() {
            if prev.sentence == sentence && prev.pieces.len() < 4 && joins(doc, prev.close(), a) {
                prev.pieces.push((a, b));
                continue;
            }
        }
        raws.push(Raw {
            pieces: vec![(a, b)],
            kind: QuoteKind::Full,
            sentence,
            unmarked: false,
        });
    }
    // Prefix counts of cue words, so "a cue elsewhere in the sentence" costs O(1).
    let mut cues = Vec::with_capacity(doc.toks.len() + 1);
    let mut acc = 0u32;
    cues.push(0);
    for t in 0..doc.toks.len() {
        acc += u32::from(doc.is_word(t) && is_cue_word(doc, t));
        cues.push(acc);
    }
    for r in &mut raws {
        r.kind = classify(doc, r, &cues);
    }
    // Speech without marks, where no marked quote is.
    let extra = unmarked(doc, pairs);
    if !extra.is_empty() {
        let mut merged = Vec::with_capacity(raws.len() + extra.len());
        let mut it = extra.into_iter().peekable();
        for r in raws {
            while let Some(u) = it.next_if(|u| u.open() < r.open()) {
                if u.close() < r.open() {
                    merged.push(u);
                }
            }
            while it.next_if(|u| u.open() <= r.close()).is_some() {}
            merged.push(r);
        }
        merged.extend(it);
        raws = merged;
    }
    raws
}

/// Sentences a dash-introduced turn may run before narration is assumed.
const MAX_TURN_SENTENCES: usize = 2;

fn is_dash(w: &str) -> bool {
    matches!(w, "–" | "—")
}

/// Direct speech without quote marks, in one pass over the tokens:
/// - a dash opening a paragraph ("– Wir bleiben hier, sagte der Bauer."): the
///   turn runs to its frame, the paragraph end, or two sentences at most (a
///   dash inside a paragraph is a pause, not a new turn);
/// - a colon after a speech verb in its clause, followed by a capitalised
///   word that is no quote mark ("Der Minister sagte: Wir geben nicht nach."),
///   to the end of the sentence.
///
/// Marked quotes (`pairs`) win: an unmarked quote overlapping one is dropped.
fn unmarked(doc: &Doc, pairs: &[(usize, usize)]) -> Vec<Raw> {
    let n = doc.toks.len();
    let mut out = Vec::new();
    let mut pi = 0;
    let mut t = 0;
    let marked = |a: usize, b: usize, pi: &mut usize| {
        while pairs.get(*pi).is_some_and(|p| p.1 < a) {
            *pi += 1;
        }
        pairs.get(*pi).is_some_and(|p| p.0 <= b)
    };
    while t < n {
        let para_start = t == 0 || doc.kind(t - 1) == Some(Kind::Break);
        if para_start && is_dash(doc.s(t)) && doc.is_word(t + 1) {
            // One dialogue paragraph: turns split at "– " after a sentence end.
            let mut end = t;
            while end < n && doc.kind(end) != Some(Kind::Break) {
                end += 1;
            }
            // The turn: up to two sentence ends, and before its frame
            // ("– Wir bleiben, sagte der Bauer.").
            let mut stop = t + 1;
            let mut ends = 0;
            while stop < end && ends < MAX_TURN_SENTENCES {
                ends += usize::from(matches!(doc.s(stop), "." | "!" | "?" | "…"));
                stop += 1;
            }
            let close = (t + 2..stop)
                .find(|&c| doc.s(c) == "," && doc.is_word(c + 1) && is_cue_word(doc, c + 1))
                .unwrap_or(stop);
            if close > t + 1 && !marked(t, close, &mut pi) {
                out.push(Raw {
                    pieces: vec![(t, close)],
                    kind: QuoteKind::Full,
                    sentence: doc.sent(t + 1).unwrap_or(0),
                    unmarked: true,
                });
            }
            t = end + 1;
            continue;
        }
        if doc.s(t) == ":" && doc.is_cap(t + 1) {
            let sent = doc.sent(t).unwrap_or(0);
            let (s_first, s_end) = doc.sent_range(sent);
            let framed = (s_first.max(t.saturating_sub(15))..t)
                .rev()
                .take_while(|&k| !matches!(doc.s(k), "," | ";" | "." | ":"))
                .any(|k| doc.is_word(k) && is_cue_word(doc, k));
            if framed {
                let close = if s_end > t + 2 && matches!(doc.s(s_end - 1), "." | "!" | "?") {
                    s_end - 1
                } else {
                    s_end
                };
                if close > t + 2 && !marked(t, close, &mut pi) && reads_as_speech(doc, t + 1, close)
                {
                    out.push(Raw {
                        pieces: vec![(t, close)],
                        kind: QuoteKind::Full,
                        sentence: sent,
                        unmarked: true,
                    });
                }
                t = close.max(t + 1);
                continue;
            }
        }
        t += 1;
    }
    out
}

/// Words after a colon that read as an utterance, not as a list or a table
/// ("stimmten: Keller St. Gallen, Huber Wil …", "notiert: Weizen 11,78"):
/// no figures, and more lower-case words than capitalised ones.
fn reads_as_speech(doc: &Doc, from: usize, to: usize) -> bool {
    let (mut lower, mut upper) = (0usize, 0usize);
    for k in from..to {
        match doc.kind(k) {
            Some(Kind::Num) => return false,
            Some(Kind::Word) if starts_lower(doc.s(k)) => lower += 1,
            Some(Kind::Word) => upper += 1,
            _ => {}
        }
    }
    lower > upper
}

/// "„…“, sagte sie, „…“", "»…« sagte er, »…«", "»…,« mischte sich der Arzt ein,
/// »…«": a short frame without a sentence end between two pieces, with a
/// speech verb (or any finite verb right after the first piece), and a comma
/// or colon before the second piece or a lower-case word opening it.
fn joins(doc: &Doc, close: usize, open: usize) -> bool {
    if open <= close + 1 || open > close + 14 {
        return false;
    }
    let gap = close + 1..open;
    if gap.clone().any(|t| {
        matches!(doc.s(t), "." | "!" | "?" | ";" | "…")
            || doc
                .s(t)
                .chars()
                .next()
                .is_some_and(crate::scan::is_quote_char)
            || doc.kind(t) == Some(Kind::Break)
    }) {
        return false;
    }
    let first = if doc.s(close + 1) == "," {
        close + 2
    } else {
        close + 1
    };
    let listed = gap
        .clone()
        .any(|t| doc.is_word(t) && speech_verb(doc.s(t)).is_some_and(|v| v.0 != "laut"));
    let w = doc.s(first);
    let postfield = first < open
        && doc.is_word(first)
        && starts_lower(w)
        && !crate::scan::is_det(w)
        && !matches!(
            w,
            "und" | "oder" | "aber" | "denn" | "wie" | "als" | "dass" | "daß"
        );
    let last_ok = matches!(doc.s(open - 1), "," | ":" | "–" | "—");
    let continues = starts_lower(doc.s(open + 1));
    (listed || postfield) && (last_ok || continues)
}

/// Words before a quote that announce a name, not speech.
const TERM_TRIGGERS: &[&str] = &[
    "namens",
    "Operation",
    "Schiff",
    "sogenannte",
    "sogenannten",
    "sogenannter",
    "sogenanntes",
    "sog",
    "genannt",
    "genannte",
    "genannten",
    "Codename",
    "Codenamen",
    "Kodename",
    "Deckname",
    "Flaggschiff",
    "Kreuzer",
    "Motto",
    "Titel",
    "Begriff",
    "Schlagwort",
    "Slogan",
    "Projekt",
    "Mission",
    "Programm",
    "Zeitung",
    "Magazin",
    "Sender",
    "Buch",
    "Film",
    "Partei",
    "Gruppe",
    "Bewegung",
    "Bataillon",
    "Brigade",
    "Einheit",
    "Regiment",
    "Kampagne",
    "Plan",
    "Initiative",
    "Spitzname",
    "Marke",
    "Ausdruck",
    "Name",
    "Namen",
    "Stichwort",
    "Kriegsschiff",
    "Raketenkreuzer",
    "Militäroperation",
    "Offensive",
    "Manöver",
    "Übung",
];

/// Cue words in tokens `a..b`, from the prefix counts.
fn cues_in(cues: &[u32], a: usize, b: usize) -> u32 {
    let at = |i: usize| cues.get(i).or(cues.last()).copied().unwrap_or(0);
    at(b).saturating_sub(at(a))
}

/// Nouns naming a work, a paper or a house, by their last part: a quote right
/// after one is its title ("Roman", "Tageszeitung", "Wochenblatt").
fn is_title_noun(w: &str) -> bool {
    const HEADS: &[&str] = &[
        "zeitung",
        "blatt",
        "blätter",
        "roman",
        "drama",
        "oper",
        "gedicht",
        "stück",
        "werk",
        "schrift",
        "artikel",
        "aufsatz",
        "buch",
        "titel",
        "lied",
        "journal",
        "verein",
        "gesellschaft",
        "hotel",
        "gasthof",
        "gasthaus",
        "schiff",
        "film",
        "novelle",
        "erzählung",
        "komödie",
        "tragödie",
        "ballade",
        "kapitel",
        "gemälde",
        "album",
        "serie",
        "sendung",
        "magazin",
        "zeitschrift",
        "broschüre",
        "denkschrift",
        "flugschrift",
        "wort",
        "motto",
        "parole",
        "überschrift",
        "rubrik",
        "kolumne",
        "theater",
        "restaurant",
        "café",
        "kaffeehaus",
        "dampfer",
        "festschrift",
        "schauspiel",
        "lustspiel",
        "trauerspiel",
        "symphonie",
        "sinfonie",
    ];
    let l = w.rsplit('-').next().unwrap_or(w).to_lowercase();
    let l = l.trim_end_matches(['s', 'e']);
    HEADS
        .iter()
        .any(|h| l.ends_with(h.trim_end_matches(['s', 'e'])))
}

fn classify(doc: &Doc, r: &Raw, cues: &[u32]) -> QuoteKind {
    let (open, close) = (r.open(), r.close());
    let (s_first, s_end) = doc.sent_range(r.sentence);
    let words = (open + 1..close)
        .filter(|&t| doc.is_word(t) || doc.kind(t) == Some(Kind::Num))
        .count();
    let first_word = doc.s(open + 1);
    // "der „Fr. Allg. Bl.“": a final dot of an abbreviated name ends no sentence.
    let abbreviated = doc.s(close.wrapping_sub(1)) == "."
        && (open + 1..close).filter(|&t| doc.s(t) == ".").count() >= 2
        && (open + 1..close)
            .all(|t| !doc.is_word(t) || doc.is_cap(t) && doc.s(t).chars().count() <= 8);
    let inner_end_punct =
        matches!(doc.s(close.wrapping_sub(1)), "." | "!" | "?" | "," | "…") && !abbreviated;
    let mut prev = open.wrapping_sub(1);
    if doc.s(prev) == "." {
        prev = prev.wrapping_sub(1);
    }
    if open > s_first && TERM_TRIGGERS.contains(&doc.s(prev)) && words <= 4 {
        return QuoteKind::Term;
    }
    let inner_pronoun = (open + 1..close).any(|t| {
        matches!(
            doc.s(t),
            "ich" | "Ich" | "wir" | "Wir" | "mir" | "mich" | "uns" | "du" | "Du" | "euch"
        )
    });
    // Titles of works and names of papers: "im Roman »Der grüne Heinrich«",
    // "die Zeitschrift „Die Fackel“", "in der „Neuen Freien Presse“".
    if open > s_first && words <= 8 && !inner_end_punct && !inner_pronoun {
        let p = doc.s(open - 1);
        let titled = doc.is_cap(open - 1) && is_title_noun(p);
        let after_article = (crate::scan::is_definite(p)
            || matches!(p, "im" | "ins" | "vom" | "zum" | "zur" | "beim" | "am"))
            && starts_upper(first_word)
            && words <= 5;
        if titled || after_article {
            return QuoteKind::Term;
        }
    }
    if r.pieces.len() > 1 {
        return QuoteKind::Full;
    }
    if at_sentence_start_or_colon(doc, open, s_first) && framed_after(doc, close, s_end) {
        return QuoteKind::Full;
    }
    let at_start = open == s_first || matches!(doc.s(open - 1), ":");
    let after = doc.s(close + 1);
    let at_end = close + 1 >= s_end
        || matches!(after, "," | "." | "!" | "?") && has_cue_near(doc, close + 1, s_end);
    let speech_like = inner_end_punct
        || words >= 5
        || (open + 1..close).any(|t| {
            matches!(
                doc.s(t),
                "ich"
                    | "Ich"
                    | "wir"
                    | "Wir"
                    | "uns"
                    | "unsere"
                    | "unser"
                    | "mir"
                    | "mich"
                    | "du"
                    | "euch"
            )
        });
    let inside: u32 = r
        .pieces
        .iter()
        .map(|&(a, b)| cues_in(cues, a.max(s_first), (b + 1).min(s_end)))
        .sum();
    let cue_in_sentence = cues_in(cues, s_first, s_end) > inside;
    // A cue in the quote's own stretch of the sentence, not anywhere in it.
    let near = (
        s_first.max(open.saturating_sub(CUE_NEAR)),
        s_end.min(close + CUE_NEAR),
    );
    let cue_near = cues_in(cues, near.0, near.1) > inside;
    if words <= 6 && !inner_end_punct && title_like(doc, open, close) {
        return QuoteKind::Term;
    }
    if words <= 10 && !inner_end_punct && !inner_pronoun && named_thing(doc, open, close) {
        return QuoteKind::Term;
    }
    // "nannte den Plan einen „Irrweg“", "bezeichnete ihn als „Träumer“":
    // a label given by a verb of naming is the speaker's own word.
    let labelled = words <= 4
        && !at_start
        && (doc.s(open - 1) == "als" || crate::scan::is_det(doc.s(open - 1)))
        && (s_first..s_end).any(|t| {
            speech_verb(doc.s(t)).is_some_and(|(lemma, _, _)| {
                matches!(lemma, "nennen" | "bezeichnen" | "titulieren")
            })
        });
    // „Nordpress“, „Radio Kiel 2“, „Stadtwerk“: a few capitalised words
    // or numbers inside a sentence are a name or a term, not words said.
    if words <= 4
        && !labelled
        && !inner_end_punct
        && !inner_pronoun
        && !at_start
        && name_shaped(doc, open, close)
    {
        return QuoteKind::Term;
    }
    if (at_start || at_end) && (speech_like || words >= 3) && starts_upper(first_word) {
        return QuoteKind::Full;
    }
    if !cue_in_sentence && !speech_like {
        return QuoteKind::Term;
    }
    if at_start && !starts_lower(first_word) && speech_like {
        return QuoteKind::Full;
    }
    if words <= 3 && !cue_near {
        return QuoteKind::Term;
    }
    QuoteKind::Partial
}

/// „Songs for the Road“, „Gesetz zur Änderung des Meldegesetzes“, „Partei der
/// Arbeit“: words of another language without a German function word, or
/// the name of a law, party or campaign (its head first, then only
/// capitalised words and function words) — a title or a name, not speech.
fn named_thing(doc: &Doc, open: usize, close: usize) -> bool {
    // Words no German text has; weaker ones (also dialect: "is") count in twos.
    const FOREIGN: &[&str] = &[
        "the", "of", "and", "for", "with", "my", "your", "you", "this", "that", "la", "le", "les",
        "pour", "el", "los",
    ];
    const WEAK: &[&str] = &["to", "is", "are", "on", "it", "be", "et", "du", "y", "a"];
    const GERMAN: &[&str] = &[
        "der", "die", "das", "und", "ist", "sind", "ein", "eine", "nicht", "zu", "mit", "von",
        "für", "auf", "im", "den", "dem", "es", "sich", "wir", "ich", "sie", "er", "auch",
    ];
    const HEADS: &[&str] = &[
        "gesetz",
        "gesetzes",
        "partei",
        "allianz",
        "kampagne",
        "bündnis",
        "bewegung",
        "stiftung",
        "initiative",
        "verordnung",
        "abkommen",
        "vertrag",
        "operation",
        "aktion",
        "programm",
        "front",
        "liga",
        "komitee",
    ];
    let words: Vec<&str> = (open + 1..close)
        .filter(|&t| doc.is_word(t))
        .map(|t| doc.s(t))
        .collect();
    if words.is_empty() {
        return false;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let weak = lower.iter().filter(|w| WEAK.contains(&w.as_str())).count();
    let foreign = (lower.iter().any(|w| FOREIGN.contains(&w.as_str())) || weak >= 2)
        && !lower.iter().any(|w| GERMAN.contains(&w.as_str()));
    if foreign {
        return true;
    }
    let head = lower[0].rsplit('-').next().unwrap_or(&lower[0]);
    let function = |w: &str| {
        matches!(
            w,
            "der"
                | "des"
                | "zur"
                | "zum"
                | "für"
                | "und"
                | "von"
                | "ohne"
                | "über"
                | "gegen"
                | "mit"
                | "ein"
                | "eines"
                | "einer"
                | "den"
                | "die"
                | "in"
                | "im"
        )
    };
    words.len() >= 2
        && starts_upper(words[0])
        && HEADS.iter().any(|h| head.ends_with(h))
        && words[1..].iter().all(|w| starts_upper(w) || function(w))
}

/// Tokens around a short quote searched for its cue.
const CUE_NEAR: usize = 12;

/// "„Der lustige Schuster“", "„Die kluge Else“": an article opening a few
/// words that are only adjectives, nouns and function words — the shape of a
/// title, not of a sentence (which has a verb: „Die Lage ist ernst“).
fn title_like(doc: &Doc, open: usize, close: usize) -> bool {
    if !matches!(doc.s(open + 1), "Der" | "Die" | "Das" | "Ein" | "Eine") {
        return false;
    }
    (open + 2..close).all(|t| {
        let w = doc.s(t);
        doc.kind(t) != Some(Kind::Word)
            || starts_upper(w)
            || crate::scan::is_adj(w)
            || crate::scan::is_definite(w)
            || matches!(
                w,
                "von"
                    | "vom"
                    | "am"
                    | "im"
                    | "in"
                    | "und"
                    | "auf"
                    | "an"
                    | "zu"
                    | "zur"
                    | "zum"
                    | "aus"
                    | "mit"
                    | "ohne"
                    | "über"
                    | "unter"
                    | "für"
            )
    }) && !(open + 2..close).any(|t| matches!(doc.s(t), "." | "!" | "?" | ","))
}

/// Every word between the marks capitalised (or a number), no sentence marks.
fn name_shaped(doc: &Doc, open: usize, close: usize) -> bool {
    open + 1 < close
        && (open + 1..close).all(|t| match doc.kind(t) {
            Some(Kind::Word) => starts_upper(doc.s(t)),
            Some(Kind::Num) => true,
            _ => !matches!(doc.s(t), "," | "." | "?" | ":" | ";"),
        })
}

fn at_sentence_start_or_colon(doc: &Doc, open: usize, s_first: usize) -> bool {
    open == s_first || matches!(doc.s(open.wrapping_sub(1)), ":")
}

/// "»…«, schmunzelte der Förster": a quote opening its sentence with a finite
/// verb and its subject right after it is speech, whatever the verb.
fn framed_after(doc: &Doc, close: usize, s_end: usize) -> bool {
    let mut v = close + 1;
    if doc.s(v) == "," {
        v += 1;
    }
    let w = doc.s(v);
    let subject = doc.s(v + 1);
    v + 1 < s_end
        && doc.is_word(v)
        && starts_lower(w)
        && w.chars().count() > 3
        && (w.ends_with('t') || w.ends_with("te") || w.ends_with("ten") || speech_verb(w).is_some())
        && !crate::scan::is_det(w)
        && (matches!(subject, "er" | "sie" | "es" | "ich" | "wir" | "du" | "ihr")
            || crate::scan::is_det(subject)
            || doc.is_cap(v + 1))
}

fn is_cue_word(doc: &Doc, t: usize) -> bool {
    doc.is_cue(t)
        && speech_verb(doc.s(t)).is_some_and(|(lemma, _, _)| lemma != "so" && lemma != "laut")
}

fn has_cue_near(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end.min(from + 4)).any(|t| doc.is_word(t) && speech_verb(doc.s(t)).is_some())
}
