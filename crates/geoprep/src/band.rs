//! The RU–UA state border (full resolution) and the 50 km band on the
//! Russian side, buffered in metres in an azimuthal equidistant frame.

use crate::sources::Admin1;
use geo::algorithm::buffer::{BufferStyle, LineCap, LineJoin};
use geo::{
    BooleanOps, BoundingRect, Buffer, Coord, LineString, MultiLineString, MultiPolygon, Orient,
    Polygon,
};
use mapdata::geodesic::EARTH_RADIUS_KM;
use mapdata::projection::{AzimuthalEquidistant, Projection};
use std::collections::{BTreeMap, BTreeSet};

/// Angle step (radians) of the round joins and caps of the buffer.
pub const JOIN_ANGLE: f64 = 0.01;

type Key = (u64, u64);

fn key(c: Coord<f64>) -> Key {
    (c.x.to_bits(), c.y.to_bits())
}

fn edges(areas: &[Admin1]) -> BTreeSet<(Key, Key)> {
    let mut out = BTreeSet::new();
    for a in areas {
        for p in &a.geom {
            for ring in std::iter::once(p.exterior()).chain(p.interiors()) {
                for w in ring.0.windows(2) {
                    let (k0, k1) = (key(w[0]), key(w[1]));
                    if k0 != k1 {
                        out.insert(if k0 < k1 { (k0, k1) } else { (k1, k0) });
                    }
                }
            }
        }
    }
    out
}

fn unkey(k: Key) -> [f64; 2] {
    [f64::from_bits(k.0), f64::from_bits(k.1)]
}

/// The edges shared by a Russian and a Ukrainian area (exact coordinate
/// equality, one source), chained into lines starting at their northernmost
/// free end.
pub fn border_lines(ru: &[Admin1], ua: &[Admin1]) -> Vec<Vec<[f64; 2]>> {
    let shared: Vec<(Key, Key)> = edges(ru).intersection(&edges(ua)).copied().collect();
    let mut adj: BTreeMap<Key, Vec<Key>> = BTreeMap::new();
    for (a, b) in &shared {
        adj.entry(*a).or_default().push(*b);
        adj.entry(*b).or_default().push(*a);
    }
    let mut used: BTreeSet<(Key, Key)> = BTreeSet::new();
    let mut lines = Vec::new();
    loop {
        // start at a free end (degree 1) with an unused edge, northernmost first
        let start = adj
            .iter()
            .filter(|(k, n)| {
                n.iter()
                    .any(|m| !used.contains(&if *k < m { (**k, *m) } else { (*m, **k) }))
            })
            .min_by(|a, b| {
                let da = usize::from(a.1.len() != 1);
                let db = usize::from(b.1.len() != 1);
                da.cmp(&db).then(unkey(*b.0)[1].total_cmp(&unkey(*a.0)[1]))
            })
            .map(|(k, _)| *k);
        let Some(mut cur) = start else { break };
        let mut line = vec![unkey(cur)];
        loop {
            let next = adj.get(&cur).and_then(|n| {
                n.iter()
                    .find(|m| !used.contains(&if cur < **m { (cur, **m) } else { (**m, cur) }))
                    .copied()
            });
            let Some(n) = next else { break };
            used.insert(if cur < n { (cur, n) } else { (n, cur) });
            line.push(unkey(n));
            cur = n;
        }
        lines.push(line);
    }
    lines
}

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

/// The band of `depth_m` metres on the Russian side of the whole RU–UA
/// border: border buffered in the metric frame, intersected with the union
/// of the Russian areas near it, back in lon/lat. Also returns the border.
pub fn compute_band(
    ru: &[Admin1],
    ua: &[Admin1],
    depth_m: f64,
) -> (MultiPolygon<f64>, Vec<Vec<[f64; 2]>>) {
    let lines = border_lines(ru, ua);
    let pts: Vec<[f64; 2]> = lines.iter().flatten().copied().collect();
    if pts.is_empty() {
        return (MultiPolygon::new(vec![]), lines);
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
    let border_m = MultiLineString::new(
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
    );
    // Round joins and caps every 0.01 rad: chords sag at most
    // depth·(1 − cos 0.005) ≈ 0.6 m below the true 50 km (geo's default of
    // 0.2 rad would sag 250 m).
    let style = BufferStyle::new(depth_m)
        .line_join(LineJoin::Round(JOIN_ANGLE))
        .line_cap(LineCap::Round(JOIN_ANGLE));
    let buffer = border_m.buffer_with_style(style);
    // Russian areas near the border (2° margin covers 50 km easily).
    let near: Vec<Polygon<f64>> = ru
        .iter()
        .filter(|a| {
            a.geom.bounding_rect().is_some_and(|r| {
                r.max().x >= x0 - 2.0
                    && r.min().x <= x1 + 2.0
                    && r.max().y >= y0 - 2.0
                    && r.min().y <= y1 + 2.0
            })
        })
        .flat_map(|a| a.geom.0.iter().filter_map(|p| map_polygon(p, &fwd)))
        .collect();
    let russia = geo::unary_union(near.iter());
    let band_m = buffer.intersection(&russia);
    // The union of the oblasts has pinholes where their boundaries do not
    // quite meet; a 50 km band inside Russia has no genuine holes.
    let band = MultiPolygon::new(
        band_m
            .0
            .iter()
            .filter_map(|p| map_polygon(&Polygon::new(p.exterior().clone(), vec![]), &inv))
            .collect(),
    )
    .orient(geo::orient::Direction::Default);
    (band, lines)
}
