//! The band of a given depth along a land border, inside one country: the
//! border buffered in metres in an azimuthal equidistant frame centred on it,
//! intersected with the country's areas near it. Pure, and the same code at
//! build time (`geoprep`) and in the browser: `geo` without its default
//! features builds for `wasm32-unknown-unknown`.

use geo::algorithm::buffer::{BufferStyle, LineCap, LineJoin};
use geo::{
    BooleanOps, BoundingRect, Buffer, Coord, GeodesicArea, LineString, MultiLineString,
    MultiPolygon, Orient, Polygon,
};
use mapdata::asset::Layer;
use mapdata::geodesic::EARTH_RADIUS_KM;
use mapdata::projection::{AzimuthalEquidistant, Projection};
use mapdata::world::{AreaLayer, Borders};

/// Angle step (radians) of the round joins and caps of the buffer.
pub const JOIN_ANGLE: f64 = 0.01;

/// The metric frame: azimuthal equidistant on the mean-radius sphere,
/// centred on `centre`, in metres (y mirrored, which does not matter for
/// buffering).
pub fn metric_frame(centre: [f64; 2]) -> Projection<AzimuthalEquidistant> {
    Projection::new(AzimuthalEquidistant)
        .with_rotate([-centre[0], -centre[1]])
        .with_scale(EARTH_RADIUS_KM * 1000.0)
        .with_translate([0.0, 0.0])
}

fn map_polygon(
    p: &Polygon<f64>,
    f: &impl Fn([f64; 2]) -> Option<[f64; 2]>,
) -> Option<Polygon<f64>> {
    let ring = |r: &LineString<f64>| -> Option<LineString<f64>> {
        r.0.iter()
            .map(|c| f([c.x, c.y]).map(|[x, y]| Coord { x, y }))
            .collect::<Option<Vec<_>>>()
            .map(LineString::new)
    };
    Some(Polygon::new(
        ring(p.exterior())?,
        p.interiors().iter().map(ring).collect::<Option<Vec<_>>>()?,
    ))
}

/// The band of `depth_m` metres along the border `lines` inside the union
/// of `inside`: the lines buffered in a metric frame centred on them,
/// intersected with the parts of `inside` near them, back in lon/lat.
/// No line → empty band.
pub fn band_along(
    lines: &[Vec<[f64; 2]>],
    inside: &[&MultiPolygon<f64>],
    depth_m: f64,
) -> MultiPolygon<f64> {
    let pts: Vec<[f64; 2]> = lines.iter().flatten().copied().collect();
    if pts.is_empty() {
        return MultiPolygon::new(vec![]);
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in &pts {
        x0 = x0.min(p[0]);
        x1 = x1.max(p[0]);
        y0 = y0.min(p[1]);
        y1 = y1.max(p[1]);
    }
    let frame = metric_frame([(x0 + x1) / 2.0, (y0 + y1) / 2.0]);
    let fwd = |p: [f64; 2]| Some(frame.project(p));
    let inv = |p: [f64; 2]| frame.invert(p);
    let border_m = in_metres(lines, &frame);
    // Round joins and caps every 0.01 rad: chords sag at most
    // depth·(1 − cos 0.005) ≈ 0.6 m at 50 km (geo's default of 0.2 rad
    // would sag 250 m).
    let style = BufferStyle::new(depth_m)
        .line_join(LineJoin::Round(JOIN_ANGLE))
        .line_cap(LineCap::Round(JOIN_ANGLE));
    let buffer = buffer_in_pieces(&border_m, &style);
    // `inside` areas near the border (the margin covers the depth).
    let margin = f64::max(2.0, depth_m / 25_000.0);
    let near: Vec<Polygon<f64>> = inside
        .iter()
        .filter(|g| {
            g.bounding_rect().is_some_and(|r| {
                r.max().x >= x0 - margin
                    && r.min().x <= x1 + margin
                    && r.max().y >= y0 - margin
                    && r.min().y <= y1 + margin
            })
        })
        .flat_map(|g| g.0.iter().filter_map(|p| map_polygon(p, &fwd)))
        .collect();
    let russia = geo::unary_union(near.iter());
    let band_m = buffer.intersection(&russia);
    // The union of the areas has pinholes where their boundaries do not
    // quite meet; a band this narrow inside one country has no genuine holes.
    let band = MultiPolygon::new(
        band_m
            .0
            .iter()
            .filter_map(|p| map_polygon(&Polygon::new(p.exterior().clone(), vec![]), &inv))
            .collect(),
    )
    .orient(geo::orient::Direction::Default);
    band
}

/// Lon/lat lines in the metric frame, as `geo` lines.
fn in_metres(
    lines: &[Vec<[f64; 2]>],
    frame: &Projection<AzimuthalEquidistant>,
) -> MultiLineString<f64> {
    MultiLineString::new(
        lines
            .iter()
            .map(|l| {
                LineString::new(
                    l.iter()
                        .map(|&p| frame.project(p))
                        .map(|[x, y]| Coord { x, y })
                        .collect(),
                )
            })
            .collect(),
    )
}

/// How many border vertices one buffered piece holds.
pub const PIECE: usize = 64;

/// The buffer of the border lines, as the union of the buffers of pieces of
/// [`PIECE`] vertices (neighbouring pieces share their end vertex, whose
/// round caps make the same shape as the round join there). The same area
/// as buffering each line whole, in about two thirds of the time: the
/// buffer's own union grows faster than linearly with its vertices.
fn buffer_in_pieces(lines: &MultiLineString<f64>, style: &BufferStyle<f64>) -> MultiPolygon<f64> {
    let mut pieces: Vec<MultiPolygon<f64>> = Vec::new();
    for line in &lines.0 {
        let pts = &line.0;
        if pts.len() < 2 {
            pieces.push(line.buffer_with_style(style.clone()));
            continue;
        }
        let mut i = 0;
        while i + 1 < pts.len() {
            let j = (i + PIECE).min(pts.len() - 1);
            pieces.push(LineString::new(pts[i..=j].to_vec()).buffer_with_style(style.clone()));
            i = j;
        }
    }
    // A balanced tree of unions keeps each one small.
    while pieces.len() > 1 {
        let mut next = Vec::with_capacity(pieces.len().div_ceil(2));
        let mut it = pieces.into_iter();
        while let Some(a) = it.next() {
            next.push(match it.next() {
                Some(b) => a.union(&b),
                None => a,
            });
        }
        pieces = next;
    }
    pieces.pop().unwrap_or_else(|| MultiPolygon::new(vec![]))
}

/// A layer polygon as a `geo` polygon (lon/lat).
pub fn to_geo(layer: &Layer, p: &mapdata::asset::Polygon) -> Option<Polygon<f64>> {
    let mut rings = layer
        .polygon_rings(p)
        .into_iter()
        .map(|r| LineString::new(r.into_iter().map(|[x, y]| Coord { x, y }).collect()));
    let outer = rings.next()?;
    Some(Polygon::new(outer, rings.collect()))
}

/// All polygons of a feature as a `geo` multipolygon.
pub fn feature_geo(layer: &Layer, f: &mapdata::asset::Feature) -> MultiPolygon<f64> {
    MultiPolygon::new(f.polygons.iter().filter_map(|p| to_geo(layer, p)).collect())
}

/// The band of `depth_km` inside the country whose admin-1 areas are
/// `inside` (its chunk of the world map, `data/world/admin1/<id>.bin`),
/// along its land border with `along` (an id of `borders`): what a story's
/// "N Kilometer von der … Grenze" draws. No common border → empty band.
pub fn world_band(
    borders: &Borders,
    inside_id: &str,
    inside: &AreaLayer,
    along_id: &str,
    depth_km: f64,
) -> MultiPolygon<f64> {
    let lines = borders.between(inside_id, along_id);
    // Only the areas that can reach the band become `geo` shapes: the
    // conversion of a whole large country (Russia: 83 areas) was most of a
    // first call's time. The same margin as `band_along`'s own filter.
    let Some(near) = bbox_of(lines.iter().flatten()) else {
        return MultiPolygon::new(vec![]);
    };
    let margin = f64::max(2.0, depth_km / 25.0);
    let layer = &inside.layer;
    let parts: Vec<MultiPolygon<f64>> = layer
        .features
        .iter()
        .filter(|f| {
            let outer = f
                .polygons
                .iter()
                .filter_map(|p| p.rings.first())
                .flatten()
                .filter_map(|r| layer.arcs.get(r.index()))
                .flatten();
            bbox_of(outer).is_some_and(|b| {
                b[2] >= near[0] - margin
                    && b[0] <= near[2] + margin
                    && b[3] >= near[1] - margin
                    && b[1] <= near[3] + margin
            })
        })
        .map(|f| feature_geo(layer, f))
        .collect();
    let refs: Vec<&MultiPolygon<f64>> = parts.iter().collect();
    band_along(&lines, &refs, depth_km * 1000.0)
}

/// `[west, south, east, north]` of some points; `None` for none.
fn bbox_of<'a>(points: impl IntoIterator<Item = &'a [f64; 2]>) -> Option<[f64; 4]> {
    points.into_iter().fold(None, |b, p| {
        Some(match b {
            None => [p[0], p[1], p[0], p[1]],
            Some(b) => [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ],
        })
    })
}

/// The geodesic (WGS84) area of `band` in km².
pub fn area_km2(band: &MultiPolygon<f64>) -> f64 {
    band.geodesic_area_unsigned() / 1e6
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn world(file: &str) -> Vec<u8> {
        let path = format!("{}/../../data/world/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(path).unwrap()
    }

    #[test]
    fn the_stories_bands_from_the_world_map() {
        let borders = mapdata::world::decode_borders(&world("borders.bin")).unwrap();
        let ru = mapdata::world::decode_areas(&world("admin1/RU.bin")).unwrap();
        // The stories' bands (README of geoprep): Kursk 50 km along Ukraine,
        // 65,000 km²; Finland 40 km, 46,641 km²; within 0.5 %.
        for (along, km, km2) in [("UA", 50.0, 65_000.0), ("FI", 40.0, 46_641.0)] {
            let area = area_km2(&world_band(&borders, "RU", &ru, along, km));
            assert!(
                (area - km2).abs() / km2 < 0.005,
                "RU–{along}: {area:.0} km²"
            );
        }
        // No common border, no band.
        assert!(world_band(&borders, "RU", &ru, "PT", 50.0).0.is_empty());
    }

    #[test]
    fn the_border_buffered_in_pieces_is_the_border_buffered_whole() {
        use geo::Area;
        let borders = mapdata::world::decode_borders(&world("borders.bin")).unwrap();
        for (a, b) in [("RU", "UA"), ("RU", "FI"), ("SY", "TR")] {
            let lines = borders.between(a, b);
            let border = in_metres(&lines, &metric_frame(lines[0][0]));
            let style = BufferStyle::new(30_000.0)
                .line_join(LineJoin::Round(JOIN_ANGLE))
                .line_cap(LineCap::Round(JOIN_ANGLE));
            let whole = border.buffer_with_style(style.clone()).unsigned_area();
            let pieces = buffer_in_pieces(&border, &style).unsigned_area();
            assert!(
                (whole - pieces).abs() / whole < 1e-6,
                "{a}–{b}: whole {whole} m², in pieces {pieces} m²"
            );
        }
    }

    #[test]
    fn no_line_gives_an_empty_band() {
        assert!(band_along(&[], &[], 50_000.0).0.is_empty());
    }
}
