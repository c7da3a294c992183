//! `cargo run -p gazetteer --release --example table` prints the budget
//! table of the press-form list (found / wrong place / missed), the time
//! to index the asset, and the asset's size raw and gzip.
use gazetteer::lookup::{distance_km, Gazetteer};

const ASSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/world/gazetteer.bin"
);
const LIST: &str = include_str!("../tests/data/press_places.tsv");

/// Gzip size of the asset file (no compression crate here: the figure
/// comes from the system's `gzip -9`; 0 if there is none).
fn gzip_len() -> usize {
    std::process::Command::new("gzip")
        .args(["-9c", ASSET])
        .output()
        .map_or(0, |o| o.stdout.len())
}

fn main() {
    let bytes = std::fs::read(ASSET).unwrap_or_default();
    let t0 = std::time::Instant::now();
    let g = match Gazetteer::from_bytes(&bytes) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{ASSET}: {e}");
            return;
        }
    };
    let t_index = t0.elapsed();
    let (mut found, mut wrong, mut missed) = (0, Vec::new(), Vec::new());
    for line in LIST
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, lat, lon] = cols.as_slice() else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        match g.lookup(name).and_then(|i| g.place(i)) {
            Some(p) => {
                let d = distance_km(lat, lon, p.lat, p.lon);
                if d <= 25.0 {
                    found += 1;
                } else {
                    wrong.push(format!("{name} → {} {} ({d:.0} km off)", p.label(), p.id()));
                }
            }
            None => missed.push(name.to_string()),
        }
    }
    let total = found + wrong.len() + missed.len();
    println!("| list | found | wrong place | missed |");
    println!("|---|---|---|---|");
    println!(
        "| {total} press forms | {found} ({:.1} %) | {} | {} |",
        100.0 * found as f64 / total.max(1) as f64,
        wrong.len(),
        missed.len()
    );
    for w in &wrong {
        println!("wrong: {w}");
    }
    for m in &missed {
        println!("missed: {m}");
    }
    let text = include_str!("../tests/texts/nachrichten.txt").repeat(50);
    let t1 = std::time::Instant::now();
    let found = g.scan(&text).len();
    let secs = t1.elapsed().as_secs_f64();
    println!(
        "scan: {} KB of news text, {found} places, {:.1} ms ({:.1} MB/s)",
        text.len() / 1000,
        secs * 1000.0,
        text.len() as f64 / secs.max(1e-9) / 1e6
    );
    println!(
        "asset: {} places, {} bytes raw, {} bytes gzip; indexed in {:.0} ms",
        g.places().len(),
        bytes.len(),
        gzip_len(),
        t_index.as_secs_f64() * 1000.0
    );
}
