//! Reported speech without quote marks, in sentences written for one frame
//! each: the message as written (pieces joined by " … "), its speaker's
//! reference ("-" for none), the frame kind and the form.

use article::{parse, Article, FrameKind, SpeechForm};

fn items(a: &Article) -> Vec<(String, String, Option<FrameKind>, SpeechForm)> {
    a.indirect
        .iter()
        .map(|q| {
            let msg: Vec<&str> = q.pieces.iter().map(|&p| a.slice(p)).collect();
            (
                msg.join(" … "),
                q.speaker
                    .as_ref()
                    .map_or("-".to_string(), |s| s.reference.text.clone()),
                q.frame.as_ref().map(|f| f.kind),
                q.form,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, String, Option<FrameKind>, SpeechForm) {
    let a = parse(text);
    let mut v = items(&a);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.remove(0)
}

#[test]
fn empty_text_has_no_reported_speech() {
    assert!(parse("").indirect.is_empty());
    assert!(parse("Der Zug fährt um acht Uhr ab.").indirect.is_empty());
}

#[test]
fn verb_frame_with_a_long_subject_and_an_indicative_clause() {
    let (msg, who, kind, form) =
        one("Anna Kowalski, die Leiterin der Behörde, sagte, die Zahlen stiegen weiter.");
    assert_eq!(msg, "die Zahlen stiegen weiter");
    assert!(who.contains("Kowalski"), "{who}");
    assert_eq!((kind, form), (Some(FrameKind::Verb), SpeechForm::Indirect));
}

#[test]
fn nach_angaben_frames_an_indicative_sentence() {
    let (msg, who, kind, _) =
        one("Nach Angaben des Verbands sind mehr als 200 Betriebe betroffen.");
    assert_eq!(msg, "sind mehr als 200 Betriebe betroffen");
    assert_eq!(who, "des Verbands");
    assert_eq!(kind, Some(FrameKind::Nach));
    let (msg, _, _, _) =
        one("Ein Verdacht bestehe nach Angaben der Staatsanwaltschaft nicht mehr.");
    assert_eq!(msg, "Ein Verdacht bestehe … nicht mehr");
}

#[test]
fn wie_x_mitteilte() {
    let (msg, who, kind, _) = one("Wie die Polizei mitteilte, wurden drei Personen festgenommen.");
    assert_eq!(msg, "wurden drei Personen festgenommen");
    assert_eq!(who, "die Polizei");
    assert_eq!(kind, Some(FrameKind::Wie));
}

#[test]
fn so_x_at_the_end_and_laut_inside() {
    let (msg, who, kind, _) = one("Der Umsatz sei deutlich gesunken, so die Geschäftsführerin.");
    assert_eq!(msg, "Der Umsatz sei deutlich gesunken");
    assert_eq!(who, "die Geschäftsführerin");
    assert_eq!(kind, Some(FrameKind::So));
    let (msg, who, kind, _) = one("Die Fähre fällt laut der Reederei bis Montag aus.");
    assert_eq!(msg, "Die Fähre fällt … bis Montag aus");
    assert_eq!(who, "der Reederei");
    assert_eq!(kind, Some(FrameKind::Laut));
}

#[test]
fn dass_clause_after_verweisen() {
    let (msg, who, _, _) =
        one("Der Minister verwies darauf, dass die Mittel bereits bewilligt seien.");
    assert_eq!(msg, "dass die Mittel bereits bewilligt seien");
    assert_eq!(who, "Der Minister");
}

#[test]
fn konjunktiv_sentence_goes_on_with_the_speaker_before() {
    let a = parse(
        "Die Bürgermeisterin sagte, die Brücke sei marode. Man habe die Sanierung zu lange aufgeschoben.",
    );
    let v = items(&a);
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "Man habe die Sanierung zu lange aufgeschoben.");
    assert_eq!(v[1].1, "Die Bürgermeisterin");
    assert_eq!(v[1].2, Some(FrameKind::Continuation));
    // Without speech before it, a Konjunktiv sentence is not attributed.
    assert!(parse("Man habe die Sanierung zu lange aufgeschoben.")
        .indirect
        .is_empty());
}

#[test]
fn hearsay_sollen_is_reported_without_a_speaker() {
    let (msg, who, kind, form) =
        one("Die Stadt soll bereits im Januar von den Plänen gewusst haben.");
    assert_eq!(
        msg,
        "Die Stadt soll bereits im Januar von den Plänen gewusst haben."
    );
    assert_eq!(who, "-");
    assert_eq!(
        (kind, form),
        (Some(FrameKind::Sollen), SpeechForm::Reported)
    );
    // A plan is no hearsay.
    assert!(parse("Die Brücke soll im Mai gebaut werden.")
        .indirect
        .is_empty());
}

#[test]
fn participle_before_a_comma_is_no_frame() {
    assert!(parse("Der Tee ist sehr gefragt, dicht gefolgt vom Kaffee.")
        .indirect
        .is_empty());
    assert!(
        parse("Wegen Betrugs sind zwei Männer angeklagt, ein dritter wegen Hehlerei.")
            .indirect
            .is_empty()
    );
}

#[test]
fn intentions_and_instructions_are_not_speech() {
    assert!(parse("Der Konzern plant, 500 Stellen abzubauen.")
        .indirect
        .is_empty());
    assert!(
        parse("Die Ministerin weist die Behörden an, die Grenze stärker zu kontrollieren.")
            .indirect
            .is_empty()
    );
}

fn claimants(text: &str) -> Vec<String> {
    let a = parse(text);
    a.figures
        .iter()
        .map(|f| {
            f.asserted_by
                .as_ref()
                .map_or("-".to_string(), |c| c.mention.text.clone())
        })
        .collect()
}

#[test]
fn figures_find_their_claimant_by_the_speech_frames() {
    assert_eq!(
        claimants("Die Kosten schätzt der Bund auf rund 3 Milliarden Euro."),
        ["der Bund"]
    );
    assert_eq!(
        claimants("Die Gewerkschaft sprach von bis zu 800 Streikenden."),
        ["Die Gewerkschaft"]
    );
    assert_eq!(
        claimants("Die Bahn rechnet mit 2.000 Zugausfällen."),
        ["Die Bahn"]
    );
    assert_eq!(
        claimants("Mit diesen Worten verließ er 20 Minuten später den Saal."),
        ["-"]
    );
    // Inside reported speech, the speaker claims the figure.
    assert_eq!(
        claimants("Die Sprecherin sagte, es seien 300 Helfer im Einsatz."),
        ["Die Sprecherin"]
    );
}

#[test]
fn dates_of_speech_relative_to_the_story_date() {
    let text = "Die Ministerin sagte am Freitagmorgen, die Lage sei ernst. \
                Vergangene Woche habe es drei Vorfälle gegeben, so die Ministerin. \
                Die Bahn will Anfang nächsten Jahres mehr Züge einsetzen.";
    type Row = (String, Option<i32>, Option<u8>, Option<u8>);
    let dates = |a: &Article| -> Vec<Row> {
        a.dates
            .iter()
            .map(|d| (d.text.clone(), d.year, d.month, d.day))
            .collect()
    };
    // Without a story date: shown as written.
    let a = parse(text);
    assert_eq!(
        dates(&a),
        [
            ("am Freitagmorgen".to_string(), None, None, None),
            ("Vergangene Woche".to_string(), None, None, None),
            ("Anfang nächsten Jahres".to_string(), None, None, None),
        ]
    );
    assert_eq!(a.dates[0].weekday, Some(5));
    // Speech carries its date.
    assert_eq!(a.indirect[0].date, Some(0));
    assert_eq!(a.indirect[1].date, Some(1));
    // Published on Wednesday 2026-03-18: the Friday before, the week of 9 March, 2027.
    let a = article::parse_dated(text, Some((2026, 3, 18)));
    assert_eq!(
        dates(&a),
        [
            (
                "am Freitagmorgen".to_string(),
                Some(2026),
                Some(3),
                Some(13)
            ),
            ("Vergangene Woche".to_string(), Some(2026), Some(3), None),
            ("Anfang nächsten Jahres".to_string(), Some(2027), None, None),
        ]
    );
}

#[test]
fn sources_found_by_their_shape() {
    let (_, who, _, _) = one("Laut ADAC staute sich der Verkehr auf der A7 über zehn Kilometer.");
    assert_eq!(who, "ADAC");
    let (_, who, _, _) =
        one("Einer Mitteilung des Landesverbands (LVN) zufolge fielen viele Kurse aus.");
    assert_eq!(who, "Einer Mitteilung des Landesverbands (LVN)");
    let (_, who, _, _) =
        one("Nach Angaben örtlicher Behörden blieb die Schule am Montag geschlossen.");
    assert_eq!(who, "örtlicher Behörden");
}

#[test]
fn speech_nouns_and_heisst_es_before_the_clause() {
    let (msg, _, kind, _) =
        one("Die Stadt verteidigt den Plan mit dem Argument, die Kosten seien längst gedeckt.");
    assert_eq!(msg, "die Kosten seien längst gedeckt");
    assert_eq!(kind, Some(FrameKind::Noun));
    let (msg, who, _, _) = one("Nun heißt es im Gutachten, die Brücke sei seit Jahren marode.");
    assert_eq!(msg, "die Brücke sei seit Jahren marode");
    assert_eq!(who, "Gutachten");
    // A short adverbial between the verb and its comma.
    let (msg, _, _, _) = one("Der Minister sagte in Kiel, die Fähre fahre wieder.");
    assert_eq!(msg, "die Fähre fahre wieder");
}

#[test]
fn frame_after_an_indicative_clause_and_a_frame_sentence() {
    let (msg, who, _, _) = one("Die Miete steigt im Herbst wieder, teilte die Genossenschaft mit.");
    assert_eq!(msg, "Die Miete steigt im Herbst wieder");
    assert_eq!(who, "die Genossenschaft");
    let a =
        parse("Die Fähre nach Sylt fährt wieder nach Plan. Dies bestätigte die Reederei am Abend.");
    let v = items(&a);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "Die Fähre nach Sylt fährt wieder nach Plan");
    assert_eq!(v[0].1, "die Reederei");
    assert_eq!(a.indirect[0].sentence, 0);
    // A quote before it is direct speech already.
    let a = parse("„Die Fähre fährt wieder.“ Das sagte die Reederei.");
    assert!(a.indirect.is_empty());
}

#[test]
fn apposition_before_a_frame_is_no_message() {
    let a = parse(
        "Jana Kühn, Leiterin von Nordhilfe und frühere Ministerin, kommentierte die Lage: „Wir helfen, wo wir können.“",
    );
    assert!(a.indirect.is_empty(), "{:?}", items(&a));
}

#[test]
fn pronominal_adverb_announces_the_dass_clause() {
    let (msg, who, _, _) = one("Der Verband geht davon aus, dass die Preise weiter steigen.");
    assert_eq!(msg, "dass die Preise weiter steigen");
    assert_eq!(who, "Der Verband");
    let a = parse("Der Verband geht davon aus, dass die Preise weiter steigen.");
    assert_eq!(
        a.indirect[0].cue.as_ref().map(|c| c.verb.text.as_str()),
        Some("geht")
    );
}

#[test]
fn a_named_source_beats_hearsay() {
    let (msg, who, kind, _) =
        one("Bei dem Brand soll laut der Feuerwehr niemand verletzt worden sein.");
    assert_eq!(msg, "Bei dem Brand soll … niemand verletzt worden sein");
    assert_eq!(who, "der Feuerwehr");
    assert_eq!(kind, Some(FrameKind::Laut));
}

#[test]
fn a_date_after_the_verb_is_no_clause() {
    assert!(
        parse("Die Saison begann am Freitag, den 7. Juni, in Bremen.")
            .indirect
            .is_empty()
    );
}

#[test]
fn verb_frame_spans_verb_and_speaker() {
    let a = parse("Die Lage sei ernst, teilte die Polizei am Abend mit.");
    let f = a.indirect[0].frame.as_ref().map(|f| a.slice(f.span));
    assert_eq!(f, Some("teilte die Polizei am Abend mit"));
}

#[test]
fn gemaess_and_danach_with_konjunktiv_ii() {
    let (_, who, kind, _) = one("Gemäß dem Wetterdienst wird es morgen kälter.");
    assert_eq!(who, "dem Wetterdienst");
    assert_eq!(kind, Some(FrameKind::Laut));
    let a = parse("Der Bericht liegt vor. Danach hätte die Stadt früher warnen müssen.");
    assert_eq!(a.indirect.len(), 1, "{:?}", items(&a));
}

#[test]
fn wie_past_an_adverb_and_a_lower_case_name_in_marks() {
    let (_, who, _, _) = one("Wie auch die Feuerwehr sagte, ist die Straße wieder frei.");
    assert_eq!(who, "die Feuerwehr");
    let (_, who, _, _) = one("Wie „nordblick online“ berichtet, schließt das Kino im Mai.");
    assert_eq!(who, "„nordblick online“");
}

#[test]
fn organisation_before_the_verb_speaks() {
    let (_, who, _, _) =
        one("Amnesty International erklärte am Morgen, zwei Beobachter seien frei.");
    assert_eq!(who, "Amnesty International");
    // The organisation in a complement is not the speaker.
    let (_, who, _, _) = one("Der Sprecher der NATO sagte, die Übung sei beendet.");
    assert_eq!(who, "Der Sprecher der NATO");
}

#[test]
fn nach_side_angaben_names_the_phrase() {
    let (msg, who, _, _) = one("Die Einheiten stammen nach polnischen Angaben aus dem Süden.");
    assert_eq!(who, "polnischen Angaben");
    assert_eq!(msg, "Die Einheiten stammen … aus dem Süden");
}

#[test]
fn perfect_tense_frame_finds_its_subject_at_the_auxiliary() {
    let (msg, who, _, _) = one("Die Försterin hat am Dienstag erklärt, dass der Wald gesund sei.");
    assert_eq!(msg, "dass der Wald gesund sei");
    assert_eq!(who, "Die Försterin");
    let (_, who, _, _) =
        one("Am Abend hat der Trainer bestätigt, dass zwei Spieler verletzt seien.");
    assert_eq!(who, "der Trainer");
    let (_, who, _, _) =
        one("Der Bäcker hat sich zufrieden geäußert, dass die Preise stabil blieben.");
    assert_eq!(who, "Der Bäcker");
}

#[test]
fn plural_verb_before_davon_is_the_clause_verb() {
    let (msg, who, _, _) = one("Die Imker gehen davon aus, dass der Sommer trocken wird.");
    assert_eq!(msg, "dass der Sommer trocken wird");
    assert_eq!(who, "Die Imker");
    let (_, who, _, _) = one("Wir gehen fest davon aus, dass der Sommer trocken wird.");
    assert_eq!(who, "Wir");
}

#[test]
fn a_paper_named_in_marks_after_its_noun_or_alone_speaks() {
    let (_, who, _, _) = one("Das Magazin „Nordlicht“ berichtet, dass die Fähre ausfalle.");
    assert_eq!(who, "Das Magazin „Nordlicht“");
    let (_, who, _, _) = one("„Nordlicht“ berichtet, dass die Fähre ausfalle.");
    assert_eq!(who, "„Nordlicht“");
}

#[test]
fn a_noun_with_its_name_after_it_and_an_opening_abbreviation_speak() {
    let (_, who, _, _) =
        one("Die schwedische Brauerei Ekholm versicherte, das Bier bleibe so billig wie bisher.");
    assert_eq!(who, "Die schwedische Brauerei Ekholm");
    let (_, who, _, _) = one("THW erklärte, die Pumpen liefen seit dem Morgen.");
    assert_eq!(who, "THW");
}

#[test]
fn demnach_without_a_source_before_stands_for_the_source_itself() {
    let a = parse("Das Wetter bleibt kühl. Demnach fallen die Ernten in diesem Jahr kleiner aus.");
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.reference.text, "Demnach");
    assert_eq!(sp.confidence, article::Confidence::Low);
    assert!(sp.name.is_none() && sp.role.is_none());
}

#[test]
fn a_website_named_as_source_speaks_and_stays_out_of_the_message() {
    let (msg, who, kind, _) = one("Laut gartenwelt.de blühen die Tulpen dieses Jahr früher.");
    assert_eq!(msg, "blühen die Tulpen dieses Jahr früher");
    assert_eq!(who, "gartenwelt.de");
    assert_eq!(kind, Some(FrameKind::Laut));
    let (_, who, _, _) = one("Das Portal gartenwelt.de meldete, die Tulpen blühten früher.");
    assert_eq!(who, "Das Portal gartenwelt.de");
}

#[test]
fn nach_with_a_definite_article_and_a_source_noun_frames_the_sentence() {
    let (msg, who, kind, _) =
        one("Nach der Prognose des Instituts wächst die Wirtschaft im Herbst wieder.");
    assert_eq!(msg, "wächst die Wirtschaft im Herbst wieder");
    assert_eq!(who, "des Instituts");
    assert_eq!(kind, Some(FrameKind::Nach));
    assert!(parse("Nach der Pause spielte die Kapelle weiter.")
        .indirect
        .is_empty());
}

#[test]
fn testimony_rulings_and_stated_beliefs_frame_a_dass_clause() {
    for (text, who) in [
        (
            "Der Zeuge hat ausgesagt, dass er das Auto gesehen habe.",
            "Der Zeuge",
        ),
        (
            "Das Gericht entschied, dass die Mieten sinken müssten.",
            "Das Gericht",
        ),
        (
            "Die Trainerin glaubt, dass die Mannschaft gewinnen kann.",
            "Die Trainerin",
        ),
    ] {
        let (_, w, _, _) = one(text);
        assert_eq!(w, who, "{text}");
    }
}

#[test]
fn an_announced_or_demanded_act_in_a_zu_infinitive_is_reported_speech() {
    let (msg, who, _, _) = one("Die Kapitänin hat angekündigt, ihre Karriere zu beenden.");
    assert_eq!(msg, "ihre Karriere zu beenden");
    assert_eq!(who, "Die Kapitänin");
    // The noun before the participle is the one asked, not the speaker.
    let (_, who, _, _) = one("Der Bürgermeister hatte Frau Lenz gebeten, im Rat zu bleiben.");
    assert_eq!(who, "Der Bürgermeister");
    // An intention is no speech.
    assert!(
        parse("Die Firma plant, im Herbst zwei Filialen zu schließen.")
            .indirect
            .is_empty()
    );
}

#[test]
fn the_subject_after_a_verb_with_darauf_speaks() {
    let (msg, who, _, _) =
        one("Im Streit beruft sich die Genossenschaft darauf, dass der Vertrag gelte.");
    assert_eq!(msg, "dass der Vertrag gelte");
    assert_eq!(who, "die Genossenschaft");
}

#[test]
fn a_person_named_by_age_speaks() {
    let (_, who, _, _) = one("Der 67-Jährige sagte, dass er den Hof verkaufe.");
    assert_eq!(who, "Der 67-Jährige");
    let (_, who, _, _) = one("Gestern erklärte der 67-jährige Landwirt, der Hof sei verkauft.");
    assert_eq!(who, "der 67-jährige Landwirt");
}

#[test]
fn the_press_told_is_the_addressee_not_the_speaker() {
    let a = parse("Die Ministerin sagte der Presse, die Brücke werde im Mai fertig.");
    let q = &a.indirect[0];
    assert_eq!(
        q.speaker.as_ref().map(|s| s.reference.text.as_str()),
        Some("Die Ministerin")
    );
    assert_eq!(
        q.addressee.as_ref().map(|m| m.text.as_str()),
        Some("der Presse")
    );
    let a = parse("Gestern sagte der Presse ein Sprecher, die Brücke werde im Mai fertig.");
    assert!(a.indirect[0]
        .speaker
        .as_ref()
        .is_none_or(|s| s.reference.text != "der Presse"));
}

#[test]
fn wie_frame_with_an_apposition_between_commas() {
    let (msg, who, kind, _) = one(
        "Wie Anna Berger, Sprecherin der Bergwacht, am Abend mitteilte, sind alle Wanderer gerettet.",
    );
    assert_eq!(msg, "sind alle Wanderer gerettet");
    assert!(who.contains("Berger"), "{who}");
    assert_eq!(kind, Some(FrameKind::Wie));
}

#[test]
fn a_partial_quote_inside_reported_speech_has_its_speaker() {
    let a = parse("Der Kapitän sagte, die Überfahrt sei „ruhig wie selten“ gewesen.");
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == article::QuoteKind::Partial)
        .expect("a partial quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.reference.text.as_str()),
        Some("Der Kapitän")
    );
}

#[test]
fn a_fronted_prepositional_phrase_puts_the_subject_after_the_verb() {
    for (text, who) in [
        (
            "Im Gespräch mit der Lokalzeitung erklärte der Bürgermeister, die Brücke sei sicher.",
            "der Bürgermeister",
        ),
        (
            "Im Streit um die Mieten hat die Genossenschaft versichert, dass niemand ausziehen müsse.",
            "die Genossenschaft",
        ),
    ] {
        let (_, w, _, _) = one(text);
        assert_eq!(w, who, "{text}");
    }
}

#[test]
fn wonach_after_a_name_in_marks_takes_the_phrase_before_the_comma() {
    let (msg, who, _, _) = one(
        "Ein Bericht des Blatts „Nordpost“, wonach die Fähre eingestellt werde, sorgte für Unruhe.",
    );
    assert_eq!(msg, "die Fähre eingestellt werde");
    assert!(who.contains("„Nordpost“"), "{who}");
}
