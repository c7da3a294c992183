//! The article's cluster of places: the place nearest all others (weighted
//! by mentions, distances capped so that far places count no more than a
//! fixed amount), and every place within a radius of it that scales with
//! how spread the places are. Places outside are the distant ones.

use crate::input::{Kind, NamedPlace};
use gazetteer::lookup::distance_km;

/// Beyond this, a distance counts no more when choosing the centre (km).
pub const DISTANCE_CAP_KM: f64 = 2_000.0;

/// The cluster radius is this many times the median distance to the
/// centre, but at least [`MIN_RADIUS_KM`] and at most [`MAX_RADIUS_KM`].
pub const RADIUS_FACTOR: f64 = 3.0;

/// The smallest cluster radius (km): places this near always belong.
pub const MIN_RADIUS_KM: f64 = 400.0;

/// The largest cluster radius (km): places farther are always distant.
pub const MAX_RADIUS_KM: f64 = 1_500.0;

/// How many of the most-named places are tried as the centre (keeps the
/// search linear in the number of places).
pub const CENTRE_CANDIDATES: usize = 64;

/// The cluster: indices into the places given, in their order.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The centre place.
    pub centre: usize,
    /// The radius used, km.
    pub radius_km: f64,
    /// Places within the radius (the centre among them).
    pub members: Vec<usize>,
    /// Places beyond it.
    pub distant: Vec<usize>,
}

/// The places that take part: cities and regions with usable coordinates;
/// if there are none, the countries (an article that names only
/// countries).
pub fn candidates(places: &[NamedPlace]) -> Vec<usize> {
    let usable = |k: fn(&Kind) -> bool| -> Vec<usize> {
        places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.on_globe() && k(&p.kind))
            .map(|(i, _)| i)
            .collect()
    };
    let local = usable(|k| *k != Kind::Country);
    if local.is_empty() {
        usable(|k| *k == Kind::Country)
    } else {
        local
    }
}

fn dist(a: &NamedPlace, b: &NamedPlace) -> f64 {
    let d = distance_km(a.lat, a.lon, b.lat, b.lon);
    if d.is_finite() {
        d
    } else {
        0.0
    }
}

/// Clusters the places at `indices` (see the module docs); `weights` are
/// per place of `places`. `None` if `indices` is empty. Deterministic:
/// ties go to the earlier place.
pub fn cluster(places: &[NamedPlace], indices: &[usize], weights: &[f64]) -> Option<Cluster> {
    // Indices past the places are ignored; a weight that is no positive
    // number counts as 1.
    let indices: Vec<usize> = indices
        .iter()
        .copied()
        .filter(|&i| i < places.len())
        .collect();
    let indices = indices.as_slice();
    let w = |i: usize| {
        weights
            .get(i)
            .copied()
            .filter(|w| w.is_finite() && *w > 0.0)
            .unwrap_or(1.0)
    };
    let mut tried: Vec<usize> = indices.to_vec();
    tried.sort_by(|&a, &b| w(b).total_cmp(&w(a)).then(a.cmp(&b)));
    tried.truncate(CENTRE_CANDIDATES);
    let mut best: Option<(f64, usize)> = None;
    for &c in &tried {
        let cost: f64 = indices
            .iter()
            .map(|&i| w(i) * dist(&places[c], &places[i]).min(DISTANCE_CAP_KM))
            .sum();
        let better = match best {
            None => true,
            Some((b, bi)) => cost < b || (cost == b && c < bi),
        };
        if better {
            best = Some((cost, c));
        }
    }
    let (_, centre) = best?;
    let mut by_distance: Vec<(f64, f64)> = indices
        .iter()
        .map(|&i| (dist(&places[centre], &places[i]), w(i)))
        .collect();
    by_distance.sort_by(|a, b| a.0.total_cmp(&b.0));
    let half: f64 = by_distance.iter().map(|d| d.1).sum::<f64>() / 2.0;
    let mut acc = 0.0;
    let mut median = 0.0;
    for (d, wi) in &by_distance {
        acc += wi;
        median = *d;
        if acc >= half {
            break;
        }
    }
    let radius_km = (RADIUS_FACTOR * median).clamp(MIN_RADIUS_KM, MAX_RADIUS_KM);
    let (members, distant) = indices
        .iter()
        .partition(|&&i| dist(&places[centre], &places[i]) <= radius_km);
    Some(Cluster {
        centre,
        radius_km,
        members,
        distant,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(lon: f64, lat: f64, mentions: u32) -> NamedPlace {
        NamedPlace {
            lon,
            lat,
            mentions,
            ..NamedPlace::default()
        }
    }

    fn run(places: &[NamedPlace]) -> Option<Cluster> {
        let w: Vec<f64> = places.iter().map(|p| f64::from(p.weight())).collect();
        cluster(places, &candidates(places), &w)
    }

    #[test]
    fn empty() {
        assert_eq!(run(&[]), None);
    }

    #[test]
    fn one_point() {
        let c = run(&[at(36.0, 51.0, 1)]).unwrap();
        assert_eq!((c.centre, c.members, c.distant), (0, vec![0], vec![]));
    }

    #[test]
    fn two_far_points_keep_the_more_named() {
        let c = run(&[at(125.75, 39.03, 1), at(36.0, 51.0, 3)]).unwrap();
        assert_eq!((c.centre, c.members, c.distant), (1, vec![1], vec![0]));
    }

    #[test]
    fn two_far_points_named_alike_keep_the_first() {
        let c = run(&[at(36.0, 51.0, 1), at(-77.0, 38.9, 1)]).unwrap();
        assert_eq!((c.members, c.distant), (vec![0], vec![1]));
    }

    #[test]
    fn distant_capitals_leave_the_cluster() {
        // Kursk, Donbass, Kyiv; Washington, Seoul, Pyongyang.
        let p = [
            at(36.29, 51.74, 2),
            at(-77.04, 38.9, 1),
            at(38.35, 48.46, 1),
            at(126.98, 37.57, 1),
            at(30.52, 50.45, 1),
            at(125.75, 39.03, 1),
        ];
        let c = run(&p).unwrap();
        assert_eq!(c.members, [0, 2, 4]);
        assert_eq!(c.distant, [1, 3, 5]);
    }

    #[test]
    fn countries_count_only_without_other_places() {
        let mut country = at(100.0, 60.0, 9);
        country.kind = Kind::Country;
        let p = [country.clone(), at(36.0, 51.0, 1)];
        assert_eq!(candidates(&p), [1]);
        assert_eq!(candidates(&[country]), [0]);
    }

    #[test]
    fn bad_indices_and_weights_are_ignored() {
        let p = [at(36.0, 51.0, 1), at(30.5, 50.4, 1)];
        let c = cluster(&p, &[7, 0, 1], &[f64::NAN, -1.0]).unwrap();
        assert_eq!(c.members, [0, 1]);
        assert_eq!(cluster(&p, &[5], &[]), None);
    }

    #[test]
    fn places_off_the_globe_take_no_part() {
        let p = [at(f64::NAN, 51.0, 1), at(36.0, 200.0, 1), at(36.0, 51.0, 1)];
        assert_eq!(candidates(&p), [2]);
    }
}
