//! SVG path data from already projected points: the first point absolute,
//! the rest relative (`M x,y l dx,dy dx,dy … z`), which is about half the
//! size of absolute coordinates for map outlines. A separator is left out
//! before a minus sign (`"M1,2l2-3 4,5z"`). The deltas are taken between
//! the rounded points, so the shape never drifts.
//!
//! Numbers are rounded to a fixed number of decimals (0–6, larger values are
//! clamped to 6) and printed without trailing zeros and without `-0`.
//! After rounding, consecutive duplicate points are dropped, as is a ring's
//! closing point when it equals its first (`Z` closes). Non-finite points
//! are skipped. A ring with fewer than 3 distinct points, or a line with
//! fewer than 2, emits nothing. Build these strings once per projection
//! (e.g. when the viewport changes), never per animation frame.
//!
//! ```
//! let d = mapdata::path::rings_path(&[vec![[0.0, 0.0], [10.04, 0.0], [10.0, 5.0], [0.0, 0.0]]], |p| p, 1);
//! assert_eq!(d, "M0,0l10,0 0,5z");
//! ```

use crate::LonLat;
use std::fmt::Write;

const MAX_DECIMALS: u32 = 6;

fn to_fixed(v: f64, decimals: u32) -> i64 {
    (v * 10f64.powi(decimals as i32)).round() as i64
}

/// Appends a fixed-point integer `r` (value `r / 10^decimals`) as text.
fn push_fixed(out: &mut String, r: i64, decimals: u32) {
    let unit = 10u64.pow(decimals);
    let a = r.unsigned_abs();
    if r < 0 {
        out.push('-');
    }
    let _ = write!(out, "{}", a / unit);
    let mut frac = a % unit;
    if frac != 0 {
        let mut width = decimals as usize;
        while frac.is_multiple_of(10) {
            frac /= 10;
            width -= 1;
        }
        let _ = write!(out, ".{frac:0width$}");
    }
}

/// Appends `v` rounded to `decimals` decimals (see module docs).
///
/// ```
/// let mut s = String::new();
/// mapdata::path::push_number(&mut s, -0.04, 1);
/// s.push(' ');
/// mapdata::path::push_number(&mut s, -2.25, 1);
/// assert_eq!(s, "0 -2.3");
/// ```
pub fn push_number(out: &mut String, v: f64, decimals: u32) {
    let d = decimals.min(MAX_DECIMALS);
    push_fixed(out, to_fixed(v, d), d);
}

fn rounded(points: impl IntoIterator<Item = [f64; 2]>, d: u32) -> Vec<[i64; 2]> {
    let mut out: Vec<[i64; 2]> = Vec::new();
    for p in points {
        if !(p[0].is_finite() && p[1].is_finite()) {
            continue;
        }
        let q = [to_fixed(p[0], d), to_fixed(p[1], d)];
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    out
}

/// Pushes `sep` unless `v` starts with its own minus sign.
fn push_separated(out: &mut String, sep: char, v: i64, d: u32) {
    if v >= 0 {
        out.push(sep);
    }
    push_fixed(out, v, d);
}

fn push_points(out: &mut String, pts: &[[i64; 2]], d: u32) {
    let Some(first) = pts.first() else { return };
    out.push('M');
    push_fixed(out, first[0], d);
    push_separated(out, ',', first[1], d);
    for (i, w) in pts.windows(2).enumerate() {
        let (dx, dy) = (w[1][0] - w[0][0], w[1][1] - w[0][1]);
        if i == 0 {
            out.push('l');
            push_fixed(out, dx, d);
        } else {
            push_separated(out, ' ', dx, d);
        }
        push_separated(out, ',', dy, d);
    }
}

/// Appends one closed ring of projected points (see module docs).
pub fn push_ring(out: &mut String, points: impl IntoIterator<Item = [f64; 2]>, decimals: u32) {
    let d = decimals.min(MAX_DECIMALS);
    let mut pts = rounded(points, d);
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    if pts.len() < 3 {
        return;
    }
    push_points(out, &pts, d);
    out.push('z');
}

/// Appends one open line of projected points (see module docs).
pub fn push_line(out: &mut String, points: impl IntoIterator<Item = [f64; 2]>, decimals: u32) {
    let d = decimals.min(MAX_DECIMALS);
    let pts = rounded(points, d);
    if pts.len() < 2 {
        return;
    }
    push_points(out, &pts, d);
}

/// Path data for polygon rings given in `[lon, lat]`, projected with
/// `project` (e.g. `|p| projection.project(p)`). Empty input → `""`.
pub fn rings_path(
    rings: &[Vec<LonLat>],
    project: impl Fn(LonLat) -> [f64; 2],
    decimals: u32,
) -> String {
    let mut out = String::new();
    for r in rings {
        push_ring(&mut out, r.iter().map(|&p| project(p)), decimals);
    }
    out
}

/// Path data for open lines given in `[lon, lat]`, projected with
/// `project`. Empty input → `""`.
pub fn lines_path(
    lines: &[Vec<LonLat>],
    project: impl Fn(LonLat) -> [f64; 2],
    decimals: u32,
) -> String {
    let mut out = String::new();
    for l in lines {
        push_line(&mut out, l.iter().map(|&p| project(p)), decimals);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(p: LonLat) -> [f64; 2] {
        p
    }

    #[test]
    fn empty_inputs_give_empty_paths() {
        assert_eq!(rings_path(&[], id, 1), "");
        assert_eq!(rings_path(&[vec![]], id, 1), "");
        assert_eq!(lines_path(&[vec![]], id, 1), "");
    }

    #[test]
    fn one_point_gives_nothing() {
        assert_eq!(rings_path(&[vec![[1.0, 2.0]]], id, 1), "");
        assert_eq!(lines_path(&[vec![[1.0, 2.0]]], id, 1), "");
    }

    #[test]
    fn two_points() {
        assert_eq!(
            lines_path(&[vec![[1.0, 2.0], [3.25, -4.0]]], id, 1),
            "M1,2l2.3-6"
        );
        // a ring needs three distinct points
        assert_eq!(
            rings_path(&[vec![[1.0, 2.0], [3.0, 4.0], [1.0, 2.0]]], id, 1),
            ""
        );
    }

    #[test]
    fn points_equal_after_rounding_collapse() {
        assert_eq!(lines_path(&[vec![[1.0, 1.0], [1.04, 0.96]]], id, 1), "");
        assert_eq!(
            lines_path(
                &[vec![
                    [0.0, 0.0],
                    [0.01, 0.0],
                    [5.0, 0.0],
                    [5.02, 0.0],
                    [5.0, 5.0]
                ]],
                id,
                1
            ),
            "M0,0l5,0 0,5"
        );
    }

    #[test]
    fn exact_fixture() {
        let square = vec![
            [10.0, 10.0],
            [20.0, 10.0],
            [20.0, 20.0],
            [10.0, 20.0],
            [10.0, 10.0],
        ];
        let hole = vec![
            [12.5, 12.5],
            [12.5, 17.5],
            [17.55, 17.5],
            [17.5, 12.5],
            [12.5, 12.5],
        ];
        assert_eq!(
            rings_path(&[square.clone(), hole], id, 1),
            "M10,10l10,0 0,10-10,0zM12.5,12.5l0,5 5.1,0-0.1-5z"
        );
        assert_eq!(
            rings_path(&[square], |p| [p[0] * 0.5, 100.0 - p[1] / 3.0], 2),
            "M5,96.67l5,0 0-3.34-5,0z"
        );
    }

    #[test]
    fn non_finite_points_are_skipped() {
        assert_eq!(
            lines_path(&[vec![[0.0, 0.0], [f64::NAN, 1.0], [2.0, 2.0]]], id, 0),
            "M0,0l2,2"
        );
    }

    #[test]
    fn numbers() {
        let f = |v: f64, d: u32| {
            let mut s = String::new();
            push_number(&mut s, v, d);
            s
        };
        assert_eq!(f(0.0, 1), "0");
        assert_eq!(f(-0.0, 1), "0");
        assert_eq!(f(-0.04, 1), "0");
        assert_eq!(f(-0.05, 1), "-0.1");
        assert_eq!(f(123.456, 2), "123.46");
        assert_eq!(f(1.5, 0), "2");
        assert_eq!(f(0.000_001, 9), "0.000001");
        assert_eq!(f(7.0106, 3), "7.011");
    }
}
