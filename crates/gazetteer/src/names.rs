//! Name keys and the German forms of names: case and accent folding,
//! region designators ("Gebiet Kursk"), genitive endings ("Kiews").

/// Words that name a kind of admin-1 area in front of its name. A region
/// is found under each of them followed by its core name: "Gebiet Kursk",
/// "Oblast Kursk", "Region Kursk", "Provinz Idlib".
pub const REGION_DESIGNATORS: [&str; 14] = [
    "Oblast",
    "Gebiet",
    "Gebiets",
    "Gebietes",
    "Region",
    "Provinz",
    "Gouvernement",
    "Republik",
    "Bezirk",
    "Bezirks",
    "Woblast",
    "Bundesland",
    "Bundesstaat",
    "Kanton",
];

/// The core of a region's name without a leading designator
/// ("Gouvernement Idlib" → "Idlib"; "Karelien" stays).
///
/// ```
/// assert_eq!(gazetteer::names::region_core("Oblast Kursk"), "Kursk");
/// assert_eq!(gazetteer::names::region_core("Bayern"), "Bayern");
/// ```
pub fn region_core(name: &str) -> &str {
    REGION_DESIGNATORS
        .iter()
        .find_map(|d| name.strip_prefix(d).and_then(|r| r.strip_prefix(' ')))
        .filter(|r| !r.is_empty())
        .unwrap_or(name)
}

/// Folds one character for matching: lower case, accents off except the
/// German ä, ö, ü, ß; typographic apostrophes to `'`. Characters that are
/// not part of a name (brackets, dots, commas) give `None`.
fn fold_char(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        let base = match l {
            'ä' | 'ö' | 'ü' | 'ß' => l,
            'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
            'ĥ' | 'ħ' => 'h',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
            'ţ' | 'ť' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' | 'ʼ' | '`' | '´' | 'ʻ' => '\'',
            '‐' | '‑' | '–' => '-',
            _ => l,
        };
        out.push(base);
    }
}

/// The matching key of a name: folded words (see above) joined by single
/// spaces; brackets, dots and commas separate words ("Halle (Saale)" →
/// "halle saale", "St. Petersburg" → "st petersburg").
///
/// ```
/// use gazetteer::names::fold;
/// assert_eq!(fold("Halle (Saale)"), "halle saale");
/// assert_eq!(fold("Chișinău"), "chisinau");
/// assert_eq!(fold("Köln"), "köln");
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | 'ʼ' | '`' | '´' | 'ʻ' | '‐' | '‑')
        {
            fold_char(c, &mut out);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The word without a genitive ending, if it may carry one ("Kiews" →
/// "Kiew", "Belarus'" → "Belarus"). Callers try the word as written first:
/// "Belarus" gives the stem "Belaru", which names nothing. Stems ending in
/// s, x, z or ß take no "s" ("Graz", not "Grazs").
///
/// ```
/// use gazetteer::names::uninflected;
/// assert_eq!(uninflected("Kiews"), Some("Kiew"));
/// assert_eq!(uninflected("Kiew"), None);
/// ```
pub fn uninflected(word: &str) -> Option<&str> {
    if let Some(stem) = word.strip_suffix('\'') {
        return Some(stem);
    }
    let stem = word.strip_suffix('s')?;
    let last = stem.chars().last()?;
    if stem.chars().count() < 3
        || matches!(last, 's' | 'x' | 'z' | 'ß' | 'S')
        || !last.is_lowercase()
    {
        return None;
    }
    Some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_names() {
        assert_eq!(fold(""), "");
        assert_eq!(fold(" ( ) "), "");
        assert_eq!(region_core(""), "");
        assert_eq!(region_core("Oblast "), "Oblast ");
        assert_eq!(uninflected(""), None);
        assert_eq!(uninflected("s"), None);
    }

    #[test]
    fn keys() {
        assert_eq!(fold("Sankt Petersburg"), "sankt petersburg");
        assert_eq!(fold("St. Petersburg"), "st petersburg");
        assert_eq!(fold("Rostow-na-Donu"), "rostow-na-donu");
        assert_eq!(fold("Kupjans’k"), "kupjans'k");
        assert_eq!(fold("SAPORISCHSCHJA"), "saporischschja");
    }

    #[test]
    fn genitives() {
        assert_eq!(uninflected("Russlands"), Some("Russland"));
        assert_eq!(uninflected("Moskaus"), Some("Moskau"));
        assert_eq!(uninflected("Belarus'"), Some("Belarus"));
        assert_eq!(uninflected("Grazs"), None);
        assert_eq!(uninflected("Gas"), None);
        assert_eq!(uninflected("USA"), None);
        assert_eq!(uninflected("USAs"), None);
    }

    #[test]
    fn designators() {
        assert_eq!(region_core("Gouvernement Idlib"), "Idlib");
        assert_eq!(region_core("Republik Karelien"), "Karelien");
        assert_eq!(
            region_core("Freie Hansestadt Bremen"),
            "Freie Hansestadt Bremen"
        );
    }
}
