//! Everything the map draws, computed once from the embedded asset and the
//! article: projected path data (d3 style: raw projection, `fit_extent`, then
//! path building as a separate step), label anchors, the interactive items
//! and the German text alternative. Nothing here changes while panning.

use crate::map_view::{self, MapFacts, Neighbour};
use article::Article;
use mapdata::asset::{FeatureKind, MapAsset};
use mapdata::projection::{
    bbox_outline, inset_projection, region_projection, INSET_BBOX, REGION_BBOX,
};
use mapdata::{geodesic, path, LonLat};

/// Width of the regional map in SVG user units; the height follows the box.
pub const W: f64 = 800.0;
/// Size of the inset in user units.
pub const INSET: [f64; 2] = [480.0, 240.0];
/// Band width (km) the asset was built with.
pub const BAND_KM: f64 = 50.0;

const KURSK: &str = "RUS-2362";
const PYONGYANG: &str = "gn:1871859";
const KURSK_CITY: &str = "gn:538560";

/// What an interactive item stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Oblast,
    Town,
    Country,
    Band,
}

/// Something the reader can hover, focus, tap or select.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    /// German name.
    pub name: String,
    /// Text of its map label (short).
    pub label: String,
    /// Index into `article.places`, when the article names it.
    pub place: Option<u32>,
    /// Where it is, in map user units (label point or city dot).
    pub at: [f64; 2],
    /// Path data for areas.
    pub d: String,
    /// One of the six border oblasts.
    pub focus: bool,
    /// The Kursk oblast.
    pub kursk: bool,
    /// Sentences of the article about it (for the tooltip).
    pub sentences: Vec<String>,
    /// Label priority (higher first).
    pub priority: i32,
    /// Show a label for it.
    pub labelled: bool,
}

/// A dot or label on the inset.
#[derive(Debug, Clone)]
pub struct InsetPin {
    pub name: String,
    pub at: [f64; 2],
    pub place: Option<u32>,
}

/// The inset: countries, the Kursk oblast, pins and the route.
#[derive(Debug, Clone, Default)]
pub struct Inset {
    /// (path data, article place index if named, German name).
    pub countries: Vec<(String, Option<u32>, String)>,
    pub kursk_d: String,
    pub pins: Vec<InsetPin>,
    pub route_d: String,
    pub route_label_at: [f64; 2],
    pub distance_km: Option<f64>,
}

/// The whole prepared map.
#[derive(Debug, Clone)]
pub struct Geo {
    pub size: [f64; 2],
    /// Non-interactive areas (Belarus).
    pub background: Vec<(String, String)>,
    pub items: Vec<Item>,
    pub border_d: String,
    pub band_d: String,
    /// Index of the band in `items`.
    pub band: Option<usize>,
    /// Ground km per user unit at zoom 1, in the middle of the map.
    pub km_per_unit: f64,
    pub text_alt: String,
    pub inset: Inset,
}

fn sentences_of(article: &Article, place: Option<u32>) -> Vec<String> {
    let Some(p) = place else { return Vec::new() };
    crate::selection::Selection::Place(p)
        .sentences(article)
        .into_iter()
        .map(|s| article.sentence_text(s).trim().to_string())
        .collect()
}

fn place_index(article: &Article, id: &str) -> Option<u32> {
    article
        .places
        .iter()
        .position(|p| p.id == id)
        .map(|i| i as u32)
}

/// Centroid of the largest projected ring (a label point for an area).
fn label_point(rings: &[Vec<[f64; 2]>]) -> Option<[f64; 2]> {
    let area_centroid = |r: &Vec<[f64; 2]>| {
        let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for w in r.windows(2) {
            let c = w[0][0] * w[1][1] - w[1][0] * w[0][1];
            a += c;
            cx += (w[0][0] + w[1][0]) * c;
            cy += (w[0][1] + w[1][1]) * c;
        }
        (
            a.abs() / 2.0,
            if a.abs() > 1e-9 {
                [cx / (3.0 * a), cy / (3.0 * a)]
            } else {
                [f64::NAN, f64::NAN]
            },
        )
    };
    rings
        .iter()
        .map(area_centroid)
        .filter(|(_, c)| c[0].is_finite() && c[1].is_finite())
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Builds the map from the decoded asset and the article.
pub fn build(asset: &MapAsset, article: &Article) -> Geo {
    // 1. Projection: raw conic equal-area, fitted once to the region box.
    let outline = bbox_outline(REGION_BBOX, 32);
    let unit = region_projection().fit_size([W, W], outline.iter().copied());
    let ys: Vec<f64> = outline.iter().map(|&p| unit.project(p)[1]).collect();
    let xs: Vec<f64> = outline.iter().map(|&p| unit.project(p)[0]).collect();
    let span = |v: &[f64]| {
        v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
            - v.iter().copied().fold(f64::INFINITY, f64::min)
    };
    let h = (W * span(&ys) / span(&xs).max(1e-9))
        .round()
        .clamp(200.0, 2.0 * W);
    let size = [W, h];
    let proj = region_projection().fit_size(size, outline.iter().copied());
    let project = |p: LonLat| proj.project(p);

    // 2. Paths, built once.
    let region = &asset.region;
    let mut items = Vec::new();
    let mut background = Vec::new();
    for f in &region.features {
        let rings = region.feature_rings(f);
        let d = path::rings_path(&rings, project, 1);
        if f.kind == FeatureKind::Country {
            background.push((d, f.name_de.clone()));
            continue;
        }
        let projected: Vec<Vec<[f64; 2]>> = rings
            .iter()
            .map(|r| r.iter().map(|&p| project(p)).collect())
            .collect();
        let place = place_index(article, &format!("ne:{}", f.id));
        let kursk = f.id == KURSK;
        items.push(Item {
            kind: Kind::Oblast,
            name: f.name_de.clone(),
            label: f.name_de.clone(),
            place,
            // Kursk's own label goes east of the city of Kursk.
            at: if kursk {
                project([37.25, 51.85])
            } else {
                label_point(&projected).unwrap_or([W / 2.0, h / 2.0])
            },
            d,
            focus: f.focus,
            kursk,
            sentences: sentences_of(article, place),
            priority: if kursk {
                90
            } else if f.focus {
                60
            } else {
                0
            },
            labelled: f.focus,
        });
    }
    // Focus oblasts first in the DOM, so Tab reaches them first.
    items.sort_by_key(|i| std::cmp::Reverse(i.priority));

    let border_lines: Vec<Vec<LonLat>> =
        asset.border.iter().map(|l| region.line_points(l)).collect();
    let border_d = path::lines_path(&border_lines, project, 1);
    let band_rings: Vec<Vec<LonLat>> = asset
        .band
        .iter()
        .flat_map(|p| region.polygon_rings(p))
        .collect();
    let band_d = path::rings_path(&band_rings, project, 1);
    let in_band = |p: LonLat| {
        asset.band.iter().any(|poly| {
            let rings = region.polygon_rings(poly);
            rings
                .first()
                .is_some_and(|outer| map_view::in_ring(p, outer))
                && !rings.iter().skip(1).any(|hole| map_view::in_ring(p, hole))
        })
    };

    // The band label: the first candidate inside the band, near Kursk.
    let band_at = [
        [35.75, 51.3],
        [35.55, 51.45],
        [36.4, 50.9],
        [34.6, 51.9],
        [37.3, 50.55],
    ]
    .into_iter()
    .find(|&p| in_band(p))
    .or_else(|| band_rings.first().and_then(|r| r.get(r.len() / 2).copied()));
    let band_sentences: Vec<String> = {
        let mut s: Vec<u32> = article
            .figures
            .iter()
            .filter(|f| f.counted_lemma.as_deref() == Some("Kilometer"))
            .map(|f| f.sentence)
            .collect();
        s.dedup();
        s.into_iter()
            .map(|i| article.sentence_text(i).trim().to_string())
            .collect()
    };
    let band = (!band_d.is_empty()).then(|| {
        items.push(Item {
            kind: Kind::Band,
            name: format!(
                "{} km breiter Grenzstreifen",
                crate::format::number(BAND_KM)
            ),
            label: format!("{} km", crate::format::number(BAND_KM)),
            place: None,
            at: band_at.map(project).unwrap_or([W / 2.0, h / 2.0]),
            d: String::new(),
            focus: false,
            kursk: false,
            sentences: band_sentences,
            priority: 80,
            labelled: true,
        });
        items.len() - 1
    });

    // 3. Towns and region labels of the regional map (inside the box only).
    let inside = |p: [f64; 2]| p[0] >= 0.0 && p[1] >= 0.0 && p[0] <= W && p[1] <= h;
    let mut towns_in_band = Vec::new();
    let mut towns = Vec::new();
    for c in asset.cities.iter().filter(|c| c.main) {
        let at = project(c.lonlat());
        if !inside(at) {
            continue;
        }
        let place = place_index(article, &c.id);
        if !c.region_label {
            towns.push(c.name_de.clone());
            if in_band(c.lonlat()) {
                towns_in_band.push(c.name_de.clone());
            }
        }
        let pop = c.population.unwrap_or(0) as f64;
        items.push(Item {
            kind: if c.region_label {
                Kind::Country
            } else {
                Kind::Town
            },
            name: c.name_de.clone(),
            label: c.name_de.clone(),
            place,
            at,
            d: String::new(),
            focus: false,
            kursk: c.id == KURSK_CITY,
            sentences: sentences_of(article, place),
            priority: if c.id == KURSK_CITY {
                100
            } else {
                20 + (pop.max(1.0).log10() * 5.0) as i32 + if place.is_some() { 30 } else { 0 }
            },
            labelled: true,
        });
    }
    // Country names the article uses, placed inside their territory.
    for (id, at) in [
        ("iso:RU", [38.8, 54.2]),
        ("iso:UA", [32.6, 49.4]),
        ("iso:BY", [30.9, 53.2]),
    ] {
        let Some(place) = place_index(article, id) else {
            continue;
        };
        let Some(p) = article.places.get(place as usize) else {
            continue;
        };
        items.push(Item {
            kind: Kind::Country,
            name: p.name.clone(),
            label: p.name.clone(),
            place: Some(place),
            at: project(at),
            d: String::new(),
            focus: false,
            kursk: false,
            sentences: sentences_of(article, Some(place)),
            priority: 70,
            labelled: true,
        });
    }

    let centre = proj.invert([W / 2.0, h / 2.0]).unwrap_or([36.0, 51.5]);
    let km_per_unit = geodesic::km_per_pixel(&proj, centre).unwrap_or(1.0);
    let inset = build_inset(asset, article);

    // 4. The text alternative, from the data.
    let neighbours = map_view::neighbours(region, KURSK)
        .into_iter()
        .filter_map(|i| region.features.get(i))
        .map(|f| Neighbour {
            name: f.name_de.clone(),
            country: f.country.clone(),
        })
        .collect();
    let mut article_places: Vec<String> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    let named = items
        .iter()
        .map(|i| (i.place, &i.name))
        .chain(inset.pins.iter().map(|p| (p.place, &p.name)));
    for (place, name) in named {
        if let Some(p) = place.filter(|p| !seen.contains(p)) {
            seen.push(p);
            article_places.push(name.clone());
        }
    }
    let focus = region
        .feature(KURSK)
        .map_or_else(|| "Oblast Kursk".to_string(), |f| f.name_de.clone());
    let text_alt = map_view::text_alternative(&MapFacts {
        focus,
        neighbours,
        band_km: if band.is_some() { BAND_KM } else { 0.0 },
        in_band: towns_in_band,
        towns,
        article_places,
        distance_km: inset.distance_km,
    });

    Geo {
        size,
        background,
        items,
        border_d,
        band_d,
        band,
        km_per_unit,
        text_alt,
        inset,
    }
}

fn build_inset(asset: &MapAsset, article: &Article) -> Inset {
    let proj = inset_projection().fit_size(INSET, bbox_outline(INSET_BBOX, 24));
    let project = |p: LonLat| proj.project(p);
    let layer = &asset.inset;
    let countries = layer
        .features
        .iter()
        .map(|f| {
            let mentioned = place_index(article, &format!("iso:{}", f.id));
            (
                path::rings_path(&layer.feature_rings(f), project, 0),
                mentioned,
                f.name_de.clone(),
            )
        })
        .collect();
    let kursk_d = asset
        .region
        .feature(KURSK)
        .map(|f| path::rings_path(&asset.region.feature_rings(f), project, 0))
        .unwrap_or_default();
    let mut pins: Vec<InsetPin> = asset
        .cities
        .iter()
        .filter(|c| c.inset)
        .map(|c| InsetPin {
            name: c.name_de.clone(),
            at: project(c.lonlat()),
            place: place_index(article, &c.id),
        })
        .collect();
    let kursk = asset.region.feature(KURSK).map(|_| [36.2, 51.7]);
    if let Some(k) = kursk {
        pins.push(InsetPin {
            name: "Region Kursk".into(),
            at: project(k),
            place: place_index(article, "ne:RUS-2362"),
        });
    }
    let pyongyang = asset
        .cities
        .iter()
        .find(|c| c.id == PYONGYANG)
        .map(|c| c.lonlat());
    let kursk_city = asset
        .cities
        .iter()
        .find(|c| c.id == KURSK_CITY)
        .map(|c| c.lonlat());
    let (route_d, route_label_at, distance_km) = match (pyongyang, kursk_city) {
        (Some(a), Some(b)) => {
            let line = map_view::great_circle(a, b, 64);
            let mid = line.get(line.len() / 2).copied().unwrap_or(a);
            (
                path::lines_path(&[line], project, 0),
                project(mid),
                Some(geodesic::distance_km(a, b)),
            )
        }
        _ => (String::new(), [0.0, 0.0], None),
    };
    Inset {
        countries,
        kursk_d,
        pins,
        route_d,
        route_label_at,
        distance_km,
    }
}
