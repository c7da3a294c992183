fn main() {
    lagebild::start();
}
