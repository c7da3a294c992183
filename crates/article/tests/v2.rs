//! Parser v2 (issue 10): one test per phenomenon, on sentences written for
//! these tests. Quote marks, speakers from grammar, indirect speech, and the
//! claimants and measures of figures.

use article::{parse, Article, Attribution, Measure, Quote, QuoteKind};

fn piece<'a>(a: &'a Article, q: &Quote, i: usize) -> &'a str {
    a.slice(q.pieces[i])
}

/// The speech quotes (Full and Partial).
fn speech(a: &Article) -> Vec<&Quote> {
    a.quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Term)
        .collect()
}

fn reference(q: &Quote) -> &str {
    q.speaker
        .as_ref()
        .map_or("-", |s| s.reference.text.as_str())
}

#[test]
fn separable_verb_with_particle() {
    let a = parse("„Weiter so“, fuhr sie fort. „Wir sind fast da“, fügte der Lotse hinzu.");
    let q = speech(&a);
    assert_eq!(q.len(), 2);
    let cue = q[0].cue.as_ref().expect("cue");
    assert_eq!(cue.lemma, "fortfahren");
    assert_eq!(cue.particle.as_ref().map(|p| p.text.as_str()), Some("fort"));
    assert_eq!(reference(q[0]), "sie");
    assert_eq!(
        q[1].cue.as_ref().map(|c| c.lemma.as_str()),
        Some("hinzufügen")
    );
    assert_eq!(reference(q[1]), "der Lotse");
}

#[test]
fn any_noun_phrase_after_the_frame_verb_speaks() {
    let a = parse("„Das ist falsch“, sagt der Fahrgast. »Komm sofort her«, rief die alte Wirtin.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "der Fahrgast");
    assert_eq!(reference(q[1]), "die alte Wirtin");
    let role = q[1].speaker.as_ref().and_then(|s| s.role.as_ref());
    assert_eq!(role.map(|r| r.text.as_str()), Some("alte Wirtin"));
}

#[test]
fn unlisted_verb_right_after_the_quote_frames_it() {
    // The quote fills the prefield: the finite verb after it frames it.
    let a = parse("»Na gut«, schmunzelte der Förster.");
    let q = speech(&a);
    assert_eq!(
        q[0].cue.as_ref().map(|c| c.lemma.as_str()),
        Some("schmunzeln")
    );
    assert_eq!(reference(q[0]), "der Förster");
}

#[test]
fn productive_role_nouns() {
    let a = parse(
        "Die Regierungssprecherin Eva Brandt kam spät. „Wir prüfen das“, sagte die Regierungssprecherin.",
    );
    let q = speech(&a);
    let sp = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(sp.attribution, Attribution::RoleNoun);
    assert_eq!(
        sp.name.as_ref().map(|n| n.text.as_str()),
        Some("Eva Brandt")
    );
}

#[test]
fn organisation_as_speaker() {
    let a = parse("Das Außenamt in Berlin sprach von „ernster Sorge“.");
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    let sp = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(sp.reference.text, "Das Außenamt in Berlin");
    assert_eq!(
        sp.organisation.as_ref().map(|o| o.text.as_str()),
        Some("Außenamt")
    );
}

#[test]
fn dative_addressee_kept_apart_from_the_speaker() {
    let a = parse("„Wir verhandeln weiter“, sagte ein Diplomat der Deutschen Presse-Agentur.");
    let q = speech(&a);
    let sp = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(sp.reference.text, "ein Diplomat");
    assert_eq!(sp.attribution, Attribution::Anonymous);
    assert_eq!(
        q[0].addressee.as_ref().map(|m| m.text.as_str()),
        Some("Deutschen Presse-Agentur")
    );
}

#[test]
fn pronouns_resolve_by_gender_and_plural_stays_open() {
    let a = parse(
        "Anna Weber und Peter Kranz trafen sich am Hafen. „Ich bleibe“, sagte sie. „Ich gehe“, sagte er. „Wir auch“, sagten sie.",
    );
    let q = speech(&a);
    let name = |q: &Quote| {
        q.speaker
            .as_ref()
            .and_then(|s| s.name.as_ref())
            .map(|n| n.text.clone())
    };
    assert_eq!(name(q[0]).as_deref(), Some("Anna Weber"));
    assert_eq!(name(q[1]).as_deref(), Some("Peter Kranz"));
    // Several people: the pronoun is the speaker, without one antecedent.
    assert_eq!(reference(q[2]), "sie");
    assert_eq!(name(q[2]), None);
}

#[test]
fn so_and_colon_frames() {
    let a = parse("„Das wird teuer“, so der Kämmerer. Die Bürgermeisterin erklärte: „Wir sparen.“");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "der Kämmerer");
    assert_eq!(reference(q[1]), "Die Bürgermeisterin");
}

#[test]
fn dialogue_speaker_goes_on_and_action_beats_name_the_speaker() {
    let a = parse("»Fahr zu«, sagt der Gast. »Schneller!« Der Kutscher seufzte. »Gleich.«");
    let q = speech(&a);
    assert_eq!(q.len(), 3);
    assert_eq!(reference(q[1]), "der Gast");
    assert_eq!(reference(q[2]), "Der Kutscher");
}

#[test]
fn a_quote_going_on_after_its_frame_keeps_the_verb_of_saying() {
    let a = parse("»Bieg links ab«, sagt der Gast. »Schneller!«");
    let q = speech(&a);
    assert_eq!(reference(q[1]), "der Gast");
    let cue = q[1].cue.as_ref().expect("the frame's cue");
    assert_eq!(cue.verb.text, "sagt");
    // A question goes on with its asker, but not under "fragen": the next
    // turn answers it.
    let a = parse("»Kommst du?«, fragt der Gast. »Heute noch?«");
    let q = speech(&a);
    assert_eq!(reference(q[1]), "der Gast");
    assert!(q[1].cue.is_none());
}

#[test]
fn prepositional_objects_are_no_speakers() {
    let a = parse("Mit einem Lächeln nickte er: »Gern.«");
    let q = speech(&a);
    assert_ne!(reference(q[0]), "einem Lächeln");
}

#[test]
fn straight_mark_closes_low_opening_mark() {
    let a = parse("„Wir bleiben hier, bis es vorbei ist\", sagte die Sprecherin.");
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].close_mark, "\"");
    assert_eq!(piece(&a, q[0], 0), "Wir bleiben hier, bis es vorbei ist");
    assert_eq!(reference(q[0]), "die Sprecherin");
    // A straight pair inside „…“ stays nested.
    let a = parse("„Er nannte das \"Unsinn\" und ging“, sagte Anna.");
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].close_mark, "“");
}

#[test]
fn single_marks_nested_and_guillemets_both_ways() {
    let a = parse("„Er nannte das ‚Unsinn‘ und ging“, sagte Anna.");
    assert_eq!(speech(&a).len(), 1);
    assert_eq!(a.quotes.len(), 1);
    let a = parse("»Komm her«, rief der Vater. «Gleich», rief die Tochter.");
    let q = speech(&a);
    assert_eq!(q.len(), 2);
    assert_eq!(
        (q[1].open_mark.as_str(), q[1].close_mark.as_str()),
        ("«", "»")
    );
    assert_eq!(reference(q[1]), "die Tochter");
}

#[test]
fn split_quote_joined_without_comma() {
    let a = parse("»Das weiß ich« sagte er, »aber nicht mehr.«");
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].pieces.len(), 2);
    assert_eq!(piece(&a, q[0], 1), "aber nicht mehr.");
    assert_eq!(reference(q[0]), "er");
}

#[test]
fn dash_and_colon_speech_without_marks() {
    let a =
        parse("– Wir bleiben hier, sagte der Bauer.\nDer Minister sagte: Wir geben nicht nach.");
    let q = speech(&a);
    assert_eq!(q.len(), 2);
    assert_eq!(piece(&a, q[0], 0), "Wir bleiben hier");
    assert_eq!(q[0].open_mark, "–");
    assert_eq!(reference(q[0]), "der Bauer");
    assert_eq!(piece(&a, q[1], 0), "Wir geben nicht nach");
    assert_eq!(q[1].open_mark, "");
    assert_eq!(reference(q[1]), "Der Minister");
    // A colon without a speech verb introduces no speech.
    let a = parse("Das Ergebnis: Drei Dörfer sind ohne Strom.");
    assert!(speech(&a).is_empty());
}

#[test]
fn titles_of_works_and_papers_stay_terms() {
    let a = parse(
        "Er las den Roman „Der grüne Heinrich“ zweimal und schrieb in der „Neuen Zürcher Zeitung“ darüber.",
    );
    assert_eq!(a.quotes.len(), 2);
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Term));
}

#[test]
fn indirect_speech_with_speaker_cue_and_span() {
    let a = parse(
        "Der Sprecher sagte, die meisten Soldaten seien abgezogen. Die Lage sei ernst, erklärte die Ministerin. Laut dem Ministerium sind die Straßen gesperrt. Er kam an, als es regnete.",
    );
    assert!(a.quotes.is_empty());
    let i = &a.indirect;
    assert_eq!(i.len(), 3);
    assert!(i.iter().all(|q| q.kind == QuoteKind::Indirect));
    assert_eq!(piece(&a, &i[0], 0), "die meisten Soldaten seien abgezogen");
    assert_eq!(reference(&i[0]), "Der Sprecher");
    assert_eq!(piece(&a, &i[1], 0), "Die Lage sei ernst");
    assert_eq!(reference(&i[1]), "die Ministerin");
    assert_eq!(i[2].cue.as_ref().map(|c| c.lemma.as_str()), Some("laut"));
    assert_eq!(reference(&i[2]), "dem Ministerium");
}

#[test]
fn seed_figures_get_measures() {
    let a = parse(include_str!("../../../stories/kursk-nordkorea/article.txt"));
    let m: Vec<Measure> = a.figures.iter().map(|f| f.measure).collect();
    use Measure::*;
    assert_eq!(
        m,
        [Personnel, Distance, Personnel, Personnel, Personnel, Personnel, Personnel]
    );
}

/// Another article about the same war: a casualty count and a troop count
/// must never be drawn as rival estimates of one thing.
#[test]
fn casualties_and_troops_are_different_measures_with_their_claimants() {
    let a = parse(
        "KIEW (dpa) - Im Gebiet Kursk sind nach Schätzungen des ukrainischen Generalstabs seit Oktober rund 4.000 nordkoreanische Soldaten getötet oder verwundet worden. Nach Angaben aus Washington hat Nordkorea insgesamt etwa 11.000 Soldaten nach Russland geschickt.\nDem südkoreanischen Geheimdienst zufolge starben mindestens 300 von ihnen. Die Front ist nach ukrainischen Angaben 1.200 Kilometer lang.\n",
    );
    let rows: Vec<(f64, Measure, Option<&str>, Option<&str>)> = a
        .figures
        .iter()
        .map(|f| {
            (
                f.value,
                f.measure,
                f.asserted_by.as_ref().map(|c| c.mention.text.as_str()),
                f.asserted_by.as_ref().and_then(|c| c.country.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                4000.0,
                Measure::Casualties,
                Some("des ukrainischen Generalstabs"),
                Some("Ukraine")
            ),
            (11000.0, Measure::Personnel, Some("Washington"), Some("USA")),
            (
                300.0,
                Measure::Casualties,
                Some("Dem südkoreanischen Geheimdienst"),
                Some("Südkorea")
            ),
            (1200.0, Measure::Distance, None, None),
        ]
    );
    // The generic nouns are never the claimant.
    for f in &a.figures {
        let c = f
            .asserted_by
            .as_ref()
            .map_or("", |c| c.mention.text.as_str());
        assert!(!c.contains("Schätzungen") && !c.contains("Angaben"), "{c}");
    }
}

#[test]
fn laut_and_wie_mitteilte_claimants() {
    let a = parse(
        "Laut US-Beamten sind 2.000 Soldaten verlegt worden. Rund 500 Soldaten seien verletzt, wie das Verteidigungsministerium mitteilte.",
    );
    let c: Vec<Option<&str>> = a
        .figures
        .iter()
        .map(|f| f.asserted_by.as_ref().map(|c| c.mention.text.as_str()))
        .collect();
    assert_eq!(
        c,
        [Some("US-Beamten"), Some("das Verteidigungsministerium")]
    );
    assert_eq!(a.figures[1].measure, Measure::Casualties);
}

#[test]
fn beat_after_alternation_and_naming_verbs() {
    // An action right after a quote is mostly the listener's reaction: it
    // names no speaker (on the corpus it was right about once in forty).
    let a = parse("Es wurde still. »Nie wieder.« Die Witwe weinte.");
    assert_eq!(reference(speech(&a)[0]), "-");
    // Without narration between them, turns alternate between two speakers.
    let a = parse(
        "»Kommst du?«, fragte der Vater.\n»Nein!«, rief die Tochter.\n»Warum nicht?«\n»Weil es regnet.«",
    );
    let q = speech(&a);
    assert_eq!(q.len(), 4);
    assert_eq!(reference(q[2]), "der Vater");
    assert_eq!(reference(q[3]), "die Tochter");
    // A verb of naming frames a quoted phrase; its subject speaks.
    let a = parse("Der Philosoph nennt es „das Denken des Denkens“ und schweigt.");
    assert_eq!(reference(speech(&a)[0]), "Der Philosoph");
}

#[test]
fn title_shaped_quotes_are_terms_sentences_are_speech() {
    let a = parse(
        "Gestern sahen wir „Der lustige Schuster“ im Stadttheater. „Die Lage ist ernst“, sagte er.",
    );
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(a.quotes[0].kind, QuoteKind::Term);
    assert_eq!(a.quotes[1].kind, QuoteKind::Full);
}

#[test]
fn inverted_clauses_and_continued_turns() {
    // A prepositional phrase or an adverb in the prefield: the subject follows the verb.
    let a = parse("Mit ernster Miene sprach der Engel: »Fürchtet euch nicht.«");
    assert_eq!(reference(speech(&a)[0]), "der Engel");
    let a = parse("Bald kam der Knecht. »Wo soll ich hin?«");
    assert_eq!(reference(speech(&a)[0]), "der Knecht");
    // The speaker of a frame goes on into the quote opening the next sentence.
    let a = parse("»Emil!« rief sie in heimlicher Aufregung. »Komm sofort!«");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "sie");
    assert_eq!(reference(q[1]), "sie");
}

#[test]
fn relative_clause_between_subject_and_verb() {
    let a = parse(
        "Ein Diplomat, der nicht genannt werden wollte, sagte: „Wir warten ab.“ Die Regierung schweigt.",
    );
    let q = speech(&a);
    assert_eq!(reference(q[0]), "Ein Diplomat");
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.attribution),
        Some(Attribution::Anonymous)
    );
}

#[test]
fn konjunktiv_verb_after_a_named_subject() {
    let a = parse(
        "Die Nachbarn planten nichts, sagte er. Polen plane keinen Angriff, sagte der Minister.",
    );
    let r: Vec<&str> = a.indirect.iter().map(|q| a.slice(q.span)).collect();
    assert_eq!(r, ["Polen plane keinen Angriff"]);
}

#[test]
fn claimant_adjective_opening_the_sentence() {
    let a = parse("Polnische Militärkreise nennen 4.000 Soldaten.");
    let c = a.figures[0].asserted_by.as_ref().expect("claimant");
    assert_eq!(c.mention.text, "Polnische Militärkreise");
    assert_eq!(c.country.as_deref(), Some("Polen"));
}

#[test]
fn claimant_keeps_the_genitive_after_its_role_noun() {
    // Our own article's sentence: the office a spokesman speaks for belongs
    // to the claimant.
    let a = parse(
        "Ein Vertreter des US-Verteidigungsministeriums sagte dagegen, es handle sich um höchstens 5.000 Soldaten.",
    );
    let c = a.figures[0].asserted_by.as_ref().expect("claimant");
    assert_eq!(
        c.mention.text,
        "Ein Vertreter des US-Verteidigungsministeriums"
    );
    assert_eq!(c.country.as_deref(), Some("USA"));
    let a = parse("Ein Sprecher der Stadtwerke Kellbach nannte 40 Ausfälle.");
    let c = a.figures[0].asserted_by.as_ref().expect("claimant");
    assert_eq!(c.mention.text, "Ein Sprecher der Stadtwerke Kellbach");
}

#[test]
fn quote_running_over_the_paragraph_end() {
    // A quotation over several paragraphs: only the last one closes.
    let a = parse(
        "Der Minister sagte: „Wir bleiben standhaft. Das ist unsere Pflicht.\n„Und wir geben nicht nach.“\n",
    );
    let q = speech(&a);
    assert_eq!(q.len(), 2);
    assert_eq!(
        piece(&a, q[0], 0),
        "Wir bleiben standhaft. Das ist unsere Pflicht."
    );
    assert_eq!(q[0].close_mark, "");
    assert_eq!(piece(&a, q[1], 0), "Und wir geben nicht nach.");
}

#[test]
fn text_beginning_inside_a_quote() {
    let a = parse("bleiben wir hier.“ sagte er. Dann ging er.");
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    assert_eq!(piece(&a, q[0], 0), "bleiben wir hier.");
    assert_eq!(q[0].open_mark, "");
}

#[test]
fn ditto_marks_and_stray_openers_are_no_quotes() {
    let a = parse("Weizen „ 12 „ 14\nRoggen „ 10 „ 11\nEr las die „Neue Zeitung und ging.\n");
    assert!(speech(&a).is_empty(), "{:?}", a.quotes);
}

#[test]
fn frame_after_a_quote_of_several_sentences() {
    let a = parse("»Was hat er nur? Er benimmt sich seltsam«, dachte der Wirt und ging.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "der Wirt");
}

#[test]
fn dialogue_turns_alternate_past_an_unattributed_turn() {
    let a = parse("»Bist du fertig?« fragte der Vater. Draußen regnete es. »Nein.« »Warum nicht?«");
    let q = speech(&a);
    assert_eq!(q.len(), 3);
    assert_eq!(reference(q[0]), "der Vater");
    assert_eq!(reference(q[1]), "-", "an impersonal 'es' is nobody");
    assert_eq!(reference(q[2]), "der Vater");
}

#[test]
fn a_paper_named_in_quote_marks_speaks() {
    let a = parse(
        "Das „Emstaler Wochenblatt“ meldet: „Die Brücke ist gesperrt.“ Weiter schreibt die „Neue Zeitung“: „Der Pass bleibt zu.“",
    );
    let q = speech(&a);
    assert_eq!(q.len(), 2);
    assert_eq!(reference(q[0]), "Das „Emstaler Wochenblatt“");
    assert_eq!(reference(q[1]), "die „Neue Zeitung“");
}

#[test]
fn reflexive_frame_after_the_quote() {
    let a =
        parse("»Das ist unerhört!« empört sich der Gast. »Ich gehe!« regt sich die Wirtin auf.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "der Gast");
    assert_eq!(reference(q[1]), "die Wirtin");
}

#[test]
fn colon_clause_frames_when_the_listed_verb_has_no_subject() {
    // "erklärt" after the quote has no subject; the clause before the colon frames it.
    let a = parse("Der Alte brach in Gelächter aus: »Niemals!«, was manches erklärt.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "Der Alte");
}

#[test]
fn pronoun_like_subjects_after_the_frame_verb() {
    let a = parse("»Bist du müde?« fragt einer der Fahrgäste. »Nein!« meint der andere.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "einer der Fahrgäste");
    assert_eq!(reference(q[1]), "der andere");
    let a = parse(
        "Und der andere fügt hinzu: »Bloß nicht!« Man sagt ja oft: »Übung macht den Meister.«",
    );
    let q = speech(&a);
    assert_eq!(reference(q[0]), "der andere");
    assert_eq!(reference(q[1]), "Man");
}

#[test]
fn adverbial_between_frame_verb_and_subject() {
    let a = parse("»Zur Brücke!« schreit mit heiserer Stimme der Alte.");
    assert_eq!(reference(speech(&a)[0]), "der Alte");
    let a = parse("„Wir bleiben“, sagte am Montag die Ministerin.");
    assert_eq!(reference(speech(&a)[0]), "die Ministerin");
}

#[test]
fn subject_of_the_first_of_two_verbs() {
    let a = parse("Da stand Konrad auf und sagte: »Bitte nicht.«");
    assert_eq!(reference(speech(&a)[0]), "Konrad");
    let a = parse("Die Ministerin nickte und sagte: „Wir bleiben.“");
    assert_eq!(reference(speech(&a)[0]), "Die Ministerin");
}

#[test]
fn abbreviated_paper_names_are_terms() {
    let a = parse("Wie der „Fr. Allg. Bl.“ gemeldet wird, ist die Brücke gesperrt.");
    assert!(speech(&a).is_empty(), "{:?}", a.quotes);
    assert_eq!(a.quotes[0].kind, QuoteKind::Term);
}

#[test]
fn a_list_after_a_colon_is_no_speech() {
    let a = parse("Mit Nein stimmten: Keller St. Gallen, Huber Wil, Meier Rorschach.");
    assert!(speech(&a).is_empty(), "{:?}", a.quotes);
    let a = parse("Der Minister sagte: Wir geben nicht nach.");
    assert_eq!(speech(&a).len(), 1);
}

#[test]
fn objects_are_no_speakers_of_a_colon_frame() {
    let a = parse("Sie stand auf, nahm den Schlüssel aus seiner Tasche und sagte: »Danke.«");
    assert_eq!(
        reference(speech(&a)[0]),
        "Sie",
        "the subject before the comma"
    );
    let a = parse("Der Onkel klappert mit dem Stock gegen die Zähne: »Wie viele?«");
    assert_ne!(reference(speech(&a)[0]), "dem Stock");
}

#[test]
fn subject_pronoun_after_the_verb_and_before_an_adverbial() {
    let a = parse("Oben auf der Treppe nickte sie ihm zu und sagte: »Komm herein.«");
    assert_eq!(reference(speech(&a)[0]), "sie");
    let a = parse("Wenn der Bauer am Morgen rief: »Aufstehen!«, stand keiner auf.");
    assert_eq!(reference(speech(&a)[0]), "der Bauer");
    let a = parse("Mit der linken Hand strich sie ihm über die Stirn: »Du weinst.«");
    assert_eq!(reference(speech(&a)[0]), "sie");
    let a = parse("»Dann los!« riefen alle. »Gleich«, gab dieser zurück.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "alle");
    assert_eq!(reference(q[1]), "dieser");
}

#[test]
fn colon_frame_verb_after_a_long_subject() {
    let a = parse("Der Abgeordnete Stöcker habe damals in seiner gewohnten Art gesagt: „Wir nehmen das nicht an.“");
    assert_eq!(reference(speech(&a)[0]), "Der Abgeordnete Stöcker");
}

#[test]
fn a_genitive_name_that_starts_with_an_adjective_is_part_of_the_speaker() {
    for (text, speaker) in [
        (
            "Ein Sprecher der Vereinten Nationen in Genf erklärte, man beobachte die Lage.",
            "Ein Sprecher der Vereinten Nationen in Genf",
        ),
        (
            "Eine Helferin des Roten Kreuzes in Bern sagte, die Vorräte reichten nicht.",
            "Eine Helferin des Roten Kreuzes in Bern",
        ),
    ] {
        let a = parse(text);
        assert_eq!(a.indirect.len(), 1, "{text}");
        assert_eq!(reference(&a.indirect[0]), speaker, "{text}");
    }
}

#[test]
fn a_figure_by_its_own_account_belongs_to_the_clause_subject() {
    for (text, claimant) in [
        (
            "Die Stadt hat nach eigenen Angaben 1.200 Helfer im Einsatz.",
            "Die Stadt",
        ),
        (
            "Nach eigener Darstellung zählt der Ruderklub Wellental rund 400 Mitglieder.",
            "Ruderklub Wellental",
        ),
    ] {
        let a = parse(text);
        let c = a.figures[0].asserted_by.as_ref().expect("claimant");
        assert_eq!(c.mention.text, claimant, "{text}");
    }
}

#[test]
fn personnel_nouns_in_the_dative_plural_are_personnel() {
    let a = parse(
        "Die Leitstelle arbeitet mit bis zu 800 Einsatzkräften, 300 Helfern, 40 Soldaten und 25 Freiwilligen.",
    );
    let m: Vec<Measure> = a.figures.iter().map(|f| f.measure).collect();
    assert_eq!(m, [Measure::Personnel; 4]);
    assert_eq!(a.figures[0].counted_lemma.as_deref(), Some("Einsatzkräfte"));
    assert_eq!(a.figures[3].counted_lemma.as_deref(), Some("Freiwillige"));
}

#[test]
fn people_counted_by_civilian_plurals_are_personnel() {
    let a = parse(
        "Im Einsatz sind rund 350 Helferinnen, 120 Anwohner und 60 Ärztinnen. Die Gewerkschaft sprach von 800 Streikenden.",
    );
    let m: Vec<Measure> = a.figures.iter().map(|f| f.measure).collect();
    assert_eq!(m, [Measure::Personnel; 4]);
    // Things counted stay what they are; a short word in -innen is no plural of a person.
    let a = parse("Die Stadt verteilte 1.200 Sandsäcke, 40 Liter Wasser und 30 Spinnen.");
    assert!(a.figures.iter().all(|f| f.measure != Measure::Personnel));
}

#[test]
fn a_subject_between_the_verb_and_its_comma_frames_a_main_clause() {
    let a = parse("Am Montag sagte die Försterin Ute Kranz, der Wald ist gesund.");
    assert_eq!(a.indirect.len(), 1);
    assert_eq!(reference(&a.indirect[0]), "die Försterin Ute Kranz");
    // An apposition or a relative clause after the comma is no message.
    for text in [
        "Am Montag sagte Ute Kranz, die Leiterin des Forstamts: „Der Wald ist gesund.“",
        "Am Montag berichtete die Zeitung, die in Kiel erscheint, über den Wald.",
    ] {
        let a = parse(text);
        assert!(a.indirect.is_empty(), "{text}");
    }
}

#[test]
fn an_age_between_commas_after_the_subject_is_skipped() {
    let a = parse(
        "Die Zeugin Anna Oltmann, 41, beschrieb im Gericht den Abend: „Es war dunkel und kalt.“",
    );
    let q = speech(&a);
    assert_eq!(q.len(), 1);
    assert!(reference(q[0]).contains("Oltmann"), "{}", reference(q[0]));
}

#[test]
fn demnach_is_the_mention_and_the_source_before_it_the_speaker() {
    let a = parse(
        "Die Försterin Ute Kranz sagte, der Wald sei gesund. Demnach seien nur wenige Bäume vom Käfer befallen.",
    );
    assert_eq!(a.indirect.len(), 2);
    let sp = a.indirect[1].speaker.as_ref().expect("speaker");
    assert_eq!(sp.reference.text, "Demnach");
    assert_eq!(sp.attribution, Attribution::Pronoun);
    let first = a.indirect[0].speaker.as_ref().expect("speaker");
    assert_eq!(sp.name, first.name);
    assert_eq!(sp.role, first.role);
}

#[test]
fn laut_before_a_name_with_a_lowercase_particle() {
    let a = parse("Die Anlage wurde geprüft. Anschließend sei laut al-Hadi die Messung erfolgt.");
    assert_eq!(a.indirect.len(), 1);
    assert_eq!(reference(&a.indirect[0]), "al-Hadi");
}

#[test]
fn an_auxiliary_frame_in_the_next_sentence_names_the_speaker() {
    let a = parse("„Wir schaffen das.“ Das musste Ministerin Hella Brandt am Montag einräumen.");
    let q = speech(&a);
    assert_eq!(reference(q[0]), "Ministerin Hella Brandt");
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.attribution),
        Some(Attribution::NextSentence)
    );
    let a = parse("„Wir schaffen das.“ Das wird die Stadt nicht glauben.");
    assert_eq!(reference(speech(&a)[0]), "-");
}

#[test]
fn a_run_of_continuation_sentences_is_one_passage() {
    let a = parse(
        "Die Försterin Ute Kranz sagte, der Wald sei gesund. Man habe alle Bäume gezählt. Nur wenige seien krank. Der Regen kam am Abend.",
    );
    assert_eq!(a.indirect.len(), 2);
    let run = &a.indirect[1];
    assert_eq!(run.pieces.len(), 2);
    assert_eq!(a.slice(run.pieces[0]), "Man habe alle Bäume gezählt.");
    assert_eq!(a.slice(run.pieces[1]), "Nur wenige seien krank.");
}

#[test]
fn a_capitalised_partial_quote_nobody_says_is_a_term() {
    let a = parse("Gestern lief im Kino „Jeder kämpft für sich allein“ vor vollem Saal.");
    assert!(speech(&a).is_empty());
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].kind, QuoteKind::Term);
}
