//! Prints the figures of each story's map as the build cuts it from the
//! world assets: areas, vertices, the band's area against a grid of its
//! definition, the inner edge's distances, towns, and the time each step
//! takes on this machine (a ratio to the parse, measured in the same run).
//!
//! `cargo run -p atlas --release --example figures` (from the repository root).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use atlas::framing::{FrameOverrides, InsetOverrides};
use atlas::{assemble, plan, World};
use gazetteer::lookup::Gazetteer;
use geoprep::checks;
use std::collections::BTreeMap;
use std::time::Instant;

fn data(file: &str) -> Vec<u8> {
    std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e} (run from the repository root)"))
}

fn main() {
    let g = Gazetteer::from_bytes(&data("data/world/gazetteer.bin")).unwrap();
    let world = World::from_bytes(
        &data("data/world/admin0.bin"),
        &data("data/world/borders.bin"),
        &data("data/world/index.bin"),
    )
    .unwrap();
    let kursk_route = FrameOverrides {
        inset: InsetOverrides {
            route: Some(["gn:1871859".into(), "gn:538560".into()]),
            region: None,
        },
        ..FrameOverrides::default()
    };
    for (slug, published, ov) in [
        ("kursk-nordkorea", "2024-10-30", kursk_route),
        ("finnland-grenze", "2026-03-13", FrameOverrides::default()),
        ("hatay-grenze", "2026-05-20", FrameOverrides::default()),
    ] {
        let text = String::from_utf8(data(&format!("stories/{slug}/article.txt"))).unwrap();
        let t0 = Instant::now();
        let a = article::parse_with(
            &text,
            &article::Options {
                published: article::dates::parse_iso(published),
                gazetteer: Some(&g),
            },
        );
        let t_parse = t0.elapsed();
        let t1 = Instant::now();
        let p = plan(&a, &g, &world, ov).unwrap();
        let t_plan = t1.elapsed();
        let admin1: BTreeMap<String, _> = p
            .admin1
            .iter()
            .map(|id| {
                let f = format!("data/world/{}", mapdata::world::admin1_file(id));
                (id.clone(), atlas::admin1_from_bytes(id, &data(&f)).unwrap())
            })
            .collect();
        let t2 = Instant::now();
        let (asset, gap) = assemble(&p.frame, &p.places, &world, &admin1, &g);
        let t_assemble = t2.elapsed();
        let f = &p.frame;
        println!("## {slug}");
        println!(
            "box {:?}; focus {:?}; admin-1 of {:?}; files {:?}; band gap {gap:?}",
            f.region.to_array().map(|v| (v * 100.0).round() / 100.0),
            f.focus.as_ref().map(|x| x.code.as_str()),
            f.admin1,
            p.admin1
        );
        let admin1_n = asset
            .region
            .features
            .iter()
            .filter(|x| x.kind == mapdata::asset::FeatureKind::Admin1)
            .count();
        println!(
            "region: {} features ({admin1_n} admin-1), {} vertices; border {} lines, {} vertices; inset {} countries, {} vertices",
            asset.region.features.len(),
            asset.region.vertex_count(),
            asset.border.len(),
            asset.border.iter().map(|l| asset.region.line_points(l).len()).sum::<usize>(),
            asset.inset.features.len(),
            asset.inset.vertex_count(),
        );
        if !asset.band.is_empty() {
            let c = checks::band_area_check(&asset, 0.01);
            let d = checks::inner_edge_distances_km(&asset);
            let (min, med, max) = checks::stats(&d).unwrap_or((0.0, 0.0, 0.0));
            println!(
                "band {} km: {:.0} km² in the box; grid of its definition {:.0} km² vs band {:.0} km² ({:+.2} %); inner edge min {min:.3} median {med:.3} max {max:.3} km ({} samples)",
                asset.meta.band_km,
                checks::band_area_km2(&asset),
                c.definition_km2,
                c.band_cells_km2,
                c.relative_difference() * 100.0,
                d.len()
            );
        }
        let main: Vec<&str> = asset
            .cities
            .iter()
            .filter(|c| c.main)
            .map(|c| c.name_de.as_str())
            .collect();
        let inset: Vec<&str> = asset
            .cities
            .iter()
            .filter(|c| c.inset)
            .map(|c| c.name_de.as_str())
            .collect();
        println!("towns: main {main:?}; inset {inset:?}");
        println!(
            "unplaced: {:?}",
            atlas::unplaced(&a)
                .into_iter()
                .map(|u| u.text)
                .collect::<Vec<_>>()
        );
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        println!(
            "time: parse {:.1} ms, plan {:.1} ms ({:.1}× the parse), assemble incl. band {:.1} ms ({:.1}× the parse)\n",
            ms(t_parse),
            ms(t_plan),
            ms(t_plan) / ms(t_parse),
            ms(t_assemble),
            ms(t_assemble) / ms(t_parse)
        );
    }
}
