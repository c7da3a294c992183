//! `geoprep <sources dir> <story dir>… [--cities data/cities_de.csv]` writes
//! `<story dir>/map.bin` for each story and prints a summary with the
//! checks; `geoprep <sources dir> --all` does every folder under `stories/`
//! that has a `story.toml`. Exits non-zero if a story fails or a check does
//! not pass.

use geoprep::{checks, gzip_len, prepare_story};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Grid step (degrees) of the independent band-area computation.
const GRID_STEP_DEG: f64 = 0.01;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut cities = PathBuf::from("data/cities_de.csv");
    if let Some(i) = args.iter().position(|a| a == "--cities") {
        if let Some(p) = args.get(i + 1) {
            cities = PathBuf::from(p);
            args.drain(i..i + 2);
        }
    }
    let Some((src, stories)) = args.split_first() else {
        eprintln!("usage: geoprep <sources dir> (<story dir>… | --all) [--cities <cities.csv>]");
        return ExitCode::from(2);
    };
    let dirs: Vec<PathBuf> = if stories == ["--all"] {
        match all_stories(Path::new("stories")) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("geoprep: stories/: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        stories.iter().map(PathBuf::from).collect()
    };
    if dirs.is_empty() {
        eprintln!("geoprep: no story given");
        return ExitCode::from(2);
    }
    let mut ok = true;
    for dir in &dirs {
        if let Err(e) = run(Path::new(src), dir, &cities) {
            eprintln!("geoprep: {}: {e}", dir.display());
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn all_stories(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("story.toml").is_file())
        .collect();
    out.sort();
    Ok(out)
}

fn run(src: &Path, story: &Path, cities: &Path) -> Result<(), String> {
    let (asset, info) = prepare_story(src, story, cities)?;
    let bytes = mapdata::codec::encode(&asset);
    let path = story.join("map.bin");
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let back = mapdata::codec::decode(&bytes).map_err(|e| e.to_string())?;
    let inset_only = mapdata::codec::encode(&mapdata::asset::MapAsset {
        inset: back.inset.clone(),
        ..Default::default()
    });
    let m = &back.meta;
    let border_v: usize = checks::border_points(&back).iter().map(Vec::len).sum();
    let (sum, union) = checks::sum_and_union_area(&back.region);
    println!("wrote {}", path.display());
    println!(
        "map: box {:?}, inset {:?}, band {} km inside {} along {}, focus {}, route {:?}",
        m.region_bbox, m.inset_bbox, m.band_km, m.band_inside, m.band_along, m.focus, m.route
    );
    println!(
        "region: {} features, {} arcs ({} shared), {} vertices; border {} lines, {} vertices; band {} polygons",
        back.region.features.len(),
        back.region.arcs.len(),
        checks::shared_arc_count(&back.region),
        back.region.vertex_count(),
        back.border.len(),
        border_v,
        back.band.len()
    );
    println!(
        "inset: {} countries, {} arcs, {} vertices ({} bytes alone); cities: {} ({} main, {} inset)",
        back.inset.features.len(),
        back.inset.arcs.len(),
        back.inset.vertex_count(),
        inset_only.len(),
        back.cities.len(),
        back.cities.iter().filter(|c| c.main).count(),
        back.cities.iter().filter(|c| c.inset).count()
    );
    println!(
        "size: {} bytes raw, {} bytes gzip",
        bytes.len(),
        gzip_len(&bytes)
    );
    println!(
        "border full resolution: {} vertices ({} vertices inserted by noding); band unclipped {:.0} km2",
        info.border_vertices_full, info.noded_vertices, info.band_area_full_km2
    );
    if !info.uncurated_names.is_empty() {
        println!(
            "no curated German label (English name used): {}",
            info.uncurated_names.join(", ")
        );
    }
    let mut failed = Vec::new();
    let a = checks::band_area_check(&back, GRID_STEP_DEG);
    let rel = a.relative_difference();
    println!(
        "band: {:.0} km2 in the box (geodesic); on a {}° grid, away from box edges the border leaves by: band {:.0} km2 vs definition {:.0} km2 ({:+.2} %, tolerance {} %; {:.0} km2 of band excluded)",
        a.band_km2,
        a.step_deg,
        a.band_cells_km2,
        a.definition_km2,
        100.0 * (a.definition_km2 - a.band_cells_km2) / a.band_cells_km2,
        100.0 * checks::BAND_AREA_TOLERANCE,
        a.excluded_band_km2
    );
    if rel > checks::BAND_AREA_TOLERANCE {
        failed.push("band area vs definition");
    }
    let d = checks::inner_edge_distances_km(&back);
    match checks::stats(&d) {
        Some((min, med, max)) => {
            println!(
                "band inner edge to border: {} samples, min {min:.3} median {med:.3} max {max:.3} km (band {} km ± {})",
                d.len(),
                m.band_km,
                checks::INNER_EDGE_TOLERANCE_KM
            );
            if (min - m.band_km).abs() > checks::INNER_EDGE_TOLERANCE_KM
                || (max - m.band_km).abs() > checks::INNER_EDGE_TOLERANCE_KM
            {
                failed.push("inner edge distance");
            }
        }
        None => failed.push("no inner-edge samples"),
    }
    let glue = checks::glue_problems(&back.region);
    println!(
        "gluing: {} problems; sum of areas {sum:.4} vs union {union:.4} deg2",
        glue.len()
    );
    if !glue.is_empty() || (sum - union).abs() > 1e-4 * union {
        failed.push("gluing");
    }
    if failed.is_empty() {
        println!("checks: all pass");
        Ok(())
    } else {
        Err(format!("checks failed: {}", failed.join(", ")))
    }
}
