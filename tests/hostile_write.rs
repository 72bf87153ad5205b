//! The output side of hostile use, through the real command line: `--out` aimed at
//! a named pipe, a device, a folder or a link is refused and the node left as it
//! was; two imports into one project at once lose nothing; merge and reanchor do
//! not overwrite without `--force`; a brat export that fails midway leaves nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use marginalia::model::{Annotation, Document, Project};

/// Runs the CLI, killing it (and failing) if it is still running after 30 s: a
/// command that opened a pipe for writing would hang there.
fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!(
                "hung: {:?}",
                args.iter().map(|a| a.as_ref()).collect::<Vec<_>>()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Refused: non-zero exit, one line on stderr naming `want`.
fn assert_refused(o: &Output, want: &str, what: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "{what}: succeeded: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{what}: {err}");
    assert!(err.contains(want), "{what}: wanted {want:?} in {err}");
}

fn project(name: &str, author: &str) -> Project {
    let text = "조선중앙통신 said “victory” 👋🏽 e\u{301}\nKCNA said so.";
    let mut p = Project::new(name);
    p.documents.push(Document::new("d1", "Parade", text));
    let quote = p.documents[0].slice(0, 6).to_string();
    p.annotations
        .push(Annotation::new("d1", 0, 6, quote, "attribution", author).with_source("KCNA"));
    p
}

fn saved(dir: &Path, file: &str, p: &Project) -> PathBuf {
    let path = dir.join(file);
    marginalia::store::save_project(&path, p).unwrap();
    path
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn out_targets_that_are_not_regular_files_are_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "p.ron", &project("P", "alice"));
    let q = saved(dir.path(), "q.ron", &project("Q", "bob"));
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "조선중앙통신 “said” so.\r\n").unwrap();
    let fifo = dir.path().join("pipe.ron");
    mkfifo(&fifo);
    let to_null = dir.path().join("null.ron");
    std::os::unix::fs::symlink("/dev/null", &to_null).unwrap();
    let to_fifo = dir.path().join("to-pipe.ron");
    std::os::unix::fs::symlink(&fifo, &to_fifo).unwrap();
    let dangling = dir.path().join("dangling.ron");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    for (target, want) in [
        (&fifo, "is a named pipe"),
        (&to_null, "is a symbolic link to a character device"),
        (&to_fifo, "is a symbolic link to a named pipe"),
        (&dangling, "is a symbolic link to nothing"),
        (&folder, "folder"),
    ] {
        let commands: Vec<Vec<&std::ffi::OsStr>> = vec![
            vec![
                "export".as_ref(),
                p.as_os_str(),
                "--format".as_ref(),
                "jsonl".as_ref(),
                "--out".as_ref(),
                target.as_os_str(),
            ],
            vec![
                "import".as_ref(),
                article.as_os_str(),
                "--out".as_ref(),
                target.as_os_str(),
            ],
            vec![
                "merge".as_ref(),
                p.as_os_str(),
                q.as_os_str(),
                "--out".as_ref(),
                target.as_os_str(),
                "--force".as_ref(),
            ],
            vec![
                "reanchor".as_ref(),
                p.as_os_str(),
                "--out".as_ref(),
                target.as_os_str(),
                "--force".as_ref(),
            ],
        ];
        for args in commands {
            let what = format!("{args:?}");
            assert_refused(&run(&args), want, &what);
        }
    }
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    for link in [&to_null, &to_fifo, &dangling] {
        let m = std::fs::symlink_metadata(link).unwrap();
        assert!(m.file_type().is_symlink(), "{} replaced", link.display());
    }
    assert_eq!(
        std::fs::read_link(&to_null).unwrap(),
        Path::new("/dev/null")
    );
    assert!(folder.is_dir());
    // brat wants a folder: a pipe or a link to a device is refused as well.
    for target in [&fifo, &to_null] {
        let o = run(&[
            "export".as_ref(),
            p.as_os_str(),
            "--format".as_ref(),
            "brat".as_ref(),
            "--out".as_ref(),
            target.as_os_str(),
        ]);
        assert_refused(&o, "not a folder", "brat");
    }
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[cfg(unix)]
#[test]
fn a_link_to_a_regular_file_is_followed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "p.ron", &project("P", "alice"));
    let real = dir.path().join("real.jsonl");
    std::fs::write(&real, "old\n").unwrap();
    let link = dir.path().join("link.jsonl");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let o = run(&[
        "export".as_ref(),
        p.as_os_str(),
        "--out".as_ref(),
        link.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let written = std::fs::read_to_string(&real).unwrap();
    assert!(written.contains("조선중앙통신"), "{written}");
}

#[test]
fn merge_and_reanchor_do_not_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let p = saved(dir.path(), "p.ron", &project("P", "alice"));
    let q = saved(dir.path(), "q.ron", &project("Q", "bob"));
    let unrelated = dir.path().join("unrelated.ron");
    std::fs::write(&unrelated, "keep me").unwrap();
    let merge = |force: bool| {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "merge".as_ref(),
            p.as_os_str(),
            q.as_os_str(),
            "--out".as_ref(),
            unrelated.as_os_str(),
        ];
        if force {
            args.push("--force".as_ref());
        }
        run(&args)
    };
    let reanchor = |force: bool| {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "reanchor".as_ref(),
            p.as_os_str(),
            "--out".as_ref(),
            unrelated.as_os_str(),
        ];
        if force {
            args.push("--force".as_ref());
        }
        run(&args)
    };
    assert_refused(&merge(false), "add --force", "merge");
    assert_refused(&reanchor(false), "add --force", "reanchor");
    assert_eq!(std::fs::read(&unrelated).unwrap(), b"keep me");
    let o = merge(true);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        marginalia::store::load_project(&unrelated)
            .unwrap()
            .annotations
            .len(),
        2
    );
    let o = reanchor(true);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        marginalia::store::load_project(&unrelated).unwrap().name,
        "P"
    );
}

/// A folder of `n` short articles named `PREFIX-i.txt`.
fn articles(dir: &Path, prefix: &str, n: usize) -> PathBuf {
    let folder = dir.join(prefix);
    std::fs::create_dir(&folder).unwrap();
    for i in 0..n {
        std::fs::write(
            folder.join(format!("{prefix}-{i}.txt")),
            format!("{prefix} {i}: 조선중앙통신 said “victory” 👋🏽 e\u{301}.\r\nKCNA.\r\n"),
        )
        .unwrap();
    }
    folder
}

#[test]
fn two_imports_into_one_project_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let spawn = |input: &Path| {
        Command::new(env!("CARGO_BIN_EXE_marginalia"))
            .arg("import")
            .arg(input)
            .arg("--out")
            .arg(&project)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut expected = 0;
    // Into a new project, then (again) into the existing one.
    for round in 0..2 {
        let inputs =
            ["alpha", "beta", "gamma"].map(|n| articles(dir.path(), &format!("{n}{round}"), 150));
        let children = inputs.each_ref().map(|i| spawn(i));
        for child in children {
            let o = child.wait_with_output().unwrap();
            if o.status.success() {
                expected += 150;
            } else {
                let err = stderr(&o);
                assert!(err.contains("another Marginalia"), "round {round}: {err}");
            }
        }
        let p = marginalia::store::load_project(&project).unwrap();
        assert_eq!(p.documents.len(), expected, "round {round}");
    }
    assert!(expected > 0);
    assert!(
        !dir.path().join("p.ron.lock").exists(),
        "the lock is gone with the last writer"
    );
}

#[test]
fn a_brat_export_that_fails_midway_leaves_no_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = project("P", "alice");
    // The second document's file name is too long for any file system.
    let text = "KCNA (조선중앙통신) said so.";
    p.documents
        .push(Document::new("x".repeat(300), "Long", text));
    let path = saved(dir.path(), "p.ron", &p);
    let out = dir.path().join("brat");
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_refused(&o, "cannot write", "brat");
    assert!(!out.exists(), "half-written folder left");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "p.ron")
        .collect();
    assert!(names.is_empty(), "left behind: {names:?}");
    // Without the long name, the folder appears whole.
    p.documents.pop();
    let path = saved(dir.path(), "p.ron", &p);
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "brat".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("d1.ann").is_file() && out.join("annotation.conf").is_file());
}

#[test]
fn many_untitled_documents_import_in_linear_time_with_the_usual_ids() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("same.jsonl");
    // 20,000 documents whose titles all give the id `ok`: each new id used to be
    // found by scanning every document for `ok-2`, `ok-3`, … (minutes at 100,000).
    std::fs::write(&input, "{\"text\": \"ok\"}\n".repeat(20_000)).unwrap();
    let project = dir.path().join("p.ron");
    let started = Instant::now();
    let o = run(&[
        "import".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        project.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    let p = marginalia::store::load_project(&project).unwrap();
    let ids: Vec<&str> = p.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), 20_000);
    assert_eq!(&ids[..3], ["ok", "ok-2", "ok-3"]);
    assert_eq!(ids[19_999], "ok-20000");
}
