//! Syncing a project with the team: commit the saved project, pull colleagues'
//! work (merged by the driver), push.

use std::path::Path;

use super::TeamError;
use super::counts::AnnotationCounts;
use super::git::{Git, classify};
use super::setup::{git_setup, is_set_up};
use crate::model::Project;
use crate::store::{ProjectLock, load_project, parse_project_bytes};
use crate::task::Progress;

/// How to sync.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The commit message's first line (default: one naming the analyst and the
    /// counts).
    pub message: Option<String>,
    /// The analyst named in the message (default: git's `user.name`).
    pub analyst: Option<String>,
    /// The merge driver command to set up if the repository has none (see
    /// [`super::driver_command`]).
    pub driver: String,
}

/// What a sync did.
#[derive(Debug, Clone, Default)]
pub struct SyncReport {
    /// The commit made of the local work, if there was any to commit: (short hash,
    /// counts since the previous commit).
    pub committed: Option<(String, AnnotationCounts)>,
    /// The remote used, once known.
    pub remote: Option<String>,
    /// Colleagues' annotations brought in by the pull (counts from the local
    /// version to the merged one); `None` when nothing came in.
    pub pulled: Option<AnnotationCounts>,
    /// Annotation conflicts in the project after the pull (both versions kept,
    /// marked, for the Review window).
    pub conflicts: usize,
    /// Merge notes in the project after the pull (issue 14: a document, label or
    /// name changed differently on both sides; the other version kept in the note).
    pub merge_notes: usize,
    /// True when the push went through.
    pub pushed: bool,
    /// Lines about the setup the sync did on the way (driver config).
    pub setup: Vec<String>,
}

/// A failed sync: the error, and what was done before it (the local commit, if
/// any, is kept: the work is safe in the repository).
#[derive(Debug)]
pub struct SyncFailure {
    /// Why it stopped.
    pub error: TeamError,
    /// What had been done.
    pub done: Box<SyncReport>,
}

/// Commits the saved project at `project` (message naming the analyst and the
/// counts of annotations added and removed), pulls from the branch's remote with
/// the merge driver (setting the driver up first if needed), commits the merge —
/// conflicts it kept in the project included — and pushes. Holds the project lock
/// throughout, so that no save lands in the middle. Reports its phases to
/// `progress`.
pub fn sync(
    project: &Path,
    options: &SyncOptions,
    progress: &Progress,
) -> Result<SyncReport, SyncFailure> {
    let mut done = SyncReport::default();
    match sync_inner(project, options, progress, &mut done) {
        Ok(()) => Ok(done),
        Err(error) => Err(SyncFailure {
            error,
            done: Box::new(done),
        }),
    }
}

fn sync_inner(
    project: &Path,
    options: &SyncOptions,
    progress: &Progress,
    done: &mut SyncReport,
) -> Result<(), TeamError> {
    progress.start_phase("Committing", 0);
    let git = Git::containing(project)?;
    let local = load_project(project)?;
    let _lock = ProjectLock::acquire(project)?;
    let rel = git.relative(project)?;
    if !is_set_up(&git) && !options.driver.is_empty() {
        let report = git_setup(&git.root, &options.driver)?;
        done.setup = report.lines;
    }
    done.committed = commit(&git, &rel, &local, options)?;
    let (remote, branch) = upstream(&git)?;
    done.remote = Some(remote.clone());
    progress.start_phase("Pulling", 0);
    let before = git.ok("rev-parse", ["rev-parse", "HEAD"])?;
    if pull(&git, &remote, &branch)? {
        let merged = load_project(project)?;
        done.conflicts = merged
            .annotations
            .iter()
            .filter(|a| a.conflict.is_some())
            .count();
        done.merge_notes = merged.merge_notes.len();
        let after = git.ok("rev-parse", ["rev-parse", "HEAD"])?;
        if after != before {
            done.pulled = Some(AnnotationCounts::between(Some(&local), &merged));
        }
    }
    progress.start_phase("Pushing", 0);
    let mut push = push_to(&git, &remote, &branch);
    if matches!(&push, Err(TeamError::Git { detail, .. }) if detail.contains("rejected") || detail.contains("fetch first"))
    {
        // A colleague pushed in between: pull once more, then push again.
        pull(&git, &remote, &branch)?;
        push = push_to(&git, &remote, &branch);
    }
    push?;
    done.pushed = true;
    Ok(())
}

/// Commits the project file (and `.gitattributes` when the sync wrote it) if it
/// changed; returns the commit's short hash and counts.
fn commit(
    git: &Git,
    rel: &str,
    local: &Project,
    options: &SyncOptions,
) -> Result<Option<(String, AnnotationCounts)>, TeamError> {
    let mut paths = vec![rel.to_string()];
    let attributes = git.run(["status", "--porcelain", "--", ".gitattributes"])?;
    if !attributes.stdout.trim().is_empty() {
        paths.push(".gitattributes".into());
    }
    git.ok(
        "add",
        ["add", "--"]
            .into_iter()
            .map(String::from)
            .chain(paths.clone()),
    )?;
    let staged = git.run(
        ["diff", "--cached", "--quiet", "--"]
            .into_iter()
            .map(String::from)
            .chain(paths.clone()),
    )?;
    if staged.ok {
        return Ok(None);
    }
    let previous = git
        .run(["show", &format!("HEAD:{rel}")])
        .ok()
        .filter(|r| r.ok)
        .and_then(|r| parse_project_bytes(r.stdout.as_bytes(), Path::new(rel)).ok());
    let counts = AnnotationCounts::between(previous.as_ref(), local);
    let analyst = options
        .analyst
        .clone()
        .or_else(|| git.config("user.name"))
        .unwrap_or_else(|| "an analyst".into());
    let subject = options
        .message
        .clone()
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| format!("{analyst}: {rel}: {counts}"));
    let body = format!("Marginalia sync by {analyst}: {counts}.");
    let run = git.run(
        ["commit", "-q", "-m", &subject, "-m", &body, "--"]
            .into_iter()
            .map(String::from)
            .chain(paths),
    )?;
    if !run.ok {
        return Err(classify("commit", "", &run));
    }
    let hash = git.ok("rev-parse", ["rev-parse", "--short", "HEAD"])?;
    Ok(Some((hash.trim().to_string(), counts)))
}

/// The remote and branch to sync with: the current branch's upstream, else
/// `origin` (or the only remote) and the branch of the same name.
fn upstream(git: &Git) -> Result<(String, String), TeamError> {
    let branch = git
        .ok("rev-parse", ["rev-parse", "--abbrev-ref", "HEAD"])?
        .trim()
        .to_string();
    if let Some(remote) = git.config(&format!("branch.{branch}.remote"))
        && let Some(merge) = git.config(&format!("branch.{branch}.merge"))
    {
        let target = merge.strip_prefix("refs/heads/").unwrap_or(&merge);
        return Ok((remote, target.to_string()));
    }
    let remotes = git.ok("remote", ["remote"])?;
    let remotes: Vec<&str> = remotes
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let remote = if remotes.contains(&"origin") {
        "origin"
    } else {
        match remotes.as_slice() {
            [only] => only,
            [] => return Err(TeamError::NoRemote),
            _ => return Err(TeamError::NoRemote),
        }
    };
    Ok((remote.to_string(), branch))
}

/// Fetches and merges the remote branch; a merge whose only unmerged paths are
/// project files the driver wrote (loadable, conflicts kept inside) is committed.
/// False when the remote has no such branch yet (nothing to pull).
fn pull(git: &Git, remote: &str, branch: &str) -> Result<bool, TeamError> {
    let fetch = git.run(["fetch", "-q", remote, branch])?;
    if !fetch.ok {
        let text = fetch.stderr.to_lowercase();
        if text.contains("couldn't find remote ref") {
            return Ok(false);
        }
        return Err(classify("fetch", remote, &fetch));
    }
    let merge = git.run(["merge", "-q", "--no-edit", "FETCH_HEAD"])?;
    if merge.ok {
        return Ok(true);
    }
    let unmerged = git.ok("diff", ["diff", "--name-only", "--diff-filter=U"])?;
    let unmerged: Vec<&str> = unmerged.lines().filter(|l| !l.is_empty()).collect();
    if unmerged.is_empty() {
        let _ = git.run(["merge", "--abort"]);
        return Err(classify("merge", remote, &merge));
    }
    let others: Vec<&str> = unmerged
        .iter()
        .copied()
        .filter(|p| !(p.ends_with(".ron") && loads(&git.root.join(p))))
        .collect();
    if !others.is_empty() {
        let _ = git.run(["merge", "--abort"]);
        return Err(TeamError::OtherConflicts(others.join(", ")));
    }
    git.ok(
        "add",
        ["add", "--"].into_iter().chain(unmerged.iter().copied()),
    )?;
    let run = git.run(["commit", "-q", "--no-edit"])?;
    if !run.ok {
        return Err(classify("commit", "", &run));
    }
    Ok(true)
}

/// True when the file at `path` is a project that loads (a file with git's
/// `<<<<<<<` markers does not).
fn loads(path: &Path) -> bool {
    load_project(path).is_ok()
}

/// Pushes HEAD to `remote`'s `branch` (setting it as upstream when none is).
fn push_to(git: &Git, remote: &str, branch: &str) -> Result<(), TeamError> {
    let run = git.run(["push", "-q", "-u", remote, &format!("HEAD:{branch}")])?;
    if run.ok {
        Ok(())
    } else {
        Err(classify("push", remote, &run))
    }
}
