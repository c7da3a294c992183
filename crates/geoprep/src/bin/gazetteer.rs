//! `gazetteer <sources dir> [--out data/world/gazetteer.bin]
//! [--cities data/cities_de.csv] [--names data/world/names_de.csv]` builds
//! the world gazetteer from the pinned sources (see `fetch-sources.sh`) and
//! prints a summary. Run from the repository root.

use geoprep::gazetteer::{build, read_inputs};
use geoprep::gzip_len;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut opt = |flag: &str, default: &str| {
        let v = args
            .iter()
            .position(|a| a == flag)
            .and_then(|i| {
                let v = args.get(i + 1).cloned();
                args.drain(i..(i + 2).min(args.len()));
                v
            })
            .unwrap_or_else(|| default.to_string());
        PathBuf::from(v)
    };
    let out = opt("--out", "data/world/gazetteer.bin");
    let cities = opt("--cities", "data/cities_de.csv");
    let names = opt("--names", "data/world/names_de.csv");
    let [src] = args.as_slice() else {
        eprintln!("usage: gazetteer <sources dir> [--out <bin>] [--cities <csv>] [--names <csv>]");
        return ExitCode::from(2);
    };
    let t0 = std::time::Instant::now();
    let inputs = match read_inputs(&PathBuf::from(src), &cities, &names) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("gazetteer: {e}");
            return ExitCode::FAILURE;
        }
    };
    let t_read = t0.elapsed();
    let (places, report) = build(&inputs);
    let bytes = gazetteer::asset::encode(&places);
    if let Some(dir) = out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("gazetteer: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    let [countries, regions, towns] = report.counts;
    let [cur, de, tr, local] = report.labels_by_source;
    println!(
        "{}: {} bytes ({} gzip)",
        out.display(),
        bytes.len(),
        gzip_len(&bytes)
    );
    println!(
        "places: {countries} countries, {regions} admin-1 areas, {towns} cities; {} names",
        report.names
    );
    println!("labels: {cur} curated, {de} German, {tr} transliterated, {local} source name");
    for u in &report.unmatched_curated {
        println!("curated row without a place: {u}");
    }
    println!(
        "time: {:.1} s reading sources, {:.1} s in all",
        t_read.as_secs_f64(),
        t0.elapsed().as_secs_f64()
    );
    if report.unmatched_curated.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
