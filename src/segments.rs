//! Cuts a paragraph into runs of text for the article view: each run carries at
//! most one inline mark (figure, place, person/organisation, medium) and the
//! quote it stands in, if any. Marks never overlap; where recognised items
//! overlap, the longer one wins, then the more specific kind.
use crate::selection::Selection;
use article::{Article, Span};

/// What an inline mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Figure(u32),
    Medium(u32),
    Entity(u32),
    /// Index into `Article::place_mentions`.
    Place(u32),
}

impl Mark {
    /// The selection that choosing this mark makes.
    pub fn selection(self, article: &Article) -> Selection {
        match self {
            Mark::Figure(i) => Selection::Figure(i),
            Mark::Medium(i) => Selection::Medium(i),
            Mark::Entity(i) => Selection::Entity(i),
            Mark::Place(i) => Selection::Place(
                article
                    .place_mentions
                    .get(i as usize)
                    .map_or(u32::MAX, |m| m.place),
            ),
        }
    }

    fn rank(self) -> u8 {
        match self {
            Mark::Figure(_) => 0,
            Mark::Medium(_) => 1,
            Mark::Entity(_) => 2,
            Mark::Place(_) => 3,
        }
    }
}

/// A piece of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    pub mark: Option<Mark>,
    /// The quote this run stands in.
    pub quote: Option<u32>,
    /// True for the first run of a quote (where its badge goes).
    pub quote_start: bool,
}

/// All inline marks of the article, non-overlapping, in text order.
pub fn marks(article: &Article) -> Vec<(Span, Mark)> {
    let mut all: Vec<(Span, Mark)> = Vec::new();
    all.extend(
        article
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| (f.span, Mark::Figure(i as u32))),
    );
    for (i, m) in article.media.iter().enumerate() {
        all.extend(m.mentions.iter().map(|s| (*s, Mark::Medium(i as u32))));
    }
    for (i, e) in article.entities.iter().enumerate() {
        all.extend(e.mentions.iter().map(|s| (*s, Mark::Entity(i as u32))));
    }
    all.extend(
        article
            .place_mentions
            .iter()
            .enumerate()
            .map(|(i, p)| (p.span, Mark::Place(i as u32))),
    );
    all.retain(|(s, _)| !s.is_empty() && (s.end as usize) <= article.text.len());
    all.sort_by_key(|(s, m)| (std::cmp::Reverse(s.len()), m.rank(), s.start));
    let mut chosen: Vec<(Span, Mark)> = Vec::with_capacity(all.len());
    for (span, mark) in all {
        if !chosen.iter().any(|(c, _)| c.overlaps(span)) {
            chosen.push((span, mark));
        }
    }
    chosen.sort_by_key(|(s, _)| s.start);
    chosen
}

/// The runs of `paragraph`, given the article's [`marks`].
pub fn runs(article: &Article, paragraph: Span, marks: &[(Span, Mark)]) -> Vec<Run> {
    let mut cuts = vec![paragraph.start, paragraph.end];
    let inside = |s: Span| s.start >= paragraph.start && s.end <= paragraph.end;
    let local: Vec<(Span, Mark)> = marks.iter().copied().filter(|(s, _)| inside(*s)).collect();
    for (s, _) in &local {
        cuts.extend([s.start, s.end]);
    }
    for q in article.quotes.iter().filter(|q| inside(q.span)) {
        cuts.extend([q.span.start, q.span.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Run> = Vec::with_capacity(cuts.len());
    for pair in cuts.windows(2) {
        let span = Span {
            start: pair[0],
            end: pair[1],
        };
        if span.is_empty() || !article.text.is_char_boundary(span.start as usize) {
            continue;
        }
        let mark = local
            .iter()
            .find(|(s, _)| s.contains(span))
            .map(|(_, m)| *m);
        let quote = article
            .quotes
            .iter()
            .position(|q| q.span.contains(span))
            .map(|i| i as u32);
        let quote_start =
            quote.is_some_and(|q| article.quotes[q as usize].span.start == span.start);
        out.push(Run {
            span,
            mark,
            quote,
            quote_start,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_paragraph_has_no_runs() {
        let article = article::parse("");
        assert!(runs(&article, Span::new(0, 0), &[]).is_empty());
    }

    #[test]
    fn runs_cover_the_paragraph_exactly() {
        let text = std::fs::read_to_string("stories/kursk-nordkorea/article.txt").expect("seed");
        let article = article::parse(&text);
        let marks = marks(&article);
        for w in marks.windows(2) {
            assert!(w[0].0.end <= w[1].0.start, "marks overlap: {w:?}");
        }
        for p in &article.paragraphs {
            let runs = runs(&article, p.span, &marks);
            let joined: String = runs.iter().map(|r| article.slice(r.span)).collect();
            assert_eq!(joined, article.slice(p.span));
        }
    }
}
