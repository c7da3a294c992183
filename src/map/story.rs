//! A story's map, framed by its article and cut from the world map: the
//! same steps at build time (files from `data/world/`) and in the Studio
//! (fetched). What cannot be drawn is said in notes, never drawn wrong.

use crate::story::{MapMeta, Pair, StoryMap};
use article::Article;
use atlas::framing::Note;
use atlas::{BandGap, World};
use gazetteer::lookup::Gazetteer;
use mapdata::world::AreaLayer;
use std::collections::BTreeMap;

fn pair(de: impl Into<String>, en: impl Into<String>) -> Pair {
    [de.into(), en.into()]
}

/// A country's names by alpha-3 (or alpha-2) code, from the world index.
fn country_names(world: &World, code: &str) -> Pair {
    atlas::assemble::iso2_of(world, code)
        .and_then(|id| world.index.country(&id))
        .map_or_else(
            || pair(code, code),
            |c| pair(c.name_de.clone(), c.name_en.clone()),
        )
}

/// A frame note as the reader reads it (countries by name, not code).
fn note_text(note: &Note, world: &World) -> Pair {
    match note {
        Note::SameCountry { country } => {
            let [de, en] = country_names(world, country);
            pair(
                format!(
                    "Das Band läge in {de} entlang der eigenen Grenze; die Karte zeigt kein Band."
                ),
                format!("The band would lie in {en} along its own border; the map shows no band."),
            )
        }
        Note::NoLandBorder { inside, along } => {
            let [ide, ien] = country_names(world, inside);
            let [ade, aen] = country_names(world, along);
            pair(
                format!(
                    "{ide} und {ade} haben keine gemeinsame Landgrenze; die Karte zeigt kein Band."
                ),
                format!("{ien} and {aen} share no land border; the map shows no band."),
            )
        }
        n => pair(n.de(), n.en()),
    }
}

/// "Oblast Kursk" → "Kursk oblast": the English label of an area whose
/// German label carries the designation in front.
fn english_label(de: &str, name_en: &str) -> String {
    match de.strip_prefix("Oblast ") {
        Some(rest)
            if !name_en.is_empty() && rest.contains(name_en.split(' ').next().unwrap_or("")) =>
        {
            format!("{name_en} oblast")
        }
        _ if !name_en.is_empty() => name_en.to_owned(),
        _ => de.to_owned(),
    }
}

/// The map of `article` with the story's `[map]` keys; `admin1` loads one
/// country's admin-1 file by its id. A file that cannot be loaded leaves
/// that country drawn whole and is said in a note.
pub fn build(
    article: &Article,
    keys: &MapMeta,
    g: &Gazetteer,
    world: &World,
    admin1: impl Fn(&str) -> Result<AreaLayer, String>,
) -> StoryMap {
    let unplaced: Vec<String> = atlas::unplaced(article)
        .into_iter()
        .map(|u| u.text)
        .collect();
    let plan = match atlas::plan(article, g, world, keys.overrides()) {
        Ok(p) => p,
        Err(note) => {
            return StoryMap {
                asset: None,
                title: keys.title.clone().unwrap_or_else(|| pair("Karte", "Map")),
                focus_label: pair("", ""),
                notes: vec![note_text(&note, world)],
                unplaced,
            }
        }
    };
    let mut notes: Vec<Pair> = plan
        .frame
        .notes
        .iter()
        // Places only on the inset are shown there: no note for readers.
        .filter(|n| !matches!(n, Note::Distant(_)))
        .map(|n| note_text(n, world))
        .collect();
    let mut layers = BTreeMap::new();
    for id in &plan.admin1 {
        match admin1(id) {
            Ok(l) => {
                layers.insert(id.clone(), l);
            }
            Err(e) => notes.push(pair(
                format!("Die Gebiete eines Landes fehlen ({e})."),
                format!("The areas of one country are missing ({e})."),
            )),
        }
    }
    let (asset, gap) = atlas::assemble(&plan.frame, &plan.places, world, &layers, g);
    match gap {
        Some(BandGap::NoAreas(_)) => notes.push(pair(
            "Für das Land des Bandes fehlen die Gebietsdaten; die Karte zeigt kein Band.",
            "The band's country has no area data; the map shows no band.",
        )),
        Some(BandGap::OutsideBox) => notes.push(pair(
            "Die Grenze, von der der Artikel spricht, liegt außerhalb des Kartenausschnitts; die Karte zeigt kein Band.",
            "The border the article speaks of lies outside the map; the map shows no band.",
        )),
        None => {}
    }
    let focus = asset.region.feature(&asset.meta.focus);
    let derived_label = match (&plan.frame.focus, focus) {
        (Some(f), Some(feature)) => {
            let de = if f.label.is_empty() {
                feature.name_de.clone()
            } else {
                f.label.clone()
            };
            let en = english_label(&de, &feature.name_en);
            pair(de, en)
        }
        _ => pair("", ""),
    };
    let focus_label = keys.focus_label.clone().unwrap_or(derived_label);
    let title = keys.title.clone().unwrap_or_else(|| {
        let [de, en] = &focus_label;
        if de.is_empty() {
            pair("Karte der Orte des Artikels", "Map of the article's places")
        } else {
            pair(
                format!("Karte: {de} und Umgebung"),
                format!("Map: {en} and surroundings"),
            )
        }
    });
    StoryMap {
        asset: Some(asset),
        title,
        focus_label,
        notes,
        unplaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_labels_put_the_designation_after_the_name() {
        assert_eq!(english_label("Oblast Kursk", "Kursk"), "Kursk oblast");
        assert_eq!(
            english_label("Südkarelien", "South Karelia"),
            "South Karelia"
        );
        assert_eq!(english_label("Oblast X", ""), "Oblast X");
    }
}
