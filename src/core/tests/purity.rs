//! Proves the core stays pure: no browser crate in its manifest, none named in its code.
//! The browser crate depends on the core, never the other way round.

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 6] = ["web-sys", "web_sys", "js-sys", "js_sys", "wasm-bindgen", "wasm_bindgen"];

fn core_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("core directory is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "purity.rs") {
            out.push(path);
        }
    }
}

#[test]
fn manifest_names_no_browser_crate() {
    let manifest = fs::read_to_string(core_dir().join("Cargo.toml")).expect("Cargo.toml");
    let deps: Vec<&str> = manifest
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter(|l| FORBIDDEN.iter().any(|f| l.contains(f)))
        .collect();
    assert!(deps.is_empty(), "the pure core's Cargo.toml names a browser crate: {deps:?}");
}

#[test]
fn sources_use_no_browser_crate() {
    let mut files = Vec::new();
    rust_files(&core_dir(), &mut files);
    assert!(files.len() >= 3, "found too few core sources to check: {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("source is readable");
        for forbidden in FORBIDDEN {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", file.display());
        }
    }
}
