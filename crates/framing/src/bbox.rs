//! A lon/lat box and the distances the frame measures in.

/// Kilometres per degree of latitude.
pub const KM_PER_DEG: f64 = 111.2;

/// A box `[west, south, east, north]` in degrees (no antimeridian wrap).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    /// Western edge, degrees east.
    pub west: f64,
    /// Southern edge, degrees north.
    pub south: f64,
    /// Eastern edge.
    pub east: f64,
    /// Northern edge.
    pub north: f64,
}

impl BBox {
    /// The box of one point.
    pub fn point(lon: f64, lat: f64) -> Self {
        BBox {
            west: lon,
            south: lat,
            east: lon,
            north: lat,
        }
    }

    /// From `[west, south, east, north]`; `None` unless finite, on the
    /// globe and west ≤ east, south ≤ north.
    pub fn from_array(b: [f64; 4]) -> Option<Self> {
        let [west, south, east, north] = b;
        let ok = b.iter().all(|v| v.is_finite())
            && (-180.0..=180.0).contains(&west)
            && (-180.0..=180.0).contains(&east)
            && (-90.0..=90.0).contains(&south)
            && (-90.0..=90.0).contains(&north)
            && west <= east
            && south <= north;
        ok.then_some(BBox {
            west,
            south,
            east,
            north,
        })
    }

    /// `[west, south, east, north]`.
    pub fn to_array(self) -> [f64; 4] {
        [self.west, self.south, self.east, self.north]
    }

    /// The smallest box holding both.
    pub fn union(self, o: BBox) -> BBox {
        BBox {
            west: self.west.min(o.west),
            south: self.south.min(o.south),
            east: self.east.max(o.east),
            north: self.north.max(o.north),
        }
    }

    /// True if the point lies in the box (edges included).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }

    /// The box grown by `km` on every side (longitude at the box's middle
    /// latitude), clamped to the globe.
    pub fn grown_km(self, km: f64) -> BBox {
        let mid = (self.south + self.north) / 2.0;
        let dlat = km / KM_PER_DEG;
        let dlon = km / km_per_deg_lon(mid);
        BBox {
            west: (self.west - dlon).max(-180.0),
            south: (self.south - dlat).max(-90.0),
            east: (self.east + dlon).min(180.0),
            north: (self.north + dlat).min(90.0),
        }
        .clamped()
    }

    /// Width and height in km (width at the middle latitude).
    pub fn size_km(&self) -> (f64, f64) {
        let mid = (self.south + self.north) / 2.0;
        (
            (self.east - self.west) * km_per_deg_lon(mid),
            (self.north - self.south) * KM_PER_DEG,
        )
    }

    /// The box scaled about its centre to at least `w` × `h` degrees,
    /// clamped to the globe.
    pub fn at_least_deg(self, w: f64, h: f64) -> BBox {
        let (cx, cy) = (
            (self.west + self.east) / 2.0,
            (self.south + self.north) / 2.0,
        );
        let hw = ((self.east - self.west) / 2.0).max(w / 2.0);
        let hh = ((self.north - self.south) / 2.0).max(h / 2.0);
        BBox {
            west: cx - hw,
            south: cy - hh,
            east: cx + hw,
            north: cy + hh,
        }
        .clamped()
    }

    fn clamped(self) -> BBox {
        BBox {
            west: self.west.clamp(-180.0, 180.0),
            south: self.south.clamp(-85.0, 85.0),
            east: self.east.clamp(-180.0, 180.0),
            north: self.north.clamp(-85.0, 85.0),
        }
    }
}

/// Kilometres per degree of longitude at a latitude (never below 1/10 of
/// the equator's, so boxes near the poles stay finite).
pub fn km_per_deg_lon(lat: f64) -> f64 {
    KM_PER_DEG * lat.to_radians().cos().max(0.1)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn bad_arrays_are_no_boxes() {
        assert!(BBox::from_array([f64::NAN, 0.0, 1.0, 1.0]).is_none());
        assert!(BBox::from_array([2.0, 0.0, 1.0, 1.0]).is_none());
        assert!(BBox::from_array([0.0, 0.0, 200.0, 1.0]).is_none());
        assert!(BBox::from_array([30.0, 48.0, 42.0, 55.0]).is_some());
    }

    #[test]
    fn growing_by_km() {
        let b = BBox::point(0.0, 0.0).grown_km(KM_PER_DEG);
        assert!((b.north - 1.0).abs() < 1e-9 && (b.east - 1.0).abs() < 1e-9);
        let b = BBox::point(170.0, 89.0).grown_km(10_000.0);
        assert!(b.east <= 180.0 && b.north <= 85.0);
    }
}
