//! Writes the map's outline into `index.html` (between the shell markers): `cargo run -p atlas-core --example shell`.

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../index.html");
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    let Some(updated) = atlas_core::shell::rewrite(&page) else {
        eprintln!(
            "{} has no shell markers: add `{}` and `{}` in <body>",
            path.display(),
            atlas_core::shell::BEGIN,
            atlas_core::shell::END
        );
        std::process::exit(1);
    };
    if let Err(e) = std::fs::write(&path, updated) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    println!("wrote the map's outline into {}", path.display());
}
