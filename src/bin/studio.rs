//! The Studio's wasm entry point (`studio.html`): mounts the client-side
//! app. Built only with the `studio` feature (scripts/studio-build.mjs).
fn main() {
    lagebild::studio::app::start();
}
