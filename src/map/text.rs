//! The map's text alternative in German and English, from facts gathered
//! from the map data, the story's frame and the article. Place names stay as
//! the data and the article write them; only the sentences around them are
//! translated.
use crate::i18n::{join, Lang};

/// A neighbouring area.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    /// German and English name ("Oblast Sumy", "Sumy"; "Belarus", "Belarus").
    pub name: [String; 2],
    /// German and English name of its country; `None` for a whole country.
    pub country: Option<[String; 2]>,
}

/// What the text alternative says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapFacts {
    /// The area the story is about, German and English ("Oblast Kursk", "Kursk oblast").
    pub focus: [String; 2],
    /// Areas sharing a boundary with it.
    pub neighbours: Vec<Neighbour>,
    /// The band's width as the article writes it ("50 km"), German and English.
    pub band: Option<[String; 2]>,
    /// The country the band lies in, and the one across the border.
    pub band_inside: [String; 2],
    pub band_along: [String; 2],
    /// Labelled towns inside the band.
    pub in_band: Vec<String>,
    /// All labelled towns of the regional map.
    pub towns: Vec<String>,
    /// Places the article names that the map or inset marks.
    pub article_places: Vec<String>,
    /// The inset's route, from and to.
    pub route: Option<[String; 2]>,
}

impl MapFacts {
    /// The neighbours grouped by country, in order of first appearance;
    /// whole countries last.
    fn groups(&self, lang: Lang) -> Vec<String> {
        let i = lang as usize;
        let mut countries: Vec<&[String; 2]> = Vec::new();
        for n in &self.neighbours {
            if let Some(c) = &n.country {
                if !countries.contains(&c) {
                    countries.push(c);
                }
            }
        }
        let mut out: Vec<String> = countries
            .iter()
            .map(|c| {
                let names: Vec<String> = self
                    .neighbours
                    .iter()
                    .filter(|n| n.country.as_ref() == Some(*c))
                    .map(|n| n.name[i].clone())
                    .collect();
                format!("{} ({})", join(&names, lang), c[i])
            })
            .collect();
        out.extend(
            self.neighbours
                .iter()
                .filter(|n| n.country.is_none())
                .map(|n| n.name[i].clone()),
        );
        out
    }

    /// The text alternative in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let i = lang as usize;
        let de = lang == Lang::De;
        let mut out = String::from(if de { "Karte: " } else { "Map: " });
        let groups = self.groups(lang);
        let focus = &self.focus[i];
        out.push_str(&match (groups.is_empty(), de) {
            (true, true) => format!("{focus} ist hervorgehoben."),
            (true, false) => format!("{focus} is highlighted."),
            (false, true) => format!("{focus} grenzt an {}.", join(&groups, lang)),
            (false, false) => format!("{focus} borders {}.", join(&groups, lang)),
        });
        if let Some(band) = &self.band {
            let (inside, along) = (&self.band_inside[i], &self.band_along[i]);
            out.push_str(&if de {
                format!(" Ein {} breiter Streifen {} entlang der Grenze {inside}–{along} ist schraffiert markiert", band[0], in_country(inside))
            } else {
                format!(" A {}-wide band in {inside} along the {inside}–{along} border is hatched", band[1])
            });
            if self.in_band.is_empty() {
                out.push('.');
            } else {
                let towns = join(&self.in_band, lang);
                out.push_str(&match (de, self.in_band.len()) {
                    (true, 1) => format!("; darin liegt {towns}."),
                    (true, _) => format!("; darin liegen {towns}."),
                    (false, 1) => format!("; {towns} lies inside it."),
                    (false, _) => format!("; {towns} lie inside it."),
                });
            }
        }
        if !self.towns.is_empty() {
            let towns = join(&self.towns, lang);
            out.push_str(&if de {
                format!(" Eingezeichnete Städte: {towns}.")
            } else {
                format!(" Towns shown: {towns}.")
            });
        }
        if !self.article_places.is_empty() {
            let places = join(&self.article_places, lang);
            out.push_str(&if de {
                format!(" Im Artikel genannte Orte auf der Karte: {places}.")
            } else {
                format!(" Places named in the article on the map: {places}.")
            });
        }
        if let Some([a, b]) = &self.route {
            out.push_str(&if de {
                format!(" Eine Übersichtskarte zeigt die Lage und die Luftlinie von {a} nach {b}.")
            } else {
                format!(" An overview map shows the location and the great-circle line from {a} to {b}.")
            });
        }
        out
    }
}

/// "in Russland", "in der Türkei", "im Irak", "in den USA": German puts
/// the article before the names of a few countries.
pub fn in_country(name: &str) -> String {
    const FEMININE: &[&str] = &[
        "Türkei",
        "Ukraine",
        "Schweiz",
        "Slowakei",
        "Mongolei",
        "Dominikanische Republik",
        "Zentralafrikanische Republik",
        "Demokratische Republik Kongo",
        "Elfenbeinküste",
    ];
    const MASCULINE: &[&str] = &[
        "Irak",
        "Iran",
        "Jemen",
        "Libanon",
        "Sudan",
        "Südsudan",
        "Kosovo",
        "Niger",
        "Tschad",
        "Senegal",
        "Kongo",
        "Oman",
        "Vatikan",
    ];
    const PLURAL: &[&str] = &[
        "USA",
        "Niederlande",
        "Philippinen",
        "Vereinigte Arabische Emirate",
        "Vereinigte Staaten",
        "Malediven",
        "Seychellen",
        "Komoren",
        "Bahamas",
    ];
    if FEMININE.contains(&name) {
        format!("in der {name}")
    } else if MASCULINE.contains(&name) {
        format!("im {name}")
    } else if PLURAL.contains(&name) {
        format!("in den {name}")
    } else {
        format!("in {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(de: &str, en: &str) -> [String; 2] {
        [de.into(), en.into()]
    }

    fn facts() -> MapFacts {
        MapFacts {
            focus: pair("Oblast Kursk", "Kursk oblast"),
            neighbours: vec![
                Neighbour {
                    name: pair("Oblast Sumy", "Sumy"),
                    country: Some(pair("Ukraine", "Ukraine")),
                },
                Neighbour {
                    name: pair("Oblast Brjansk", "Bryansk"),
                    country: Some(pair("Russland", "Russia")),
                },
                Neighbour {
                    name: pair("Oblast Orjol", "Orel"),
                    country: Some(pair("Russland", "Russia")),
                },
                Neighbour {
                    name: pair("Belarus", "Belarus"),
                    country: None,
                },
            ],
            band: Some(pair("50 km", "50 km")),
            band_inside: pair("Russland", "Russia"),
            band_along: pair("Ukraine", "Ukraine"),
            in_band: vec!["Sudscha".into()],
            towns: vec!["Kursk".into(), "Sudscha".into()],
            article_places: vec!["Kursk".into()],
            route: Some(pair("Pjöngjang", "Kursk")),
        }
    }

    #[test]
    fn countries_take_their_article() {
        assert_eq!(in_country("Russland"), "in Russland");
        assert_eq!(in_country("Türkei"), "in der Türkei");
        assert_eq!(in_country("Irak"), "im Irak");
        assert_eq!(in_country("USA"), "in den USA");
    }

    #[test]
    fn german_text_groups_neighbours_by_country() {
        let t = facts().text(Lang::De);
        assert_eq!(
            t,
            "Karte: Oblast Kursk grenzt an Oblast Sumy (Ukraine), Oblast Brjansk und Oblast Orjol (Russland) und Belarus. \
             Ein 50 km breiter Streifen in Russland entlang der Grenze Russland–Ukraine ist schraffiert markiert; darin liegt Sudscha. \
             Eingezeichnete Städte: Kursk und Sudscha. Im Artikel genannte Orte auf der Karte: Kursk. \
             Eine Übersichtskarte zeigt die Lage und die Luftlinie von Pjöngjang nach Kursk."
        );
    }

    #[test]
    fn english_text_has_no_german_sentence_words() {
        let t = facts().text(Lang::En);
        assert!(t.starts_with(
            "Map: Kursk oblast borders Sumy (Ukraine), Bryansk and Orel (Russia) and Belarus."
        ));
        for word in ["Karte", "grenzt", "Streifen", "Städte", "Orte", "und "] {
            assert!(!t.contains(word), "{word} in {t}");
        }
    }

    #[test]
    fn empty_facts_give_a_short_text() {
        let f = MapFacts {
            focus: pair("Gebiet X", "Area X"),
            ..MapFacts::default()
        };
        assert_eq!(f.text(Lang::De), "Karte: Gebiet X ist hervorgehoben.");
        assert_eq!(f.text(Lang::En), "Map: Area X is highlighted.");
    }
}
