//! A project's own suggestion rules (issue 11): `NAME.rules.ron` beside the
//! project file `NAME.ron`, used instead of the built-in rules when it is there,
//! by `marginalia suggest` and by the window (which also edits it).

use std::path::{Path, PathBuf};

use super::rules::{RuleSet, RulesError};
use crate::read::read_limited;

/// The largest rules file read (the built-in one is about 30 KB).
pub const MAX_RULES_BYTES: u64 = 4 << 20;

/// Where a project's rules come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The rules built into the program.
    Builtin,
    /// The project's rules file.
    File(PathBuf),
}

/// A project's rules file that cannot be read, used or written.
#[derive(Debug, thiserror::Error)]
pub enum RulesFileError {
    /// Not readable: missing, a folder, a device, too large, a link leading out of
    /// the project's folder.
    #[error("{name}: {reason}")]
    Read {
        /// The file's name.
        name: String,
        /// Why, in one line.
        reason: String,
    },
    /// Read, but not rules that compile.
    #[error("{name}: {source}")]
    Invalid {
        /// The file's name.
        name: String,
        /// What is wrong (a RON error says its line:col).
        source: RulesError,
    },
    /// Cannot be written, renamed or removed.
    #[error("{name}: cannot write: {reason}")]
    Write {
        /// The file's name.
        name: String,
        /// Why, in one line.
        reason: String,
    },
}

/// The rules file of the project file `project` (`dir/NAME.ron` →
/// `dir/NAME.rules.ron`).
pub fn rules_path(project: &Path) -> PathBuf {
    let stem = project.file_stem().unwrap_or_default().to_string_lossy();
    project.with_file_name(format!("{stem}.rules.ron"))
}

/// Where "Back to built-in rules" puts a project's rules file
/// (`NAME.rules.ron.bak`).
pub fn backup_path(project: &Path) -> PathBuf {
    let path = rules_path(project);
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rules a project uses: its rules file when there is one (`project_path`
/// given and `NAME.rules.ron` present), else the built-in rules.
pub fn rules_for_project(project_path: Option<&Path>) -> Result<(RuleSet, Origin), RulesFileError> {
    let Some(project) = project_path else {
        return Ok((RuleSet::builtin(), Origin::Builtin));
    };
    let path = rules_path(project);
    match read_rules_text(&path)? {
        None => Ok((RuleSet::builtin(), Origin::Builtin)),
        Some(text) => {
            let rules = compile(&path, &text)?;
            Ok((rules, Origin::File(path)))
        }
    }
}

/// The text the rules editor starts from: the project's rules file, or the
/// built-in rules' text (comments kept) when it has none.
pub fn rules_text_for_project(project_path: Option<&Path>) -> Result<String, RulesFileError> {
    let text = match project_path {
        Some(project) => read_rules_text(&rules_path(project))?,
        None => None,
    };
    Ok(text.unwrap_or_else(|| RuleSet::builtin_text().to_string()))
}

/// Parses `text` as rules and checks that they compile (every pattern and
/// lexicon), naming `path` in the error.
fn compile(path: &Path, text: &str) -> Result<RuleSet, RulesFileError> {
    let invalid = |source| RulesFileError::Invalid {
        name: name_of(path),
        source,
    };
    let rules = RuleSet::from_ron(text).map_err(invalid)?;
    // The patterns and lexicons compile only in a suggester.
    super::Suggester::new(rules.clone(), crate::model::SourceRegistry::builtin())
        .map_err(invalid)?;
    Ok(rules)
}

/// The text of the rules file at `path`, `None` when there is none. Refuses a
/// folder, a device, a file over [`MAX_RULES_BYTES`], a symbolic link leading
/// out of its folder, and bytes that are not UTF-8.
fn read_rules_text(path: &Path) -> Result<Option<String>, RulesFileError> {
    let refuse = |reason: String| RulesFileError::Read {
        name: name_of(path),
        reason,
    };
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(refuse(one_line(&e.to_string()))),
    };
    if meta.file_type().is_symlink() && !link_stays_inside(path) {
        return Err(refuse(format!("{LINK_OUT}: not read")));
    }
    let bytes =
        read_limited(path, MAX_RULES_BYTES).map_err(|e| refuse(one_line(&e.to_string())))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| refuse(format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to())))?;
    Ok(Some(text))
}

const LINK_OUT: &str = "a symbolic link leading out of the project's folder";

/// True when the symbolic link `path` leads to a file inside its own folder
/// (or a folder under it).
fn link_stays_inside(path: &Path) -> bool {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let dir = dir.unwrap_or(Path::new("."));
    match (std::fs::canonicalize(path), std::fs::canonicalize(dir)) {
        (Ok(target), Ok(dir)) => target.starts_with(dir),
        _ => false,
    }
}

/// Saves `text` as the rules file of the project file `project`: compiled first
/// (nothing written when it does not), then written atomically. Returns the
/// rules and the file written.
pub fn save_project_rules(
    project: &Path,
    text: &str,
) -> Result<(RuleSet, PathBuf), RulesFileError> {
    let path = rules_path(project);
    let rules = compile(&path, text)?;
    let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && !link_stays_inside(&path) {
        return Err(RulesFileError::Write {
            name: name_of(&path),
            reason: format!("{LINK_OUT}: not written through"),
        });
    }
    crate::store::write_atomic_with(&path, text.as_bytes(), false).map_err(|e| {
        RulesFileError::Write {
            name: name_of(&path),
            reason: one_line(&e.to_string()),
        }
    })?;
    Ok((rules, path))
}

/// "Back to built-in rules": renames the project's rules file to
/// `NAME.rules.ron.bak` (replacing an older one). Returns the backup's path, or
/// `None` when there was no rules file.
pub fn retire_project_rules(project: &Path) -> Result<Option<PathBuf>, RulesFileError> {
    let path = rules_path(project);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let bak = backup_path(project);
    std::fs::rename(&path, &bak).map_err(|e| RulesFileError::Write {
        name: name_of(&path),
        reason: one_line(&e.to_string()),
    })?;
    Ok(Some(bak))
}

/// What [`carry_project_rules`] did when a project was saved under a new name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Carried {
    /// Nothing to do: neither project has a rules file, or the name is the same.
    Nothing,
    /// The old project's rules file was copied beside the new one (this path).
    Copied(PathBuf),
    /// The old project used the built-in rules; the rules file that was beside the
    /// new name (another project's) was moved aside to this `.bak`.
    SetAside(PathBuf),
}

/// Makes the rules follow a project saved under a new name ("Save As" from `from`
/// to `to`): the rules file of `from` is copied to `to`'s (written atomically; a
/// different file already there is kept as `.bak` first), or, when `from` had none
/// (or was never saved), a rules file already beside `to` is moved to `.bak`, so
/// the project saved under the new name suggests with the rules it used before.
/// `from`'s file is read with the same checks as any rules file.
pub fn carry_project_rules(from: Option<&Path>, to: &Path) -> Result<Carried, RulesFileError> {
    if from == Some(to) {
        return Ok(Carried::Nothing);
    }
    let text = match from {
        Some(from) => read_rules_text(&rules_path(from))?,
        None => None,
    };
    let target = rules_path(to);
    let existing = read_rules_text(&target).ok().flatten();
    let target_exists = std::fs::symlink_metadata(&target).is_ok();
    match text {
        None if !target_exists => Ok(Carried::Nothing),
        None => Ok(retire_project_rules(to)?.map_or(Carried::Nothing, Carried::SetAside)),
        Some(text) if existing.as_deref() == Some(text.as_str()) => Ok(Carried::Copied(target)),
        Some(text) => {
            if target_exists {
                retire_project_rules(to)?;
            }
            crate::store::write_atomic_with(&target, text.as_bytes(), false).map_err(|e| {
                RulesFileError::Write {
                    name: name_of(&target),
                    reason: one_line(&e.to_string()),
                }
            })?;
            Ok(Carried::Copied(target))
        }
    }
}

#[cfg(test)]
#[path = "project_rules_tests.rs"]
mod tests;
