//! The map asset of a frame, cut from the world assets: the areas in the
//! box (admin-1 areas where the frame asks for them, whole countries with
//! their admin-1 lines otherwise), the state border the band follows at
//! full detail, the band itself, the locator inset and the towns.
//!
//! Every ring is clipped to the box (a little beyond it, so no edge of the
//! clip is ever in view) and thinned to what the map's scale can show, so
//! the page carries only what it draws.

use crate::clip::{bounds, clip_line, clip_ring, grown, overlaps, thin, Box4};
use crate::World;
use framing::{Frame, NamedPlace};
use gazetteer::lookup::Gazetteer;
use mapdata::asset::{Arc, ArcRef, City, Feature, FeatureKind, Layer, MapAsset, MapMeta, Polygon};
use mapdata::world::AreaLayer;
use mapdata::LonLat;
use std::collections::{BTreeMap, HashMap};

/// Map width the thinning is made for (SVG user units of the page).
pub const MAP_UNITS: f64 = 800.0;
/// Inset width the thinning is made for.
pub const INSET_UNITS: f64 = 480.0;
/// The most a thinned outline strays from the original, in user units.
pub const THIN_UNITS: f64 = 0.35;
/// How far beyond the box rings are clipped (share of its size).
pub const CLIP_MARGIN: f64 = 0.03;
/// Grid of the assembled layers (10^-4 degrees, the border's own).
pub const QUANTUM_EXP: u8 = 4;

/// Why the band could not be drawn although the frame has one.
#[derive(Debug, Clone, PartialEq)]
pub enum BandGap {
    /// The world map has no admin-1 areas of the country it lies in.
    NoAreas(String),
    /// The two countries' land border lies outside the box.
    OutsideBox,
}

fn on_grid(p: LonLat) -> LonLat {
    let g = 10f64.powi(i32::from(QUANTUM_EXP));
    [(p[0] * g).round() / g, (p[1] * g).round() / g]
}

/// Collects arcs into a layer.
struct Builder {
    arcs: Vec<Arc>,
}

impl Builder {
    fn ring(&mut self, ring: &[LonLat], clip: Box4, tol: f64) -> Option<ArcRef> {
        let mut r: Vec<LonLat> = thin(&clip_ring(ring, clip), tol)
            .into_iter()
            .map(on_grid)
            .collect();
        r.dedup();
        if r.len() < 4 {
            return None;
        }
        self.arcs.push(r);
        Some(ArcRef::new(self.arcs.len() - 1, false))
    }

    /// A feature's polygons clipped and thinned; `None` when nothing is left.
    fn polygons(&mut self, rings: &[Vec<Vec<LonLat>>], clip: Box4, tol: f64) -> Vec<Polygon> {
        let mut out = Vec::new();
        for poly in rings {
            let Some((outer, holes)) = poly.split_first() else {
                continue;
            };
            let Some(o) = self.ring(outer, clip, tol) else {
                continue;
            };
            let mut p = Polygon {
                rings: vec![vec![o]],
            };
            for h in holes {
                if let Some(r) = self.ring(h, clip, tol) {
                    p.rings.push(vec![r]);
                }
            }
            out.push(p);
        }
        out
    }

    fn line(&mut self, line: &[LonLat]) -> ArcRef {
        let mut l: Vec<LonLat> = line.iter().map(|&p| on_grid(p)).collect();
        l.dedup();
        self.arcs.push(l);
        ArcRef::new(self.arcs.len() - 1, false)
    }
}

/// A feature's polygons as point rings: outer ring first, then holes.
fn polygon_rings(layer: &Layer, f: &Feature) -> Vec<Vec<Vec<LonLat>>> {
    f.polygons.iter().map(|p| layer.polygon_rings(p)).collect()
}

fn feature_bounds(layer: &Layer, f: &Feature) -> Option<Box4> {
    let pts: Vec<LonLat> = f
        .polygons
        .iter()
        .filter_map(|p| p.rings.first())
        .flat_map(|r| layer.ring_points(r))
        .collect();
    bounds(&pts)
}

/// The alpha-2 id of an alpha-3 code, as the world index names countries.
pub fn iso2_of(world: &World, a3: &str) -> Option<String> {
    world
        .index
        .countries
        .iter()
        .find(|c| framing::countries::iso3(&c.id) == Some(a3) || c.id == a3)
        .map(|c| c.id.clone())
}

/// True if one of the country's parts (its outline in `admin0.bin`)
/// reaches into the box; a country spread over the globe (France, the
/// USA) is not in every box its overall bounds cover.
fn reaches(world: &World, c: &mapdata::world::CountryEntry, clip: Box4) -> bool {
    if !overlaps(c.bbox, clip) {
        return false;
    }
    let layer = &world.admin0.layer;
    match layer.features.iter().find(|f| f.id == c.id) {
        Some(f) => f.polygons.iter().any(|p| {
            p.rings
                .first()
                .and_then(|r| bounds(&layer.ring_points(r)))
                .is_some_and(|b| overlaps(b, clip))
        }),
        None => true,
    }
}

/// The countries whose admin-1 areas the frame's map needs (alpha-2 ids
/// of the world index): every country with admin-1 areas that reaches
/// into the map's box, and the band's country.
pub fn admin1_needed(frame: &Frame, world: &World) -> Vec<String> {
    let clip = grown(frame.region.to_array(), CLIP_MARGIN);
    let mut out: Vec<String> = world
        .index
        .countries
        .iter()
        .filter(|c| c.admin1_count > 0 && reaches(world, c, clip))
        .map(|c| c.id.clone())
        .collect();
    if let Ok(b) = &frame.band {
        if let Some(id) = iso2_of(world, &b.inside) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// The labels German newsrooms print for admin-1 areas ("Oblast
/// Brjansk", where the map's own name is "Brjansk"), by `adm1_code`.
fn area_labels(g: &Gazetteer) -> HashMap<&str, &str> {
    g.places()
        .iter()
        .filter(|p| p.kind == framing::Kind::Region)
        .filter_map(|p| Some((p.adm1_code.as_deref()?, p.label())))
        .filter(|(code, label)| !code.starts_with("region:") && !label.is_empty())
        .collect()
}

/// The region layer: areas of the countries in the box.
fn region_layer(
    frame: &Frame,
    world: &World,
    admin1: &BTreeMap<String, AreaLayer>,
    g: &Gazetteer,
    b: &mut Builder,
) -> Vec<Feature> {
    let labels = area_labels(g);
    let region = frame.region.to_array();
    let clip = grown(region, CLIP_MARGIN);
    let tol = (region[2] - region[0]).abs() / MAP_UNITS * THIN_UNITS;
    let focus = frame.focus.as_ref().map(|f| f.code.as_str());
    let mut features = Vec::new();
    for c in &world.index.countries {
        if !reaches(world, c, clip) {
            continue;
        }
        let a3 = framing::countries::iso3(&c.id).unwrap_or(c.id.as_str());
        let detailed = frame.admin1.iter().any(|x| x == a3 || x == &c.id);
        match admin1.get(&c.id) {
            Some(areas) => {
                let layer = &areas.layer;
                let mut whole = Vec::new();
                for f in &layer.features {
                    if !feature_bounds(layer, f).is_some_and(|fb| overlaps(fb, clip)) {
                        continue;
                    }
                    let polys = b.polygons(&polygon_rings(layer, f), clip, tol);
                    if polys.is_empty() {
                        continue;
                    }
                    if detailed {
                        features.push(Feature {
                            id: f.id.clone(),
                            kind: FeatureKind::Admin1,
                            name_en: f.name_en.clone(),
                            name_de: labels
                                .get(f.id.as_str())
                                .map_or_else(|| f.name_de.clone(), |l| (*l).to_owned()),
                            country: c.id.clone(),
                            focus: Some(f.id.as_str()) == focus,
                            polygons: polys,
                        });
                    } else {
                        whole.extend(polys);
                    }
                }
                if !whole.is_empty() {
                    features.push(country(c, whole));
                }
            }
            None => {
                let layer = &world.admin0.layer;
                if let Some(f) = layer.features.iter().find(|f| f.id == c.id) {
                    let polys = b.polygons(&polygon_rings(layer, f), clip, tol);
                    if !polys.is_empty() {
                        features.push(country(c, polys));
                    }
                }
            }
        }
    }
    features
}

fn country(c: &mapdata::world::CountryEntry, polygons: Vec<Polygon>) -> Feature {
    Feature {
        id: c.id.clone(),
        kind: FeatureKind::Country,
        name_en: c.name_en.clone(),
        name_de: c.name_de.clone(),
        country: c.id.clone(),
        focus: false,
        polygons,
    }
}

/// The inset: whole countries in its box, thinned to its scale.
fn inset_layer(bbox: Box4, world: &World) -> Layer {
    let clip = grown(bbox, CLIP_MARGIN);
    let tol = (bbox[2] - bbox[0]).abs() / INSET_UNITS * THIN_UNITS * 1.5;
    let mut b = Builder { arcs: Vec::new() };
    let layer = &world.admin0.layer;
    let mut features = Vec::new();
    for c in &world.index.countries {
        if !reaches(world, c, clip) {
            continue;
        }
        let Some(f) = layer.features.iter().find(|f| f.id == c.id) else {
            continue;
        };
        // Drop specks: islands smaller than a few units.
        let min_extent = tol * 4.0;
        let rings: Vec<Vec<Vec<LonLat>>> = polygon_rings(layer, f)
            .into_iter()
            .filter(|p| {
                p.first()
                    .and_then(|r| bounds(r))
                    .is_some_and(|bb| (bb[2] - bb[0]).max(bb[3] - bb[1]) >= min_extent)
            })
            .collect();
        let polys = b.polygons(&rings, clip, tol);
        if !polys.is_empty() {
            features.push(country(c, polys));
        }
    }
    Layer {
        quantum_exp: QUANTUM_EXP,
        arcs: b.arcs,
        features,
    }
}

fn city(p: &NamedPlace, main: bool, inset: bool) -> City {
    City {
        id: p.id.clone(),
        name_de: p.label.clone(),
        lat: (p.lat * 1e5).round() / 1e5,
        lon: (p.lon * 1e5).round() / 1e5,
        population: (p.kind == framing::Kind::City).then_some(u64::from(p.population)),
        main,
        inset,
        region_label: p.kind != framing::Kind::City,
    }
}

/// The most populous town of a country inside a box (its capital for most
/// countries), as a place of reference on the inset.
fn largest_town(g: &Gazetteer, iso2: &str, bbox: Box4) -> Option<NamedPlace> {
    let (i, _) = g
        .places()
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.kind == framing::Kind::City
                && p.country == iso2
                && overlaps([p.lon, p.lat, p.lon, p.lat], bbox)
        })
        .max_by_key(|(i, p)| (p.population, std::cmp::Reverse(*i)))?;
    framing::world::named_place(g, i as u32, 0, usize::MAX)
}

/// The towns and region labels: the frame's labels on the main map; on
/// the inset the route's ends, the places only it shows, and the largest
/// town of each band country.
fn cities(frame: &Frame, places: &[NamedPlace], g: &Gazetteer, world: &World) -> Vec<City> {
    let mut out: Vec<City> = Vec::new();
    let add = |out: &mut Vec<City>, c: City| match out.iter_mut().find(|o| o.id == c.id) {
        Some(o) => {
            o.main |= c.main;
            o.inset |= c.inset;
        }
        None => out.push(c),
    };
    // The frame's labels carry all a town needs.
    for l in &frame.labels {
        add(
            &mut out,
            City {
                id: l.id.clone(),
                name_de: l.text.clone(),
                lat: (l.lat * 1e5).round() / 1e5,
                lon: (l.lon * 1e5).round() / 1e5,
                population: Some(u64::from(l.population)),
                main: true,
                inset: false,
                region_label: false,
            },
        );
    }
    // Named regions that are no admin-1 area ("Donbass"): a label, no dot.
    for p in places {
        if p.kind == framing::Kind::Region
            && p.area.is_none()
            && frame.region.contains(p.lon, p.lat)
        {
            add(&mut out, city(p, true, false));
        }
    }
    if let Some(inset) = &frame.inset {
        let ib = inset.region.to_array();
        // The route's ends: the article's places, else the gazetteer's
        // (one pass over it for both).
        let route: Vec<&str> = inset.route.iter().flatten().map(String::as_str).collect();
        let missing: Vec<&str> = route
            .iter()
            .copied()
            .filter(|id| !places.iter().any(|p| p.id == *id))
            .collect();
        let found = crate::input::indices(g, &missing);
        for id in route {
            let p = places.iter().find(|p| p.id == id).cloned().or_else(|| {
                let i = *found.get(id)?;
                framing::world::named_place(g, i, 0, usize::MAX)
            });
            if let Some(p) = p {
                add(&mut out, city(&p, false, true));
            }
        }
        for id in &inset.places {
            if let Some(p) = places
                .iter()
                .find(|p| &p.id == id && p.kind == framing::Kind::City)
            {
                add(&mut out, city(p, false, true));
            }
        }
        if let Ok(band) = &frame.band {
            for a3 in [&band.inside, &band.along] {
                if let Some(p) = iso2_of(world, a3).and_then(|c| largest_town(g, &c, ib)) {
                    add(&mut out, city(&p, false, true));
                }
            }
        }
    }
    out
}

/// The map asset of `frame`, from the world assets and the admin-1 areas
/// of the countries [`admin1_needed`] names (a country missing from
/// `admin1` is drawn whole). `places` are the frame's input places (for
/// the towns' data). The band is computed here, on the 10m land borders;
/// when it cannot be, the asset has none and the reason is returned.
pub fn assemble(
    frame: &Frame,
    places: &[NamedPlace],
    world: &World,
    admin1: &BTreeMap<String, AreaLayer>,
    g: &Gazetteer,
) -> (MapAsset, Option<BandGap>) {
    let region_bbox = frame.region.to_array();
    let clip = grown(region_bbox, CLIP_MARGIN);
    let mut b = Builder { arcs: Vec::new() };
    let features = region_layer(frame, world, admin1, g, &mut b);

    let mut border = Vec::new();
    let mut band = Vec::new();
    let mut gap = None;
    let (mut band_km, mut inside2, mut along2) = (0.0, String::new(), String::new());
    if let Ok(fb) = &frame.band {
        let ids = (iso2_of(world, &fb.inside), iso2_of(world, &fb.along));
        if let (Some(i2), Some(a2)) = ids {
            for line in world.borders.between(&i2, &a2) {
                for piece in clip_line(&line, clip) {
                    border.push(vec![b.line(&piece)]);
                }
            }
            match admin1.get(&i2) {
                None => gap = Some(BandGap::NoAreas(i2.clone())),
                Some(_) if border.is_empty() => gap = Some(BandGap::OutsideBox),
                Some(areas) => {
                    let mp = band::world_band(&world.borders, &i2, areas, &a2, fb.km);
                    let tol = (region_bbox[2] - region_bbox[0]).abs() / MAP_UNITS * THIN_UNITS;
                    for p in &mp.0 {
                        let outer: Vec<LonLat> =
                            p.exterior().0.iter().map(|c| [c.x, c.y]).collect();
                        let mut rings = vec![outer];
                        rings.extend(
                            p.interiors()
                                .iter()
                                .map(|r| r.0.iter().map(|c| [c.x, c.y]).collect()),
                        );
                        band.extend(b.polygons(&[rings], clip, tol / 2.0));
                    }
                    band_km = fb.km;
                    inside2 = i2;
                    along2 = a2;
                }
            }
        }
    }

    let region = Layer {
        quantum_exp: QUANTUM_EXP,
        arcs: b.arcs,
        features,
    };
    let inset_bbox = frame.inset.as_ref().map(|i| i.region.to_array());
    let inset = inset_bbox.map_or_else(Layer::default, |ib| inset_layer(ib, world));
    let asset = MapAsset {
        meta: MapMeta {
            region_bbox,
            inset_bbox,
            band_km,
            band_inside: inside2,
            band_along: along2,
            focus: frame
                .focus
                .as_ref()
                .map(|f| f.code.clone())
                .unwrap_or_default(),
            route: frame.inset.as_ref().and_then(|i| i.route.clone()),
        },
        region,
        border,
        band,
        inset,
        cities: cities(frame, places, g, world),
    };
    (asset, gap)
}
