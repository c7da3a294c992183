//! The Studio's engine: what turns the text into a story's parts, apart
//! from the page. It holds the world gazetteer and the world map's files
//! once loaded, parses the text, applies the editor's corrections and cuts
//! the map. In the browser it runs in a worker (its own wasm, the
//! `studio_engine` binary), so that neither reading the world files nor a
//! parse nor a map cut holds the page; the page ([`super::app`]) sends it a
//! [`Job`] and renders each [`Outcome`] it answers with.
//!
//! Both cross the thread boundary as postcard bytes ([`Job::encode`],
//! [`Outcome::encode`]); nothing here touches the web.
use crate::corrections::{Applied, Unapplied};
use crate::story::{Pair, StoryMap, StoryMeta};
use mapdata::world::AreaLayer;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Where one of the engine's world files is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Load {
    /// Not asked for yet (no text so far).
    #[default]
    Idle,
    Loading,
    Ready,
    /// Could not be fetched or read.
    Failed,
}

/// What the page asks: the text (normalised) and the form (its date, its
/// `[map]` keys and its corrections change the parse and the map; all of
/// it, the parts of the preview the engine renders).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub text: String,
    pub form: StoryMeta,
}

/// A [`Request`] with its number: answers to an older job are dropped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub generation: u64,
    pub request: Request,
}

impl Job {
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }
    pub fn decode(bytes: &[u8]) -> Result<Job, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("job: {e}"))
    }
}

/// A story's map as it crosses to the page: the engine draws the map (its
/// part of the preview is HTML), so the page gets the asset's settings
/// (its box: where a click on the map lies) without its geometry, in the
/// asset's own compact codec ([`mapdata::codec`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireMap {
    pub asset: Option<Vec<u8>>,
    pub title: Pair,
    pub focus_label: Pair,
    pub notes: Vec<Pair>,
    pub unplaced: Vec<String>,
}

impl WireMap {
    fn of(map: &StoryMap) -> WireMap {
        WireMap {
            asset: map.asset.as_ref().map(|a| {
                mapdata::codec::encode(&mapdata::asset::MapAsset {
                    meta: a.meta.clone(),
                    ..Default::default()
                })
            }),
            title: map.title.clone(),
            focus_label: map.focus_label.clone(),
            notes: map.notes.clone(),
            unplaced: map.unplaced.clone(),
        }
    }

    /// The map the page shows (an asset that does not decode: no map, and
    /// a note that says why).
    pub fn into_map(self) -> StoryMap {
        let mut notes = self.notes;
        let asset = self
            .asset
            .and_then(|bytes| match mapdata::codec::decode(&bytes) {
                Ok(a) => Some(a),
                Err(e) => {
                    notes.push([
                        format!("Die Karte konnte nicht gelesen werden ({e})."),
                        format!("The map could not be read ({e})."),
                    ]);
                    None
                }
            });
        StoryMap {
            asset,
            title: self.title,
            focus_label: self.focus_label,
            notes,
            unplaced: self.unplaced,
        }
    }
}

/// The engine's answer to a job: the article parsed with the corrections
/// applied, what the corrections did, and the map once it can be drawn.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub generation: u64,
    pub article: article::Article,
    pub excluded: Vec<u32>,
    /// Corrections not applied: position, key, why.
    pub unapplied: Vec<(usize, String, Pair)>,
    /// `None` until the world files (and the admin-1 files the frame
    /// needs) are there, or for good when one failed.
    pub map: Option<WireMap>,
    pub places: Load,
    pub atlas: Load,
    /// Milliseconds of the parse and the map cut (0: not done this time).
    pub parse_ms: f64,
    pub cut_ms: f64,
    /// The preview's parts as HTML ([`super::parts::RENDERED`]; the map's
    /// empty while it cannot be drawn yet), and the milliseconds it took.
    pub parts: [String; 4],
    pub render_ms: f64,
}

impl Outcome {
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }
    pub fn decode(bytes: &[u8]) -> Result<Outcome, String> {
        postcard::from_bytes(bytes).map_err(|e| format!("outcome: {e}"))
    }
    /// What the corrections did, as [`crate::story::Story::corrected`] takes it.
    pub fn applied(&self) -> Applied {
        Applied {
            excluded: self.excluded.clone(),
            unapplied: self
                .unapplied
                .iter()
                .map(|(index, key, why)| Unapplied {
                    index: *index,
                    key: key.clone(),
                    why: why.clone(),
                })
                .collect(),
        }
    }
}

/// Reads a `story.toml` for the page: postcard bytes of
/// `Result<StoryMeta, String>` ([`StoryMeta::from_toml`]'s answer).
#[cfg(any(feature = "ssr", feature = "engine"))]
pub fn read_toml(text: &str) -> Vec<u8> {
    postcard::to_allocvec(&StoryMeta::from_toml(text)).unwrap_or_default()
}

/// The page's side of [`read_toml`].
pub fn toml_read(bytes: &[u8]) -> Result<StoryMeta, String> {
    postcard::from_bytes::<Result<StoryMeta, String>>(bytes)
        .map_err(|e| format!("story.toml: {e}"))?
}

/// The form as the Studio keeps it in local storage: postcard bytes in
/// hex (the page reads it back at start without a TOML reader).
pub fn form_to_text(form: &StoryMeta) -> String {
    postcard::to_allocvec(form)
        .unwrap_or_default()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// [`form_to_text`] read back (`None` for anything else).
pub fn form_from_text(text: &str) -> Option<StoryMeta> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect();
    postcard::from_bytes(&bytes?).ok()
}

/// The key of a parse: the text, the date, and whether the world
/// gazetteer took part.
type ParseKey = (String, String, bool);

/// The engine's warm-up text ([`Engine::warm`]): a short news item of our
/// own with what the parser and the page's parts deal with (a quote, reported
/// speech, figures with their claimants, a date, places).
const WARM_TEXT: &str = "Hochwasser an der Elbe: Deiche halten vorerst\n\n\
Dresden (dpa) – Nach Angaben des Landesamts stieg der Pegel der Elbe am Dienstag auf \
mehr als 7,5 Meter. Rund 1.200 Helfer seien im Einsatz, sagte eine Sprecherin der Stadt.\n\n\
„Wir sind auf alles vorbereitet“, sagte Oberbürgermeister Klaus Berger. Die Feuerwehr \
rechnet mit bis zu 300 weiteren Einsätzen in Pirna und Meißen. Der Wetterdienst \
teilte mit, dass der Regen bis Freitag anhalten werde.\n";

/// The engine's state across jobs.
#[derive(Default)]
pub struct Engine {
    gazetteer: Option<article::WorldGazetteer>,
    world: Option<atlas::World>,
    admin1: BTreeMap<String, AreaLayer>,
    /// Admin-1 files that could not be fetched or read (the map draws
    /// those countries whole, with a note).
    admin1_failed: BTreeSet<String>,
    /// The admin-1 files the last job's map still needs.
    missing: Vec<String>,
    parsed: Option<(ParseKey, article::Article)>,
    places: Load,
    atlas: Load,
}

impl Engine {
    pub fn new() -> Engine {
        Engine::default()
    }

    /// Marks the gazetteer or the world map ("places", "atlas") as being
    /// fetched, or failed.
    pub fn set_state(&mut self, what: &str, state: Load) {
        match what {
            "places" => self.places = state,
            "atlas" => self.atlas = state,
            _ => {}
        }
    }

    pub fn add_gazetteer(&mut self, bytes: &[u8]) -> Result<(), String> {
        match article::WorldGazetteer::from_bytes(bytes) {
            Ok(g) => {
                self.gazetteer = Some(g);
                self.places = Load::Ready;
                Ok(())
            }
            Err(e) => {
                self.places = Load::Failed;
                Err(e.to_string())
            }
        }
    }

    pub fn add_world(&mut self, admin0: &[u8], borders: &[u8], index: &[u8]) -> Result<(), String> {
        match atlas::World::from_bytes(admin0, borders, index) {
            Ok(w) => {
                self.world = Some(w);
                self.atlas = Load::Ready;
                Ok(())
            }
            Err(e) => {
                self.atlas = Load::Failed;
                Err(e)
            }
        }
    }

    /// An admin-1 file, or `None` when it could not be fetched.
    pub fn add_admin1(&mut self, id: &str, bytes: Option<&[u8]>) -> Result<(), String> {
        let layer = bytes
            .ok_or_else(|| format!("{}: not fetched", mapdata::world::admin1_file(id)))
            .and_then(|b| atlas::admin1_from_bytes(id, b));
        match layer {
            Ok(layer) => {
                self.admin1.insert(id.to_owned(), layer);
                Ok(())
            }
            Err(e) => {
                self.admin1_failed.insert(id.to_owned());
                Err(e)
            }
        }
    }

    /// The admin-1 files (country ids) the last job's map waits for.
    pub fn missing(&self) -> &[String] {
        &self.missing
    }

    /// Whether the last outcome is final: no world file on its way, and
    /// no admin-1 file its map waits for. (The page renders a job's first
    /// outcome and then only its final one: each render of the whole
    /// preview costs the page's thread.)
    pub fn settled(&self) -> bool {
        self.missing.is_empty() && self.places != Load::Loading && self.atlas != Load::Loading
    }

    /// Runs the parse and the render once on a short text of its own and
    /// forgets the result: the browser compiles the engine's code lazily,
    /// function by function, and the parser builds its word lists on first
    /// use, so the first job pays for both (its parse and render took
    /// about ten times as long as a later job's). Run when the engine has
    /// started and no job is waiting, the editor's first paste finds them
    /// done. Returns the sample's outcome (the page warms its own decoding
    /// with it); the engine's state is as before.
    pub fn warm(&mut self) -> Outcome {
        let parsed = self.parsed.take();
        let missing = std::mem::take(&mut self.missing);
        let job = Job {
            generation: 0,
            request: Request {
                text: WARM_TEXT.to_owned(),
                form: StoryMeta {
                    published: "2024-03-06".to_owned(),
                    ..super::blank_meta()
                },
            },
        };
        let outcome = self.compute(&job, &|| 0.0);
        self.parsed = parsed;
        self.missing = missing;
        outcome
    }

    /// Answers `job`; `now` reads a clock in milliseconds (for the
    /// Studio's bench).
    pub fn compute(&mut self, job: &Job, now: &dyn Fn() -> f64) -> Outcome {
        let request = &job.request;
        let form = &request.form;
        let key = (
            request.text.clone(),
            form.published.trim().to_owned(),
            self.gazetteer.is_some(),
        );
        let mut parse_ms = 0.0;
        let article = match &self.parsed {
            Some((k, a)) if *k == key => a.clone(),
            _ => {
                let start = now();
                let a = super::parse(&key.0, &key.1, self.gazetteer.as_ref());
                parse_ms = now() - start;
                self.parsed = Some((key, a.clone()));
                a
            }
        };
        let mut article = article;
        let applied =
            crate::corrections::apply(&mut article, &form.corrections, self.gazetteer.as_ref());
        self.missing.clear();
        let mut cut_ms = 0.0;
        let mut map = None;
        if let (Some(g), Some(world)) = (&self.gazetteer, &self.world) {
            let mut needed = super::needed_admin1(&article, &form.map, g, world);
            needed.retain(|id| !self.admin1.contains_key(id) && !self.admin1_failed.contains(id));
            if needed.is_empty() {
                let start = now();
                map = Some(super::draft_map(
                    &article,
                    &form.map,
                    g,
                    world,
                    &self.admin1,
                ));
                cut_ms = now() - start;
            }
            self.missing = needed;
        }
        let start = now();
        let parts = render(&article, &applied, form, map.as_ref());
        let render_ms = now() - start;
        Outcome {
            generation: job.generation,
            article,
            excluded: applied.excluded,
            unapplied: applied
                .unapplied
                .into_iter()
                .map(|u| (u.index, u.key, u.why))
                .collect(),
            map: map.as_ref().map(WireMap::of),
            places: self.places,
            atlas: self.atlas,
            parse_ms,
            cut_ms,
            parts,
            render_ms,
        }
    }
}

/// The preview's parts for the article, what the corrections did, the
/// form and the map (once cut), rendered to HTML ([`super::parts`]).
#[cfg(any(feature = "ssr", feature = "engine"))]
fn render(
    article: &article::Article,
    applied: &Applied,
    form: &StoryMeta,
    map: Option<&StoryMap>,
) -> [String; 4] {
    let mut story = super::assemble(article.clone(), applied.clone(), form);
    if let Some(map) = map {
        story.map = map.clone();
    }
    super::parts::render(&std::sync::Arc::new(story))
}

/// The page's wasm renders no part (it only takes the engine's).
#[cfg(not(any(feature = "ssr", feature = "engine")))]
fn render(_: &article::Article, _: &Applied, _: &StoryMeta, _: Option<&StoryMap>) -> [String; 4] {
    Default::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::Correction;

    fn job(generation: u64, text: &str) -> Job {
        Job {
            generation,
            request: Request {
                text: text.to_owned(),
                form: StoryMeta {
                    published: "2024-10-23".to_owned(),
                    ..super::super::blank_meta()
                },
            },
        }
    }

    #[test]
    fn jobs_and_outcomes_cross_as_bytes_unchanged() {
        let mut j = job(7, "„Wir sind bereit“, sagte der Minister in Kiew.");
        j.request.form.corrections.push(Correction {
            quote: Some("Wir sind bereit".to_owned()),
            speaker: Some("der Minister".to_owned()),
            ..Correction::default()
        });
        j.request.form.corrections.push(Correction {
            place: Some("Kleinstadt".to_owned()),
            at: Some([30.5, 50.25]),
            ..Correction::default()
        });
        j.request.form.map.region = Some([20.0, 40.0, 40.0, 55.0]);
        assert_eq!(Job::decode(&j.encode()), Ok(j.clone()));
        let out = Engine::new().compute(&j, &|| 0.0);
        assert_eq!(out.generation, 7);
        assert_eq!(out.article.quotes.len(), 1);
        assert_eq!(Outcome::decode(&out.encode()), Ok(out.clone()));
        assert!(Outcome::decode(&[0xff, 0xff]).is_err());
    }

    #[test]
    fn a_story_toml_is_read_for_the_page_and_the_form_kept_as_text() {
        let root = crate::story::Story::repo_root();
        let text = std::fs::read_to_string(root.join("kursk-nordkorea").join("story.toml"))
            .expect("story.toml");
        let meta = StoryMeta::from_toml(&text).expect("reads");
        assert_eq!(toml_read(&read_toml(&text)), Ok(meta.clone()));
        // Its error names the line, as TOML's own message does.
        let broken = toml_read(&read_toml("title = [\"a\"\nshort_title = 3\n"));
        assert!(
            broken.as_ref().is_err_and(|e| e.contains("line")),
            "{broken:?}"
        );
        // The kept form reads back equal; anything else is no form.
        let mut form = meta;
        form.corrections.push(Correction {
            place: Some("Kleinstadt".to_owned()),
            at: Some([30.5, 50.25]),
            ..Correction::default()
        });
        assert_eq!(form_from_text(&form_to_text(&form)), Some(form));
        for junk in ["", "zz", "abc", "title = 1", "ää"] {
            assert_eq!(form_from_text(junk), None, "{junk}");
        }
    }

    #[test]
    fn without_the_world_files_there_is_no_map_yet_and_nothing_to_fetch() {
        let mut engine = Engine::new();
        engine.set_state("places", Load::Loading);
        let out = engine.compute(
            &job(1, "Die Armee meldete 3.000 Soldaten in Kursk."),
            &|| 0.0,
        );
        assert_eq!(out.map, None);
        assert_eq!(out.places, Load::Loading);
        assert_eq!(out.atlas, Load::Idle);
        assert!(engine.missing().is_empty());
        assert!(!engine.settled(), "the gazetteer is on its way");
        // A broken file fails its part, and says so.
        assert!(engine.add_gazetteer(b"not a gazetteer").is_err());
        assert!(engine.add_world(b"x", b"y", b"z").is_err());
        let out = engine.compute(&job(2, "Die Armee meldete 3.000 Soldaten."), &|| 0.0);
        assert_eq!((out.places, out.atlas), (Load::Failed, Load::Failed));
        assert_eq!(out.map, None);
        assert!(engine.settled());
    }

    #[test]
    fn the_warm_up_runs_what_a_job_runs_and_leaves_the_engine_as_it_was() {
        let mut engine = Engine::new();
        let tick = || 1.0;
        let first = engine.compute(&job(1, "„Wir sind bereit“, sagte der Minister."), &tick);
        let sample = engine.warm();
        // The sample has what a news item has: a quote with its speaker,
        // reported speech, figures, a date; and each part is rendered.
        let a = &sample.article;
        assert!(
            a.quotes.iter().any(|q| q.speaker.is_some()),
            "{:?}",
            a.quotes
        );
        assert!(!a.indirect.is_empty());
        assert!(a.figures.len() >= 2, "{:?}", a.figures);
        #[cfg(feature = "ssr")]
        for part in &sample.parts[1..] {
            assert!(!part.is_empty());
        }
        // The engine's last parse is still the job's: the same text again
        // is not parsed again.
        let again = engine.compute(&job(2, "„Wir sind bereit“, sagte der Minister."), &tick);
        assert_eq!(again.parse_ms, 0.0);
        assert_eq!(again.article, first.article);
    }

    #[test]
    fn the_same_text_is_parsed_once() {
        let mut engine = Engine::new();
        let clock = std::cell::Cell::new(0.0);
        let tick = || {
            clock.set(clock.get() + 1.0);
            clock.get()
        };
        let first = engine.compute(&job(1, "„Wir sind bereit“, sagte der Minister."), &tick);
        assert!(first.parse_ms > 0.0);
        let again = engine.compute(&job(2, "„Wir sind bereit“, sagte der Minister."), &tick);
        assert_eq!(again.parse_ms, 0.0);
        assert_eq!(again.article, first.article);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn with_the_world_files_the_map_is_cut_once_its_admin1_files_are_there() {
        let root = crate::story::Story::repo_root();
        let raw = std::fs::read_to_string(root.join("kursk-nordkorea").join("article.txt"))
            .expect("article.txt");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/world");
        let read = |f: &str| std::fs::read(dir.join(f)).expect("world file");
        let mut engine = Engine::new();
        engine
            .add_gazetteer(&read("gazetteer.bin"))
            .expect("gazetteer");
        engine
            .add_world(
                &read(mapdata::world::ADMIN0_FILE),
                &read(mapdata::world::BORDERS_FILE),
                &read(mapdata::world::INDEX_FILE),
            )
            .expect("world");
        let j = job(3, &super::super::text::normalise(&raw));
        let first = engine.compute(&j, &|| 0.0);
        assert_eq!(first.map, None, "waits for its admin-1 files");
        assert!(!engine.settled());
        let needed = engine.missing().to_vec();
        assert!(needed.contains(&"RU".to_owned()), "{needed:?}");
        for id in &needed {
            let bytes = read(&mapdata::world::admin1_file(id));
            engine.add_admin1(id, Some(&bytes)).expect("admin-1");
        }
        let done = engine.compute(&j, &|| 0.0);
        assert!(engine.missing().is_empty());
        assert!(engine.settled());
        let map = done.map.expect("the map").into_map();
        let built = crate::story::Story::load(&root, "kursk-nordkorea").expect("story loads");
        assert!(map.asset.is_some());
        assert_eq!(map.focus_label, built.map.focus_label);
        // An admin-1 file that cannot be fetched: drawn whole, not waited for.
        let mut bare = Engine::new();
        bare.add_gazetteer(&read("gazetteer.bin"))
            .expect("gazetteer");
        bare.add_world(
            &read(mapdata::world::ADMIN0_FILE),
            &read(mapdata::world::BORDERS_FILE),
            &read(mapdata::world::INDEX_FILE),
        )
        .expect("world");
        bare.compute(&j, &|| 0.0);
        for id in bare.missing().to_vec() {
            assert!(bare.add_admin1(&id, None).is_err());
        }
        let whole = bare.compute(&j, &|| 0.0);
        assert!(bare.missing().is_empty());
        assert!(whole.map.expect("a map").asset.is_some());
    }
}
