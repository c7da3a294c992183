//! Word tests that every stage shares and that need no word list: case,
//! determiners, month names; and the small hash map the word lists use. The
//! bottom of the crate: it imports nothing from it.

pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Lower-cases only when needed.
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Determiners and other words that open a noun phrase.
pub fn is_det(w: &str) -> bool {
    is_definite(w) || matches!(w, "Der" | "Die" | "Das" | "Des" | "Dem" | "Den") || is_indef(w)
}

/// The definite article in lower case ("der", "die", "das", …).
pub fn is_definite(w: &str) -> bool {
    matches!(w, "der" | "die" | "das" | "des" | "dem" | "den")
}

/// Indefinite articles: the speaker is unnamed.
pub fn is_indef(w: &str) -> bool {
    matches!(
        w,
        "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
            | "Ein"
            | "Eine"
            | "Einer"
            | "Eines"
            | "Einem"
            | "Einen"
    )
}

/// FNV-1a: the maps hold short words, where SipHash costs more than it guards.
#[derive(Clone, Copy, Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with the [`Fnv`] hasher.
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// German month names and abbreviations: "29. Oktober" is no sentence end.
pub fn month_of(w: &str) -> Option<u8> {
    if !matches!(
        w.as_bytes().first(),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    ) || w.len() > 9
    {
        return None;
    }
    Some(match w {
        "Januar" | "Jänner" | "Jan" => 1,
        "Februar" | "Feber" | "Feb" => 2,
        "März" | "Mär" => 3,
        "April" | "Apr" => 4,
        "Mai" => 5,
        "Juni" | "Jun" => 6,
        "Juli" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sep" | "Sept" => 9,
        "Oktober" | "Okt" => 10,
        "November" | "Nov" => 11,
        "Dezember" | "Dez" => 12,
        _ => return None,
    })
}
