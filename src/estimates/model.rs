//! The model: one [`Estimate`] per claimant and claim, built from the article
//! and the story's [`Comparison`]. Only figures of the comparison's measure
//! that are not part of another figure are claims; their parts come along.
use crate::i18n::{capitalise, tr, Lang};
use crate::story::{Comparison, Pair};
use article::{Article, Figure, Qualifier};
use serde::{Deserialize, Serialize};

/// Who makes a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// A short name for labels, as the article names the claimant
    /// ("US-Beamte", "Ukrainische Quellen"); empty when it names none.
    pub label: String,
    /// Every way the article names the claimant, as written, in article order.
    pub mentions: Vec<String>,
    /// The country it speaks for, where known ("USA").
    pub country: Option<String>,
    /// Its colour group: an index into [`Comparison::groups`], `None` for
    /// claimants in no group (they share the last colour).
    pub group: Option<usize>,
}

impl Source {
    /// The label, or "Ohne Quellenangabe" / "No source given" when the article names no claimant.
    pub fn label_in(&self, lang: Lang) -> &str {
        if self.label.is_empty() {
            tr(lang, "Ohne Quellenangabe", "No source given")
        } else {
            &self.label
        }
    }
}

/// The number of colour groups the style sheet defines (`--group-1` … `--group-4`).
pub const GROUP_COLOURS: usize = 4;

/// The CSS name of a colour group: "group-1" … "group-4", else "group-other".
pub fn group_name(group: Option<usize>) -> String {
    match group {
        Some(g) if g < GROUP_COLOURS => format!("group-{}", g + 1),
        _ => "group-other".to_owned(),
    }
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
}

/// A part of an estimate that the article states ("500 Offiziere" of the 12.000).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// Index into [`Article::figures`].
    pub figure: u32,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The number as written and the counted noun ("500 Offiziere", "drei Generäle").
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
    /// The parts the article states, in article order; never a computed remainder.
    pub parts: Vec<Part>,
    /// Indices into [`Article::figures`], in article order; never empty.
    pub figures: Vec<u32>,
    /// Indices into [`Article::sentences`], in article order, without repeats.
    pub sentences: Vec<u32>,
    /// What is counted, as it reads after the number: in German the article's
    /// own noun ("Truppen"), in English the comparison's phrase ("North
    /// Korean soldiers in Russia"), since the article has no English.
    pub counted: Pair,
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
    /// True when the claim is a ceiling ("bis zu", "weniger als", a range).
    pub fn is_bound(&self) -> bool {
        self.upper.is_some() || matches!(self.qualifier, Qualifier::UpTo | Qualifier::LessThan)
    }
    /// True when `figure` is one of the estimate's figures or parts.
    pub fn has_figure(&self, figure: u32) -> bool {
        self.figures.contains(&figure) || self.parts.iter().any(|p| p.figure == figure)
    }
    /// What is counted in `lang` ("Truppen" / "North Korean soldiers in Russia").
    pub fn counted_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.counted[0],
            Lang::En => &self.counted[1],
        }
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

/// True when `f` is a claim of the comparison: of its measure, with a
/// finite value, and not part of another figure.
pub fn is_compared(f: &Figure, comparison: &Comparison) -> bool {
    f.part_of.is_none() && f.value.is_finite() && comparison.measure() == Some(f.measure)
}

/// The estimates of `article` for `comparison`, in article order. An
/// article without figures of the comparison's measure gives an empty list.
///
/// ```
/// use lagebild::story::Comparison;
/// let article = article::parse("Ein Satz ohne Zahlen.");
/// let comparison = Comparison { measure: "personnel".into(), ..Comparison::default() };
/// assert!(lagebild::estimates::estimates(&article, &comparison).is_empty());
/// ```
pub fn estimates(article: &Article, comparison: &Comparison) -> Vec<Estimate> {
    estimates_except(article, comparison, &[])
}

/// [`estimates`] without the figures in `excluded` (indices into
/// [`Article::figures`], sorted), which an editor left out of the comparison.
pub fn estimates_except(
    article: &Article,
    comparison: &Comparison,
    excluded: &[u32],
) -> Vec<Estimate> {
    let mut out: Vec<(String, Estimate)> = Vec::new();
    for (i, f) in article.figures.iter().enumerate() {
        let i = i as u32;
        if !is_compared(f, comparison) || excluded.binary_search(&i).is_ok() {
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
        let group = comparison.group_of(country.as_deref());
        let source = Source {
            label: String::new(),
            mentions: mention.into_iter().collect(),
            group: (group < comparison.groups.len()).then_some(group),
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
            counted: [
                counted_noun(f).unwrap_or_else(|| comparison.counted[0].clone()),
                comparison.counted[1].clone(),
            ],
        };
        out.push((key, estimate));
    }
    let article_time = article_time(article);
    let mut list: Vec<Estimate> = out.into_iter().map(|(_, e)| e).collect();
    for e in &mut list {
        e.sentences.sort_unstable();
        e.source.label = source_label(&e.source, article);
        if e.when.is_none() && !e.forecast {
            e.when = article_time.clone();
        }
        for (pi, p) in article.figures.iter().enumerate() {
            if p.part_of.is_some_and(|whole| e.figures.contains(&whole)) {
                e.parts.push(Part {
                    figure: pi as u32,
                    value: p.value,
                    qualifier: p.qualifier,
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

/// Days since 1 January of a non-leap year for `month` (1–12) and `day`;
/// out-of-range months clamp.
pub fn day_of_year(month: u8, day: u8) -> f64 {
    const STARTS: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let m = (month.clamp(1, 12) - 1) as usize;
    f64::from(STARTS[m]) + f64::from(day.clamp(1, 31)) - 1.0
}

fn counted_noun(f: &Figure) -> Option<String> {
    f.counted_lemma
        .clone()
        .or(f.counted.as_ref().map(|m| m.text.clone()))
        .filter(|n| !n.is_empty())
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
/// a bare country name, as the article's places know them), without a
/// leading article, capitalised; empty without a mention.
pub(super) fn source_label(source: &Source, article: &Article) -> String {
    let bare_country = |m: &str| {
        let m = m.trim().to_lowercase();
        let m = m
            .split_once(' ')
            .filter(|(a, _)| article::scan::is_definite(a))
            .map_or(m.as_str(), |(_, rest)| rest);
        source
            .country
            .as_deref()
            .is_some_and(|c| c.to_lowercase() == m)
            || article.place_mentions.iter().any(|pm| {
                pm.text.to_lowercase() == m
                    && article
                        .places
                        .get(pm.place as usize)
                        .is_some_and(|p| p.kind == article::PlaceKind::Country)
            })
    };
    let Some(best) = source
        .mentions
        .iter()
        .rev()
        .find(|m| !bare_country(m))
        .or(source.mentions.last())
    else {
        return String::new();
    };
    let mut words: Vec<String> = best.split_whitespace().map(str::to_string).collect();
    if let Some(first) = words.first() {
        let article_word = first.to_lowercase();
        if article::scan::is_definite(&article_word) && words.len() > 1 {
            words.remove(0);
            // "der südkoreanische Geheimdienst" → "südkoreanischer Geheimdienst"
            if article_word == "der" && words.len() > 1 && words[0].ends_with('e') {
                words[0].push('r');
            }
        }
    }
    capitalise(&words.join(" "))
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
        // A report names its day ("am 12. März"); a month alone ("seit
        // Dezember 2023") is background. Then the latest, by year where given.
        .max_by_key(|(_, d)| {
            let year = d.year.or(article.context_year);
            (d.day.is_some(), year, d.month, d.day)
        })?;
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
    let noun = counted_noun(p).unwrap_or_default();
    let number = if p.number.text.trim().is_empty() {
        crate::format::number(p.value)
    } else {
        p.number.text.clone()
    };
    format!("{number} {noun}").trim().to_string()
}
