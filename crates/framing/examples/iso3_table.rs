//! `cargo run -p framing --release --example iso3_table > crates/framing/data/iso3.tsv`
//! writes the ISO alpha-2 → Natural Earth alpha-3 table from the gazetteer
//! asset: the prefix of every admin-1 area's `adm1_code` ("RUS-2362" → RU
//! RUS), so the codes are the ones the map data uses.
use gazetteer::asset::{decode, Kind};
use std::collections::BTreeMap;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/world/gazetteer.bin"
    );
    let places = match std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| decode(&b).map_err(|e| e.to_string()))
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let mut table: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for p in places.iter().filter(|p| p.kind == Kind::Region) {
        let Some(code) = p.adm1_code.as_deref() else {
            continue;
        };
        let Some((a3, _)) = code.split_once(['-', '+']) else {
            continue;
        };
        if a3.len() == 3 && a3.chars().all(|c| c.is_ascii_uppercase()) {
            *table
                .entry(p.country.clone())
                .or_default()
                .entry(a3.to_string())
                .or_default() += 1;
        }
    }
    println!("# ISO 3166-1 alpha-2 → Natural Earth adm0_a3, from the adm1_code prefixes");
    println!("# of data/world/gazetteer.bin (examples/iso3_table.rs writes this file).");
    for (a2, counts) in table {
        // The prefix most of the country's areas carry.
        if let Some((a3, _)) = counts
            .iter()
            .max_by_key(|(a3, n)| (**n, std::cmp::Reverse((*a3).clone())))
        {
            println!("{a2}\t{a3}");
        }
    }
}
