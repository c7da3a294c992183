//! `cargo run -p gazetteer --example probe -- <name>…` prints what each
//! name is found as (a tool for curating the tables).
use gazetteer::lookup::Gazetteer;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/world/gazetteer.bin"
    );
    let bytes = std::fs::read(path).unwrap_or_default();
    let g = match Gazetteer::from_bytes(&bytes) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    for name in std::env::args().skip(1) {
        match g.lookup(&name).and_then(|i| g.place(i)) {
            Some(p) => {
                let names: Vec<String> = p
                    .names
                    .iter()
                    .map(|n| format!("{}:{:?}", n.text, n.source))
                    .collect();
                println!(
                    "{name}\t{}\t{}\t{:.2},{:.2}\t{}\t{}",
                    p.id(),
                    p.country,
                    p.lat,
                    p.lon,
                    p.population,
                    names.join(" | ")
                );
            }
            None => println!("{name}\t-"),
        }
    }
}
