//! The interactive map around Kursk: oblasts, the state border, the 50 km
//! band, towns, a legend, a true scale bar and a locator inset; pan and zoom
//! by pointer, wheel, pinch, buttons and keyboard; tooltips with the
//! article's sentences; the shared place selection.

mod geometry;
mod gestures;
mod inset;

use crate::map_view::{self, LabelBox, Side};
use crate::selection::Selection;
use crate::{i18n::use_i18n, use_explainer};
use geometry::{Geo, Item, Kind};
use gestures::Controller;
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::OnceLock;
use wasm_bindgen::{closure::Closure, JsCast};

static MAP_BIN: &[u8] = include_bytes!("../../../data/geo/map.bin");

const SVG_ID: &str = "karte-svg";
const TIP_ID: &str = "karte-tipp";
/// Label font size in CSS pixels.
const FONT_PX: f64 = 12.0;

/// Decodes the asset and prepares the map once.
fn geo(article: &'static article::Article) -> &'static Result<Geo, String> {
    static GEO: OnceLock<Result<Geo, String>> = OnceLock::new();
    GEO.get_or_init(|| {
        mapdata::codec::decode(MAP_BIN)
            .map(|asset| geometry::build(&asset, article))
            .map_err(|e| format!("Die Kartendaten sind nicht lesbar ({e}); die Karte kann nicht angezeigt werden."))
    })
}

/// Builds the map's geometry ahead of mounting, so that the work runs in a
/// task of its own during start-up.
pub fn prepare(article: &'static article::Article) {
    let _ = geo(article);
}

/// The map section's content.
#[component]
pub fn KurskMap() -> impl IntoView {
    let ex = use_explainer();
    match geo(ex.article) {
        Ok(g) => view! { <MapView g/> }.into_any(),
        Err(msg) => view! { <p class="notice" role="alert">{msg.clone()}</p> }.into_any(),
    }
}

fn label_size(name: &str, upp: f64) -> [f64; 2] {
    [
        map_view::text_width(name, FONT_PX) * upp + 4.0 * upp,
        FONT_PX * 1.2 * upp,
    ]
}

/// Greedy label placement for zoom `k`; positions relative to each other
/// depend only on the zoom, so panning never re-runs it.
fn placements(g: &'static Geo, k: f64, upp: f64) -> Vec<Option<Side>> {
    let size = g.size;
    let dot = 3.0 * upp;
    let mut obstacles = Vec::new();
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
            size: label_size(&it.label, upp),
            priority: if it.labelled { it.priority } else { i32::MIN },
        });
    }
    let gap = 5.0 * upp;
    let bounds = [0.0, 0.0, size[0] * k, size[1] * k];
    // Areas, the band and country names are centred on their point: they
    // are placed first as fixed boxes; towns try four sides around them.
    let mut out = vec![None; labels.len()];
    let mut fixed = Vec::new();
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
    let placed = map_view::place_labels(&town_labels, gap, bounds, &obstacles);
    for (j, &i) in towns.iter().enumerate() {
        out[i] = placed[j];
    }
    out
}

#[component]
fn MapView(g: &'static Geo) -> impl IntoView {
    let ex = use_explainer();
    let i18n = use_i18n();
    let t = move |de: &'static str, en: &'static str| move || i18n.t(de, en);
    let [w, h] = g.size;
    let k = RwSignal::new(1.0_f64);
    let upp = RwSignal::new(w / 640.0);
    let ctl: StoredValue<Option<Rc<Controller>>, LocalStorage> = StoredValue::new_local(None);
    let tip: RwSignal<Option<usize>> = RwSignal::new(None);
    // The label layout only changes with the zoom step and the screen scale.
    let layout = Memo::new(move |_| placements(g, (k.get() * 20.0).round() / 20.0, upp.get()));

    let selected_place = Memo::new(move |_| match ex.selection.get() {
        Some(Selection::Place(i)) => Some(i),
        _ => None,
    });
    let is_selected = move |place: Option<u32>| place.is_some() && selected_place.get() == place;

    // When the shared selection becomes a place on the map: reveal it.
    Effect::new(move |_| {
        let Some(p) = selected_place.get() else {
            return;
        };
        if let Some(it) = g
            .items
            .iter()
            .find(|it| it.place == Some(p) && it.kind != Kind::Country)
        {
            ctl.with_value(|c| {
                if let Some(c) = c {
                    c.reveal(it.at)
                }
            });
        }
    });

    let activate = move |i: usize| {
        let dragged = ctl.with_value(|c| c.as_ref().is_some_and(|c| c.dragged()));
        if dragged {
            return;
        }
        tip.set(Some(i));
        if let Some(p) = g.items.get(i).and_then(|it| it.place) {
            ex.toggle(Selection::Place(p));
        }
    };
    let on_item_key = move |i: usize, ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            tip.set(Some(i));
            if let Some(p) = g.items.get(i).and_then(|it| it.place) {
                ex.toggle(Selection::Place(p));
            }
        }
    };
    let aria = |it: &Item| match it.place {
        Some(_) => format!("{} – im Artikel genannt, auswählen", it.name),
        None => it.name.clone(),
    };

    let areas = g
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == Kind::Oblast)
        .map(|(i, it)| {
            let place = it.place;
            view! {
                <path
                    class="area"
                    class:area-focus=it.focus
                    class:area-kursk=it.kursk
                    class:in-article=place.is_some()
                    class:selected=move || is_selected(place)
                    d=it.d.clone()
                    vector-effect="non-scaling-stroke"
                    tabindex="0"
                    role="button"
                    aria-label=aria(it)
                    aria-describedby=TIP_ID
                    data-name=it.name.clone()
                    on:pointerenter=move |_| tip.set(Some(i))
                    on:focus=move |_| tip.set(Some(i))
                    on:click=move |_| activate(i)
                    on:keydown=move |ev| on_item_key(i, ev)
                ></path>
            }
        })
        .collect_view();

    let band = g.band.map(|bi| {
        view! {
            <path
                class="band"
                d=g.band_d.clone()
                vector-effect="non-scaling-stroke"
                tabindex="0"
                role="button"
                aria-label=g.items.get(bi).map(|i| i.name.clone()).unwrap_or_default()
                aria-describedby=TIP_ID
                on:pointerenter=move |_| tip.set(Some(bi))
                on:focus=move |_| tip.set(Some(bi))
                on:click=move |_| activate(bi)
                on:keydown=move |ev| on_item_key(bi, ev)
            ></path>
        }
    });

    // Pins: towns (dot + label) and area/country/band labels, in an unscaled
    // layer moved by the controller; their text keeps its screen size.
    let pins = g
        .items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.labelled || it.kind == Kind::Town)
        .map(|(i, it)| {
            let place = it.place;
            let name = it.label.clone();
            let kind = it.kind;
            let side = move || layout.with(|l| l.get(i).copied().flatten());
            let text_pos = move || {
                let s = upp.get();
                match side() {
                    Some(Side::Below) if kind != Kind::Town => (0.0, 0.35 * FONT_PX * s, "middle"),
                    Some(sd) => sd.text_offset(5.0 * s, FONT_PX * 1.2 * s),
                    None => (0.0, 0.0, "middle"),
                }
            };
            let class = match kind {
                Kind::Town => "pin pin-town",
                Kind::Oblast => "pin pin-area",
                Kind::Country => "pin pin-country",
                Kind::Band => "pin pin-band",
            };
            let label = view! {
                <text
                    class="pin-label"
                    class:label-hidden=move || side().is_none()
                    x=move || format!("{:.2}", text_pos().0)
                    y=move || format!("{:.2}", text_pos().1)
                    text-anchor=move || text_pos().2
                    font-size=move || format!("{:.2}", FONT_PX * upp.get())
                    aria-hidden="true"
                >
                    {name.clone()}
                </text>
            };
            let interactive = matches!(kind, Kind::Town | Kind::Country);
            view! {
                <g
                    class=class
                    class:in-article=place.is_some()
                    class:selected=move || is_selected(place)
                    class:pin-kursk=it.kursk
                    data-x=format!("{:.2}", it.at[0])
                    data-y=format!("{:.2}", it.at[1])
                    data-name=it.name.clone()
                    transform=format!("translate({:.2},{:.2})", it.at[0], it.at[1])
                    tabindex=interactive.then_some("0")
                    role=interactive.then_some("button")
                    aria-label=interactive.then(|| aria(it))
                    aria-describedby=interactive.then_some(TIP_ID)
                    on:pointerenter=move |_| if interactive { tip.set(Some(i)) }
                    on:focus=move |_| tip.set(Some(i))
                    on:click=move |_| if interactive { activate(i) }
                    on:keydown=move |ev| if interactive { on_item_key(i, ev) }
                >
                    {(kind == Kind::Town).then(|| view! {
                        <circle class="pin-dot" r=move || format!("{:.2}", (if place.is_some() { 4.5 } else { 3.5 }) * upp.get())></circle>
                        <circle class="pin-hit" r=move || format!("{:.2}", 11.0 * upp.get())></circle>
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

    // Scale bar: true at every zoom (its value changes with k).
    let bar =
        Memo::new(move |_| map_view::scale_bar(g.km_per_unit, k.get(), 130.0 * upp.get() / 1.2));
    let bar_label = move || {
        bar.get()
            .map(|(km, _)| format!("{} km", crate::format::number(km)))
            .unwrap_or_default()
    };
    let bar_len = move || bar.get().map_or(0.0, |(_, px)| px);

    let tip_view = move || {
        tip.get().and_then(|i| g.items.get(i)).map(|it| {
            let sentences = if it.sentences.is_empty() {
                view! { <p class="tip-none">{t("Im Artikel nicht erwähnt", "Not mentioned in the article")}</p> }.into_any()
            } else {
                let list = it.sentences.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view();
                view! { <ul class="tip-sentences">{list}</ul> }.into_any()
            };
            view! { <p class="tip-name">{it.name.clone()}</p>{sentences} }
        })
    };
    let tip_class = move || {
        let Some(it) = tip.get().and_then(|i| g.items.get(i)) else {
            return "map-tip tip-hidden".to_string();
        };
        let v = ctl
            .with_value(|c| c.as_ref().map(|c| c.view()))
            .unwrap_or_default();
        let [x, y] = v.apply(it.at);
        let hx = if x < w / 2.0 { "tip-right" } else { "tip-left" };
        let vy = if y < h / 2.0 { "tip-bottom" } else { "tip-top" };
        format!("map-tip {hx} {vy}")
    };

    // Handlers on the SVG (pointer, wheel, keyboard) after mount. Attaching
    // measures the SVG, which forces a layout: a task of its own keeps
    // start-up tasks short on slow phones.
    let attach = move || {
        let Some(c) = Controller::attach(SVG_ID, g.size, k, upp) else {
            return;
        };
        let svg = document().get_element_by_id(SVG_ID);
        if let Some(svg) = svg {
            let c2 = Rc::clone(&c);
            let on_wheel =
                Closure::<dyn Fn(web_sys::WheelEvent)>::new(move |ev: web_sys::WheelEvent| {
                    if c2.wheel(&ev) {
                        ev.prevent_default();
                    }
                });
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_passive(false);
            let _ = svg.add_event_listener_with_callback_and_add_event_listener_options(
                "wheel",
                on_wheel.as_ref().unchecked_ref(),
                &opts,
            );
            on_wheel.forget();
        }
        let c3 = Rc::clone(&c);
        let _ = window_event_listener(leptos::ev::resize, move |_| c3.measure());
        let c4 = Rc::clone(&c);
        let _ = window_event_listener(leptos::ev::scroll, move |_| c4.invalidate());
        ctl.set_value(Some(c));
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("lagebild:map-interactive");
        }
    };
    Effect::new(move |prev: Option<()>| {
        if prev.is_none() {
            set_timeout(attach, std::time::Duration::ZERO);
        }
    });

    let with_ctl = move |f: &dyn Fn(&Rc<Controller>)| {
        ctl.with_value(|c| {
            if let Some(c) = c {
                f(c)
            }
        })
    };

    let place_buttons = move || {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        let mut add = |name: String, place: Option<u32>| {
            if let Some(p) = place {
                if !seen.contains(&p) {
                    seen.push(p);
                    out.push((name, p));
                }
            }
        };
        for it in &g.items {
            add(it.name.clone(), it.place);
        }
        for pin in &g.inset.pins {
            add(pin.name.clone(), pin.place);
        }
        // Countries under the article's own name ("China", not the map's
        // "Volksrepublik China").
        for (_, place, name) in &g.inset.countries {
            let article_name = place
                .and_then(|p| ex.article.places.get(p as usize))
                .map(|p| p.name.clone());
            add(article_name.unwrap_or_else(|| name.clone()), *place);
        }
        out
    };
    let place_list = place_buttons()
        .into_iter()
        .map(|(name, p)| {
            let sel = Selection::Place(p);
            view! {
                <li>
                    <button
                        type="button"
                        class="map-place"
                        aria-pressed=move || (ex.selection.get() == Some(sel)).to_string()
                        on:click=move |_| ex.toggle(sel)
                    >
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <div class="map-frame">
            <svg
                id=SVG_ID
                class="map-svg"
                viewBox=format!("0 0 {w} {h}")
                role="group"
                aria-labelledby="karte-titel karte-svg-titel"
                aria-describedby="karte-beschreibung karte-hilfe"
                tabindex="0"
                on:pointerdown=move |ev| with_ctl(&|c| c.pointer_down(&ev))
                on:pointermove=move |ev| with_ctl(&|c| c.pointer_move(&ev))
                on:pointerup=move |ev| with_ctl(&|c| c.pointer_up(&ev))
                on:pointercancel=move |ev| with_ctl(&|c| c.pointer_up(&ev))
                on:pointerleave=move |_| tip.set(None)
                on:dblclick=move |ev| with_ctl(&|c| c.dblclick(&ev))
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        tip.set(None);
                        return;
                    }
                    let used = ctl.with_value(|c| c.as_ref().is_some_and(|c| c.key(&ev.key())));
                    if used {
                        ev.prevent_default();
                    }
                }
            >
                <title id="karte-svg-titel">{t("Karte der Grenzregion Kursk", "Map of the Kursk border region")}</title>
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
                    <rect class="scale-bar-bg" x=move || format!("{:.2}", -6.0 * upp.get()) y=move || format!("{:.2}", -20.0 * upp.get())
                        width=move || format!("{:.2}", bar_len() + 12.0 * upp.get() + 60.0 * upp.get()) height=move || format!("{:.2}", 28.0 * upp.get())></rect>
                    <line class="scale-bar-line" x1="0" y1="0" x2=move || format!("{:.2}", bar_len()) y2="0" vector-effect="non-scaling-stroke"></line>
                    <line class="scale-bar-line" x1="0" y1=move || format!("{:.2}", -5.0 * upp.get()) x2="0" y2="0"></line>
                    <line class="scale-bar-line" x1=move || format!("{:.2}", bar_len()) y1=move || format!("{:.2}", -5.0 * upp.get()) x2=move || format!("{:.2}", bar_len()) y2="0"></line>
                    <text class="scale-bar-label" data-testid="scale-bar" x=move || format!("{:.2}", bar_len() + 6.0 * upp.get()) y=move || format!("{:.2}", 0.0 * upp.get()) font-size=move || format!("{:.2}", FONT_PX * upp.get())>{bar_label}</text>
                </g>
            </svg>
            <div class="map-controls">
                <button type="button" aria-label=t("Hineinzoomen", "Zoom in") on:click=move |_| with_ctl(&|c| c.zoom_centre(1.5))>"+"</button>
                <button type="button" aria-label=t("Herauszoomen", "Zoom out") on:click=move |_| with_ctl(&|c| c.zoom_centre(1.0 / 1.5))>"−"</button>
                <button type="button" aria-label=t("Ansicht zurücksetzen", "Reset view") on:click=move |_| with_ctl(&|c| c.reset())>"⟲"</button>
            </div>
            <div id=TIP_ID role="tooltip" class=tip_class>{tip_view}</div>
        </div>
        // Below the map, not above: on phones a text block this large above the
        // fold would become the Largest Contentful Paint, painted only after the wasm.
        <p id="karte-beschreibung" class="map-description">{g.text_alt.clone()}</p>
        <p id="karte-hilfe" class="map-help">
            {t(
                "Ziehen verschiebt, Mausrad, Doppelklick oder zwei Finger zoomen. Mit Fokus auf der Karte: Pfeiltasten verschieben, + und − zoomen, 0 setzt zurück; Tab erreicht Orte und Gebiete, Enter wählt aus.",
                "Drag to pan; wheel, double-click or two fingers to zoom. With the map focused: arrow keys pan, + and − zoom, 0 resets; Tab reaches places and areas, Enter selects.",
            )}
        </p>
        <MapLegend/>
        <crate::components::Deferred>
            <inset::Inset inset=&g.inset/>
        </crate::components::Deferred>
        <nav class="map-places" aria-labelledby="karte-orte">
            <h3 id="karte-orte">{t("Orte aus dem Artikel auf der Karte", "Places from the article on the map")}</h3>
            <ul>{place_list}</ul>
        </nav>
        <p class="map-credit">"Kartendaten: Natural Earth (gemeinfrei) · Ortsdaten: GeoNames, CC BY 4.0"</p>
    }
}

/// The key to the map's symbols; the band is hatched, not colour alone.
#[component]
fn MapLegend() -> impl IntoView {
    let i18n = use_i18n();
    let t = move |de: &'static str, en: &'static str| move || i18n.t(de, en);
    let swatch = |class: &'static str| {
        view! {
            <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true">
                <rect class=class x="1" y="1" width="22" height="12"></rect>
            </svg>
        }
    };
    view! {
        <ul class="map-legend" aria-label=t("Legende", "Legend")>
            <li>{swatch("area area-kursk")}{t("Oblast Kursk", "Kursk oblast")}</li>
            <li>{swatch("area area-focus")}{t("Grenz-Oblaste", "Border oblasts")}</li>
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true">
                    <rect class="band legend-band" x="1" y="1" width="22" height="12"></rect>
                </svg>
                {t("50-km-Streifen (schraffiert)", "50 km band (hatched)")}
            </li>
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true">
                    <line class="border" x1="1" y1="7" x2="23" y2="7"></line>
                </svg>
                {t("Staatsgrenze Russland–Ukraine", "Russia–Ukraine border")}
            </li>
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true">
                    <circle class="pin-dot legend-dot" cx="12" cy="7" r="4"></circle>
                </svg>
                {t("Im Artikel genannter Ort (Ring)", "Place named in the article (ring)")}
            </li>
        </ul>
    }
}
