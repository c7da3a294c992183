//! German one-line descriptions of what the parser recognised, for tooltips,
//! screen readers and cards. They only restate what the article says.
use crate::format;
use article::{Article, Attribution, PlaceKind, Qualifier, QuoteKind};

/// "etwa", "bis zu" … for a qualifier; empty for exact figures.
pub fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approximate => "etwa",
        Qualifier::UpTo => "bis zu",
        Qualifier::MoreThan => "mehr als",
        Qualifier::AtLeast => "mindestens",
        Qualifier::LessThan => "weniger als",
    }
}

/// "etwa 3.000 Truppen", "zwischen 10.000 und 12.000 Soldaten".
pub fn figure_value(article: &Article, i: u32) -> String {
    let Some(f) = article.figures.get(i as usize) else {
        return String::new();
    };
    let mut out = match f.upper {
        Some(upper) => format!("{} bis {}", format::number(f.value), format::number(upper)),
        None => {
            let q = qualifier(f.qualifier);
            let n = format::number(f.value);
            if q.is_empty() {
                n
            } else {
                format!("{q} {n}")
            }
        }
    };
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

/// "Zahl: etwa 3.000 Truppen · Quelle der Angabe: US-Beamte".
pub fn figure(article: &Article, i: u32) -> String {
    let Some(f) = article.figures.get(i as usize) else {
        return String::new();
    };
    let mut out = format!("Zahl: {}", figure_value(article, i));
    if let Some(c) = &f.converted {
        out.push_str(&format!(" ({} {})", format::number(c.value), c.unit.text));
    }
    if let Some(claimant) = &f.asserted_by {
        out.push_str(&format!(" · Angabe von: {}", claimant.mention.text));
    }
    if let Some(d) = f.date.and_then(|d| article.dates.get(d as usize)) {
        out.push_str(&format!(" · Zeitpunkt: {}", d.text));
    }
    if f.forecast {
        out.push_str(" · Prognose");
    }
    if let Some(whole) = f.part_of {
        out.push_str(&format!(" · Teil von: {}", figure_value(article, whole)));
    }
    out
}

/// "Ort: Kursk (Stadt)", "Ort: Nordkorea (Land, als Adjektiv erwähnt)".
pub fn place_mention(article: &Article, mention: u32) -> String {
    let Some(m) = article.place_mentions.get(mention as usize) else {
        return String::new();
    };
    let Some(place) = article.places.get(m.place as usize) else {
        return String::new();
    };
    let kind = place_kind(place.kind);
    if m.adjectival {
        format!("Ort: {} ({kind}, als Adjektiv erwähnt)", place.name)
    } else {
        format!("Ort: {} ({kind})", place.name)
    }
}

/// "Stadt", "Region", "Land".
pub fn place_kind(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::City => "Stadt",
        PlaceKind::Region => "Region",
        PlaceKind::Country => "Land",
    }
}

/// "Person: Jake Sullivan – nationale Sicherheitsberater der USA".
pub fn entity(article: &Article, i: u32) -> String {
    let Some(e) = article.entities.get(i as usize) else {
        return String::new();
    };
    let kind = match e.kind {
        article::EntityKind::Person => "Person",
        article::EntityKind::Organisation => "Organisation",
    };
    match e.roles.first() {
        Some(role) => format!("{kind}: {} – {}", e.name, role.text),
        None => format!("{kind}: {}", e.name),
    }
}

/// "Medium: CNN (in der Quellenangabe genannt)".
pub fn medium(article: &Article, i: u32) -> String {
    let Some(m) = article.media.get(i as usize) else {
        return String::new();
    };
    if m.in_source_line {
        format!("Medium: {} (in der Quellenangabe genannt)", m.name)
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
pub fn quote_kind(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Full => "vollständiges Zitat",
        QuoteKind::Partial => "Teilzitat",
        QuoteKind::Term => "Begriff in Anführungszeichen",
    }
}

/// How the speaker was found, in words.
pub fn attribution(a: Attribution) -> &'static str {
    match a {
        Attribution::SameSentence => "im selben Satz genannt",
        Attribution::PreviousSentence => "im Satz davor genannt",
        Attribution::NextSentence => "im Satz danach genannt",
        Attribution::Pronoun => "über ein Pronomen zugeordnet",
        Attribution::RoleNoun => "über eine Funktionsbezeichnung zugeordnet",
        Attribution::Anonymous => "anonyme Quelle",
    }
}

/// "Zitat 2 von Matthew Miller (erklärte)".
pub fn quote(article: &Article, i: u32) -> String {
    let Some(q) = article.quotes.get(i as usize) else {
        return String::new();
    };
    let mut out = format!("Zitat {} ({})", i + 1, quote_kind(q.kind));
    if let Some(who) = speaker(article, i) {
        out.push_str(&format!(" von {who}"));
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
        assert_eq!(figure(&article, 0), "");
        assert_eq!(place_mention(&article, 3), "");
        assert_eq!(entity(&article, 0), "");
        assert_eq!(quote(&article, 0), "");
        assert_eq!(speaker(&article, 0), None);
    }
}
