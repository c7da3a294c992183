//! Plain geometry on `[lon, lat]` points: a ring or a line clipped to a box,
//! and a ring thinned to what a map of a given scale can show.

use mapdata::LonLat;

/// A box `[west, south, east, north]`.
pub type Box4 = [f64; 4];

/// True if the two boxes overlap (touching counts).
pub fn overlaps(a: Box4, b: Box4) -> bool {
    a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/// The bounding box of points; `None` for none.
pub fn bounds(points: &[LonLat]) -> Option<Box4> {
    let first = points.first()?;
    let mut b = [first[0], first[1], first[0], first[1]];
    for p in points {
        b[0] = b[0].min(p[0]);
        b[1] = b[1].min(p[1]);
        b[2] = b[2].max(p[0]);
        b[3] = b[3].max(p[1]);
    }
    Some(b)
}

/// `b` grown by `share` of its width and height on every side.
pub fn grown(b: Box4, share: f64) -> Box4 {
    let dx = (b[2] - b[0]) * share;
    let dy = (b[3] - b[1]) * share;
    [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy]
}

/// A closed ring clipped to the box (Sutherland–Hodgman): the part of its
/// area inside, as one ring whose stretches along the box's edges may be
/// doubled back (outside the box, so never seen when the map is clipped to
/// it). Closed (first point repeated at the end) when at least 3 points
/// remain; empty otherwise. Linear in the ring's length.
///
/// ```
/// let square = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]];
/// let r = atlas::clip::clip_ring(&square, [1.0, 1.0, 2.0, 5.0]);
/// assert_eq!(atlas::clip::bounds(&r), Some([1.0, 1.0, 2.0, 4.0]));
/// ```
pub fn clip_ring(ring: &[LonLat], b: Box4) -> Vec<LonLat> {
    let mut pts: Vec<LonLat> = ring.to_vec();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // (axis, limit, keep the side >= limit)
    for (axis, limit, keep_ge) in [
        (0usize, b[0], true),
        (0, b[2], false),
        (1, b[1], true),
        (1, b[3], false),
    ] {
        if pts.is_empty() {
            break;
        }
        let inside = |p: &LonLat| {
            if keep_ge {
                p[axis] >= limit
            } else {
                p[axis] <= limit
            }
        };
        let cross = |a: &LonLat, c: &LonLat| -> LonLat {
            let t = (limit - a[axis]) / (c[axis] - a[axis]);
            let mut q = [a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])];
            q[axis] = limit;
            q
        };
        let mut out = Vec::with_capacity(pts.len() + 4);
        let mut prev = match pts.last() {
            Some(p) => *p,
            None => break,
        };
        for cur in &pts {
            match (inside(&prev), inside(cur)) {
                (true, true) => out.push(*cur),
                (true, false) => out.push(cross(&prev, cur)),
                (false, true) => {
                    out.push(cross(&prev, cur));
                    out.push(*cur);
                }
                (false, false) => {}
            }
            prev = *cur;
        }
        out.dedup();
        pts = out;
    }
    if pts.len() < 3 {
        return Vec::new();
    }
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// A line clipped to the box: the pieces inside, in order (Liang–Barsky
/// per segment). Linear in the line's length.
///
/// ```
/// let pieces = atlas::clip::clip_line(&[[-1.0, 0.5], [2.0, 0.5]], [0.0, 0.0, 1.0, 1.0]);
/// assert_eq!(pieces, vec![vec![[0.0, 0.5], [1.0, 0.5]]]);
/// ```
pub fn clip_line(line: &[LonLat], b: Box4) -> Vec<Vec<LonLat>> {
    let mut pieces: Vec<Vec<LonLat>> = Vec::new();
    let mut current: Vec<LonLat> = Vec::new();
    for w in line.windows(2) {
        let (a, c) = (w[0], w[1]);
        match segment(a, c, b) {
            Some((p, q)) => {
                if current.last() != Some(&p) {
                    if current.len() >= 2 {
                        pieces.push(std::mem::take(&mut current));
                    }
                    current.clear();
                    current.push(p);
                }
                current.push(q);
                if q != c {
                    pieces.push(std::mem::take(&mut current));
                }
            }
            None => {
                if current.len() >= 2 {
                    pieces.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        pieces.push(current);
    }
    pieces
}

/// The part of segment a–c inside the box (Liang–Barsky).
fn segment(a: LonLat, c: LonLat, b: Box4) -> Option<(LonLat, LonLat)> {
    let d = [c[0] - a[0], c[1] - a[1]];
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-d[0], a[0] - b[0]),
        (d[0], b[2] - a[0]),
        (-d[1], a[1] - b[1]),
        (d[1], b[3] - a[1]),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| {
        if t == 0.0 {
            a
        } else if t == 1.0 {
            c
        } else {
            [a[0] + t * d[0], a[1] + t * d[1]]
        }
    };
    Some((at(t0), at(t1)))
}

/// A ring or line thinned by Douglas–Peucker: no point of the original is
/// farther than `tolerance` (degrees) from the result. The ends are kept;
/// a closed ring keeps at least 4 points (or is returned as it is).
/// Iterative, so deep rings cannot overflow the stack.
pub fn thin(points: &[LonLat], tolerance: f64) -> Vec<LonLat> {
    let n = points.len();
    if n <= 4 || tolerance <= 0.0 || !tolerance.is_finite() {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let closed = points.first() == points.last();
    let mut stack = Vec::new();
    if closed {
        // Split a ring at its farthest point from the start, so both halves
        // have distinct ends.
        let far = (1..n - 1)
            .max_by(|&i, &j| dist2(points[0], points[i]).total_cmp(&dist2(points[0], points[j])))
            .unwrap_or(n / 2);
        keep[far] = true;
        stack.push((0, far));
        stack.push((far, n - 1));
    } else {
        stack.push((0, n - 1));
    }
    let tol2 = tolerance * tolerance;
    while let Some((s, e)) = stack.pop() {
        if e <= s + 1 {
            continue;
        }
        let mut best = (0.0, s);
        for i in s + 1..e {
            let d = seg_dist2(points[i], points[s], points[e]);
            if d > best.0 {
                best = (d, i);
            }
        }
        if best.0 > tol2 {
            keep[best.1] = true;
            stack.push((s, best.1));
            stack.push((best.1, e));
        }
    }
    let out: Vec<LonLat> = points
        .iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(p, _)| *p)
        .collect();
    if closed && out.len() < 4 {
        return points.to_vec();
    }
    out
}

fn dist2(a: LonLat, b: LonLat) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// The squared distance (degrees²) of `p` from the segment `a`–`b`.
pub fn seg_dist2(p: LonLat, a: LonLat, b: LonLat) -> f64 {
    let d = [b[0] - a[0], b[1] - a[1]];
    let len2 = d[0] * d[0] + d[1] * d[1];
    if len2 == 0.0 {
        return dist2(p, a);
    }
    let t = (((p[0] - a[0]) * d[0] + (p[1] - a[1]) * d[1]) / len2).clamp(0.0, 1.0);
    dist2(p, [a[0] + t * d[0], a[1] + t * d[1]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_wholly_inside_is_kept_and_one_outside_vanishes() {
        let tri = [[1.0, 1.0], [2.0, 1.0], [1.5, 2.0], [1.0, 1.0]];
        assert_eq!(clip_ring(&tri, [0.0, 0.0, 3.0, 3.0]), tri.to_vec());
        assert!(clip_ring(&tri, [5.0, 5.0, 6.0, 6.0]).is_empty());
    }

    #[test]
    fn a_clipped_ring_keeps_its_area_inside() {
        // A 4×4 square cut to a 1×3 strip: area 3 by the shoelace formula.
        let sq = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]];
        let r = clip_ring(&sq, [1.0, -1.0, 2.0, 3.0]);
        let area: f64 = r
            .windows(2)
            .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
            .sum::<f64>()
            / 2.0;
        assert!((area - 3.0).abs() < 1e-12, "{area}");
    }

    #[test]
    fn a_line_leaving_and_entering_gives_two_pieces() {
        let line = [[0.5, 0.5], [2.0, 0.5], [2.0, 0.8], [0.5, 0.8]];
        let pieces = clip_line(&line, [0.0, 0.0, 1.0, 1.0]);
        assert_eq!(
            pieces,
            vec![vec![[0.5, 0.5], [1.0, 0.5]], vec![[1.0, 0.8], [0.5, 0.8]]]
        );
    }

    #[test]
    fn thinning_keeps_the_shape_within_the_tolerance() {
        let mut ring: Vec<LonLat> = (0..1000)
            .map(|i| {
                let a = f64::from(i) / 1000.0 * std::f64::consts::TAU;
                [a.cos() + 0.001 * (f64::from(i) * 7.0).sin(), a.sin()]
            })
            .collect();
        ring.push(ring[0]);
        let t = thin(&ring, 0.01);
        assert!(t.len() < 100, "{}", t.len());
        assert_eq!(t.first(), t.last());
        for p in &ring {
            let near = t
                .windows(2)
                .map(|w| seg_dist2(*p, w[0], w[1]))
                .fold(f64::INFINITY, f64::min);
            assert!(near.sqrt() <= 0.01 + 1e-12);
        }
    }

    #[test]
    fn odd_input_never_panics() {
        assert!(clip_ring(&[], [0.0, 0.0, 1.0, 1.0]).is_empty());
        assert!(clip_line(&[[0.0, 0.0]], [0.0, 0.0, 1.0, 1.0]).is_empty());
        let nan = [
            [f64::NAN, 0.0],
            [1.0, f64::NAN],
            [0.5, 0.5],
            [f64::NAN, 0.0],
        ];
        let _ = clip_ring(&nan, [0.0, 0.0, 1.0, 1.0]);
        let _ = clip_line(&nan, [0.0, 0.0, 1.0, 1.0]);
        let _ = thin(&nan, 0.1);
        assert_eq!(thin(&[[0.0, 0.0]], 1.0), vec![[0.0, 0.0]]);
    }
}
