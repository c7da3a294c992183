//! Interface language: German by default, English on request. The article
//! itself always stays German; only interface strings switch.
/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// Parses "de" / "en" (case-insensitive, surrounding space ignored); anything else is `None`.
    pub fn parse(value: &str) -> Option<Lang> {
        match value.trim().to_ascii_lowercase().as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    /// "de" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

/// The German or the English text, by `lang`.
///
/// ```
/// use lagebild::i18n::{tr, Lang};
/// assert_eq!(tr(Lang::En, "Quelle", "Source"), "Source");
/// ```
pub fn tr<'a>(lang: Lang, de: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// A list in words: "A", "A und B", "A, B und C" ("and" in English); empty → "".
pub fn join(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), tr(lang, "und", "and")),
    }
}

/// The text with its first letter in upper case ("südkoreanischer" → "Südkoreanischer").
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The number as a word, for counts in sentences ("drei", "three"); from
/// thirteen on, the digits.
pub fn number_word(n: usize, lang: Lang) -> String {
    const DE: [&str; 13] = [
        "null", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf",
    ];
    const EN: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let words = match lang {
        Lang::De => DE,
        Lang::En => EN,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_only_known_codes() {
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("de"), Some(Lang::De));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse("<b>"), None);
    }

    #[test]
    fn lists_and_words() {
        assert_eq!(join(&[], Lang::De), "");
        assert_eq!(join(&["A".into()], Lang::En), "A");
        assert_eq!(
            join(&["a".into(), "b".into(), "c".into()], Lang::De),
            "a, b und c"
        );
        assert_eq!(join(&["a".into(), "b".into()], Lang::En), "a and b");
        assert_eq!(capitalise(""), "");
        assert_eq!(capitalise("ärger"), "Ärger");
        assert_eq!(number_word(3, Lang::De), "drei");
        assert_eq!(number_word(4, Lang::En), "four");
        assert_eq!(number_word(20, Lang::De), "20");
    }
}
