//! Notes for the editor: why the frame or its band is missing, and what
//! was moved to the inset. Every note reads in German and English.

/// A note on the derived frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// The article names no place that has coordinates: no map.
    NoPlace,
    /// Places far from the others (labels) went to the locator inset.
    Distant(Vec<String>),
    /// The article states no distance from a border: no band.
    NoBorderStatement,
    /// "N Kilometer von der Grenze" without the country across: no band.
    BorderWithoutCountry {
        /// The stated distance.
        km: f64,
    },
    /// The distance is no band width (≤ 0, over 1,000 km, not a number).
    AbsurdDistance {
        /// The stated distance.
        km: f64,
    },
    /// Neither the sentence's place nor a focus gives the band's country.
    NoInsideCountry {
        /// The stated distance.
        km: f64,
    },
    /// The band would lie inside the country whose border it follows.
    SameCountry {
        /// The country (alpha-3).
        country: String,
    },
    /// The borders data says the two countries share no land border.
    NoLandBorder {
        /// Inside (alpha-3).
        inside: String,
        /// Along (alpha-3).
        along: String,
    },
    /// A `[map]` key could not be used and the derived value stands.
    BadOverride {
        /// The key ("region", "inset.region").
        key: &'static str,
    },
}

/// A distance as German ("5.000", "2,5") or English ("5,000", "2.5")
/// readers write it.
fn km_in(v: f64, german: bool) -> String {
    let (group, decimal) = if german { ('.', ',') } else { (',', '.') };
    if !v.is_finite() || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let text = if v.fract() == 0.0 {
        format!("{:.0}", v.abs())
    } else {
        format!("{}", v.abs())
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

fn km(v: f64) -> String {
    km_in(v, true)
}

fn km_en(v: f64) -> String {
    km_in(v, false)
}

impl Note {
    /// The note in German.
    pub fn de(&self) -> String {
        match self {
            Note::NoPlace => "Der Artikel nennt keinen Ort; es gibt keine Karte.".into(),
            Note::Distant(names) => format!(
                "Fern der übrigen Orte, daher nur in der Übersichtskarte: {}.",
                names.join(", ")
            ),
            Note::NoBorderStatement => {
                "Der Artikel nennt keinen Abstand zu einer Grenze; die Karte zeigt kein Band.".into()
            }
            Note::BorderWithoutCountry { km: k } => format!(
                "„{} Kilometer von der Grenze“ nennt nicht das Land jenseits der Grenze; kein Band.",
                km(*k)
            ),
            Note::AbsurdDistance { km: k } => format!(
                "{} Kilometer sind kein Abstand zu einer Grenze, den die Karte zeigen kann; kein Band.",
                km(*k)
            ),
            Note::NoInsideCountry { km: k } => format!(
                "Bei „{} Kilometer von der Grenze“ ist unklar, auf welcher Seite der Grenze; kein Band.",
                km(*k)
            ),
            Note::SameCountry { country } => format!(
                "Das Band läge in {country} entlang der eigenen Grenze von {country}; kein Band."
            ),
            Note::NoLandBorder { inside, along } => format!(
                "{inside} und {along} haben keine gemeinsame Landgrenze; kein Band."
            ),
            Note::BadOverride { key } => format!(
                "[map] {key} ist ungültig und wurde durch den abgeleiteten Wert ersetzt."
            ),
        }
    }

    /// The note in English.
    pub fn en(&self) -> String {
        match self {
            Note::NoPlace => "The article names no place; there is no map.".into(),
            Note::Distant(names) => format!(
                "Far from the other places, so only on the locator map: {}.",
                names.join(", ")
            ),
            Note::NoBorderStatement => {
                "The article states no distance from a border; the map shows no band.".into()
            }
            Note::BorderWithoutCountry { km: k } => format!(
                "“{} km from the border” does not name the country across the border; no band.",
                km_en(*k)
            ),
            Note::AbsurdDistance { km: k } => format!(
                "{} km is no distance from a border the map can show; no band.",
                km_en(*k)
            ),
            Note::NoInsideCountry { km: k } => format!(
                "“{} km from the border” does not say on which side of the border; no band.",
                km_en(*k)
            ),
            Note::SameCountry { country } => {
                format!("The band would lie in {country} along {country}'s own border; no band.")
            }
            Note::NoLandBorder { inside, along } => {
                format!("{inside} and {along} share no land border; no band.")
            }
            Note::BadOverride { key } => {
                format!("[map] {key} is invalid; the derived value stands.")
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn distances_read_as_each_language_writes_them() {
        assert_eq!(km_in(5000.0, true), "5.000");
        assert_eq!(km_in(5000.0, false), "5,000");
        assert_eq!(km_in(2.5, true), "2,5");
        assert_eq!(km_in(-1234567.0, true), "-1.234.567");
        assert_eq!(km_in(f64::NAN, true), "NaN");
        let n = Note::AbsurdDistance { km: 5000.0 };
        assert!(n.de().starts_with("5.000 Kilometer"), "{}", n.de());
        assert!(n.en().starts_with("5,000 km"), "{}", n.en());
    }

    #[test]
    fn every_note_reads_in_both_languages() {
        let all = [
            Note::NoPlace,
            Note::Distant(vec!["Washington".into(), "Seoul".into()]),
            Note::NoBorderStatement,
            Note::BorderWithoutCountry { km: 50.0 },
            Note::AbsurdDistance { km: 5000.0 },
            Note::AbsurdDistance { km: f64::NAN },
            Note::NoInsideCountry { km: 12.5 },
            Note::SameCountry {
                country: "RUS".into(),
            },
            Note::NoLandBorder {
                inside: "RUS".into(),
                along: "PRK".into(),
            },
            Note::BadOverride { key: "region" },
        ];
        for n in all {
            assert!(!n.de().is_empty() && !n.en().is_empty());
            assert_ne!(n.de(), n.en());
        }
        assert_eq!(
            Note::NoPlace.de(),
            "Der Artikel nennt keinen Ort; es gibt keine Karte."
        );
        assert!(Note::BorderWithoutCountry { km: 50.0 }
            .de()
            .starts_with("„50 Kilometer von der Grenze“"));
    }
}
