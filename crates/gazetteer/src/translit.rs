//! Russian and Ukrainian Cyrillic → the German press form, by the Duden
//! rules German newsrooms follow ("Суджа" → "Sudscha", "Часів Яр" →
//! "Tschassiw Jar").
//!
//! The rules in short: ж → sch, ч → tsch, ш → sch, щ → schtsch, х → ch,
//! ц → z, в → w, з → s, с between vowels → ss (else s), ь/ъ and the
//! Ukrainian apostrophe dropped, я → ja, ю → ju. Russian: е → je at the
//! start of a word and after a vowel, ь or ъ (else e); ё → jo (o after
//! ж, ч, ш, щ); й → j before a vowel and after и/ы inside a word
//! ("Bijsk"), dropped after и/ы at the end ("Nischni", "Krasny"), else i
//! ("Sergei", "Maikop"); и → i, ы → y, э → e, г → g. Ukrainian:
//! г → h, ґ → g, и → y, і → i, ї → ji, є → je, е → e, й → j. Latin letters,
//! digits, spaces and hyphens pass through; a hyphen or space starts a new
//! word.

/// Which language's rules a name is transliterated by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Russian (and Russian-language names of Belarus, Kazakhstan, …).
    Russian,
    /// Ukrainian.
    Ukrainian,
}

impl Lang {
    /// The rules for names of places in the country `iso2` (ISO 3166-1
    /// alpha-2): Ukrainian for "UA", Russian for every other country.
    pub fn for_country(iso2: &str) -> Lang {
        if iso2.eq_ignore_ascii_case("UA") {
            Lang::Ukrainian
        } else {
            Lang::Russian
        }
    }
}

/// Russian compound prefixes after which с starts a word stem and stays a
/// single s ("Новосибирск" → "Nowosibirsk", not "Nowossibirsk").
const STEM_PREFIXES: [&str; 4] = ["ново", "старо", "мало", "велико"];

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

fn is_vowel(c: char) -> bool {
    matches!(
        lower(c),
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є'
    )
}

fn is_sign(c: char) -> bool {
    matches!(lower(c), 'ь' | 'ъ' | '\'' | '’' | 'ʼ')
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// True if `name` holds at least one Cyrillic letter.
pub fn has_cyrillic(name: &str) -> bool {
    name.chars().any(is_cyrillic)
}

/// Transliterates `name` by the rules of `lang`. Characters that are not
/// Cyrillic pass through unchanged; an empty name gives an empty string.
///
/// ```
/// use gazetteer::translit::{transliterate, Lang};
/// assert_eq!(transliterate("Часів Яр", Lang::Ukrainian), "Tschassiw Jar");
/// assert_eq!(transliterate("Суджа", Lang::Russian), "Sudscha");
/// ```
pub fn transliterate(name: &str, lang: Lang) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    // Index where the current word starts (after a space or hyphen).
    let mut word_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !is_cyrillic(c) && !is_sign(c) {
            if !c.is_alphanumeric() {
                word_start = i + 1;
            }
            out.push(c);
            continue;
        }
        let prev = i
            .checked_sub(1)
            .and_then(|j| chars.get(j))
            .copied()
            .filter(|_| i > word_start);
        let next = chars.get(i + 1).copied();
        let at_start = prev.is_none();
        // After a vowel, a soft/hard sign or an apostrophe: iotated vowels
        // get their j.
        let after_vowel_or_sign = prev.is_some_and(|p| is_vowel(p) || is_sign(p));
        let l = lower(c);
        let piece: &str = match (lang, l) {
            (_, 'а') => "a",
            (_, 'б') => "b",
            (_, 'в') => "w",
            (Lang::Russian, 'г') => "g",
            (Lang::Ukrainian, 'г') => "h",
            (_, 'ґ') => "g",
            (_, 'д') => "d",
            (Lang::Russian, 'е') => {
                if at_start || after_vowel_or_sign {
                    "je"
                } else {
                    "e"
                }
            }
            (Lang::Ukrainian, 'е') => "e",
            (_, 'є') => "je",
            (_, 'ё') => {
                if prev.is_some_and(|p| matches!(lower(p), 'ж' | 'ч' | 'ш' | 'щ')) {
                    "o"
                } else {
                    "jo"
                }
            }
            (_, 'ж') => "sch",
            (_, 'з') => "s",
            (Lang::Russian, 'и') => {
                if prev.is_some_and(is_sign) {
                    "ji"
                } else {
                    "i"
                }
            }
            (Lang::Ukrainian, 'и') => "y",
            (_, 'і') => "i",
            (_, 'ї') => "ji",
            (Lang::Ukrainian, 'й') => "j",
            (Lang::Russian, 'й') => {
                let after_i = prev.is_some_and(|p| matches!(lower(p), 'и' | 'ы'));
                let word_end = !next.is_some_and(char::is_alphabetic);
                if at_start || next.is_some_and(is_vowel) || (after_i && !word_end) {
                    "j"
                } else if after_i {
                    ""
                } else {
                    "i"
                }
            }
            (_, 'к') => "k",
            (_, 'л') => "l",
            (_, 'м') => "m",
            (_, 'н') => "n",
            (_, 'о') => {
                if prev.is_some_and(|p| lower(p) == 'ь') {
                    "jo"
                } else {
                    "o"
                }
            }
            (_, 'п') => "p",
            (_, 'р') => "r",
            (_, 'с') => {
                let between = prev.is_some_and(is_vowel) && next.is_some_and(is_vowel);
                if between && !after_stem_prefix(&chars[word_start..i]) {
                    "ss"
                } else {
                    "s"
                }
            }
            (_, 'т') => "t",
            (_, 'у') => "u",
            (_, 'ф') => "f",
            (_, 'х') => "ch",
            (_, 'ц') => "z",
            (_, 'ч') => "tsch",
            (_, 'ш') => "sch",
            (_, 'щ') => "schtsch",
            (_, 'ъ' | 'ь' | '\'' | '’' | 'ʼ') => "",
            (_, 'ы') => "y",
            (_, 'э') => "e",
            (_, 'ю') => "ju",
            (_, 'я') => "ja",
            // Other Cyrillic letters (Serbian, Belarusian, …): keep them, so
            // callers can tell the result is no German form.
            _ => {
                out.push(c);
                continue;
            }
        };
        if c != l {
            let mut it = piece.chars();
            if let Some(first) = it.next() {
                out.extend(first.to_uppercase());
                out.push_str(it.as_str());
            }
        } else {
            out.push_str(piece);
        }
    }
    out
}

fn after_stem_prefix(word_so_far: &[char]) -> bool {
    let s: String = word_so_far.iter().map(|&c| lower(c)).collect();
    STEM_PREFIXES.contains(&s.as_str())
}

/// How well a Cyrillic `name` fits the alphabet of `lang`: `None` if it
/// holds letters of neither Russian nor Ukrainian (Serbian "ј", Belarusian
/// "ў"), else a score: letters only one of the two languages has count
/// for (+2) or against (−2) it.
pub fn fits(name: &str, lang: Lang) -> Option<i32> {
    let mut score = 0;
    for c in name.chars().map(lower) {
        let (ru_only, ua_only) = (
            matches!(c, 'ы' | 'э' | 'ъ' | 'ё'),
            matches!(c, 'і' | 'ї' | 'є' | 'ґ'),
        );
        if is_cyrillic(c) && !ru_only && !ua_only && !('а'..='я').contains(&c) {
            return None;
        }
        score += match (lang, ru_only, ua_only) {
            (Lang::Russian, true, _) | (Lang::Ukrainian, _, true) => 2,
            (Lang::Russian, _, true) | (Lang::Ukrainian, true, _) => -2,
            _ => 0,
        };
    }
    Some(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ua(s: &str) -> String {
        transliterate(s, Lang::Ukrainian)
    }
    fn ru(s: &str) -> String {
        transliterate(s, Lang::Russian)
    }

    #[test]
    fn empty_and_latin_pass_through() {
        assert_eq!(ru(""), "");
        assert_eq!(ua(""), "");
        assert_eq!(ru("Kursk 2"), "Kursk 2");
        assert_eq!(ua("-"), "-");
    }

    #[test]
    fn required_forms() {
        assert_eq!(ru("Суджа"), "Sudscha");
        assert_eq!(ua("Часів Яр"), "Tschassiw Jar");
        assert_eq!(ua("Вугледар"), "Wuhledar");
        assert_eq!(ua("Торецьк"), "Torezk");
        assert_eq!(ua("Оріхів"), "Orichiw");
    }

    #[test]
    fn country_picks_the_rules() {
        assert_eq!(Lang::for_country("UA"), Lang::Ukrainian);
        assert_eq!(Lang::for_country("ua"), Lang::Ukrainian);
        assert_eq!(Lang::for_country("RU"), Lang::Russian);
        assert_eq!(Lang::for_country(""), Lang::Russian);
    }

    #[test]
    fn alphabet_fit() {
        assert!(fits("Сімферополь", Lang::Ukrainian) > fits("Сімферополь", Lang::Russian));
        assert!(fits("Объект", Lang::Russian) > fits("Объект", Lang::Ukrainian));
        assert_eq!(fits("Кијев", Lang::Russian), None);
        assert_eq!(fits("Кіеў", Lang::Ukrainian), None);
        assert_eq!(fits("", Lang::Russian), Some(0));
    }

    #[test]
    fn other_cyrillic_letters_are_kept() {
        assert_eq!(ru("Кијев"), "Kiјew");
    }
}
