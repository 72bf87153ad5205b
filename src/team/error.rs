//! What can go wrong working through git, one line each.

use std::path::PathBuf;

use crate::store::StoreError;

/// Why a git step failed. Each message is one line for the analyst; where the
/// project's work was committed before the failure, the caller says so.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    /// The `git` command is not installed or not on the PATH.
    #[error("git is not installed (or not on the PATH); install git to share projects")]
    GitMissing,
    /// The folder is not inside a git work tree.
    #[error("{} is not in a git repository (run `git init` there, or clone the team's repository)", .0.display())]
    NotARepository(PathBuf),
    /// The repository has no remote to pull from and push to.
    #[error("the repository has no remote (add one with `git remote add origin URL`)")]
    NoRemote,
    /// The remote refused the credentials, or none were available.
    #[error(
        "the remote '{remote}' refused the credentials (check your access or password): {detail}"
    )]
    Authentication {
        /// The remote's name.
        remote: String,
        /// Git's own line.
        detail: String,
    },
    /// The remote could not be reached.
    #[error("the remote '{remote}' cannot be reached (offline?): {detail}")]
    Offline {
        /// The remote's name.
        remote: String,
        /// Git's own line.
        detail: String,
    },
    /// Git does not know the analyst's name and e-mail.
    #[error(
        "git does not know who you are: run `git config user.name \"Your Name\"` and `git config user.email you@example.org`"
    )]
    NoIdentity,
    /// A merge stopped on files other than projects, left for git.
    #[error(
        "the merge stopped on files Marginalia does not merge ({0}); merge aborted, resolve with git"
    )]
    OtherConflicts(String),
    /// Another git step failed.
    #[error("git {step} failed: {detail}")]
    Git {
        /// The step (`commit`, `merge`…).
        step: String,
        /// Git's own first line.
        detail: String,
    },
    /// One of the three versions handed to the merge driver cannot be read.
    #[error("{side} version of {path} cannot be merged: {reason}")]
    Unreadable {
        /// `common`, `our` or `their`.
        side: &'static str,
        /// The project's path in the repository (or the file handed over).
        path: String,
        /// Why, one line.
        reason: String,
    },
    /// The merge gave a project that does not pass the checks (nothing written).
    #[error("the merge of {path} would not load ({problem}); nothing written")]
    Unmergeable {
        /// The project's path.
        path: String,
        /// The first problem.
        problem: String,
    },
    /// Reading or writing the project.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Running git or reading a file.
    #[error("{0}")]
    Io(String),
}
