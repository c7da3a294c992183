//! Estimates derived from the parsed article for a story's comparison: one
//! [`Estimate`] per claimant and claim ("US-Beamte: etwa 3.000"), with its
//! hedge, its time, the parts the text states and the sentences it stands
//! in. Plain types, no web code, so the charts only draw what this module
//! decided. The module knows no story: what is compared (the parser's
//! measure), what it counts and the claimants' colour groups come from the
//! story's [`Comparison`](crate::story::Comparison).
//!
//! Only figures of the comparison's measure that are not part of another
//! figure become estimates; distances and the like are left out. The same
//! claimant repeating the same number is one estimate with all of its
//! sentences. The article gives no year: times are month and day only.

/// The estimates as CSV for download.
pub mod csv;
/// The types and how they are built from the article.
pub mod model;
/// The estimates in words, German and English.
pub mod prose;

pub use csv::to_csv;
pub use model::{
    day_of_year, estimate_of_figure, estimates, estimates_except, group_name, is_compared,
    largest_with_parts, Estimate, Part, Source, TimeSource, When, GROUP_COLOURS,
};
pub use prose::{
    composition_summary, forecast_word, month_ticks_in, qualifier_name_in, summary, time_label_in,
    timeline_summary,
};

/// The estimates as the page hands them to the live charts in
/// `data-estimates` ([`crate::hooks::data::ESTIMATES`]): postcard bytes,
/// two lower-case hex digits each.
pub fn encode_attr(list: &[Estimate]) -> String {
    let bytes = postcard::to_allocvec(list).unwrap_or_default();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// [`encode_attr`] read back; `None` for anything it did not write.
pub fn decode_attr(hex: &str) -> Option<Vec<Estimate>> {
    let bytes = hex.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let bytes: Vec<u8> = bytes
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).ok()?, 16).ok())
        .collect::<Option<_>>()?;
    postcard::from_bytes(&bytes).ok()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::story::{Comparison, Story, StoryMeta};
    use article::{Article, Qualifier};

    /// A story's article and frame. Loaded with [`Story::load`]; a story
    /// whose map asset is not prepared yet is read directly.
    pub(crate) fn story(slug: &str) -> (Article, Comparison) {
        let root = Story::repo_root();
        if let Ok(story) = Story::load(&root, slug) {
            return (story.article, story.meta.comparison);
        }
        let dir = root.join(slug);
        let text = std::fs::read_to_string(dir.join("article.txt")).expect("article.txt");
        let meta: StoryMeta =
            toml::from_str(&std::fs::read_to_string(dir.join("story.toml")).expect("story.toml"))
                .expect("story.toml parses");
        let article = crate::story::parse_story(&text, &meta.published).expect("gazetteer");
        (article, meta.comparison)
    }

    fn seed() -> (Article, Comparison, Vec<Estimate>) {
        let (article, comparison) = story("kursk-nordkorea");
        let list = estimates(&article, &comparison);
        (article, comparison, list)
    }

    #[test]
    fn the_page_attribute_round_trips_the_estimates() {
        let (_, _, list) = seed();
        assert!(!list.is_empty());
        let attr = encode_attr(&list);
        assert!(attr
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(decode_attr(&attr), Some(list));
        assert_eq!(decode_attr(&encode_attr(&[])), Some(Vec::new()));
        // Anything else is refused, never half read.
        for bad in ["0", "zz", "0g", &attr[..attr.len() - 2], "ü0"] {
            assert_eq!(decode_attr(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn empty_article_has_no_estimates() {
        let article = article::parse("");
        let (_, comparison) = story("kursk-nordkorea");
        assert!(estimates(&article, &comparison).is_empty());
        assert_eq!(
            summary(&[], &comparison.counted, Lang::De),
            "Keine Schätzungen im Artikel."
        );
        assert_eq!(largest_with_parts(&[]), None);
        assert_eq!(to_csv(&[], &article).lines().count(), 1);
    }

    #[test]
    fn a_comparison_without_a_known_measure_compares_nothing() {
        let (article, _) = story("kursk-nordkorea");
        let comparison = Comparison {
            measure: "Truppen".into(),
            ..Comparison::default()
        };
        assert!(estimates(&article, &comparison).is_empty());
    }

    #[test]
    fn seed_has_three_claimants_with_values_and_qualifiers() {
        let (_, _, list) = seed();
        let got: Vec<(Option<usize>, f64, Qualifier, bool)> = list
            .iter()
            .map(|e| (e.source.group, e.value, e.qualifier, e.forecast))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(0), 3000.0, Qualifier::Approximate, false),
                (Some(1), 12000.0, Qualifier::UpTo, false),
                (Some(2), 10000.0, Qualifier::Exact, true),
            ],
            "{list:#?}"
        );
        assert_eq!(list[0].value_text_in(Lang::De), "etwa 3.000");
        assert_eq!(list[1].value_text_in(Lang::De), "bis zu 12.000");
        assert_eq!(list[0].source.label, "US-Beamte");
        assert_eq!(list[1].source.label, "Ukrainische Quellen");
        assert_eq!(list[2].source.label, "Südkoreanischer Geheimdienst");
        assert_eq!(group_name(list[2].source.group), "group-3");
    }

    #[test]
    fn repeated_us_claim_is_one_estimate_with_both_sentences() {
        let (article, _, list) = seed();
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
    fn only_figures_of_the_compared_measure_are_estimates() {
        let (article, _, list) = seed();
        assert!(
            article.figures.iter().any(|f| f.value == 50.0),
            "the parser sees 50 Kilometer"
        );
        assert!(list.iter().all(|e| e.value != 50.0));
        let (article, comparison) = story("kursk-nordkorea");
        let distances = Comparison {
            measure: "distance".into(),
            ..comparison
        };
        let list = estimates(&article, &distances);
        assert_eq!(list.iter().map(|e| e.value).collect::<Vec<_>>(), vec![50.0]);
        assert_eq!(list[0].source.group, None);
        assert_eq!(group_name(None), "group-other");
    }

    #[test]
    fn times_are_month_and_day_without_a_year() {
        let (_, _, list) = seed();
        let us = list[0].when.as_ref().expect("US time");
        assert_eq!((us.month, us.day, us.until), (10, Some(29), false));
        assert_eq!(us.label_in(Lang::De), "Ende Oktober");
        let kr = list[2].when.as_ref().expect("South Korean horizon");
        assert_eq!(
            (kr.month, kr.day, kr.until, kr.source),
            (12, None, true, TimeSource::Figure)
        );
        assert_eq!(list[2].time_text_in(Lang::De), "bis Dezember");
        let s = list[2].summary_in(Lang::De);
        assert!(s.ends_with("10.000 (bis Dezember, Prognose)"), "{s}");
        assert!(
            list.iter()
                .all(|e| !e.time_text_in(Lang::De).contains("20")),
            "no invented year"
        );
        assert!(kr.day_of_year() > us.day_of_year());
    }

    #[test]
    fn composition_of_the_largest_estimate() {
        let (_, _, list) = seed();
        let i = largest_with_parts(&list).expect("an estimate with parts");
        let ua = &list[i];
        assert_eq!(ua.value, 12000.0);
        let parts: Vec<f64> = ua.parts.iter().map(|p| p.value).collect();
        assert_eq!(parts, vec![500.0, 3.0]);
        assert_eq!(
            ua.includes_text_in(Lang::De),
            "500 Offiziere und drei Generäle"
        );
        assert!(ua.has_figure(ua.parts[0].figure));
        assert_eq!(estimate_of_figure(&list, ua.parts[1].figure), Some(i));
    }

    #[test]
    fn summary_and_csv_use_german_numbers() {
        let (article, comparison, list) = seed();
        let summary = summary(&list, &comparison.counted, Lang::De);
        assert!(
            summary.starts_with(
                "Wie viele nordkoreanische Soldaten in Russland? Drei Schätzungen: US-Beamte etwa 3.000"
            ),
            "{summary}"
        );
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
        let (_, _, list) = seed();
        let timeline = timeline_summary(&list, Lang::De);
        assert!(
            timeline.contains("Ende Oktober: US-Beamte etwa 3.000"),
            "{timeline}"
        );
        assert!(
            timeline.ends_with("bis Dezember: Südkoreanischer Geheimdienst 10.000 (Prognose)."),
            "{timeline}"
        );
        let i = largest_with_parts(&list).expect("parts");
        let words = composition_summary(&list[i], Lang::De);
        assert!(
            words.contains("bis zu 12.000 Soldaten laut Ukrainische Quellen, darunter 500 Offiziere und drei Generäle."),
            "{words}"
        );
        assert!(!words.contains("11.497") && !words.contains('%'), "{words}");
        assert!(words.contains("keine Zahl für den Rest"), "{words}");
        let en = composition_summary(&list[i], Lang::En);
        assert!(
            en.contains("up to 12.000 North Korean soldiers in Russia according to"),
            "{en}"
        );
        assert!(en.contains("no figure for the rest"), "{en}");
    }

    #[test]
    fn english_texts_keep_german_numbers_and_use_the_story_words() {
        let (_, comparison, list) = seed();
        assert_eq!(list[0].value_text_in(Lang::En), "about 3.000");
        assert_eq!(list[1].value_text_in(Lang::En), "up to 12.000");
        assert_eq!(list[0].time_text_in(Lang::En), "late October");
        assert_eq!(list[2].time_text_in(Lang::En), "by December");
        assert_eq!(
            list[1].counted_in(Lang::En),
            "North Korean soldiers in Russia"
        );
        assert_eq!(time_label_in(11, Some(15), Lang::En), "mid-November");
        let summary = summary(&list, &comparison.counted, Lang::En);
        assert!(
            summary.starts_with("How many North Korean soldiers in Russia? Three estimates:"),
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
        let (article, comparison) = story("kursk-nordkorea");
        let changed = article.text.replace("12.000", "15.000");
        let list = estimates(&article::parse(&changed), &comparison);
        assert!(list
            .iter()
            .any(|e| e.value == 15000.0 && e.qualifier == Qualifier::UpTo));
        assert!(list.iter().all(|e| e.value != 12000.0));
    }

    #[test]
    fn the_second_story_gives_its_own_claims() {
        let (article, comparison) = story("finnland-grenze");
        let list = estimates(&article, &comparison);
        let got: Vec<(f64, Option<f64>, Qualifier, bool)> = list
            .iter()
            .map(|e| (e.value, e.upper, e.qualifier, e.forecast))
            .collect();
        assert_eq!(
            got,
            vec![
                (6000.0, None, Qualifier::Approximate, false),
                (15000.0, None, Qualifier::UpTo, false),
                (8000.0, Some(10000.0), Qualifier::Exact, false),
                (20000.0, None, Qualifier::Exact, true),
            ],
            "{list:#?}"
        );
        let estonia = &list[1];
        assert_eq!(
            estonia.parts.iter().map(|p| p.value).collect::<Vec<_>>(),
            vec![900.0]
        );
        assert_eq!(estonia.includes_text_in(Lang::En), "about 900 Offiziere");
        assert_eq!(list[0].source.group, Some(0), "Finland is the first group");
        assert_eq!(list[2].value_text_in(Lang::De), "8.000 bis 10.000");
        let s = summary(&list, &comparison.counted, Lang::De);
        assert!(
            s.starts_with(
                "Wie viele russische Soldaten an der Grenze zu Finnland? Vier Schätzungen:"
            ),
            "{s}"
        );
        assert!(list.iter().all(|e| e.value != 40.0 && e.value != 1340.0));
        // Every claimant's country gives its colour group, in story.toml order.
        let groups: Vec<Option<usize>> = list.iter().map(|e| e.source.group).collect();
        assert_eq!(groups, vec![Some(0), Some(1), Some(2), Some(3)]);
        // No date near the claims: the report's day stands in ("am 12. März"),
        // not the background month "seit Dezember 2023".
        let times: Vec<String> = list.iter().map(|e| e.time_text_in(Lang::De)).collect();
        assert!(times[..3].iter().all(|t| t.contains("März")), "{times:?}");
    }

    #[test]
    fn labels_and_helpers() {
        assert_eq!(time_label_in(10, Some(29), Lang::De), "Ende Oktober");
        assert_eq!(time_label_in(11, Some(3), Lang::De), "Anfang November");
        assert_eq!(time_label_in(12, None, Lang::De), "Dezember");
        assert_eq!(day_of_year(1, 1), 0.0);
        assert_eq!(day_of_year(12, 1), 334.0);
        assert_eq!(
            month_ticks_in(300.0, 340.0, Lang::De),
            vec![(304.0, "November"), (334.0, "Dezember")]
        );
        assert_eq!(csv::field("a;b \"c\""), "\"a;b \"\"c\"\"\"");
        let article = article::parse("");
        let source = Source {
            label: String::new(),
            mentions: vec!["der südkoreanische Geheimdienst".into()],
            country: None,
            group: None,
        };
        assert_eq!(
            model::source_label(&source, &article),
            "Südkoreanischer Geheimdienst"
        );
        let nobody = Source {
            mentions: vec![],
            ..source
        };
        assert_eq!(model::source_label(&nobody, &article), "");
        assert_eq!(nobody.label_in(Lang::En), "No source given");
    }
}
