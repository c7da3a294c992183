//! Any input, however odd, gives a frame or a note: never a panic, never a
//! wrong band, never a box off the globe, and in time linear in the input.
//! Inputs come from a fixed-seed generator, so every run is the same.
#![allow(clippy::unwrap_used)]

use framing::band::MAX_BAND_KM;
use framing::labels::MAX_LABELS;
use framing::{
    derive, BandOverrides, BorderStatement, FrameInput, FrameOverrides, InsetOverrides, Kind,
    NamedPlace, Note, Unchecked,
};

/// xorshift64*: small, deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<T: Clone>(&mut self, from: &[T]) -> T {
        from[self.below(from.len() as u64) as usize].clone()
    }
    fn float(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A coordinate: mostly sane, sometimes on an edge or not a number.
    fn coord(&mut self, limit: f64) -> f64 {
        match self.below(12) {
            0 => f64::NAN,
            1 => f64::INFINITY,
            2 => -limit,
            3 => limit,
            4 => self.float(-1e6, 1e6),
            5 => 0.0,
            _ => self.float(-limit, limit),
        }
    }
}

const IDS: [&str; 8] = [
    "gn:1",
    "gn:2",
    "ne:RUS-2362",
    "iso:UA",
    "",
    "region:x",
    "gn:1",
    "ß",
];
const COUNTRIES: [&str; 8] = ["RU", "UA", "FI", "", "XX", " ", "KP", "ЖЖ"];

fn place(r: &mut Rng) -> NamedPlace {
    NamedPlace {
        id: r.pick(&IDS).to_string(),
        label: r
            .pick(&["Kursk", "", "„“", "Ort mit sehr langem Namen"])
            .to_string(),
        kind: r.pick(&[Kind::City, Kind::Region, Kind::Country]),
        country: r.pick(&COUNTRIES).to_string(),
        area: match r.below(3) {
            0 => None,
            _ => Some(framing::Area {
                code: r
                    .pick(&["RUS-2362", "", "-", "UKR-1+", "region:donbass"])
                    .to_string(),
                label: String::new(),
            }),
        },
        lat: r.coord(90.0),
        lon: r.coord(180.0),
        population: r.pick(&[0, 1, u32::MAX, 50_000]),
        mentions: r.pick(&[0, 1, 3, u32::MAX]),
        first: r.pick(&[0, 1, usize::MAX, 1000]),
    }
}

fn statement(r: &mut Rng) -> BorderStatement {
    BorderStatement {
        km: r.pick(&[
            50.0,
            0.0,
            -1.0,
            1e9,
            f64::NAN,
            f64::NEG_INFINITY,
            1000.0,
            0.001,
        ]),
        along: r
            .pick(&[
                &[][..],
                &[""],
                &["UA"],
                &["RU"],
                &["XX"],
                &["RU", "UA"],
                &["UA", "UA"],
            ])
            .iter()
            .map(|c| c.to_string())
            .collect(),
        place: r
            .pick(&[None, Some("gn:1"), Some(""), Some("gn:999")])
            .map(str::to_string),
    }
}

fn a_box(r: &mut Rng) -> Option<[f64; 4]> {
    match r.below(3) {
        0 => None,
        1 => Some([30.0, 48.0, 42.0, 55.0]),
        _ => Some([r.coord(180.0), r.coord(90.0), r.coord(180.0), r.coord(90.0)]),
    }
}

fn input(r: &mut Rng) -> FrameInput {
    let n = r.below(30) as usize;
    let places = (0..n).map(|_| place(r)).collect();
    let borders = (0..r.below(4)).map(|_| statement(r)).collect();
    let towns = (0..r.below(10)).map(|_| place(r)).collect();
    let code = |r: &mut Rng| {
        r.pick(&[None, Some("RUS"), Some(""), Some("UKR")])
            .map(str::to_string)
    };
    let overrides = FrameOverrides {
        region: a_box(r),
        admin1: r.pick(&[None, Some(vec![]), Some(vec!["RUS".to_string()])]),
        focus: r
            .pick(&[None, Some(""), Some("RUS-2362"), Some("???")])
            .map(str::to_string),
        band: BandOverrides {
            inside: code(r),
            along: code(r),
        },
        inset: InsetOverrides {
            region: a_box(r),
            route: r.pick(&[None, Some(["gn:1".to_string(), String::new()])]),
        },
    };
    FrameInput {
        places,
        borders,
        towns,
        overrides,
    }
}

#[test]
fn any_input_gives_a_sane_frame_or_a_note() {
    let mut r = Rng(0x5EED_1234_ABCD_0001);
    let (mut frames, mut none) = (0, 0);
    for _ in 0..5_000 {
        let inp = input(&mut r);
        match derive(&inp, &Unchecked) {
            Err(note) => {
                assert_eq!(note, Note::NoPlace);
                assert!(!inp.places.iter().any(NamedPlace::on_globe));
                none += 1;
            }
            Ok(f) => {
                frames += 1;
                let b = f.region;
                assert!(b.to_array().iter().all(|v| v.is_finite()), "{b:?}");
                assert!(b.west <= b.east && b.south <= b.north, "{b:?}");
                assert!(b.west >= -180.0 && b.east <= 180.0 && b.south >= -90.0 && b.north <= 90.0);
                if let Ok(band) = &f.band {
                    assert!(band.km > 0.0 && band.km <= MAX_BAND_KM);
                    assert_ne!(band.inside, band.along);
                    assert!(!band.inside.is_empty() && !band.along.is_empty());
                }
                assert!(f.labels.len() <= MAX_LABELS);
                assert!(f.labels.iter().all(|l| b.contains(l.lon, l.lat)));
                if let Some(i) = &f.inset {
                    assert!(i.region.to_array().iter().all(|v| v.is_finite()));
                }
                for n in &f.notes {
                    assert!(!n.de().is_empty() && !n.en().is_empty());
                }
            }
        }
    }
    assert!(
        frames > 1_000 && none > 100,
        "{frames} frames, {none} without"
    );
}

#[test]
fn many_places_stay_fast() {
    let mut r = Rng(7);
    let mk = |r: &mut Rng, i: usize| NamedPlace {
        id: format!("gn:{i}"),
        kind: Kind::City,
        country: "RU".into(),
        area: Some(framing::Area {
            code: format!("RUS-{i}"),
            label: String::new(),
        }),
        lat: r.float(-60.0, 70.0),
        lon: r.float(-180.0, 180.0),
        first: i,
        ..NamedPlace::default()
    };
    let n = 20_000;
    let inp = FrameInput {
        places: (0..n).map(|i| mk(&mut r, i)).collect(),
        borders: (0..n)
            .map(|i| BorderStatement {
                km: 5000.0,
                along: vec![],
                place: Some(format!("gn:{i}")),
            })
            .collect(),
        towns: (0..n).map(|i| mk(&mut r, n + i)).collect(),
        ..FrameInput::default()
    };
    let t = std::time::Instant::now();
    let f = derive(&inp, &Unchecked).unwrap();
    assert!(f.band.is_err());
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}
