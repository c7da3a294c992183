//! Parses the article at build time and embeds it as postcard bytes, so the
//! browser never runs the parser at start-up.
use std::{env, fs, path::PathBuf};

const ARTICLE: &str = "stories/kursk-nordkorea/article.txt";

fn main() {
    println!("cargo:rerun-if-changed={ARTICLE}");
    println!("cargo:rerun-if-changed=crates/article/src");
    let text = fs::read_to_string(ARTICLE).unwrap_or_else(|e| panic!("cannot read {ARTICLE}: {e}"));
    let article = article::parse(&text);
    let bytes = postcard::to_allocvec(&article).unwrap_or_else(|e| panic!("cannot encode: {e}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("article.bin");
    fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
