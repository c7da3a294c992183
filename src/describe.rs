//! One-line descriptions of what the parser recognised, for tooltips, screen
//! readers and cards, in the interface language. They only restate what the
//! article says; quoted words and names stay as the article writes them.
use crate::format;
use crate::i18n::{tr, Lang};
use article::{Article, Attribution, PlaceKind, QuoteKind};

/// "etwa 3.000 Truppen", "10.000 bis 12.000 Soldaten" (numbers in German format either way).
pub fn figure_value(article: &Article, i: u32, lang: Lang) -> String {
    let Some(f) = article.figures.get(i as usize) else {
        return String::new();
    };
    let mut out = format::value(f.value, f.upper, f.qualifier, lang);
    if let Some(counted) = f
        .counted_lemma
        .as_ref()
        .or(f.counted.as_ref().map(|m| &m.text))
    {
        out.push(' ');
        out.push_str(counted);
    }
    out
}

/// "Zahl: etwa 3.000 Truppen · Angabe von: US-Beamte".
pub fn figure(article: &Article, i: u32, lang: Lang) -> String {
    let Some(f) = article.figures.get(i as usize) else {
        return String::new();
    };
    let mut out = format!(
        "{}: {}",
        tr(lang, "Zahl", "Figure"),
        figure_value(article, i, lang)
    );
    if let Some(c) = &f.converted {
        out.push_str(&format!(" ({} {})", format::number(c.value), c.unit.text));
    }
    if let Some(claimant) = &f.asserted_by {
        out.push_str(&format!(
            " · {}: {}",
            tr(lang, "Angabe von", "claimed by"),
            claimant.mention.text
        ));
    }
    if let Some(d) = f.date.and_then(|d| article.dates.get(d as usize)) {
        out.push_str(&format!(" · {}: {}", tr(lang, "Zeitpunkt", "time"), d.text));
    }
    if f.forecast {
        out.push_str(tr(lang, " · Prognose", " · forecast"));
    }
    if let Some(whole) = f.part_of {
        out.push_str(&format!(
            " · {}: {}",
            tr(lang, "Teil von", "part of"),
            figure_value(article, whole, lang)
        ));
    }
    out
}

/// "Ort: Kursk (Stadt)", "Ort: Nordkorea (Land, als Adjektiv erwähnt)".
pub fn place_mention(article: &Article, mention: u32, lang: Lang) -> String {
    let Some(m) = article.place_mentions.get(mention as usize) else {
        return String::new();
    };
    let Some(place) = article.places.get(m.place as usize) else {
        return String::new();
    };
    let kind = place_kind(place.kind, lang);
    let head = tr(lang, "Ort", "Place");
    if m.adjectival {
        format!(
            "{head}: {} ({kind}, {})",
            place.name,
            tr(lang, "als Adjektiv erwähnt", "mentioned as an adjective")
        )
    } else {
        format!("{head}: {} ({kind})", place.name)
    }
}

/// "Stadt", "Region", "Land".
pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    match kind {
        PlaceKind::City => tr(lang, "Stadt", "city"),
        PlaceKind::Region => tr(lang, "Region", "region"),
        PlaceKind::Country => tr(lang, "Land", "country"),
    }
}

/// "Person: Jake Sullivan – nationale Sicherheitsberater der USA".
pub fn entity(article: &Article, i: u32, lang: Lang) -> String {
    let Some(e) = article.entities.get(i as usize) else {
        return String::new();
    };
    let kind = match e.kind {
        article::EntityKind::Person => tr(lang, "Person", "Person"),
        article::EntityKind::Organisation => tr(lang, "Organisation", "Organisation"),
    };
    match e.roles.first() {
        Some(role) => format!("{kind}: {} – {}", e.name, role.text),
        None => format!("{kind}: {}", e.name),
    }
}

/// "Medium: CNN (in der Quellenangabe genannt)".
pub fn medium(article: &Article, i: u32, lang: Lang) -> String {
    let Some(m) = article.media.get(i as usize) else {
        return String::new();
    };
    if m.in_source_line {
        format!(
            "Medium: {} ({})",
            m.name,
            tr(
                lang,
                "in der Quellenangabe genannt",
                "named in the source line"
            )
        )
    } else {
        format!("Medium: {}", m.name)
    }
}

/// Who said it, as the article gives it: "Matthew Miller, Sprecher des US-Außenministeriums".
pub fn speaker(article: &Article, i: u32) -> Option<String> {
    let s = article.quotes.get(i as usize)?.speaker.as_ref()?;
    let head = s
        .name
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_else(|| s.reference.text.clone());
    Some(match s.role.as_ref() {
        Some(role) if s.name.is_some() => format!("{head}, {}", role.text),
        _ => head,
    })
}

/// "vollständiges Zitat", "Teilzitat", "Begriff in Anführungszeichen".
pub fn quote_kind(kind: QuoteKind, lang: Lang) -> &'static str {
    match kind {
        QuoteKind::Full => tr(lang, "vollständiges Zitat", "full quote"),
        QuoteKind::Partial => tr(lang, "Teilzitat", "partial quote"),
        QuoteKind::Term => tr(
            lang,
            "Begriff in Anführungszeichen",
            "term in quotation marks",
        ),
        QuoteKind::Indirect => tr(lang, "indirekte Rede", "indirect speech"),
    }
}

/// The form of hearsay marked only by "sollen", in words.
pub fn reported_form(lang: Lang) -> &'static str {
    tr(
        lang,
        "berichtete Behauptung (sollen)",
        "reported claim (sollen)",
    )
}

/// How the speaker was found, in words.
pub fn attribution(a: Attribution, lang: Lang) -> &'static str {
    match a {
        Attribution::SameSentence => {
            tr(lang, "im selben Satz genannt", "named in the same sentence")
        }
        Attribution::PreviousSentence => tr(
            lang,
            "im Satz davor genannt",
            "named in the sentence before",
        ),
        Attribution::NextSentence => tr(
            lang,
            "im Satz danach genannt",
            "named in the sentence after",
        ),
        Attribution::Pronoun => tr(
            lang,
            "über ein Pronomen zugeordnet",
            "found through a pronoun",
        ),
        Attribution::RoleNoun => tr(
            lang,
            "über eine Funktionsbezeichnung zugeordnet",
            "found through a role noun",
        ),
        Attribution::Anonymous => tr(lang, "anonyme Quelle", "anonymous source"),
        Attribution::Editor => tr(lang, "von der Redaktion zugeordnet", "set by the editors"),
    }
}

/// "Zitat 2 (vollständiges Zitat) von Matthew Miller · „erklärte“".
pub fn quote(article: &Article, i: u32, lang: Lang) -> String {
    let Some(q) = article.quotes.get(i as usize) else {
        return String::new();
    };
    let mut out = format!(
        "{} {} ({})",
        tr(lang, "Zitat", "Quote"),
        i + 1,
        quote_kind(q.kind, lang)
    );
    if let Some(who) = speaker(article, i) {
        out.push_str(&format!(" {} {who}", tr(lang, "von", "by")));
    }
    if let Some(cue) = &q.cue {
        out.push_str(&format!(" · „{}“", cue.verb.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_items_describe_as_empty() {
        let article = article::parse("");
        assert_eq!(figure(&article, 0, Lang::De), "");
        assert_eq!(place_mention(&article, 3, Lang::En), "");
        assert_eq!(entity(&article, 0, Lang::De), "");
        assert_eq!(quote(&article, 0, Lang::De), "");
        assert_eq!(speaker(&article, 0), None);
    }

    #[test]
    fn seed_figures_read_the_same_in_both_languages_but_for_the_interface_words() {
        let text = std::fs::read_to_string("stories/kursk-nordkorea/article.txt").expect("seed");
        let article = article::parse(&text);
        let i = article
            .figures
            .iter()
            .position(|f| f.value == 12000.0)
            .expect("12.000") as u32;
        let de = figure(&article, i, Lang::De);
        let en = figure(&article, i, Lang::En);
        assert!(de.starts_with("Zahl: bis zu 12.000"), "{de}");
        assert!(de.contains("Angabe von: ukrainische Quellen"), "{de}");
        assert!(en.starts_with("Figure: up to 12.000"), "{en}");
        assert!(en.contains("claimed by: ukrainische Quellen"), "{en}");
    }
}
