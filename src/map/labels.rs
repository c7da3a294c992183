//! Map labels without layout reads: greedy placement around anchors, the
//! label levels laid out at build time, and a text-width estimate.

use super::zoom::{MAX_ZOOM, MIN_ZOOM};

/// An axis-aligned rectangle `[x0, y0, x1, y1]` in user units.
pub type Rect = [f64; 4];

/// Map label font size in CSS pixels.
pub const LABEL_FONT_PX: f64 = 12.0;

/// The gap between a town's dot and its label, in CSS pixels.
pub const LABEL_GAP_PX: f64 = 5.0;

/// The pixels-per-unit values (zoom ÷ user units per CSS pixel) at which the
/// map's labels are laid out at build time: a geometric series covering maps
/// 240–1600 px wide at every zoom. The browser uses the largest level at or
/// below its own value, so labels laid out for a slightly smaller scale never
/// collide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelLevels {
    pub first: f64,
    pub ratio: f64,
    pub count: usize,
}

impl LabelLevels {
    /// Levels for a map `width` user units wide.
    pub fn for_width(width: f64) -> Self {
        let first = MIN_ZOOM * 240.0 / width;
        let last = MAX_ZOOM * 1600.0 / width;
        let ratio = 1.12_f64;
        let count = ((last / first).ln() / ratio.ln()).ceil() as usize + 1;
        LabelLevels {
            first,
            ratio,
            count,
        }
    }

    /// The level values, smallest first.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        (0..self.count).map(|j| self.first * self.ratio.powi(j as i32))
    }

    /// The level to use at pixels-per-unit `q`: the largest at or below it
    /// (the first below the range, the last above it).
    pub fn index(&self, q: f64) -> usize {
        if !(q.is_finite() && q > self.first) {
            return 0;
        }
        let j = ((q / self.first).ln() / self.ratio.ln() + 1e-9).floor() as usize;
        j.min(self.count.saturating_sub(1))
    }

    /// "first ratio count", for a `data-` attribute.
    pub fn encode(&self) -> String {
        format!("{:.6} {} {}", self.first, self.ratio, self.count)
    }

    /// Reads [`LabelLevels::encode`]'s form; anything else is `None`.
    pub fn decode(s: &str) -> Option<Self> {
        let mut it = s.split_whitespace();
        let first: f64 = it.next()?.parse().ok()?;
        let ratio: f64 = it.next()?.parse().ok()?;
        let count: usize = it.next()?.parse().ok()?;
        (first > 0.0 && ratio > 1.0 && count > 0 && count < 1000).then_some(LabelLevels {
            first,
            ratio,
            count,
        })
    }
}

/// Where a label sits relative to its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
    Above,
    Below,
}

impl Side {
    /// The four positions in the order they are tried.
    pub const ALL: [Side; 4] = [Side::Right, Side::Left, Side::Above, Side::Below];

    /// The label box for a `size` label at `anchor`, `gap` units away.
    pub fn rect(self, anchor: [f64; 2], size: [f64; 2], gap: f64) -> Rect {
        let [x, y] = anchor;
        let [w, h] = size;
        match self {
            Side::Right => [x + gap, y - h / 2.0, x + gap + w, y + h / 2.0],
            Side::Left => [x - gap - w, y - h / 2.0, x - gap, y + h / 2.0],
            Side::Above => [x - w / 2.0, y - gap - h, x + w / 2.0, y - gap],
            Side::Below => [x - w / 2.0, y + gap, x + w / 2.0, y + gap + h],
        }
    }

    /// The side's one-letter code in `data-sides` (`r`, `l`, `a`, `b`;
    /// `-` for a hidden label).
    pub fn code(side: Option<Side>) -> char {
        match side {
            Some(Side::Right) => 'r',
            Some(Side::Left) => 'l',
            Some(Side::Above) => 'a',
            Some(Side::Below) => 'b',
            None => '-',
        }
    }

    /// [`Side::code`] read back: `None` (hidden) for anything else.
    pub fn from_code(code: u8) -> Option<Side> {
        match code {
            b'r' => Some(Side::Right),
            b'l' => Some(Side::Left),
            b'a' => Some(Side::Above),
            b'b' => Some(Side::Below),
            _ => None,
        }
    }

    /// Where a pin's label stands at `upp` user units per CSS px: its x, y
    /// and `text-anchor`. Town labels keep a gap from their dot; area and
    /// country labels placed "below" are centred on their point.
    pub fn label_position(side: Option<Side>, town: bool, upp: f64) -> (f64, f64, &'static str) {
        match side {
            Some(Side::Below) if !town => (0.0, 0.35 * LABEL_FONT_PX * upp, "middle"),
            Some(sd) => sd.text_offset(LABEL_GAP_PX * upp, LABEL_FONT_PX * 1.2 * upp),
            None => (0.0, 0.0, "middle"),
        }
    }

    /// Text position relative to the anchor and its `text-anchor`, for a
    /// label of height `h` (baseline about 0.35 h below the middle).
    pub fn text_offset(self, gap: f64, h: f64) -> (f64, f64, &'static str) {
        match self {
            Side::Right => (gap, 0.35 * h, "start"),
            Side::Left => (-gap, 0.35 * h, "end"),
            Side::Above => (0.0, -gap - 0.15 * h, "middle"),
            Side::Below => (0.0, gap + 0.85 * h, "middle"),
        }
    }
}

/// A label to place: its anchor (a city dot) in screen units, its size, and
/// its priority (higher is placed first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub anchor: [f64; 2],
    pub size: [f64; 2],
    pub priority: i32,
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn inside(a: &Rect, b: &Rect) -> bool {
    a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3]
}

/// Greedy label placement: labels in order of priority (ties keep input
/// order) try right, left, above and below their anchor; the first box that
/// stays inside `bounds` and overlaps neither an already placed label nor an
/// `obstacle` wins. Labels that fit nowhere get `None` (hidden). The result
/// is parallel to `labels`. Empty input gives an empty result.
pub fn place_labels(
    labels: &[LabelBox],
    gap: f64,
    bounds: Rect,
    obstacles: &[Rect],
) -> Vec<Option<Side>> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(labels[i].priority));
    let mut placed: Vec<Rect> = Vec::new();
    let mut out = vec![None; labels.len()];
    for i in order {
        let l = &labels[i];
        let fits = |r: &Rect| {
            inside(r, &bounds)
                && !placed.iter().any(|p| overlaps(p, r))
                && !obstacles.iter().any(|o| overlaps(o, r))
        };
        if let Some(side) = Side::ALL
            .into_iter()
            .find(|s| fits(&s.rect(l.anchor, l.size, gap)))
        {
            placed.push(side.rect(l.anchor, l.size, gap));
            out[i] = Some(side);
        }
    }
    out
}

/// Rough width of `text` at `font_size` in a sans-serif face, without
/// measuring (no layout reads): 0.6 em per character.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * font_size
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn side_codes_round_trip() {
        for side in [
            None,
            Some(Side::Right),
            Some(Side::Left),
            Some(Side::Above),
            Some(Side::Below),
        ] {
            assert_eq!(Side::from_code(Side::code(side) as u8), side);
        }
        assert_eq!(Side::from_code(b'x'), None);
        // A town label keeps its gap; an area label "below" is centred.
        assert_eq!(
            Side::label_position(Some(Side::Right), true, 2.0).0,
            2.0 * LABEL_GAP_PX
        );
        assert_eq!(
            Side::label_position(Some(Side::Below), false, 1.0).2,
            "middle"
        );
    }

    #[test]
    fn no_labels_place_nothing() {
        assert!(place_labels(&[], 3.0, [0.0, 0.0, 100.0, 100.0], &[]).is_empty());
    }

    #[test]
    fn one_label_goes_right() {
        let l = LabelBox {
            anchor: [50.0, 50.0],
            size: [20.0, 10.0],
            priority: 0,
        };
        assert_eq!(
            place_labels(&[l], 2.0, [0.0, 0.0, 100.0, 100.0], &[]),
            vec![Some(Side::Right)]
        );
    }

    #[test]
    fn label_at_the_right_edge_goes_left() {
        let l = LabelBox {
            anchor: [95.0, 50.0],
            size: [20.0, 10.0],
            priority: 0,
        };
        assert_eq!(
            place_labels(&[l], 2.0, [0.0, 0.0, 100.0, 100.0], &[]),
            vec![Some(Side::Left)]
        );
    }

    #[test]
    fn higher_priority_wins_and_crowded_labels_are_hidden() {
        let a = LabelBox {
            anchor: [50.0, 50.0],
            size: [30.0, 10.0],
            priority: 1,
        };
        let b = LabelBox {
            anchor: [51.0, 50.0],
            size: [30.0, 10.0],
            priority: 5,
        };
        let c = LabelBox {
            anchor: [50.5, 50.0],
            size: [30.0, 10.0],
            priority: 0,
        };
        let d = LabelBox {
            anchor: [50.2, 50.0],
            size: [30.0, 10.0],
            priority: -1,
        };
        let placed = place_labels(&[a, b, c, d], 6.0, [0.0, 0.0, 100.0, 100.0], &[]);
        assert_eq!(
            placed[1],
            Some(Side::Right),
            "the most important label takes the first choice"
        );
        assert_eq!(placed[0], Some(Side::Left));
        assert_eq!(placed[2], Some(Side::Above));
        assert_eq!(placed[3], Some(Side::Below));
        let e = LabelBox {
            anchor: [50.1, 50.0],
            size: [30.0, 10.0],
            priority: -2,
        };
        let placed = place_labels(
            &[a, b, e],
            2.0,
            [0.0, 0.0, 100.0, 100.0],
            &[[0.0, 0.0, 100.0, 40.0], [0.0, 60.0, 100.0, 100.0]],
        );
        assert_eq!(placed, vec![Some(Side::Left), Some(Side::Right), None]);
    }
}
