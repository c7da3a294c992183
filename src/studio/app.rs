//! The Studio in the browser: a text field for the article (typed, pasted
//! or dropped as a `.txt` file), the draft kept in local storage, and the
//! preview: the article parsed in the browser (debounced while typing) and
//! shown by the same page components the build renders to HTML
//! ([`crate::page`]), here with Leptos' client-side renderer. The map is
//! cut in the browser too, from the world map's files fetched on demand
//! (the service worker keeps them once fetched).
use super::panels::{CheckPanel, Ctx, FramePanel, Publish};
use super::{
    blank_meta, draft_map, needed_admin1, parse, story_of, text::normalise, DEBOUNCE_MS, DRAFT_KEY,
    FORM_KEY,
};
use crate::page::map::{Map, MapNotes};
use crate::page::{article::ArticleView, charts::EstimateCharts, quotes::QuoteExplorer};
use crate::page::{tr, Explainer, Section};
use crate::story::{Pair, Story, StoryMeta};
use leptos::prelude::*;
use mapdata::world::AreaLayer;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The world gazetteer, once fetched and indexed (the parser finds places
/// with it, as the build does).
static WORLD: OnceLock<article::WorldGazetteer> = OnceLock::new();

/// The world map's shared files (countries, borders, index), once fetched
/// and decoded.
static ATLAS: OnceLock<atlas::World> = OnceLock::new();

/// The key of a parse: the normalised text, the date, and whether the
/// world gazetteer took part.
type ParseKey = (String, String, bool);

thread_local! {
    /// The last parse, by its key: a change of the form other than the date,
    /// or a world file arriving, does not parse again.
    static PARSED: RefCell<Option<(ParseKey, article::Article)>> = const { RefCell::new(None) };
    /// The preview's markup as the components rendered it, before the
    /// reader pages' live behaviour changed anything (the HTML export).
    static SNAPSHOT: RefCell<Option<web_sys::Node>> = const { RefCell::new(None) };
    /// The admin-1 files fetched so far, by country id (kept across parses).
    static ADMIN1: RefCell<BTreeMap<String, AreaLayer>> = const { RefCell::new(BTreeMap::new()) };
    /// Admin-1 files that could not be fetched or read (not asked for again:
    /// the map draws those countries whole, with a note).
    static ADMIN1_FAILED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
    /// Admin-1 files being fetched now.
    static ADMIN1_LOADING: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Where the world map's shared files are, when the Studio needs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Atlas {
    Idle,
    Loading,
    Ready,
    /// Could not be fetched or read: the Studio draws no map.
    Failed,
}

/// Where the world gazetteer is, when the Studio needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Places {
    /// Not asked for yet (no text so far).
    Idle,
    Loading,
    Ready,
    /// Could not be fetched or read: places come from the parser's small table.
    Failed,
}

/// The gazetteer's address, as studio.html names it (scripts/studio-build.mjs).
fn gazetteer_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=lagebild-gazetteer]")
        .ok()??
        .get_attribute("content")
}

/// The folder of the world map's files: the gazetteer's.
fn world_dir() -> Option<String> {
    let url = gazetteer_url()?;
    let cut = url.rfind('/').map_or(0, |i| i + 1);
    Some(url[..cut].to_owned())
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

/// The form as it was left (a blank one if none or unreadable).
fn load_form() -> StoryMeta {
    storage()
        .and_then(|s| s.get_item(FORM_KEY).ok().flatten())
        .and_then(|t| toml::from_str::<StoryMeta>(&t).ok())
        .unwrap_or_else(blank_meta)
}

/// Keeps the form beside the draft (a blank form removes it).
fn save_form(form: &StoryMeta) {
    let Some(store) = storage() else { return };
    let _ = if *form == blank_meta() {
        store.remove_item(FORM_KEY)
    } else {
        store.set_item(FORM_KEY, &form.to_toml())
    };
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

/// The story to preview for the text in the field (`None` for an empty
/// one), and the admin-1 files its map still needs. With the gazetteer and
/// the world map loaded and every admin-1 file the frame needs fetched (or
/// failed), the story has its map; until then an empty one.
fn preview_of(raw: &str, form: &StoryMeta) -> (Option<Arc<Story>>, Vec<String>) {
    let text = normalise(raw);
    if text.is_empty() {
        return (None, Vec::new());
    }
    let key = (
        text,
        form.published.trim().to_owned(),
        WORLD.get().is_some(),
    );
    let cached = PARSED.with_borrow(|p| {
        p.as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, a)| a.clone())
    });
    let article = cached.unwrap_or_else(|| {
        let article = measured("lagebild-studio:parse", || {
            parse(&key.0, &key.1, WORLD.get())
        });
        PARSED.with_borrow_mut(|p| *p = Some((key, article.clone())));
        article
    });
    let mut story = story_of(article, form, WORLD.get());
    let mut missing = Vec::new();
    if let (Some(g), Some(world)) = (WORLD.get(), ATLAS.get()) {
        missing = needed_admin1(&story.article, &story.meta.map, g, world);
        missing.retain(|id| {
            !ADMIN1.with_borrow(|l| l.contains_key(id))
                && !ADMIN1_FAILED.with_borrow(|f| f.contains(id))
        });
        if missing.is_empty() {
            story.map = measured("lagebild-studio:map", || {
                ADMIN1.with_borrow(|l| draft_map(&story.article, &story.meta.map, g, world, l))
            });
        }
    }
    (Some(Arc::new(story)), missing)
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

/// The preview as rendered, without live changes (empty before any).
pub(super) fn snapshot() -> Option<web_sys::Node> {
    SNAPSHOT.with_borrow(|s| s.as_ref().and_then(|n| n.clone_node_with_deep(true).ok()))
}

/// Keeps the preview's markup and tells the start module that the preview
/// is new (`lagebild:preview` on window): it attaches the reader pages'
/// live behaviour (pan, zoom, selection, filters, charts) to it, from
/// their own wasm, loaded once.
fn announce_preview() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(preview) = window
        .document()
        .and_then(|d| d.get_element_by_id(crate::hooks::id::APP))
    {
        // A copy of the nodes (parsing markup again would meet the CSP).
        SNAPSHOT.with_borrow_mut(|s| *s = preview.clone_node_with_deep(true).ok());
    }
    if let Ok(ev) = web_sys::Event::new("lagebild:preview") {
        let _ = window.dispatch_event(&ev);
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
    let form = RwSignal::new(load_form());
    let notice = RwSignal::new(None::<Pair>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let (too_long, set_too_long) = signal(too_long_for_preview(&draft));
    let (story, set_story) = signal(if too_long.get_untracked().is_some() {
        None
    } else {
        preview_of(&draft, &form.get_untracked()).0
    });
    let (saved, set_saved) = signal(if storage().is_none() {
        Saved::No
    } else if draft.is_empty() {
        Saved::Nothing
    } else {
        Saved::Yes
    });
    // Whether a preview is shown (the next one replaces it whole).
    let shown = StoredValue::new(false);
    // Whether a parse is waiting for the typing to pause.
    let (pending, set_pending) = signal(false);
    let (lang, set_lang_signal) = signal(start_lang());
    // Each change counts up; a timer parses only if no change came after it.
    let generation = StoredValue::new(0u64);

    // The world gazetteer is fetched once there is text to parse; the
    // preview is parsed again when it is there.
    let (places, set_places) = signal(Places::Idle);
    let load_places = move || {
        if places.get_untracked() != Places::Idle || WORLD.get().is_some() {
            return;
        }
        let Some(url) = gazetteer_url() else {
            set_places.set(Places::Failed);
            return;
        };
        set_places.set(Places::Loading);
        wasm_bindgen_futures::spawn_local(async move {
            let world = fetch_bytes(&url).await.and_then(|bytes| {
                measured("lagebild-studio:gazetteer", || {
                    article::WorldGazetteer::from_bytes(&bytes).map_err(|e| e.to_string())
                })
            });
            match world {
                Ok(world) => {
                    let _ = WORLD.set(world);
                    set_places.set(Places::Ready);
                }
                Err(e) => {
                    leptos::logging::warn!("Lagebild-Studio: Ortsverzeichnis nicht geladen: {e}");
                    set_places.set(Places::Failed);
                }
            }
        });
    };
    // The world map's shared files likewise, at the same time; then the
    // admin-1 files each parse's frame needs (each fetched once).
    let (atlas, set_atlas) = signal(Atlas::Idle);
    let load_atlas = move || {
        if atlas.get_untracked() != Atlas::Idle || ATLAS.get().is_some() {
            return;
        }
        let Some(dir) = world_dir() else {
            set_atlas.set(Atlas::Failed);
            return;
        };
        set_atlas.set(Atlas::Loading);
        wasm_bindgen_futures::spawn_local(async move {
            let files = [
                mapdata::world::ADMIN0_FILE,
                mapdata::world::BORDERS_FILE,
                mapdata::world::INDEX_FILE,
            ];
            let requests: Result<Vec<_>, String> = files
                .iter()
                .map(|f| start_fetch(&format!("{dir}{f}")))
                .collect();
            let world = async {
                let mut bytes = Vec::new();
                for (request, file) in requests?.into_iter().zip(files) {
                    bytes.push(
                        read_response(request)
                            .await
                            .map_err(|e| format!("{file}: {e}"))?,
                    );
                }
                measured("lagebild-studio:world", || {
                    atlas::World::from_bytes(&bytes[0], &bytes[1], &bytes[2])
                })
            }
            .await;
            match world {
                Ok(world) => {
                    let _ = ATLAS.set(world);
                    set_atlas.set(Atlas::Ready);
                }
                Err(e) => {
                    leptos::logging::warn!("Lagebild-Studio: Weltkarte nicht geladen: {e}");
                    set_atlas.set(Atlas::Failed);
                }
            }
        });
    };
    // Counts the admin-1 fetches that have finished (each parses again).
    let (admin1_done, set_admin1_done) = signal(0u32);
    let load_admin1 = move |ids: Vec<String>| {
        let Some(dir) = world_dir() else { return };
        let ids: Vec<String> = ids
            .into_iter()
            .filter(|id| ADMIN1_LOADING.with_borrow_mut(|l| l.insert(id.clone())))
            .collect();
        if ids.is_empty() {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let requests: Vec<_> = ids
                .iter()
                .map(|id| start_fetch(&format!("{dir}{}", mapdata::world::admin1_file(id))))
                .collect();
            for (id, request) in ids.into_iter().zip(requests) {
                let layer = match request {
                    Ok(r) => read_response(r).await,
                    Err(e) => Err(e),
                }
                .and_then(|bytes| atlas::admin1_from_bytes(&id, &bytes));
                match layer {
                    Ok(layer) => ADMIN1.with_borrow_mut(|l| {
                        l.insert(id.clone(), layer);
                    }),
                    Err(e) => {
                        leptos::logging::warn!(
                            "Lagebild-Studio: Gebiete von {id} nicht geladen: {e}"
                        );
                        ADMIN1_FAILED.with_borrow_mut(|f| {
                            f.insert(id.clone());
                        });
                    }
                }
                ADMIN1_LOADING.with_borrow_mut(|l| {
                    l.remove(&id);
                });
            }
            set_admin1_done.update(|n| *n += 1);
        });
    };
    let current = move || field.get().map(|f| f.value()).unwrap_or_default();
    let refresh_now = move || {
        generation.update_value(|g| *g += 1);
        let text = current();
        if !text.trim().is_empty() {
            load_places();
            load_atlas();
        }
        set_saved.set(save_draft(&text));
        set_pending.set(false);
        let long = too_long_for_preview(&text);
        set_too_long.set(long);
        if long.is_some() {
            set_story.set(None);
            return;
        }
        let (preview, missing) = form.with_untracked(|f| preview_of(&text, f));
        set_story.set(preview);
        if !missing.is_empty() {
            load_admin1(missing);
        }
        set_pending.set(false);
    };
    // A world file arrived: the preview is drawn again only once its map
    // can be (until then it would be the same preview again).
    let refresh_map = move || {
        if WORLD.get().is_none() {
            // The gazetteer's arrival parses again and draws the map then.
            return;
        }
        let text = current();
        if too_long_for_preview(&text).is_some() {
            return;
        }
        let (preview, missing) = form.with_untracked(|f| preview_of(&text, f));
        if missing.is_empty() {
            set_story.set(preview);
        } else {
            load_admin1(missing);
        }
    };
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
    Effect::new(move |_| {
        if places.get() == Places::Ready {
            // In a task after the one that read the gazetteer (busy till then).
            set_pending.set(true);
            set_timeout(refresh_now, Duration::from_millis(0));
        }
    });
    Effect::new(move |_| {
        if atlas.get() == Atlas::Ready {
            refresh_map();
        }
    });
    Effect::new(move |_| {
        if admin1_done.get() > 0 {
            refresh_map();
        }
    });
    if !draft.is_empty() {
        load_places();
        load_atlas();
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
        story,
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
            <div class="studio-preview" id=crate::hooks::id::APP data-testid="studio-preview"
                aria-busy=move || if pending.get() { "true" } else { "false" }>
                <p class="studio-places ui" role="status" data-testid="studio-places" data-studio-only=""
                    data-state=move || match places.get() {
                        Places::Idle => "idle",
                        Places::Loading => "loading",
                        Places::Ready => "ready",
                        Places::Failed => "failed",
                    }>
                    {move || match places.get() {
                        Places::Loading => Some(tr(
                            "Das Ortsverzeichnis wird geladen; bis dahin erkennt das Studio nur Länder und große Orte.",
                            "Loading the gazetteer; until then the Studio recognises only countries and major places.",
                        )),
                        Places::Failed => Some(tr(
                            "Das Ortsverzeichnis konnte nicht geladen werden: Das Studio erkennt nur Länder und große Orte.",
                            "The gazetteer could not be loaded: the Studio recognises only countries and major places.",
                        )),
                        Places::Idle | Places::Ready => None,
                    }}
                </p>
                {move || match (too_long.get(), story.get()) {
                    (Some(chars), _) => {
                        shown.set_value(false);
                        view! { <TooLong chars/> }.into_any()
                    }
                    (None, Some(story)) => {
                        let split = !shown.get_value();
                        shown.set_value(true);
                        view! { <Preview story places atlas split/> }.into_any()
                    }
                    (None, None) => {
                        shown.set_value(false);
                        view! { <Empty/> }.into_any()
                    }
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

/// The explainer of the draft, by the page components the build uses.
#[component]
fn Preview(
    story: Arc<Story>,
    places: ReadSignal<Places>,
    atlas: ReadSignal<Atlas>,
    /// Render in two tasks (the first preview after none); a preview
    /// that replaces one renders whole, so nothing below the view
    /// vanishes for a moment and the page keeps its scroll position.
    split: bool,
) -> impl IntoView {
    let sections = story.meta.sections.clone();
    let has_map = story.map.asset.is_some();
    // A map without an asset but with notes: the article names no place
    // (or the frame failed). Neither: the world map is still loading.
    let absent = !has_map && !story.map.notes.is_empty();
    let [title_de, title_en] = story.meta.title.clone();
    let note = story.meta.note.clone().map(|[de, en]| {
        view! { <p class="story-note" data-testid="story-note">{tr(de, en)}</p> }
    });
    let lede = crate::page::lede(&story);
    provide_context(Explainer { story });
    let masthead = view! {
        <header class="masthead studio-masthead" data-testid="preview-masthead">
            <p class="kicker">{tr("Lagebild · Erklärstück", "Lagebild · Explainer")}</p>
            <h1>{tr(title_de, title_en)}</h1>
            {note}
            <p class="lede">{lede}</p>
        </header>
    };
    let map = if has_map {
        view! {
            <Section id=crate::hooks::id::MAP_SECTION title=sections.map>
                <Map/>
            </Section>
        }
        .into_any()
    } else if absent {
        view! {
            <div id=crate::hooks::id::MAP_SECTION class="panel map-absent">
                <MapNotes/>
            </div>
        }
        .into_any()
    } else {
        let failed = move || atlas.get() == Atlas::Failed || places.get() == Places::Failed;
        view! {
            <Section id=crate::hooks::id::MAP_SECTION title=sections.map>
                <p class="notice studio-map-note" role="status" data-testid="studio-map-note" data-studio-only=""
                    data-state=move || if failed() { "failed" } else { "loading" }>
                    {move || if atlas.get() == Atlas::Failed {
                        tr(
                            "Die Weltkarte konnte nicht geladen werden: Das Studio zeichnet keine Karte. Orte, Zahlen und Zitate sind unten trotzdem erkannt.",
                            "The world map could not be loaded: the Studio draws no map. Places, figures and quotes are still recognised below.",
                        )
                    } else if places.get() == Places::Failed {
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
        .into_any()
    };
    // What is in view first (headline, map, figures); the quotes and the
    // marked article in a task of their own, so that no one task renders
    // the whole preview. Then the preview is complete: kept and announced
    // (its live behaviour is attached).
    let (rest, set_rest) = signal(!split);
    set_timeout(
        move || {
            // A preview replaced in the meantime announces nothing.
            if set_rest.try_set(true).is_none() {
                set_timeout(announce_preview, Duration::from_millis(0));
            }
        },
        Duration::from_millis(0),
    );
    let (quotes_title, article_title) = (sections.quotes, sections.article);
    view! {
        {masthead}
        {map}
        <Section id="zahlen" title=sections.figures>
            <EstimateCharts/>
        </Section>
        {move || rest.get().then(|| view! {
            <Section id=crate::hooks::id::QUOTES title=quotes_title.clone()>
                <QuoteExplorer/>
            </Section>
            <Section id="artikel" title=article_title.clone() class="article">
                <ArticleView/>
            </Section>
            // The preview is whole (browser specs and the bench wait for it).
            <span hidden data-testid="preview-complete" data-studio-only=""></span>
        })}
    }
}
