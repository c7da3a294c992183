//! Everything the map draws, computed once from the story's asset, its frame
//! and the article: projected path data (d3 style: raw projection,
//! `fit_size`, then path building as a separate step), label anchors, the
//! interactive items and the text alternative. Nothing here knows a story:
//! the box, the focus area, the band and the route come from the asset's
//! [`MapMeta`](mapdata::asset::MapMeta), names from the asset and the article.

use crate::map::text::{MapFacts, Neighbour};
use crate::story::Pair;
use article::Article;
use mapdata::asset::{Feature, FeatureKind, Layer, MapAsset};
use mapdata::projection::{
    bbox_outline, inset_projection, region_projection, ConicEqualArea, Projection,
};
use mapdata::{geodesic, path, LonLat};

/// Width of the regional map in SVG user units; the height follows the box.
pub const W: f64 = 800.0;
/// Size of the inset in user units.
pub const INSET: [f64; 2] = [480.0, 240.0];

/// What an interactive item stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Area,
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
    /// Index into `article.figures`: the band stands for the article's figure.
    pub figure: Option<u32>,
    /// Where it is, in map user units (label point or city dot).
    pub at: [f64; 2],
    /// Path data for areas.
    pub d: String,
    /// One of the areas the story is about (drawn emphasised).
    pub focus: bool,
    /// The area the story is about.
    pub key: bool,
    /// Sentences of the article about it (for the tooltip).
    pub sentences: Vec<String>,
    /// Label priority (higher first).
    pub priority: i32,
    /// Show a label for it.
    pub labelled: bool,
}

impl Item {
    /// A labelled point (a town, a country or region name) with the article's
    /// sentences about it.
    fn point(
        kind: Kind,
        name: String,
        place: Option<u32>,
        at: [f64; 2],
        priority: i32,
        article: &Article,
    ) -> Item {
        Item {
            kind,
            label: name.clone(),
            name,
            place,
            figure: None,
            at,
            d: String::new(),
            focus: false,
            key: false,
            sentences: sentences_of(article, place),
            priority,
            labelled: true,
        }
    }
}

/// A dot or label on the inset.
#[derive(Debug, Clone)]
pub struct InsetPin {
    pub name: String,
    pub at: [f64; 2],
    pub place: Option<u32>,
}

/// The inset: countries, the key area, pins and the route.
#[derive(Debug, Clone, Default)]
pub struct Inset {
    /// (path data, article place index if named, German name).
    pub countries: Vec<(String, Option<u32>, String)>,
    pub key_d: String,
    pub pins: Vec<InsetPin>,
    pub route_d: String,
    /// German names of the route's ends.
    pub route: Option<[String; 2]>,
}

/// The whole prepared map.
#[derive(Debug, Clone)]
pub struct Geo {
    pub size: [f64; 2],
    /// Non-interactive areas (whole countries around the story's).
    pub background: Vec<(String, String)>,
    pub items: Vec<Item>,
    pub border_d: String,
    pub band_d: String,
    /// Index of the band in `items`.
    pub band: Option<usize>,
    /// The band's width as the article states it ("50"), German and English.
    pub band_label: Option<[String; 2]>,
    /// The border the band follows, German and English ("Russland–Ukraine").
    /// The border's name, when the map draws a border.
    pub border_name: Option<[String; 2]>,
    /// Ground km per user unit at zoom 1, in the middle of the map.
    pub km_per_unit: f64,
    /// The text alternative, German and English.
    pub text_alt: [String; 2],
    pub inset: Option<Inset>,
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

/// True when `p` lies inside the closed `ring` (even–odd rule), in any plane.
fn in_ring(p: [f64; 2], ring: &[[f64; 2]]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let ([x0, y0], [x1, y1]) = (w[0], w[1]);
        if (y0 > p[1]) != (y1 > p[1]) && p[0] < x0 + (p[1] - y0) / (y1 - y0) * (x1 - x0) {
            inside = !inside;
        }
    }
    inside
}

/// Inside a set of rings by the even–odd rule (holes count).
fn in_rings(p: [f64; 2], rings: &[Vec<[f64; 2]>]) -> bool {
    rings.iter().filter(|r| in_ring(p, r)).count() % 2 == 1
}

fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// The edges of a set of rings, bucketed in square cells of [`ROOM`]
/// units: the edges within [`ROOM`] of a point are found in the cells
/// around it, not by a walk over every edge.
struct EdgeCells {
    edges: Vec<([f64; 2], [f64; 2])>,
    lo: [f64; 2],
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

/// How much room around a label spot counts (farther edges do not matter).
const ROOM: f64 = 60.0;

impl EdgeCells {
    fn new(rings: &[Vec<[f64; 2]>], lo: [f64; 2], hi: [f64; 2]) -> EdgeCells {
        let edges: Vec<([f64; 2], [f64; 2])> = rings
            .iter()
            .flat_map(|r| r.windows(2).map(|w| (w[0], w[1])))
            .collect();
        let span = |k: usize| ((hi[k] - lo[k]) / ROOM).floor().max(0.0) as usize + 1;
        let (cols, rows) = (span(0), span(1));
        let mut cells = vec![Vec::new(); cols * rows];
        let index = EdgeCells {
            edges: Vec::new(),
            lo,
            cols,
            rows,
            cells: Vec::new(),
        };
        for (n, (a, b)) in edges.iter().enumerate() {
            let (c0, r0) = index.cell([a[0].min(b[0]), a[1].min(b[1])]);
            let (c1, r1) = index.cell([a[0].max(b[0]), a[1].max(b[1])]);
            for r in r0..=r1 {
                for c in c0..=c1 {
                    cells[r * cols + c].push(n as u32);
                }
            }
        }
        EdgeCells {
            edges,
            cells,
            ..index
        }
    }

    /// The cell of `p` (clamped to the grid).
    fn cell(&self, p: [f64; 2]) -> (usize, usize) {
        let at = |k: usize, n: usize| {
            (((p[k] - self.lo[k]) / ROOM).floor().max(0.0) as usize).min(n - 1)
        };
        (at(0, self.cols), at(1, self.rows))
    }

    /// The distance from `p` to the nearest edge, or [`ROOM`] if none is
    /// nearer (as [`edge_dist2`] capped at [`ROOM`]).
    fn room(&self, p: [f64; 2]) -> f64 {
        let (c0, r0) = self.cell([p[0] - ROOM, p[1] - ROOM]);
        let (c1, r1) = self.cell([p[0] + ROOM, p[1] + ROOM]);
        let mut best = f64::INFINITY;
        for r in r0..=r1 {
            for c in c0..=c1 {
                for &n in &self.cells[r * self.cols + c] {
                    let (a, b) = self.edges[n as usize];
                    best = best.min(segment_dist2(p, a, b));
                }
            }
        }
        best.sqrt().min(ROOM)
    }
}

/// Squared distance from `p` to the segment `a`–`b`.
fn segment_dist2(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let ab = [b[0] - a[0], b[1] - a[1]];
    let len2 = ab[0] * ab[0] + ab[1] * ab[1];
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    dist2(p, [a[0] + t * ab[0], a[1] + t * ab[1]])
}

/// The bounding box of a set of rings, and the points of a grid of `step`
/// units (columns, rows) that can lie inside it; `None` for no rings.
struct Grid {
    lo: [f64; 2],
    hi: [f64; 2],
    cols: std::ops::RangeInclusive<usize>,
    rows: std::ops::RangeInclusive<usize>,
}

impl Grid {
    fn over(rings: &[Vec<[f64; 2]>], size: [f64; 2], step: f64) -> Option<Grid> {
        let (mut lo, mut hi) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
        for p in rings.iter().flatten() {
            lo = [lo[0].min(p[0]), lo[1].min(p[1])];
            hi = [hi[0].max(p[0]), hi[1].max(p[1])];
        }
        if lo[0] > hi[0] {
            return None;
        }
        let cell = |v: f64, max: f64| (v / step).clamp(0.0, max / step) as usize;
        Some(Grid {
            lo,
            hi,
            cols: cell(lo[0], size[0])..=cell(hi[0], size[0]) + 1,
            rows: cell(lo[1], size[1])..=cell(hi[1], size[1]) + 1,
        })
    }
}

/// What a label spot at `p` loses: 100 near a town dot, and its distance
/// to `towards` over 8.
fn spot_penalty(p: [f64; 2], avoid: &[[f64; 2]], clear: f64, towards: Option<[f64; 2]>) -> f64 {
    let near_town = avoid.iter().any(|&t| dist2(p, t) < clear * clear);
    let pull = towards.map_or(0.0, |t| dist2(p, t).sqrt() / 8.0);
    (if near_town { 100.0 } else { 0.0 }) + pull
}

/// A label spot inside `rings` (projected): on a grid of `step` units, the
/// point farthest from the edges (up to [`ROOM`]), kept `clear` units away
/// from `avoid` (town dots) where possible; ties go to the point nearest
/// `towards`.
///
/// Row by row: a row's edge crossings are found once (the even–odd rule of
/// [`in_ring`], with its arithmetic), and the room around a point from the
/// edges near it ([`EdgeCells`]). The spot is the one a walk over every
/// edge for every point finds ([`label_spot_slow`], the test's reference).
fn label_spot(
    rings: &[Vec<[f64; 2]>],
    size: [f64; 2],
    step: f64,
    avoid: &[[f64; 2]],
    clear: f64,
    towards: Option<[f64; 2]>,
) -> Option<[f64; 2]> {
    let mut best: Option<([f64; 2], f64)> = None;
    let grid = Grid::over(rings, size, step)?;
    let edges = EdgeCells::new(rings, grid.lo, grid.hi);
    let mut crossings: Vec<f64> = Vec::new();
    for j in grid.rows.clone() {
        let y = j as f64 * step;
        crossings.clear();
        for &([x0, y0], [x1, y1]) in &edges.edges {
            if (y0 > y) != (y1 > y) {
                crossings.push(x0 + (y - y0) / (y1 - y0) * (x1 - x0));
            }
        }
        if crossings.is_empty() {
            continue;
        }
        crossings.sort_by(f64::total_cmp);
        for i in grid.cols.clone() {
            let p = [i as f64 * step, y];
            // In: an odd number of crossings right of the point.
            let left = crossings.partition_point(|&x| x <= p[0]);
            if (crossings.len() - left).is_multiple_of(2) {
                continue;
            }
            let penalty = spot_penalty(p, avoid, clear, towards);
            // The room is at most the way to the row's nearest crossing (a
            // point of an edge): a point that cannot beat the best so far
            // even with that room is not measured.
            let across = crossings.get(left).map_or(f64::INFINITY, |x| x - p[0]).min(
                left.checked_sub(1)
                    .map_or(f64::INFINITY, |k| p[0] - crossings[k]),
            );
            if best.is_some_and(|(_, s)| across.min(ROOM) - penalty <= s) {
                continue;
            }
            let room = edges.room(p);
            let score = room - penalty;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((p, score));
            }
        }
    }
    best.map(|(p, _)| p)
}

/// German and English name of a country by ISO alpha-2, from the asset's
/// country features (inset first, then the region's whole countries).
fn country_names(asset: &MapAsset, iso2: &str) -> Option<[String; 2]> {
    asset
        .inset
        .features
        .iter()
        .chain(&asset.region.features)
        .find(|f| f.kind == FeatureKind::Country && f.id == iso2)
        .map(|f| [f.name_de.clone(), f.name_en.clone()])
}

/// The ISO alpha-2 code of an ISO alpha-3 country, as the asset's features
/// carry it (an area's `country` field, or a country feature's id).
fn iso2_of(asset: &MapAsset, iso3: &str) -> Option<String> {
    asset
        .region
        .features
        .iter()
        .find(|f| f.kind == FeatureKind::Admin1 && f.id.starts_with(&format!("{iso3}-")))
        .map(|f| f.country.clone())
}

fn projected(
    layer: &Layer,
    f: &Feature,
    project: &dyn Fn(LonLat) -> [f64; 2],
) -> Vec<Vec<[f64; 2]>> {
    layer
        .feature_rings(f)
        .iter()
        .map(|r| r.iter().map(|&p| project(p)).collect())
        .collect()
}

/// The main map's projection and size: raw conic equal-area, fitted once
/// to the region box (the Studio inverts it to place a town by a click).
pub fn main_projection(region_bbox: [f64; 4]) -> (Projection<ConicEqualArea>, [f64; 2]) {
    let outline = bbox_outline(region_bbox, 32);
    let unit = region_projection(region_bbox).fit_size([W, W], outline.iter().copied());
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
    (
        region_projection(region_bbox).fit_size(size, outline.iter().copied()),
        size,
    )
}

/// Builds the map from the asset, the focus area's label and the article.
pub fn build(asset: &MapAsset, article: &Article, focus_label: &Pair) -> Geo {
    let meta = &asset.meta;
    // 1. Projection: raw conic equal-area, fitted once to the region box.
    let (proj, size) = main_projection(meta.region_bbox);
    let h = size[1];
    let project = |p: LonLat| proj.project(p);
    let region = &asset.region;
    let inside = |p: [f64; 2]| p[0] >= 0.0 && p[1] >= 0.0 && p[0] <= W && p[1] <= h;

    // Towns first: area and band labels keep clear of their dots.
    let towns_at: Vec<[f64; 2]> = asset
        .cities
        .iter()
        .filter(|c| c.main && !c.region_label)
        .map(|c| project(c.lonlat()))
        .filter(|&p| inside(p))
        .collect();

    // 2. Areas, built once.
    let mut items = Vec::new();
    let mut background = Vec::new();
    let mut key_at = None;
    // The key area's neighbours are emphasised and labelled with it.
    let near: Vec<usize> = neighbours(region, &meta.focus);
    for (fi, f) in region.features.iter().enumerate() {
        let d = path::rings_path(&region.feature_rings(f), project, 1);
        if f.kind == FeatureKind::Country {
            background.push((d, f.name_de.clone()));
            continue;
        }
        let rings = projected(region, f, &project);
        let place = place_index(article, &format!("ne:{}", f.id));
        let key = f.id == meta.focus;
        let focus = key || f.focus || near.contains(&fi);
        // Area labels are centred on their spot and about 90 units wide: keep
        // them clear of town dots by about half that.
        let at = label_spot(&rings, size, 8.0, &towns_at, 45.0, None).unwrap_or([W / 2.0, h / 2.0]);
        if key {
            key_at = Some(at);
        }
        items.push(Item {
            kind: Kind::Area,
            name: if key {
                focus_label[0].clone()
            } else {
                f.name_de.clone()
            },
            label: if key {
                focus_label[0].clone()
            } else {
                f.name_de.clone()
            },
            place,
            figure: None,
            at,
            d,
            focus,
            key,
            sentences: sentences_of(article, place),
            priority: if key {
                90
            } else if focus {
                60
            } else {
                0
            },
            labelled: focus,
        });
    }
    // Focus areas first in the DOM, so Tab reaches them first.
    items.sort_by_key(|i| std::cmp::Reverse(i.priority));

    let border_lines: Vec<Vec<LonLat>> =
        asset.border.iter().map(|l| region.line_points(l)).collect();
    let border_d = path::lines_path(&border_lines, project, 1);
    let has_border = !border_d.is_empty();
    let band_rings: Vec<Vec<LonLat>> = asset
        .band
        .iter()
        .flat_map(|p| region.polygon_rings(p))
        .collect();
    let band_d = path::rings_path(&band_rings, project, 1);
    let band_projected: Vec<Vec<[f64; 2]>> = band_rings
        .iter()
        .map(|r| r.iter().map(|&p| project(p)).collect())
        .collect();
    let in_band = |p: LonLat| in_rings(project(p), &band_projected);

    // The band stands for the article's own figure ("50 Kilometer … von der
    // … Grenze"): its label is that number as written, and it selects it.
    let distance = article.border_distances.first();
    let band_label = distance.and_then(|b| {
        article.figures.get(b.figure as usize).map(|f| {
            let n = article.slice(f.number.span).to_owned();
            [format!("{n} km"), format!("{} km", number_en(&n))]
        })
    });
    let band_sentences: Vec<String> = distance
        .map(|b| vec![article.sentence_text(b.sentence).trim().to_string()])
        .unwrap_or_default();
    // The asset names countries by ISO alpha-2 ("RU"); alpha-3 ("RUS") is
    // resolved through its areas.
    let names = |code: &str| {
        let iso2 = if code.len() == 2 {
            Some(code.to_owned())
        } else {
            iso2_of(asset, code)
        };
        iso2.and_then(|c| country_names(asset, &c))
            .unwrap_or_else(|| [code.to_owned(), code.to_owned()])
    };
    let [inside_name, along_name] = [names(&meta.band_inside), names(&meta.band_along)];
    let border_name = [
        format!("{}–{}", inside_name[0], along_name[0]),
        format!("{}–{}", inside_name[1], along_name[1]),
    ];
    let band = (!band_d.is_empty()).then(|| {
        // Near the key area, but clear of its label and of town dots.
        let mut avoid = towns_at.clone();
        avoid.extend(key_at);
        let at = label_spot(&band_projected, size, 6.0, &avoid, 40.0, key_at)
            .unwrap_or([W / 2.0, h / 2.0]);
        let label = band_label
            .as_ref()
            .map_or_else(|| "–".to_owned(), |l| l[0].clone());
        items.push(Item {
            kind: Kind::Band,
            name: format!("{label} breiter Grenzstreifen"),
            label,
            place: None,
            figure: distance.map(|b| b.figure),
            at,
            d: String::new(),
            focus: false,
            key: false,
            sentences: band_sentences,
            priority: 80,
            labelled: true,
        });
        items.len() - 1
    });

    // 3. Towns and region labels of the regional map (inside the box only).
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
        items.push(Item::point(
            if c.region_label {
                Kind::Country
            } else {
                Kind::Town
            },
            c.name_de.clone(),
            place,
            at,
            20 + (pop.max(1.0).log10() * 5.0) as i32 + if place.is_some() { 30 } else { 0 },
            article,
        ));
    }
    // Country names the article uses, placed inside their territory in the
    // box: in the largest of their areas that is not a focus area.
    for (pi, p) in article.places.iter().enumerate() {
        let Some(iso2) = p.id.strip_prefix("iso:") else {
            continue;
        };
        let mut candidates: Vec<(&Feature, f64)> = region
            .features
            .iter()
            .filter(|f| f.country == iso2 || (f.kind == FeatureKind::Country && f.id == iso2))
            .map(|f| {
                let rings = projected(region, f, &project);
                let area: f64 = rings
                    .iter()
                    .map(|r| {
                        r.windows(2)
                            .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
                            .sum::<f64>()
                            .abs()
                            / 2.0
                    })
                    .sum();
                (f, area)
            })
            .collect();
        candidates.sort_by(|a, b| {
            (a.0.focus || a.0.id == meta.focus)
                .cmp(&(b.0.focus || b.0.id == meta.focus))
                .then(b.1.total_cmp(&a.1))
        });
        let Some((f, _)) = candidates.first() else {
            continue;
        };
        let rings = projected(region, f, &project);
        let Some(at) = label_spot(&rings, size, 8.0, &towns_at, 30.0, None) else {
            continue;
        };
        items.push(Item::point(
            Kind::Country,
            p.name.clone(),
            Some(pi as u32),
            at,
            70,
            article,
        ));
    }

    let centre = proj.invert([W / 2.0, h / 2.0]).unwrap_or([
        (meta.region_bbox[0] + meta.region_bbox[2]) / 2.0,
        (meta.region_bbox[1] + meta.region_bbox[3]) / 2.0,
    ]);
    let km_per_unit = geodesic::km_per_pixel(&proj, centre).unwrap_or(1.0);
    let inset = meta
        .inset_bbox
        .map(|bbox| build_inset(asset, article, focus_label, bbox));

    // 4. The text alternative, from the data.
    let neighbours = near
        .iter()
        .copied()
        .filter_map(|i| region.features.get(i))
        .map(|f| Neighbour {
            name: [f.name_de.clone(), f.name_en.clone()],
            country: if f.kind == FeatureKind::Country {
                None
            } else {
                country_names(asset, &f.country)
            },
        })
        .collect();
    let mut article_places: Vec<String> = Vec::new();
    let mut seen: Vec<u32> = Vec::new();
    let pins = inset.iter().flat_map(|i| i.pins.iter());
    let named = items
        .iter()
        .map(|i| (i.place, &i.name))
        .chain(pins.map(|p| (p.place, &p.name)));
    for (place, name) in named {
        if let Some(p) = place.filter(|p| !seen.contains(p)) {
            seen.push(p);
            article_places.push(name.clone());
        }
    }
    let facts = MapFacts {
        focus: focus_label.clone(),
        neighbours,
        band: band.and(band_label.clone()),
        band_inside: inside_name,
        band_along: along_name,
        in_band: towns_in_band,
        towns,
        article_places,
        route: inset.as_ref().and_then(|i| i.route.clone()),
    };
    let text_alt = [
        facts.text(crate::i18n::Lang::De),
        facts.text(crate::i18n::Lang::En),
    ];

    Geo {
        size,
        background,
        items,
        border_d,
        band_d,
        band,
        // No band drawn, no band in the legend; no border, no border either.
        band_label: band.and(band_label),
        border_name: has_border.then_some(border_name),
        km_per_unit,
        text_alt,
        inset,
    }
}

/// "1.340" → "1,340"; "2,5" → "2.5" (a German number as written, in English).
pub fn number_en(de: &str) -> String {
    de.chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect()
}

/// Indices of the features of `layer` that border the feature `id` (its
/// neighbours), in layer order. Unknown id → empty.
///
/// The areas come from separate files (each country's admin-1 areas) and
/// are thinned one by one, so neighbours share no arcs and their common
/// boundary matches only within the thinning: a feature borders another
/// when at least two of its vertices lie within `tolerance` degrees of the
/// other's outline (one is a corner touch or chance).
pub fn neighbours(layer: &Layer, id: &str) -> Vec<usize> {
    let Some(me) = layer.features.iter().position(|f| f.id == id) else {
        return Vec::new();
    };
    let outline: Vec<Vec<LonLat>> = layer.feature_rings(&layer.features[me]);
    let all: Vec<LonLat> = outline.iter().flatten().copied().collect();
    let Some(b) = atlas::clip::bounds(&all) else {
        return Vec::new();
    };
    let tolerance = NEIGHBOUR_TOLERANCE_DEG;
    let segments: Vec<[LonLat; 2]> = outline
        .iter()
        .flat_map(|r| r.windows(2).map(|w| [w[0], w[1]]))
        .collect();
    let near = |p: LonLat| {
        p[0] >= b[0] - tolerance
            && p[0] <= b[2] + tolerance
            && p[1] >= b[1] - tolerance
            && p[1] <= b[3] + tolerance
            && segments
                .iter()
                .any(|s| atlas::clip::seg_dist2(p, s[0], s[1]) <= tolerance * tolerance)
    };
    (0..layer.features.len())
        .filter(|&i| i != me)
        .filter(|&i| {
            layer
                .feature_rings(&layer.features[i])
                .iter()
                .flatten()
                .filter(|&&p| near(p))
                .take(2)
                .count()
                == 2
        })
        .collect()
}

/// How near (degrees) two areas' outlines must come to count as
/// neighbours: the areas' own thinning (0.01°) twice over.
pub const NEIGHBOUR_TOLERANCE_DEG: f64 = 0.02;

fn build_inset(asset: &MapAsset, article: &Article, focus_label: &Pair, bbox: [f64; 4]) -> Inset {
    let proj = inset_projection(bbox).fit_size(INSET, bbox_outline(bbox, 24));
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
    let key = asset.region.feature(&asset.meta.focus);
    let key_d = key
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
    if let Some(f) = key {
        let rings: Vec<Vec<[f64; 2]>> = asset
            .region
            .feature_rings(f)
            .iter()
            .map(|r| r.iter().map(|&p| project(p)).collect())
            .collect();
        if let Some(at) = label_spot(&rings, INSET, 1.0, &[], 0.0, None) {
            pins.push(InsetPin {
                name: focus_label[0].clone(),
                at,
                place: place_index(article, &format!("ne:{}", f.id)),
            });
        }
    }
    let city = |id: &str| asset.cities.iter().find(|c| c.id == id);
    let ends = asset
        .meta
        .route
        .as_ref()
        .and_then(|[a, b]| Some((city(a)?, city(b)?)));
    let (route_d, route) = match ends {
        Some((a, b)) => {
            let line = geodesic::great_circle(a.lonlat(), b.lonlat(), 64);
            (
                path::lines_path(&[line], project, 0),
                Some([a.name_de.clone(), b.name_de.clone()]),
            )
        }
        None => (String::new(), None),
    };
    Inset {
        countries,
        key_d,
        pins,
        route_d,
        route,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_of_the_main_map_turns_back_into_its_position() {
        let (proj, [w, h]) = main_projection([34.2, 34.2, 38.7, 38.1]);
        assert!(w > 0.0 && h >= 200.0);
        let p = proj.project([36.16, 36.2]);
        assert!(p[0] > 0.0 && p[0] < w && p[1] > 0.0 && p[1] < h, "{p:?}");
        let back = proj.invert(p).expect("inverts");
        assert!(
            (back[0] - 36.16).abs() < 1e-6 && (back[1] - 36.2).abs() < 1e-6,
            "{back:?}"
        );
    }

    #[test]
    fn german_numbers_read_in_english() {
        assert_eq!(number_en("1.340"), "1,340");
        assert_eq!(number_en("2,5"), "2.5");
        assert_eq!(number_en("50"), "50");
    }

    /// The spot by a walk over every edge for every grid point: what
    /// [`label_spot`] must find.
    fn label_spot_slow(
        rings: &[Vec<[f64; 2]>],
        size: [f64; 2],
        step: f64,
        avoid: &[[f64; 2]],
        clear: f64,
        towards: Option<[f64; 2]>,
    ) -> Option<[f64; 2]> {
        let mut best: Option<([f64; 2], f64)> = None;
        let grid = Grid::over(rings, size, step)?;
        for j in grid.rows {
            for i in grid.cols.clone() {
                let p = [i as f64 * step, j as f64 * step];
                if !in_rings(p, rings) {
                    continue;
                }
                let room = edge_dist2(p, rings).sqrt().min(ROOM);
                let score = room - spot_penalty(p, avoid, clear, towards);
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((p, score));
                }
            }
        }
        best.map(|(p, _)| p)
    }

    /// Squared distance from `p` to the nearest edge of `rings`.
    fn edge_dist2(p: [f64; 2], rings: &[Vec<[f64; 2]>]) -> f64 {
        rings
            .iter()
            .flat_map(|r| r.windows(2))
            .map(|w| segment_dist2(p, w[0], w[1]))
            .fold(f64::INFINITY, f64::min)
    }

    #[test]
    fn label_spots_are_those_of_a_walk_over_every_edge() {
        // Odd shapes: a star with a hole, a thin sliver, a ring that
        // leaves the map, and points on grid lines.
        let mut seed = 7u64;
        let mut rand = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        for case in 0..40 {
            let n = 5 + case % 17;
            let (cx, cy, r) = (
                40.0 + rand() * 300.0,
                30.0 + rand() * 200.0,
                10.0 + rand() * 200.0,
            );
            let mut ring: Vec<[f64; 2]> = (0..n)
                .map(|k| {
                    let a = k as f64 / n as f64 * std::f64::consts::TAU;
                    let rr = r * (0.3 + rand());
                    [(cx + rr * a.cos()).round(), (cy + rr * a.sin()).round()]
                })
                .collect();
            ring.push(ring[0]);
            let mut rings = vec![ring];
            if case % 3 == 0 {
                rings.push(vec![
                    [cx - 5.0, cy - 5.0],
                    [cx + 5.0, cy - 5.0],
                    [cx, cy + 6.0],
                    [cx - 5.0, cy - 5.0],
                ]);
            }
            let avoid = [[cx, cy], [cx + 20.0, cy - 10.0]];
            let towards = (case % 2 == 0).then_some([cx + 30.0, cy]);
            for step in [1.0, 6.0, 8.0] {
                let args = (&rings[..], [400.0, 300.0], step, &avoid[..], 30.0, towards);
                assert_eq!(
                    label_spot(args.0, args.1, args.2, args.3, args.4, args.5),
                    label_spot_slow(args.0, args.1, args.2, args.3, args.4, args.5),
                    "case {case}, step {step}"
                );
            }
        }
        assert_eq!(label_spot(&[], [100.0, 100.0], 5.0, &[], 0.0, None), None);
    }

    #[test]
    fn label_spots_lie_inside_and_away_from_edges() {
        let square = vec![vec![
            [0.0, 0.0],
            [100.0, 0.0],
            [100.0, 100.0],
            [0.0, 100.0],
            [0.0, 0.0],
        ]];
        let p = label_spot(&square, [200.0, 200.0], 10.0, &[], 0.0, None).expect("inside");
        assert_eq!(p, [50.0, 50.0]);
        // A town in the middle pushes the label off it.
        let q =
            label_spot(&square, [200.0, 200.0], 10.0, &[[50.0, 50.0]], 30.0, None).expect("inside");
        assert!(dist2(q, [50.0, 50.0]) >= 900.0);
        // No grid point inside: none.
        let small = vec![vec![
            [10.0, 10.0],
            [20.0, 10.0],
            [20.0, 20.0],
            [10.0, 20.0],
            [10.0, 10.0],
        ]];
        assert_eq!(
            label_spot(&small, [200.0, 200.0], 50.0, &[], 0.0, None),
            None
        );
    }
}
