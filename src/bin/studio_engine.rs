//! The Studio's engine in the browser (`studio_engine`, its own wasm, run
//! in a worker by the Studio's worker script, scripts/studio-build.mjs):
//! reads the world files it is given, and answers each job the page sends
//! (bytes in, bytes out) with [`lagebild::studio::engine::Engine`]. The
//! worker script fetches the files and passes messages; nothing here
//! touches the page.
use lagebild::studio::engine::{Engine, Job, Load};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::new());
}

/// Milliseconds from the worker's (or page's) clock.
fn now() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Answers a job (postcard bytes) with its outcome (postcard bytes).
#[wasm_bindgen]
pub fn compute(job: &[u8]) -> Result<Vec<u8>, JsError> {
    let job = Job::decode(job).map_err(|e| JsError::new(&e))?;
    Ok(ENGINE.with_borrow_mut(|e| e.compute(&job, &now)).encode())
}

/// Warms the engine on a text of its own ([`Engine::warm`]): the sample's
/// outcome (postcard bytes), for the page to warm its decoding.
#[wasm_bindgen]
pub fn warm() -> Vec<u8> {
    ENGINE.with_borrow_mut(Engine::warm).encode()
}

/// Reads a `story.toml` (the page's wasm has no TOML reader): the
/// form, or the message that names the line and the key, as postcard
/// bytes of a `Result<StoryMeta, String>`.
#[wasm_bindgen]
pub fn read_toml(text: &str) -> Vec<u8> {
    lagebild::studio::engine::read_toml(text)
}

/// The admin-1 files (country ids) the last job's map waits for.
#[wasm_bindgen]
pub fn missing() -> Vec<String> {
    ENGINE.with_borrow(|e| e.missing().to_vec())
}

/// Whether the last outcome is final (no file on its way).
#[wasm_bindgen]
pub fn settled() -> bool {
    ENGINE.with_borrow(Engine::settled)
}

/// The file name of a country's admin-1 areas, in the world folder.
#[wasm_bindgen]
pub fn admin1_file(id: &str) -> String {
    mapdata::world::admin1_file(id)
}

/// The world map's shared files, in the order [`world`] takes them.
#[wasm_bindgen]
pub fn world_files() -> Vec<String> {
    [
        mapdata::world::ADMIN0_FILE,
        mapdata::world::BORDERS_FILE,
        mapdata::world::INDEX_FILE,
    ]
    .map(str::to_owned)
    .to_vec()
}

/// `what` ("places" or "atlas") is being fetched (`failed`: it could not be).
#[wasm_bindgen]
pub fn loading(what: &str, failed: bool) {
    let state = if failed { Load::Failed } else { Load::Loading };
    ENGINE.with_borrow_mut(|e| e.set_state(what, state));
}

#[wasm_bindgen]
pub fn gazetteer(bytes: &[u8]) -> Result<(), JsError> {
    ENGINE
        .with_borrow_mut(|e| e.add_gazetteer(bytes))
        .map_err(|e| JsError::new(&e))
}

#[wasm_bindgen]
pub fn world(admin0: &[u8], borders: &[u8], index: &[u8]) -> Result<(), JsError> {
    ENGINE
        .with_borrow_mut(|e| e.add_world(admin0, borders, index))
        .map_err(|e| JsError::new(&e))
}

/// A country's admin-1 file, or none when it could not be fetched (the
/// map draws the country whole).
#[wasm_bindgen]
pub fn admin1(id: &str, bytes: Option<Vec<u8>>) -> Result<(), JsError> {
    ENGINE
        .with_borrow_mut(|e| e.add_admin1(id, bytes.as_deref()))
        .map_err(|e| JsError::new(&e))
}

fn main() {
    console_error_panic_hook::set_once();
}
