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
fn participle_written_apart_from_its_particle() {
    let (msg, who, kind, _) =
        one("Die Genossenschaft hat am Freitag bekannt gegeben, dass der Neubau sich verzögert.");
    assert_eq!(msg, "dass der Neubau sich verzögert");
    assert_eq!(who, "Die Genossenschaft");
    assert_eq!(kind, Some(FrameKind::Verb));
    // A participle alone is no frame: "gegeben" with no particle before it.
    assert!(
        parse("Der Kurs hat es schon früher gegeben, dass alle mitkommen.")
            .indirect
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.lemma != "bekanntgeben"))
    );
}

#[test]
fn subject_with_a_bracket_and_a_relative_clause_before_the_auxiliary() {
    let (msg, who, _, _) = one(
        "Die Stiftung Nordlicht (SNL), die von einer Reederin gegründet wurde, hat nun erklärt, dass die Förderung endet.",
    );
    assert_eq!(msg, "dass die Förderung endet");
    assert!(who.contains("Nordlicht"), "{who}");
}

#[test]
fn separable_particle_after_a_name_between_commas() {
    let (msg, who, _, _) = one(
        "Am Dienstag gab die Sprecherin des Vereins, Jana Wolter, bekannt, dass der Umzug sich verzögere.",
    );
    assert_eq!(msg, "dass der Umzug sich verzögere");
    assert!(
        who.contains("Wolter") || who.contains("Sprecherin"),
        "{who}"
    );
    // A clause between commas is no name: the particle is not searched past it.
    assert!(
        parse("Die Köchin gab, als der Laden schloss, den Rest an die Tafel.")
            .indirect
            .is_empty()
    );
}

#[test]
fn dass_clause_after_a_subject_with_a_name_between_commas() {
    let (msg, who, _, _) =
        one("Am Morgen meldete der Regionalsender, Radio Nordwelle, dass die Fähre ausfällt.");
    assert_eq!(msg, "dass die Fähre ausfällt");
    assert!(who.contains("Regionalsender"), "{who}");
}

#[test]
fn participle_of_saying_before_a_pronoun_clause() {
    let (msg, who, _, _) =
        one("Gegner hatten dem Bürgermeister vorgeworfen, er wollte den Park verkaufen.");
    assert_eq!(msg, "er wollte den Park verkaufen");
    assert_eq!(who, "Gegner");
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

#[test]
fn an_institution_after_nach_angaben_is_named_once() {
    // Our own article's frame: the ministry is the source; its noun is no
    // role to repeat after the reference.
    let a = parse("Nach Angaben des Ministeriums wurden 300 Häuser zerstört.");
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.reference.text, "des Ministeriums");
    assert_eq!(sp.role, None);
    let a = parse("Nach Angaben des Sprechers wurden 300 Häuser zerstört.");
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.role.as_ref().map(|r| r.text.as_str()), Some("Sprechers"));
}

#[test]
fn a_commissioner_with_adjective_and_name_speaks() {
    let (_, who, _, _) = one(
        "Der städtische Radverkehrsbeauftragte Jorin Kasmek kündigte an, die neuen Wege würden im Mai eröffnet.",
    );
    assert!(who.contains("Jorin Kasmek"), "{who}");
}

#[test]
fn des_weiteren_before_the_verb_is_no_subject() {
    let (_, who, _, _) = one("Des Weiteren betonte Kowalski, die Kasse der Gemeinde sei leer.");
    assert_eq!(who, "Kowalski");
}

#[test]
fn heisst_es_with_the_place_it_is_said() {
    let (_, who, _, _) = one("Im Gutachten heißt es, die alte Brücke sei marode.");
    assert_eq!(who, "Gutachten");
    let (_, who, _, _) = one("Aus Kellbach hieß es, die Straße bleibe gesperrt.");
    assert_eq!(who, "Kellbach");
    let (_, who, _, _) = one("Die Straße bleibe gesperrt, hieß es bei Radio Wendelstein.");
    assert_eq!(who, "Radio Wendelstein");
}

#[test]
fn an_adverb_before_the_verb_leaves_the_subject_after_it() {
    let (_, who, _, _) = one("Zudem betonte die Stiftung, die Spenden seien zu knapp.");
    assert_eq!(who, "die Stiftung");
    let (_, who, _, _) = one("Inzwischen erklärte der Landrat, die Straße sei frei.");
    assert_eq!(who, "der Landrat");
}

#[test]
fn a_subject_with_its_complements_before_the_verb() {
    let (_, who, _, _) =
        one("Jorin Kasmek vom Bund der Imker in Sachsen warnt, die Bienen fänden zu wenig Blüten.");
    assert_eq!(who, "Jorin Kasmek vom Bund der Imker in Sachsen");
    let (_, who, _, _) =
        one("Die Jugendabteilung von Eintracht Kellbach hat am Freitag angekündigt, im Sommer ein Zeltlager zu bauen.");
    assert_eq!(who, "Die Jugendabteilung von Eintracht Kellbach");
    // After a preposition the noun is an object, not the subject.
    let (_, who, _, _) =
        one("Nach dem Treffen mit der Ministerin in Kellbach sagte der Landrat, alles sei gut.");
    assert_eq!(who, "der Landrat");
}

#[test]
fn so_x_set_between_commas() {
    let (msg, who, kind, _) =
        one("Jeder Verein im Landkreis habe, so die Prüfer, genug Geld für neue Trikots erhalten.");
    assert_eq!(who, "die Prüfer");
    assert_eq!(kind, Some(FrameKind::So));
    assert_eq!(
        msg,
        "Jeder Verein im Landkreis habe … genug Geld für neue Trikots erhalten"
    );
}

#[test]
fn seiner_ansicht_nach_names_the_person_before() {
    let a = parse("Die Ministerin Anna Brandl kam spät. Ihrer Meinung nach sei die Brücke zu alt.");
    let q = a.indirect.last().expect("an item");
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.reference.text, "Ihrer");
    assert_eq!(
        sp.name.as_ref().map(|n| n.text.as_str()),
        Some("Anna Brandl")
    );
    assert_eq!(q.frame.as_ref().map(|f| f.kind), Some(FrameKind::Nach));
    let a =
        parse("Der Landrat Kurt Wendel kam spät. Seiner Einschätzung nach „ist das Dorf am Ende“.");
    let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(
        sp.name.as_ref().map(|n| n.text.as_str()),
        Some("Kurt Wendel")
    );
}

#[test]
fn an_abbreviation_after_the_verb_speaks() {
    let (msg, who, _, _) = one("Die Werte seien deutlich zu hoch, erklärte KELWA.");
    assert_eq!(msg, "Die Werte seien deutlich zu hoch");
    assert_eq!(who, "KELWA");
}

#[test]
fn a_stance_before_a_dass_clause() {
    let (msg, who, _, _) = one("Die Försterin war sich sicher, dass der Luchs zurückkehren werde.");
    assert_eq!(msg, "dass der Luchs zurückkehren werde");
    assert_eq!(who, "Die Försterin");
    let (msg, _, _, _) = one("Der Verein hält es für möglich, dass die Halle im Winter schließt.");
    assert_eq!(msg, "dass die Halle im Winter schließt");
    let (msg, who, _, _) =
        one("Der Kämmerer war davon ausgegangen, dass die Steuern steigen würden.");
    assert_eq!(msg, "dass die Steuern steigen würden");
    assert_eq!(who, "Der Kämmerer");
}

#[test]
fn a_declared_or_advised_act_as_zu_infinitive() {
    let (msg, who, _, _) =
        one("Die Kreisrätin erklärte, die Fähre bis zum Herbst weiterzubetreiben.");
    assert_eq!(msg, "die Fähre bis zum Herbst weiterzubetreiben");
    assert_eq!(who, "Die Kreisrätin");
    let (msg, _, _, _) = one("Der Gutachter empfahl dem Stadtrat, den Antrag abzulehnen.");
    assert_eq!(msg, "den Antrag abzulehnen");
}

#[test]
fn so_x_between_dashes_or_with_a_long_phrase() {
    let (_, who, kind, _) =
        one("Der Wirt sei – so der Vorwurf – nach Mitternacht betrunken gewesen.");
    assert_eq!(who, "der Vorwurf");
    assert_eq!(kind, Some(FrameKind::So));
    let (_, who, _, _) = one(
        "Die Fähre werde, so die Kreisrätin in einem Interview mit dem Blatt „Nordpost“, bald wieder fahren.",
    );
    assert!(who.starts_with("die Kreisrätin"), "{who}");
}

#[test]
fn nach_with_a_possessive_or_a_genitive_name() {
    let (_, who, kind, _) = one("Nach Kasmeks Meinung werden im Wald zu viele Bäume gefällt.");
    assert_eq!(who, "Kasmeks");
    assert_eq!(kind, Some(FrameKind::Nach));
    let a = parse("Die Försterin Anna Brandl kam spät. Nach ihrer Einschätzung werden zu viele Bäume gefällt.");
    let sp = a
        .indirect
        .last()
        .and_then(|q| q.speaker.as_ref())
        .expect("a speaker");
    assert_eq!(
        sp.name.as_ref().map(|n| n.text.as_str()),
        Some("Anna Brandl")
    );
}

#[test]
fn a_reported_clause_ends_where_the_frame_subject_goes_on_with_a_past_verb() {
    let (msg, who, _, _) =
        one("Die Ministerin sagte, die Zahlen stiegen weiter, und kündigte neue Hilfen an.");
    assert_eq!(msg, "die Zahlen stiegen weiter");
    assert_eq!(who, "Die Ministerin");
    let (msg, _, _, _) = one("Der Trainer erklärte, das Team sei müde und bemühte sich um Ruhe.");
    assert_eq!(msg, "das Team sei müde");
    // A second Konjunktiv verb after "und" is still what was said.
    let (msg, _, _, _) = one("Der Wirt sagte, das Bier sei kalt und koste wenig.");
    assert_eq!(msg, "das Bier sei kalt und koste wenig");
}

#[test]
fn heisst_es_as_a_participle_and_past_a_relative_clause_on_the_document() {
    let (msg, who, kind, _) = one("In der Mitteilung hatte es geheißen, dass zwei Busse fehlen.");
    assert_eq!(msg, "dass zwei Busse fehlen");
    assert_eq!(who, "der Mitteilung");
    assert_eq!(kind, Some(FrameKind::Verb));
    let (msg, who, _, _) =
        one("In einer Mitteilung, die der Rat verschickte, heißt es, dass die Halle bald öffne.");
    assert_eq!(msg, "dass die Halle bald öffne");
    assert_eq!(who, "einer Mitteilung");
}

#[test]
fn a_passive_frame_after_a_document_opening_the_sentence_is_said_by_the_document() {
    let (msg, who, _, _) =
        one("Im Bericht der Prüfer war aber festgestellt worden, dass keine Brücke sicher war.");
    assert_eq!(msg, "dass keine Brücke sicher war");
    assert!(who.contains("Bericht der Prüfer"), "{who}");
    let (_, who, _, _) = one(
        "In einer Mitteilung, die am Montag in Bonn verschickt wurde, wurde verkündet, \
         dass der Rat neue Busse kaufe.",
    );
    assert_eq!(who, "einer Mitteilung");
}

#[test]
fn nach_side_angaben_before_a_dative_names_the_side() {
    let (msg, who, kind, _) =
        one("Die Rohre dienten nach polnischen Angaben dem Transport von Wasser in die Stadt.");
    assert_eq!(who, "polnischen Angaben");
    assert_eq!(kind, Some(FrameKind::Nach));
    assert!(msg.contains("dem Transport von Wasser"), "{msg}");
}

#[test]
fn a_quote_after_the_colon_of_reported_speech_goes_on_with_its_speaker() {
    let a = parse(
        "Wie die Bürgermeisterin Anna Kowalski erklärte, habe sie die Feuerwehr gerufen. \
         Die Stadt sei gut vorbereitet: „Wir haben genug Sandsäcke.“",
    );
    let sp = a.quotes[0].speaker.as_ref().expect("a speaker");
    assert!(
        sp.reference.text.contains("Anna Kowalski"),
        "{}",
        sp.reference.text
    );
}

#[test]
fn a_short_so_frame_between_commas_frames_any_mood() {
    let (msg, who, kind, _) =
        one("Sein Gegner, so die Ministerin weiter, würde viel Geld erhalten.");
    assert_eq!(who, "die Ministerin");
    assert_eq!(kind, Some(FrameKind::So));
    assert_eq!(msg, "Sein Gegner … würde viel Geld erhalten");
}

#[test]
fn so_with_a_verb_of_saying_and_its_subject_ends_the_sentence() {
    let (msg, who, kind, _) = one("Die Halle sei zu klein, so schreibt die Zeitung.");
    assert_eq!(who, "die Zeitung");
    assert_eq!(kind, Some(FrameKind::So));
    assert_eq!(msg, "Die Halle sei zu klein");
}

#[test]
fn a_konjunktiv_sentence_after_narration_is_guessed_to_be_its_subjects() {
    let a = parse(
        "Der Zug fuhr ab. Die Sprecherin der Stadt legte den Termin fest. Möglich sei der Mai.",
    );
    let (msg, who, kind, _) = items(&a).remove(0);
    assert_eq!(msg, "Möglich sei der Mai.");
    assert_eq!(who, "Die Sprecherin der Stadt");
    assert_eq!(kind, Some(FrameKind::Continuation));
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.confidence, article::Confidence::Low);
    // Narration about a thing names nobody.
    assert!(parse("Der Zug fuhr ab. Möglich sei der Mai.")
        .indirect
        .is_empty());
}

#[test]
fn wie_with_a_verb_that_reports_only_there() {
    let (msg, who, kind, _) = one("Wie eine Umfrage ergab, trinken viele Kinder zu wenig Wasser.");
    assert_eq!(msg, "trinken viele Kinder zu wenig Wasser");
    assert_eq!(who, "eine Umfrage");
    assert_eq!(kind, Some(FrameKind::Wie));
    // Outside a "wie" clause the verb reports nothing.
    assert!(parse("Die Zählung ergab dreihundert Stimmen.")
        .indirect
        .is_empty());
}

#[test]
fn aufrufen_frames_a_zu_infinitive() {
    let (msg, who, _, _) =
        one("Die Gemeinde rief die Gärtner auf, im Sommer Regenwasser zu sammeln.");
    assert_eq!(msg, "im Sommer Regenwasser zu sammeln");
    assert_eq!(who, "Die Gemeinde");
}

#[test]
fn a_so_with_nobody_to_say_it_frames_nothing() {
    assert!(
        parse("Im Jahr 2011 wurden 300 Autos verkauft, so viele wie nie.")
            .indirect
            .is_empty()
    );
    let (_, who, kind, _) = one("Die Brücke bleibt bis Mai gesperrt, so die Bürgermeisterin.");
    assert_eq!(who, "die Bürgermeisterin");
    assert_eq!(kind, Some(FrameKind::So));
}

#[test]
fn a_participle_of_saying_inside_the_message_is_no_frame_before_the_real_one() {
    let (msg, who, _, _) =
        one("Die Kosten stiegen, würden aber erst im Mai erklärt, teilte eine Sprecherin der Stadt mit.");
    assert_eq!(msg, "Die Kosten stiegen, würden aber erst im Mai erklärt");
    assert_eq!(who, "eine Sprecherin der Stadt");
}

#[test]
fn a_second_frame_after_a_conjunction_is_an_item_of_its_own() {
    let a = parse(
        "Der Bürgermeister sagte am Morgen, die Brücke sei gesperrt, doch die Sprecherin \
         der Bahn erklärte, der Verkehr laufe weiter.",
    );
    let v = items(&a);
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[0].0.as_str(), v[0].1.as_str()),
        ("die Brücke sei gesperrt", "Der Bürgermeister")
    );
    assert_eq!(v[1].0, "der Verkehr laufe weiter");
    assert!(v[1].1.contains("Sprecherin der Bahn"), "{:?}", v[1]);
    // Without a subject of its own the second frame shares the first's.
    let v = items(&parse(
        "Die Ministerin sagte, der Etat sei knapp, und fügte hinzu, man werde trotzdem bauen.",
    ));
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[1].0.as_str(), v[1].1.as_str()),
        ("man werde trotzdem bauen", "Die Ministerin")
    );
    // A Konjunktiv after "doch" goes on with what was said.
    let (msg, who, _, _) =
        one("Der Förster sagte, die Lage sei ernst, doch man habe noch Hoffnung.");
    assert_eq!(msg, "die Lage sei ernst, doch man habe noch Hoffnung");
    assert_eq!(who, "Der Förster");
}

#[test]
fn frame_after_an_indicative_clause_past_an_adverbial() {
    for (text, who) in [
        (
            "Die Fähre fährt ab Mai wieder stündlich, sagte am Montag ein Sprecher der Reederei.",
            "ein Sprecher der Reederei",
        ),
        (
            "Die Fähre fährt ab Mai wieder stündlich, sagte gestern die Bürgermeisterin.",
            "die Bürgermeisterin",
        ),
        (
            "Die Fähre fährt ab Mai wieder stündlich, erklärte dazu die Reederei.",
            "die Reederei",
        ),
    ] {
        let (msg, speaker, kind, _) = one(text);
        assert_eq!(msg, "Die Fähre fährt ab Mai wieder stündlich", "{text}");
        assert_eq!(speaker, who, "{text}");
        assert_eq!(kind, Some(FrameKind::Verb), "{text}");
    }
}

#[test]
fn a_capitalised_adjective_in_a_name_is_not_its_head() {
    let (msg, who, _, _) =
        one("Wie die Vereinten Nationen mitteilten, sind tausend Familien auf der Flucht.");
    assert_eq!(msg, "sind tausend Familien auf der Flucht");
    assert_eq!(who, "die Vereinten Nationen");
    let (msg, who, _, _) =
        one("Nach Schätzungen der Vereinten Nationen sind tausend Familien auf der Flucht.");
    assert_eq!(msg, "sind tausend Familien auf der Flucht");
    assert_eq!(who, "der Vereinten Nationen");
    let (_, who, _, _) = one("Laut der Städtischen Verkehrsbetriebe fällt der Bus aus.");
    assert_eq!(who, "der Städtischen Verkehrsbetriebe");
    // A place's adjective in -er, and two adjectives in a row.
    let (msg, who, _, _) = one("Nach Angaben der Kieler Feuerwehr ist die Lage ruhig.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("ist die Lage ruhig", "der Kieler Feuerwehr")
    );
    let (_, who, _, _) = one("Die Lage sei ruhig, schrieb die Neue Kieler Rundschau.");
    assert_eq!(who, "die Neue Kieler Rundschau");
}

#[test]
fn zu_before_an_adjective_is_no_zu_infinitive() {
    let (msg, who, _, _) = one("Der Mieterbund sagte, die Mieten stiegen zu schnell.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("die Mieten stiegen zu schnell", "Der Mieterbund")
    );
    let (msg, _, _, _) = one("Anwohner klagten, die Straße sei zu eng.");
    assert_eq!(msg, "die Straße sei zu eng");
}

#[test]
fn a_speech_verb_closing_a_relative_clause_is_not_the_frame() {
    let (msg, who, _, _) =
        one("Die Ministerin, die am Montag sprach, sagte, man werde weiter kämpfen.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("man werde weiter kämpfen", "Die Ministerin")
    );
    let (msg, _, _, _) =
        one("Der Vorstand, der gestern in Kiel berichtete, kündigte an, man werde sparen.");
    assert_eq!(msg, "man werde sparen");
    let (msg, who, _, _) =
        one("Am Abend sprach der Bürgermeister, der betonte, die Stadt werde helfen.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("die Stadt werde helfen", "der Bürgermeister")
    );
}

#[test]
fn a_relative_pronoun_before_the_verb_gives_the_speaker_before_its_comma() {
    let (msg, who, _, _) =
        one("Kritik kam von Jonas Brenner, der sagte, man werde weiter kämpfen.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("man werde weiter kämpfen", "Jonas Brenner")
    );
    let (_, who, _, _) = one("Die Stadt hörte die Ministerin, die erklärte, man werde sparen.");
    assert_eq!(who, "die Ministerin");
}

#[test]
fn a_subordinate_clause_with_its_own_verb_of_saying_frames_what_follows() {
    let (msg, who, _, _) = one(
        "Der Minister wies die Kritik zurück, indem er sagte, der Plan werde die Stadt nicht belasten.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("der Plan werde die Stadt nicht belasten", "er")
    );
    let (msg, who, _, _) =
        one("Die Stadt lehnte ab, weil sie erklärt hatte, dass kein Geld da sei.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("dass kein Geld da sei", "sie")
    );
}

#[test]
fn in_the_passive_the_agent_after_von_speaks() {
    for text in [
        "Zudem wurde die Stadt vom Mieterbund aufgefordert, die Preise zu senken.",
        "Die Stadt wurde vom Mieterbund aufgefordert, die Preise zu senken.",
    ] {
        let (msg, who, _, _) = one(text);
        assert_eq!(
            (msg.as_str(), who.as_str()),
            ("die Preise zu senken", "Mieterbund"),
            "{text}"
        );
    }
    let (_, who, _, _) = one("Es wurde von Jonas Brenner betont, dass die Preise stiegen.");
    assert_eq!(who, "Jonas Brenner");
    let (_, who, _, _) = one("Vom Mieterbund wurde kritisiert, dass die Preise stiegen.");
    assert_eq!(who, "Mieterbund");
    // The future is no passive: its subject speaks.
    let (_, who, _, _) = one("Die Ministerin wird morgen erklären, dass die Preise sinken.");
    assert_eq!(who, "Die Ministerin");
}

#[test]
fn the_one_quoted_in_the_passive_speaks() {
    let (msg, who, _, _) = one("Die Ministerin wurde im Blatt zitiert, man prüfe das genau.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("man prüfe das genau", "Die Ministerin")
    );
}

#[test]
fn a_relative_laut_or_zufolge_frames_its_own_clause() {
    let text = "Beim Bauamt liegt eine Expertise vor, laut der die Brücke schon lange marode war.";
    let a = parse(text);
    let (msg, who, kind, _) = one(text);
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "die Brücke schon lange marode war",
            "der",
            Some(FrameKind::Laut)
        )
    );
    // The pronoun stands for the noun before the comma.
    let role = a.indirect[0].speaker.as_ref().and_then(|s| s.role.as_ref());
    assert_eq!(role.map(|r| r.text.as_str()), Some("eine Expertise"));
    let (msg, who, kind, _) =
        one("Die Stadt folgt den Regeln des Bundes, denen zufolge jede Brücke jährlich geprüft werden muss.");
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "jede Brücke jährlich geprüft werden muss",
            "denen",
            Some(FrameKind::Zufolge)
        )
    );
    // Not a relative pronoun: "laut der Polizei" after a comma.
    let (_, who, _, _) = one("Die Zahl stieg, laut der Polizei, auf zwanzig.");
    assert_eq!(who, "der Polizei");
}

#[test]
fn a_noun_phrase_in_apposition_after_the_subject_is_stepped_over() {
    let (msg, who, _, _) = one(
        "In einer Mitteilung erklärte der Besitzer, das alte Verlagshaus Lensing, dass die Zeitung Geld verliere.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("dass die Zeitung Geld verliere", "der Besitzer")
    );
}

#[test]
fn nach_eigenen_angaben_stands_for_the_clauses_subject() {
    let a = parse(
        "Der Bruder der Ministerin, Jonas Brenner, wusste nach eigenem Bekunden lange davon. \
         „Sie wünscht sich mehr Ruhe.“",
    );
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.reference.text, "eigenem Bekunden");
    assert_eq!(
        sp.name.as_ref().map(|n| n.text.as_str()),
        Some("Jonas Brenner")
    );
    // The quote after it goes on with the same person.
    let q = a.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(
        q.name.as_ref().map(|n| n.text.as_str()),
        Some("Jonas Brenner")
    );
    let a = parse("Nach eigenen Angaben strich die Firma 300 Stellen.");
    let sp = a.indirect[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.role.as_ref().map(|n| n.text.as_str()), Some("die Firma"));
}

#[test]
fn a_narration_sentence_with_a_verb_of_saying_brings_in_a_new_voice() {
    for (text, who) in [
        (
            "Die Ministerin Petra Hansen sagte, die Brücke werde gebaut. \
             Bürgermeister Jonas Brenner kritisierte den Plan scharf. Die Kosten seien zu hoch.",
            "Bürgermeister Jonas Brenner",
        ),
        (
            "Die Ministerin Petra Hansen sagte, die Brücke werde gebaut. \
             Der Plan wurde von Bürgermeister Jonas Brenner als teuer kritisiert. Die Kosten seien zu hoch.",
            "Bürgermeister Jonas Brenner",
        ),
        // No verb of saying: the speech before goes on.
        (
            "Die Ministerin Petra Hansen sagte, die Brücke werde gebaut. \
             Bürgermeister Jonas Brenner fuhr nach Hause. Die Kosten seien zu hoch.",
            "Die Ministerin Petra Hansen",
        ),
    ] {
        let a = parse(text);
        let v = items(&a);
        assert_eq!(v.len(), 2, "{text}: {v:?}");
        assert_eq!(v[1].1, who, "{text}");
    }
}

#[test]
fn a_relative_clause_on_the_object_is_not_what_was_said() {
    let a =
        parse("Der Verband klagte über den Linienrichter, der im Spiel viele Karten verteilte.");
    assert!(a.indirect.is_empty(), "{:?}", items(&a));
    let (msg, _, _, _) = one("Die Leiterin sagte am Montag, der Wald ist gesund.");
    assert_eq!(msg, "der Wald ist gesund");
}

#[test]
fn deciding_whether_is_no_reported_speech() {
    for text in [
        "Sie kommt vor einen Richter, der entscheidet, ob sie in Haft bleibt.",
        "Nun muss der Rat entscheiden, ob die Brücke gebaut wird.",
    ] {
        let a = parse(text);
        assert!(a.indirect.is_empty(), "{text}: {:?}", items(&a));
    }
    let (msg, who, _, _) = one("Der Rat entschied, dass die Brücke gebaut wird.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("dass die Brücke gebaut wird", "Der Rat")
    );
}

#[test]
fn a_konjunktiv_sentence_after_an_inverted_narration_sentence_goes_to_its_subject() {
    for (text, who) in [
        (
            "Der Zug fuhr ab. 2009 will Jonas Brenner das Haus verkaufen. Problematisch sei der Preis.",
            "Jonas Brenner",
        ),
        (
            "Der Zug fuhr ab. Langfristig strebt die Ministerin den Verkauf an. Ein möglicher Weg sei die Pacht.",
            "die Ministerin",
        ),
    ] {
        let (_, w, kind, _) = one(text);
        assert_eq!((w.as_str(), kind), (who, Some(FrameKind::Continuation)), "{text}");
    }
}

#[test]
fn a_konjunktiv_sentence_after_a_verb_of_saying_goes_to_its_subject_an_institution_too() {
    for (text, who) in [
        (
            "Der Zug fuhr ab. Die Stadtverwaltung warnte vor dem Sturm. Die Deiche seien zu niedrig.",
            "Die Stadtverwaltung",
        ),
        (
            "Der Zug fuhr ab. Am Abend bat die Kriminalpolizei um Hinweise. Der Täter sei etwa dreißig Jahre alt.",
            "die Kriminalpolizei",
        ),
    ] {
        let (_, w, kind, _) = one(text);
        assert_eq!((w.as_str(), kind), (who, Some(FrameKind::Continuation)), "{text}");
    }
    // A thing is no speaker, and neither is a genitive before the verb.
    for text in [
        "Der Zug fuhr ab. Nun droht den Bauern ein Frost. Die Ernte sei in Gefahr.",
        "Der Zug fuhr ab. Zur Freude der Bauern warnte es nicht. Der Boden sei zu trocken.",
    ] {
        assert!(parse(text).indirect.is_empty(), "{text}");
    }
}

#[test]
fn a_second_verb_of_saying_after_a_comma_frames_the_clause_with_the_first_subject() {
    for (text, who, cue) in [
        (
            "Die Ministerin wollte keine Zahlen nennen, sagte aber, die Stiftung brauche mehr Geld.",
            "Die Ministerin",
            "sagen",
        ),
        (
            "Die Ministerin lobte den Plan, betonte jedoch, die Kosten seien zu hoch.",
            "Die Ministerin",
            "betonen",
        ),
        (
            "Jonas Brenner, ein Mitglied des Rates, zögerte, sagte dann, die Partei müsse sich ändern.",
            "Jonas Brenner",
            "sagen",
        ),
    ] {
        let a = parse(text);
        let (msg, w, _, _) = one(text);
        assert!(msg.starts_with("die "), "{text}: {msg}");
        assert_eq!(w, who, "{text}");
        assert_eq!(a.indirect[0].cue.as_ref().map(|c| c.lemma.as_str()), Some(cue));
    }
}

#[test]
fn a_konjunktiv_sentence_after_a_new_voice_goes_to_it() {
    for (text, who) in [
        (
            "Der Minister sagte, die Lage sei ernst. Am Abend warnte die Gewerkschaft vor Streiks. \
             Die Löhne seien zu niedrig.",
            "die Gewerkschaft",
        ),
        (
            "Der Minister sagte, die Lage sei ernst. Die Politikerin der Grünen, Anja Berger, \
             kritisierte die Pläne. Hier seien die Mittel zu knapp.",
            "Die Politikerin der Grünen, Anja Berger",
        ),
    ] {
        let v = items(&parse(text));
        let last = v.last().expect("an item");
        assert_eq!(last.1, who, "{text}");
        assert_eq!(last.2, Some(FrameKind::Continuation), "{text}");
    }
    // An object opening the sentence is no speaker ("Die Zahl … bezifferte
    // die Behörde").
    let text = "Der Minister sagte, die Lage sei ernst. Die Zahl der Opfer, die am Montag \
                starben, bezifferte die Behörde mit zwölf. Die Verletzten seien in Kliniken.";
    assert!(items(&parse(text))
        .iter()
        .all(|i| !i.1.starts_with("Die Zahl")));
}

#[test]
fn hearsay_with_no_speech_before_goes_to_the_subject_of_a_verb_of_saying_before() {
    let (msg, who, kind, _) = one(
        "Der Zug fuhr ab. Am Abend warnte die Bahnpolizei vor Dieben. \
         Ein Täter soll mit einer Tasche geflohen sein.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "Ein Täter soll mit einer Tasche geflohen sein.",
            "die Bahnpolizei",
            Some(FrameKind::Sollen)
        )
    );
}

#[test]
fn hearsay_far_from_any_source_is_guessed_to_be_the_last_source_named() {
    let a = parse(
        "Die Wehrführerin Jana Ohm sagte, eine Scheune brenne lichterloh. Der Schaden ist hoch. \
         Es regnete kaum. Ein Mann soll das Feuer gelegt haben.",
    );
    let v = items(&a);
    let last = v.last().expect("an item");
    assert_eq!(
        (last.1.as_str(), last.2),
        ("Die Wehrführerin Jana Ohm", Some(FrameKind::Sollen))
    );
    let sp = a
        .indirect
        .last()
        .and_then(|q| q.speaker.as_ref())
        .expect("a speaker");
    assert_eq!(sp.confidence, article::Confidence::Low);
}

#[test]
fn a_verb_frame_with_nobody_to_say_it_passes_on_the_source_just_before() {
    let text = "Die Ministerin sagte am Montag, die Lage sei ernst. \
                Zudem wurde betont, dass die Kosten stiegen.";
    let a = parse(text);
    let v = items(&a);
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[1].0.as_str(), v[1].1.as_str()),
        ("dass die Kosten stiegen", "Die Ministerin")
    );
    let sp = a.indirect[1].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.confidence, article::Confidence::Low);
    // Further back too.
    let v = items(&parse(
        "Die Ministerin sagte am Montag, die Lage sei ernst. Der Zug fuhr ab. Es regnete. \
         Zudem wurde betont, dass die Kosten stiegen.",
    ));
    assert_eq!(v.last().map(|i| i.1.as_str()), Some("Die Ministerin"));
    // With no speech before, nobody.
    let v = items(&parse(
        "Der Zug fuhr ab. Zudem wurde betont, dass die Kosten stiegen.",
    ));
    assert_eq!(v[0].1, "-");
}

#[test]
fn a_noun_phrase_opening_the_sentence_before_the_verb_of_saying_is_its_subject() {
    // Not the source named before: the group opening the sentence speaks
    // (its complement "für Kinder" may stand between).
    let v = items(&parse(
        "Die Ministerin sagte am Montag, die Lage sei ernst. \
         Die Hilfsgruppe Hand für Kinder teilte abends mit, dass viele Familien geflohen seien.",
    ));
    assert_eq!(v[1].0, "dass viele Familien geflohen seien");
    assert!(v[1].1.starts_with("Die Hilfsgruppe"), "{v:?}");
    // A verb further on is not in second place: the guess stays.
    let v = items(&parse(
        "Die Ministerin sagte am Montag, die Lage sei ernst. \
         Die Hilfsgruppe wurde nicht gefragt, es wurde aber betont, dass die Kosten stiegen.",
    ));
    assert_eq!(v.last().map(|i| i.1.as_str()), Some("Die Ministerin"));
}

#[test]
fn a_so_frame_closing_the_sentence_frames_a_verb_inside_it_too() {
    let (msg, who, kind, _) = one(
        "Die Stadt wird inzwischen aufgefordert, die Brücke zu sperren, so Bürgermeisterin Anna Berger im Radio.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "Die Stadt wird inzwischen aufgefordert, die Brücke zu sperren",
            "Bürgermeisterin Anna Berger",
            Some(FrameKind::So)
        )
    );
}

#[test]
fn a_demonstrative_after_the_comma_resumes_what_the_verb_after_it_frames() {
    let (msg, who, kind, _) =
        one("Die Fähre fährt erst am Freitag wieder, das entschied die Hafenbehörde am Montag.");
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "Die Fähre fährt erst am Freitag wieder",
            "die Hafenbehörde",
            Some(FrameKind::Verb)
        )
    );
    // A relative clause ends in its verb: nothing said.
    assert!(parse("Er kaufte ein Buch, das die Welt erklärte.")
        .indirect
        .is_empty());
}

#[test]
fn a_passive_this_said_sentence_gives_the_sentence_before_to_its_agent() {
    let (msg, who, _, _) = one(
        "Mit einer Verordnung regelte der Senat die Gebühren für Parkplätze neu. \
         Das wurde vom Rathaus bekannt gegeben.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str()),
        (
            "Mit einer Verordnung regelte der Senat die Gebühren für Parkplätze neu",
            "Rathaus"
        )
    );
    // Without an agent nobody is named, and nothing is said.
    assert!(
        parse("Der Zug fuhr ab. Das wurde am Montag bekannt gegeben.")
            .indirect
            .is_empty()
    );
}

#[test]
fn hearsay_with_no_speech_before_is_guessed_to_be_the_narration_subjects() {
    let (msg, who, kind, _) = one(
        "Der Zug fuhr ab. Der Polizeisprecher Jonas Brenner suchte am Abend nach dem Fahrer. \
         Der Fahrer soll betrunken gewesen sein.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str(), kind),
        (
            "Der Fahrer soll betrunken gewesen sein.",
            "Der Polizeisprecher Jonas Brenner",
            Some(FrameKind::Sollen)
        )
    );
}

#[test]
fn a_stance_frame_takes_the_verb_of_its_own_clause() {
    let (msg, who, _, _) = one(
        "Als dann auch die Spuren passten, war sich die Staatsanwältin sicher, dass der Mann schuldig sei.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("dass der Mann schuldig sei", "die Staatsanwältin")
    );
}

#[test]
fn a_phrase_before_the_verb_that_cannot_speak_leaves_the_subject_after_it() {
    let (msg, who, _, _) = one(
        "Aus Mangel an Funden waren die Forscher davon ausgegangen, dass frühe Bauern Fleisch aßen.",
    );
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("dass frühe Bauern Fleisch aßen", "die Forscher")
    );
}

#[test]
fn a_short_relative_clause_before_dass_is_stepped_over() {
    for (text, who) in [
        (
            "Es gibt einen Bericht, der besagt, dass die Brücke marode sei.",
            "einen Bericht",
        ),
        (
            "Die Stadt verweist auf eine Mitteilung, die belegt, dass die Brücke marode sei.",
            "Die Stadt",
        ),
    ] {
        let (msg, w, _, _) = one(text);
        assert_eq!(
            (msg.as_str(), w.as_str()),
            ("dass die Brücke marode sei", who),
            "{text}"
        );
    }
}

#[test]
fn a_claim_about_oneself_in_a_zu_infinitive_is_reported() {
    for (text, msg, who) in [
        (
            "Der Fahrer gab an, nur ein Glas Wein getrunken zu haben.",
            "nur ein Glas Wein getrunken zu haben",
            "Der Fahrer",
        ),
        (
            "Die Firma bestreitet, den Unfall verursacht zu haben.",
            "den Unfall verursacht zu haben",
            "Die Firma",
        ),
    ] {
        let (m, w, _, _) = one(text);
        assert_eq!((m.as_str(), w.as_str()), (msg, who), "{text}");
    }
}

#[test]
fn a_zu_infinitive_after_a_prepositional_object_or_damit_is_reported() {
    for (text, msg) in [
        (
            "Die Ministerin appellierte an die Ärzte, die Praxen offen zu halten.",
            "die Praxen offen zu halten",
        ),
        (
            "Die Gewerkschaft drohte damit, den Vertrag nicht zu unterschreiben.",
            "den Vertrag nicht zu unterschreiben",
        ),
    ] {
        let (m, _, _, _) = one(text);
        assert_eq!(m, msg, "{text}");
    }
}

#[test]
fn hoping_and_pleading_take_a_reported_zu_infinitive() {
    for (text, msg) in [
        (
            "Der Trainer hofft, den Spieler halten zu können.",
            "den Spieler halten zu können",
        ),
        (
            "Jonas Brenner plädierte dafür, die Brücke zu sperren.",
            "die Brücke zu sperren",
        ),
    ] {
        let (m, _, _, _) = one(text);
        assert_eq!(m, msg, "{text}");
    }
}

#[test]
fn als_with_a_bare_noun_opening_the_sentence_is_no_conjunction() {
    let (msg, who, _, _) =
        one("Als Antwort gab die Stadt an, vermutlich sitzen zwei Verdächtige im Zug.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        ("vermutlich sitzen zwei Verdächtige im Zug", "die Stadt")
    );
    let (_, who, _, _) = one("Als die Polizei kam, sagte der Wirt, alles sei ruhig.");
    assert_eq!(who, "der Wirt");
}

#[test]
fn a_focus_particle_between_a_zu_verb_and_its_comma_is_stepped_over() {
    let (msg, who, _, _) =
        one("Von den Ämtern erklärten nur die Schulen, aus Sicherheitsgründen nicht teilnehmen zu wollen.");
    assert_eq!(
        (msg.as_str(), who.as_str()),
        (
            "aus Sicherheitsgründen nicht teilnehmen zu wollen",
            "die Schulen"
        )
    );
}

#[test]
fn nach_eigenen_angaben_after_a_reflexive_verb_stands_for_the_subject() {
    let a = parse(
        "Die Tafeln der Stadt bereiten sich nach eigenen Angaben auf einen langen Winter vor.",
    );
    let s = a.indirect[0].speaker.as_ref().expect("speaker");
    assert_eq!(
        s.role.as_ref().map(|r| r.text.as_str()),
        Some("Tafeln der Stadt")
    );
}
