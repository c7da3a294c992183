//! Who speaks, in short sentences written for one frame pattern each: the
//! reference of each quote's speaker, in text order ("-" for none).

use article::parse;

fn speakers(text: &str) -> Vec<String> {
    parse(text)
        .quotes
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .map_or("-".to_string(), |s| s.reference.text.clone())
        })
        .collect()
}

#[test]
fn particle_between_subject_and_verb() {
    assert_eq!(
        speakers("Die Wirtin aber rief: »Hinaus mit euch!« Sie aber sagte: »Nein.«"),
        ["Die Wirtin", "Sie"]
    );
}

#[test]
fn demonstrative_pronoun_speaks() {
    assert_eq!(
        speakers("Der Bauer sah auf. Der antwortete: »Morgen.«"),
        ["Der"]
    );
    assert_eq!(
        speakers("»Was suchst du hier?« schnauzte der ihn an."),
        ["der"]
    );
}

#[test]
fn object_after_the_verb_is_no_subject() {
    // "den Kopf" is the object of the narration before the quote.
    assert_eq!(
        speakers("Brandt schüttelte den Kopf. »Das ist unrichtig.«"),
        ["Brandt"]
    );
}

#[test]
fn comma_before_und_in_a_coordinated_frame() {
    assert_eq!(
        speakers("Die Köchin lachte, und antwortete: »Das ist bei uns so.«"),
        ["Die Köchin"]
    );
}

#[test]
fn dative_ihr_before_the_subject() {
    assert_eq!(
        speakers("»Aber, Papa!« fiel ihr Greta ins Wort."),
        ["Greta"]
    );
}

#[test]
fn adverb_between_unlisted_frame_verb_and_subject() {
    assert_eq!(
        speakers("»Frau Lenz war –«, stockte wieder der Major."),
        ["der Major"]
    );
}

#[test]
fn medium_without_article_after_the_verb() {
    assert_eq!(
        speakers("»Die Lage ist ernst«, meldete Reuters am Abend."),
        ["Reuters"]
    );
}

#[test]
fn also_opens_the_frame_sentence_after_the_quote() {
    assert_eq!(
        speakers("»Bleibt, wo ihr seid.« Also sprach der Pfarrer."),
        ["der Pfarrer"]
    );
}

#[test]
fn participle_frame_takes_the_auxiliarys_subject() {
    assert_eq!(
        speakers("Die Magd soll dabei gesagt haben: »Nun ist es vorbei.«"),
        ["Die Magd"]
    );
    assert_eq!(
        speakers("Dann soll der Knecht gesagt haben: »Das lohnt sich nicht.«"),
        ["der Knecht"]
    );
}

#[test]
fn adverb_verb_pronoun_narration_before_the_quote() {
    assert_eq!(
        speakers("Jetzt hob er das Paket hoch. »Ihre Post, nicht wahr?«"),
        ["er"]
    );
}

#[test]
fn name_after_the_verb_when_an_adverbial_fills_the_prefield() {
    assert_eq!(
        speakers("Einige Tage nach der Abreise sagte Berger zu Paul: »Er ist in Bonn.«"),
        ["Berger"]
    );
}

#[test]
fn particle_before_a_relative_clause_between_subject_and_verb() {
    assert_eq!(
        speakers("Ein Junge nur, der einen Wagen zog, rief ihm zu: »Pass doch auf!«"),
        ["Ein Junge"]
    );
}

#[test]
fn participle_clause_between_verb_and_subject() {
    assert_eq!(
        speakers("»Hast du noch Saatgut?« fragt, sich umdrehend, der Nachbar."),
        ["der Nachbar"]
    );
}

#[test]
fn answer_of_a_genitive_noun_names_the_speaker() {
    assert_eq!(
        speakers("»Keinesfalls!« lautete die Antwort der Bäckerin."),
        ["der Bäckerin"]
    );
    assert_eq!(
        speakers("»Nicht heute, mein Freund«, lautete seine Entgegnung."),
        ["seine"]
    );
    assert_eq!(
        speakers("»Gewiss, morgen früh«, war die kurze Antwort des Alten."),
        ["des Alten"]
    );
    // A watchword is no utterance of anyone.
    assert_eq!(speakers("»Vorwärts!« lautete die Parole."), ["-"]);
}

#[test]
fn name_or_role_alone_before_a_colon_speaks() {
    assert_eq!(
        speakers("Verbandspräsidentin Maria Lindner: „Wir sind zufrieden.“"),
        ["Verbandspräsidentin Maria Lindner"]
    );
    // Narration before a colon without a verb is no speaker.
    assert_eq!(speakers("Im Brief stand: „Bitte kommen.“"), ["-"]);
}

#[test]
fn participle_frame_finds_the_subject_by_its_auxiliary() {
    let who = speakers(
        "So hatte der Bürgermeister Jan Holm im Mai zugesichert: „Die Halle bleibt offen.“",
    );
    assert!(who.len() == 1 && who[0].contains("Holm"), "{who:?}");
}

#[test]
fn no_speaker_inside_a_prepositional_phrase_or_an_object() {
    assert_eq!(
        speakers("„Das war es“, endete mit diesen Worten die Sitzung."),
        ["-"]
    );
    assert_eq!(
        speakers("„Wir gehen“, sagte dem Reporter ein Anwohner."),
        ["-"]
    );
    let a = parse("Der Rat hat per Veto erklärt, die Regel gelte nicht.");
    assert!(a.indirect.iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| s.reference.text != "Veto")));
}

#[test]
fn heisst_es_in_a_document() {
    assert_eq!(
        speakers("„Die Mittel reichen nicht“, heißt es in dem Bericht des Rechnungshofs."),
        ["dem Bericht des Rechnungshofs"]
    );
    assert_eq!(
        speakers("In dem Antrag heißt es: „Die Mittel reichen nicht.“"),
        ["dem Antrag"]
    );
    // Impersonal: a cue, no speaker.
    let a = parse("Die Mittel reichten nicht, hieß es.");
    assert_eq!(a.indirect.len(), 1);
    assert!(a.indirect[0].speaker.is_none());
}

#[test]
fn inseparable_participle_after_an_auxiliary() {
    let who = speakers(
        "Im Mai hatte die Ministerin Eva Brandt bei der Eröffnung verkündet: „Wir bauen.“",
    );
    assert!(who.len() == 1 && who[0].contains("Brandt"), "{who:?}");
}

#[test]
fn capitalised_names_in_marks_are_terms() {
    let a = parse("Die Agentur „Nordpress“ meldete am Abend neue Zahlen, wie der Sender „Radio Kiel 2“ berichtete.");
    assert!(
        a.quotes.iter().all(|q| q.kind == article::QuoteKind::Term),
        "{:?}",
        a.quotes
    );
    // Words said, even short ones, stay speech.
    let a = parse("Der Minister sagte, der Plan sei „völlig verfehlt“.");
    assert_eq!(a.quotes[0].kind, article::QuoteKind::Partial);
}

#[test]
fn quote_of_its_own_goes_on_with_the_speaker_before() {
    let a = parse(
        "Die Bürgermeisterin sagte, die Brücke bleibe gesperrt. „Wir prüfen jede Woche neu.“",
    );
    let s = a.quotes[0]
        .speaker
        .as_ref()
        .map(|s| s.reference.text.as_str());
    assert_eq!(s, Some("Die Bürgermeisterin"));
    let a = parse("Laut der Reederei fällt die Fähre aus. „Das Wetter lässt keine Fahrt zu.“");
    let s = a.quotes[0].speaker.as_ref();
    assert_eq!(s.map(|s| s.reference.text.as_str()), Some("der Reederei"));
    assert_eq!(
        s.map(|s| s.attribution),
        Some(article::Attribution::PreviousSentence)
    );
}

#[test]
fn role_with_a_time_phrase_before_a_colon_and_geheissen() {
    assert_eq!(
        speakers("Ein Polizeisprecher nach dem Einsatz: „Niemand wurde verletzt.“"),
        ["Ein Polizeisprecher"]
    );
    assert_eq!(
        speakers("In einer Erklärung des Rates hatte es geheißen: „Die Lage bleibt ruhig.“"),
        ["einer Erklärung des Rates"]
    );
}
