//! Curated German labels for the admin-1 areas of the regional map.

/// The six oblasts the article is about (Natural Earth `adm1_code`).
pub const FOCUS: [&str; 6] = [
    "RUS-2362", "RUS-2370", "RUS-2342", "UKR-325", "UKR-328", "UKR-285",
];

/// German label for an `adm1_code`; unknown codes fall back to
/// "Oblast <English name>".
pub fn german_name(adm1_code: &str, name_en: &str) -> String {
    let known = match adm1_code {
        "RUS-2362" => "Oblast Kursk",
        "RUS-2370" => "Oblast Belgorod",
        "RUS-2342" => "Oblast Brjansk",
        "UKR-325" => "Oblast Sumy",
        "UKR-328" => "Oblast Charkiw",
        "UKR-285" => "Oblast Tschernihiw",
        "RUS-2343" => "Oblast Smolensk",
        "RUS-2361" => "Oblast Kaluga",
        "RUS-2363" => "Oblast Lipezk",
        "RUS-2364" => "Oblast Moskau",
        "RUS-2366" => "Oblast Orjol",
        "RUS-2367" => "Oblast Rostow",
        "RUS-2368" => "Oblast Tula",
        "RUS-2369" => "Oblast Wolgograd",
        "RUS-2374" => "Oblast Rjasan",
        "RUS-2375" => "Oblast Tambow",
        "RUS-2377" => "Oblast Woronesch",
        "UKR-284" => "Oblast Mykolajiw",
        "UKR-319" => "Oblast Tscherkassy",
        "UKR-320" => "Oblast Kirowohrad",
        "UKR-321" => "Oblast Kiew",
        "UKR-322" => "Oblast Odessa",
        "UKR-326" => "Oblast Dnipropetrowsk",
        "UKR-327" => "Oblast Donezk",
        "UKR-329" => "Oblast Luhansk",
        "UKR-330" => "Oblast Poltawa",
        "UKR-331" => "Oblast Saporischschja",
        "UKR-4826" => "Kiew (Stadt)",
        "UKR-323" => "Oblast Winnyzja",
        "UKR-324" => "Oblast Schytomyr",
        "UKR-4827" => "Oblast Cherson",
        _ => "",
    };
    if known.is_empty() {
        format!("Oblast {}", name_en.replace('\'', ""))
    } else {
        known.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_names() {
        let de: Vec<String> = FOCUS.iter().map(|c| german_name(c, "")).collect();
        assert_eq!(
            de,
            [
                "Oblast Kursk",
                "Oblast Belgorod",
                "Oblast Brjansk",
                "Oblast Sumy",
                "Oblast Charkiw",
                "Oblast Tschernihiw"
            ]
        );
    }

    #[test]
    fn fallback_strips_apostrophes() {
        assert_eq!(german_name("RUS-0", "Ryazan'"), "Oblast Ryazan");
        assert_eq!(german_name("", ""), "Oblast ");
    }
}
