//! `world <sources dir> <out dir>` writes the world map assets into
//! `<out dir>` (normally `data/world`): `admin0.bin`, `borders.bin`,
//! `index.bin` and `admin1/<id>.bin`, removing admin-1 files no longer
//! built, and prints their sizes and the time taken.

use geoprep::{gzip_len, prepare_world};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: world <sources dir> <out dir>");
        return ExitCode::from(2);
    };
    match run(Path::new(src), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("world: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(src: &Path, out: &Path) -> Result<(), String> {
    let start = Instant::now();
    let world = prepare_world(src)?;
    let built = start.elapsed();
    let files = world.files();
    let admin1_dir = out.join("admin1");
    std::fs::create_dir_all(&admin1_dir).map_err(|e| format!("{}: {e}", admin1_dir.display()))?;
    let stale: Vec<_> = std::fs::read_dir(&admin1_dir)
        .map_err(|e| format!("{}: {e}", admin1_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let rel = p
                .strip_prefix(out)
                .map(|r| r.to_string_lossy().replace('\\', "/"));
            !rel.is_ok_and(|r| files.iter().any(|(f, _)| *f == r))
        })
        .collect();
    for p in stale {
        std::fs::remove_file(&p).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    let mut chunk_gz = Vec::new();
    let (mut total, mut total_gz) = (0, 0);
    for (name, bytes) in &files {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let gz = gzip_len(bytes);
        total += bytes.len();
        total_gz += gz;
        if name.starts_with("admin1/") {
            chunk_gz.push((gz, name.as_str()));
        } else {
            println!("{name}: {} bytes, {gz} gzip", bytes.len());
        }
    }
    chunk_gz.sort_unstable();
    let median = chunk_gz.get(chunk_gz.len() / 2).map_or(0, |c| c.0);
    let max = chunk_gz.last().copied().unwrap_or((0, ""));
    let areas: usize = world.admin1.values().map(|a| a.layer.features.len()).sum();
    println!(
        "admin1: {} files, {areas} areas; gzip median {median} bytes, max {} bytes ({})",
        chunk_gz.len(),
        max.0,
        max.1
    );
    println!(
        "admin0: {} countries ({} without a polygon at its grid), {} vertices; borders: {} pairs, {} arcs, {} vertices",
        world.admin0.layer.features.len(),
        world
            .admin0
            .layer
            .features
            .iter()
            .filter(|f| f.polygons.is_empty())
            .count(),
        world.admin0.layer.vertex_count(),
        world.borders.pairs.len(),
        world.borders.arcs.len(),
        world.borders.arcs.iter().map(Vec::len).sum::<usize>()
    );
    let empty: Vec<&str> = world
        .admin0
        .layer
        .features
        .iter()
        .filter(|f| f.polygons.is_empty())
        .map(|f| f.id.as_str())
        .collect();
    if !empty.is_empty() {
        println!(
            "too small for the admin-0 grid (index box only): {}",
            empty.join(", ")
        );
    }
    for m in &world.moved {
        println!(
            "admin-1 {} ({}) is drawn in {} (source: {})",
            m.adm1_code, m.name, m.country, m.source_iso
        );
    }
    if !world.orphans.is_empty() {
        println!(
            "admin-1 files without a country in admin0.bin: {}",
            world.orphans.join(", ")
        );
    }
    println!(
        "total: {} files, {total} bytes, {total_gz} gzip",
        files.len()
    );
    println!(
        "time: {:.1} s to build, {:.1} s in all",
        built.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
