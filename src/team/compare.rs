//! "Compare with…" a commit or a colleague's branch: the project as it is in
//! another version of the repository (`git show REV:path`), its annotators renamed
//! so that the Review window shows it as another annotator's side.

use std::path::Path;

use super::{Git, TeamError};
use crate::model::Project;
use crate::review::annotator_of;
use crate::store::parse_project_bytes;

/// The project at `path` as it is in revision `rev` (a commit, a branch, a tag, as
/// git names them). A name git could take for an option, or a revision without the
/// file, is refused with a one-line reason.
pub fn project_at(path: &Path, rev: &str) -> Result<Project, TeamError> {
    let rev = rev.trim();
    if rev.is_empty() || rev.starts_with('-') || rev.contains(':') || rev.contains('\n') {
        return Err(TeamError::Io(format!(
            "'{}' is not a commit or branch name",
            crate::model::printable_line(rev)
        )));
    }
    let git = Git::containing(path)?;
    let rel = git.relative(path)?;
    let run = git.run(["show", "--no-color", &format!("{rev}:{rel}")])?;
    if !run.ok {
        return Err(TeamError::Io(format!(
            "{rel} is not in '{rev}': {}",
            run.first_line()
        )));
    }
    Ok(parse_project_bytes(run.stdout.as_bytes(), Path::new(&rel))?)
}

/// `project` with every annotator renamed `NAME @ LABEL` (`LABEL` names the
/// version): the Review window takes annotators by name, so the analyst's own
/// earlier work becomes a side of its own.
pub fn as_other_side(mut project: Project, label: &str) -> Project {
    for a in &mut project.annotations {
        let who = annotator_of(a).to_string();
        a.author = format!("{who} @ {label}");
        a.edited_by = None;
    }
    project
}

/// A short name for `rev` in annotator names: the first 10 chars of a hash,
/// a branch or tag name as given.
pub fn version_label(rev: &str) -> String {
    let rev = rev.trim();
    let is_hash = rev.len() >= 12 && rev.chars().all(|c| c.is_ascii_hexdigit());
    if is_hash {
        rev.chars().take(10).collect()
    } else {
        rev.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    #[test]
    fn option_like_and_empty_revisions_are_refused_before_git_runs() {
        for rev in ["", "  ", "--output=x", "HEAD:other.ron"] {
            let e = project_at(Path::new("/nonexistent/p.ron"), rev).unwrap_err();
            assert!(
                e.to_string().contains("not a commit or branch"),
                "{rev}: {e}"
            );
        }
    }

    #[test]
    fn the_other_side_gets_its_own_annotator_names() {
        let mut p = Project::new("p");
        p.documents.push(Document::new("d", "t", "조선 text"));
        let mut a = Annotation::new("d", 0, 2, "조선", "claim", "alice");
        a.edited_by = Some("bob".into());
        p.annotations.push(a);
        p.annotations
            .push(Annotation::new("d", 3, 7, "text", "claim", ""));
        let other = as_other_side(p, "abc1234567");
        let names: Vec<&str> = other
            .annotations
            .iter()
            .map(|a| a.author.as_str())
            .collect();
        assert_eq!(names[0], "bob @ abc1234567");
        assert!(names[1].ends_with(" @ abc1234567") && names[1].len() > 13);
        assert_eq!(version_label("0123456789abcdef0123"), "0123456789");
        assert_eq!(version_label(" bob/main "), "bob/main");
    }
}
