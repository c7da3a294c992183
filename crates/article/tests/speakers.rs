//! Who said a direct quote, in sentences written for one rule each: the
//! speaker's reference, how it was found and how sure the parser is.

use article::{parse, Attribution, Confidence, QuoteKind};

/// (speaker reference or "-", attribution, confidence) of each full quote.
fn speakers(text: &str) -> Vec<(String, Option<Attribution>, Option<Confidence>)> {
    parse(text)
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Full)
        .map(|q| match &q.speaker {
            Some(s) => (
                s.reference.text.clone(),
                Some(s.attribution),
                Some(s.confidence),
            ),
            None => ("-".to_string(), None, None),
        })
        .collect()
}

#[test]
fn fronted_phrase_before_the_verb_is_no_speaker() {
    for (text, who) in [
        (
            "Als Erklärung sagte eine Ärztin: „Die Station ist voll.“",
            "eine Ärztin",
        ),
        (
            "Gegenüber dem Rundfunk sagte der Bürgermeister: „Wir bauen die Brücke neu.“",
            "der Bürgermeister",
        ),
    ] {
        let v = speakers(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert_eq!(v[0].0, who, "{text}");
    }
}

#[test]
fn a_quote_of_its_own_goes_on_with_the_frame_before_it_as_a_guess() {
    let v = speakers(
        "Im Ausschuss räumte die Ministerin Petra Hansen am Montag Versäumnisse ein. \
         „Wir haben die Warnungen zu spät ernst genommen.“",
    );
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "die Ministerin Petra Hansen");
    assert_eq!(v[0].1, Some(Attribution::PreviousSentence));
    assert_eq!(v[0].2, Some(Confidence::Low));
}

#[test]
fn a_quote_standing_alone_far_after_speech_goes_on_with_the_last_speaker_as_a_guess() {
    let v = speakers(
        "Die Ministerin sagte am Montag: „Wir bauen die Brücke.“ Der Zug fuhr ab. \
         Das Wetter war gut. Am Abend regnete es. „Wir bleiben dabei.“",
    );
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "Die Ministerin");
    assert_eq!(v[1].2, Some(Confidence::Low));
    // With no speech before, nobody.
    let v = speakers("Es regnete den ganzen Tag. „Wir bleiben dabei.“");
    assert_eq!(v[0].0, "-");
}

#[test]
fn a_quote_after_a_colon_with_nobody_to_say_it_goes_on_with_the_last_speaker() {
    let v = speakers(
        "Die Ministerin sagte am Montag: „Wir bauen die Brücke.“ Der Zug fuhr ab. \
         Es regnete den ganzen Tag. Am Abend hieß es nur noch knapp: „Wir bleiben dabei.“",
    );
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "Die Ministerin");
    assert_eq!(v[1].2, Some(Confidence::Low));
    let v = speakers(
        "Es regnete den ganzen Tag. Am Abend hieß es nur noch knapp: „Wir bleiben dabei.“",
    );
    assert_eq!(v[0].0, "-");
}

#[test]
fn a_bracket_after_the_subject_is_stepped_over() {
    for (text, who) in [
        (
            "Senatorin Karla Brendel (SPD) sagte am Montag: „Wir prüfen das.“",
            "Senatorin Karla Brendel",
        ),
        (
            "Die Sprecherin der Fraktion, Mira Holm (Grüne), erklärte: „Das reicht nicht.“",
            "Die Sprecherin der Fraktion, Mira Holm",
        ),
    ] {
        let v = speakers(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert_eq!(v[0].0, who, "{text}");
    }
}

#[test]
fn a_genitive_after_the_verb_is_no_subject() {
    let v = speakers("Zum Abschluss des Treffens sagte er noch: „Wir sehen uns wieder.“");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "er");
    for (who, ..) in speakers("Bei der Eröffnung sagte zum Ende des Festes: „Danke.“") {
        assert_ne!(who, "des Festes");
    }
}

#[test]
fn the_nearest_cue_with_a_subject_frames_the_quote() {
    // The nearest cue ("stellte fest") has no subject of its own; the one
    // before the quote ("nannte") has.
    let a = article::parse(
        "Jonas Falk, der Chef des Vereins Stadtgrün, nannte den Plan „mutig“ und \
         stellte fest, es fehle „noch viel Geld“.",
    );
    let q = a.quotes.first().expect("a quote");
    let who = q.speaker.as_ref().map(|s| s.reference.text.as_str());
    assert!(who.is_some_and(|w| w.contains("Jonas Falk")), "{who:?}");
}

#[test]
fn bezeichnen_is_a_cue_in_all_its_forms() {
    let a = parse("Die Verbände bezeichneten das Vorgehen der Stadt als „erstaunlich milde“.");
    let q = a.quotes.first().expect("a quote");
    assert_eq!(q.kind, QuoteKind::Partial);
    let who = q.speaker.as_ref().map(|s| s.reference.text.as_str());
    assert_eq!(who, Some("Die Verbände"));
    assert_eq!(q.cue.as_ref().map(|c| c.lemma.as_str()), Some("bezeichnen"));
}

#[test]
fn a_verb_closing_a_subordinate_clause_finds_its_subject_at_the_clause_start() {
    let who = |text: &str| {
        let a = parse(text);
        let q = a
            .quotes
            .iter()
            .find(|q| q.kind != QuoteKind::Term)
            .unwrap_or_else(|| panic!("{text}: no quote"));
        q.speaker.as_ref().map(|s| s.reference.text.clone())
    };
    assert_eq!(
        who("Der Streit ist heikel, weil die Gemeinde den Neubau als „teures Luftschloss“ bezeichnet hat.")
            .as_deref(),
        Some("die Gemeinde")
    );
    assert_eq!(
        who("Am Montag erschien ein Leitartikel, der die Reform als „großen Wurf für alle“ bezeichnet.")
            .as_deref(),
        Some("ein Leitartikel")
    );
}

#[test]
fn a_label_given_by_a_verb_of_naming_is_a_partial_quote_of_the_speaker() {
    for (text, who) in [
        (
            "Die Försterin nannte den Plan einen „Irrweg“.",
            "Die Försterin",
        ),
        (
            "Der Trainer bezeichnete das Spiel als „Lehrstunde“.",
            "Der Trainer",
        ),
    ] {
        let a = parse(text);
        let q = a
            .quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Partial)
            .unwrap_or_else(|| panic!("{text}: no partial quote"));
        assert_eq!(
            q.speaker.as_ref().map(|s| s.reference.text.as_str()),
            Some(who),
            "{text}"
        );
    }
    // Without such a verb a capitalised word in marks stays a term.
    let a = parse("Die Fähre „Nordstern“ legte pünktlich ab.");
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Term));
}

#[test]
fn a_participle_far_from_its_auxiliary_keeps_the_subject() {
    let v = speakers(
        "So hatte die neue Kreisrätin Ilse Marbach den wartenden Fährleuten gestern ganz fest versprochen: „Die Fähre fährt weiter.“",
    );
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(v[0].0.contains("Kreisrätin"), "{v:?}");
}

#[test]
fn letztere_after_so_speaks_and_goes_on() {
    let v = speakers(
        "Der Wirt und die Köchin stritten. „Das Essen ist kalt“, so letztere. „Und der Ofen ist aus.“",
    );
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0].0, "letztere");
    assert_eq!(v[1].0, "letztere");
}

#[test]
fn a_subordinate_clause_before_the_colon_names_no_speaker() {
    for text in [
        "Die Ärztin blieb gelassen, obwohl die Wartezeiten bald weiter steigen könnten: „Das ist neu.“",
        "Der Förster nimmt sich Zeit, die Eulen im Wald zu zählen: „Sie sind klug.“",
    ] {
        let v = speakers(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert!(
            !v[0].0.contains("Wartezeiten") && !v[0].0.contains("Eulen"),
            "{text}: {v:?}"
        );
    }
    // A relative clause with a subject of its own still frames the quote.
    let v = speakers(
        "Er setzte sich auf den Stuhl, den ihm Jorinde mit den Worten hinschob: „Bitte sehr.“",
    );
    assert_eq!(v[0].0, "Jorinde", "{v:?}");
}

#[test]
fn after_a_fronted_subordinate_clause_the_subject_follows_the_verb() {
    let v = speakers("Als die Gäste gingen, griff der Wirt zum Besen und rief: „Raus hier!“");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "der Wirt");
}

#[test]
fn foreign_titles_and_names_of_laws_are_terms() {
    for text in [
        "Die Band spielte danach „Songs for the Road“ in der Halle.",
        "Der Landtag beriet über das „Gesetz zur Änderung des Meldegesetzes“ am Abend.",
        "Die „Partei der Arbeit und Heimat“ trat erstmals an.",
    ] {
        let a = parse(text);
        assert_eq!(a.quotes.len(), 1, "{text}");
        assert_eq!(a.quotes[0].kind, QuoteKind::Term, "{text}");
    }
    // Dialect with one word that is also English stays speech.
    let a = parse("„Dat is man so“, sagte der Fischer.");
    assert_eq!(a.quotes[0].kind, QuoteKind::Full);
}

#[test]
fn a_role_with_another_complement_is_another_person() {
    let a = parse(
        "Die Sprecherin der Stadtwerke, Mia Lenz, sagte, der Strom sei sicher. Die Sprecherin \
         der Bahn erklärte, die Züge führen wieder. Die Sprecherin der Stadtwerke fügte hinzu, \
         man prüfe die Leitungen. Die Sprecherin sagte, es gebe keine Gefahr.",
    );
    let names: Vec<Option<String>> = a
        .indirect
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .and_then(|s| s.name.as_ref())
                .map(|n| n.text.clone())
        })
        .collect();
    let lenz = Some("Mia Lenz".to_string());
    assert_eq!(
        names,
        vec![lenz.clone(), None, lenz.clone(), lenz],
        "{:?}",
        a.indirect
    );
}

#[test]
fn academic_titles_before_a_name_after_the_verb_are_stepped_over() {
    for text in [
        "„Die Behandlung ist sicher“, sagte Prof. Dr. Jonas Brenner.",
        "Laut Dr. Jonas Brenner ist die Behandlung sicher.",
    ] {
        let a = parse(text);
        let q = a
            .quotes
            .iter()
            .chain(a.indirect.iter())
            .find(|q| q.speaker.is_some());
        let who = q
            .and_then(|q| q.speaker.as_ref())
            .map(|s| s.reference.text.clone());
        assert_eq!(who.as_deref(), Some("Jonas Brenner"), "{text}");
    }
}

#[test]
fn a_scientist_named_after_the_role_is_the_speaker() {
    for (text, role) in [
        (
            "„Das Schlimmste kommt erst noch“, warnte die Hydrologin Karin Weber.",
            "Hydrologin",
        ),
        (
            "„Der Sturm dreht ab“, sagte der Meteorologe Jonas Brenner.",
            "Meteorologe",
        ),
    ] {
        let a = parse(text);
        let s = a.quotes[0].speaker.as_ref().expect("speaker");
        assert!(s.name.is_some(), "{text}: {:?}", s.reference.text);
        assert_eq!(
            s.role.as_ref().map(|r| r.text.as_str()),
            Some(role),
            "{text}"
        );
    }
}

#[test]
fn a_relative_pronoun_as_subject_stands_for_the_noun_before_it() {
    let v = speakers("Kritik kam von Jonas Brenner, der sagte: „Wir geben nicht auf.“");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "Jonas Brenner");
}

#[test]
fn a_partial_quote_inside_reported_speech_is_framed_by_that_speech() {
    let a = parse(
        "Die Staatssekretärin sagte dem Radio, dass auf jedem „blauen Markt“ Obst oder Käse angeboten werden sollten.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Partial)
        .expect("a partial quote");
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.reference.text, "Die Staatssekretärin");
    assert_eq!(q.cue.as_ref().map(|c| c.lemma.as_str()), Some("sagen"));
}

#[test]
fn the_one_quoted_in_the_passive_of_zitieren_speaks() {
    let v = speakers("Die Ministerin wurde im Blatt zitiert: „Wir prüfen das genau.“");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "Die Ministerin");
}
