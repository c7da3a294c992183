//! The Kursk and Finland bands computed natively from the world map, with
//! their areas and times: the reference `tests/bench/band.mjs` compares the
//! browser's against. Prints one JSON line.
use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/world/");
    let read = |f: &str| std::fs::read(format!("{dir}{f}")).unwrap_or_default();
    let (Ok(borders), Ok(ru)) = (
        mapdata::world::decode_borders(&read("borders.bin")),
        mapdata::world::decode_areas(&read("admin1/RU.bin")),
    ) else {
        eprintln!("band_native: data/world is missing or unreadable");
        std::process::exit(1);
    };
    let mut out = Vec::new();
    for (along, km) in [("UA", 50.0), ("FI", 40.0)] {
        let mut times = Vec::new();
        let mut area = 0.0;
        for _ in 0..5 {
            let t = Instant::now();
            area = band::area_km2(&band::world_band(&borders, "RU", &ru, along, km));
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        out.push(format!(
            "\"RU-{along}\":{{\"km2\":{area:.3},\"ms\":{:.1}}}",
            times[2]
        ));
    }
    println!("{{{}}}", out.join(","));
}
