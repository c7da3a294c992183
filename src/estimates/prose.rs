//! The estimates in words, German and English: value and time texts,
//! labels, and the summaries that are the charts' text alternatives. Numbers
//! stay German in both languages; names and parts stay as the article
//! writes them.
use super::model::{day_of_year, Estimate, Part, When};
use crate::format;
use crate::i18n::{capitalise, join, number_word, tr, Lang};
use crate::story::Pair;
use article::Qualifier;

impl When {
    /// "Ende Oktober" / "late October".
    pub fn label_in(&self, lang: Lang) -> String {
        time_label_in(self.month, self.day, lang)
    }
}

impl Part {
    /// "500 Offiziere", "etwa 900 Offiziere" / "about 900 Offiziere".
    pub fn text_in(&self, lang: Lang) -> String {
        match format::qualifier(self.qualifier, lang) {
            "" => self.text.clone(),
            q => format!("{q} {}", self.text),
        }
    }
}

impl Estimate {
    /// "etwa 3.000", "bis zu 12.000", "8.000 bis 10.000" / "about 3.000", "up to 12.000", "8.000 to 10.000".
    pub fn value_text_in(&self, lang: Lang) -> String {
        format::value(self.value, self.upper, self.qualifier, lang)
    }
    /// "500 Offiziere und drei Generäle" / "500 Offiziere and drei Generäle"; empty without parts.
    pub fn includes_text_in(&self, lang: Lang) -> String {
        let parts: Vec<String> = self.parts.iter().map(|p| p.text_in(lang)).collect();
        join(&parts, lang)
    }
    /// "Ende Oktober", "bis Dezember" / "late October", "by December"; empty without a time.
    pub fn time_text_in(&self, lang: Lang) -> String {
        match &self.when {
            Some(when) if when.until => {
                format!("{} {}", tr(lang, "bis", "by"), when.label_in(lang))
            }
            Some(when) => when.label_in(lang),
            None => String::new(),
        }
    }
    /// "US-Beamte etwa 3.000 (Ende Oktober)", with the forecast and the parts, for summaries.
    pub fn summary_in(&self, lang: Lang) -> String {
        let mut out = format!(
            "{} {}",
            self.source.label_in(lang),
            self.value_text_in(lang)
        );
        let mut notes = vec![self.time_text_in(lang)];
        if self.forecast {
            notes.push(forecast_word(lang).into());
        }
        notes.retain(|s| !s.is_empty());
        if !notes.is_empty() {
            out.push_str(&format!(" ({})", notes.join(", ")));
        }
        let includes = self.includes_text_in(lang);
        if !includes.is_empty() {
            out.push_str(&format!(
                ", {} {includes}",
                tr(lang, "darunter", "including")
            ));
        }
        out
    }
    /// "US-Beamte: etwa 3.000 Truppen · Ende Oktober · Prognose", the head of a detail block.
    pub fn head_in(&self, lang: Lang) -> String {
        let mut head = format!(
            "{}: {}",
            self.source.label_in(lang),
            self.value_text_in(lang)
        );
        let counted = self.counted_in(lang);
        if !counted.is_empty() {
            head.push(' ');
            head.push_str(counted);
        }
        let time = self.time_text_in(lang);
        if !time.is_empty() {
            head.push_str(&format!(" · {time}"));
        }
        if self.forecast {
            head.push_str(&format!(" · {}", forecast_word(lang)));
        }
        head
    }
    /// "genau", "ungefähr, Prognose" / "exact", "approximate, forecast", for tables.
    pub fn kind_in(&self, lang: Lang) -> String {
        let mut kind = qualifier_name_in(self.qualifier, lang).to_string();
        if self.forecast {
            kind.push_str(&format!(", {}", forecast_word(lang)));
        }
        kind
    }
}

/// "Prognose" / "forecast".
pub fn forecast_word(lang: Lang) -> &'static str {
    tr(lang, "Prognose", "forecast")
}

/// "ungefähr", "Obergrenze" … / "approximate", "upper bound" … for tables and CSV.
pub fn qualifier_name_in(q: Qualifier, lang: Lang) -> &'static str {
    match q {
        Qualifier::Exact => tr(lang, "genau", "exact"),
        Qualifier::Approximate => tr(lang, "ungefähr", "approximate"),
        Qualifier::UpTo => tr(lang, "Obergrenze", "upper bound"),
        Qualifier::MoreThan => tr(lang, "mehr als", "more than"),
        Qualifier::AtLeast => tr(lang, "Untergrenze", "lower bound"),
        Qualifier::LessThan => tr(lang, "weniger als", "less than"),
    }
}

/// "Anfang November", "Mitte Oktober", "Ende Oktober" / "early November",
/// "mid-October", "late October"; the month alone without a day.
pub fn time_label_in(month: u8, day: Option<u8>, lang: Lang) -> String {
    let name = format::month_name_in(month, lang);
    let third = day.map(|d| match d {
        0..=10 => 0,
        11..=20 => 1,
        _ => 2,
    });
    match (third, lang) {
        (None, _) => name.to_string(),
        (Some(k), Lang::De) => format!("{} {name}", ["Anfang", "Mitte", "Ende"][k]),
        (Some(k), Lang::En) => format!("{}{name}", ["early ", "mid-", "late "][k]),
    }
}

/// Month starts between two day-of-year positions, labelled by month name in `lang`.
pub fn month_ticks_in(from: f64, to: f64, lang: Lang) -> Vec<(f64, &'static str)> {
    (1..=12u8)
        .map(|m| (day_of_year(m, 1), format::month_name_in(m, lang)))
        .filter(|(d, _)| *d >= from && *d <= to)
        .collect()
}

/// All estimates in words, for screen readers: "Wie viele nordkoreanische
/// Soldaten in Russland? Drei Schätzungen: US-Beamte etwa 3.000 …". `counted`
/// is the comparison's counted phrase (German, English).
pub fn summary(list: &[Estimate], counted: &Pair, lang: Lang) -> String {
    if list.is_empty() {
        return tr(
            lang,
            "Keine Schätzungen im Artikel.",
            "No estimates in the article.",
        )
        .into();
    }
    let items: Vec<String> = list.iter().map(|e| e.summary_in(lang)).collect();
    let n = list.len();
    let count = match (n, lang) {
        (1, _) => tr(lang, "Eine Schätzung", "One estimate").to_string(),
        (_, Lang::De) => format!("{} Schätzungen", capitalise(&number_word(n, lang))),
        (_, Lang::En) => format!("{} estimates", capitalise(&number_word(n, lang))),
    };
    let what = match lang {
        Lang::De => &counted[0],
        Lang::En => &counted[1],
    };
    let question = if what.is_empty() {
        String::new()
    } else {
        format!("{} {what}? ", tr(lang, "Wie viele", "How many"))
    };
    format!("{question}{count}: {}.", items.join("; "))
}

/// The timeline in words: "Zeitverlauf der Schätzungen (…): Ende Oktober: US-Beamte etwa 3.000 …".
pub fn timeline_summary(list: &[Estimate], lang: Lang) -> String {
    let mut placed: Vec<&Estimate> = list.iter().filter(|e| e.when.is_some()).collect();
    if placed.is_empty() {
        return tr(
            lang,
            "Keine Zeitangaben zu den Schätzungen im Artikel.",
            "The article gives no times for the estimates.",
        )
        .into();
    }
    placed.sort_by(|a, b| {
        let day = |e: &Estimate| e.when.as_ref().map_or(0.0, When::day_of_year);
        day(a).total_cmp(&day(b))
    });
    let items: Vec<String> = placed
        .iter()
        .map(|e| {
            let mut item = format!(
                "{}: {} {}",
                e.time_text_in(lang),
                e.source.label_in(lang),
                e.value_text_in(lang)
            );
            if e.forecast {
                item.push_str(&format!(" ({})", forecast_word(lang)));
            }
            item
        })
        .collect();
    let head = tr(
        lang,
        "Zeitverlauf der Schätzungen (Monat und Tag, der Artikel nennt kein Jahr)",
        "Timeline of the estimates (month and day; the article gives no year)",
    );
    format!("{head}: {}.", items.join("; "))
}

/// The composition in words, without any figure the article does not state:
/// "Zusammensetzung: bis zu 12.000 Soldaten laut Ukrainische Quellen, darunter
/// 500 Offiziere und drei Generäle. …". No remainder and no percentages: when
/// the whole is a bound, both would invent precision.
pub fn composition_summary(e: &Estimate, lang: Lang) -> String {
    let mut out = format!(
        "{}: {} {} {} {}, {} {}.",
        tr(lang, "Zusammensetzung", "Composition"),
        e.value_text_in(lang),
        e.counted_in(lang),
        tr(lang, "laut", "according to"),
        e.source.label_in(lang),
        tr(lang, "darunter", "including"),
        e.includes_text_in(lang)
    );
    out.push(' ');
    out.push_str(tr(
        lang,
        "Die Teile sind maßstabsgetreu gezeichnet; kleine Teile sind im Balken kaum sichtbar.",
        "The parts are drawn to scale; small parts are barely visible in the bar.",
    ));
    if e.is_bound() {
        out.push(' ');
        out.push_str(tr(
            lang,
            "Der Balken endet an der Obergrenze; der Artikel nennt keine Zahl für den Rest.",
            "The bar ends at the upper bound; the article gives no figure for the rest.",
        ));
    }
    out
}
