//! A story's map as static SVG: admin-1 areas, the state border, the band
//! at the article's distance from it, towns, a legend, a true scale bar and a locator inset, with a text
//! alternative and a list of the article's places. Projection, path data and
//! label placement all run here, at build time; the browser only pans, zooms
//! and relabels from the precomputed label levels (see [`LabelLevels`]).

pub(crate) mod geometry;
mod inset;

use super::{tr, use_explainer};
use crate::map::labels::{self, LabelBox, LabelLevels, Side};
use crate::map::zoom;
use crate::selection::Selection;
use geometry::{Geo, Item, Kind};
use leptos::prelude::*;

const TIP_ID: &str = "karte-tipp";
/// Label font size in CSS pixels.
const FONT_PX: f64 = labels::LABEL_FONT_PX;
/// The width in CSS pixels the static labels are sized for (before the
/// browser measures the map).
const STATIC_WIDTH_PX: f64 = 480.0;

/// The map section's content.
#[component]
pub fn Map() -> impl IntoView {
    let explainer = use_explainer();
    let article = explainer.article();
    let map = &explainer.story.map;
    let view = map.asset.as_ref().map(|asset| {
        let g = geometry::build(asset, article, &map.focus_label);
        view! { <MapView g/> }
    });
    let credit = map.asset.is_some().then(|| {
        view! {
            <p class="map-credit">
                {tr(
                    "Kartendaten: Natural Earth (gemeinfrei) · Ortsdaten: GeoNames, CC BY 4.0 · Namen: Unicode CLDR",
                    "Map data: Natural Earth (public domain) · Places: GeoNames, CC BY 4.0 · Names: Unicode CLDR",
                )}
            </p>
        }
    });
    view! {
        {view}
        <MapNotes/>
        {credit}
    }
}

/// Why the map lacks something, and the places the article names that it
/// cannot show (as written), under the map.
#[component]
pub fn MapNotes() -> impl IntoView {
    let explainer = use_explainer();
    let map = &explainer.story.map;
    let notes = map
        .notes
        .iter()
        .map(|[de, en]| view! { <p class="notice map-note" data-testid="map-note">{tr(de.clone(), en.clone())}</p> })
        .collect_view();
    let unplaced = (!map.unplaced.is_empty()).then(|| {
        let items = map
            .unplaced
            .iter()
            .map(|name| view! { <li>{name.clone()}</li> })
            .collect_view();
        view! {
            <div class="map-unplaced" data-testid="map-unplaced">
                <h3>{tr("Nicht auf der Karte", "Not on the map")}</h3>
                <p>{tr(
                    "Diese Orte nennt der Artikel, das Ortsverzeichnis der Karte kennt sie aber nicht:",
                    "The article names these places, but the map's gazetteer does not know them:",
                )}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        {notes}
        {unplaced}
    }
}

fn label_size(name: &str, kind: Kind, upp: f64) -> [f64; 2] {
    // Country names are set in bold capitals with 0.12 em letter spacing
    // (style/map.css, `.pin-country`): about a third wider.
    let width = match kind {
        Kind::Country => labels::text_width(name, FONT_PX) * (0.8 / 0.6),
        _ => labels::text_width(name, FONT_PX),
    };
    [width * upp + 4.0 * upp, FONT_PX * 1.2 * upp]
}

/// Greedy label placement for zoom `k`; positions relative to each other
/// depend only on the zoom, so panning never re-runs it.
fn placements(g: &Geo, k: f64, upp: f64) -> Vec<Option<Side>> {
    let size = g.size;
    let dot = 3.0 * upp;
    // The scale bar in the map's lower left corner (drawn at user units
    // (16, h − 18), its size in screen pixels: zoom::ScaleBarShape).
    let bar = zoom::ScaleBarShape::new(zoom::SCALE_BAR_MAX_PX * upp, upp);
    let (bx, by) = (16.0 * k, (size[1] - 18.0) * k);
    let bar_box = [
        bx + bar.bg[0],
        by + bar.bg[1],
        bx + bar.bg[0] + bar.bg[2],
        by + bar.bg[1] + bar.bg[3],
    ];
    let mut obstacles = vec![bar_box];
    let mut labels = Vec::new();
    for it in &g.items {
        let anchor = [it.at[0] * k, it.at[1] * k];
        if it.kind == Kind::Town {
            obstacles.push([
                anchor[0] - dot,
                anchor[1] - dot,
                anchor[0] + dot,
                anchor[1] + dot,
            ]);
        }
        labels.push(LabelBox {
            anchor,
            size: label_size(&it.label, it.kind, upp),
            priority: if it.labelled { it.priority } else { i32::MIN },
        });
    }
    let gap = labels::LABEL_GAP_PX * upp;
    let bounds = [0.0, 0.0, size[0] * k, size[1] * k];
    // Areas, the band and country names are centred on their point: they
    // are placed first as fixed boxes; towns try four sides around them.
    let mut out = vec![None; labels.len()];
    let mut fixed = vec![bar_box];
    let mut order: Vec<usize> = (0..labels.len())
        .filter(|&i| g.items[i].labelled && g.items[i].kind != Kind::Town)
        .collect();
    order.sort_by_key(|&i| std::cmp::Reverse(labels[i].priority));
    for i in order {
        let l = &labels[i];
        let r = [
            l.anchor[0] - l.size[0] / 2.0,
            l.anchor[1] - l.size[1] / 2.0,
            l.anchor[0] + l.size[0] / 2.0,
            l.anchor[1] + l.size[1] / 2.0,
        ];
        let free = !fixed
            .iter()
            .any(|f: &[f64; 4]| f[0] < r[2] && r[0] < f[2] && f[1] < r[3] && r[1] < f[3]);
        if free {
            fixed.push(r);
            out[i] = Some(Side::Below);
        }
    }
    let towns: Vec<usize> = (0..labels.len())
        .filter(|&i| g.items[i].kind == Kind::Town)
        .collect();
    let town_labels: Vec<LabelBox> = towns.iter().map(|&i| labels[i]).collect();
    obstacles.extend(fixed);
    let placed = labels::place_labels(&town_labels, gap, bounds, &obstacles);
    for (j, &i) in towns.iter().enumerate() {
        out[i] = placed[j];
    }
    out
}

/// The label layout of every item at every level, as one string per item.
fn level_codes(g: &Geo, levels: &LabelLevels) -> Vec<String> {
    let mut codes = vec![String::new(); g.items.len()];
    for q in levels.values() {
        // Placement depends only on pixels per unit (k / upp): lay out at k = q, upp = 1.
        for (i, side) in placements(g, q, 1.0).into_iter().enumerate() {
            codes[i].push(Side::code(side));
        }
    }
    codes
}

#[component]
fn MapView(g: Geo) -> impl IntoView {
    let explainer = use_explainer();
    let article = explainer.article();
    let [w, h] = g.size;
    let upp = w / STATIC_WIDTH_PX;
    let levels = LabelLevels::for_width(w);
    let codes = level_codes(&g, &levels);
    let layout = placements(&g, 1.0, upp);
    let aria = |it: &Item| match it.place {
        Some(_) => (
            format!("{} – im Artikel genannt, auswählen", it.name),
            format!("{} – named in the article, select", it.name),
        ),
        None => (it.name.clone(), it.name.clone()),
    };
    let sel_of = |it: &Item| {
        it.place
            .map(|p| Selection::Place(p).token())
            .or_else(|| it.figure.map(|f| Selection::Figure(f).token()))
    };

    let areas = g
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == Kind::Area)
        .map(|(i, it)| {
            let (de, en) = aria(it);
            view! {
                <path
                    class="area item"
                    class:area-focus=it.focus
                    class:area-key=it.key
                    class:in-article=it.place.is_some()
                    d=it.d.clone()
                    vector-effect="non-scaling-stroke"
                    tabindex="0"
                    role="button"
                    aria-label=de
                    data-en-label=en
                    aria-describedby=TIP_ID
                    data-item=i
                    data-sel=sel_of(it)
                    data-name=it.name.clone()
                ></path>
            }
        })
        .collect_view();

    let band = g.band.map(|bi| {
        let name = g.items.get(bi).map(|i| i.name.clone()).unwrap_or_default();
        view! {
            <path
                class="band item"
                d=g.band_d.clone()
                vector-effect="non-scaling-stroke"
                tabindex="0"
                role="button"
                aria-label=name
                aria-describedby=TIP_ID
                data-item=bi
                data-sel=g.items.get(bi).and_then(sel_of)
            ></path>
        }
    });

    // Pins: towns (dot + label) and area/country/band labels, in an unscaled
    // layer moved by the browser; their text keeps its screen size.
    let pins = g
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.labelled || it.kind == Kind::Town)
        .map(|(i, it)| {
            let kind = it.kind;
            let side = layout.get(i).copied().flatten();
            let (tx, ty, anchor) = Side::label_position(side, kind == Kind::Town, upp);
            let label = view! {
                <text
                    class="pin-label"
                    class:label-hidden=side.is_none()
                    x=format!("{tx:.2}")
                    y=format!("{ty:.2}")
                    text-anchor=anchor
                    font-size=format!("{:.2}", FONT_PX * upp)
                    data-sides=codes[i].clone()
                    aria-hidden="true"
                >
                    {it.label.clone()}
                </text>
            };
            let class = match kind {
                Kind::Town => "pin pin-town",
                Kind::Area => "pin pin-area",
                Kind::Country => "pin pin-country",
                Kind::Band => "pin pin-band",
            };
            let interactive = matches!(kind, Kind::Town | Kind::Country);
            let (de, en) = aria(it);
            let r = if it.place.is_some() { 4.5 } else { 3.5 };
            view! {
                <g
                    class=class
                    class:item=interactive
                    class:in-article=it.place.is_some()
                    data-x=format!("{:.2}", it.at[0])
                    data-y=format!("{:.2}", it.at[1])
                    data-name=it.name.clone()
                    transform=format!("translate({:.2},{:.2})", it.at[0], it.at[1])
                    tabindex=interactive.then_some("0")
                    role=interactive.then_some("button")
                    aria-label=interactive.then_some(de)
                    data-en-label=interactive.then_some(en)
                    aria-describedby=interactive.then_some(TIP_ID)
                    data-item=interactive.then_some(i)
                    data-sel=if interactive { sel_of(it) } else { None }
                >
                    {(kind == Kind::Town).then(|| view! {
                        <circle class="pin-dot" data-r=r r=format!("{:.2}", r * upp)></circle>
                        <circle class="pin-hit" data-r="11" r=format!("{:.2}", 11.0 * upp)></circle>
                    })}
                    {label}
                </g>
            }
        })
        .collect_view();

    let background = g
        .background
        .iter()
        .map(|(d, name)| view! { <path class="area area-other" d=d.clone() vector-effect="non-scaling-stroke"><title>{name.clone()}</title></path> })
        .collect_view();

    // Scale bar at zoom 1 (the browser updates it while zooming).
    let (bar_km, bar_len) =
        zoom::scale_bar(g.km_per_unit, 1.0, zoom::SCALE_BAR_MAX_PX * upp).unwrap_or((0.0, 0.0));
    let bar = zoom::ScaleBarShape::new(bar_len, upp);
    let bar_label = format!("{} km", crate::format::number(bar_km));

    // The tooltip's contents: one block per item, shown by the browser.
    let tips = g
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let sentences = if it.sentences.is_empty() {
                view! { <p class="tip-none">{tr("Im Artikel nicht erwähnt", "Not mentioned in the article")}</p> }.into_any()
            } else {
                let list = it.sentences.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
                view! { <ul class="tip-sentences">{list}</ul> }.into_any()
            };
            view! { <div class="tip-item" data-item=i data-x=format!("{:.2}", it.at[0]) data-y=format!("{:.2}", it.at[1]) hidden><p class="tip-name">{it.name.clone()}</p>{sentences}</div> }
        })
        .collect_view();

    let mut seen = Vec::new();
    let mut places: Vec<(String, u32)> = Vec::new();
    let mut add = |name: String, place: Option<u32>| {
        if let Some(p) = place {
            if !seen.contains(&p) {
                seen.push(p);
                places.push((name, p));
            }
        }
    };
    for it in &g.items {
        add(it.name.clone(), it.place);
    }
    for pin in g.inset.iter().flat_map(|i| i.pins.iter()) {
        add(pin.name.clone(), pin.place);
    }
    // Countries under the article's own name ("China", not the map's
    // "Volksrepublik China").
    for (_, place, name) in g.inset.iter().flat_map(|i| i.countries.iter()) {
        let article_name = place
            .and_then(|p| article.places.get(p as usize))
            .map(|p| p.name.clone());
        add(article_name.unwrap_or_else(|| name.clone()), *place);
    }
    // The article's places outside the map and the inset (a country it
    // names as an actor, far away): said, so none goes missing silently.
    let far: Vec<(String, String)> = article
        .places
        .iter()
        .enumerate()
        .filter(|(i, _)| !places.iter().any(|(_, p)| *p as usize == *i))
        .filter(|(i, _)| {
            article
                .place_mentions
                .iter()
                .any(|m| m.place as usize == *i)
        })
        .map(|(i, p)| (p.name.clone(), Selection::Place(i as u32).token()))
        .collect();
    let far = (!far.is_empty()).then(|| {
        let n = far.len();
        let names = far
            .into_iter()
            .enumerate()
            .map(|(k, (name, token))| {
                let sep = if k + 1 < n { ", " } else { "." };
                view! { <span data-place=token>{name}</span>{sep} }
            })
            .collect_view();
        view! {
            <p class="map-far" data-testid="map-far">
                {tr("Weiter entfernt, nicht auf der Karte: ", "Farther away, not on the map: ")}
                {names}
            </p>
        }
    });
    let place_list = places
        .into_iter()
        .map(|(name, p)| {
            let token = Selection::Place(p).token();
            view! {
                <li>
                    <button type="button" class="map-place" aria-pressed="false" data-sel=token.clone() data-toggle=token>
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();

    let [title_de, title_en] = explainer.story.map.title.clone();
    let [alt_de, alt_en] = g.text_alt.clone();
    view! {
        <span id="karte-svg-titel" class="sr-only">{tr(title_de, title_en)}</span>
        <div class="map-frame">
            <svg
                id=crate::hooks::id::MAP_SVG
                class="map-svg"
                viewBox=format!("0 0 {w} {h}")
                role="group"
                aria-labelledby="karte-titel karte-svg-titel"
                aria-describedby="karte-beschreibung karte-hilfe"
                tabindex="0"
                data-km-per-unit=format!("{:.6}", g.km_per_unit)
                data-label-levels=levels.encode()
            >
                // boot/early.js: holds a wheel on the map until the map is live.
                // The map's first child, so it runs as soon as the <svg> is in
                // the page: after the <svg> (100 KB) it came too late when the
                // parser paused inside it and a wheel met the half-parsed map.
                // Written as old browsers parse it, as early.js is.
                <script>"if (window.lagebildBoot) lagebildBoot.holdMap()"</script>
                <defs>
                    <pattern id="band-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <line class="band-hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                    </pattern>
                </defs>
                <rect class="water" x="0" y="0" width=w height=h></rect>
                <g class="map-zoom" transform="translate(0,0) scale(1)">
                    {background}
                    {areas}
                    {band}
                    <path class="border" d=g.border_d.clone() vector-effect="non-scaling-stroke"></path>
                </g>
                <g class="map-pins">{pins}</g>
                <g class="scale-bar" transform=format!("translate(16,{:.0})", h - 18.0) aria-hidden="true">
                    <rect class="scale-bar-bg" x=format!("{:.2}", bar.bg[0]) y=format!("{:.2}", bar.bg[1])
                        width=format!("{:.2}", bar.bg[2]) height=format!("{:.2}", bar.bg[3])></rect>
                    <line class="scale-bar-line scale-bar-main" x1="0" y1="0" x2=format!("{:.2}", bar.len) y2="0" vector-effect="non-scaling-stroke"></line>
                    <line class="scale-bar-line scale-bar-tick0" x1="0" y1=format!("{:.2}", bar.tick_y1) x2="0" y2="0"></line>
                    <line class="scale-bar-line scale-bar-tick1" x1=format!("{:.2}", bar.len) y1=format!("{:.2}", bar.tick_y1) x2=format!("{:.2}", bar.len) y2="0"></line>
                    <text class="scale-bar-label" data-testid="scale-bar" x=format!("{:.2}", bar.label_x) y="0" font-size=format!("{:.2}", bar.font_size)>{bar_label}</text>
                </g>
            </svg>
            <div class="map-controls needs-script">
                <button type="button" class="zoom-in" aria-label="Hineinzoomen" data-en-label="Zoom in">"+"</button>
                <button type="button" class="zoom-out" aria-label="Herauszoomen" data-en-label="Zoom out">"−"</button>
                <button type="button" class="zoom-reset" aria-label="Ansicht zurücksetzen" data-en-label="Reset view">"⟲"</button>
            </div>
            <div id=TIP_ID role="tooltip" class="map-tip tip-hidden">{tips}</div>
        </div>
        // Below the map, not above: on phones a text block this large above the
        // fold would become the Largest Contentful Paint.
        <p id="karte-beschreibung" class="map-description">{tr(alt_de, alt_en)}</p>
        <p id="karte-hilfe" class="map-help needs-script">
            {tr(
                "Ziehen verschiebt, Mausrad, Doppelklick oder zwei Finger zoomen. Mit Fokus auf der Karte: Pfeiltasten verschieben, + und − zoomen, 0 setzt zurück; Tab erreicht Orte und Gebiete, Enter wählt aus.",
                "Drag to pan; wheel, double-click or two fingers to zoom. With the map focused: arrow keys pan, + and − zoom, 0 resets; Tab reaches places and areas, Enter selects.",
            )}
        </p>
        <MapLegend focus=explainer.story.map.focus_label.clone() band=g.band_label.clone() border=g.border_name.clone()/>
        {g.inset.clone().map(|inset| view! { <inset::Inset inset/> })}
        <nav class="map-places needs-script" aria-labelledby="karte-orte">
            <h3 id="karte-orte">{tr("Orte aus dem Artikel auf der Karte", "Places from the article on the map")}</h3>
            <ul>{place_list}</ul>
        </nav>
        {far}
    }
}

/// The key to the map's symbols; the band is hatched, not colour alone.
#[component]
fn MapLegend(
    focus: [String; 2],
    band: Option<[String; 2]>,
    border: Option<[String; 2]>,
) -> impl IntoView {
    let [focus_de, focus_en] = focus;
    // One legend symbol: a shape in a small box.
    fn symbol(shape: impl IntoView) -> impl IntoView {
        view! { <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true">{shape}</svg> }
    }
    let swatch = |class: &'static str| {
        symbol(view! { <rect class=class x="1" y="1" width="22" height="12"></rect> })
    };
    view! {
        <ul class="map-legend" aria-label="Legende" data-en-label="Legend">
            <li>{swatch("area area-key")}{tr(focus_de, focus_en)}</li>
            <li>{swatch("area area-focus")}{tr("Nachbargebiete", "Neighbouring areas")}</li>
            {band.map(|[de, en]| view! {
                <li>
                    {swatch("band legend-band")}
                    {tr(format!("{de} breiter Streifen (schraffiert)"), format!("{en} band (hatched)"))}
                </li>
            })}
            {border.map(|[border_de, border_en]| view! {
                <li>
                    {symbol(view! { <line class="border" x1="1" y1="7" x2="23" y2="7"></line> })}
                    {tr(format!("Staatsgrenze {border_de}"), format!("{border_en} border"))}
                </li>
            })}
            <li>
                {symbol(view! { <circle class="pin-dot legend-dot" cx="12" cy="7" r="4"></circle> })}
                {tr("Im Artikel genannter Ort (Ring)", "Place named in the article (ring)")}
            </li>
        </ul>
    }
}
