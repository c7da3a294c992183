//! The band's neighbour check from the world map's land borders
//! (`data/world/borders.bin`, format: crate `mapdata`): a band is drawn only
//! along a border the two countries really share.

use crate::band::Borders;
use crate::countries::frame_code;
use mapdata::codec::DecodeError;
use std::collections::BTreeSet;

/// The pairs of countries (alpha-3, as the frame names them) that share a
/// land border.
#[derive(Debug, Clone, Default)]
pub struct LandBorders {
    pairs: BTreeSet<(String, String)>,
    countries: BTreeSet<String>,
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

impl LandBorders {
    /// The neighbours of the world map's land borders (their ids are
    /// alpha-2 codes: `["RU", "UA"]`).
    pub fn new(borders: &mapdata::world::Borders) -> Self {
        let mut out = LandBorders::default();
        for pair in &borders.pairs {
            let [a, b] = &pair.countries;
            let (a, b) = (frame_code(a), frame_code(b));
            out.countries.insert(a.clone());
            out.countries.insert(b.clone());
            out.pairs.insert(ordered(&a, &b));
        }
        out
    }

    /// [`LandBorders::new`] of the bytes of `borders.bin`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        Ok(Self::new(&mapdata::world::decode_borders(bytes)?))
    }
}

impl Borders for LandBorders {
    /// `None` for a country that has no land border at all in the data
    /// (an island state, or a code the data does not know): nothing to
    /// check there, so the statement decides.
    fn land_border(&self, a: &str, b: &str) -> Option<bool> {
        if !self.countries.contains(a) || !self.countries.contains(b) {
            return None;
        }
        Some(self.pairs.contains(&ordered(a, b)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn world() -> LandBorders {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/world/borders.bin");
        LandBorders::from_bytes(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn the_stories_bands_run_along_real_land_borders() {
        let w = world();
        assert_eq!(w.land_border("RUS", "UKR"), Some(true));
        assert_eq!(w.land_border("UKR", "RUS"), Some(true));
        assert_eq!(w.land_border("RUS", "FIN"), Some(true));
        assert_eq!(w.land_border("DEU", "POL"), Some(true));
        // Neighbours on the map but not on land, and far apart.
        assert_eq!(w.land_border("FIN", "EST"), Some(false));
        assert_eq!(w.land_border("UKR", "FIN"), Some(false));
        assert_eq!(w.land_border("RUS", "USA"), Some(false));
        // No land border anywhere, or unknown: the check cannot say.
        assert_eq!(w.land_border("RUS", "ISL"), None);
        assert_eq!(w.land_border("RUS", "???"), None);
    }

    #[test]
    fn bad_bytes_are_refused() {
        assert!(LandBorders::from_bytes(b"").is_err());
        assert!(LandBorders::from_bytes(b"not a borders file").is_err());
    }
}
