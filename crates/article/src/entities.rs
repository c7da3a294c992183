//! People and organisations: organisation names from a list, people from
//! role nouns and name patterns ("Präsident Wolodymyr Selenskyj",
//! "Kris Osborn, Präsident von Warrior Maven", "der Sprecher …, Matthew Miller,").

use crate::lexicon::{
    self, first_name, is_name_stop, is_role_noun, looks_like_common_noun, role_gender, Gender,
};
use crate::scan::FastMap as HashMap;
use crate::scan::{is_adj, is_attr_adj, is_det, Doc, Kind};
use crate::types::{Entity, EntityKind, Mention, Span};

/// One mention of a person with what the text says about them there.
#[derive(Clone, Debug)]
pub struct PersonMention {
    pub entity: usize,
    pub name: Span,
    pub role: Option<Span>,
    pub org: Option<Span>,
    /// The whole reference ("der Sprecher des US-Außenministeriums, Matthew Miller").
    pub np: Span,
    pub first: usize,
    pub last: usize,
}

/// One mention of an organisation.
#[derive(Clone, Copy, Debug)]
pub struct OrgMention {
    pub entity: usize,
    pub span: Span,
    pub tok: usize,
}

/// The entities and their mentions in text order.
#[derive(Default)]
pub struct Entities {
    pub entities: Vec<Entity>,
    pub genders: Vec<Option<Gender>>,
    pub persons: Vec<PersonMention>,
    pub orgs: Vec<OrgMention>,
}

impl Entities {
    /// The organisation mentioned at or inside `span`, if any.
    pub fn org_in(&self, span: Span) -> Option<OrgMention> {
        let i = self.orgs.partition_point(|o| o.span.start < span.start);
        self.orgs.get(i).filter(|o| span.contains(o.span)).copied()
    }

    /// The person mention whose reference starts at token `first`.
    pub fn person_starting(&self, first: usize) -> Option<&PersonMention> {
        let i = self.persons.partition_point(|p| p.first < first);
        self.persons.get(i).filter(|p| p.first == first)
    }

    /// The person mention whose reference ends at token `last`.
    pub fn person_ending(&self, last: usize) -> Option<&PersonMention> {
        let i = self.persons.partition_point(|p| p.last < last);
        self.persons.get(i).filter(|p| p.last == last)
    }
}

/// Finds organisations, then people.
pub fn find(doc: &Doc, media: &[Span]) -> Entities {
    let mut ents = Entities::default();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    find_orgs(doc, &mut ents, &mut by_name);
    find_people(doc, media, &mut ents, &mut by_name);
    ents
}

fn add_entity(
    ents: &mut Entities,
    by_name: &mut HashMap<String, usize>,
    kind: EntityKind,
    name: &str,
) -> usize {
    if let Some(&i) = by_name.get(name) {
        return i;
    }
    let i = ents.entities.len();
    ents.entities.push(Entity {
        kind,
        name: name.to_string(),
        roles: Vec::new(),
        organisation: None,
        mentions: Vec::new(),
    });
    ents.genders.push(None);
    by_name.insert(name.to_string(), i);
    i
}

fn push_mention(ents: &mut Entities, e: usize, span: Span) {
    if let Some(ent) = ents.entities.get_mut(e) {
        ent.mentions.push(span);
    }
}

/// An organisation named at token `i`: (canonical, span, last token).
pub fn org_at(doc: &Doc, i: usize) -> Option<(&'static str, Span, usize)> {
    if !doc.is_word(i) {
        return None;
    }
    let w = doc.s(i);
    for (words, canon) in lexicon::org_candidates(w) {
        let fits = words
            .iter()
            .enumerate()
            .skip(1)
            .all(|(off, mw)| doc.kind(i + off) == Some(Kind::Word) && doc.s(i + off) == *mw);
        if fits {
            let last = i + words.len() - 1;
            return Some((canon, Span::new(doc.start(i), doc.end(last)), last));
        }
    }
    // Genitive: "US-Außenministeriums", "Pentagons"; the span leaves the "s" out.
    for suffix in ["es", "s"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if let Some((words, canon)) = lexicon::org_candidates(stem)
                .iter()
                .find(|(ws, _)| ws.len() == 1)
            {
                let _ = words;
                return Some((canon, Span::new(doc.start(i), doc.start(i) + stem.len()), i));
            }
        }
    }
    // Compound: "NATO-Beamter", "Pentagon-Experte".
    let (prefix, _) = w.split_once('-')?;
    let (_, canon) = lexicon::org_candidates(prefix)
        .iter()
        .find(|(ws, _)| ws.len() == 1)?;
    Some((
        canon,
        Span::new(doc.start(i), doc.start(i) + prefix.len()),
        i,
    ))
}

fn find_orgs(doc: &Doc, ents: &mut Entities, by_name: &mut HashMap<String, usize>) {
    let mut i = 0;
    while i < doc.toks.len() {
        if let Some((canon, span, last)) = org_at(doc, i) {
            let e = add_entity(ents, by_name, EntityKind::Organisation, canon);
            push_mention(ents, e, span);
            ents.orgs.push(OrgMention {
                entity: e,
                span,
                tok: i,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Works out once per token whether it can be part of a personal name.
pub fn classify(doc: &mut Doc) {
    let roles = (0..doc.toks.len())
        .map(|i| doc.is_cap(i) && is_role_noun(doc.s(i)))
        .collect();
    doc.role_ok = roles;
    let cues = (0..doc.toks.len())
        .map(|i| {
            doc.is_word(i)
                && (!lexicon::speech_senses(doc.s(i)).is_empty()
                    || i > 0 && lexicon::split_participle(doc.s(i - 1), doc.s(i)).is_some())
        })
        .collect();
    doc.cue_ok = cues;
    let flags = (0..doc.toks.len())
        .map(|i| name_word_uncached(doc, i))
        .collect();
    doc.name_ok = flags;
}

fn name_word(doc: &Doc, i: usize) -> bool {
    match doc.name_ok.get(i) {
        Some(&ok) => ok,
        None if doc.name_ok.is_empty() => name_word_uncached(doc, i),
        None => false,
    }
}

/// True when token `i` can be part of a personal name.
fn name_word_uncached(doc: &Doc, i: usize) -> bool {
    if !doc.is_cap(i) {
        return false;
    }
    let w = doc.s(i);
    let all_caps = w
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let abbreviation = all_caps && w.chars().count() > 1;
    if abbreviation || is_name_stop(w) || doc.is_role(i) {
        return false;
    }
    crate::gazetteer::lookup(w).is_none()
        && crate::gazetteer::lookup_adjective(w).is_none()
        && crate::media::match_at(doc, i).is_none()
        && org_at(doc, i).is_none()
}

/// Number of name words from `i` (at most 3), separated by spaces only.
pub fn name_run(doc: &Doc, i: usize) -> usize {
    let mut k = 0;
    while k < 3 && name_word(doc, i + k) && (k == 0 || doc.end(i + k - 1) < doc.start(i + k)) {
        k += 1;
    }
    k
}

/// Most adjectives a noun phrase is searched back or forward over.
pub const MAX_ADJECTIVES: usize = 6;
/// Most genitive / "und" links a role's complement is followed over.
const MAX_COMPLEMENT_HOPS: usize = 4;

/// First token of the adjectives before a role noun at `r` ("ukrainische").
pub fn adjectives_before(doc: &Doc, r: usize, floor: usize) -> usize {
    let mut s = r;
    let floor = floor.max(r.saturating_sub(MAX_ADJECTIVES));
    while s > floor
        && doc.is_word(s - 1)
        && (is_attr_adj(doc.s(s - 1)) || name_adjective(doc, s - 1))
        && !is_det(doc.s(s - 1))
    {
        s -= 1;
    }
    s
}

/// "Das Auswärtige Amt", "die Statistische Behörde": an adjective written
/// with a capital as part of a name, right after its article.
fn name_adjective(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.is_cap(k)
        && is_det(doc.s(k - 1))
        && doc.is_cap(k + 1)
        && is_attr_adj(&doc.s(k).to_lowercase())
}

/// The end of a role's complement: "des US-Außenministeriums", "der USA",
/// "von Warrior Maven und ehemaliger Pentagon-Experte".
pub fn complement_end(doc: &Doc, r: usize, allow_and: bool) -> usize {
    let mut end = r;
    // Bounded: a complement is a few genitives long, never a whole sentence.
    for _ in 0..MAX_COMPLEMENT_HOPS {
        let w = doc.s(end + 1);
        if matches!(w, "des" | "der" | "von" | "beim" | "im") {
            let mut k = end + 2;
            while k < end + 2 + MAX_ADJECTIVES && doc.is_word(k) && is_adj(doc.s(k)) {
                k += 1;
            }
            let mut last = None;
            let cap_from = k;
            while doc.is_cap(k) && k < cap_from + 3 {
                last = Some(k);
                k += 1;
            }
            match last {
                Some(l) => end = l,
                None => return end,
            }
        } else if allow_and && w == "und" {
            let mut k = end + 2;
            while k < end + 2 + MAX_ADJECTIVES && doc.is_word(k) && is_adj(doc.s(k)) {
                k += 1;
            }
            if doc.is_role(k) {
                end = complement_end(doc, k, false);
            } else {
                return end;
            }
        } else {
            return end;
        }
    }
    end
}

fn find_people(
    doc: &Doc,
    media: &[Span],
    ents: &mut Entities,
    by_name: &mut HashMap<String, usize>,
) {
    let mut surnames: HashMap<String, usize> = HashMap::default();
    let mut mi = 0;
    let mut i = 0;
    let mut floor = 0;
    let n = doc.toks.len();
    while i < n {
        let start = doc.start(i);
        while media.get(mi).is_some_and(|s| (s.end as usize) <= start) {
            mi += 1;
        }
        if media.get(mi).is_some_and(|s| (s.start as usize) <= start) || !doc.is_cap(i) {
            i += 1;
            continue;
        }
        if let Some(p) = person_at(doc, i, floor) {
            let last = p.last;
            register(doc, ents, by_name, &mut surnames, p);
            floor = last + 1;
            i = last + 1;
            continue;
        }
        let w = doc.s(i);
        let known = surnames
            .get(w)
            .or_else(|| w.strip_suffix('s').and_then(|s| surnames.get(s)))
            .copied();
        if let Some(e) = known {
            let span = Span::new(start, doc.end(i));
            push_mention(ents, e, span);
            ents.persons.push(PersonMention {
                entity: e,
                name: span,
                role: None,
                org: None,
                np: span,
                first: i,
                last: i,
            });
        }
        i += 1;
    }
}

/// What a person pattern found: (name tokens, role tokens, reference tokens).
struct Found {
    name: (usize, usize),
    role: Option<(usize, usize)>,
    first: usize,
    last: usize,
    gender: Option<Gender>,
}

fn person_at(doc: &Doc, i: usize, floor: usize) -> Option<Found> {
    let w = doc.s(i);
    if doc.is_role(i) {
        let role_first = adjectives_before(doc, i, floor);
        let np_first = if role_first > floor && is_det(doc.s(role_first - 1)) {
            role_first - 1
        } else {
            role_first
        };
        let gender = role_gender(w);
        // "Präsident Wolodymyr Selenskyj", "Sicherheitsberater Sullivan".
        let k = name_run(doc, i + 1);
        let single_ok = k == 1 && {
            let nw = doc.s(i + 1);
            !looks_like_common_noun(nw) && !nw.ends_with("en")
        };
        if k >= 2 || single_ok {
            let last = i + k;
            return Some(Found {
                name: (i + 1, last),
                role: Some((role_first, i)),
                first: np_first,
                last,
                gender,
            });
        }
        // "Der nationale Sicherheitsberater der USA, Jake Sullivan,".
        let role_end = complement_end(doc, i, false);
        if doc.s(role_end + 1) == "," {
            let k = name_run(doc, role_end + 2);
            let after = doc.s(role_end + 2 + k);
            if k >= 2 && !doc.is_cap(role_end + 2 + k) && !matches!(after, "und" | "oder") {
                let last = role_end + 1 + k;
                return Some(Found {
                    name: (role_end + 2, last),
                    role: Some((role_first, role_end)),
                    first: np_first,
                    last,
                    gender: gender.or_else(|| first_name(doc.s(role_end + 2))),
                });
            }
        }
        return None;
    }
    let k = name_run(doc, i);
    if k < 2 {
        return None;
    }
    let last_name = i + k - 1;
    let gender = first_name(w);
    // "Kris Osborn, Präsident von Warrior Maven und ehemaliger Pentagon-Experte,".
    if doc.s(last_name + 1) == "," {
        let mut r = last_name + 2;
        while doc.is_word(r) && is_adj(doc.s(r)) {
            r += 1;
        }
        if doc.is_role(r) {
            let role_end = complement_end(doc, r, true);
            return Some(Found {
                name: (i, last_name),
                role: Some((last_name + 2, role_end)),
                first: i,
                last: role_end,
                gender: gender.or_else(|| role_gender(doc.s(r))),
            });
        }
    }
    gender.map(|g| Found {
        name: (i, last_name),
        role: None,
        first: i,
        last: last_name,
        gender: Some(g),
    })
}

fn register(
    doc: &Doc,
    ents: &mut Entities,
    by_name: &mut HashMap<String, usize>,
    surnames: &mut HashMap<String, usize>,
    p: Found,
) {
    let name_span = Span::new(doc.start(p.name.0), doc.end(p.name.1));
    let name_text: String = doc
        .slice(doc.start(p.name.0), doc.end(p.name.1))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let surname = doc.s(p.name.1).to_string();
    let single = p.name.0 == p.name.1;
    let e = match (single, surnames.get(&surname)) {
        (true, Some(&e)) => e,
        _ => add_entity(ents, by_name, EntityKind::Person, &name_text),
    };
    if let Some(g) = ents.genders.get_mut(e) {
        if g.is_none() {
            *g = p.gender.or_else(|| first_name(doc.s(p.name.0)));
        }
    }
    surnames.entry(surname).or_insert(e);
    let role = p.role.map(|(a, b)| Span::new(doc.start(a), doc.end(b)));
    let org = role.and_then(|r| ents.org_in(r)).map(|o| o.span);
    if let Some(ent) = ents.entities.get_mut(e) {
        ent.mentions.push(name_span);
        if let Some(r) = role {
            let text = doc.slice(r.start as usize, r.end as usize);
            if !ent.roles.iter().any(|m| m.text.contains(text)) {
                ent.roles.push(Mention {
                    text: text.to_string(),
                    span: r,
                });
            }
        }
        if ent.organisation.is_none() {
            ent.organisation = org.map(|o| Mention {
                text: doc.slice(o.start as usize, o.end as usize).to_string(),
                span: o,
            });
        }
    }
    ents.persons.push(PersonMention {
        entity: e,
        name: name_span,
        role,
        org,
        np: Span::new(doc.start(p.first), doc.end(p.last)),
        first: p.first,
        last: p.last,
    });
}

/// Sorts every entity's mentions and the entities by first mention, keeping
/// the person and organisation mentions' indices valid.
pub fn finish(ents: &mut Entities) {
    for e in &mut ents.entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    let mut order: Vec<usize> = (0..ents.entities.len()).collect();
    order.sort_by_key(|&i| {
        ents.entities
            .get(i)
            .and_then(|e| e.mentions.first().copied())
    });
    let mut new_of = vec![0; order.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_of.get_mut(old) {
            *slot = new;
        }
    }
    let mut entities = Vec::with_capacity(order.len());
    let mut genders = Vec::with_capacity(order.len());
    for &old in &order {
        if let (Some(e), Some(g)) = (ents.entities.get(old), ents.genders.get(old)) {
            entities.push(e.clone());
            genders.push(*g);
        }
    }
    ents.entities = entities;
    ents.genders = genders;
    for p in &mut ents.persons {
        p.entity = new_of.get(p.entity).copied().unwrap_or(p.entity);
    }
    for o in &mut ents.orgs {
        o.entity = new_of.get(o.entity).copied().unwrap_or(o.entity);
    }
}
