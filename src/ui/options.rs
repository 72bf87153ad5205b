//! What the window is started with (settings store, folders, dialogs, autosave).

use std::path::PathBuf;

use super::settings::SettingsStore;

/// What the app is started with; tests inject a settings store in memory and a
/// temporary saved-projects folder so they never touch the real home directory.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// Where the analyst's settings live.
    pub settings: SettingsStore,
    /// The `saved_projects/` folder.
    pub saved_projects_dir: PathBuf,
    /// Use the system file dialog (rfd) for Open… and Save As…; when false the
    /// typed-path dialog is used instead (tests, or no desktop).
    pub native_dialogs: bool,
    /// Where unsaved work is autosaved and found again after a crash (`None`: no
    /// autosave, as in tests).
    pub recovery_dir: Option<PathBuf>,
    /// Time between two autosaves of unsaved work.
    pub autosave_interval: std::time::Duration,
}

impl AppOptions {
    /// The real user's settings and the default saved-projects folder.
    pub fn user() -> Self {
        AppOptions {
            settings: SettingsStore::user(),
            saved_projects_dir: super::saved_projects::default_dir(),
            native_dialogs: true,
            recovery_dir: crate::store::RecoveryStore::default_location().map(|s| s.dir),
            autosave_interval: crate::store::DEFAULT_AUTOSAVE_INTERVAL,
        }
    }

    /// Settings in memory, saving under `saved_projects_dir`, no system dialogs.
    pub fn for_tests(saved_projects_dir: impl Into<PathBuf>) -> Self {
        AppOptions {
            settings: SettingsStore::Memory,
            saved_projects_dir: saved_projects_dir.into(),
            native_dialogs: false,
            recovery_dir: None,
            autosave_interval: crate::store::DEFAULT_AUTOSAVE_INTERVAL,
        }
    }
}
