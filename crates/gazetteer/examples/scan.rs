//! `cargo run -p gazetteer --release --example scan -- <file>…` prints every
//! place the gazetteer finds in each text file: span, text, label, id.
use gazetteer::lookup::Gazetteer;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/world/gazetteer.bin"
    );
    let g = match std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| Gazetteer::from_bytes(&b).map_err(|e| e.to_string()))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    for file in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        println!("## {file}");
        for f in g.scan(&text) {
            if let Some(p) = g.place(f.place) {
                let t = text.get(f.start..f.end).unwrap_or("");
                println!("{}..{}\t{t}\t{}\t{}", f.start, f.end, p.label(), p.id());
            }
        }
    }
}
