//! Setting a repository up for project merges: the `.gitattributes` line that sends
//! `*.ron` files to the driver, and the `merge.marginalia` config that names it.

use std::path::Path;

use super::{Git, TeamError};

/// The `.gitattributes` line that routes project files to the driver.
pub const ATTRIBUTES_LINE: &str = "*.ron merge=marginalia";

/// The driver's name in git config (`merge.marginalia.*`).
pub const DRIVER_NAME: &str = "Marginalia project merge (by identity)";

/// What [`git_setup`] did, one line each, for the analyst.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetupReport {
    /// Lines saying what was written or was already there.
    pub lines: Vec<String>,
    /// True when `.gitattributes` was written (to be committed for colleagues).
    pub attributes_written: bool,
}

/// The `merge.marginalia.driver` command for the program at `exe`.
pub fn driver_command(exe: &Path) -> String {
    let exe = exe.to_string_lossy();
    let quoted = if exe
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:".contains(c))
    {
        exe.into_owned()
    } else {
        format!("'{}'", exe.replace('\'', r"'\''"))
    };
    format!("{quoted} merge-driver %O %A %B %P")
}

/// Sets the repository holding `repo` (a folder or a file in it) up for Marginalia
/// merges: adds [`ATTRIBUTES_LINE`] to the top `.gitattributes` unless a line
/// already sends `*.ron` to `merge=marginalia`, and sets `merge.marginalia.name` and
/// `merge.marginalia.driver` (to `driver`, see [`driver_command`]) in the
/// repository's config when they differ.
pub fn git_setup(repo: &Path, driver: &str) -> Result<SetupReport, TeamError> {
    let git = Git::containing(repo)?;
    let mut report = SetupReport::default();
    let attributes = git.root.join(".gitattributes");
    let old = match std::fs::read_to_string(&attributes) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(TeamError::Io(format!("{}: {e}", attributes.display()))),
    };
    let present = old.lines().any(|l| {
        let mut words = l.split_whitespace();
        words.next() == Some("*.ron") && words.any(|w| w == "merge=marginalia")
    });
    if present {
        report.lines.push(format!(
            "{} already sends *.ron to the driver",
            attributes.display()
        ));
    } else {
        let mut text = old;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTES_LINE);
        text.push('\n');
        crate::store::write_atomic_with(&attributes, text.as_bytes(), false)?;
        report.attributes_written = true;
        report.lines.push(format!(
            "added `{ATTRIBUTES_LINE}` to {} (commit it so colleagues get it)",
            attributes.display()
        ));
    }
    for (key, value) in [
        ("merge.marginalia.name", DRIVER_NAME),
        ("merge.marginalia.driver", driver),
    ] {
        if git.config(key).as_deref() == Some(value) {
            report.lines.push(format!("git config {key} already set"));
        } else {
            git.ok("config", ["config", key, value])?;
            report.lines.push(format!("set git config {key} = {value}"));
        }
    }
    Ok(report)
}

/// True when the repository of `git` sends project files to a configured driver.
pub(crate) fn is_set_up(git: &Git) -> bool {
    let attrs = std::fs::read_to_string(git.root.join(".gitattributes")).unwrap_or_default();
    attrs.lines().any(|l| {
        let mut w = l.split_whitespace();
        w.next() == Some("*.ron") && w.any(|x| x == "merge=marginalia")
    }) && git.config("merge.marginalia.driver").is_some()
}
