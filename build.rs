//! Loads and validates the data files at build time and packs the result (the data, or the list of problems) for
//! the app, which then needs no TOML parser. A broken file is reported here, as warnings, one per problem, and the
//! build still succeeds: the app shows the same list to the reader instead of the map.
//!
//! Writes `$OUT_DIR/atlas.bin` (the language-neutral core, embedded in the wasm) and each language's texts
//! (`atlas-<id>.<lang>.bin`, fetched by the app) into `atlas-texts/` beside the profile's build folder
//! (`target/wasm32-unknown-unknown/release/atlas-texts/`), where Trunk's post-build hook
//! (`scripts/texts-hook.mjs`) picks them up for `dist/`; and the powers' colours as a stylesheet,
//! `palette-<hash>.css`, in the same folder (the hook links it from the page).

use std::path::PathBuf;

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
    let packed = atlas_core::pack::encode(&result);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("atlas.bin"), &packed.core).expect("write the packed data");
    // OUT_DIR is <target>/<triple>/<profile>/build/<package>-<hash>/out.
    let texts_dir = out_dir.ancestors().nth(3).expect("OUT_DIR is inside the target folder").join("atlas-texts");
    // Only this build's files: the hook copies the whole folder.
    let _ = std::fs::remove_dir_all(&texts_dir);
    std::fs::create_dir_all(&texts_dir).expect("create the texts folder");
    for (lang, bytes) in &packed.texts {
        std::fs::write(texts_dir.join(packed.texts_file(*lang)), bytes).expect("write the texts");
    }
    // The powers' colours as a stylesheet of its own (no `<style>` written at run time: the page runs under
    // `style-src 'self'`), named by a hash of its text like Trunk's assets; the hook links it from the page.
    if let Ok(atlas) = &result {
        let css = atlas_core::palette::palette_css(atlas);
        let hash =
            css.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        std::fs::write(texts_dir.join(format!("palette-{hash:016x}.css")), css).expect("write the palette");
    }
}
