//! Stage 4, coreference: a subject becomes a speaker. Pronouns are resolved
//! to the last fitting person, role nouns to an earlier mention of the same
//! role, appositions to their person; each speaker gets its confidence.
//! Uses the candidates and the confidence stage.

use super::candidates::*;
use super::confidence::*;
use super::lexical::*;
use crate::entities::{Entities, PersonMention};
use crate::lexicon::{is_role_noun, Gender};
use crate::scan::FastMap as HashMap;
use crate::scan::{is_det, is_indef, Doc};
use crate::types::{Attribution, Confidence, Span, Speaker};

/// Walks the people in text order so a pronoun finds the last fitting one.
/// Starts before the first person ([`Default`]).
#[derive(Default)]
pub(crate) struct Tracker {
    pub(crate) next: usize,
    pub(crate) last_male: Option<usize>,
    pub(crate) last_female: Option<usize>,
    /// Role heads seen with a person (lower case), the words after the head
    /// in that role ("der stadtwerke" of "Sprecherin der Stadtwerke"), and
    /// the person's entity.
    pub(crate) roles: Vec<(String, String, usize)>,
    /// Entity → its latest person mention.
    pub(crate) last_of: HashMap<usize, usize>,
}

impl Tracker {
    pub(crate) fn advance(&mut self, ents: &Entities, upto: usize) {
        while let Some(p) = ents.persons.get(self.next).filter(|p| p.first < upto) {
            let g = ents.genders.get(p.entity).copied().flatten();
            if g != Some(Gender::Female) {
                self.last_male = Some(self.next);
            }
            if g != Some(Gender::Male) {
                self.last_female = Some(self.next);
            }
            if let Some(e) = ents.entities.get(p.entity) {
                for r in &e.roles {
                    let mut words = r.text.split_whitespace();
                    if let Some(head) = words.find(|w| is_role_noun(w)) {
                        let rest = words.collect::<Vec<_>>().join(" ").to_lowercase();
                        self.roles.push((head.to_lowercase(), rest, p.entity));
                    }
                }
            }
            self.last_of.insert(p.entity, self.next);
            if self.roles.len() > 64 {
                self.roles.drain(..32);
            }
            self.next += 1;
        }
    }
}

/// [`speaker`] as a guess: no frame ties the subject to the speech, so the
/// confidence is low (always previous-sentence attribution).
pub(crate) fn guessed_speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    subject: Subject,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let mut sp = speaker(
        doc,
        ents,
        tracker,
        subject,
        Attribution::PreviousSentence,
        covered,
    )?;
    sp.confidence = Confidence::Low;
    Some(sp)
}

/// A speaker named earlier, passed on to speech that names none: a guess
/// (previous-sentence attribution, low confidence).
pub(crate) fn passed_on(sp: &Speaker) -> Speaker {
    let mut sp = sp.clone();
    sp.attribution = Attribution::PreviousSentence;
    sp.confidence = Confidence::Low;
    sp
}

pub(crate) fn speaker(
    doc: &Doc,
    ents: &mut Entities,
    tracker: &mut Tracker,
    subject: Subject,
    attribution: Attribution,
    covered: &dyn Fn(usize) -> bool,
) -> Option<Speaker> {
    let _ = covered;
    if !speaker_shaped(doc, &subject) {
        return None;
    }
    match subject {
        Subject::Person(p) => {
            let ent = ents.entities.get(p.entity);
            let role = p
                .role
                .map(|r| mention(doc, r))
                .or_else(|| ent.and_then(|e| e.roles.first().cloned()));
            let organisation = p
                .org
                .map(|o| mention(doc, o))
                .or_else(|| ent.and_then(|e| e.organisation.clone()));
            Some(Speaker {
                name: Some(mention(doc, p.name)),
                role,
                organisation,
                reference: mention(doc, p.np),
                attribution,
                entity: Some(p.entity as u32),
                confidence: named(attribution),
            })
        }
        Subject::Pronoun(t, g) => {
            let idx = match g {
                Some(Gender::Female) => tracker.last_female,
                Some(Gender::Male) => tracker.last_male,
                // "ich", "wir", "sagten sie": no single antecedent to resolve to.
                None => None,
            };
            let p = idx.and_then(|i| ents.persons.get(i)).cloned();
            let span = tspan(doc, t, t);
            let entity = p.as_ref().map(|p| p.entity);
            if let Some(e) = entity.and_then(|e| ents.entities.get_mut(e)) {
                e.mentions.push(span);
            }
            let ent = entity.and_then(|e| ents.entities.get(e));
            Some(Speaker {
                name: p.as_ref().map(|p| mention(doc, p.name)),
                role: ent.and_then(|e| e.roles.first().cloned()),
                organisation: ent.and_then(|e| e.organisation.clone()),
                reference: mention(doc, span),
                attribution: Attribution::Pronoun,
                entity: entity.map(|e| e as u32),
                confidence: if entity.is_some() {
                    Confidence::Medium
                } else {
                    Confidence::Low
                },
            })
        }
        Subject::Role {
            det,
            first,
            head,
            last,
        } if appositive_person(doc, ents, det.unwrap_or(first)).is_some() => {
            // "Anna Kowalski, die Leiterin der Behörde, sagte": the person speaks.
            let mut p = appositive_person(doc, ents, det.unwrap_or(first))?.clone();
            p.role = Some(tspan(doc, first, last));
            p.np = Span::new(p.np.start as usize, doc.end(last));
            let _ = head;
            speaker(doc, ents, tracker, Subject::Person(p), attribution, covered)
        }
        Subject::Role {
            det,
            first,
            head,
            last,
        } => {
            let role_span = tspan(doc, first, last);
            let reference = tspan(doc, det.unwrap_or(first), last);
            let indefinite = det.is_some_and(|d| is_indef(doc.s(d)));
            let organisation = ents.org_in(role_span).map(|o| mention(doc, o.span));
            let has_org = organisation.is_some();
            let mut entity = None;
            if !indefinite {
                let head_l = doc.s(head).to_lowercase();
                // "die Sprecherin der Bahn" is not the "Sprecherin der Stadt"
                // named before: a complement of its own must match hers.
                let rest = (head + 1..=last)
                    .map(|k| doc.s(k))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                entity = tracker
                    .roles
                    .iter()
                    .rev()
                    .find(|(r, r_rest, _)| {
                        (r.ends_with(&head_l) || head_l.ends_with(r.as_str()))
                            && (rest.is_empty() || r_rest.is_empty() || *r_rest == rest)
                    })
                    .map(|(_, _, e)| *e);
                if let Some(e) = entity.and_then(|e| ents.entities.get_mut(e)) {
                    e.mentions.push(reference);
                }
            }
            let name = entity
                .and_then(|e| tracker.last_of.get(&e))
                .and_then(|&i| ents.persons.get(i))
                .map(|p| mention(doc, p.name));
            // "nach Angaben des Ministeriums", "die Polizei": a bare noun
            // that is no role names an institution, not its function; as a
            // role it would only repeat the reference ("des Ministeriums,
            // Ministeriums").
            let genitive_role = |w: &str| {
                ["s", "es", "n", "en"]
                    .iter()
                    .any(|e| w.strip_suffix(e).is_some_and(crate::lexicon::is_role_noun))
            };
            let bare_institution = first == head
                && head == last
                && !doc.is_role(head)
                && !crate::lexicon::is_role_noun(doc.s(head))
                && !genitive_role(doc.s(head));
            Some(Speaker {
                name,
                role: (!bare_institution).then(|| mention(doc, role_span)),
                organisation,
                reference: mention(doc, reference),
                attribution: if indefinite {
                    Attribution::Anonymous
                } else {
                    Attribution::RoleNoun
                },
                entity: entity.map(|e| e as u32),
                // A noun that is no role, person, organisation or medium may
                // be no speaker at all ("die Zahl", "das Papier").
                confidence: if entity.is_some() || has_org {
                    named(attribution)
                } else if doc.is_role(head) || attribution == Attribution::SameSentence {
                    Confidence::Medium
                } else {
                    Confidence::Low
                },
            })
        }
        Subject::Medium(a, b) => {
            let span = tspan(doc, a, b);
            let first = if is_det(doc.s(a)) { a + 1 } else { a };
            Some(Speaker {
                name: None,
                role: None,
                organisation: Some(mention(doc, tspan(doc, first, b))),
                reference: mention(doc, span),
                attribution,
                entity: None,
                confidence: named(attribution),
            })
        }
        Subject::Org(o) => Some(Speaker {
            name: None,
            role: None,
            organisation: Some(mention(doc, o.span)),
            reference: mention(doc, o.span),
            attribution,
            entity: Some(o.entity as u32),
            confidence: named(attribution),
        }),
        Subject::Name(a, b) => {
            let span = tspan(doc, a, b);
            Some(Speaker {
                name: Some(mention(doc, span)),
                role: None,
                organisation: None,
                reference: mention(doc, span),
                attribution,
                entity: None,
                // A lone capitalised word may be a noun, not a name.
                confidence: if b > a || crate::lexicon::first_name(doc.s(a)).is_some() {
                    named(attribution).min(Confidence::Medium)
                } else {
                    Confidence::Low
                },
            })
        }
    }
}

/// The person named right before an apposition starting at `t` ("Anna
/// Kowalski, [die Leiterin …]").
pub(crate) fn appositive_person<'e>(
    doc: &Doc,
    ents: &'e Entities,
    t: usize,
) -> Option<&'e PersonMention> {
    if t < 2 || doc.s(t - 1) != "," || !crate::scan::is_definite(doc.s(t)) {
        return None;
    }
    ents.person_ending(t - 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::{scanned, tok};

    #[test]
    fn an_unresolved_plural_pronoun_is_a_low_guess() {
        let (doc, mut ents) = scanned("Wir bleiben hier.");
        let mut tracker = Tracker::default();
        let sp = speaker(
            &doc,
            &mut ents,
            &mut tracker,
            Subject::Pronoun(0, None),
            Attribution::SameSentence,
            &|_| false,
        )
        .expect("a speaker");
        assert_eq!(sp.reference.text, "Wir");
        assert_eq!(sp.attribution, Attribution::Pronoun);
        assert_eq!(sp.confidence, Confidence::Low);
    }

    #[test]
    fn a_role_noun_speaks_as_a_role() {
        let (doc, mut ents) = scanned("Die Ministerin sagte etwas.");
        let mut tracker = Tracker::default();
        let head = tok(&doc, "Ministerin");
        let sub = Subject::Role {
            det: Some(head - 1),
            first: head,
            head,
            last: head,
        };
        let sp = speaker(
            &doc,
            &mut ents,
            &mut tracker,
            sub,
            Attribution::SameSentence,
            &|_| false,
        )
        .expect("a speaker");
        assert_eq!(sp.reference.text, "Die Ministerin");
        assert_eq!(sp.role.map(|r| r.text).as_deref(), Some("Ministerin"));
        assert_eq!(sp.attribution, Attribution::RoleNoun);
    }

    #[test]
    fn a_preposition_or_a_number_never_speaks() {
        let (doc, mut ents) = scanned("Per Veto endete es. 300 kamen.");
        let mut tracker = Tracker::default();
        for w in ["Per", "300"] {
            let t = tok(&doc, w);
            let sub = Subject::Name(t, t);
            assert!(
                speaker(
                    &doc,
                    &mut ents,
                    &mut tracker,
                    sub,
                    Attribution::SameSentence,
                    &|_| false
                )
                .is_none(),
                "{w}"
            );
        }
    }
}
