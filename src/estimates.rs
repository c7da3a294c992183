//! Troop estimates derived from the parsed article: one [`Estimate`] per
//! claimant and claim ("US-Beamte: etwa 3.000"), with its hedge, its time, what
//! it includes and the sentences it stands in. Plain types, no web code, so the
//! charts only draw what this module decided.
//!
//! Only figures that count troops (Truppen, Soldaten, Streitkräfte …) and are
//! not part of another figure become estimates; distances and the like are left
//! out. The same claimant repeating the same number is one estimate with all of
//! its sentences. The article gives no year: times are month and day only.
use crate::format;
use crate::i18n::Lang;
use article::{Article, Figure, Qualifier};
use serde::{Deserialize, Serialize};

/// Counted nouns that make a figure a troop estimate (lower case).
const TROOP_WORDS: [&str; 9] = [
    "truppen",
    "soldaten",
    "streitkräfte",
    "kämpfer",
    "mann",
    "militärangehörige",
    "einsatzkräfte",
    "soldat",
    "kräfte",
];

/// The colour family of a claimant; the views map it to a CSS variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Palette {
    Us,
    Ukraine,
    SouthKorea,
    Other,
}

impl Palette {
    /// The palette for a German country name ("USA", "Ukraine", "Südkorea").
    pub fn for_country(country: Option<&str>) -> Palette {
        match country.map(str::trim) {
            Some("USA" | "Vereinigte Staaten" | "US") => Palette::Us,
            Some("Ukraine") => Palette::Ukraine,
            Some("Südkorea") => Palette::SouthKorea,
            _ => Palette::Other,
        }
    }
    /// The CSS custom property holding the colour ("--us" …).
    pub fn css_var(self) -> &'static str {
        match self {
            Palette::Us => "--us",
            Palette::Ukraine => "--ua",
            Palette::SouthKorea => "--kr",
            Palette::Other => "--other",
        }
    }
    /// A class suffix for HTML swatches ("us", "ua", "kr", "other").
    pub fn class(self) -> &'static str {
        &self.css_var()[2..]
    }
}

/// Who makes a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// A short name for labels: "US-Beamte", "Ukrainische Quellen".
    pub label: String,
    /// Every way the article names the claimant, as written, in article order.
    pub mentions: Vec<String>,
    /// The country it speaks for, where known ("USA").
    pub country: Option<String>,
    pub palette: Palette,
}

/// Where an estimate's time comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeSource {
    /// The figure's own date ("bis Dezember").
    Figure,
    /// A date in the same paragraph ("Dieser Appell, der am 29. Oktober … berichtet wurde").
    Paragraph,
    /// No date near the figure: the article's latest dated report stands in.
    Article,
}

/// When an estimate applies. Month and day only: the article names no year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct When {
    /// Index into [`Article::dates`].
    pub date: u32,
    /// As written ("29. Oktober", "bis Dezember").
    pub text: String,
    pub month: u8,
    pub day: Option<u8>,
    /// A horizon ("bis Dezember"), not a point.
    pub until: bool,
    pub source: TimeSource,
}

impl When {
    /// Position on a year without a year: days since 1 January (non-leap);
    /// a month alone stands at its first day when a horizon, else mid-month.
    pub fn day_of_year(&self) -> f64 {
        let day = self.day.unwrap_or(if self.until { 1 } else { 15 });
        day_of_year(self.month, day)
    }
    /// "Ende Oktober", "Dezember".
    pub fn label(&self) -> String {
        time_label(self.month, self.day)
    }
    /// "Ende Oktober" / "late October".
    pub fn label_in(&self, lang: Lang) -> String {
        time_label_in(self.month, self.day, lang)
    }
}

/// A part of an estimate ("500 Offiziere" of the 12.000).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// Index into [`Article::figures`].
    pub figure: u32,
    pub value: f64,
    /// "500 Offiziere", "drei Generäle" (number as written, noun normalised).
    pub text: String,
}

/// One claimant's claim, possibly repeated in several sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub source: Source,
    pub value: f64,
    /// The upper end of a range ("zwischen 10.000 und 12.000").
    pub upper: Option<f64>,
    pub qualifier: Qualifier,
    /// A projection ("könnte bis Dezember auf 10.000 ansteigen").
    pub forecast: bool,
    pub when: Option<When>,
    pub parts: Vec<Part>,
    /// Indices into [`Article::figures`], in article order; never empty.
    pub figures: Vec<u32>,
    /// Indices into [`Article::sentences`], in article order, without repeats.
    pub sentences: Vec<u32>,
    /// What is counted ("Truppen").
    pub counted: String,
}

impl Estimate {
    /// The figure that stands for the estimate when selected app-wide.
    pub fn first_figure(&self) -> u32 {
        self.figures.first().copied().unwrap_or(0)
    }
    /// The largest number the claim allows (the upper end, or the value).
    pub fn high(&self) -> f64 {
        self.upper.unwrap_or(self.value)
    }
    /// True when `figure` is one of the estimate's figures or parts.
    pub fn has_figure(&self, figure: u32) -> bool {
        self.figures.contains(&figure) || self.parts.iter().any(|p| p.figure == figure)
    }
    /// "etwa 3.000", "bis zu 12.000", "10.000 bis 12.000", "10.000".
    pub fn value_text(&self) -> String {
        self.value_text_in(Lang::De)
    }
    /// [`Estimate::value_text`] in `lang`; numbers stay German ("up to 12.000").
    pub fn value_text_in(&self, lang: Lang) -> String {
        if let Some(upper) = self.upper {
            let to = match lang {
                Lang::De => "bis",
                Lang::En => "to",
            };
            return format!(
                "{} {to} {}",
                format::number(self.value),
                format::number(upper)
            );
        }
        let n = format::number(self.value);
        match qualifier_word_in(self.qualifier, lang) {
            "" => n,
            q => format!("{q} {n}"),
        }
    }
    /// "500 Offiziere und drei Generäle"; empty without parts.
    pub fn includes_text(&self) -> String {
        join_de(self.parts.iter().map(|p| p.text.clone()).collect())
    }
    /// "Ende Oktober", "bis Dezember", or empty without a time.
    pub fn time_text(&self) -> String {
        self.time_text_in(Lang::De)
    }
    /// [`Estimate::time_text`] in `lang` ("late October", "by December").
    pub fn time_text_in(&self, lang: Lang) -> String {
        match &self.when {
            Some(when) if when.until => match lang {
                Lang::De => format!("bis {}", when.label_in(lang)),
                Lang::En => format!("by {}", when.label_in(lang)),
            },
            Some(when) => when.label_in(lang),
            None => String::new(),
        }
    }
    /// "US-Beamte etwa 3.000 (Ende Oktober)" for summaries.
    pub fn summary(&self) -> String {
        self.summary_in(Lang::De)
    }
    /// [`Estimate::summary`] in `lang`. Names and parts stay as the article writes them.
    pub fn summary_in(&self, lang: Lang) -> String {
        let mut out = format!("{} {}", self.source.label, self.value_text_in(lang));
        let notes: Vec<String> = [
            self.time_text_in(lang),
            if self.forecast {
                forecast_word(lang).into()
            } else {
                String::new()
            },
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        if !notes.is_empty() {
            out.push_str(&format!(" ({})", notes.join(", ")));
        }
        let includes = self.includes_text_in(lang);
        if !includes.is_empty() {
            let word = match lang {
                Lang::De => "darunter",
                Lang::En => "including",
            };
            out.push_str(&format!(", {word} {includes}"));
        }
        out
    }
    /// "500 Offiziere und drei Generäle" / "500 Offiziere and drei Generäle".
    pub fn includes_text_in(&self, lang: Lang) -> String {
        join_in(self.parts.iter().map(|p| p.text.clone()).collect(), lang)
    }
    /// The estimate's sentences as written, joined by a space.
    pub fn sentence_text(&self, article: &Article) -> String {
        self.sentences
            .iter()
            .map(|&s| article.sentence_text(s).trim())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "etwa", "bis zu" … for a qualifier; empty for exact figures.
pub fn qualifier_word(q: Qualifier) -> &'static str {
    qualifier_word_in(q, Lang::De)
}

/// [`qualifier_word`] in `lang` ("about", "up to" …).
pub fn qualifier_word_in(q: Qualifier, lang: Lang) -> &'static str {
    let (de, en) = match q {
        Qualifier::Exact => ("", ""),
        Qualifier::Approximate => ("etwa", "about"),
        Qualifier::UpTo => ("bis zu", "up to"),
        Qualifier::MoreThan => ("mehr als", "more than"),
        Qualifier::AtLeast => ("mindestens", "at least"),
        Qualifier::LessThan => ("weniger als", "less than"),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// "Prognose" / "forecast".
pub fn forecast_word(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Prognose",
        Lang::En => "forecast",
    }
}

/// True when the figure counts troops.
pub fn is_troop_figure(f: &Figure) -> bool {
    let noun = f
        .counted_lemma
        .as_deref()
        .or(f.counted.as_ref().map(|m| m.text.as_str()))
        .unwrap_or("");
    let noun = noun.to_lowercase();
    TROOP_WORDS
        .iter()
        .any(|w| noun == *w || noun.ends_with(&format!("-{w}")))
}

/// The estimates of `article`, in article order. An article without troop
/// figures gives an empty list.
///
/// ```
/// let article = article::parse("Ein Satz ohne Zahlen.");
/// assert!(lagebild::estimates::estimates(&article).is_empty());
/// ```
pub fn estimates(article: &Article) -> Vec<Estimate> {
    let mut out: Vec<(String, Estimate)> = Vec::new();
    for (i, f) in article.figures.iter().enumerate() {
        let i = i as u32;
        if f.part_of.is_some() || !is_troop_figure(f) || !f.value.is_finite() {
            continue;
        }
        let key = claimant_key(f);
        let mention = f
            .asserted_by
            .as_ref()
            .map(|c| c.mention.text.trim().to_string());
        let same = out.iter_mut().find(|(k, e)| {
            *k == key
                && e.value == f.value
                && e.upper == f.upper
                && e.qualifier == f.qualifier
                && e.forecast == f.forecast
        });
        if let Some((_, e)) = same {
            e.figures.push(i);
            if !e.sentences.contains(&f.sentence) {
                e.sentences.push(f.sentence);
            }
            if let Some(m) = mention {
                if !e.source.mentions.contains(&m) {
                    e.source.mentions.push(m);
                }
            }
            if e.when.is_none() {
                e.when = when_of(article, f);
            }
            continue;
        }
        let country = f.asserted_by.as_ref().and_then(|c| c.country.clone());
        let source = Source {
            label: String::new(),
            mentions: mention.into_iter().collect(),
            palette: Palette::for_country(country.as_deref()),
            country,
        };
        let estimate = Estimate {
            source,
            value: f.value,
            upper: f.upper.filter(|u| u.is_finite()),
            qualifier: f.qualifier,
            forecast: f.forecast,
            when: when_of(article, f),
            parts: Vec::new(),
            figures: vec![i],
            sentences: vec![f.sentence],
            counted: f
                .counted_lemma
                .clone()
                .or(f.counted.as_ref().map(|m| m.text.clone()))
                .unwrap_or_default(),
        };
        out.push((key, estimate));
    }
    let article_time = article_time(article);
    let mut list: Vec<Estimate> = out.into_iter().map(|(_, e)| e).collect();
    for e in &mut list {
        e.sentences.sort_unstable();
        e.source.label = source_label(&e.source);
        if e.when.is_none() && !e.forecast {
            e.when = article_time.clone();
        }
        for (pi, p) in article.figures.iter().enumerate() {
            if p.part_of.is_some_and(|whole| e.figures.contains(&whole)) {
                e.parts.push(Part {
                    figure: pi as u32,
                    value: p.value,
                    text: part_text(p),
                });
            }
        }
    }
    list
}

/// The estimate with the largest number that has parts, for the composition chart.
pub fn largest_with_parts(list: &[Estimate]) -> Option<usize> {
    list.iter()
        .enumerate()
        .filter(|(_, e)| !e.parts.is_empty())
        .max_by(|a, b| a.1.high().total_cmp(&b.1.high()))
        .map(|(i, _)| i)
}

/// The index of the estimate holding `figure` (as a claim or a part).
pub fn estimate_of_figure(list: &[Estimate], figure: u32) -> Option<usize> {
    list.iter().position(|e| e.has_figure(figure))
}

/// The German description of all estimates, for screen readers:
/// "Drei Schätzungen zur Zahl nordkoreanischer Soldaten in Russland: US-Beamte etwa 3.000 …".
pub fn summary_de(list: &[Estimate]) -> String {
    summary(list, Lang::De)
}

/// [`summary_de`] in `lang`.
pub fn summary(list: &[Estimate], lang: Lang) -> String {
    if list.is_empty() {
        return match lang {
            Lang::De => "Keine Schätzungen im Artikel.",
            Lang::En => "No estimates in the article.",
        }
        .into();
    }
    let items: Vec<String> = list.iter().map(|e| e.summary_in(lang)).collect();
    match lang {
        Lang::De => {
            let count = match list.len() {
                1 => "Eine Schätzung".to_string(),
                n => format!("{} Schätzungen", capitalise(number_word(n))),
            };
            format!(
                "{count} zur Zahl nordkoreanischer Soldaten in Russland: {}.",
                items.join("; ")
            )
        }
        Lang::En => {
            let count = match list.len() {
                1 => "One estimate".to_string(),
                n => format!("{} estimates", capitalise(number_word_en(n))),
            };
            format!(
                "{count} of the number of North Korean soldiers in Russia: {}.",
                items.join("; ")
            )
        }
    }
}

/// The timeline in words: "Zeitverlauf (Monat und Tag, ohne Jahr): Ende Oktober: US-Beamte etwa 3.000 …".
pub fn timeline_summary_de(list: &[Estimate]) -> String {
    timeline_summary(list, Lang::De)
}

/// [`timeline_summary_de`] in `lang`.
pub fn timeline_summary(list: &[Estimate], lang: Lang) -> String {
    let mut placed: Vec<&Estimate> = list.iter().filter(|e| e.when.is_some()).collect();
    if placed.is_empty() {
        return match lang {
            Lang::De => "Keine Zeitangaben zu den Schätzungen im Artikel.",
            Lang::En => "The article gives no times for the estimates.",
        }
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
                e.source.label,
                e.value_text_in(lang)
            );
            if e.forecast {
                item.push_str(&format!(" ({})", forecast_word(lang)));
            }
            item
        })
        .collect();
    let head = match lang {
        Lang::De => "Zeitverlauf der Schätzungen (Monat und Tag, der Artikel nennt kein Jahr)",
        Lang::En => "Timeline of the estimates (month and day; the article gives no year)",
    };
    format!("{head}: {}.", items.join("; "))
}

/// The composition in words, without any figure the article does not state:
/// "Zusammensetzung: bis zu 12.000 Soldaten laut Ukrainische Quellen, darunter
/// 500 Offiziere und drei Generäle. …". No remainder and no percentages: the
/// whole is an upper bound, so both would invent precision.
pub fn composition_summary_de(e: &Estimate) -> String {
    composition_summary(e, Lang::De)
}

/// [`composition_summary_de`] in `lang`.
pub fn composition_summary(e: &Estimate, lang: Lang) -> String {
    let bound = matches!(e.qualifier, Qualifier::UpTo | Qualifier::LessThan) || e.upper.is_some();
    match lang {
        Lang::De => {
            let mut out = format!(
                "Zusammensetzung: {} {} laut {}, darunter {}.",
                e.value_text_in(lang),
                e.counted,
                e.source.label,
                e.includes_text_in(lang)
            );
            out.push_str(" Die Teile sind maßstabsgetreu gezeichnet; kleine Teile sind im Balken kaum sichtbar.");
            if bound {
                out.push_str(" Der Balken endet an der Obergrenze; der Artikel nennt keine Zahl für den Rest.");
            }
            out
        }
        Lang::En => {
            let mut out = format!(
                "Composition: {} ({}) according to {}, including {}.",
                e.value_text_in(lang),
                e.counted,
                e.source.label,
                e.includes_text_in(lang)
            );
            out.push_str(
                " The parts are drawn to scale; small parts are barely visible in the bar.",
            );
            if bound {
                out.push_str(
                    " The bar ends at the upper bound; the article gives no figure for the rest.",
                );
            }
            out
        }
    }
}

/// The estimates as CSV: a header, one row per estimate, ';'-separated,
/// German number format, fields quoted where needed.
pub fn to_csv(list: &[Estimate], article: &Article) -> String {
    let mut out = String::from(
        "Quelle;Land;Angabe;Wert;Obergrenze;Einordnung;Zeitpunkt;Prognose;Enthält;Sätze;Satz\n",
    );
    for e in list {
        let row = [
            e.source.label.clone(),
            e.source.country.clone().unwrap_or_default(),
            e.value_text(),
            format::number(e.value),
            e.upper.map(format::number).unwrap_or_default(),
            qualifier_name(e.qualifier).to_string(),
            e.when.as_ref().map(|w| w.text.clone()).unwrap_or_default(),
            if e.forecast { "ja" } else { "nein" }.to_string(),
            e.includes_text(),
            e.sentences
                .iter()
                .map(|s| (s + 1).to_string())
                .collect::<Vec<_>>()
                .join(","),
            e.sentence_text(article),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push('\n');
    }
    out
}

/// "Ungefähr", "Obergrenze" … for tables and CSV.
pub fn qualifier_name(q: Qualifier) -> &'static str {
    qualifier_name_in(q, Lang::De)
}

/// [`qualifier_name`] in `lang` ("approximate", "upper bound" …).
pub fn qualifier_name_in(q: Qualifier, lang: Lang) -> &'static str {
    let (de, en) = match q {
        Qualifier::Exact => ("genau", "exact"),
        Qualifier::Approximate => ("ungefähr", "approximate"),
        Qualifier::UpTo => ("Obergrenze", "upper bound"),
        Qualifier::MoreThan => ("mehr als", "more than"),
        Qualifier::AtLeast => ("Untergrenze", "lower bound"),
        Qualifier::LessThan => ("weniger als", "less than"),
    };
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// Days since 1 January of a non-leap year for `month` (1–12) and `day`;
/// out-of-range months clamp.
pub fn day_of_year(month: u8, day: u8) -> f64 {
    const STARTS: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let m = (month.clamp(1, 12) - 1) as usize;
    f64::from(STARTS[m]) + f64::from(day.clamp(1, 31)) - 1.0
}

/// "Anfang November", "Mitte Oktober", "Ende Oktober"; the month alone without a day.
pub fn time_label(month: u8, day: Option<u8>) -> String {
    time_label_in(month, day, Lang::De)
}

/// [`time_label`] in `lang` ("early November", "mid-October", "late October").
pub fn time_label_in(month: u8, day: Option<u8>, lang: Lang) -> String {
    let name = month_name_in(month, lang);
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

/// The month's name (1–12) in `lang`; empty for anything else.
pub fn month_name_in(m: u8, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::De => format::month_name(m),
        Lang::En => EN.get((m as usize).wrapping_sub(1)).copied().unwrap_or(""),
    }
}

/// Month starts between two day-of-year positions, labelled by month name.
pub fn month_ticks(from: f64, to: f64) -> Vec<(f64, &'static str)> {
    month_ticks_in(from, to, Lang::De)
}

/// [`month_ticks`] with names in `lang`.
pub fn month_ticks_in(from: f64, to: f64, lang: Lang) -> Vec<(f64, &'static str)> {
    (1..=12u8)
        .map(|m| (day_of_year(m, 1), month_name_in(m, lang)))
        .filter(|(d, _)| *d >= from && *d <= to)
        .collect()
}

fn claimant_key(f: &Figure) -> String {
    match &f.asserted_by {
        Some(c) => match (&c.country, c.entity) {
            (Some(country), _) => format!("land:{country}"),
            (None, Some(entity)) => format!("akteur:{entity}"),
            (None, None) => format!("name:{}", c.mention.text.trim().to_lowercase()),
        },
        None => "unbekannt".into(),
    }
}

/// The name for labels: the most specific mention (the last one that is not
/// a bare country), without a leading article, capitalised.
fn source_label(source: &Source) -> String {
    let Some(best) = source
        .mentions
        .iter()
        .rev()
        .find(|m| !is_country_name(m))
        .or(source.mentions.last())
    else {
        return "Ohne Quellenangabe".into();
    };
    let mut words: Vec<String> = best.split_whitespace().map(str::to_string).collect();
    if let Some(first) = words.first() {
        let article_word = first.to_lowercase();
        if ["der", "die", "das", "den", "dem", "des"].contains(&article_word.as_str())
            && words.len() > 1
        {
            words.remove(0);
            // "der südkoreanische Geheimdienst" → "südkoreanischer Geheimdienst"
            if article_word == "der" && words.len() > 1 && words[0].ends_with('e') {
                words[0].push('r');
            }
        }
    }
    capitalise(&words.join(" "))
}

fn is_country_name(m: &str) -> bool {
    let m = m.to_lowercase();
    m.contains("vereinigten staaten")
        || m == "usa"
        || m == "die usa"
        || m == "ukraine"
        || m == "südkorea"
}

fn when_of(article: &Article, f: &Figure) -> Option<When> {
    if let Some(d) = f.date {
        return when_from(article, d, TimeSource::Figure);
    }
    // A point in time reported in the same paragraph; horizons belong to their own figure.
    let paragraph = article.sentences.get(f.sentence as usize)?.paragraph;
    article
        .dates
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.until && d.month.is_some())
        .filter(|(_, d)| {
            article
                .sentences
                .get(d.sentence as usize)
                .is_some_and(|s| s.paragraph == paragraph)
        })
        .min_by_key(|(_, d)| d.sentence.abs_diff(f.sentence))
        .and_then(|(i, _)| when_from(article, i as u32, TimeSource::Paragraph))
}

fn article_time(article: &Article) -> Option<When> {
    let (i, _) = article
        .dates
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.until && d.month.is_some())
        .max_by_key(|(_, d)| (d.month, d.day))?;
    when_from(article, i as u32, TimeSource::Article)
}

fn when_from(article: &Article, i: u32, source: TimeSource) -> Option<When> {
    let d = article.dates.get(i as usize)?;
    let month = d.month.filter(|m| (1..=12).contains(m))?;
    Some(When {
        date: i,
        text: d.text.clone(),
        month,
        day: d.day,
        until: d.until,
        source,
    })
}

fn part_text(p: &Figure) -> String {
    let noun = p
        .counted_lemma
        .clone()
        .or(p.counted.as_ref().map(|m| m.text.clone()))
        .unwrap_or_default();
    let number = if p.number.text.trim().is_empty() {
        format::number(p.value)
    } else {
        p.number.text.clone()
    };
    format!("{number} {noun}").trim().to_string()
}

fn join_de(items: Vec<String>) -> String {
    join_in(items, Lang::De)
}

fn join_in(items: Vec<String>, lang: Lang) -> String {
    let and = match lang {
        Lang::De => "und",
        Lang::En => "and",
    };
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn number_word_en(n: usize) -> &'static str {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS.get(n).copied().unwrap_or("many")
}

fn number_word(n: usize) -> &'static str {
    const WORDS: [&str; 13] = [
        "null", "eine", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf",
    ];
    WORDS.get(n).copied().unwrap_or("viele")
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn csv_field(f: &str) -> String {
    let f = f.replace(['\n', '\r'], " ");
    if f.contains([';', '"', ',']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../stories/kursk-nordkorea/article.txt");

    fn seed() -> Vec<Estimate> {
        estimates(&article::parse(SEED))
    }

    #[test]
    fn empty_article_has_no_estimates() {
        let article = article::parse("");
        assert!(estimates(&article).is_empty());
        assert_eq!(summary_de(&[]), "Keine Schätzungen im Artikel.");
        assert_eq!(largest_with_parts(&[]), None);
        assert_eq!(to_csv(&[], &article).lines().count(), 1);
    }

    #[test]
    fn seed_has_three_claimants_with_values_and_qualifiers() {
        let list = seed();
        let got: Vec<(Palette, f64, Qualifier, bool)> = list
            .iter()
            .map(|e| (e.source.palette, e.value, e.qualifier, e.forecast))
            .collect();
        assert_eq!(
            got,
            vec![
                (Palette::Us, 3000.0, Qualifier::Approximate, false),
                (Palette::Ukraine, 12000.0, Qualifier::UpTo, false),
                (Palette::SouthKorea, 10000.0, Qualifier::Exact, true),
            ],
            "{list:#?}"
        );
        assert_eq!(list[0].value_text(), "etwa 3.000");
        assert_eq!(list[1].value_text(), "bis zu 12.000");
        assert_eq!(list[0].source.label, "US-Beamte");
        assert!(
            list[1]
                .source
                .label
                .to_lowercase()
                .contains("ukrainische quellen"),
            "{}",
            list[1].source.label
        );
        assert!(
            list[2].source.label.to_lowercase().contains("geheimdienst"),
            "{}",
            list[2].source.label
        );
    }

    #[test]
    fn repeated_us_claim_is_one_estimate_with_both_sentences() {
        let article = article::parse(SEED);
        let list = estimates(&article);
        let us = &list[0];
        assert_eq!(us.figures.len(), 2, "{us:#?}");
        assert_eq!(us.sentences.len(), 2);
        let paragraphs: Vec<u32> = us
            .sentences
            .iter()
            .map(|&s| article.sentences[s as usize].paragraph)
            .collect();
        assert_eq!(paragraphs, vec![1, 3], "paragraphs 2 and 4");
        assert!(us.sentence_text(&article).contains("etwa 3.000 Truppen"));
        assert_eq!(us.first_figure(), us.figures[0]);
    }

    #[test]
    fn distance_is_not_an_estimate() {
        let article = article::parse(SEED);
        assert!(
            article.figures.iter().any(|f| f.value == 50.0),
            "the parser sees 50 Kilometer"
        );
        assert!(seed().iter().all(|e| e.value != 50.0));
    }

    #[test]
    fn times_are_month_and_day_without_a_year() {
        let list = seed();
        let us = list[0].when.as_ref().expect("US time");
        assert_eq!((us.month, us.day, us.until), (10, Some(29), false));
        assert_eq!(us.label(), "Ende Oktober");
        let kr = list[2].when.as_ref().expect("South Korean horizon");
        assert_eq!(
            (kr.month, kr.day, kr.until, kr.source),
            (12, None, true, TimeSource::Figure)
        );
        assert_eq!(list[2].time_text(), "bis Dezember");
        assert!(
            list[2]
                .summary()
                .ends_with("10.000 (bis Dezember, Prognose)"),
            "{}",
            list[2].summary()
        );
        assert!(
            list.iter().all(|e| !e.time_text().contains("20")),
            "no invented year"
        );
        assert!(kr.day_of_year() > us.day_of_year());
    }

    #[test]
    fn composition_of_the_largest_estimate() {
        let list = seed();
        let i = largest_with_parts(&list).expect("an estimate with parts");
        let ua = &list[i];
        assert_eq!(ua.value, 12000.0);
        let parts: Vec<f64> = ua.parts.iter().map(|p| p.value).collect();
        assert_eq!(parts, vec![500.0, 3.0]);
        assert_eq!(ua.includes_text(), "500 Offiziere und drei Generäle");
        assert!(ua.has_figure(ua.parts[0].figure));
        assert_eq!(estimate_of_figure(&list, ua.parts[1].figure), Some(i));
    }

    #[test]
    fn summary_and_csv_use_german_numbers() {
        let article = article::parse(SEED);
        let list = estimates(&article);
        let summary = summary_de(&list);
        assert!(summary.starts_with("Drei Schätzungen zur Zahl nordkoreanischer Soldaten in Russland: US-Beamte etwa 3.000"), "{summary}");
        assert!(summary.contains("bis zu 12.000"));
        let csv = to_csv(&list, &article);
        let mut lines = csv.lines();
        assert!(lines
            .next()
            .is_some_and(|h| h.starts_with("Quelle;Land;Angabe;Wert")));
        assert_eq!(lines.count(), 3);
        assert!(csv.contains(";12.000;"));
    }

    #[test]
    fn timeline_and_composition_in_words() {
        let list = seed();
        let timeline = timeline_summary_de(&list);
        assert!(
            timeline.contains("Ende Oktober: US-Beamte etwa 3.000"),
            "{timeline}"
        );
        assert!(
            timeline.ends_with("bis Dezember: Südkoreanischer Geheimdienst 10.000 (Prognose)."),
            "{timeline}"
        );
        let i = largest_with_parts(&list).expect("parts");
        let words = composition_summary_de(&list[i]);
        assert!(
            words.contains("bis zu 12.000 Soldaten laut Ukrainische Quellen, darunter 500 Offiziere und drei Generäle."),
            "{words}"
        );
        assert!(!words.contains("11.497") && !words.contains('%'), "{words}");
        assert!(words.contains("keine Zahl für den Rest"), "{words}");
        let en = composition_summary(&list[i], Lang::En);
        assert!(en.contains("up to 12.000"), "{en}");
        assert!(en.contains("no figure for the rest"), "{en}");
    }

    #[test]
    fn english_texts_keep_german_numbers() {
        let list = seed();
        assert_eq!(list[0].value_text_in(Lang::En), "about 3.000");
        assert_eq!(list[1].value_text_in(Lang::En), "up to 12.000");
        assert_eq!(list[0].time_text_in(Lang::En), "late October");
        assert_eq!(list[2].time_text_in(Lang::En), "by December");
        assert_eq!(time_label_in(11, Some(15), Lang::En), "mid-November");
        assert_eq!(month_name_in(13, Lang::En), "");
        let summary = summary(&list, Lang::En);
        assert!(
            summary.starts_with("Three estimates of the number"),
            "{summary}"
        );
        assert!(summary.contains("(by December, forecast)"), "{summary}");
        let timeline = timeline_summary(&list, Lang::En);
        assert!(
            timeline.contains("late October: US-Beamte about 3.000"),
            "{timeline}"
        );
    }

    #[test]
    fn changing_the_text_changes_the_model() {
        let changed = SEED.replace("12.000", "15.000");
        let list = estimates(&article::parse(&changed));
        assert!(list
            .iter()
            .any(|e| e.value == 15000.0 && e.qualifier == Qualifier::UpTo));
        assert!(list.iter().all(|e| e.value != 12000.0));
    }

    #[test]
    fn labels_and_helpers() {
        assert_eq!(time_label(10, Some(29)), "Ende Oktober");
        assert_eq!(time_label(11, Some(3)), "Anfang November");
        assert_eq!(time_label(12, None), "Dezember");
        assert_eq!(day_of_year(1, 1), 0.0);
        assert_eq!(day_of_year(12, 1), 334.0);
        assert_eq!(
            month_ticks(300.0, 340.0),
            vec![(304.0, "November"), (334.0, "Dezember")]
        );
        assert_eq!(csv_field("a;b \"c\""), "\"a;b \"\"c\"\"\"");
        assert_eq!(
            join_de(vec!["a".into(), "b".into(), "c".into()]),
            "a, b und c"
        );
        let source = Source {
            label: String::new(),
            mentions: vec!["der südkoreanische Geheimdienst".into()],
            country: None,
            palette: Palette::Other,
        };
        assert_eq!(source_label(&source), "Südkoreanischer Geheimdienst");
        assert_eq!(Palette::Ukraine.class(), "ua");
    }
}
