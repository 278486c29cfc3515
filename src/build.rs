//! Link settings for the content script's WebAssembly module.
//!
//! Its stack: 256 KB instead of the linker's default 1 MB. A WebAssembly memory keeps
//! every byte it ever reserved, so the stack is part of what each LinkedIn tab pays
//! (README, "Memory"). The deepest the content script's stack went, measured over
//! every era's invitations page, a 500-invitation list scrolled to its end and every
//! badge's panel opened, was about 10 KB. The module is linked stack-first, so were a
//! call ever to go deeper than this, it would trap (and the loader restart the core)
//! rather than write over the heap.
//!
//! Only the `cdylib` (the module the extension ships) gets it: test binaries and the
//! extension pages' module (src/pages, whose JSON import recurses with its input) keep
//! the default.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=262144");
    }
    println!("cargo:rerun-if-changed=src/build.rs");
}
