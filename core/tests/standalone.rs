//! The repository stands on its own: no script, comment, data file or document points to a folder outside it or
//! to a path that no longer exists. (Sources are named, not located on someone's disk.)

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every text file the project keeps, outside build output and installed packages.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "target" | "node_modules" | "dist" | "dist-single" | "test-results" | "tmp")
                && !name.starts_with('.')
            {
                files(&path, out);
            }
        } else if [".rs", ".mjs", ".js", ".sh", ".toml", ".md", ".css", ".html", ".json"]
            .iter()
            .any(|e| name.ends_with(e))
            && !name.ends_with("-lock.json")
        {
            out.push(path);
        }
    }
}

#[test]
fn nothing_points_outside_the_repository() {
    // Written in pieces so that this file does not match itself.
    let needles =
        [["/wo", "rk/"].concat(), ["shared", "/"].concat(), ["tools/", "geo/"].concat(), ["seeds", "/"].concat()];
    let mut all = Vec::new();
    files(&root(), &mut all);
    assert!(all.len() > 50, "found only {} files under {}", all.len(), root().display());
    let mut found = Vec::new();
    for path in &all {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        for (i, line) in text.lines().enumerate() {
            for n in &needles {
                if line.contains(n.as_str()) {
                    found.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "paths outside the repository:\n{}", found.join("\n"));
}
