//! The quote explorer's logic on plain types: one card per quote with only what
//! the article says, filters by speaker and organisation, and a search that
//! ignores case and treats ä/ae, ö/oe, ü/ue, ß/ss alike.
use crate::describe;
use crate::i18n::capitalise;
use article::{Article, Attribution, Confidence, FrameKind, Quote, QuoteKind, SpeechForm};

/// Everything a quote card shows. Fields are `None` where the article is silent.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteCard {
    /// Index into `Article::quotes`.
    pub index: u32,
    /// The quoted words; pieces of a split quote joined by " … ".
    pub text: String,
    pub kind: QuoteKind,
    /// Direct (in marks), indirect, or reported ("soll … haben").
    pub form: SpeechForm,
    /// The words that frame indirect or reported speech, as written ("laut
    /// Polizei", "wie die Stadt mitteilte").
    pub frame: Option<String>,
    /// How sure the parser is of the speaker (`Low`: "Sprecher unsicher").
    pub confidence: Option<Confidence>,
    /// Name, or for unnamed speakers the words that stand for them ("Ein NATO-Beamter").
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub attribution: Option<Attribution>,
    /// The cue verb as written ("erklärte").
    pub cue: Option<String>,
    pub addressee: Option<String>,
    /// German date as written in the article ("28. Oktober").
    pub date: Option<String>,
    pub occasion: Option<String>,
    /// Media named in the quote's sentence ("CNN").
    pub sources: Vec<String>,
    pub sentence: u32,
}

impl QuoteCard {
    /// True for a speaker the article does not name.
    pub fn anonymous(&self) -> bool {
        self.attribution == Some(Attribution::Anonymous)
    }

    /// What the kind filter compares: "direct", "indirect" or "reported".
    pub fn kind_code(&self) -> &'static str {
        match self.form {
            SpeechForm::Direct if self.kind != QuoteKind::Indirect => "direct",
            SpeechForm::Reported => "reported",
            _ => "indirect",
        }
    }

    /// True when the parser is unsure of the speaker.
    pub fn speaker_unsure(&self) -> bool {
        self.speaker.is_some() && self.confidence == Some(Confidence::Low)
    }

    /// What the filters compare, as the page writes it on the card.
    pub fn keys(&self) -> CardKeys {
        CardKeys {
            kind: self.kind_code().to_owned(),
            speaker: self.speaker.clone().unwrap_or_default(),
            organisation: self.organisation.clone().unwrap_or_default(),
            search: search_text(self),
        }
    }
}

/// What a card is filtered by: written on the static card as `data-kind`,
/// `data-speaker`, `data-org` and `data-search` (see [`crate::hooks::data`]),
/// read back by the browser, compared by [`QuoteFilter::passes`] on both sides.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardKeys {
    /// [`QuoteCard::kind_code`].
    pub kind: String,
    /// Empty where the article names no speaker.
    pub speaker: String,
    /// Empty where the article names no organisation.
    pub organisation: String,
    /// [`search_text`]: folded for the search.
    pub search: String,
}

/// Cards for every quote that is speech (quoted terms are left out), in article order.
pub fn cards(article: &Article) -> Vec<QuoteCard> {
    article
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind != QuoteKind::Term)
        .map(|(i, q)| card(article, i, q))
        .collect()
}

/// Cards for the reported (indirect) speech, in article order; `index`
/// points into `Article::indirect`.
pub fn indirect_cards(article: &Article) -> Vec<QuoteCard> {
    article
        .indirect
        .iter()
        .enumerate()
        .map(|(i, q)| card(article, i, q))
        .collect()
}

fn card(article: &Article, i: usize, q: &Quote) -> QuoteCard {
    let sentence = article.sentences.get(q.sentence as usize).map(|s| s.span);
    let sources = article
        .media
        .iter()
        .filter(|m| {
            m.mentions
                .iter()
                .any(|s| sentence.is_some_and(|sent| sent.contains(*s)))
        })
        .map(|m| m.name.clone())
        .collect();
    let speaker = q.speaker.as_ref();
    let oblique = speaker.and_then(|s| oblique_source(article, q, s));
    QuoteCard {
        index: i as u32,
        text: q
            .pieces
            .iter()
            .map(|p| article.slice(*p).trim())
            .collect::<Vec<_>>()
            .join(" … "),
        kind: q.kind,
        form: q.form,
        // A Konjunktiv sentence that goes on with the speech before it has
        // no frame words of its own (its "frame" is its first word).
        frame: q
            .frame
            .as_ref()
            .filter(|f| f.kind != FrameKind::Continuation)
            .map(|f| article.slice(f.span).trim().to_owned()),
        confidence: speaker.map(|s| s.confidence),
        speaker: speaker.map(|s| match (&s.name, &oblique) {
            (Some(n), _) => n.text.clone(),
            (None, Some(frame)) => frame.clone(),
            (None, None) => capitalise(&own_subject(s).unwrap_or(&s.reference).text),
        }),
        // A role that only repeats the reference ("des Landesamts" as both)
        // is said once.
        role: speaker
            .and_then(|s| s.role.as_ref().map(|r| (s, r)))
            .filter(|(s, r)| {
                let (who, role) = (s.reference.text.to_lowercase(), r.text.to_lowercase());
                (s.name.is_some() || !who.contains(role.trim())) && own_subject(s).is_none()
            })
            .map(|(_, m)| m.text.clone()),
        organisation: speaker
            .and_then(|s| s.organisation.as_ref())
            .map(|m| m.text.clone()),
        attribution: speaker.map(|s| s.attribution),
        // A frame word that is no verb ("Nach Angaben", "laut", "zufolge",
        // "so", "demnach", "soll") is shown as the frame, not as a verb.
        cue: q
            .cue
            .as_ref()
            .filter(|_| !q.frame.as_ref().is_some_and(|f| f.kind.cue_is_frame_word()))
            .map(|c| match &c.particle {
                Some(p) => format!("{} … {}", c.verb.text, p.text),
                None => c.verb.text.clone(),
            }),
        addressee: q.addressee.as_ref().map(|m| m.text.clone()),
        date: q
            .date
            .and_then(|d| article.dates.get(d as usize))
            .map(|d| d.text.clone()),
        occasion: q.occasion.as_ref().map(|m| m.text.clone()),
        sources,
        sentence: q.sentence,
    }
}

/// A source without a name that its frame names in the genitive or the
/// dative ("nach Angaben des Landesamts", "nach finnischen Angaben", "laut
/// der Polizei", "dem Bericht zufolge"): shown as the frame says it, with a
/// small first letter, since the phrase alone ("Des Landesamts") is no
/// name of anyone. A source in the nominative ("laut Polizei") is not.
/// A speech item that goes on with such a source (a Konjunktiv sentence
/// after it) shows it the same way.
fn oblique_source(article: &Article, q: &Quote, s: &article::Speaker) -> Option<String> {
    let oblique = s
        .reference
        .text
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if s.name.is_some() || !oblique || own_subject(s).is_some() {
        return None;
    }
    let frame = std::iter::once(q)
        .chain(&article.indirect)
        .chain(&article.quotes)
        .filter_map(|item| item.frame.as_ref())
        .find(|f| {
            matches!(
                f.kind,
                FrameKind::Nach | FrameKind::Laut | FrameKind::Zufolge
            ) && f.span.contains(s.reference.span)
        })?;
    let said = article.slice(frame.span).trim();
    let mut chars = said.chars();
    let head = chars.next()?;
    Some(head.to_lowercase().chain(chars).collect())
}

/// The clause's subject a speaker's "nach eigenen Angaben" stands for,
/// when the parser found one (it is kept as the speaker's role): shown
/// instead of the phrase ("Die Hilfsorganisationen", not "Eigenen Angaben").
fn own_subject(s: &article::Speaker) -> Option<&article::Mention> {
    let own = s
        .reference
        .text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.to_lowercase().starts_with("eigen"));
    own.then_some(s.role.as_ref())
        .flatten()
        .filter(|r| r.span != s.reference.span)
}

/// Lower case with umlauts and ß spelled out, so "Aussenministerium",
/// "außenministerium" and "AUßENMINISTERIUM" compare equal.
///
/// ```
/// assert_eq!(lagebild::quote_filter::fold("Außenministerium"), "aussenministerium");
/// assert_eq!(lagebild::quote_filter::fold("GRÜNE Ärzte"), "gruene aerzte");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

/// The folded text a search looks in: the quote, speaker, role,
/// organisation, cue, addressee, occasion and sources.
pub fn search_text(card: &QuoteCard) -> String {
    let fields = [
        &card.speaker,
        &card.role,
        &card.organisation,
        &card.cue,
        &card.frame,
        &card.addressee,
        &card.occasion,
    ];
    let mut haystack = card.text.clone();
    for field in fields.into_iter().flatten() {
        haystack.push('\n');
        haystack.push_str(field);
    }
    for source in &card.sources {
        haystack.push('\n');
        haystack.push_str(source);
    }
    fold(&haystack)
}

/// True when every word of `query` occurs in `folded` (a [`search_text`]).
pub fn query_matches(query: &str, folded: &str) -> bool {
    let query = fold(query.trim());
    query.split_whitespace().all(|word| folded.contains(word))
}

/// What the reader filters by. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteFilter {
    /// [`QuoteCard::kind_code`].
    pub kind: Option<String>,
    pub speaker: Option<String>,
    pub organisation: Option<String>,
    pub query: String,
}

impl QuoteFilter {
    /// The filter from the explorer's controls, where an empty value means
    /// "all".
    pub fn from_controls(kind: &str, speaker: &str, organisation: &str, query: &str) -> Self {
        let set = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        QuoteFilter {
            kind: set(kind),
            speaker: set(speaker),
            organisation: set(organisation),
            query: query.to_owned(),
        }
    }

    /// True when a card with these keys passes every set filter.
    pub fn passes(&self, keys: &CardKeys) -> bool {
        let differs =
            |want: &Option<String>, have: &str| want.as_deref().is_some_and(|w| w != have);
        !(differs(&self.kind, &keys.kind)
            || differs(&self.speaker, &keys.speaker)
            || differs(&self.organisation, &keys.organisation))
            && query_matches(&self.query, &keys.search)
    }

    /// True when `card` passes every set filter. The query matches the quote,
    /// speaker, role, organisation, cue, addressee, occasion and sources.
    pub fn matches(&self, card: &QuoteCard) -> bool {
        self.passes(&card.keys())
    }

    /// The indices of `cards` that pass, in article order.
    pub fn apply(&self, cards: &[QuoteCard]) -> Vec<usize> {
        cards
            .iter()
            .enumerate()
            .filter(|(_, c)| self.matches(c))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Distinct speakers, in order of first appearance.
pub fn speakers(cards: &[QuoteCard]) -> Vec<String> {
    distinct(cards.iter().filter_map(|c| c.speaker.clone()))
}

/// Distinct organisations, in order of first appearance.
pub fn organisations(cards: &[QuoteCard]) -> Vec<String> {
    distinct(cards.iter().filter_map(|c| c.organisation.clone()))
}

fn distinct(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// "3 Zitate" / "3 quotes": the explorer's result count in both languages.
pub fn count_texts(n: usize) -> (String, String) {
    match n {
        1 => ("1 Zitat".into(), "1 quote".into()),
        n => (format!("{n} Zitate"), format!("{n} quotes")),
    }
}

/// "Teilzitat · anonyme Quelle" and the like, for the card's badge line.
pub fn kind_label(card: &QuoteCard, lang: crate::i18n::Lang) -> String {
    let mut out = if card.form == SpeechForm::Reported {
        describe::reported_form(lang).to_string()
    } else {
        describe::quote_kind(card.kind, lang).to_string()
    };
    if card.anonymous() {
        out.push_str(" · ");
        out.push_str(describe::attribution(Attribution::Anonymous, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_that_repeats_the_reference_is_said_once() {
        let a = article::parse(
            "Nach Angaben des bayerischen Landesamts für Umwelt könnte der Pegel bis Samstag weiter steigen.",
        );
        let card = indirect_cards(&a)
            .into_iter()
            .next()
            .expect("reported speech");
        assert_eq!(
            card.speaker.as_deref(),
            Some("nach Angaben des bayerischen Landesamts")
        );
        assert_eq!(card.role, None);
    }

    #[test]
    fn nach_eigenen_angaben_shows_the_subject_it_stands_for() {
        let a = article::parse(
            "Die Tafeln der Stadt bereiten sich nach eigenen Angaben auf einen langen Winter vor.",
        );
        let card = indirect_cards(&a)
            .into_iter()
            .next()
            .expect("reported speech");
        assert_eq!(card.speaker.as_deref(), Some("Tafeln der Stadt"));
        assert_eq!(card.role, None);
    }

    #[test]
    fn a_frame_word_that_is_no_verb_is_no_cue_verb() {
        let a = article::parse(
            "Nach Angaben des Vereins kamen 300 Gäste. Der Verein sagte, das Fest sei gelungen.",
        );
        let cards = indirect_cards(&a);
        let nach = cards
            .iter()
            .find(|c| c.text.contains("300"))
            .expect("nach Angaben");
        assert_eq!(nach.cue, None);
        assert_eq!(nach.frame.as_deref(), Some("Nach Angaben des Vereins"));
        // Named in the genitive, the source is shown as its frame says it.
        assert_eq!(nach.speaker.as_deref(), Some("nach Angaben des Vereins"));
        // And so is a Konjunktiv sentence that goes on with it.
        let on = indirect_cards(&article::parse(
            "Nach Angaben des Vereins kamen 300 Gäste. Das Fest sei ein Erfolg gewesen.",
        ));
        let after = on
            .iter()
            .find(|c| c.text.contains("Erfolg"))
            .expect("a Konjunktiv sentence going on");
        assert_eq!(after.speaker.as_deref(), Some("nach Angaben des Vereins"));
        let verb = cards
            .iter()
            .find(|c| c.text.contains("Fest"))
            .expect("sagte");
        assert_eq!(verb.cue.as_deref(), Some("sagte"));
    }

    #[test]
    fn reported_speech_gets_cards_of_its_own() {
        let article = article::parse(
            "Die Regierung sagte, die Lage sei ernst. „Wir handeln“, sagte Anna Weber.",
        );
        let direct = cards(&article);
        let indirect = indirect_cards(&article);
        assert_eq!(direct.len(), 1);
        assert_eq!(indirect.len(), 1, "{:?}", article.indirect);
        assert_eq!(indirect[0].kind, QuoteKind::Indirect);
        assert!(
            indirect[0].text.contains("die Lage sei ernst"),
            "{}",
            indirect[0].text
        );
    }

    #[test]
    fn indirect_and_reported_speech_get_their_kind_frame_and_certainty() {
        let text = "Der Bürgermeister sagte am Mittwoch, die Lage sei ernst. \
            Nach Angaben des Verbands sind mehr als 200 Betriebe betroffen. \
            Die Stadt soll bereits im Januar von den Plänen gewusst haben.";
        let article = article::parse(text);
        let cards = indirect_cards(&article);
        let kinds: Vec<&str> = cards.iter().map(QuoteCard::kind_code).collect();
        assert_eq!(kinds, ["indirect", "indirect", "reported"]);
        assert_eq!(cards[1].frame.as_deref(), Some("Nach Angaben des Verbands"));
        assert!(cards[1].text.contains("200 Betriebe"));
        assert_eq!(cards[0].speaker.as_deref(), Some("Der Bürgermeister"));
        // Hearsay passes the speaker on, unsure, and says which form it is.
        assert!(cards[2].speaker_unsure());
        assert!(!cards[1].speaker_unsure());
        assert_eq!(
            kind_label(&cards[2], crate::i18n::Lang::De),
            "berichtete Behauptung (sollen)"
        );
        // The kind filter separates the three forms.
        let reported = QuoteFilter::from_controls("reported", "", "", "");
        assert_eq!(reported.apply(&cards), vec![2]);
        // A sentence that goes on with the speech before it shows no frame.
        let on = indirect_cards(&article::parse(
            "Der Minister sagte, die Lage sei ernst. Die Armee habe ihre Truppen verstärkt.",
        ));
        assert_eq!(on.len(), 2);
        assert_eq!(on[1].frame, None);
        assert_eq!(on[1].speaker.as_deref(), Some("Der Minister"));
        // The frame is searchable; the hearsay after it has the same
        // source, shown as its frame says it.
        let by_frame = QuoteFilter::from_controls("", "", "", "nach angaben");
        assert_eq!(by_frame.apply(&cards), vec![1, 2]);
        assert_eq!(
            cards[2].speaker.as_deref(),
            Some("nach Angaben des Verbands")
        );
    }

    fn card(text: &str, speaker: Option<&str>, org: Option<&str>) -> QuoteCard {
        QuoteCard {
            index: 0,
            text: text.into(),
            kind: QuoteKind::Full,
            form: SpeechForm::Direct,
            frame: None,
            confidence: None,
            speaker: speaker.map(Into::into),
            role: None,
            organisation: org.map(Into::into),
            attribution: None,
            cue: None,
            addressee: None,
            date: None,
            occasion: None,
            sources: vec![],
            sentence: 0,
        }
    }

    #[test]
    fn empty_article_has_no_cards() {
        assert!(cards(&article::parse("")).is_empty());
        assert!(QuoteFilter::default().apply(&[]).is_empty());
    }

    #[test]
    fn fold_treats_umlauts_and_their_spellings_alike() {
        assert_eq!(fold(""), "");
        assert_eq!(fold("Ä Ö Ü ß"), "ae oe ue ss");
        assert_eq!(fold("Straße"), fold("STRASSE"));
        assert_eq!(fold("Bündnis"), fold("Buendnis"));
    }

    #[test]
    fn filters_combine_and_keep_article_order() {
        let cards = vec![
            card("Wir brauchen Verbündete", Some("Selenskyj"), None),
            card(
                "kritischer Ermöglicher",
                Some("Ein NATO-Beamter"),
                Some("NATO"),
            ),
            card(
                "Die Stationierung verstärkt",
                Some("Kris Osborn"),
                Some("Warrior Maven"),
            ),
        ];
        assert_eq!(QuoteFilter::default().apply(&cards), vec![0, 1, 2]);
        let by_org = QuoteFilter {
            organisation: Some("NATO".into()),
            ..Default::default()
        };
        assert_eq!(by_org.apply(&cards), vec![1]);
        let by_speaker = QuoteFilter {
            speaker: Some("Kris Osborn".into()),
            ..Default::default()
        };
        assert_eq!(by_speaker.apply(&cards), vec![2]);
        let umlaut = QuoteFilter {
            query: "VERBUENDETE".into(),
            ..Default::default()
        };
        assert_eq!(umlaut.apply(&cards), vec![0]);
        let plain = QuoteFilter {
            query: "verbündete".into(),
            ..Default::default()
        };
        assert_eq!(plain.apply(&cards), vec![0]);
        let two_words = QuoteFilter {
            query: "nato ermöglicher".into(),
            ..Default::default()
        };
        assert_eq!(two_words.apply(&cards), vec![1]);
        let none = QuoteFilter {
            query: "xyz".into(),
            speaker: Some("Selenskyj".into()),
            ..Default::default()
        };
        assert!(none.apply(&cards).is_empty());
        // The kind filter, built from the controls as the browser reads them
        // (an empty value is "all"), on the keys the page writes.
        let mut reported = cards[1].clone();
        reported.kind = QuoteKind::Indirect;
        assert_eq!(reported.kind_code(), "indirect");
        assert_eq!(cards[0].kind_code(), "direct");
        let only_reported = QuoteFilter::from_controls("indirect", "", "", "");
        assert!(only_reported.passes(&reported.keys()));
        assert!(!only_reported.passes(&cards[1].keys()));
        assert_eq!(
            QuoteFilter::from_controls("", "", "NATO", "ermöglicher").apply(&cards),
            vec![1]
        );
        let unnamed = CardKeys {
            kind: "direct".into(),
            ..Default::default()
        };
        assert!(QuoteFilter::from_controls("direct", "", "", "").passes(&unnamed));
        assert!(!QuoteFilter::from_controls("", "Kris Osborn", "", "").passes(&unnamed));
        assert_eq!(speakers(&cards).len(), 3);
        assert_eq!(
            organisations(&cards),
            vec!["NATO".to_string(), "Warrior Maven".to_string()]
        );
    }
}
