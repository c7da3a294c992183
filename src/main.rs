//! The wasm entry point: attaches behaviour to the prerendered page. On the
//! host (the `ssr` build) there is nothing to run; see `bin/prerender.rs`.
fn main() {
    #[cfg(feature = "live")]
    lagebild::live::start();
}
