//! The locator inset: the story's countries in a wider box, the key area,
//! the asset's inset places and, where the story names one, a great-circle
//! route between two places.

use super::geometry::{self, Inset as InsetData};
use crate::map::labels::{self, LabelBox, Side};
use crate::page::tr;
use crate::selection::Selection;

/// Label size in inset user units.
const FONT: f64 = 8.5;
use leptos::prelude::*;

/// The locator map below the regional map.
#[component]
pub fn Inset(inset: InsetData) -> impl IntoView {
    let [w, h] = geometry::INSET;
    let countries = inset
        .countries
        .iter()
        .map(|(d, mentioned, name)| {
            let token = mentioned.map(|p| Selection::Place(p).token());
            view! { <path class="inset-country" class:in-article=mentioned.is_some() data-place=token d=d.clone()><title>{name.clone()}</title></path> }
        })
        .collect_view();
    // Same greedy placement as the main map; the dots are obstacles.
    let boxes: Vec<LabelBox> = inset
        .pins
        .iter()
        .map(|p| LabelBox {
            anchor: p.at,
            size: [labels::text_width(&p.name, FONT), FONT * 1.2],
            priority: 0,
        })
        .collect();
    let obstacles: Vec<[f64; 4]> = inset
        .pins
        .iter()
        .map(|p| [p.at[0] - 3.0, p.at[1] - 3.0, p.at[0] + 3.0, p.at[1] + 3.0])
        .collect();
    let sides = labels::place_labels(&boxes, 4.0, [0.0, 0.0, w, h], &obstacles);
    let pins = inset
        .pins
        .iter()
        .zip(sides)
        .map(|(p, side)| {
            let (x, y) = (p.at[0], p.at[1]);
            let (dx, dy, anchor) = side.unwrap_or(Side::Right).text_offset(4.0, FONT * 1.2);
            view! {
                <g class="inset-pin" class:in-article=p.place.is_some() data-place=p.place.map(|i| Selection::Place(i).token()) transform=format!("translate({x:.1},{y:.1})")>
                    <circle class="pin-dot" r="3"></circle>
                    {side.map(|_| view! {
                        <text class="inset-label" x=format!("{dx:.1}") y=format!("{dy:.1}") text-anchor=anchor>{p.name.clone()}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    // No distance figure: the article states none, so the page shows none.
    let caption = match &inset.route {
        Some([a, b]) => tr(
            format!("Lage im Überblick, mit der Luftlinie (Großkreis) {a}–{b}"),
            format!("Location overview, with the great-circle line {a}–{b}"),
        )
        .into_any(),
        None => tr("Lage im Überblick", "Location overview").into_any(),
    };
    view! {
        <figure class="map-inset">
            <svg class="inset-svg" viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="karte-inset-text">
                <rect class="water" x="0" y="0" width=w height=h></rect>
                {countries}
                <path class="inset-key" d=inset.key_d.clone()></path>
                <path class="inset-route" d=inset.route_d.clone()></path>
                {pins}
            </svg>
            <figcaption id="karte-inset-text">{caption}</figcaption>
        </figure>
    }
}
