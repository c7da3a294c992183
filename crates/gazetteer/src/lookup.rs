//! Look-up of a name as German text writes it: declined and genitive forms
//! ("Kiews"), region designators ("im Gebiet Kursk", "Kursker Gebiet"),
//! multi-word names ("Halle (Saale)", "Sankt Petersburg"); shared names
//! settled by population and by the countries and places of the article.

use crate::asset::{self, DecodeError, Kind, Place, Source};
use crate::names::{fold, region_core, uninflected, REGION_DESIGNATORS};
use std::collections::HashMap;

/// The article's places and countries that settle a shared name: a place
/// in one of the countries, or near one of the places, wins.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// ISO alpha-2 codes of countries the article names ("UA").
    pub countries: Vec<String>,
    /// Places the article names (indices into [`Gazetteer::places`]).
    pub places: Vec<u32>,
    /// Byte spans of the text that name no place (persons, media names the
    /// caller has found); [`Gazetteer::scan_with`] finds nothing inside.
    pub skip: Vec<(usize, usize)>,
}

/// One candidate place for a name: which place and the name's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index into [`Gazetteer::places`].
    pub place: u32,
    /// The source of the name that matched.
    pub source: Source,
}

/// The places of the world with their German names, indexed for look-up.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Folded name → candidates.
    index: HashMap<String, Vec<Candidate>>,
    /// Folded region core ("kursk") → regions.
    regions: HashMap<String, Vec<u32>>,
    /// Folded first word → most words of a name starting with it.
    first_words: HashMap<String, usize>,
    /// Per country, the population a region of it counts with.
    region_population: HashMap<String, f64>,
}

/// Names of more words than this are not looked for.
pub const MAX_WORDS: usize = 5;

/// The most a region counts with when named by its own name: more than
/// most towns that share it, less than a capital ("Washington").
pub const REGION_POPULATION: f64 = 300_000.0;

/// Distance (km) within which a place counts as near an article's place.
pub const NEAR_KM: f64 = 250.0;

impl Gazetteer {
    /// Reads an asset ([`asset::decode`]) and indexes it.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        Ok(Self::from_places(asset::decode(bytes)?))
    }

    /// Indexes places (as [`asset::decode`] returns them).
    pub fn from_places(places: Vec<Place>) -> Self {
        let mut g = Gazetteer {
            places,
            ..Default::default()
        };
        // A region counts with its country's population shared among its
        // regions, at most REGION_POPULATION: Florida (USA) before Florida
        // (Uruguay).
        let mut regions_of: HashMap<&str, (f64, f64)> = HashMap::new();
        for p in &g.places {
            let e = regions_of.entry(p.country.as_str()).or_insert((0.0, 0.0));
            match p.kind {
                Kind::Country => e.0 = f64::from(p.population),
                Kind::Region => e.1 += 1.0,
                Kind::City => {}
            }
        }
        g.region_population = regions_of
            .into_iter()
            .map(|(c, (pop, n))| (c.to_string(), (pop / n.max(1.0)).min(REGION_POPULATION)))
            .collect();
        for (i, p) in g.places.iter().enumerate() {
            let i = i as u32;
            for n in &p.names {
                let key = fold(&n.text);
                if key.is_empty() {
                    continue;
                }
                let words = key.split(' ').count();
                if let Some(first) = key.split(' ').next() {
                    let w = g.first_words.entry(first.to_string()).or_insert(0);
                    *w = (*w).max(words.min(MAX_WORDS));
                }
                let list = g.index.entry(key).or_default();
                if !list.iter().any(|c| c.place == i) {
                    list.push(Candidate {
                        place: i,
                        source: n.source,
                    });
                }
            }
            if p.kind == Kind::Region {
                for n in &p.names {
                    let core = fold(region_core(&n.text));
                    let list = g.regions.entry(core.clone()).or_default();
                    if !list.contains(&i) {
                        list.push(i);
                    }
                    // The bare core also names the region, after any city.
                    let list = g.index.entry(core.clone()).or_default();
                    if !list.iter().any(|c| c.place == i) {
                        list.push(Candidate {
                            place: i,
                            source: Source::Alias,
                        });
                    }
                    if let Some(first) = core.split(' ').next() {
                        let w = g.first_words.entry(first.to_string()).or_insert(0);
                        *w = (*w).max(core.split(' ').count().min(MAX_WORDS));
                    }
                }
            }
        }
        g
    }

    /// Every place, in asset order.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The place at `index`.
    pub fn place(&self, index: u32) -> Option<&Place> {
        self.places.get(index as usize)
    }

    /// Candidates for a name exactly as given (folded), no inflection.
    pub fn candidates(&self, name: &str) -> &[Candidate] {
        self.index.get(&fold(name)).map_or(&[], Vec::as_slice)
    }

    /// Most words of a name that starts with `first` (folded), 0 if none.
    pub(crate) fn max_words(&self, first_key: &str) -> usize {
        self.first_words.get(first_key).copied().unwrap_or(0)
    }

    pub(crate) fn candidates_key(&self, key: &str) -> &[Candidate] {
        self.index.get(key).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn regions_key(&self, core_key: &str) -> &[u32] {
        self.regions.get(core_key).map_or(&[], Vec::as_slice)
    }

    /// The place a name stands for, with no article context: the name as
    /// written, then without a genitive ending; a leading designator
    /// ("Gebiet Kursk") or an "-er Gebiet" form ("Kursker Gebiet") asks for
    /// a region; leading lower-case words ("im", "nach der") are skipped.
    /// `None` for an unknown or empty name.
    ///
    /// ```
    /// # let g = gazetteer::lookup::Gazetteer::default();
    /// assert_eq!(g.lookup(""), None);
    /// ```
    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.lookup_in(name, &Context::default())
    }

    /// [`Gazetteer::lookup`] with the article's context.
    pub fn lookup_in(&self, name: &str, ctx: &Context) -> Option<u32> {
        // Leading small words belong to the sentence: "im Gebiet Kursk",
        // "nach Pjöngjang", "in der Oblast Cherson".
        let mut name = name.trim();
        while let Some((first, rest)) = name.split_once(' ') {
            if first.chars().next().is_some_and(char::is_lowercase) {
                name = rest.trim_start();
            } else {
                break;
            }
        }
        if let Some(r) = self.region_form(name) {
            return self.best(&r.iter().map(|&p| cand(p)).collect::<Vec<_>>(), ctx);
        }
        let exact = self.candidates(name);
        if !exact.is_empty() {
            return self.best(exact, ctx);
        }
        let (head, last) = name.rsplit_once(' ').unwrap_or(("", name));
        let stem = uninflected(last)?;
        let key = if head.is_empty() {
            fold(stem)
        } else {
            fold(&format!("{head} {stem}"))
        };
        // A genitive only of a German form ("Kiews"; not "Times" → Time).
        let german: Vec<Candidate> = self
            .candidates_key(&key)
            .iter()
            .filter(|c| c.source <= Source::Translit)
            .copied()
            .collect();
        self.best(&german, ctx)
    }

    /// Regions a designated form names: "Gebiet Kursk", "Region Charkiw",
    /// "Kursker Gebiet" (with genitives "Gebiets", "Gebietes").
    fn region_form(&self, name: &str) -> Option<&[u32]> {
        let (a, b) = name.split_once(' ')?;
        if REGION_DESIGNATORS.contains(&a) {
            let r = self.regions_key(&fold(b));
            if !r.is_empty() {
                return Some(r);
            }
            let r = self.regions_key(&fold(uninflected(b)?));
            return (!r.is_empty()).then_some(r);
        }
        if matches!(b, "Gebiet" | "Gebiets" | "Gebietes" | "Region") {
            let stem = a.strip_suffix("er")?;
            let r = self.regions_key(&fold(stem));
            return (!r.is_empty()).then_some(r);
        }
        None
    }

    /// The best of `cands`: population, the surety of the name's source, the
    /// kind of place, and the article's countries and places decide.
    /// A region that shares its name with a town inside it (Sewastopol,
    /// Cherson, Berlin) yields to the town: "Gebiet …" names the region.
    pub fn best(&self, cands: &[Candidate], ctx: &Context) -> Option<u32> {
        let scored = |c: &Candidate| Some((self.score(c, ctx)?, c.place));
        let pick = |a: &(f64, u32), b: &(f64, u32)| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1));
        let (_, winner) = cands.iter().filter_map(scored).max_by(pick)?;
        if self.place(winner).is_some_and(|p| p.kind == Kind::Region) {
            let town = cands
                .iter()
                .filter(|c| {
                    self.place(c.place)
                        .is_some_and(|p| p.region == Some(winner))
                })
                .filter_map(scored)
                .max_by(pick);
            if let Some((_, t)) = town {
                return Some(t);
            }
        }
        Some(winner)
    }

    /// The score of a candidate (higher wins); `None` if the place is gone.
    pub fn score(&self, c: &Candidate, ctx: &Context) -> Option<f64> {
        let p = self.place(c.place)?;
        let tier = match c.source {
            Source::Curated => 3.0,
            Source::German | Source::Translit => 2.0,
            Source::Local => 1.0,
            Source::Alias => 0.0,
        };
        let kind = match p.kind {
            Kind::Country => 6.0,
            Kind::Region | Kind::City => 0.0,
        };
        let in_country = ctx.countries.contains(&p.country);
        // Only a town is near the article's towns (a region's label point
        // says little: the District of Columbia is "Washington" too).
        let near = p.kind == Kind::City
            && ctx.places.iter().filter_map(|&i| self.place(i)).any(|q| {
                q.kind == Kind::City
                    && !std::ptr::eq(p, q)
                    && distance_km(p.lat, p.lon, q.lat, q.lon) < NEAR_KM
            });
        // Context tips the balance between places of similar size; it
        // does not make a town of 100,000 beat a city ten times larger.
        let context = if in_country { 2.5 } else { 0.0 } + if near { 2.0 } else { 0.0 };
        // A region named by its own name ("Florida", "Bayern") counts as
        // large; by a core only derived from it ("Kursk" of "Oblast Kursk")
        // it yields to any town of that name.
        let population = if p.kind == Kind::Region && c.source < Source::Alias {
            self.region_population
                .get(&p.country)
                .copied()
                .unwrap_or(0.0)
        } else {
            f64::from(p.population)
        };
        Some(population.ln_1p() + tier + kind + context)
    }
}

fn cand(place: u32) -> Candidate {
    Candidate {
        place,
        source: Source::German,
    }
}

/// Great-circle distance in km (sphere of 6371 km).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asset::Name;

    fn place(kind: Kind, country: &str, names: &[(&str, Source)], pop: u32, lat: f64) -> Place {
        Place {
            kind,
            country: country.into(),
            lat,
            lon: 30.0,
            population: pop,
            geonameid: Some(1),
            adm1_code: (kind == Kind::Region).then(|| "X-1".to_string()),
            oblast: false,
            region: None,
            names: names
                .iter()
                .map(|(t, s)| Name {
                    text: t.to_string(),
                    source: *s,
                })
                .collect(),
        }
    }

    fn sample() -> Gazetteer {
        Gazetteer::from_places(vec![
            place(
                Kind::Region,
                "RU",
                &[("Oblast Kursk", Source::German)],
                0,
                51.5,
            ),
            place(
                Kind::City,
                "RU",
                &[("Kursk", Source::German)],
                440_000,
                51.7,
            ),
            place(
                Kind::City,
                "UA",
                &[("Kiew", Source::Curated), ("Kyiv", Source::Local)],
                2_900_000,
                50.4,
            ),
            place(
                Kind::City,
                "DE",
                &[("Halle (Saale)", Source::Local), ("Halle", Source::Alias)],
                238_000,
                51.5,
            ),
            place(Kind::City, "BE", &[("Halle", Source::Local)], 36_000, 50.7),
            place(Kind::City, "US", &[("Halle", Source::Local)], 2_000, 30.0),
        ])
    }

    #[test]
    fn empty_gazetteer_and_names() {
        let g = Gazetteer::default();
        assert_eq!(g.lookup("Kiew"), None);
        assert!(g.places().is_empty());
        assert_eq!(sample().lookup(""), None);
        assert_eq!(sample().lookup("   "), None);
    }

    #[test]
    fn inflected_and_designated_forms() {
        let g = sample();
        assert_eq!(g.lookup("Kiews"), Some(2));
        assert_eq!(g.lookup("Kursk"), Some(1), "the city before the region");
        assert_eq!(g.lookup("Gebiet Kursk"), Some(0));
        assert_eq!(g.lookup("Region Kursk"), Some(0));
        assert_eq!(g.lookup("Kursker Gebiet"), Some(0));
        assert_eq!(g.lookup("Gebiets Kursk"), Some(0));
        assert_eq!(g.lookup("im Gebiet Kursk"), Some(0));
        assert_eq!(g.lookup("nach Kiew"), Some(2));
        assert_eq!(g.lookup("in der"), None);
        assert_eq!(g.lookup("Halle (Saale)"), Some(3));
    }

    #[test]
    fn population_and_context_settle_shared_names() {
        let g = sample();
        assert_eq!(g.lookup("Halle"), Some(3));
        let ctx = Context {
            countries: vec!["BE".into()],
            ..Context::default()
        };
        assert_eq!(g.lookup_in("Halle", &ctx), Some(4));
    }

    #[test]
    fn distances() {
        assert!(distance_km(0.0, 0.0, 0.0, 0.0).abs() < 1e-9);
        let d = distance_km(50.45, 30.52, 55.75, 37.62);
        assert!((d - 756.0).abs() < 5.0, "{d}");
    }
}
