//! Running the `git` command line in a work tree (no library: git is on analysts'
//! machines, and pushes go through their own credentials and transports).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::TeamError;

/// A git work tree, run through the `git` command.
#[derive(Debug, Clone)]
pub struct Git {
    /// The top folder of the work tree.
    pub root: PathBuf,
}

/// What a git command gave back.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    /// True when it exited with 0.
    pub ok: bool,
    /// Its standard output.
    pub stdout: String,
    /// Its standard error.
    pub stderr: String,
}

impl Run {
    /// The first non-empty line of standard error (else of standard output).
    pub fn first_line(&self) -> String {
        let pick = |s: &str| {
            s.lines()
                .map(|l| {
                    l.trim()
                        .trim_start_matches("fatal: ")
                        .trim_start_matches("error: ")
                })
                .find(|l| !l.is_empty())
                .map(str::to_string)
        };
        crate::model::printable_line(
            &pick(&self.stderr)
                .or_else(|| pick(&self.stdout))
                .unwrap_or_else(|| "no message".into()),
        )
        .to_string()
    }
}

/// Runs `git` with `args` in `dir` (no prompts: a missing password is an error, not
/// a wait).
pub(crate) fn git_in<I, S>(dir: &Path, args: I) -> Result<Run, TeamError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir).args(args);
    cmd.env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(std::process::Stdio::null());
    if std::env::var_os("GIT_SSH_COMMAND").is_none() {
        cmd.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
    }
    let out: Output = cmd.output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => TeamError::GitMissing,
        _ => TeamError::Io(format!("cannot run git: {e}")),
    })?;
    Ok(Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    })
}

impl Git {
    /// The work tree holding `path` (a file or a folder).
    pub fn containing(path: &Path) -> Result<Git, TeamError> {
        let dir = if path.is_dir() {
            path.to_path_buf()
        } else {
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        let run = git_in(&dir, ["rev-parse", "--show-toplevel"])?;
        let top = run.stdout.trim();
        if !run.ok || top.is_empty() {
            return Err(TeamError::NotARepository(dir));
        }
        Ok(Git {
            root: PathBuf::from(top),
        })
    }

    /// Runs git in the work tree.
    pub(crate) fn run<I, S>(&self, args: I) -> Result<Run, TeamError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        git_in(&self.root, args)
    }

    /// Runs git and fails with [`TeamError::Git`] (named `step`) unless it exits with 0.
    pub(crate) fn ok<I, S>(&self, step: &str, args: I) -> Result<String, TeamError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let run = self.run(args)?;
        if run.ok {
            Ok(run.stdout)
        } else {
            Err(classify(step, "", &run))
        }
    }

    /// `path` relative to the work tree's top, with `/` (as git names it).
    pub fn relative(&self, path: &Path) -> Result<String, TeamError> {
        let abs = std::path::absolute(path).map_err(|e| TeamError::Io(e.to_string()))?;
        let abs = match (abs.parent(), abs.file_name()) {
            (Some(dir), Some(name)) => dir
                .canonicalize()
                .map(|d| d.join(name))
                .unwrap_or(abs.clone()),
            _ => abs,
        };
        let root = self.root.canonicalize().unwrap_or(self.root.clone());
        let rel = abs
            .strip_prefix(&root)
            .map_err(|_| TeamError::NotARepository(path.to_path_buf()))?;
        Ok(rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"))
    }

    /// The value of git config `key`, if set.
    pub(crate) fn config(&self, key: &str) -> Option<String> {
        let run = self.run(["config", "--get", key]).ok()?;
        let v = run.stdout.trim();
        (run.ok && !v.is_empty()).then(|| v.to_string())
    }
}

/// The error for a failed git step: credentials, network and identity problems by
/// name, anything else with git's own first line.
pub(crate) fn classify(step: &str, remote: &str, run: &Run) -> TeamError {
    let all = format!("{}\n{}", run.stderr, run.stdout).to_lowercase();
    let detail = run.first_line();
    let has = |needles: &[&str]| needles.iter().any(|n| all.contains(n));
    if has(&[
        "please tell me who you are",
        "unable to auto-detect email",
        "empty ident",
    ]) {
        return TeamError::NoIdentity;
    }
    if has(&[
        "authentication failed",
        "permission denied",
        "could not read username",
        "could not read password",
        "terminal prompts disabled",
        "access denied",
        "returned error: 401",
        "returned error: 403",
    ]) {
        return TeamError::Authentication {
            remote: remote.to_string(),
            detail,
        };
    }
    if has(&[
        "could not resolve host",
        "could not resolve hostname",
        "network is unreachable",
        "connection refused",
        "connection timed out",
        "operation timed out",
        "failed to connect",
        "unable to access",
        "does not appear to be a git repository",
        "could not read from remote repository",
        "no route to host",
    ]) {
        return TeamError::Offline {
            remote: remote.to_string(),
            detail,
        };
    }
    TeamError::Git {
        step: step.to_string(),
        detail,
    }
}
