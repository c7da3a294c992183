//! The troop-estimate charts: comparison, timeline and composition on
//! canvases, each with a focusable HTML overlay (one button per estimate), a
//! detail panel with the article's sentence, a legend, a table view and
//! PNG/CSV export. The components only wire signals; the model is
//! [`crate::estimates`] and the drawing is [`crate::charts`], painted here
//! with plotters-canvas.
mod glue;

use crate::charts::{self, Chart, Highlight, Hit};
use crate::estimates::{self, Estimate};
use crate::i18n::use_i18n;
use crate::selection::Selection;
use crate::use_explainer;
use leptos::html;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

const PNG_NAME: &str = "lagebild-schaetzungen.png";
const CSV_NAME: &str = "lagebild-schaetzungen.csv";

/// The estimates that get an overlay button in `chart`.
fn items(chart: Chart, list: &[Estimate]) -> Vec<usize> {
    match chart {
        Chart::Comparison => (0..list.len()).collect(),
        Chart::Timeline => (0..list.len())
            .filter(|&i| list[i].when.is_some())
            .collect(),
        Chart::Composition(i) => vec![i],
    }
}

/// Draws `chart` on `canvas`, whose bitmap is already sized for `scene.scale`.
fn draw_canvas(
    chart: Chart,
    canvas: &web_sys::HtmlCanvasElement,
    scene: &charts::Scene,
) -> Result<Vec<Hit>, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("kein Canvas-Kontext")?;
    chart.draw(&backend.into_drawing_area(), scene)
}

/// Shared signals of the three charts.
#[derive(Clone, Copy)]
struct Charts {
    list: &'static [Estimate],
    /// Estimate under the pointer or keyboard focus.
    active: RwSignal<Option<usize>>,
    /// Estimate holding the figure selected app-wide.
    selected: Memo<Option<usize>>,
    width: RwSignal<f64>,
    theme: RwSignal<u32>,
}

/// The troop-estimate charts with legend, sentence panel, table and export.
#[component]
pub fn TroopCharts() -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    // The article is static for the app's life, so is its model.
    let list: &'static [Estimate] = Box::leak(estimates::estimates(ex.article).into_boxed_slice());
    if list.is_empty() {
        return view! { <p class="chart-empty">{t("Keine Schätzungen im Artikel", "No estimates in the article")}</p> }
            .into_any();
    }
    let selected = Memo::new(move |_| match ex.selection.get() {
        Some(Selection::Figure(f)) => estimates::estimate_of_figure(list, f),
        _ => None,
    });
    let charts = Charts {
        list,
        active: RwSignal::new(None),
        selected,
        width: RwSignal::new(0.0),
        theme: RwSignal::new(0),
    };
    let stage: NodeRef<html::Div> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(el) = stage.get() {
            glue::watch(el.into(), charts.width, charts.theme);
        }
    });
    let comparison_canvas: NodeRef<html::Canvas> = NodeRef::new();
    let composed = estimates::largest_with_parts(list);
    let summary = Signal::derive(move || Chart::Comparison.summary(list, i18n.lang.get()));
    let timeline_summary = Signal::derive(move || Chart::Timeline.summary(list, i18n.lang.get()));
    let export_png = move |_| {
        if let Some(canvas) = comparison_canvas.get() {
            if let Err(e) = glue::download_png(&canvas, PNG_NAME) {
                web_sys::console::error_2(&"Lagebild: PNG-Export fehlgeschlagen".into(), &e);
            }
        }
    };
    let export_csv = move |_| {
        if let Err(e) = glue::download_csv(&estimates::to_csv(list, ex.article), CSV_NAME) {
            web_sys::console::error_2(&"Lagebild: CSV-Export fehlgeschlagen".into(), &e);
        }
    };
    view! {
        <div class="troop-charts" node_ref=stage>
            <p class="chart-intro">{summary}</p>
            <Legend list/>
            <h3 class="chart-title" id="chart-vergleich">{t("Vergleich der Schätzungen", "Estimates compared")}</h3>
            <crate::components::Deferred>
                <ChartCanvas kind=Chart::Comparison charts label=summary canvas_ref=comparison_canvas/>
            </crate::components::Deferred>
            <Detail charts/>
            <div class="chart-tools ui">
                <button type="button" class="chart-export" data-testid="export-png" on:click=export_png>
                    {t("Diagramm als PNG", "Chart as PNG")}
                </button>
                <button type="button" class="chart-export" data-testid="export-csv" on:click=export_csv>
                    {t("Daten als CSV", "Data as CSV")}
                </button>
            </div>
            <DataTable list/>
            <h3 class="chart-title">{t("Zeitverlauf", "Timeline")}</h3>
            <p class="chart-note">
                {t(
                    "Nur Monat und Tag: Der Artikel nennt kein Jahr. Ohne eigene Zeitangabe steht eine Schätzung beim Datum des Berichts.",
                    "Month and day only: the article gives no year. Estimates without their own date stand at the report's date.",
                )}
            </p>
            <crate::components::Deferred>
                <ChartCanvas kind=Chart::Timeline charts label=timeline_summary canvas_ref=NodeRef::new()/>
            </crate::components::Deferred>
            <crate::components::Deferred>
                {composed.map(|i| view! { <Composition charts index=i/> })}
            </crate::components::Deferred>
        </div>
    }
    .into_any()
}

/// One canvas with its overlay of focusable buttons, redrawn when size,
/// theme or highlight change.
#[component]
fn ChartCanvas(
    kind: Chart,
    charts: Charts,
    label: Signal<String>,
    canvas_ref: NodeRef<html::Canvas>,
) -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let list = charts.list;
    let overlay: NodeRef<html::Div> = NodeRef::new();
    let highlight = Memo::new(move |_| Highlight {
        active: charts.active.get(),
        selected: charts.selected.get(),
    });
    Effect::new(move |_| {
        let width = charts.width.get();
        charts.theme.track();
        let highlight = highlight.get();
        let lang = i18n.lang.get();
        let (Some(canvas), Some(overlay)) = (canvas_ref.get(), overlay.get()) else {
            return;
        };
        if width < 1.0 {
            return;
        }
        let scale = glue::device_pixel_ratio();
        glue::size_canvas(&canvas, width, kind.height(list.len()), scale);
        let scene = charts::Scene {
            estimates: list,
            colours: glue::read_colours(),
            scale,
            highlight,
            lang,
            target: charts::Target::Canvas,
        };
        match glue::measured(|| draw_canvas(kind, &canvas, &scene)) {
            Ok(hits) => place_buttons(&overlay, &hits),
            Err(e) => web_sys::console::error_1(
                &format!("Lagebild: Diagramm nicht gezeichnet: {e}").into(),
            ),
        }
    });
    let group_label = move || match kind {
        Chart::Comparison => i18n.t("Balken des Vergleichs", "Bars of the comparison"),
        Chart::Timeline => i18n.t("Punkte des Zeitverlaufs", "Points of the timeline"),
        Chart::Composition(_) => i18n.t("Zusammensetzung", "Composition"),
    };
    let buttons = items(kind, list)
        .into_iter()
        .map(|i| {
            let e = &list[i];
            let figure = e.first_figure();
            view! {
                <button
                    type="button"
                    class="chart-hit"
                    data-index=i
                    aria-label=move || format!(
                        "{}: {} – {}",
                        e.source.label,
                        e.value_text_in(i18n.lang.get()),
                        i18n.t("Satz zeigen, Enter wählt aus", "show sentence, Enter selects")
                    )
                    aria-pressed=move || (charts.selected.get() == Some(i)).to_string()
                    on:mouseenter=move |_| charts.active.set(Some(i))
                    on:mouseleave=move |_| charts.active.set(None)
                    on:focus=move |_| charts.active.set(Some(i))
                    on:blur=move |_| charts.active.set(None)
                    on:click=move |_| ex.toggle(Selection::Figure(figure))
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class="chart-stage">
            <canvas class="chart-canvas" node_ref=canvas_ref role="img" aria-label=label data-chart=kind.name()></canvas>
            <div class="chart-hits" node_ref=overlay role="group" aria-label=group_label on:keydown=move |ev| arrow_keys(&ev)>
                {buttons}
            </div>
        </div>
    }
}

/// Puts every overlay button over its estimate's hit box; hides buttons without one.
fn place_buttons(overlay: &web_sys::HtmlDivElement, hits: &[Hit]) {
    let children = overlay.children();
    for k in 0..children.length() {
        let Some(el) = children
            .item(k)
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let index = el
            .get_attribute("data-index")
            .and_then(|v| v.parse::<usize>().ok());
        match hits.iter().find(|h| Some(h.index) == index) {
            Some(h) => {
                let _ = el.class_list().remove_1("unplaced");
                glue::place(&el, h.x, h.y, h.w, h.h);
            }
            None => {
                let _ = el.class_list().add_1("unplaced");
            }
        }
    }
}

/// Arrow keys, Home and End move the focus between the buttons of one chart.
fn arrow_keys(ev: &KeyboardEvent) {
    let step: i64 = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        "Home" => i64::MIN,
        "End" => i64::MAX,
        _ => return,
    };
    let Some(group) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let target = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let children = group.children();
    let n = i64::from(children.length());
    if n == 0 {
        return;
    }
    let current = (0..children.length())
        .find(|&k| {
            children
                .item(k)
                .is_some_and(|c| target.as_ref().is_some_and(|t| js_sys::Object::is(&c, t)))
        })
        .map_or(0, i64::from);
    let next = match step {
        i64::MIN => 0,
        i64::MAX => n - 1,
        s => (current + s).rem_euclid(n),
    };
    if let Some(el) = children
        .item(next as u32)
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    {
        ev.prevent_default();
        let _ = el.focus();
    }
}

/// The sentence(s) behind the estimate under the pointer or focus, else the selected one.
#[component]
fn Detail(charts: Charts) -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let shown = Memo::new(move |_| charts.active.get().or(charts.selected.get()));
    let body = move || {
        let Some(e) = shown.get().and_then(|i| charts.list.get(i)) else {
            return view! {
                <p class="chart-hint">
                    {i18n.t(
                        "Auf einen Balken zeigen, tippen oder ihn mit Tab ansteuern: Hier erscheint der Satz aus dem Artikel.",
                        "Point at, tap or tab to a bar: the sentence from the article appears here.",
                    )}
                </p>
            }
            .into_any();
        };
        let lang = i18n.lang.get();
        let mut head = e.value_text_in(lang);
        if !e.counted.is_empty() {
            head.push(' ');
            head.push_str(&e.counted);
        }
        let time = e.time_text_in(lang);
        let includes = e.includes_text_in(lang);
        let sentences = e
            .sentences
            .iter()
            .map(|&s| {
                view! {
                    <blockquote class="chart-sentence">
                        <p>{ex.article.sentence_text(s).trim().to_string()}</p>
                        <footer>{format!("{} {}", i18n.t("Satz", "Sentence"), s + 1)}</footer>
                    </blockquote>
                }
            })
            .collect_view();
        view! {
            <p class="chart-detail-head">
                <span class=format!("swatch swatch-{}", e.source.palette.class())></span>
                <strong>{e.source.label.clone()}</strong>
                {format!(": {head}")}
                {(!time.is_empty()).then(|| format!(" · {time}"))}
                {e.forecast.then(|| format!(" · {}", i18n.t("Prognose", "forecast")))}
            </p>
            <p class="chart-source">
                {i18n.t("Angabe von: ", "Claimed by: ")}
                {e.source.mentions.join(" / ")}
                {e.source.country.clone().map(|c| format!(" ({c})"))}
            </p>
            {(!includes.is_empty()).then(|| view! { <p class="chart-source">{i18n.t("Darunter: ", "Including: ")}{includes}</p> })}
            {sentences}
        }
        .into_any()
    };
    view! {
        <div class="chart-detail" aria-live="polite" data-testid="chart-detail">{body}</div>
    }
}

/// Colours per claimant and what the bar styles mean.
#[component]
fn Legend(list: &'static [Estimate]) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    let claimants = list
        .iter()
        .map(|e| {
            view! {
                <li>
                    <span class=format!("swatch swatch-{}", e.source.palette.class())></span>
                    {e.source.label.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="chart-legend ui">
            <ul class="legend-claimants" aria-label=t("Farben der Quellen", "Colours of the sources")>{claimants}</ul>
            <ul class="legend-encoding" aria-label=t("Darstellung", "Encoding")>
                <li><span class="enc enc-solid"></span>{t("voller Balken, ≈: ungefähre Angabe („etwa“)", "solid bar, ≈: approximate (“about”)")}</li>
                <li><span class="enc enc-bound"></span>{t("heller Balken mit Endstrich, ≤: Obergrenze („bis zu“) – die Zahl kann darunter liegen", "light bar with end cap, ≤: upper bound (“up to”) – the number may be lower")}</li>
                <li><span class="enc enc-forecast"></span>{t("schraffiert, gestrichelt: Prognose für einen späteren Zeitpunkt", "hatched, dashed: forecast for a later date")}</li>
            </ul>
        </div>
    }
}

/// The same data as a table, behind a toggle.
#[component]
fn DataTable(list: &'static [Estimate]) -> impl IntoView {
    let i18n = use_i18n();
    let t = move |de, en| move || i18n.t(de, en);
    let open = RwSignal::new(false);
    let rows = list
        .iter()
        .map(|e| {
            let sentences = e.sentences.iter().map(|s| (s + 1).to_string()).collect::<Vec<_>>().join(", ");
            view! {
                <tr>
                    <th scope="row">{e.source.label.clone()}</th>
                    <td>{move || e.value_text_in(i18n.lang.get())}</td>
                    <td>
                        {move || estimates::qualifier_name_in(e.qualifier, i18n.lang.get())}
                        {move || e.forecast.then(|| format!(", {}", estimates::forecast_word(i18n.lang.get())))}
                    </td>
                    <td>{move || e.time_text_in(i18n.lang.get())}</td>
                    <td>{move || e.includes_text_in(i18n.lang.get())}</td>
                    <td>{sentences}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="chart-table-toggle ui"
            aria-expanded=move || open.get().to_string()
            aria-controls="zahlen-tabelle"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { i18n.t("Tabelle ausblenden", "Hide table") } else { i18n.t("Als Tabelle zeigen", "Show as table") }}
        </button>
        <div
            class="chart-table-wrap"
            id="zahlen-tabelle"
            role="region"
            tabindex="0"
            aria-label=t("Tabelle der Schätzungen", "Table of estimates")
            hidden=move || !open.get()
        >
            <table class="chart-table">
                <caption>{t("Schätzungen zur Zahl nordkoreanischer Soldaten in Russland", "Estimates of North Korean troops in Russia")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("Quelle", "Source")}</th>
                        <th scope="col">{t("Angabe", "Figure")}</th>
                        <th scope="col">{t("Einordnung", "Kind")}</th>
                        <th scope="col">{t("Zeitpunkt", "Time")}</th>
                        <th scope="col">{t("Darunter", "Including")}</th>
                        <th scope="col">{t("Satz", "Sentence")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// What the largest estimate includes: the stated parts on a bar to scale
/// whose end is the estimate's number, plus the parts as buttons. No
/// remainder: when the number is an upper bound, the rest is not stated.
#[component]
fn Composition(charts: Charts, index: usize) -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let Some(e) = charts.list.get(index) else {
        return ().into_any();
    };
    let parts = e
        .parts
        .iter()
        .map(|p| {
            let figure = p.figure;
            view! {
                <li>
                    <button
                        type="button"
                        class="chart-part"
                        aria-pressed=move || (ex.selection.get() == Some(Selection::Figure(figure))).to_string()
                        on:click=move |_| ex.toggle(Selection::Figure(figure))
                    >
                        <strong>{p.text.clone()}</strong>
                    </button>
                </li>
            }
        })
        .collect_view();
    let lead = move || {
        let lang = i18n.lang.get();
        format!(
            "{} {} – {} {}",
            e.value_text_in(lang),
            e.counted,
            i18n.t("laut", "according to"),
            e.source.label
        ) + i18n.t(", darunter:", ", including:")
    };
    let label =
        Signal::derive(move || Chart::Composition(index).summary(charts.list, i18n.lang.get()));
    view! {
        <h3 class="chart-title">{move || i18n.t("Zusammensetzung der höchsten Schätzung", "Composition of the highest estimate")}</h3>
        <ChartCanvas kind=Chart::Composition(index) charts label canvas_ref=NodeRef::new()/>
        <p class="chart-note">{lead}</p>
        <ul class="chart-parts">{parts}</ul>
    }
    .into_any()
}
