//! The analyst's settings: name, text size, theme and recent files, kept in a RON
//! file (`<config dir>/marginalia/settings.ron`) or, for tests, only in memory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Text size of the document view when nothing is remembered.
pub const DEFAULT_FONT_SIZE: f32 = 16.0;
/// Smallest text size Ctrl+- reaches.
pub const MIN_FONT_SIZE: f32 = 8.0;
/// Largest text size Ctrl+= reaches.
pub const MAX_FONT_SIZE: f32 = 40.0;
/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// What the window remembers between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The analyst's name, stored on each annotation; empty until asked.
    pub analyst: String,
    /// Text size of the document view, in points.
    pub font_size: f32,
    /// Dark theme when true, light otherwise.
    pub dark_mode: bool,
    /// Ctrl+= / Ctrl+- size the whole window (menus, panels, dialogs) when true,
    /// the article only when false.
    pub text_size_whole_window: bool,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    // --- suggestions (issue 11) ---
    /// Suggestions shown in the article and the list (View ▸ Suggestions).
    pub suggestions_on: bool,
    /// Suggestion rules the analyst switched off ("don't suggest this rule").
    pub disabled_rules: Vec<String>,
    /// The rules' suggestions (issue 20: rules and the learned model can each be
    /// switched off).
    pub suggest_rules_on: bool,
    /// The learned model's suggestions (trained on the project's annotations).
    /// Off until the analyst turns it on: on the sample its suggestions are well
    /// below the rules' (held-out F1 0.46–0.67), and a 10,000-article project's
    /// first training takes ~25 s on the suggestion thread.
    pub suggest_model_on: bool,
    // --- end suggestions ---
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            analyst: String::new(),
            font_size: DEFAULT_FONT_SIZE,
            dark_mode: false,
            text_size_whole_window: false,
            recent: Vec::new(),
            suggestions_on: false,
            disabled_rules: Vec::new(),
            suggest_rules_on: true,
            suggest_model_on: false,
        }
    }
}

impl Settings {
    /// Puts `path` at the top of the recent files, without duplicates.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// The project to start on when the window is opened with no file: the most
    /// recent project file (`.ron`) that still exists. Articles in the recent list
    /// are skipped (opening one alone makes a new project, not the work left).
    pub fn last_project(&self) -> Option<PathBuf> {
        self.recent
            .iter()
            .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) && p.is_file())
            .cloned()
    }

    /// The text size clamped to the allowed range (a hand-edited file may hold
    /// anything).
    pub fn clamped_font_size(&self) -> f32 {
        if self.font_size.is_finite() {
            self.font_size.clamp(MIN_FONT_SIZE, MAX_FONT_SIZE)
        } else {
            DEFAULT_FONT_SIZE
        }
    }
}

impl Settings {
    /// The article's text size: the chosen size, or (when the whole window is
    /// sized) the default one, which the window's zoom then scales.
    pub fn article_font_size(&self) -> f32 {
        if self.text_size_whole_window {
            DEFAULT_FONT_SIZE
        } else {
            self.clamped_font_size()
        }
    }

    /// The window's zoom factor: 1, or the chosen text size over the default one
    /// when the whole window is sized.
    pub fn zoom_factor(&self) -> f32 {
        if self.text_size_whole_window {
            self.clamped_font_size() / DEFAULT_FONT_SIZE
        } else {
            1.0
        }
    }
}

/// Where settings live: a file, or nowhere (tests, or no config directory).
#[derive(Debug, Clone, PartialEq)]
pub enum SettingsStore {
    /// Read from and written to this RON file.
    File(PathBuf),
    /// Kept in memory only; nothing touches the disk.
    Memory,
}

impl SettingsStore {
    /// The user's settings file, `<config dir>/marginalia/settings.ron`, or memory
    /// when the system has no config directory.
    pub fn user() -> Self {
        match dirs::config_dir() {
            Some(dir) => SettingsStore::File(dir.join("marginalia").join("settings.ron")),
            None => SettingsStore::Memory,
        }
    }

    /// Loads the settings. A missing file gives the defaults; an unreadable one
    /// gives the defaults and a one-line reason.
    pub fn load(&self) -> (Settings, Option<String>) {
        let SettingsStore::File(path) = self else {
            return (Settings::default(), None);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Settings::default(), None);
            }
            Err(e) => {
                return (
                    Settings::default(),
                    Some(format!("cannot read settings {}: {e}", path.display())),
                );
            }
        };
        match ron::from_str::<Settings>(&text) {
            Ok(s) => (s, None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "settings {} ignored: {}",
                    path.display(),
                    one_line(&e.to_string())
                )),
            ),
        }
    }

    /// Writes the settings (atomically); an error is returned as one line.
    pub fn save(&self, settings: &Settings) -> Result<(), String> {
        let SettingsStore::File(path) = self else {
            return Ok(());
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
            .map_err(|e| format!("cannot write settings: {e}"))?;
        crate::store::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
    }
}

/// The first line of `s`.
pub fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_project_is_the_newest_existing_project_file() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone.ron");
        let article = dir.path().join("조선.md");
        let kept = dir.path().join("kept.ron");
        let older = dir.path().join("older.RON");
        for p in [&article, &kept, &older] {
            std::fs::write(p, "x").unwrap();
        }
        let mut s = Settings::default();
        assert_eq!(s.last_project(), None);
        for p in [&older, &kept, &article, &gone] {
            s.remember(p);
        }
        assert_eq!(s.last_project(), Some(std::path::absolute(&kept).unwrap()));
    }

    #[test]
    fn settings_round_trip_through_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::File(dir.path().join("sub").join("settings.ron"));
        assert_eq!(store.load(), (Settings::default(), None));
        let mut s = Settings {
            analyst: "김 analyst".into(),
            font_size: 20.0,
            dark_mode: true,
            ..Settings::default()
        };
        s.remember(Path::new("/tmp/a.ron"));
        s.remember(Path::new("/tmp/b.ron"));
        s.remember(Path::new("/tmp/a.ron"));
        store.save(&s).unwrap();
        let (back, note) = store.load();
        assert_eq!(note, None);
        assert_eq!(back, s);
        assert_eq!(back.recent[0], PathBuf::from("/tmp/a.ron"));
        assert_eq!(back.recent.len(), 2);
    }

    #[test]
    fn a_broken_settings_file_gives_defaults_and_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "not ron at all (").unwrap();
        let (s, note) = SettingsStore::File(path).load();
        assert_eq!(s, Settings::default());
        assert!(note.unwrap().contains("ignored"));
    }

    #[test]
    fn memory_store_touches_nothing() {
        let s = Settings {
            font_size: f32::NAN,
            ..Settings::default()
        };
        assert!(SettingsStore::Memory.save(&s).is_ok());
        assert_eq!(s.clamped_font_size(), DEFAULT_FONT_SIZE);
    }
}
