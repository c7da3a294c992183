//! The estimate charts as static SVG, drawn at build time by the same
//! plotters code that draws the live canvas ([`crate::charts`]), with the
//! legend, a detail block per estimate (the article's sentences), the table,
//! the CSV file and the composition's parts. Every interface text is in both
//! languages (the SVGs' texts too); names, parts and sentences stay as the
//! article writes them. The browser swaps each SVG for a canvas of the same
//! box and adds hover, focus and selection.
use super::{tr, use_explainer};
use crate::charts::{self, Chart, Scene, Target};
use crate::estimates::{self, group_name, Estimate};
use crate::i18n::{self, Lang};
use crate::selection::Selection;
use leptos::prelude::*;

/// The width the SVGs are drawn for; narrower screens scale them down.
const SVG_WIDTH: f64 = 560.0;

/// A text that may differ by language: one plain text when both are the
/// same (names, parts as written), else both for the CSS switch.
fn both(de: String, en: String) -> AnyView {
    if de == en {
        de.into_any()
    } else {
        tr(de, en).into_any()
    }
}

/// The claimant's name: as the article writes it (German), or "no source given".
fn claimant(e: &Estimate) -> AnyView {
    if e.source.label.is_empty() {
        tr(e.source.label_in(Lang::De), e.source.label_in(Lang::En)).into_any()
    } else {
        view! { <span lang="de">{e.source.label.clone()}</span> }.into_any()
    }
}

/// The colour swatch of a claimant group.
fn swatch(e: &Estimate) -> impl IntoView {
    view! { <span class=format!("swatch swatch-{}", group_name(e.source.group))></span> }
}

/// The tokens an estimate stands for: all of its figures.
fn tokens(e: &Estimate) -> String {
    e.figures
        .iter()
        .map(|f| Selection::Figure(*f).token())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The charts section's content.
#[component]
pub fn EstimateCharts() -> impl IntoView {
    let explainer = use_explainer();
    let comparison = explainer.comparison();
    let list = explainer.story.estimates.clone();
    let csv_file = super::csv_file(&explainer.story.slug);
    if list.is_empty() {
        return view! { <p class="chart-empty">{tr("Keine Schätzungen im Artikel", "No estimates in the article")}</p> }
            .into_any();
    }
    let counted = &comparison.counted;
    let summary = tr(
        Chart::Comparison.summary(&list, counted, Lang::De),
        Chart::Comparison.summary(&list, counted, Lang::En),
    );
    let composed = estimates::largest_with_parts(&list);
    let details = list
        .iter()
        .enumerate()
        .map(|(i, e)| view! { <Detail e=e.clone() index=i/> })
        .collect_view();
    let composition = composed
        .map(|i| view! { <Composition list=list.clone() index=i counted=counted.clone()/> });
    view! {
        <div class="estimate-charts" data-estimates=crate::estimates::encode_attr(&list)>
            <p class="chart-intro">{summary}</p>
            <Legend list=list.clone()/>
            <h3 class="chart-title" id="chart-vergleich">{tr("Vergleich der Schätzungen", "Estimates compared")}</h3>
            <Stage chart=Chart::Comparison list=list.clone() counted=counted.clone()/>
            <div class="chart-detail" aria-live="polite" data-testid="chart-detail">
                <p class="chart-hint">
                    {tr(
                        "Auf einen Balken zeigen, tippen oder ihn mit Tab ansteuern: Hier erscheint der Satz aus dem Artikel.",
                        "Point at, tap or tab to a bar: the sentence from the article appears here.",
                    )}
                </p>
                {details}
            </div>
            <div class="chart-tools ui">
                <button type="button" class="chart-export needs-script" data-testid="export-png">
                    {tr("Diagramm als PNG", "Chart as PNG")}
                </button>
                <a class="chart-export button" data-testid="export-csv" href=csv_file.clone() download=csv_file>
                    {tr("Daten als CSV", "Data as CSV")}
                </a>
            </div>
            <DataTable list=list.clone() counted=counted.clone()/>
            <h3 class="chart-title">{tr("Zeitverlauf", "Timeline")}</h3>
            <p class="chart-note">
                {tr(
                    "Nur Monat und Tag: Der Artikel nennt kein Jahr. Ohne eigene Zeitangabe steht eine Schätzung beim Datum des Berichts.",
                    "Month and day only: the article gives no year. Estimates without their own date stand at the report's date.",
                )}
            </p>
            <Stage chart=Chart::Timeline list=list.clone() counted=counted.clone()/>
            {composition}
        </div>
    }
    .into_any()
}

/// One chart: the SVG (replaced by a canvas in the browser), its text
/// alternative, and the focusable buttons the browser puts over the marks.
#[component]
fn Stage(chart: Chart, list: Vec<Estimate>, counted: crate::story::Pair) -> impl IntoView {
    let scene = Scene::new(&list, Lang::De, Target::Svg);
    let svg = charts::svg_fluid_both(chart, &scene, SVG_WIDTH);
    let (de, en) = (
        chart.summary(&list, &counted, Lang::De),
        chart.summary(&list, &counted, Lang::En),
    );
    let group = match chart {
        Chart::Comparison => ("Balken des Vergleichs", "Bars of the comparison"),
        Chart::Timeline => ("Punkte des Zeitverlaufs", "Points of the timeline"),
        Chart::Composition(_) => ("Zusammensetzung", "Composition"),
    };
    let items: Vec<usize> = match chart {
        Chart::Comparison => (0..list.len()).collect(),
        Chart::Timeline => (0..list.len())
            .filter(|&i| list[i].when.is_some())
            .collect(),
        Chart::Composition(i) => vec![i],
    };
    let buttons = items
        .into_iter()
        .map(|i| {
            let e = &list[i];
            let label = |lang: Lang, hint: &str| {
                format!(
                    "{}: {} – {hint}",
                    e.source.label_in(lang),
                    e.value_text_in(lang)
                )
            };
            view! {
                <button
                    type="button"
                    class="chart-hit unplaced"
                    data-index=i
                    aria-label=label(Lang::De, "Satz zeigen, Enter wählt aus")
                    data-en-label=label(Lang::En, "show sentence, Enter selects")
                    aria-pressed="false"
                    data-sel=tokens(e)
                    data-toggle=Selection::Figure(e.first_figure()).token()
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class="chart-stage" data-chart=chart.name() data-chart-index=match chart { Chart::Composition(i) => i, _ => usize::MAX }
            data-height=chart.height(list.len())>
            <div class="chart-graphic" role="img" aria-label=de data-en-label=en inner_html=svg></div>
            <div class="chart-hits" role="group" aria-label=group.0 data-en-label=group.1>{buttons}</div>
        </div>
    }
}

/// The sentence(s) behind estimate `index`, shown while it is active or selected.
#[component]
fn Detail(e: Estimate, index: usize) -> impl IntoView {
    let explainer = use_explainer();
    let article = explainer.article();
    let includes = (e.includes_text_in(Lang::De), e.includes_text_in(Lang::En));
    let sentences = e
        .sentences
        .iter()
        .map(|&s| {
            view! {
                <blockquote class="chart-sentence" lang="de">
                    <p>{article.sentence_text(s).trim().to_string()}</p>
                    <footer>{tr("Satz", "Sentence")}{format!(" {}", s + 1)}</footer>
                </blockquote>
            }
        })
        .collect_view();
    view! {
        <div class="chart-detail-item" data-index=index hidden>
            <p class="chart-detail-head">
                {swatch(&e)}
                {tr(e.head_in(Lang::De), e.head_in(Lang::En))}
            </p>
            <p class="chart-source">
                {tr("Angabe von: ", "Claimed by: ")}
                <span lang="de">
                    {e.source.mentions.join(" / ")}
                    {e.source.country.clone().map(|c| format!(" ({c})"))}
                </span>
            </p>
            {(!includes.0.is_empty()).then(|| view! { <p class="chart-source">{tr("Darunter: ", "Including: ")}{both(includes.0.clone(), includes.1.clone())}</p> })}
            {sentences}
        </div>
    }
}

/// Colours per claimant and what the bar styles mean.
#[component]
fn Legend(list: Vec<Estimate>) -> impl IntoView {
    let claimants = list
        .iter()
        .map(|e| {
            view! {
                <li>
                    {swatch(e)}
                    {claimant(e)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="chart-legend ui">
            <ul class="legend-claimants" aria-label="Farben der Quellen" data-en-label="Colours of the sources">{claimants}</ul>
            <ul class="legend-encoding" aria-label="Darstellung" data-en-label="Encoding">
                <li><span class="enc enc-solid"></span>{tr("voller Balken, ≈: ungefähre Angabe („etwa“)", "solid bar, ≈: approximate (“about”)")}</li>
                <li><span class="enc enc-bound"></span>{tr("heller Balken mit Endstrich, ≤: Obergrenze („bis zu“) – die Zahl kann darunter liegen", "light bar with end cap, ≤: upper bound (“up to”) – the number may be lower")}</li>
                <li><span class="enc enc-forecast"></span>{tr("schraffiert, gestrichelt: Prognose für einen späteren Zeitpunkt", "hatched, dashed: forecast for a later date")}</li>
            </ul>
        </div>
    }
}

/// The same data as a table: open without script, behind a toggle with it.
#[component]
fn DataTable(list: Vec<Estimate>, counted: crate::story::Pair) -> impl IntoView {
    let rows = list
        .iter()
        .map(|e| {
            let sentences = e
                .sentences
                .iter()
                .map(|s| (s + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{claimant(e)}</th>
                    <td>{both(e.value_text_in(Lang::De), e.value_text_in(Lang::En))}</td>
                    <td>{both(e.kind_in(Lang::De), e.kind_in(Lang::En))}</td>
                    <td>{both(e.time_text_in(Lang::De), e.time_text_in(Lang::En))}</td>
                    <td>{both(e.includes_text_in(Lang::De), e.includes_text_in(Lang::En))}</td>
                    <td>{sentences}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <button type="button" class="chart-table-toggle ui needs-script" aria-expanded="false" aria-controls="zahlen-tabelle">
            <span class="when-closed">{tr("Als Tabelle zeigen", "Show as table")}</span>
            <span class="when-open">{tr("Tabelle ausblenden", "Hide table")}</span>
        </button>
        <div class="chart-table-wrap" id="zahlen-tabelle" role="region" tabindex="0"
            aria-label="Tabelle der Schätzungen" data-en-label="Table of estimates">
            <table class="chart-table">
                <caption>{tr(format!("Schätzungen: {}", counted[0]), format!("Estimates: {}", counted[1]))}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr("Quelle", "Source")}</th>
                        <th scope="col">{tr("Angabe", "Figure")}</th>
                        <th scope="col">{tr("Einordnung", "Kind")}</th>
                        <th scope="col">{tr("Zeitpunkt", "Time")}</th>
                        <th scope="col">{tr("Darunter", "Including")}</th>
                        <th scope="col">{tr("Satz", "Sentence")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// What the largest estimate includes: the stated parts against its number.
#[component]
fn Composition(list: Vec<Estimate>, index: usize, counted: crate::story::Pair) -> impl IntoView {
    let Some(e) = list.get(index).cloned() else {
        return ().into_any();
    };
    let parts = e
        .parts
        .iter()
        .map(|p| {
            let token = Selection::Figure(p.figure).token();
            view! {
                <li>
                    <button type="button" class="chart-part" aria-pressed="false" data-sel=token.clone() data-toggle=token>
                        <strong>{both(p.text_in(Lang::De), p.text_in(Lang::En))}</strong>
                    </button>
                </li>
            }
        })
        .collect_view();
    let lead = |lang: Lang| {
        format!(
            "{} {} – {} {}, {}:",
            e.value_text_in(lang),
            e.counted_in(lang),
            i18n::tr(lang, "laut", "according to"),
            e.source.label_in(lang),
            i18n::tr(lang, "darunter", "including"),
        )
    };
    view! {
        <h3 class="chart-title">{tr("Zusammensetzung der höchsten Schätzung", "Composition of the highest estimate")}</h3>
        <Stage chart=Chart::Composition(index) list=list.clone() counted/>
        <p class="chart-note">{tr(lead(Lang::De), lead(Lang::En))}</p>
        <ul class="chart-parts">{parts}</ul>
    }
    .into_any()
}
