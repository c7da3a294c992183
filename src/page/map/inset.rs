//! The locator inset: Europe to East Asia, with Moskau, Peking, Pjöngjang,
//! the Kursk region and the great-circle route Pjöngjang–Kursk.

use super::geometry::{self, Inset as InsetData};
use crate::map_view::{self, LabelBox, Side};
use crate::page::tr;

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
            view! { <path class="inset-country" class:in-article=mentioned.is_some() d=d.clone()><title>{name.clone()}</title></path> }
        })
        .collect_view();
    // Same greedy placement as the main map; the distance label is an obstacle.
    let boxes: Vec<LabelBox> = inset
        .pins
        .iter()
        .map(|p| LabelBox {
            anchor: p.at,
            size: [map_view::text_width(&p.name, FONT), FONT * 1.2],
            priority: 0,
        })
        .collect();
    let [lx, ly] = inset.route_label_at;
    let route_box = [lx - 40.0, ly - 24.0, lx + 40.0, ly - 4.0];
    let dots: Vec<[f64; 4]> = inset
        .pins
        .iter()
        .map(|p| [p.at[0] - 3.0, p.at[1] - 3.0, p.at[0] + 3.0, p.at[1] + 3.0])
        .collect();
    let mut obstacles = vec![route_box];
    obstacles.extend(dots);
    let sides = map_view::place_labels(&boxes, 4.0, [0.0, 0.0, w, h], &obstacles);
    let pins = inset
        .pins
        .iter()
        .zip(sides)
        .map(|(p, side)| {
            let (x, y) = (p.at[0], p.at[1]);
            let (dx, dy, anchor) = side.unwrap_or(Side::Right).text_offset(4.0, FONT * 1.2);
            view! {
                <g class="inset-pin" class:in-article=p.place.is_some() transform=format!("translate({x:.1},{y:.1})")>
                    <circle class="pin-dot" r="3"></circle>
                    {side.map(|_| view! {
                        <text class="inset-label" x=format!("{dx:.1}") y=format!("{dy:.1}") text-anchor=anchor>{p.name.clone()}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let distance = inset
        .distance_km
        .map(|d| format!("{} km", crate::format::number(d.round())));
    let caption = match &distance {
        Some(d) => view! {
            {tr(
                "Lage in Eurasien. Luftlinie (Großkreis) Pjöngjang–Kursk:",
                "Location in Eurasia. Great-circle distance Pyongyang–Kursk:",
            )}
            {format!(" {d}")}
        }
        .into_any(),
        None => tr("Lage in Eurasien", "Location in Eurasia").into_any(),
    };
    view! {
        <figure class="map-inset">
            <svg class="inset-svg" viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="karte-inset-text">
                <rect class="water" x="0" y="0" width=w height=h></rect>
                {countries}
                <path class="inset-kursk" d=inset.kursk_d.clone()></path>
                <path class="inset-route" d=inset.route_d.clone()></path>
                {pins}
                {distance.map(|d| view! { <text class="inset-distance" x=format!("{lx:.1}") y=format!("{:.1}", ly - 8.0) text-anchor="middle">{d}</text> })}
            </svg>
            <figcaption id="karte-inset-text">{caption}</figcaption>
        </figure>
    }
}
