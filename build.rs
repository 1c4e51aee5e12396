//! Loads and validates the data files at build time and packs the result (the data, or the list of problems) for
//! the app, which then needs no TOML parser. A broken file is reported here, as warnings, one per problem, and the
//! build still succeeds: the app shows the same list to the reader instead of the map.

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=ATLAS_DATA_DIR");
    let result = atlas_core::bundled();
    if let Err(errors) = &result {
        println!(
            "cargo:warning=the data files have {} problem(s); the app will show them instead of the map:",
            errors.len()
        );
        for e in errors {
            println!("cargo:warning=  {e}");
        }
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("atlas.bin");
    std::fs::write(&out, atlas_core::pack::encode(&result)).expect("write the packed data");
}
