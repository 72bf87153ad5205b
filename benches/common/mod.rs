//! What the benches share: the generated cases, built once per process and only when
//! a selected bench needs them.

#![allow(dead_code)] // each bench uses part of it

#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod frames;
pub mod process;
pub mod reviewed;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use criterion::Criterion;
use marginalia::model::Project;
use marginalia::model::generate::{GenerateSpec, generate_project};

/// The sizes measured, small to large, by name.
pub const CASES: [(&str, GenerateSpec); 4] = [
    ("small_10k", GenerateSpec::SMALL),
    ("peer_117k", GenerateSpec::PEER_117K),
    ("peer_1m", GenerateSpec::PEER_1M),
    ("large_10m", GenerateSpec::LARGE),
];

/// The small and the large case, the pair every bench shows side by side.
pub const SMALL_AND_LARGE: [usize; 2] = [0, 3];

fn slot(case: usize) -> &'static OnceLock<Project> {
    static SLOTS: [OnceLock<Project>; 4] = [const { OnceLock::new() }; 4];
    &SLOTS[case]
}

/// The generated project of case `case` (an index into [`CASES`]).
pub fn project(case: usize) -> &'static Project {
    slot(case).get_or_init(|| generate_project(&CASES[case].1))
}

/// A scratch folder for the run.
pub fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("marginalia-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

/// An empty folder for the window's settings and saved-projects list.
pub fn app_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = scratch().join("app");
        std::fs::create_dir_all(&dir).expect("app folder");
        dir
    })
}

/// The project of case `case` saved as a file (written once).
pub fn project_file(case: usize) -> &'static PathBuf {
    static FILES: [OnceLock<PathBuf>; 4] = [const { OnceLock::new() }; 4];
    FILES[case].get_or_init(|| {
        let path = scratch().join(format!("{}.ron", CASES[case].0));
        marginalia::store::save_project(&path, project(case)).expect("save case");
        path
    })
}

/// Case `case` as an analyst working with the rules leaves it
/// ([`reviewed::reviewed`]), saved as a file (built and written once).
pub fn reviewed_file(case: usize) -> &'static PathBuf {
    static FILES: [OnceLock<PathBuf>; 4] = [const { OnceLock::new() }; 4];
    FILES[case].get_or_init(|| {
        let path = scratch().join(format!("{}_reviewed.ron", CASES[case].0));
        let project = reviewed::reviewed(project(case));
        eprintln!(
            "{}, reviewed with the rules: {} annotations, {} rejected spans",
            CASES[case].0,
            project.annotations.len(),
            project.rejected.len()
        );
        marginalia::store::save_project(&path, &project).expect("save reviewed case");
        path
    })
}

/// Two analysts' projects on the same articles: alice has every annotation of case
/// `case`; bob skips one in five, labels one in seven differently and ends one in
/// eleven a char earlier.
pub fn two_analysts(case: usize) -> (Project, Project) {
    marginalia::model::generate::two_analysts(project(case))
}

/// Criterion settings that keep a full `cargo bench` within minutes on two cores.
pub fn quick() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .without_plots()
}
