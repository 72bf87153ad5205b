//! `.ron` files that are not projects (settings, rule files, anything else the
//! `*.ron merge=marginalia` line sends to the driver): recognised by their opening
//! and merged as text by `git merge-file`, as git would have without the driver.

use std::io::Read;
use std::path::Path;

use super::TeamError;
use super::git::git_in;

/// The fields a project file may open with (after `Project(` or a bare `(`).
const PROJECT_FIELDS: [&str; 5] = ["format", "name", "schema", "documents", "annotations"];

/// True when the file at `path` opens like a Marginalia project (`Project(`, or
/// `(` and a project field); an empty or unreadable file counts as one (the
/// project merge then says what is wrong with it).
pub fn is_project_file(path: &Path) -> bool {
    let mut head = Vec::with_capacity(4096);
    let read = std::fs::File::open(path).and_then(|f| f.take(4096).read_to_end(&mut head));
    if read.is_err() {
        return true;
    }
    let text = String::from_utf8_lossy(&head);
    let body: String = text
        .trim_start_matches('\u{feff}')
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let body = body.trim_start();
    if body.is_empty() || body.starts_with("Project(") {
        return true;
    }
    let Some(rest) = body.strip_prefix('(') else {
        return false;
    };
    let field: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    PROJECT_FIELDS.contains(&field.as_str())
}

/// Merges `ours`, `base` and `theirs` as text with `git merge-file`, the result
/// in `ours` (conflicts between `<<<<<<<` markers, as git does for any text
/// file). True when it merged cleanly.
pub fn merge_text_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: &str,
) -> Result<bool, TeamError> {
    let abs = |p: &Path| std::path::absolute(p).map_err(|e| TeamError::Io(e.to_string()));
    let (base, ours, theirs) = (abs(base)?, abs(ours)?, abs(theirs)?);
    let dir = ours.parent().unwrap_or(Path::new("/")).to_path_buf();
    let ours_label = format!("ours:{name}");
    let theirs_label = format!("theirs:{name}");
    let args: Vec<&std::ffi::OsStr> = vec![
        "merge-file".as_ref(),
        "-L".as_ref(),
        ours_label.as_ref(),
        "-L".as_ref(),
        "base".as_ref(),
        "-L".as_ref(),
        theirs_label.as_ref(),
        ours.as_os_str(),
        base.as_os_str(),
        theirs.as_os_str(),
    ];
    let run = git_in(&dir, args)?;
    if run.ok {
        return Ok(true);
    }
    // git merge-file exits with the number of conflicts (> 0), or a negative
    // number (255 and up as an exit code) on an error, with a message.
    if run.stderr.trim().is_empty() {
        Ok(false)
    } else {
        Err(TeamError::Git {
            step: "merge-file".into(),
            detail: run.first_line(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projects_are_told_from_other_ron_files_by_their_opening() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            ("Project(\n    format: 3,", true),
            ("\u{feff}// a comment\n(\n  format: 1, name: \"조선\"", true),
            ("(documents: [])", true),
            ("", true),
            ("Settings(analyst: \"alice\")", false),
            ("(analyst: \"alice\", font_size: 16.0)", false),
            ("[1, 2, 3]", false),
        ];
        for (i, (text, project)) in cases.iter().enumerate() {
            let path = dir.path().join(format!("{i}.ron"));
            std::fs::write(&path, text).unwrap();
            assert_eq!(is_project_file(&path), *project, "{text:?}");
        }
    }
}
