//! Validates the data files at build time, so a broken file is reported in the build output (as warnings, one
//! per problem) as well as on the page. The build still succeeds: the app then shows the same list to the reader.

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=ATLAS_DATA_DIR");
    if let Err(errors) = atlas_core::bundled() {
        println!(
            "cargo:warning=the data files have {} problem(s); the app will show them instead of the map:",
            errors.len()
        );
        for e in errors {
            println!("cargo:warning=  {e}");
        }
    }
}
