//! What the atlas tests share: the world assets and the gazetteer read
//! once, an article parsed as the build parses it, and its map cut with
//! the admin-1 files its plan names.
#![allow(clippy::unwrap_used, dead_code)]

use atlas::{assemble, plan, BandGap, Plan, World};
use framing::FrameOverrides;
use gazetteer::lookup::Gazetteer;
use mapdata::asset::MapAsset;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A file of the repository.
pub fn data(file: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::from_bytes(&data("data/world/gazetteer.bin")).unwrap())
}

pub fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        World::from_bytes(
            &data("data/world/admin0.bin"),
            &data("data/world/borders.bin"),
            &data("data/world/index.bin"),
        )
        .unwrap()
    })
}

/// `text` parsed with the world gazetteer and the story's date, if any.
pub fn parse(text: &str, published: Option<&str>) -> article::Article {
    article::parse_with(
        text,
        &article::Options {
            published: published.and_then(article::dates::parse_iso),
            gazetteer: Some(gazetteer()),
        },
    )
}

/// The map of `a` as the build cuts it, with its plan.
pub fn map_of(
    a: &article::Article,
    overrides: FrameOverrides,
) -> (Plan, MapAsset, Option<BandGap>) {
    let p = plan(a, gazetteer(), world(), overrides).unwrap();
    let admin1: BTreeMap<String, _> = p
        .admin1
        .iter()
        .map(|id| {
            let file = format!("data/world/{}", mapdata::world::admin1_file(id));
            (
                id.clone(),
                atlas::admin1_from_bytes(id, &data(&file)).unwrap(),
            )
        })
        .collect();
    let (asset, gap) = assemble(&p.frame, &p.places, world(), &admin1, gazetteer());
    (p, asset, gap)
}
