//! The Studio in the browser: a text field for the article (typed, pasted
//! or dropped as a `.txt` file), the draft kept in local storage, the form,
//! the checks, the export, and the preview: its masthead rendered here, its
//! map, figures, quotes and article as the engine rendered them by the page
//! components the build uses ([`super::parts`]), each put in place in a task
//! of its own.
//!
//! The parse, the corrections, the map cut and that render run in the Studio's engine
//! ([`super::engine`]), a wasm of its own in a worker (started by the
//! Studio's start module, scripts/studio-build.mjs, once the editor reaches
//! the text field): this page sends it each text as a job
//! (`lagebild:job` on window) and renders each answer (`lagebild:engine`),
//! so no parse, no reading of the world files and no map cut holds the
//! page. The engine fetches the world files itself (the service worker
//! keeps them once fetched).
use super::engine::{
    form_from_text, form_to_text, toml_read, Job, Load, Outcome, Request, WireMap,
};
use super::panels::{CheckPanel, Ctx, FramePanel, Publish};
use super::parts::RENDERED;
use super::{assemble, blank_meta, text::normalise, DEBOUNCE_MS, DRAFT_KEY, FORM_KEY};
use crate::corrections::Applied;
use crate::page::{tr, Section};
use crate::story::{Pair, Story, StoryMap, StoryMeta};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The engine's answer to a request, as the preview takes it.
#[derive(Clone)]
struct Answer {
    /// Parsed, with the corrections applied.
    article: article::Article,
    applied: Applied,
    /// `None` until the engine could cut it.
    map: Option<StoryMap>,
    /// The preview's parts the engine rendered ([`RENDERED`]).
    parts: Arc<[String; 4]>,
}

/// What the preview shows: the story (the masthead and the side panels
/// read it) and the parts the engine rendered from it.
#[derive(Clone)]
struct Drawn {
    story: Arc<Story>,
    parts: Arc<[String; 4]>,
}

thread_local! {
    /// The last job sent to the engine: its number and what it asked.
    static SENT: RefCell<Option<(u64, Request)>> = const { RefCell::new(None) };
    /// The engine's last answer, with the request it answers: a change of
    /// the form that does not touch the parse or the map (a title, a
    /// heading, the groups) is previewed from it at once.
    static LAST: RefCell<Option<(Request, Answer)>> = const { RefCell::new(None) };
    /// The parts of the preview last completed, as the engine rendered
    /// them (the HTML export: the reader pages' live behaviour changes
    /// what is on screen, a chart drawn on canvas would be blank without
    /// script).
    static SHOWN: RefCell<Option<Arc<[String; 4]>>> = const { RefCell::new(None) };
}

/// What the engine is asked for the text and the form.
fn request_of(text: String, form: &StoryMeta) -> Request {
    Request {
        text,
        form: form.clone(),
    }
}

/// The preview of an answer with the form as it is now (its empty fields
/// filled with defaults).
fn drawn_from(answer: &Answer, form: &StoryMeta) -> Drawn {
    let mut story = assemble(answer.article.clone(), answer.applied.clone(), form);
    if let Some(map) = &answer.map {
        story.map = map.clone();
    }
    Drawn {
        story: Arc::new(story),
        parts: answer.parts.clone(),
    }
}

/// The preview for `request` if the engine has answered it already.
fn answered(request: &Request) -> Option<Drawn> {
    LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(r, _)| r == request)
            .map(|(r, a)| drawn_from(a, &r.form))
    })
}

/// Sends `request` to the engine (through the start module) as a new job.
fn send_job(request: Request) {
    let generation = SENT.with_borrow(|s| s.as_ref().map_or(0, |(g, _)| *g)) + 1;
    let job = Job {
        generation,
        request,
    };
    let bytes = js_sys::Uint8Array::from(job.encode().as_slice());
    SENT.with_borrow_mut(|s| *s = Some((generation, job.request)));
    dispatch("lagebild:job", &bytes);
}

/// Dispatches the event `name` with `detail` on window.
fn dispatch(name: &str, detail: &wasm_bindgen::JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    if let (Some(window), Ok(ev)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(name, &init),
    ) {
        let _ = window.dispatch_event(&ev);
    }
}

/// What the engine says (`lagebild:engine`'s detail): an outcome's bytes,
/// or an error.
enum Said {
    Outcome(Box<Outcome>),
    /// The engine's warm-up outcome ([`super::engine::Engine::warm`]).
    Warm(Box<Outcome>),
    Failed(String),
}

fn said(detail: &wasm_bindgen::JsValue) -> Option<Said> {
    let get = |key: &str| js_sys::Reflect::get(detail, &key.into()).ok();
    match get("type")?.as_string()?.as_str() {
        kind @ ("outcome" | "warm") => {
            let bytes = get("bytes")?
                .dyn_into::<js_sys::Uint8Array>()
                .ok()?
                .to_vec();
            Some(match (Outcome::decode(&bytes), kind) {
                (Ok(o), "warm") => Said::Warm(Box::new(o)),
                (Ok(o), _) => Said::Outcome(Box::new(o)),
                // A warm-up that does not read is no failure of the preview.
                (Err(_), "warm") => return None,
                (Err(e), _) => Said::Failed(e),
            })
        }
        "error" => Some(Said::Failed(
            get("message")
                .and_then(|m| m.as_string())
                .unwrap_or_default(),
        )),
        _ => None,
    }
}

pub(super) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    read_response(start_fetch(url)?).await
}

/// Sends the request now (so several go out at once); [`read_response`]
/// waits for it.
fn start_fetch(url: &str) -> Result<JsFuture, String> {
    let window = web_sys::window().ok_or("no window")?;
    Ok(JsFuture::from(window.fetch_with_str(url)))
}

async fn read_response(request: JsFuture) -> Result<Vec<u8>, String> {
    let response: web_sys::Response = request
        .await
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Where the interface language is kept (the reader pages use the same key).
const LANG_KEY: &str = "lagebild.lang";

/// Whether the draft is kept in this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Saved {
    /// Nothing typed yet (or "Neu").
    Nothing,
    /// The text as it is now is in local storage.
    Yes,
    /// Local storage is blocked or full: the draft lives only in this tab.
    No,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps `text` as the draft (an empty text removes it); whether that worked.
fn save_draft(text: &str) -> Saved {
    let Some(store) = storage() else {
        return Saved::No;
    };
    let done = if text.is_empty() {
        store.remove_item(DRAFT_KEY)
    } else {
        store.set_item(DRAFT_KEY, text)
    };
    match (done, text.is_empty()) {
        (Err(_), _) => Saved::No,
        (Ok(()), true) => Saved::Nothing,
        (Ok(()), false) => Saved::Yes,
    }
}

/// The form as it was left: a blank one if none or unreadable, and the
/// text of one kept as TOML by an earlier Studio (read through the engine,
/// [`read_toml`], then applied).
fn load_form() -> (StoryMeta, Option<String>) {
    let Some(kept) = storage().and_then(|s| s.get_item(FORM_KEY).ok().flatten()) else {
        return (blank_meta(), None);
    };
    match form_from_text(&kept) {
        Some(form) => (form, None),
        None => (blank_meta(), Some(kept)),
    }
}

/// Keeps the form beside the draft (a blank form removes it).
fn save_form(form: &StoryMeta) {
    let Some(store) = storage() else { return };
    let _ = if *form == blank_meta() {
        store.remove_item(FORM_KEY)
    } else {
        store.set_item(FORM_KEY, &form_to_text(form))
    };
}

/// Reads a `story.toml` in the engine (the page's wasm has no TOML
/// reader): the form, or the message that names the line and the key.
pub(super) async fn read_toml(text: String) -> Result<StoryMeta, String> {
    let mut answer = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| answer = Some(resolve));
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"text".into(), &text.into());
    if let Some(resolve) = answer {
        let _ = js_sys::Reflect::set(&detail, &"resolve".into(), &resolve);
    }
    dispatch("lagebild:toml", &detail);
    let bytes = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
        .ok_or("the Studio's engine did not start (reloading may help)")?;
    toml_read(&bytes.to_vec())
}

fn load_draft() -> Option<String> {
    storage()?
        .get_item(DRAFT_KEY)
        .ok()
        .flatten()
        .filter(|t| !t.is_empty())
}

/// The interface language at start: `?lang=` first, then the stored choice.
fn start_lang() -> &'static str {
    let from_url = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|p| p.get("lang"));
    let stored = || storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    match from_url
        .or_else(stored)
        .as_deref()
        .map(crate::i18n::Lang::parse)
    {
        Some(Some(crate::i18n::Lang::En)) => "en",
        _ => "de",
    }
}

fn set_lang(code: &str) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if code == "en" {
        let _ = root.set_attribute("data-lang", "en");
    } else {
        let _ = root.remove_attribute("data-lang");
    }
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// Records `ms` milliseconds that ended now as the performance measure
/// `name` (the engine's parse and map cut; the Studio's bench reads them).
fn record(name: &str, ms: f64) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if ms <= 0.0 {
        return;
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &(perf.now() - ms).into());
    let _ = js_sys::Reflect::set(&options, &"duration".into(), &ms.into());
    if let Ok(measure) = js_sys::Reflect::get(&perf, &"measure".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = measure.call2(&perf, &name.into(), &options);
    }
}

/// Runs `f` between two performance marks and records the time between as
/// a measure named `name` (the Studio's bench reads them).
fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    out
}

/// The preview as one static page's body: the masthead as shown (nothing
/// live changes it) and the parts as the engine rendered them, each in its
/// box, as in the preview. `None` before any preview.
pub(super) fn static_preview() -> Option<String> {
    let masthead = web_sys::window()?
        .document()?
        .query_selector("[data-testid=preview-masthead]")
        .ok()??
        .outer_html();
    SHOWN.with_borrow(|shown| {
        let parts = shown.as_ref()?;
        let mut body = masthead;
        for (name, markup) in RENDERED.iter().zip(parts.iter()) {
            if !markup.is_empty() {
                body.push_str(&format!(
                    "<div class=\"studio-part\" data-part=\"{name}\">{markup}</div>"
                ));
            }
        }
        Some(body)
    })
}

/// Tells the start module that the preview is new (`lagebild:preview` on
/// window): it attaches the reader pages' live behaviour (pan, zoom,
/// selection, filters, charts) to it, from their own wasm, loaded once.
fn announce_preview() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(ev) = web_sys::Event::new("lagebild:preview") {
        let _ = window.dispatch_event(&ev);
    }
}

/// A performance mark (the Studio's bench and traces see which step of
/// the preview a task is).
fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Mounts the Studio into `#studio` and marks the page ready
/// (`data-studio-ready` on `<html>`).
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("studio")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    set_lang(start_lang());
    root.set_inner_html("");
    leptos::mount::mount_to(root, Studio).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-studio-ready", "");
    }
}

/// The Studio: the text field and the preview.
#[component]
fn Studio() -> impl IntoView {
    let draft = load_draft().unwrap_or_default();
    let (kept_form, kept_toml) = load_form();
    let form = RwSignal::new(kept_form);
    // A form an earlier Studio kept as TOML: read, then applied (and kept
    // in today's form); one that does not read is left blank.
    if let Some(toml) = kept_toml {
        wasm_bindgen_futures::spawn_local(async move {
            match read_toml(toml).await {
                Ok(kept) => form.set(kept),
                Err(e) => leptos::logging::warn!("Lagebild-Studio: Formular nicht gelesen: {e}"),
            }
        });
    }
    let notice = RwSignal::new(None::<Pair>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let (too_long, set_too_long) = signal(too_long_for_preview(&draft));
    let (story, set_story) = signal(None::<Drawn>);
    let (saved, set_saved) = signal(if storage().is_none() {
        Saved::No
    } else if draft.is_empty() {
        Saved::Nothing
    } else {
        Saved::Yes
    });
    // The preview in slices: the masthead at once, then each part the
    // engine rendered put in place in a task of its own, so that no one
    // task draws the whole preview, and each part stays as it was until its
    // new version replaces it. The side panels come last.
    let head = RwSignal::new(None::<Arc<Story>>);
    let html: [RwSignal<Option<Arc<str>>>; 4] = std::array::from_fn(|_| RwSignal::new(None));
    let panels = RwSignal::new(None::<Arc<Story>>);
    let (complete, set_complete) = signal(false);
    // The parts the last new story drew (`data-drawn` on the preview).
    let (drawn, set_drawn) = signal(String::new());
    let round = StoredValue::new(0u64);
    Effect::new(move |_| {
        let next = story.get();
        round.update_value(|r| *r += 1);
        let mine = round.get_value();
        set_complete.set(false);
        let Some(next) = next else {
            head.set(None);
            panels.set(None);
            for part in html {
                part.set(None);
            }
            return;
        };
        let mut names = vec!["masthead"];
        head.set(Some(next.story.clone()));
        for (k, part) in html.into_iter().enumerate() {
            // A part the engine rendered as before keeps what it shows.
            if part.with_untracked(|old| old.as_deref() == Some(next.parts[k].as_str())) {
                continue;
            }
            names.push(RENDERED[k]);
            let markup: Arc<str> = next.parts[k].as_str().into();
            set_timeout(
                move || {
                    if round.get_value() == mine {
                        mark(&format!("lagebild-studio:part:{}", RENDERED[k]));
                        part.set(Some(markup));
                    }
                },
                Duration::from_millis(0),
            );
        }
        names.push("panels");
        let story = next.story;
        set_timeout(
            move || {
                if round.get_value() == mine {
                    mark("lagebild-studio:part:panels");
                    panels.set(Some(story));
                }
            },
            Duration::from_millis(0),
        );
        set_drawn.set(names.join(" "));
        // Then the preview is complete: kept and announced (its live
        // behaviour is attached).
        let shown = next.parts;
        set_timeout(
            move || {
                if round.get_value() == mine {
                    SHOWN.with_borrow_mut(|s| *s = Some(shown));
                    set_complete.set(true);
                    announce_preview();
                }
            },
            Duration::from_millis(0),
        );
    });
    let has_story = Memo::new(move |_| story.with(Option::is_some));
    // Whether the preview is behind the text: typing not paused yet, or
    // the engine not answered yet.
    let (pending, set_pending) = signal(false);
    let (lang, set_lang_signal) = signal(start_lang());
    // Each change counts up; a timer parses only if no change came after it.
    let generation = StoredValue::new(0u64);
    // The change the last job was sent at: its answer ends `pending` only
    // if no change came after it.
    let sent_at = StoredValue::new(0u64);
    // The world gazetteer and the world map, as the engine last said.
    let (places, set_places) = signal(Load::Idle);
    let (atlas, set_atlas) = signal(Load::Idle);
    // The engine's answers.
    if let Some(window) = web_sys::window() {
        gloo_events::EventListener::new(&window, "lagebild:engine", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::CustomEvent>() else {
                return;
            };
            match measured("lagebild-studio:decode", || said(&ev.detail())) {
                Some(Said::Outcome(outcome)) => {
                    let outcome = *outcome;
                    let Some(request) = SENT.with_borrow(|s| {
                        s.as_ref()
                            .filter(|(g, _)| *g == outcome.generation)
                            .map(|(_, r)| r.clone())
                    }) else {
                        // An answer to a job a newer one replaced.
                        return;
                    };
                    record("lagebild-studio:parse", outcome.parse_ms);
                    record("lagebild-studio:map", outcome.cut_ms);
                    set_places.set(outcome.places);
                    set_atlas.set(outcome.atlas);
                    let applied = outcome.applied();
                    record("lagebild-studio:render", outcome.render_ms);
                    let answer = Answer {
                        article: outcome.article,
                        applied,
                        map: outcome.map.map(WireMap::into_map),
                        parts: Arc::new(outcome.parts),
                    };
                    // The story, then the preview, each in a task of its
                    // own: the first answer meets code the browser has not
                    // compiled yet, and no one task should hold the page.
                    let current = move || {
                        SENT.with_borrow(|s| s.as_ref().is_some_and(|(g, _)| *g == outcome.generation))
                    };
                    set_timeout(
                        move || {
                            if !current() {
                                return;
                            }
                            let preview = measured("lagebild-studio:story", || {
                                drawn_from(&answer, &request.form)
                            });
                            LAST.with_borrow_mut(|l| *l = Some((request, answer)));
                            set_timeout(
                                move || {
                                    if !current() {
                                        return;
                                    }
                                    if too_long.get_untracked().is_none() {
                                        set_story.set(Some(preview));
                                    }
                                    if generation.get_value() == sent_at.get_value() {
                                        set_pending.set(false);
                                    }
                                },
                                Duration::from_millis(0),
                            );
                        },
                        Duration::from_millis(0),
                    );
                }
                Some(Said::Warm(outcome)) => {
                    // The page's side of the warm-up: the story of the
                    // sample assembled once and dropped (its code compiled
                    // before the first real answer needs it).
                    let outcome = *outcome;
                    let applied = outcome.applied();
                    let answer = Answer {
                        article: outcome.article,
                        applied,
                        map: None,
                        parts: Arc::new(outcome.parts),
                    };
                    let form = form.get_untracked();
                    measured("lagebild-studio:warm-page", || drop(drawn_from(&answer, &form)));
                }
                Some(Said::Failed(e)) => {
                    leptos::logging::warn!("Lagebild-Studio: Vorschau nicht berechnet: {e}");
                    notice.set(Some([
                        format!("Die Vorschau konnte nicht berechnet werden ({e}). Neu laden kann helfen; der Entwurf bleibt gespeichert."),
                        format!("The preview could not be computed ({e}). Reloading may help; the draft stays saved."),
                    ]));
                    set_pending.set(false);
                }
                None => {}
            }
        })
        .forget();
    }
    let current = move || field.get().map(|f| f.value()).unwrap_or_default();
    let refresh_with = move |text: String| {
        generation.update_value(|g| *g += 1);
        set_saved.set(save_draft(&text));
        let long = too_long_for_preview(&text);
        // Set only when it changes: a set redraws what reads it (here the
        // whole preview), even to the same value.
        if too_long.get_untracked() != long {
            set_too_long.set(long);
        }
        if long.is_some() {
            set_story.set(None);
            set_pending.set(false);
            return;
        }
        let text = normalise(&text);
        if text.is_empty() {
            set_story.set(None);
            set_pending.set(false);
            return;
        }
        let request = form.with_untracked(|f| request_of(text, f));
        if let Some(preview) = answered(&request) {
            set_story.set(Some(preview));
            set_pending.set(false);
        } else {
            sent_at.set_value(generation.get_value());
            set_pending.set(true);
            send_job(request);
        }
    };
    let refresh_now = move || refresh_with(current());
    let changed = move || {
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_pending.set(true);
        set_timeout(
            move || {
                if generation.get_value() == mine {
                    refresh_now();
                }
            },
            Duration::from_millis(DEBOUNCE_MS),
        );
    };
    // The draft of the last visit, once the page is mounted.
    if !draft.is_empty() && too_long.get_untracked().is_none() {
        let draft = draft.clone();
        set_timeout(move || refresh_with(draft), Duration::from_millis(0));
    }
    // A change of the form is kept and previewed like typing (after a pause).
    Effect::new(move |first: Option<()>| {
        form.with(save_form);
        if first.is_some() {
            changed();
        }
    });
    // Replaces the selection with `text` (already normalised), as typing
    // would; a paste is complete at once, so it is parsed without waiting
    // for a pause.
    let insert = move |text: &str| {
        let Some(f) = field.get() else { return };
        let (start, end) = (
            f.selection_start().ok().flatten().unwrap_or(0),
            f.selection_end().ok().flatten().unwrap_or(0),
        );
        if measured("lagebild-studio:insert", || {
            f.set_range_text_with_start_and_end(text, start, end)
        })
        .is_ok()
        {
            let caret = start + text.encode_utf16().count() as u32;
            let _ = f.set_selection_range(caret, caret);
        }
        refresh_now();
    };
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        // Only the plain text: markup from a web page or a word processor
        // never reaches the field.
        let Some(plain) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .filter(|p| !p.is_empty())
        else {
            // No plain text: the browser's own paste (a text field takes
            // plain text only).
            return;
        };
        ev.prevent_default();
        let text = measured("lagebild-studio:normalise", || normalise(&plain));
        // Far too long a text is not put in the field at all: a browser's
        // text field takes seconds to lay out a megabyte.
        if let Some(chars) = too_long_for_preview(&text) {
            notice.set(Some(not_taken(chars)));
            return;
        }
        notice.set(None);
        insert(&text);
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        ev.prevent_default();
        let is_text = file.type_().starts_with("text/")
            || file.name().to_lowercase().ends_with(".txt")
            || file.type_().is_empty();
        if !is_text {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(value) = wasm_bindgen_futures::JsFuture::from(file.text()).await else {
                return;
            };
            let text = normalise(&value.as_string().unwrap_or_default());
            if let Some(chars) = too_long_for_preview(&text) {
                notice.set(Some(not_taken(chars)));
                return;
            }
            if let Some(f) = field.get_untracked() {
                f.set_value(&text);
            }
            refresh_now();
        });
    };
    let clear = move |_| {
        if let Some(f) = field.get() {
            f.set_value("");
            let _ = f.focus();
        }
        form.set(blank_meta());
        notice.set(None);
        refresh_now();
    };
    let ctx = Ctx {
        form,
        story: panels.read_only(),
        lang,
        notice,
        text: Callback::new(move |()| current()),
        set_text: Callback::new(move |text: String| {
            if let Some(f) = field.get_untracked() {
                f.set_value(&normalise(&text));
            }
            refresh_now();
        }),
    };
    let toggle_lang = move |_| {
        let next = if lang.get() == "en" { "de" } else { "en" };
        set_lang(next);
        set_lang_signal.set(next);
        // The preview's live parts read the language when they attach.
        announce_preview();
    };
    let status = move || {
        match saved.get() {
        Saved::Nothing => tr(
            "Entwürfe bleiben in diesem Browser gespeichert.",
            "Drafts are kept in this browser.",
        )
        .into_any(),
        Saved::Yes => tr(
            "Entwurf in diesem Browser gespeichert.",
            "Draft saved in this browser.",
        )
        .into_any(),
        Saved::No => tr(
            "Entwurf nicht gespeichert: Der Browser erlaubt keinen lokalen Speicher (gesperrt oder voll). Das Studio arbeitet trotzdem; der Text geht beim Schließen verloren.",
            "Draft not saved: the browser allows no local storage (blocked or full). The Studio still works; the text is lost when you close it.",
        )
        .into_any(),
    }
    };

    view! {
        <nav class="sections ui studio-bar" aria-label="Studio" data-en-label="Studio">
            <button type="button" class="studio-new" data-testid="studio-new" on:click=clear>
                {tr("Neu", "New")}
            </button>
            <p class="draft-status" role="status" data-testid="draft-status" data-saved=move || match saved.get() {
                Saved::Nothing => "nothing",
                Saved::Yes => "yes",
                Saved::No => "no",
            }>{status}</p>
            <Publish ctx/>
            <button type="button" class="studio-lang-toggle" data-testid="studio-lang" on:click=toggle_lang
                aria-pressed=move || if lang.get() == "en" { "true" } else { "false" }>
                <span class="l-de" lang="en">"English"</span>
                <span class="l-en" lang="de">"Deutsch"</span>
            </button>
        </nav>
        <p class="notice studio-notice" role="alert" data-testid="studio-notice" hidden=move || notice.with(Option::is_none)>
            {move || notice.get().map(|[de, en]| tr(de, en))}
        </p>
        <main class="studio-grid">
            <div class="studio-side">
            <section class="panel studio-input" aria-labelledby="studio-text-titel">
                <h2 id="studio-text-titel">
                    <label for="studio-text">{tr("Artikeltext", "Article text")}</label>
                </h2>
                <p class="studio-hint" id="studio-text-hint">
                    {tr(
                        "Einfügen, tippen oder eine .txt-Datei hierher ziehen. Ein Absatz pro Zeile oder durch Leerzeilen getrennt. Der Text verlässt diesen Browser nicht.",
                        "Paste, type or drop a .txt file here. One paragraph per line or separated by empty lines. The text never leaves this browser.",
                    )}
                </p>
                <textarea
                    id="studio-text"
                    class="studio-text"
                    data-testid="studio-text"
                    lang="de"
                    spellcheck="false"
                    aria-describedby="studio-text-hint"
                    node_ref=field
                    prop:value=draft
                    on:input=move |_| changed()
                    on:paste=on_paste
                    on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
                    on:drop=on_drop
                ></textarea>
            </section>
            <FramePanel ctx/>
            <CheckPanel ctx/>
            </div>
            <div class="studio-preview" id=crate::hooks::id::APP data-testid="studio-preview" data-drawn=drawn
                aria-busy=move || if pending.get() { "true" } else { "false" }>
                <p class="studio-places ui" role="status" data-testid="studio-places" data-studio-only=""
                    data-state=move || match places.get() {
                        Load::Idle => "idle",
                        Load::Loading => "loading",
                        Load::Ready => "ready",
                        Load::Failed => "failed",
                    }>
                    {move || match places.get() {
                        Load::Loading => Some(tr(
                            "Das Ortsverzeichnis wird geladen; bis dahin erkennt das Studio nur Länder und große Orte.",
                            "Loading the gazetteer; until then the Studio recognises only countries and major places.",
                        )),
                        Load::Failed => Some(tr(
                            "Das Ortsverzeichnis konnte nicht geladen werden: Das Studio erkennt nur Länder und große Orte.",
                            "The gazetteer could not be loaded: the Studio recognises only countries and major places.",
                        )),
                        Load::Idle | Load::Ready => None,
                    }}
                </p>
                {move || match (too_long.get(), has_story.get()) {
                    (Some(chars), _) => view! { <TooLong chars/> }.into_any(),
                    (None, true) => view! { <Preview head html complete places atlas/> }.into_any(),
                    (None, false) => view! { <Empty/> }.into_any(),
                }}
            </div>
        </main>
    }
}

/// How many characters the Studio previews at most: a long news article
/// has about 20.000; a parse and render of many more would hold a slow
/// phone for seconds.
pub const MAX_CHARS: usize = 60_000;

/// The text's length in characters when it is over [`MAX_CHARS`].
fn too_long_for_preview(text: &str) -> Option<usize> {
    // Bytes bound characters from above: most texts need no count.
    if text.len() <= MAX_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_CHARS).then_some(chars)
}

/// The message for a pasted or dropped text over [`MAX_CHARS`].
fn not_taken(chars: usize) -> Pair {
    let (n, max) = (
        crate::format::number(chars as f64),
        crate::format::number(MAX_CHARS as f64),
    );
    [
        format!("Nicht eingefügt: Der Text hat {n} Zeichen. Das Studio nimmt Texte bis {max} Zeichen; ein langer Nachrichtenartikel hat etwa 20.000. Bitte den Artikel allein einfügen."),
        format!("Not inserted: the text has {} characters. The Studio takes texts of up to {} characters; a long news article has about 20,000. Paste the article alone.", n.replace('.', ","), max.replace('.', ",")),
    ]
}

/// What the Studio shows for a text too long to preview.
#[component]
fn TooLong(chars: usize) -> impl IntoView {
    let (n, max) = (
        crate::format::number(chars as f64),
        crate::format::number(MAX_CHARS as f64),
    );
    let n_en = n.replace('.', ",");
    let max_en = max.replace('.', ",");
    view! {
        <section class="panel studio-empty" role="alert" data-testid="studio-too-long" aria-labelledby="studio-long-titel">
            <h2 id="studio-long-titel">{tr("Text zu lang für die Vorschau", "Text too long for the preview")}</h2>
            <p>
                {tr(
                    format!("Der Text hat {n} Zeichen. Das Studio zeigt Erklärstücke für Texte bis {max} Zeichen; ein langer Nachrichtenartikel hat etwa 20.000. Bitte den Artikel allein einfügen oder kürzen. Der Text bleibt im Feld und im Entwurf."),
                    format!("The text has {n_en} characters. The Studio shows explainers for texts of up to {max_en} characters; a long news article has about 20,000. Paste the article alone, or shorten it. The text stays in the field and in the draft."),
                )}
            </p>
        </section>
    }
}

/// What the Studio shows before there is any text.
#[component]
fn Empty() -> impl IntoView {
    view! {
        <section class="panel studio-empty" data-testid="studio-empty" aria-labelledby="studio-empty-titel">
            <h2 id="studio-empty-titel">{tr("Noch kein Text", "No text yet")}</h2>
            <p>
                {tr(
                    "Fügen Sie links den Text eines deutschen Nachrichtenartikels ein: Überschrift und Absätze, gern mit Zitaten, Zahlen und Orten. Hier erscheint dann sofort das Erklärstück: die Karte, die Zitate mit Sprechern, die Zahlen im Vergleich und der Artikel mit allem, was erkannt wurde.",
                    "Paste the text of a German news article on the left: headline and paragraphs, ideally with quotes, figures and places. The explainer appears here at once: the map, the quotes with their speakers, the figures compared, and the article with everything recognised.",
                )}
            </p>
        </section>
    }
}

/// The explainer of the draft: the masthead, rendered here from the story,
/// and the parts the engine rendered by the page components the build
/// uses ([`super::parts`]), each put in place by the Studio in a task of
/// its own.
#[component]
fn Preview(
    head: RwSignal<Option<Arc<Story>>>,
    html: [RwSignal<Option<Arc<str>>>; 4],
    complete: ReadSignal<bool>,
    places: ReadSignal<Load>,
    atlas: ReadSignal<Load>,
) -> impl IntoView {
    let masthead = move || {
        head.get().map(|story| {
            let [title_de, title_en] = story.meta.title.clone();
            let note = story.meta.note.clone().map(|[de, en]| {
                view! { <p class="story-note" data-testid="story-note">{tr(de, en)}</p> }
            });
            let lede = crate::page::lede(&story);
            view! {
                <header class="masthead studio-masthead" data-testid="preview-masthead">
                    <p class="kicker">{tr("Lagebild · Erklärstück", "Lagebild · Explainer")}</p>
                    <h1>{tr(title_de, title_en)}</h1>
                    {note}
                    <p class="lede">{lede}</p>
                </header>
            }
        })
    };
    let [map, figures, quotes, article] = html;
    // A part as the engine rendered it (a `display: contents` box: the
    // part's own element lays out as a child of the preview).
    let part = |name: &'static str, markup: RwSignal<Option<Arc<str>>>| {
        move || {
            markup.get().map(|markup| {
                view! { <div class="studio-part" data-part=name inner_html=markup></div> }
            })
        }
    };
    let map = move || {
        map.get().map(|markup| {
            if markup.is_empty() {
                let title = head
                    .with_untracked(|h| h.as_ref().map(|s| s.meta.sections.map.clone()))
                    .unwrap_or_default();
                map_waiting(title, places, atlas).into_any()
            } else {
                view! { <div class="studio-part" data-part="map" inner_html=markup></div> }
                    .into_any()
            }
        })
    };
    view! {
        {masthead}
        {map}
        {part("figures", figures)}
        {part("quotes", quotes)}
        {part("article", article)}
        // The preview is whole (browser specs and the bench wait for it).
        {move || complete.get().then(|| view! {
            <span hidden data-testid="preview-complete" data-studio-only=""></span>
        })}
    }
}

/// The map part while the engine cannot draw it: the world map is on its
/// way, or could not be loaded.
fn map_waiting(title: Pair, places: ReadSignal<Load>, atlas: ReadSignal<Load>) -> impl IntoView {
    let failed = move || atlas.get() == Load::Failed || places.get() == Load::Failed;
    view! {
        <Section id=crate::hooks::id::MAP_SECTION title>
            <p class="notice studio-map-note" role="status" data-testid="studio-map-note" data-studio-only=""
                data-state=move || if failed() { "failed" } else { "loading" }>
                {move || if atlas.get() == Load::Failed {
                    tr(
                        "Die Weltkarte konnte nicht geladen werden: Das Studio zeichnet keine Karte. Orte, Zahlen und Zitate sind unten trotzdem erkannt.",
                        "The world map could not be loaded: the Studio draws no map. Places, figures and quotes are still recognised below.",
                    )
                } else if places.get() == Load::Failed {
                    tr(
                        "Ohne Ortsverzeichnis zeichnet das Studio keine Karte. Orte, Zahlen und Zitate sind unten trotzdem erkannt.",
                        "Without the gazetteer the Studio draws no map. Places, figures and quotes are still recognised below.",
                    )
                } else {
                    tr("Die Karte wird geladen …", "Loading the map …")
                }}
            </p>
        </Section>
    }
}
