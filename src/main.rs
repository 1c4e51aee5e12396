//! Entry point: install the panic hook and mount the app. Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(japan_soviet_atlas::App);
    // The page's own outline of the map (index.html, painted before the wasm arrived) gives way to the stage, in
    // the same task: no frame without a map.
    japan_soviet_atlas::remove_shell();
    // Mounting is synchronous: the map is drawn with the initial date's colours by now (the benchmark reads this).
    japan_soviet_atlas::mark("atlas-map-drawn");
}
