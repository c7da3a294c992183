//! Tokens (words, numbers, punctuation, line breaks) with byte offsets, and the
//! small word tests every later pass shares.

pub use crate::words::{
    is_definite, is_det, is_indef, lower, starts_lower, starts_upper, FastMap, Fnv,
};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with inner hyphens, digits or apostrophes ("US-Beamte", "Su-34").
    Word,
    /// Digits with inner separators ("3.000", "1,5", "14:30").
    Num,
    /// One other character.
    Punct,
    /// A line break: paragraphs are lines.
    Break,
}

/// One token: `text[start..end]`, and the sentence it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub sent: u32,
}

/// The text with its tokens and the token range of every sentence.
pub struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Token index range `first..end` per sentence.
    pub sent_toks: Vec<(usize, usize)>,
    /// Per token: can be part of a personal name (filled once by the entity pass).
    pub name_ok: Vec<bool>,
    /// Per token: is a role noun (filled with `name_ok`).
    pub role_ok: Vec<bool>,
    /// Per token: has a reading as a speech cue (filled with `name_ok`).
    pub cue_ok: Vec<bool>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        Doc {
            text,
            toks: tokenize(text),
            sent_toks: Vec::new(),
            name_ok: Vec::new(),
            role_ok: Vec::new(),
            cue_ok: Vec::new(),
        }
    }
    /// The text of token `i`, or "" past the end.
    pub fn s(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    /// True when token `i` is the punctuation character `c`.
    pub fn is_p(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.s(i).starts_with(c)
    }
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }
    pub fn sent(&self, i: usize) -> Option<u32> {
        self.toks.get(i).map(|t| t.sent)
    }
    /// The token range of sentence `s`.
    pub fn sent_range(&self, s: u32) -> (usize, usize) {
        self.sent_toks.get(s as usize).copied().unwrap_or((0, 0))
    }
    /// Text between two byte offsets, "" when invalid.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }
    /// True when token `i` is a role noun ("Präsident", "NATO-Beamter").
    pub fn is_role(&self, i: usize) -> bool {
        match self.role_ok.get(i) {
            Some(&r) => r,
            None => {
                self.role_ok.is_empty() && self.is_cap(i) && crate::lexicon::is_role_noun(self.s(i))
            }
        }
    }
    /// True when token `i` can be a speech cue ("sagte", "so", "laut").
    pub fn is_cue(&self, i: usize) -> bool {
        match self.cue_ok.get(i) {
            Some(&c) => c,
            None => {
                self.cue_ok.is_empty()
                    && self.is_word(i)
                    && !crate::lexicon::speech_senses(self.s(i)).is_empty()
            }
        }
    }
    /// True when token `i` starts with an upper-case letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && starts_upper(self.s(i))
    }
    /// Index of the first token starting at or after byte `at` (binary search).
    pub fn tok_at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }
}

/// Quote marks of any style.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '„' | '“' | '”' | '»' | '«' | '"' | '‚' | '‘' | '’' | '›' | '‹'
    )
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2011}')
}

fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Splits `text` into tokens in one pass.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let start = i;
        if c == '\n' {
            i += 1;
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Break,
                sent: 0,
            });
        } else if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_digit() {
            i = scan_number(text, i);
            // Digits glued to letters ("M142", "3-jährige", "5G") are names, not numbers.
            let glued = match char_at(text, i) {
                Some(n) if n.is_alphabetic() => true,
                Some(n) if is_hyphen(n) => char_at(text, i + 1).is_some_and(char::is_alphanumeric),
                _ => false,
            };
            let kind = if glued {
                i = scan_word(text, i);
                Kind::Word
            } else {
                Kind::Num
            };
            toks.push(Tok {
                start,
                end: i,
                kind,
                sent: 0,
            });
        } else if c.is_alphabetic() {
            i = scan_word(text, i);
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Word,
                sent: 0,
            });
        } else {
            i += c.len_utf8();
            toks.push(Tok {
                start,
                end: i,
                kind: Kind::Punct,
                sent: 0,
            });
        }
    }
    toks
}

fn scan_number(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        let separator = matches!(c, '.' | ',' | ':')
            && char_at(text, i + 1).is_some_and(|d| d.is_ascii_digit());
        if c.is_ascii_digit() || separator {
            i += 1;
        } else if is_group_space(c) && three_digits(text, i + c.len_utf8()) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn three_digits(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    (0..3).all(|k| b.get(i + k).is_some_and(u8::is_ascii_digit))
        && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
}

fn scan_word(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        let joiner = (is_hyphen(c) || c == '\'' || c == '’')
            && char_at(text, i + c.len_utf8()).is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() || joiner {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// A lower-case word that looks like an inflected adjective ("ukrainische", "ehemaliger").
pub fn is_adj(w: &str) -> bool {
    starts_lower(w)
        && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
        && w.chars().count() > 3
        || is_adj_cap(w)
}

/// A hyphenated compound whose last part is an inflected adjective, whatever
/// its case ("US-amerikanische", "EU-weiten", "NATO-Nationaler").
fn is_adj_cap(w: &str) -> bool {
    let Some((_, last)) = w.rsplit_once('-') else {
        return false;
    };
    !last.is_empty() && is_attr_adj(&lower(last))
}

/// A stricter adjective test for words before a noun, where verbs also stand
/// ("schätzen US-Beamte", "sagte Außenminister"): typical adjective endings only.
pub fn is_attr_adj(w: &str) -> bool {
    if is_adj_cap(w) {
        return true;
    }
    if !starts_lower(w) || crate::lexicon::speech_verb(w).is_some() {
        return false;
    }
    const STEMS: &[&str] = &[
        "isch",
        "lich",
        "ig",
        "al",
        "end",
        "er",
        "neu",
        "alt",
        "hoh",
        "letzt",
        "erst",
        "groß",
        "klein",
        "jung",
        "west",
        "ost",
        "ehemal",
        "früh",
        "bisherig",
        "amtierend",
        "stellvertretend",
        "leitend",
    ];
    let Some(stem) = ["e", "en", "er", "es", "em"]
        .iter()
        .find_map(|e| w.strip_suffix(e))
    else {
        return false;
    };
    !w.ends_with("ieren") && STEMS.iter().any(|s| stem.ends_with(s))
}
