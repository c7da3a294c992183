//! Short German texts, each with several hard cases, and their hand-checked
//! parse rendered line by line.

use article::{parse, Article};

fn t(a: &Article, m: &Option<article::Mention>) -> String {
    m.as_ref().map_or("-".to_string(), |m| {
        assert_eq!(a.slice(m.span), m.text);
        m.text.clone()
    })
}

/// One line per item; spans are checked against the text on the way.
fn render(a: &Article) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(d) = &a.dateline {
        out.push(format!("dateline {} / {}", d.place.text, t(a, &d.agency)));
    }
    out.push(format!(
        "sentences {} year {:?}",
        a.sentences.len(),
        a.context_year
    ));
    for q in &a.quotes {
        let pieces: Vec<&str> = q.pieces.iter().map(|p| a.slice(*p)).collect();
        let cue = q.cue.as_ref().map_or("-".to_string(), |c| {
            format!("{}/{}/{}", c.verb.text, t(a, &c.particle), c.lemma)
        });
        let spk = q.speaker.as_ref().map_or("-".to_string(), |s| {
            let ent = s
                .entity
                .map_or("-", |e| a.entities[e as usize].name.as_str());
            format!(
                "{}|{}|{}|{}|{:?}|{}",
                t(a, &s.name),
                t(a, &s.role),
                t(a, &s.organisation),
                s.reference.text,
                s.attribution,
                ent
            )
        });
        let date = q.date.map_or("-", |d| a.dates[d as usize].text.as_str());
        out.push(format!(
            "Q {:?} {}{}{} cue={} spk={} to={} at={} on={}",
            q.kind,
            q.open_mark,
            pieces.join("|"),
            q.close_mark,
            cue,
            spk,
            t(a, &q.addressee),
            t(a, &q.occasion),
            date
        ));
    }
    for f in &a.figures {
        let by = f.asserted_by.as_ref().map_or("-".to_string(), |c| {
            format!("{}/{}", c.mention.text, c.country.as_deref().unwrap_or("-"))
        });
        let conv = f
            .converted
            .as_ref()
            .map_or("-".to_string(), |c| format!("{} {}", c.value, c.unit.text));
        let date = f.date.map_or("-", |d| a.dates[d as usize].text.as_str());
        out.push(format!(
            "F {} = {} {:?} {:?} {} by={} conv={} date={} forecast={} part={:?}",
            a.slice(f.span),
            f.value,
            f.upper,
            f.qualifier,
            f.counted_lemma.as_deref().unwrap_or("-"),
            by,
            conv,
            date,
            f.forecast,
            f.part_of
        ));
    }
    for p in &a.places {
        let mentions: Vec<String> = a
            .place_mentions
            .iter()
            .filter(|m| a.places[m.place as usize].id == p.id)
            .map(|m| {
                if m.adjectival {
                    format!("{}*", m.text)
                } else {
                    m.text.clone()
                }
            })
            .collect();
        out.push(format!(
            "P {} {} {:?}: {}",
            p.id,
            p.name,
            p.kind,
            mentions.join(", ")
        ));
    }
    for d in &a.dates {
        out.push(format!(
            "D {} = {:?}-{:?}-{:?} until={}",
            d.text, d.year, d.month, d.day, d.until
        ));
    }
    for e in &a.entities {
        let roles: Vec<&str> = e.roles.iter().map(|r| r.text.as_str()).collect();
        let mentions: Vec<&str> = e.mentions.iter().map(|m| a.slice(*m)).collect();
        out.push(format!(
            "E {:?} {} [{}] org={} mentions={}",
            e.kind,
            e.name,
            roles.join("; "),
            t(a, &e.organisation),
            mentions.join(", ")
        ));
    }
    for m in &a.media {
        out.push(format!(
            "M {} x{} source={}",
            m.name,
            m.mentions.len(),
            m.in_source_line
        ));
    }
    out
}

fn check(text: &str, expected: &[&str]) {
    let got = render(&parse(text));
    if got != expected {
        panic!("parse differs; got:\n{}", got.join("\n"));
    }
}

#[test]
fn dateline_straight_marks_split_quote_pronoun_decimal_millions() {
    check(
        include_str!("texts/01-dateline-split-quote.de.txt"),
        &[
            "dateline KIEW / dpa",
            "sentences 3 year None",
            "Q Full \"Wir brauchen jetzt Luftabwehr|sonst verlieren wir weitere Städte.\" cue=sagte/-/sagen spk=Olena Kowalenko|ukrainische Außenministerin|-|sie|Pronoun|Olena Kowalenko to=- at=- on=-",
            "F Rund 1,5 Millionen = 1500000 None Approximate Menschen by=Olena Kowalenko/- conv=- date=- forecast=false part=None",
            "P gn:703448 Kiew City: KIEW",
            "P iso:UA Ukraine Country: ukrainische*",
            "P gn:706483 Charkiw City: Charkiw",
            "D am Montag = None-None-None until=false",
            "E Person Olena Kowalenko [ukrainische Außenministerin] org=- mentions=Olena Kowalenko, sie",
            "M dpa x1 source=false",
        ],
    );
}

#[test]
fn guillemets_previous_sentence_range_jaenner_addressee() {
    check(
        include_str!("texts/02-previous-sentence.de.txt"),
        &[
            "sentences 5 year Some(2025)",
            "Q Full »Die Operation läuft nach Plan.« cue=sagte/-/sagen spk=Peskow|Kreml-Sprecher|Kreml|Peskow|PreviousSentence|Dmitri Peskow to=- at=- on=-",
            "Q Full „Wir sind bereit“ cue=sagte/-/sagen spk=Peskow|Kreml-Sprecher|Kreml|Peskow|SameSentence|Dmitri Peskow to=Iswestija at=- on=-",
            "Q Term „Iswestija“ cue=- spk=- to=- at=- on=-",
            "F Zwischen 10.000 und 12.000 = 10000 Some(12000.0) Exact Soldaten by=- conv=- date=- forecast=false part=None",
            "P gn:524901 Moskau City: Moskau",
            "D 3. Jänner 2025 = Some(2025)-Some(1)-Some(3) until=false",
            "D am Dienstag = None-None-None until=false",
            "E Organisation Kreml [] org=- mentions=Kreml",
            "E Person Dmitri Peskow [Kreml-Sprecher] org=Kreml mentions=Dmitri Peskow, Peskow, Peskow",
        ],
    );
}

#[test]
fn swiss_marks_next_sentence_terms_role_noun() {
    check(
        include_str!("texts/03-next-sentence-terms.de.txt"),
        &[
            "sentences 5 year Some(2022)",
            "Q Full «Wir werden nicht nachgeben.» cue=sagte/-/sagen spk=Jean-Noël Barrot|Außenminister|-|Außenminister Jean-Noël Barrot|NextSentence|Jean-Noël Barrot to=- at=- on=-",
            "Q Term „Moskwa“ cue=- spk=- to=- at=- on=-",
            "Q Term „Wintersturm“ cue=- spk=- to=- at=- on=-",
            "Q Full „Das ist absurd“ cue=sagte/-/sagen spk=-|Franzose|-|der Franzose|RoleNoun|- to=- at=- on=-",
            "P gn:2800866 Brüssel City: Brüssel",
            "D am Mittwoch = None-None-None until=false",
            "D April 2022 = Some(2022)-Some(4)-None until=false",
            "E Person Jean-Noël Barrot [Außenminister] org=- mentions=Jean-Noël Barrot",
        ],
    );
}

#[test]
fn english_marks_role_noun_resolved_pronoun_particle_type_designations() {
    check(
        include_str!("texts/04-role-noun-pronoun.de.txt"),
        &[
            "sentences 4 year None",
            "Q Full “Die Lieferung an 1200 Soldaten ist abgeschlossen” cue=sagte/-/sagen spk=Anna Schmidt|Ministerin|-|die Ministerin|RoleNoun|Anna Schmidt to=- at=- on=-",
            "Q Full “Mehr kommt bald” cue=fügte/hinzu/hinzufügen spk=Anna Schmidt|Verteidigungsministerin|-|sie|Pronoun|Anna Schmidt to=- at=- on=-",
            "F 1200 = 1200 None Exact Soldaten by=Anna Schmidt/- conv=- date=- forecast=false part=None",
            "P gn:702550 Lwiw City: Lwiw",
            "D am Freitag = None-None-None until=false",
            "E Person Anna Schmidt [Verteidigungsministerin] org=- mentions=Anna Schmidt, die Ministerin, sie",
        ],
    );
}

#[test]
fn abbreviations_ordinals_feber_qualifiers() {
    check(
        include_str!("texts/05-abbreviations-qualifiers.de.txt"),
        &[
            "sentences 4 year None",
            "F Mehr als 500 = 500 None MoreThan Soldaten by=- conv=- date=- forecast=false part=None",
            "F mindestens zwanzig = 20 None AtLeast Fahrzeuge by=- conv=- date=- forecast=false part=None",
            "F Bis zu 2 Mio. = 2000000 None UpTo Euro by=- conv=- date=- forecast=false part=None",
            "F Knapp 300 = 300 None Approximate km by=- conv=- date=- forecast=false part=None",
            "F weniger als 40 = 40 None LessThan Panzer by=- conv=- date=- forecast=false part=None",
            "D 12. Feber = None-Some(2)-Some(12) until=false",
        ],
    );
}

#[test]
fn ranges_spelled_out_claimants_forecast() {
    check(
        include_str!("texts/06-ranges-spelled.de.txt"),
        &[
            "sentences 3 year None",
            "F 10.000 bis 12.000 = 10000 Some(12000.0) Exact Soldaten by=US-Beamte/USA conv=- date=- forecast=false part=None",
            "F zweihundertfünfzig = 250 None Exact Gefangene by=Die ukrainische Armee/Ukraine conv=- date=- forecast=false part=None",
            "F Dutzende = 12 None MoreThan Panzer by=Die ukrainische Armee/Ukraine conv=- date=- forecast=false part=None",
            "F 15.000 = 15000 None Exact - by=Das Verteidigungsministerium/- conv=- date=bis März forecast=true part=None",
            "P iso:US USA Country: US*",
            "P iso:UA Ukraine Country: ukrainische*",
            "P gn:703448 Kiew City: Kiew",
            "D bis März = None-Some(3)-None until=true",
            "E Organisation Verteidigungsministerium [] org=- mentions=Verteidigungsministerium",
            "M CNN x1 source=false",
        ],
    );
}

#[test]
fn nested_single_marks_so_cue_partial_occasion() {
    check(
        include_str!("texts/07-nested-so-partial.de.txt"),
        &[
            "sentences 3 year None",
            "Q Full „Wir nennen das ‚Verteidigung‘, nicht Krieg” cue=so/-/so spk=Wolodymyr Selenskyj|Präsident|-|Präsident Wolodymyr Selenskyj|SameSentence|Wolodymyr Selenskyj to=- at=bei einer Pressekonferenz on=-",
            "Q Partial „historischen Chance“ cue=sprach/-/sprechen spk=Wolodymyr Selenskyj|Präsident|-|Der Präsident|RoleNoun|Wolodymyr Selenskyj to=- at=- on=-",
            "Q Full „Russland wird nicht aufhören.“ cue=warnte/-/warnen spk=Wolodymyr Selenskyj|Präsident|-|Er|Pronoun|Wolodymyr Selenskyj to=- at=- on=-",
            "P gn:698740 Odessa City: Odessa",
            "P iso:RU Russland Country: Russland",
            "E Person Wolodymyr Selenskyj [Präsident] org=- mentions=Wolodymyr Selenskyj, Der Präsident, Er",
        ],
    );
}

#[test]
fn austrian_dateline_abbreviated_month_times_numbers_in_names() {
    check(
        include_str!("texts/08-austrian-times.de.txt"),
        &[
            "dateline WIEN/MOSKAU / APA",
            "sentences 4 year Some(2023)",
            "F ca. 150 = 150 None Approximate Soldaten by=- conv=- date=5. Okt. 2023 forecast=false part=None",
            "F 1,5 = 1.5 None Exact Grad by=- conv=- date=- forecast=false part=None",
            "F über 2000 = 2000 None MoreThan Soldaten by=- conv=- date=Jänner forecast=true part=None",
            "P gn:2761369 Wien City: WIEN, Wien",
            "P gn:524901 Moskau City: MOSKAU",
            "D 5. Okt. 2023 = Some(2023)-Some(10)-Some(5) until=false",
            "D Jänner = Some(2023)-Some(1)-None until=false",
            "M APA x1 source=false",
        ],
    );
}
