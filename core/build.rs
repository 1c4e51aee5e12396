//! Chooses the data folder embedded in the core: `data/` at the repository root, or the folder named by the
//! `ATLAS_DATA_DIR` environment variable (the benchmark builds the app with synthetic data sets this way).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=ATLAS_DATA_DIR");
    let dir = match std::env::var("ATLAS_DATA_DIR") {
        Ok(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("../data"),
    };
    let dir = dir.canonicalize().unwrap_or_else(|e| panic!("data folder {}: {e}", dir.display()));
    for f in ["atlas", "regions", "points", "control", "events", "names", "railways"] {
        println!("cargo:rerun-if-changed={}", dir.join(format!("{f}.toml")).display());
    }
    println!("cargo:rustc-env=ATLAS_DATA_DIR={}", dir.display());
}
