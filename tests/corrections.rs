//! Corrections in `story.toml`: the format reads back as written, each
//! kind of fix is applied by the text it names, and a fix whose text is
//! gone is reported instead of applied elsewhere. Our own sample text.
use lagebild::corrections::{apply, figure_text, Correction};
use lagebild::story::{Comparison, Story, StoryMeta};

const TEXT: &str = "Hochwasser in Neuhausen: Hunderte Helfer im Einsatz

„Wir arbeiten mit Hochdruck an einer Lösung.“ So klang es am Dienstag aus dem Rathaus. Das Wort „Jahrhundertflut“ wollte bei der Stadt niemand benutzen.

Nach Angaben des Landratsamts sind 400 Einsatzkräfte vor Ort. Die Feuerwehr zählte dagegen 350 Helfer. Auch im Dorf Kleinhausenbrück stand das Wasser hoch.

Bürgermeisterin Petra Lindner sagte, die Lage sei unter Kontrolle.";

fn correction(toml_entry: &str) -> Correction {
    let meta = meta_with(toml_entry);
    meta.corrections.into_iter().next().expect("one correction")
}

fn meta_with(corrections: &str) -> StoryMeta {
    let base = StoryMeta::from_toml(
        &std::fs::read_to_string(Story::repo_root().join("hatay-grenze/story.toml"))
            .expect("story.toml"),
    )
    .expect("reads");
    StoryMeta::from_toml(&format!("{}\n{corrections}", base.to_toml())).expect("reads")
}

fn personnel() -> Comparison {
    Comparison {
        measure: "personnel".into(),
        ..Comparison::default()
    }
}

#[test]
fn every_story_toml_reads_back_as_written() {
    let root = Story::repo_root();
    let site = lagebild::story::Site::load(&root).expect("site.toml");
    for slug in &site.stories {
        let text = std::fs::read_to_string(root.join(slug).join("story.toml")).expect("story.toml");
        let meta = StoryMeta::from_toml(&text).expect("reads");
        let again = StoryMeta::from_toml(&meta.to_toml()).expect("reads back");
        assert_eq!(again, meta, "{slug}");
    }
}

#[test]
fn every_key_and_odd_text_reads_back() {
    let mut meta = meta_with(
        r#"
[[corrections]]
quote = "Wir arbeiten mit Hochdruck"
speaker = "Petra Lindner"

[[corrections]]
quote = "Jahrhundertflut"
not_speech = true

[[corrections]]
figure = "350 Helfer"
claimant = "Feuerwehr"
country = "Deutschland"

[[corrections]]
figure = "400 Einsatzkräfte"
compare = false

[[corrections]]
place = "Kleinhausenbrück"
at = [9.5, 48.25]

[[corrections]]
place = "Neuhausen"
as = "Neuhausen auf den Fildern"
"#,
    );
    assert_eq!(meta.corrections.len(), 6);
    meta.title[0] = "Ein „Titel“ mit \"Zeichen\", \\ und\nZeilenumbruch\t🌊".into();
    meta.note = Some(["Notiz".into(), "Note".into()]);
    meta.map.region = Some([9.0, 48.0, 10.0, 49.0]);
    meta.map.focus_label = Some(["Neuhausen".into(), "Neuhausen".into()]);
    let again = StoryMeta::from_toml(&meta.to_toml()).expect("reads back");
    assert_eq!(again, meta);
}

#[test]
fn a_bad_story_toml_names_its_line_or_its_correction() {
    let err =
        StoryMeta::from_toml("title = [\"a\", \"b\"]\nshort_titel = 3\n").expect_err("rejected");
    assert!(err.contains("line 2"), "{err}");
    let base = meta_with("").to_toml();
    let err = StoryMeta::from_toml(&format!(
        "{base}\n[[corrections]]\nquote = \"x\"\nfigure = \"y\"\n"
    ))
    .expect_err("rejected");
    assert!(err.contains("Nr. 1"), "{err}");
    let err = StoryMeta::from_toml(&format!(
        "{base}\n[[corrections]]\nplace = \"x\"\nat = [200.0, 10.0]\n"
    ))
    .expect_err("rejected");
    assert!(err.contains("Länge"), "{err}");
    let err =
        StoryMeta::from_toml(&base.replace("\"personnel\"", "\"soldiers\"")).expect_err("rejected");
    assert!(err.contains("measure"), "{err}");
}

#[test]
fn a_speaker_from_the_text_fixes_a_quote_without_one() {
    let mut article = article::parse(TEXT);
    let q = article
        .quotes
        .iter()
        .position(|q| q.speaker.is_none() && q.kind != article::QuoteKind::Term);
    let q = q.expect("a quote without speaker");
    let fix = correction("[[corrections]]\nquote = \"Wir arbeiten mit Hochdruck an einer Lösung.\"\nspeaker = \"Petra Lindner\"\n");
    let applied = apply(&mut article, &[fix], None);
    assert!(applied.unapplied.is_empty(), "{:?}", applied.unapplied);
    let speaker = article.quotes[q].speaker.as_ref().expect("speaker set");
    assert_eq!(speaker.attribution, article::Attribution::Editor);
    assert_eq!(speaker.reference.text, "Petra Lindner");
    // The span is the article's own: nothing invented.
    assert_eq!(article.slice(speaker.reference.span), "Petra Lindner");
}

#[test]
fn a_speaker_the_text_does_not_name_is_reported_not_invented() {
    let mut article = article::parse(TEXT);
    let fix = correction(
        "[[corrections]]\nquote = \"Wir arbeiten mit Hochdruck\"\nspeaker = \"Hans Unbekannt\"\n",
    );
    let applied = apply(&mut article, &[fix], None);
    assert_eq!(applied.unapplied.len(), 1);
    assert!(article.quotes.iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| s.reference.text != "Hans Unbekannt")));
}

#[test]
fn a_quoted_term_is_marked_as_no_speech() {
    let mut article = article::parse(TEXT);
    let fix = correction("[[corrections]]\nquote = \"Wir arbeiten mit Hochdruck an einer Lösung.\"\nnot_speech = true\n");
    let before = lagebild::quote_filter::cards(&article)
        .iter()
        .filter(|c| c.kind != article::QuoteKind::Term)
        .count();
    assert!(apply(&mut article, &[fix], None).unapplied.is_empty());
    let after = lagebild::quote_filter::cards(&article)
        .iter()
        .filter(|c| c.kind != article::QuoteKind::Term)
        .count();
    assert_eq!(after + 1, before);
}

#[test]
fn a_figure_leaves_the_comparison_and_another_gets_its_claimant() {
    let mut article = article::parse(TEXT);
    let texts: Vec<String> = (0..article.figures.len())
        .map(|i| figure_text(&article, i))
        .collect();
    let all = lagebild::estimates::estimates(&article, &personnel());
    let drop = texts
        .iter()
        .find(|t| t.starts_with("400"))
        .expect("400 in the text");
    let fixes = meta_with(&format!(
        "[[corrections]]\nfigure = \"{drop}\"\ncompare = false\n\n[[corrections]]\nfigure = \"{}\"\nclaimant = \"Petra Lindner\"\ncountry = \"Deutschland\"\n",
        texts.iter().find(|t| t.starts_with("350")).expect("350"),
    ))
    .corrections;
    let applied = apply(&mut article, &fixes, None);
    assert!(applied.unapplied.is_empty(), "{:?}", applied.unapplied);
    assert_eq!(applied.excluded.len(), 1);
    let fewer = lagebild::estimates::estimates_except(&article, &personnel(), &applied.excluded);
    assert_eq!(fewer.len() + 1, all.len());
    assert!(fewer.iter().all(|e| e.value != 400.0));
    let claimed = fewer
        .iter()
        .find(|e| e.value == 350.0)
        .expect("350 compared");
    assert_eq!(claimed.source.country.as_deref(), Some("Deutschland"));
}

#[test]
fn a_fix_survives_an_edit_elsewhere_and_is_reported_when_its_text_is_gone() {
    let fixes = meta_with(
        "[[corrections]]\nquote = \"Wir arbeiten mit Hochdruck an einer Lösung.\"\nspeaker = \"Petra Lindner\"\n",
    )
    .corrections;
    // A sentence added before it: the fix still finds its quote.
    let edited = TEXT.replace("„Wir arbeiten", "Der Regen hielt an. „Wir arbeiten");
    let mut article = article::parse(&edited);
    assert!(apply(&mut article, &fixes, None).unapplied.is_empty());
    // The quote rewritten: reported, and no other quote takes the speaker.
    let gone = TEXT.replace("an einer Lösung", "an einer Reparatur");
    let mut article = article::parse(&gone);
    let applied = apply(&mut article, &fixes, None);
    assert_eq!(applied.unapplied.len(), 1);
    assert_eq!(applied.unapplied[0].index, 0);
    assert!(applied.unapplied[0].why[0].contains("nicht mehr"));
    assert!(article.quotes.iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| s.attribution != article::Attribution::Editor)));
}

#[test]
fn a_town_placed_by_the_editor_is_on_the_map() {
    let article = lagebild::story::parse_story(TEXT, "").expect("gazetteer");
    let before = lagebild::story::story_map(&article, &Default::default()).expect("map");
    assert!(
        before.unplaced.iter().any(|u| u == "Kleinhausenbrück"),
        "{:?}",
        before.unplaced
    );
    let mut fixed = article.clone();
    let fix = correction("[[corrections]]\nplace = \"Kleinhausenbrück\"\nat = [9.31, 48.72]\n");
    let g = lagebild::story::world_gazetteer().expect("gazetteer");
    assert!(apply(&mut fixed, &[fix], Some(g)).unapplied.is_empty());
    let after = lagebild::story::story_map(&fixed, &Default::default()).expect("map");
    assert!(
        !after.unplaced.iter().any(|u| u == "Kleinhausenbrück"),
        "{:?}",
        after.unplaced
    );
    let m = fixed
        .place_mentions
        .iter()
        .find(|m| m.text == "Kleinhausenbrück")
        .expect("placed");
    assert_eq!(fixed.places[m.place as usize].lon, 9.31);
    // By a gazetteer name instead: the gazetteer's position.
    let mut by_name = article.clone();
    let fix = correction("[[corrections]]\nplace = \"Kleinhausenbrück\"\nas = \"Stuttgart\"\n");
    assert!(apply(&mut by_name, std::slice::from_ref(&fix), Some(g))
        .unapplied
        .is_empty());
    assert!(by_name.places.iter().any(|p| p.id.starts_with("gn:")));
    // Without the gazetteer a name cannot be looked up: reported.
    let mut without = article.clone();
    assert_eq!(apply(&mut without, &[fix], None).unapplied.len(), 1);
}

#[test]
fn the_build_applies_the_corrections_of_story_toml() {
    let dir = std::env::temp_dir().join(format!("lagebild-corr-{}", std::process::id()));
    let story = dir.join("probe");
    std::fs::create_dir_all(&story).expect("dir");
    std::fs::write(story.join("article.txt"), TEXT).expect("article");
    let meta = meta_with(
        "[[corrections]]\nquote = \"Wir arbeiten mit Hochdruck an einer Lösung.\"\nspeaker = \"Petra Lindner\"\n\n[[corrections]]\nquote = \"Diese Worte stehen nirgends\"\nnot_speech = true\n",
    );
    std::fs::write(story.join("story.toml"), meta.to_toml()).expect("toml");
    let loaded = Story::load(&dir, "probe").expect("loads");
    let cards = lagebild::quote_filter::cards(&loaded.article);
    assert!(cards
        .iter()
        .any(|c| c.speaker.as_deref() == Some("Petra Lindner") && c.text.contains("Hochdruck")));
    assert_eq!(loaded.unapplied.len(), 1);
    assert_eq!(loaded.unapplied[0].index, 1);
    let _ = std::fs::remove_dir_all(&dir);
}
