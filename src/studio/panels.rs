//! The Studio's side panels: the form for what the text cannot say
//! ([`FramePanel`]), what the machine is unsure of with a fix for each
//! ([`CheckPanel`]), and the export and import buttons ([`Publish`]).
//! Every field and every fix writes one `story.toml` key of the form.
use super::{measures_found, zip};
use crate::corrections::{figure_text, Correction};
use crate::page::tr;
use crate::story::{Group, Pair, Story, StoryMeta};
use article::{Article, QuoteKind};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What the panels share with the Studio.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    /// The editor's form (empty fields stand for their defaults).
    pub form: RwSignal<StoryMeta>,
    /// The story previewed now (`None` without text).
    pub story: ReadSignal<Option<Arc<Story>>>,
    /// The interface language ("de" or "en"), for attributes.
    pub lang: ReadSignal<&'static str>,
    /// A message for the editor (German, English), e.g. a file that did not load.
    pub notice: RwSignal<Option<Pair>>,
    /// The article text in the field now.
    pub text: Callback<(), String>,
    /// Puts an opened article text into the field and parses it.
    pub set_text: Callback<String>,
}

fn pick(lang: &str, de: &str, en: &str) -> String {
    if lang == "en" { en } else { de }.to_owned()
}

fn measure_name(m: &str) -> (&'static str, &'static str) {
    match m {
        "personnel" => ("Personen", "people"),
        "casualties" => ("Tote und Verletzte", "casualties"),
        "area" => ("Fläche", "area"),
        "distance" => ("Entfernung", "distance"),
        "money" => ("Geld", "money"),
        _ => ("Sonstiges", "other"),
    }
}

/// A German and an English text field for one `story.toml` pair.
#[component]
fn PairField(
    ctx: Ctx,
    label: (&'static str, &'static str),
    key: &'static str,
    get: fn(&StoryMeta) -> Pair,
    set: fn(&mut StoryMeta, usize, String),
    default: fn(&StoryMeta) -> Pair,
) -> impl IntoView {
    let side = move |i: usize, lang_code: &'static str| {
        let id = format!("form-{key}-{lang_code}");
        let placeholder = move || {
            ctx.story
                .get()
                .map(|s| default(&s.meta)[i].clone())
                .unwrap_or_default()
        };
        view! {
            <span class="form-side">
                <label for=id.clone() class="form-lang">{if i == 0 { "DE" } else { "EN" }}</label>
                <input id=id type="text" lang=lang_code data-testid=format!("form-{key}-{lang_code}")
                    prop:value=move || ctx.form.with(|m| get(m)[i].clone())
                    placeholder=placeholder
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.form.update(|m| set(m, i, v));
                    }/>
            </span>
        }
    };
    view! {
        <div class="form-row" role="group" aria-label=move || pick(ctx.lang.get(), label.0, label.1)>
            <span class="form-label">{tr(label.0, label.1)}<code>{key}</code></span>
            {side(0, "de")}
            {side(1, "en")}
        </div>
    }
}

/// What the text cannot say, as a form: each field one `story.toml` key,
/// its default shown as the placeholder.
#[component]
pub(super) fn FramePanel(ctx: Ctx) -> impl IntoView {
    let measures = move || {
        ctx.story
            .get()
            .map(|s| measures_found(&s.article))
            .unwrap_or_default()
    };
    let set_measure = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        ctx.form.update(|m| {
            m.comparison.measure = v;
            m.comparison.groups.clear();
        });
    };
    let groups = move || {
        ctx.story
            .get()
            .map(|s| s.meta.comparison.groups.clone())
            .unwrap_or_default()
    };
    // Editing a proposed group makes the proposal the form's own.
    let edit_group = move |i: usize, f: Box<dyn Fn(&mut Group)>| {
        let shown = groups();
        ctx.form.update(|m| {
            if m.comparison.groups.is_empty() {
                m.comparison.groups = shown;
            }
            if let Some(g) = m.comparison.groups.get_mut(i) {
                f(g);
            }
        });
    };
    let region = move || {
        ctx.story
            .get()
            .and_then(|s| s.map.asset.as_ref().map(|a| a.meta.region_bbox))
    };
    let set_region = move |i: usize, v: String| {
        let derived = region();
        ctx.form.update(|m| {
            let mut r = m.map.region.or(derived).unwrap_or_default();
            match v.trim().replace(',', ".").parse::<f64>() {
                Ok(x) if x.is_finite() => r[i] = x,
                _ => return,
            }
            m.map.region = Some(r);
        });
    };
    let corner = move |i: usize, de: &'static str, en: &'static str| {
        let id = format!("form-region-{i}");
        view! {
            <span class="form-side">
                <label for=id.clone() class="form-lang">{tr(de, en)}</label>
                <input id=id type="text" inputmode="decimal" data-testid=format!("form-region-{i}")
                    prop:value=move || ctx.form.with(|m| m.map.region.map(|r| crate::format::number(r[i])).unwrap_or_default())
                    placeholder=move || region().map(|r| crate::format::number(r[i])).unwrap_or_default()
                    on:change=move |ev| set_region(i, event_target_value(&ev))/>
            </span>
        }
    };
    view! {
        <details class="panel studio-form" data-testid="studio-form" open>
            <summary><h2>{tr("Rahmen: was der Text nicht sagt", "Frame: what the text cannot say")}</h2></summary>
            <p class="studio-hint">{tr(
                "Leere Felder nehmen den grauen Vorschlag. Jedes Feld ist ein Eintrag der story.toml.",
                "Empty fields take the grey suggestion. Each field is one entry of story.toml.",
            )}</p>
            <fieldset>
                <legend>{tr("Titel und Beschreibung", "Title and description")}</legend>
                <PairField ctx label=("Titel", "Title") key="title"
                    get=|m| m.title.clone() set=|m, i, v| m.title[i] = v default=|m| m.title.clone()/>
                <PairField ctx label=("Kurztitel", "Short title") key="short_title"
                    get=|m| m.short_title.clone() set=|m, i, v| m.short_title[i] = v default=|m| m.short_title.clone()/>
                <PairField ctx label=("Beschreibung", "Description") key="description"
                    get=|m| m.description.clone() set=|m, i, v| m.description[i] = v default=|m| m.description.clone()/>
                <div class="form-row">
                    <label class="form-label" for="form-published">{tr("Datum", "Date")}<code>"published"</code></label>
                    <input id="form-published" type="date" data-testid="form-published"
                        aria-describedby="form-published-hint"
                        prop:value=move || ctx.form.with(|m| m.published.clone())
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            ctx.form.update(|m| m.published = v);
                        }/>
                    <p class="studio-hint" id="form-published-hint">{tr(
                        "Wann der Artikel erschien. Ohne Datum bleiben „am Dienstag“ oder „vergangene Woche“ offen, und der Zeitverlauf hat keine Daten.",
                        "When the article was published. Without a date, “on Tuesday” or “last week” stay unresolved, and the timeline has no dates.",
                    )}</p>
                </div>
            </fieldset>
            <fieldset>
                <legend>{tr("Abschnittstitel", "Section headings")}</legend>
                <PairField ctx label=("Karte", "Map") key="sections.map"
                    get=|m| m.sections.map.clone() set=|m, i, v| m.sections.map[i] = v default=|m| m.sections.map.clone()/>
                <PairField ctx label=("Zahlen", "Figures") key="sections.figures"
                    get=|m| m.sections.figures.clone() set=|m, i, v| m.sections.figures[i] = v default=|m| m.sections.figures.clone()/>
                <PairField ctx label=("Zitate", "Quotes") key="sections.quotes"
                    get=|m| m.sections.quotes.clone() set=|m, i, v| m.sections.quotes[i] = v default=|m| m.sections.quotes.clone()/>
                <PairField ctx label=("Artikel", "Article") key="sections.article"
                    get=|m| m.sections.article.clone() set=|m, i, v| m.sections.article[i] = v default=|m| m.sections.article.clone()/>
            </fieldset>
            <fieldset>
                <legend>{tr("Vergleich", "Comparison")}</legend>
                <div class="form-row">
                    <label class="form-label" for="form-measure">{tr("Größe", "Measure")}<code>"comparison.measure"</code></label>
                    <select id="form-measure" data-testid="form-measure" on:change=set_measure>
                        <option value="" selected=move || ctx.form.with(|m| m.comparison.measure.is_empty())>
                            {move || {
                                let lang = ctx.lang.get();
                                let derived = ctx.story.get().map(|s| s.meta.comparison.measure.clone()).unwrap_or_default();
                                let (de, en) = measure_name(&derived);
                                pick(lang, &format!("automatisch ({de})"), &format!("automatic ({en})"))
                            }}
                        </option>
                        {move || measures().into_iter().map(|(key, n)| {
                            let (de, en) = measure_name(key);
                            let lang = ctx.lang.get();
                            let label = pick(lang, &format!("{de} ({n} Zahlen)"), &format!("{en} ({n} figures)"));
                            view! {
                                <option value=key selected=move || ctx.form.with(|m| m.comparison.measure == key)>{label}</option>
                            }
                        }).collect_view()}
                    </select>
                </div>
                <PairField ctx label=("Was gezählt wird", "What is counted") key="comparison.counted"
                    get=|m| m.comparison.counted.clone() set=|m, i, v| m.comparison.counted[i] = v default=|m| m.comparison.counted.clone()/>
                <div class="form-groups" data-testid="form-groups">
                    <p class="form-label">{tr("Gruppen (Farben), vorgeschlagen nach den Ländern der Quellen", "Groups (colours), proposed from the sources' countries")}<code>"comparison.groups"</code></p>
                    {move || {
                        let shown = groups();
                        if shown.is_empty() {
                            return view! { <p class="studio-hint">{tr("Keine Quelle mit Land: alle Zahlen in einer Farbe.", "No source with a country: all figures in one colour.")}</p> }.into_any();
                        }
                        shown.into_iter().enumerate().map(|(i, g)| {
                            let countries = g.countries.join(", ");
                            view! {
                                <div class="form-row form-group" data-testid="form-group">
                                    <span class="form-label">{countries}</span>
                                    <input type="text" lang="de" aria-label=format!("Gruppe {} (Deutsch)", i + 1) value=g.label[0].clone()
                                        on:change=move |ev| { let v = event_target_value(&ev); edit_group(i, Box::new(move |g| g.label[0] = v.clone())) }/>
                                    <input type="text" lang="en" aria-label=format!("Group {} (English)", i + 1) value=g.label[1].clone()
                                        on:change=move |ev| { let v = event_target_value(&ev); edit_group(i, Box::new(move |g| g.label[1] = v.clone())) }/>
                                </div>
                            }
                        }).collect_view().into_any()
                    }}
                </div>
            </fieldset>
            <fieldset>
                <legend>{tr("Karte", "Map")}</legend>
                <p class="studio-hint">{tr(
                    "Der Ausschnitt folgt den Orten des Artikels. Hier lässt er sich in Grad verschieben (West, Süd, Ost, Nord).",
                    "The frame follows the article's places. Here it can be moved, in degrees (west, south, east, north).",
                )}</p>
                <div class="form-row" role="group" aria-label="region"><span class="form-label">{tr("Ausschnitt", "Frame")}<code>"map.region"</code></span>
                    {corner(0, "W", "W")}{corner(1, "S", "S")}{corner(2, "O", "E")}{corner(3, "N", "N")}
                </div>
                <button type="button" class="form-reset" data-testid="form-region-reset"
                    disabled=move || ctx.form.with(|m| m.map.region.is_none())
                    on:click=move |_| ctx.form.update(|m| m.map.region = None)>
                    {tr("Ausschnitt wieder ableiten", "Derive the frame again")}
                </button>
                <PairField ctx label=("Name des Gebiets", "Name of the area") key="map.focus_label"
                    get=|m| m.map.focus_label.clone().unwrap_or_default()
                    set=|m, i, v| { m.map.focus_label.get_or_insert_with(Default::default)[i] = v; if m.map.focus_label.as_ref().is_some_and(|p| p.iter().all(|s| s.trim().is_empty())) { m.map.focus_label = None; } }
                    default=|_| Default::default()/>
            </fieldset>
        </details>
    }
}

/// The people, organisations and media the parser found, and every source
/// it named for a quote or a figure, as the article writes it: who a fix
/// may name (nothing else, so a fix invents no one).
fn speakers_found(article: &Article) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let s = s.trim();
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    };
    for e in &article.entities {
        push(&e.name);
    }
    for m in &article.media {
        push(&m.name);
    }
    let speakers = article
        .quotes
        .iter()
        .chain(&article.indirect)
        .filter_map(|q| q.speaker.as_ref());
    for s in speakers {
        push(&s.reference.text);
    }
    for c in article
        .figures
        .iter()
        .filter_map(|f| f.asserted_by.as_ref())
    {
        push(&c.mention.text);
    }
    out
}

fn add(ctx: Ctx, c: Correction) {
    // The notice spoke of the last step (a position taken from the map):
    // the fix is made now, and the list of corrections shows it.
    ctx.notice.set(None);
    ctx.form.update(|m| {
        // A new fix for the same text replaces the old one.
        m.corrections.retain(|old| {
            !(old.key() == c.key()
                && old.quote.is_some() == c.quote.is_some()
                && old.figure.is_some() == c.figure.is_some()
                && old.place.is_some() == c.place.is_some())
        });
        m.corrections.push(c);
    });
}

fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(90).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// Who said it (a name the parser found, or other words of the text), and
/// a button that writes the fix.
#[component]
fn PickSpeaker(
    ctx: Ctx,
    names: Vec<String>,
    on_pick: Callback<String>,
    testid: String,
    chosen: RwSignal<String>,
) -> impl IntoView {
    // A field with the names found as suggestions: the editor picks one or
    // types other words of the article (a fix naming words the article
    // does not have is reported, never applied).
    let list = format!("{testid}-namen");
    view! {
        <input type="text" lang="de" data-testid=testid list=list.clone()
            aria-label=move || pick(ctx.lang.get(), "Sprecher oder Quelle (Name aus dem Text)", "Speaker or source (a name in the text)")
            placeholder=move || pick(ctx.lang.get(), "wer? (Name aus dem Text)", "who? (a name in the text)")
            prop:value=move || chosen.get()
            on:input=move |ev| chosen.set(event_target_value(&ev))/>
        <datalist id=list>
            {names.into_iter().map(|n| view! { <option value=n/> }).collect_view()}
        </datalist>
        <button type="button" disabled=move || chosen.with(|c| c.trim().is_empty())
            on:click=move |_| on_pick.run(chosen.get_untracked().trim().to_owned())>
            {tr("Zuordnen", "Assign")}
        </button>
    }
}

/// What the machine is unsure of, each with its fix.
#[component]
pub(super) fn CheckPanel(ctx: Ctx) -> impl IntoView {
    // What the editor has chosen or typed in a fix not yet written, by
    // field: kept when the list is drawn again (the map loading, a new
    // parse), so a choice is never lost half-way. Owned by the panel.
    let owner = StoredValue::new(Owner::current());
    let slots = StoredValue::new(std::collections::BTreeMap::<String, RwSignal<String>>::new());
    let slot = move |key: String| -> RwSignal<String> {
        if let Some(s) = slots.with_value(|m| m.get(&key).copied()) {
            return s;
        }
        let s = owner.with_value(|owner| match owner {
            Some(o) => o.with(|| RwSignal::new(String::new())),
            None => RwSignal::new(String::new()),
        });
        slots.update_value(|m| {
            m.insert(key, s);
        });
        s
    };
    // The checks follow the preview a task later: they are below the text
    // field, and the preview in view comes first.
    let (shown, set_shown) = signal(None::<Arc<Story>>);
    Effect::new(move |_| {
        let story = ctx.story.get();
        set_timeout(
            move || set_shown.set(story),
            std::time::Duration::from_millis(0),
        );
    });
    // "Auf der Karte zeigen": the next click on the main map gives the
    // position of the town named here (its fields are filled, the editor
    // then places it).
    let placing = RwSignal::new(None::<String>);
    let on_map_click = move |ev: &web_sys::Event| {
        let Some(name) = placing.get_untracked() else {
            return;
        };
        let Some(region) = ctx.story.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| s.map.asset.as_ref().map(|a| a.meta.region_bbox))
        }) else {
            return;
        };
        let Some(at) = clicked_position(ev, region) else {
            return;
        };
        // The click places; it does not also select or pan.
        ev.stop_propagation();
        ev.prevent_default();
        slot(format!("lon:{name}")).set(crate::format::number(at[0]));
        slot(format!("lat:{name}")).set(crate::format::number(at[1]));
        placing.set(None);
        ctx.notice.set(Some([
            format!("„{name}“: Position übernommen. Jetzt „Hier platzieren“."),
            format!("“{name}”: position taken. Now “Place here”."),
        ]));
    };
    if let Some(window) = web_sys::window() {
        let options = gloo_events::EventListenerOptions {
            phase: gloo_events::EventListenerPhase::Capture,
            passive: false,
        };
        gloo_events::EventListener::new_with_options(&window, "click", options, on_map_click)
            .forget();
    }
    let body = move || {
        let Some(story) = shown.get() else {
            return view! { <p class="studio-hint">{tr("Noch kein Text.", "No text yet.")}</p> }
                .into_any();
        };
        let a = &story.article;
        let names = speakers_found(a);
        // Quotes without a speaker, or with a guessed one.
        let mut quotes = Vec::new();
        for (indirect, list) in [(false, &a.quotes), (true, &a.indirect)] {
            for q in list.iter() {
                if q.kind == QuoteKind::Term {
                    continue;
                }
                let why = match &q.speaker {
                    None => ("Kein Sprecher gefunden: Im Satz und davor nennt der Text niemanden, der es gesagt hat.", "No speaker found: neither this sentence nor the one before names who said it."),
                    Some(s) if s.confidence == article::Confidence::Low => ("Sprecher unsicher: geraten aus einem früheren Satz oder einem Pronomen.", "Speaker unsure: guessed from an earlier sentence or a pronoun."),
                    Some(_) => continue,
                };
                quotes.push((
                    indirect,
                    crate::corrections::quote_text(a, &q.pieces),
                    why,
                    q.speaker.as_ref().map(|s| s.reference.text.clone()),
                ));
            }
        }
        let quote_items = quotes.into_iter().enumerate().map(|(n, (indirect, key, why, guess))| {
            let k1 = key.clone();
            let k2 = key.clone();
            let chosen = slot(format!("speaker:{key}"));
            let pick_speaker = Callback::new(move |name: String| add(ctx, Correction { quote: Some(k1.clone()), speaker: Some(name), ..Correction::default() }));
            view! {
                <li class="check-item" data-testid="check-quote">
                    <q lang="de">{excerpt(&key)}</q>
                    {guess.map(|g| view! { <span class="check-guess">{format!(" – {g}?")}</span> })}
                    <p class="check-why">{tr(why.0, why.1)}</p>
                    <span class="check-fix">
                        <PickSpeaker ctx names=names.clone() on_pick=pick_speaker testid=format!("check-speaker-{n}") chosen/>
                        {(!indirect).then(|| view! {
                            <button type="button" data-testid="check-not-speech"
                                on:click=move |_| add(ctx, Correction { quote: Some(k2.clone()), not_speech: true, ..Correction::default() })>
                                {tr("Kein Zitat", "Not speech")}
                            </button>
                        })}
                    </span>
                </li>
            }
        }).collect_view();
        // Figures: the compared ones without a claimant, and those left out, with why.
        let compared: Vec<u32> = story
            .estimates
            .iter()
            .flat_map(|e| e.figures.clone())
            .collect();
        let measure = story.meta.comparison.measure.clone();
        let excluded: Vec<String> = story
            .meta
            .corrections
            .iter()
            .filter(|c| c.compare == Some(false))
            .filter_map(|c| c.figure.clone())
            .collect();
        let mut figures = Vec::new();
        for (i, f) in a.figures.iter().enumerate() {
            let text = figure_text(a, i);
            let in_comparison = compared.contains(&(i as u32));
            let why: Option<(String, String)> = if in_comparison {
                Some(match &f.asserted_by {
                    None => (
                        "Ohne Quelle: Wer die Zahl nennt, steht nicht im Satz.".into(),
                        "No source: the sentence does not say who gives the figure.".into(),
                    ),
                    Some(c) => (
                        format!("Im Vergleich, Quelle: {}.", c.mention.text),
                        format!("Compared; source: {}.", c.mention.text),
                    ),
                })
            } else if excluded.contains(&text) {
                Some((
                    "Von Ihnen aus dem Vergleich genommen.".into(),
                    "Left out of the comparison by you.".into(),
                ))
            } else if f.part_of.is_some() {
                Some((
                    "Nicht im Vergleich: ein Teil einer anderen Zahl.".into(),
                    "Not compared: part of another figure.".into(),
                ))
            } else if crate::story::measure_key(f.measure) != measure {
                let (de, en) = measure_name(crate::story::measure_key(f.measure));
                let (cde, cen) = measure_name(&measure);
                Some((
                    format!("Nicht im Vergleich: misst {de}, verglichen wird {cde}."),
                    format!("Not compared: measures {en}; the comparison is of {cen}."),
                ))
            } else {
                None
            };
            if let Some(why) = why {
                // Shown with what it counts, as the sentence reads on.
                let shown = match &f.counted {
                    Some(c) if c.span.start >= f.span.end => format!("{text} {}", c.text),
                    _ => text.clone(),
                };
                figures.push((i, text, shown, why, in_comparison));
            }
        }
        let figure_items = figures.into_iter().map(|(i, text, shown, why, in_comparison)| {
            let t1 = text.clone();
            let t2 = text.clone();
            let country = slot(format!("country:{text}"));
            let chosen = slot(format!("claimant:{text}"));
            let pick_claimant = Callback::new(move |name: String| {
                let c = country.get_untracked();
                add(ctx, Correction { figure: Some(t1.clone()), claimant: Some(name), country: (!c.trim().is_empty()).then(|| c.trim().to_owned()), ..Correction::default() });
            });
            view! {
                <li class="check-item" data-testid="check-figure" data-figure=text.clone()>
                    <strong>{shown}</strong>
                    <p class="check-why">{tr(why.0, why.1)}</p>
                    <span class="check-fix">
                        {in_comparison.then(|| view! {
                            <PickSpeaker ctx names=names.clone() on_pick=pick_claimant testid=format!("check-claimant-{i}") chosen/>
                            <input type="text" class="check-country" lang="de" data-testid=format!("check-country-{i}")
                                placeholder=move || pick(ctx.lang.get(), "Land (optional)", "Country (optional)")
                                aria-label=move || pick(ctx.lang.get(), "Land der Quelle", "Country of the source")
                                prop:value=move || country.get()
                                on:input=move |ev| country.set(event_target_value(&ev))/>
                        })}
                        {in_comparison.then(|| view! {
                            <button type="button" data-testid="check-exclude"
                                on:click=move |_| add(ctx, Correction { figure: Some(t2.clone()), compare: Some(false), ..Correction::default() })>
                                {tr("Aus dem Vergleich nehmen", "Leave out of the comparison")}
                            </button>
                        })}
                    </span>
                </li>
            }
        }).collect_view();
        // Places the map does not show.
        let places = story.map.unplaced.clone().into_iter().enumerate().map(|(n, name)| {
            let (as_name, lon, lat) = (slot(format!("as:{name}")), slot(format!("lon:{name}")), slot(format!("lat:{name}")));
            let (n1, n2, n3, n4, n5) = (name.clone(), name.clone(), name.clone(), name.clone(), name.clone());
            let num = |s: String| s.trim().replace(',', ".").parse::<f64>().ok();
            view! {
                <li class="check-item" data-testid="check-place">
                    <strong>{name.clone()}</strong>
                    <p class="check-why">{tr("Nicht auf der Karte: Der Ort steht nicht im Ortsverzeichnis.", "Not on the map: the place is not in the gazetteer.")}</p>
                    <p class="check-why" role="status">{move || placing.with(|p| p.as_deref() == Some(n5.as_str())).then(|| tr(
                        "Klicken Sie auf der Karte, wo der Ort liegt; dann „Hier platzieren“.",
                        "Click on the map where the place lies; then “Place here”.",
                    ))}</p>
                    <span class="check-fix">
                        <input type="text" lang="de" data-testid=format!("check-place-as-{n}")
                            placeholder=move || pick(ctx.lang.get(), "anderer Name, z. B. Sudzha", "another name, e.g. Sudzha")
                            aria-label=move || pick(ctx.lang.get(), "Name im Ortsverzeichnis", "Name in the gazetteer")
                            prop:value=move || as_name.get()
                            on:input=move |ev| as_name.set(event_target_value(&ev))/>
                        <button type="button" disabled=move || as_name.get().trim().is_empty()
                            on:click=move |_| add(ctx, Correction { place: Some(n1.clone()), as_name: Some(as_name.get_untracked().trim().to_owned()), ..Correction::default() })>
                            {tr("Nachschlagen", "Look up")}
                        </button>
                    </span>
                    <span class="check-fix">
                        <input type="text" inputmode="decimal" data-testid=format!("check-place-lon-{n}")
                            prop:value=move || lon.get()
                            aria-label=move || pick(ctx.lang.get(), "Länge (Grad Ost)", "Longitude (degrees east)")
                            placeholder=move || pick(ctx.lang.get(), "Länge", "Longitude")
                            on:input=move |ev| lon.set(event_target_value(&ev))/>
                        <input type="text" inputmode="decimal" data-testid=format!("check-place-lat-{n}")
                            prop:value=move || lat.get()
                            aria-label=move || pick(ctx.lang.get(), "Breite (Grad Nord)", "Latitude (degrees north)")
                            placeholder=move || pick(ctx.lang.get(), "Breite", "Latitude")
                            on:input=move |ev| lat.set(event_target_value(&ev))/>
                        <button type="button" data-testid=format!("check-place-pick-{n}")
                            aria-pressed=move || placing.with(|p| p.as_deref() == Some(n3.as_str())).to_string()
                            disabled=move || ctx.story.with(|s| s.as_ref().is_none_or(|s| s.map.asset.is_none()))
                            on:click=move |_| {
                                let on = placing.with_untracked(|p| p.as_deref() != Some(n4.as_str()));
                                placing.set(on.then(|| n4.clone()));
                                if on {
                                    ctx.notice.set(Some([
                                        format!("Klicken Sie auf der Karte, wo „{n4}“ liegt."),
                                        format!("Click on the map where “{n4}” lies."),
                                    ]));
                                    show_map();
                                } else {
                                    ctx.notice.set(None);
                                }
                            }>
                            {tr("Auf der Karte zeigen", "Point on the map")}
                        </button>
                        <button type="button" data-testid=format!("check-place-at-{n}")
                            disabled=move || num(lon.get()).is_none() || num(lat.get()).is_none()
                            on:click=move |_| {
                                if let (Some(x), Some(y)) = (num(lon.get_untracked()), num(lat.get_untracked())) {
                                    add(ctx, Correction { place: Some(n2.clone()), at: Some([x, y]), ..Correction::default() });
                                }
                            }>
                            {tr("Hier platzieren", "Place here")}
                        </button>
                    </span>
                </li>
            }
        }).collect_view();
        // The fixes made, with undo; those that no longer apply say why.
        let unapplied = story.unapplied.clone();
        let made = story.meta.corrections.clone().into_iter().enumerate().map(|(i, c)| {
            let problem = unapplied.iter().find(|u| u.index == i).map(|u| u.why.clone());
            let what = describe(&c);
            let applied = if problem.is_some() { "no" } else { "yes" };
            view! {
                <li class="check-item" data-testid="check-correction" data-applied=applied>
                    <span>{tr(what.0, what.1)}</span>
                    {problem.map(|[de, en]| view! { <p class="check-why check-problem" role="status">{tr(de, en)}</p> })}
                    <button type="button" data-testid="check-undo"
                        on:click=move |_| ctx.form.update(|m| { if i < m.corrections.len() { m.corrections.remove(i); } })>
                        {tr("Rückgängig", "Undo")}
                    </button>
                </li>
            }
        }).collect_view();
        view! {
            <h3>{tr("Zitate ohne sicheren Sprecher", "Quotes without a sure speaker")}</h3>
            <ul class="check-list" data-testid="check-quotes">{quote_items}</ul>
            <h3>{tr("Zahlen: Quelle und Vergleich", "Figures: source and comparison")}</h3>
            <ul class="check-list" data-testid="check-figures">{figure_items}</ul>
            <h3>{tr("Orte nicht auf der Karte", "Places not on the map")}</h3>
            <ul class="check-list" data-testid="check-places">{places}</ul>
            <h3>{tr("Ihre Korrekturen", "Your corrections")}</h3>
            <ul class="check-list" data-testid="check-corrections">{made}</ul>
        }
        .into_any()
    };
    view! {
        <details class="panel studio-check" data-testid="studio-check" open>
            <summary><h2>{tr("Prüfen: wo das Studio unsicher ist", "Check: where the Studio is unsure")}</h2></summary>
            <p class="studio-hint">{tr(
                "Korrekturen stehen in der story.toml, verankert am Text, den sie betreffen: Sie überstehen kleine Änderungen am Artikel.",
                "Corrections are kept in story.toml, anchored to the text they concern: they survive small edits of the article.",
            )}</p>
            {body}
        </details>
    }
}

/// Scrolls the map into view (at once with reduced motion).
fn show_map() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(map) = document.get_element_by_id(crate::hooks::id::MAP_SECTION) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        map.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The position (longitude, latitude) of a click on the main map, through
/// the map's zoom and pan (`.map-zoom`'s transform) and its projection.
fn clicked_position(ev: &web_sys::Event, region: [f64; 4]) -> Option<[f64; 2]> {
    let mouse: &web_sys::MouseEvent = ev.dyn_ref()?;
    // Anywhere on the map: on its areas, or on a town's button over it.
    let svg: web_sys::SvgsvgElement = web_sys::window()?
        .document()?
        .get_element_by_id(crate::hooks::id::MAP_SVG)?
        .dyn_into()
        .ok()?;
    let rect = svg.get_bounding_client_rect();
    let (cx, cy) = (f64::from(mouse.client_x()), f64::from(mouse.client_y()));
    if cx < rect.left() || cx > rect.right() || cy < rect.top() || cy > rect.bottom() {
        return None;
    }
    let group: web_sys::SvgGraphicsElement = svg
        .query_selector(crate::hooks::dot::MAP_ZOOM)
        .ok()??
        .dyn_into()
        .ok()?;
    let matrix = group.get_screen_ctm()?.inverse().ok()?;
    let point = svg.create_svg_point();
    point.set_x(mouse.client_x() as f32);
    point.set_y(mouse.client_y() as f32);
    let p = point.matrix_transform(&matrix);
    let (projection, [w, h]) = crate::page::map::geometry::main_projection(region);
    let (x, y) = (f64::from(p.x()), f64::from(p.y()));
    if !(0.0..=w).contains(&x) || !(0.0..=h).contains(&y) {
        return None;
    }
    let [lon, lat] = projection.invert([x, y])?;
    Some([(lon * 100.0).round() / 100.0, (lat * 100.0).round() / 100.0])
}

/// A correction in words (German, English).
fn describe(c: &Correction) -> (String, String) {
    let key = excerpt(c.key());
    if let Some(s) = &c.speaker {
        (
            format!("„{key}“ – gesagt von {s}"),
            format!("“{key}” – said by {s}"),
        )
    } else if c.not_speech {
        (
            format!("„{key}“ – kein Zitat"),
            format!("“{key}” – not speech"),
        )
    } else if let Some(s) = &c.claimant {
        (
            format!("{key} – Quelle: {s}"),
            format!("{key} – source: {s}"),
        )
    } else if c.compare == Some(false) {
        (
            format!("{key} – nicht im Vergleich"),
            format!("{key} – not compared"),
        )
    } else if let Some(n) = &c.as_name {
        (format!("{key} – Ort: {n}"), format!("{key} – place: {n}"))
    } else if let Some([lon, lat]) = c.at {
        (
            format!(
                "{key} – Ort bei {}° N, {}° O",
                crate::format::number(lat),
                crate::format::number(lon)
            ),
            format!("{key} – place at {lat:.2}° N, {lon:.2}° E"),
        )
    } else {
        (key.clone(), key)
    }
}

/// Offers `bytes` as a download named `name`.
fn download(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The preview as one static page: its markup without the Studio's own
/// notes, the styles inline, no script.
async fn html_page(story: &Story) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    // The preview as rendered, before live behaviour changed it (a chart
    // drawn on canvas would be blank in a page without script).
    let body = super::app::static_preview().ok_or("no preview yet")?;
    let mut css = String::new();
    if let Ok(links) = document.query_selector_all("link[rel=stylesheet]") {
        for i in 0..links.length() {
            let Some(href) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.get_attribute("href"))
            else {
                continue;
            };
            let bytes = super::app::fetch_bytes(&href).await?;
            css.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    let [title, _] = &story.meta.title;
    let [description, _] = &story.meta.description;
    Ok(format!(
        "<!doctype html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<style>{}</style>\n</head>\n<body>\n<div id=\"app\" class=\"static-export\">{}</div>\n</body>\n</html>\n",
        escape_html(title),
        escape_html(description),
        css.replace("</style", "<\\/style"),
        body
    ))
}

/// The story to export, or `None` with a notice that there is none yet.
fn exportable(ctx: Ctx) -> Option<Arc<Story>> {
    let story = ctx.story.get_untracked();
    if story.is_none() {
        ctx.notice.set(Some([
            "Noch kein Text: Es gibt nichts zu exportieren.".into(),
            "No text yet: there is nothing to export.".into(),
        ]));
    }
    story
}

/// Says that an export failed, and why.
fn export_failed(ctx: Ctx, e: &str) {
    ctx.notice.set(Some([
        format!("Export fehlgeschlagen: {e}"),
        format!("Export failed: {e}"),
    ]));
}

/// Export and import: the story folder as a zip, one HTML file, the embed
/// snippet, and opening a `story.toml` with its `article.txt` (or the zip).
#[component]
pub(super) fn Publish(ctx: Ctx) -> impl IntoView {
    let slug = move || {
        ctx.story
            .get()
            .map(|s| super::slug(&s.meta.title[0]))
            .unwrap_or_else(|| "entwurf".to_owned())
    };
    let folder = move |_| {
        let Some(story) = exportable(ctx) else {
            return;
        };
        let name = slug();
        let text = ctx.text.run(());
        let toml = story.meta.to_toml();
        let zip = zip::write(&[
            (
                &format!("{name}/article.txt"),
                super::text::normalise(&text).as_bytes(),
            ),
            (&format!("{name}/story.toml"), toml.as_bytes()),
        ]);
        if let Err(e) = download(&format!("{name}.zip"), &zip, "application/zip") {
            export_failed(ctx, &e);
        }
    };
    let html = move |_| {
        let Some(story) = exportable(ctx) else {
            return;
        };
        let name = slug();
        wasm_bindgen_futures::spawn_local(async move {
            let result = match html_page(&story).await {
                Ok(page) => download(&format!("{name}.html"), page.as_bytes(), "text/html"),
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                export_failed(ctx, &e);
            }
        });
    };
    let embed_open = RwSignal::new(false);
    let snippet = move || {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = href.split(['?', '#']).next().unwrap_or_default();
        let dir = base.rfind('/').map_or("", |i| &base[..=i]).to_owned();
        let title = ctx
            .story
            .get()
            .map(|s| s.meta.short_title[0].clone())
            .unwrap_or_default();
        crate::embed::snippet(
            &format!("{dir}{}.html", slug()),
            &crate::embed::EmbedOptions::default(),
            &title,
        )
    };
    let open = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            match read_opened(files).await {
                Ok((text, meta)) => {
                    ctx.form.set(meta);
                    if let Some(text) = text {
                        ctx.set_text.run(text);
                    }
                    ctx.notice.set(Some([
                        "Geöffnet: Rahmen und Korrekturen aus der story.toml sind übernommen."
                            .into(),
                        "Opened: the frame and corrections of story.toml are in place.".into(),
                    ]));
                }
                Err(e) => ctx.notice.set(Some(e)),
            }
        });
    };
    view! {
        <div class="studio-publish" role="group" aria-label=move || pick(ctx.lang.get(), "Veröffentlichen", "Publish")>
            <button type="button" data-testid="export-folder" on:click=folder>{tr("Story-Ordner", "Story folder")}</button>
            <button type="button" data-testid="export-html" on:click=html>{tr("HTML-Datei", "HTML file")}</button>
            <button type="button" data-testid="export-embed" aria-expanded=move || embed_open.get().to_string()
                on:click=move |_| embed_open.update(|o| *o = !*o)>{tr("Einbetten", "Embed")}</button>
            <label class="studio-open" data-testid="studio-open-label">
                {tr("Öffnen …", "Open …")}
                <input type="file" data-testid="studio-open" multiple accept=".toml,.txt,.zip,text/plain,application/zip" on:change=open/>
            </label>
        </div>
        {move || embed_open.get().then(|| view! {
            <div class="studio-embed">
                <label for="studio-embed-code">{tr(
                    "Code zum Einbetten der veröffentlichten Seite (nach dem Bauen unter diesem Namen):",
                    "Code that embeds the published page (once built under this name):",
                )}</label>
                <textarea id="studio-embed-code" data-testid="embed-snippet" readonly rows="4">{snippet}</textarea>
            </div>
        })}
    }
}

/// Reads opened files: a `story.toml` (required) with its `article.txt`,
/// or a story-folder zip holding both. Nothing is applied unless the
/// `story.toml` reads whole.
async fn read_opened(files: Vec<web_sys::File>) -> Result<(Option<String>, StoryMeta), Pair> {
    let mut toml = None;
    let mut text = None;
    for file in files {
        let name = file.name().to_lowercase();
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| {
                [
                    format!("{name}: nicht lesbar."),
                    format!("{name}: cannot be read."),
                ]
            })?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        // A zip by its name or its first bytes (a download may lose its name).
        if name.ends_with(".zip") || bytes.starts_with(b"PK\x03\x04") {
            let entries = zip::read(&bytes).map_err(|e| [e.clone(), e])?;
            for (path, data) in entries {
                let s = String::from_utf8_lossy(&data).into_owned();
                if path.ends_with("story.toml") {
                    toml = Some(s);
                } else if path.ends_with("article.txt") {
                    text = Some(s);
                }
            }
        } else if name.ends_with(".toml") {
            toml = Some(String::from_utf8_lossy(&bytes).into_owned());
        } else {
            text = Some(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    let Some(toml) = toml else {
        return Err([
            "Keine story.toml gewählt: Bitte die story.toml (mit ihrer article.txt) oder die Zip-Datei eines Story-Ordners öffnen.".into(),
            "No story.toml chosen: open the story.toml (with its article.txt) or a story folder's zip.".into(),
        ]);
    };
    let meta = super::app::read_toml(toml).await.map_err(|e| {
        [
            format!("Die story.toml wurde nicht übernommen: {e}"),
            format!("The story.toml was not applied: {e}"),
        ]
    })?;
    Ok((text, meta))
}
