//! The locator inset: Europe to East Asia, with Moskau, Peking, Pjöngjang,
//! the Kursk region and the great-circle route Pjöngjang–Kursk.

use super::geometry::{self, Inset as InsetData};
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The locator map below the regional map.
#[component]
pub fn Inset(inset: &'static InsetData) -> impl IntoView {
    let i18n = use_i18n();
    let [w, h] = geometry::INSET;
    let countries = inset
        .countries
        .iter()
        .map(|(d, mentioned, name)| {
            view! { <path class="inset-country" class:in-article=*mentioned d=d.clone()><title>{name.clone()}</title></path> }
        })
        .collect_view();
    let pins = inset
        .pins
        .iter()
        .map(|p| {
            let (x, y) = (p.at[0], p.at[1]);
            let right = x < w - 90.0;
            view! {
                <g class="inset-pin" class:in-article=p.place.is_some() transform=format!("translate({x:.1},{y:.1})")>
                    <circle class="pin-dot" r="3"></circle>
                    <text class="inset-label" x=if right { "5" } else { "-5" } y="-4" text-anchor=if right { "start" } else { "end" }>{p.name.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let distance = inset.distance_km.map(|d| format!("{} km", crate::format::number(d.round())));
    let caption = {
        let distance = distance.clone();
        move || match &distance {
            Some(d) => format!(
                "{} {d}",
                i18n.t("Lage in Eurasien. Luftlinie (Großkreis) Pjöngjang–Kursk:", "Location in Eurasia. Great-circle distance Pyongyang–Kursk:")
            ),
            None => i18n.t("Lage in Eurasien", "Location in Eurasia").to_string(),
        }
    };
    let [lx, ly] = inset.route_label_at;
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
