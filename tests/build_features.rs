//! The window stack is optional: `eframe`, `egui`, `rfd` and `egui_plot` (the
//! source analytics charts, issue 13) are optional
//! dependencies enabled only by the `gui` feature (on by default), so
//! `cargo build --no-default-features` gives the command line without them.
//! Reads `Cargo.toml` as text (a `cargo tree` run would be too slow for a test).

use std::path::Path;

/// The window's dependencies, in `Cargo.toml`'s order.
const WINDOW_STACK: [&str; 4] = ["eframe", "egui", "rfd", "egui_plot"];

/// The lines of the `[section]` table of the manifest, up to the next table.
fn section<'a>(manifest: &'a str, name: &str) -> Vec<&'a str> {
    let header = format!("[{name}]");
    manifest
        .lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .collect()
}

/// The text of the entry `key = …` in `lines`, with its continuation lines (an
/// inline table or an array may span several lines).
fn entry(lines: &[&str], key: &str) -> Option<String> {
    let start = lines
        .iter()
        .position(|l| l.split('=').next().is_some_and(|k| k.trim() == key))?;
    let mut text = String::new();
    for line in &lines[start..] {
        if !text.is_empty() && line.contains(" = ") && !line.starts_with(' ') {
            break;
        }
        text.push_str(line);
        text.push('\n');
    }
    Some(text)
}

fn manifest() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    std::fs::read_to_string(&path).expect("Cargo.toml is readable")
}

#[test]
fn window_dependencies_are_optional_and_enabled_by_gui() {
    let manifest = manifest();
    let deps = section(&manifest, "dependencies");
    for dep in WINDOW_STACK {
        let text = entry(&deps, dep).unwrap_or_else(|| panic!("{dep} is a dependency"));
        assert!(
            text.contains("optional = true"),
            "{dep} must be optional:\n{text}"
        );
    }
    let features = section(&manifest, "features");
    let gui = entry(&features, "gui").expect("a `gui` feature");
    for dep in WINDOW_STACK {
        assert!(
            gui.contains(&format!("\"dep:{dep}\"")),
            "gui must enable {dep}: {gui}"
        );
    }
    let default = entry(&features, "default").expect("default features");
    assert!(
        default.contains("\"gui\""),
        "gui is on by default: {default}"
    );
}

#[test]
fn no_other_dependency_is_optional() {
    // A crate made optional by mistake would vanish from the headless build.
    let manifest = manifest();
    let deps = section(&manifest, "dependencies");
    let optional: Vec<&str> = deps
        .iter()
        .filter(|l| l.contains("optional = true"))
        .filter_map(|l| l.split('=').next().map(str::trim))
        .collect();
    assert_eq!(optional, WINDOW_STACK);
}

#[test]
fn window_only_benches_require_gui() {
    let manifest = manifest();
    for bench in ["frame", "window_tag"] {
        let block = manifest
            .split("[[bench]]")
            .find(|b| b.contains(&format!("name = \"{bench}\"")))
            .unwrap_or_else(|| panic!("bench {bench} is declared"));
        assert!(
            block.contains("required-features = [\"gui\"]"),
            "bench {bench} needs the window: {block}"
        );
    }
}
