//! The one selection every view shares: a quote, figure, place, person or
//! organisation, medium or sentence. It round-trips through a URL token
//! ("zitat-2") so a shared link reopens the same state.
use article::{Article, Span};

/// What the reader has selected. Indices point into the [`Article`]'s lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    Quote(u32),
    Figure(u32),
    /// Index into `Article::places`.
    Place(u32),
    /// Index into `Article::entities`.
    Entity(u32),
    /// Index into `Article::media`.
    Medium(u32),
    Sentence(u32),
}

const PREFIXES: [&str; 6] = ["zitat", "zahl", "ort", "akteur", "quelle", "satz"];

impl Selection {
    fn parts(self) -> (usize, u32) {
        match self {
            Selection::Quote(i) => (0, i),
            Selection::Figure(i) => (1, i),
            Selection::Place(i) => (2, i),
            Selection::Entity(i) => (3, i),
            Selection::Medium(i) => (4, i),
            Selection::Sentence(i) => (5, i),
        }
    }

    /// The URL token, counting from 1 as readers do: `Quote(1)` → "zitat-2".
    pub fn token(self) -> String {
        let (kind, i) = self.parts();
        format!("{}-{}", PREFIXES[kind], i + 1)
    }

    /// Parses a token made by [`Selection::token`]. Anything else gives `None`;
    /// tokens must also be checked against the article with [`Selection::exists_in`].
    pub fn from_token(token: &str) -> Option<Self> {
        let (prefix, number) = token.trim().split_once('-')?;
        let n: u32 = number.parse().ok()?;
        let i = n.checked_sub(1)?;
        Some(match prefix {
            "zitat" => Selection::Quote(i),
            "zahl" => Selection::Figure(i),
            "ort" => Selection::Place(i),
            "akteur" => Selection::Entity(i),
            "quelle" => Selection::Medium(i),
            "satz" => Selection::Sentence(i),
            _ => return None,
        })
    }

    fn from_parts(kind: usize, i: u32) -> Option<Self> {
        Some(match kind {
            0 => Selection::Quote(i),
            1 => Selection::Figure(i),
            2 => Selection::Place(i),
            3 => Selection::Entity(i),
            4 => Selection::Medium(i),
            5 => Selection::Sentence(i),
            _ => return None,
        })
    }

    /// How many items of each kind `article` has, in [`PREFIXES`] order.
    fn counts(article: &Article) -> [usize; 6] {
        [
            article.quotes.len(),
            article.figures.len(),
            article.places.len(),
            article.entities.len(),
            article.media.len(),
            article.sentences.len(),
        ]
    }

    /// True when the index points at an item of `article`.
    pub fn exists_in(self, article: &Article) -> bool {
        let (kind, i) = self.parts();
        (i as usize) < Self::counts(article)[kind]
    }

    /// Every selection `article` offers: quotes, figures, places, people and
    /// organisations, media, then sentences.
    pub fn every(article: &Article) -> impl Iterator<Item = Selection> {
        Self::counts(article)
            .into_iter()
            .enumerate()
            .flat_map(|(kind, n)| (0..n as u32).filter_map(move |i| Self::from_parts(kind, i)))
    }

    /// Every span of the text that stands for the selection.
    pub fn spans(self, article: &Article) -> Vec<Span> {
        let i = self.parts().1 as usize;
        match self {
            Selection::Quote(_) => article
                .quotes
                .get(i)
                .map(|q| vec![q.span])
                .unwrap_or_default(),
            Selection::Figure(_) => article
                .figures
                .get(i)
                .map(|f| vec![f.span])
                .unwrap_or_default(),
            Selection::Place(_) => article
                .place_mentions
                .iter()
                .filter(|m| m.place as usize == i)
                .map(|m| m.span)
                .collect(),
            Selection::Entity(_) => article
                .entities
                .get(i)
                .map(|e| e.mentions.clone())
                .unwrap_or_default(),
            Selection::Medium(_) => article
                .media
                .get(i)
                .map(|m| m.mentions.clone())
                .unwrap_or_default(),
            Selection::Sentence(_) => article
                .sentences
                .get(i)
                .map(|s| vec![s.span])
                .unwrap_or_default(),
        }
    }

    /// The sentences that hold the selection, in article order, without repeats.
    pub fn sentences(self, article: &Article) -> Vec<u32> {
        let mut out: Vec<u32> = match self {
            Selection::Quote(i) => article
                .quotes
                .get(i as usize)
                .map(|q| vec![q.sentence])
                .unwrap_or_default(),
            Selection::Figure(i) => article
                .figures
                .get(i as usize)
                .map(|f| vec![f.sentence])
                .unwrap_or_default(),
            Selection::Sentence(i) if (i as usize) < article.sentences.len() => vec![i],
            _ => self
                .spans(article)
                .iter()
                .filter_map(|s| article.sentence_at(s.start))
                .collect(),
        };
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_selection_exists_and_round_trips() {
        let text = "„Wir bleiben“, sagte Anna Weber in Berlin. Es kamen 300 Menschen.";
        let article = article::parse(text);
        let all: Vec<Selection> = Selection::every(&article).collect();
        let total = article.quotes.len()
            + article.figures.len()
            + article.places.len()
            + article.entities.len()
            + article.media.len()
            + article.sentences.len();
        assert_eq!(all.len(), total);
        assert!(all.contains(&Selection::Sentence(1)));
        for s in all {
            assert!(s.exists_in(&article), "{s:?}");
            assert_eq!(Selection::from_token(&s.token()), Some(s));
        }
    }

    #[test]
    fn tokens_round_trip_and_reject_junk() {
        for sel in [
            Selection::Quote(0),
            Selection::Figure(4),
            Selection::Place(2),
            Selection::Sentence(9),
        ] {
            assert_eq!(Selection::from_token(&sel.token()), Some(sel));
        }
        assert_eq!(Selection::Quote(1).token(), "zitat-2");
        for junk in [
            "",
            "zitat",
            "zitat-0",
            "zitat--1",
            "zitat-x",
            "foo-1",
            "zitat-99999999999",
            "<script>-1",
        ] {
            assert_eq!(Selection::from_token(junk), None, "{junk}");
        }
    }

    #[test]
    fn out_of_range_selection_has_no_spans() {
        let article = article::parse("Ein Satz.");
        assert!(!Selection::Quote(5).exists_in(&article));
        assert!(Selection::Quote(5).spans(&article).is_empty());
        assert!(Selection::Quote(5).sentences(&article).is_empty());
        assert_eq!(Selection::Sentence(0).sentences(&article), vec![0]);
    }
}
