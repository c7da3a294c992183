//! Topology building on an integer grid: cut rings into arcs at junctions,
//! store every arc once (shared boundaries become one arc referenced forwards
//! by one ring and reversed by its neighbour), and simplify each arc once.
//!
//! A vertex of a ring is a *junction* when the set of rings using the edge
//! before it differs from the set using the edge after it, or when some other
//! ring touches the vertex. Neighbours therefore cut their common boundary at
//! the same points and produce identical arcs, which simplification (done per
//! arc, endpoints fixed) keeps identical: no gaps, no overlaps.

use mapdata::asset::{ArcRef, Line};
use std::collections::HashMap;

/// A grid point (lon, lat in grid units).
pub type P = [i64; 2];

/// The result of [`build`].
#[derive(Debug, Clone, Default)]
pub struct Topology {
    /// Arcs (open polylines or closed loops), each at least 2 points.
    pub arcs: Vec<Vec<P>>,
    /// For each arc, the sorted owner ids of the rings referencing it.
    pub owners: Vec<Vec<usize>>,
    /// For each input ring, its arcs (empty when the ring was degenerate).
    pub rings: Vec<Vec<ArcRef>>,
}

/// Quantises `[lon, lat]` to the grid `10^-exp`.
pub fn quantise(c: [f64; 2], exp: u8) -> P {
    let s = 10f64.powi(i32::from(exp));
    [(c[0] * s).round() as i64, (c[1] * s).round() as i64]
}

/// Closes a ring, removes consecutive duplicates and spikes (`a b a`).
/// Returns an empty ring when fewer than 3 distinct points remain.
pub fn clean_ring(ring: &[P]) -> Vec<P> {
    let mut pts: Vec<P> = Vec::with_capacity(ring.len());
    for &p in ring {
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // remove spikes (cyclically) until stable
    loop {
        let n = pts.len();
        if n < 3 {
            return Vec::new();
        }
        let mut changed = false;
        let mut out: Vec<P> = Vec::with_capacity(n);
        for i in 0..n {
            let prev = pts[(i + n - 1) % n];
            let next = pts[(i + 1) % n];
            if prev == next || out.last() == Some(&pts[i]) {
                changed = true;
                continue;
            }
            out.push(pts[i]);
        }
        while out.len() > 1 && out.first() == out.last() {
            out.pop();
            changed = true;
        }
        pts = out;
        if !changed {
            break;
        }
    }
    if pts.len() < 3 {
        return Vec::new();
    }
    let first = pts[0];
    pts.push(first);
    pts
}

fn edge_key(a: P, b: P) -> (P, P) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Builds the topology of `rings` (each with an owner id). Rings are cleaned
/// with [`clean_ring`] first.
pub fn build(rings: &[(Vec<P>, usize)]) -> Topology {
    let cleaned: Vec<Vec<P>> = rings.iter().map(|(r, _)| clean_ring(r)).collect();
    let mut edges: HashMap<(P, P), Vec<usize>> = HashMap::new();
    let mut verts: HashMap<P, Vec<usize>> = HashMap::new();
    for (ri, r) in cleaned.iter().enumerate() {
        for w in r.windows(2) {
            edges.entry(edge_key(w[0], w[1])).or_default().push(ri);
            verts.entry(w[0]).or_default().push(ri);
        }
    }
    for v in edges.values_mut().chain(verts.values_mut()) {
        v.sort_unstable();
        v.dedup();
    }
    let mut topo = Topology::default();
    let mut index: HashMap<Vec<P>, usize> = HashMap::new();
    for (ri, r) in cleaned.iter().enumerate() {
        let owner = rings[ri].1;
        let mut refs = Vec::new();
        if r.is_empty() {
            topo.rings.push(refs);
            continue;
        }
        let m = r.len() - 1;
        let sig = |i: usize| edges.get(&edge_key(r[i % m], r[i % m + 1]));
        let junctions: Vec<usize> = (0..m)
            .filter(|&i| {
                let next = sig(i);
                sig(i + m - 1) != next || verts.get(&r[i]) != next
            })
            .collect();
        let pieces: Vec<Vec<P>> = if junctions.is_empty() {
            // closed loop: canonical start at the smallest point
            let start = (0..m).min_by_key(|&i| r[i]).unwrap_or(0);
            let mut loop_pts: Vec<P> = (0..=m).map(|k| r[(start + k) % m]).collect();
            if let (Some(f), Some(l)) = (loop_pts.first().copied(), loop_pts.last_mut()) {
                *l = f;
            }
            vec![loop_pts]
        } else {
            let mut out = Vec::with_capacity(junctions.len());
            for (k, &a) in junctions.iter().enumerate() {
                let b = junctions.get(k + 1).copied().unwrap_or(junctions[0] + m);
                out.push((a..=b).map(|i| r[i % m]).collect());
            }
            out
        };
        for piece in pieces {
            let (idx, rev) = if let Some(&i) = index.get(&piece) {
                (i, false)
            } else {
                let reversed: Vec<P> = piece.iter().rev().copied().collect();
                if let Some(&i) = index.get(&reversed) {
                    (i, true)
                } else {
                    let i = topo.arcs.len();
                    index.insert(piece.clone(), i);
                    topo.arcs.push(piece);
                    topo.owners.push(Vec::new());
                    (i, false)
                }
            };
            topo.owners[idx].push(owner);
            refs.push(ArcRef::new(idx, rev));
        }
        topo.rings.push(refs);
    }
    for o in &mut topo.owners {
        o.sort_unstable();
        o.dedup();
    }
    topo
}

/// Distance from `p` to the segment `a`–`b` in grid units.
pub fn seg_dist(p: P, a: P, b: P) -> f64 {
    let (px, py) = (p[0] as f64, p[1] as f64);
    let (ax, ay) = (a[0] as f64, a[1] as f64);
    let (bx, by) = (b[0] as f64, b[1] as f64);
    let (dx, dy) = (bx - ax, by - ay);
    let l2 = dx * dx + dy * dy;
    let t = if l2 == 0.0 {
        0.0
    } else {
        (((px - ax) * dx + (py - ay) * dy) / l2).clamp(0.0, 1.0)
    };
    (px - ax - t * dx).hypot(py - ay - t * dy)
}

/// Douglas–Peucker on an open polyline; endpoints are kept. Fewer than 3
/// points are returned unchanged.
pub fn douglas_peucker(pts: &[P], tol: f64) -> Vec<P> {
    if pts.len() < 3 || tol <= 0.0 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0usize, pts.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let mut best = (0.0, 0usize);
        for i in a + 1..b {
            let d = seg_dist(pts[i], pts[a], pts[b]);
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > tol {
            keep[best.1] = true;
            stack.push((a, best.1));
            stack.push((best.1, b));
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// Simplifies one arc: open arcs with [`douglas_peucker`]; closed loops are
/// split at the point farthest from their start, and keep at least 4 points
/// (else they stay as they are).
pub fn simplify_arc(arc: &[P], tol: f64) -> Vec<P> {
    if arc.len() > 3 && arc.first() == arc.last() {
        let s = arc[0];
        let far = (1..arc.len() - 1)
            .max_by(|&i, &j| {
                let d = |k: usize| seg_dist(arc[k], s, s);
                d(i).total_cmp(&d(j))
            })
            .unwrap_or(1);
        let mut a = douglas_peucker(&arc[..=far], tol);
        let b = douglas_peucker(&arc[far..], tol);
        a.extend_from_slice(&b[1..]);
        if a.len() < 4 {
            return arc.to_vec();
        }
        a
    } else {
        douglas_peucker(arc, tol)
    }
}

/// Ring points from arc refs (closed).
pub fn ring_points(arcs: &[Vec<P>], refs: &[ArcRef]) -> Vec<P> {
    let mut out: Vec<P> = Vec::new();
    for r in refs {
        let Some(a) = arcs.get(r.index()) else {
            continue;
        };
        let skip = usize::from(!out.is_empty());
        if r.reversed() {
            out.extend(a.iter().rev().skip(skip));
        } else {
            out.extend(a.iter().skip(skip));
        }
    }
    out
}

/// Twice the signed area of a closed ring (grid units², CCW positive).
pub fn ring_area2(r: &[P]) -> i128 {
    r.windows(2)
        .map(|w| {
            i128::from(w[0][0]) * i128::from(w[1][1]) - i128::from(w[1][0]) * i128::from(w[0][1])
        })
        .sum()
}

/// Simplifies every arc once with the tolerance (grid units) that `tol`
/// gives for the arc's owners. Rings that would collapse (zero area) get
/// their arcs back unsimplified.
pub fn simplify(topo: &mut Topology, tol: impl Fn(&[usize]) -> f64) {
    let original = topo.arcs.clone();
    for (i, arc) in topo.arcs.iter_mut().enumerate() {
        *arc = simplify_arc(arc, tol(&topo.owners[i]));
    }
    for _ in 0..4 {
        let mut restored = false;
        for ring in &topo.rings {
            if ring.is_empty() {
                continue;
            }
            let pts = ring_points(&topo.arcs, ring);
            if ring_area2(&pts) == 0 {
                for r in ring {
                    let i = r.index();
                    if topo.arcs[i] != original[i] {
                        topo.arcs[i] = original[i].clone();
                        restored = true;
                    }
                }
            }
        }
        if !restored {
            break;
        }
    }
}

pub fn polygons_from(t: &Topology, polys: &[Vec<usize>]) -> Vec<mapdata::asset::Polygon> {
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

pub fn to_lonlat(arcs: &[Vec<P>], exp: u8) -> Vec<Vec<[f64; 2]>> {
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
pub fn chain(arcs: &[Vec<P>], ids: &[usize]) -> Vec<Line> {
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_degenerate_rings() {
        assert!(clean_ring(&[]).is_empty());
        assert!(clean_ring(&[[0, 0]]).is_empty());
        assert!(clean_ring(&[[0, 0], [1, 0], [0, 0]]).is_empty());
        let t = build(&[(vec![], 0), (vec![[0, 0], [1, 1]], 1)]);
        assert!(t.arcs.is_empty());
        assert_eq!(t.rings, vec![vec![], vec![]]);
    }

    #[test]
    fn spikes_are_removed() {
        let r = clean_ring(&[[0, 0], [4, 0], [6, 0], [4, 0], [4, 4], [0, 4], [0, 0]]);
        assert_eq!(r, vec![[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]);
    }

    #[test]
    fn two_squares_share_one_arc_in_opposite_directions() {
        // A: (0,0)-(2,0)-(2,2)-(0,2) CCW; B: (2,0)-(4,0)-(4,2)-(2,2) CCW
        let a = vec![[0, 0], [2, 0], [2, 1], [2, 2], [0, 2], [0, 0]];
        let b = vec![[2, 0], [4, 0], [4, 2], [2, 2], [2, 1], [2, 0]];
        let t = build(&[(a, 0), (b, 1)]);
        let shared: Vec<usize> = (0..t.arcs.len())
            .filter(|&i| t.owners[i] == vec![0, 1])
            .collect();
        assert_eq!(shared.len(), 1);
        let s = shared[0];
        assert_eq!(t.arcs[s].len(), 3);
        let uses: Vec<ArcRef> = t
            .rings
            .iter()
            .flatten()
            .filter(|r| r.index() == s)
            .copied()
            .collect();
        assert_eq!(uses.len(), 2);
        assert_ne!(uses[0].reversed(), uses[1].reversed());
        for ring in &t.rings {
            let pts = ring_points(&t.arcs, ring);
            assert_eq!(pts.first(), pts.last());
            assert_eq!(ring_area2(&pts), 8);
        }
    }

    #[test]
    fn hole_and_island_share_a_closed_arc() {
        let outer = vec![[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
        let hole = vec![[3, 3], [3, 6], [6, 6], [6, 3], [3, 3]]; // CW
        let island = vec![[6, 6], [3, 6], [3, 3], [6, 3], [6, 6]]; // CCW, other start
        let t = build(&[(outer, 0), (hole, 0), (island, 1)]);
        assert_eq!(t.arcs.len(), 2);
        assert_eq!(t.rings[1].len(), 1);
        assert_eq!(t.rings[1][0].index(), t.rings[2][0].index());
        assert_ne!(t.rings[1][0].reversed(), t.rings[2][0].reversed());
    }

    #[test]
    fn douglas_peucker_edge_cases() {
        assert!(douglas_peucker(&[], 1.0).is_empty());
        assert_eq!(douglas_peucker(&[[0, 0]], 1.0), vec![[0, 0]]);
        assert_eq!(
            douglas_peucker(&[[0, 0], [5, 5]], 1.0),
            vec![[0, 0], [5, 5]]
        );
        assert_eq!(
            douglas_peucker(&[[0, 0], [5, 1], [10, 0]], 2.0),
            vec![[0, 0], [10, 0]]
        );
        assert_eq!(douglas_peucker(&[[0, 0], [5, 3], [10, 0]], 2.0).len(), 3);
    }

    #[test]
    fn simplified_closed_loop_keeps_four_points() {
        let sq = vec![[0, 0], [1, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
        let s = simplify_arc(&sq, 0.5);
        assert_eq!(s.len(), 5);
        let tiny = vec![[0, 0], [1, 0], [1, 1], [0, 0]];
        assert_eq!(simplify_arc(&tiny, 5.0), tiny);
    }
}
