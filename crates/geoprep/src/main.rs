//! `geoprep <sources dir> <out dir> [cities.csv]`: writes `<out dir>/map.bin`
//! and prints a summary.

use geoprep::{checks, gzip_len, load_sources, pipeline};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!(
            "usage: geoprep <sources dir> <out dir> [cities.csv (default data/cities_de.csv)]"
        );
        return ExitCode::from(2);
    }
    let src = PathBuf::from(&args[0]);
    let out = PathBuf::from(&args[1]);
    let cities = args
        .get(2)
        .map_or_else(|| PathBuf::from("data/cities_de.csv"), PathBuf::from);
    match run(&src, &out, &cities) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("geoprep: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(
    src: &std::path::Path,
    out: &std::path::Path,
    cities: &std::path::Path,
) -> Result<(), String> {
    let sources = load_sources(src, cities)?;
    let (asset, info) = pipeline::build(&sources)?;
    let bytes = mapdata::codec::encode(&asset);
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let path = out.join("map.bin");
    std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let back = mapdata::codec::decode(&bytes).map_err(|e| e.to_string())?;
    let inset_only = mapdata::codec::encode(&mapdata::asset::MapAsset {
        inset: back.inset.clone(),
        ..Default::default()
    });
    let d = checks::inner_edge_distances_km(&back);
    let border_v: usize = checks::border_points(&back).iter().map(Vec::len).sum();
    let (sum, union) = checks::sum_and_union_area(&back.region);
    println!("wrote {}", path.display());
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
        "inset: {} countries, {} arcs, {} vertices ({} bytes alone); cities: {}",
        back.inset.features.len(),
        back.inset.arcs.len(),
        back.inset.vertex_count(),
        inset_only.len(),
        back.cities.len()
    );
    println!(
        "size: {} bytes raw, {} bytes gzip",
        bytes.len(),
        gzip_len(&bytes)
    );
    println!(
        "border full resolution: {} vertices, {} inside lon 33-39 lat 49.5-53.5",
        info.border_vertices_full, info.border_vertices_inner_box
    );
    println!(
        "band: {:.0} km2 in the box (unclipped {:.0} km2)",
        checks::band_area_km2(&back),
        info.band_area_full_km2
    );
    if let Some((min, med, max)) = checks::stats(&d) {
        println!(
            "band inner edge to border: {} samples, min {min:.3} median {med:.3} max {max:.3} km",
            d.len()
        );
    }
    println!(
        "gluing: {} problems; sum of areas {sum:.4} vs union {union:.4} deg2",
        checks::glue_problems(&back.region).len()
    );
    Ok(())
}
