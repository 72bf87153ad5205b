//! Links in import folders: the real `marginalia import DIR` reads only regular
//! files that lie in the folder. A `.txt` or `.ann` that is a symbolic link to a
//! file elsewhere is skipped with a line naming it, and nothing of the file it
//! points to reaches the project.
#![cfg(unix)]

mod safety_support;

use std::ffi::OsString;
use std::os::unix::fs::symlink;
use std::path::Path;

use safety_support::*;

const SECRET: &str = "root:x:0:0 조선중앙통신 SECRET";

fn import(input: &Path, out: &Path) -> std::process::Output {
    run([
        OsString::from("import"),
        input.into(),
        "--out".into(),
        out.into(),
    ])
}

/// A folder outside the import folder holding a "secret" text and annotation file.
fn secrets(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let txt = dir.join("passwd.txt");
    std::fs::write(&txt, SECRET).unwrap();
    let ann = dir.join("passwd.ann");
    std::fs::write(
        &ann,
        "T1\tclaim 0 4\troot\n#1\tAnnotatorNotes T1\tSECRET note\n",
    )
    .unwrap();
    (txt, ann)
}

#[test]
fn linked_files_in_a_brat_folder_are_skipped_and_named() {
    let outside = tempfile::tempdir().unwrap();
    let (secret_txt, secret_ann) = secrets(outside.path());
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("brat");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("a.txt"), "KCNA said “yes” 👋🏽").unwrap();
    std::fs::write(folder.join("a.ann"), "T1\tclaim 0 4\tKCNA\n").unwrap();
    // A text that is a link, with a real .ann beside it.
    symlink(&secret_txt, folder.join("b.txt")).unwrap();
    std::fs::write(folder.join("b.ann"), "T1\tclaim 0 4\troot\n").unwrap();
    // A real text whose .ann is a link.
    std::fs::write(folder.join("c.txt"), "조선중앙통신 reported.").unwrap();
    symlink(&secret_ann, folder.join("c.ann")).unwrap();
    // A link to a file inside the folder is still a link.
    symlink(folder.join("a.txt"), folder.join("d.txt")).unwrap();

    let out = work.path().join("p.ron");
    let o = import(&folder, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for name in ["b.txt", "c.ann", "d.txt"] {
        assert!(
            err.lines()
                .any(|l| l.contains(&format!("brat/{name}")) && l.contains("symbolic link")),
            "{name} not named: {err}"
        );
    }
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(
        !saved.contains("SECRET") && !saved.contains("root:x"),
        "{saved}"
    );
    let project = marginalia::store::load_project(&out).unwrap();
    let mut ids: Vec<&str> = project.documents.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(project.annotations.len(), 1, "c's linked .ann was read");
}

#[test]
fn a_single_ann_whose_text_is_a_link_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    let (secret_txt, _) = secrets(outside.path());
    let work = tempfile::tempdir().unwrap();
    symlink(&secret_txt, work.path().join("x.txt")).unwrap();
    let ann = work.path().join("x.ann");
    std::fs::write(&ann, "T1\tclaim 0 4\troot\n").unwrap();
    let out = work.path().join("p.ron");
    let o = import(&ann, &out);
    let err = stderr(&o);
    assert!(
        err.contains("x.txt") && err.contains("symbolic link"),
        "{err}"
    );
    if out.exists() {
        let saved = std::fs::read_to_string(&out).unwrap();
        assert!(!saved.contains("SECRET"), "{saved}");
    }
}

#[test]
fn a_folder_of_only_links_is_refused_in_one_line() {
    let outside = tempfile::tempdir().unwrap();
    let (secret_txt, secret_ann) = secrets(outside.path());
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("links");
    std::fs::create_dir(&folder).unwrap();
    symlink(&secret_txt, folder.join("p.txt")).unwrap();
    symlink(&secret_ann, folder.join("p.ann")).unwrap();
    let out = work.path().join("p.ron");
    let o = import(&folder, &out);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("holds no brat"), "{err}");
    assert!(!out.exists());
}

/// Session 7: `import LINK` where LINK is a symbolic link to a folder of articles was
/// refused as "not a regular file" (a brat folder given so was read). The folder
/// named is followed, as for brat; links under it still are not.
#[test]
fn a_folder_given_through_a_link_is_imported_but_links_inside_it_are_not() {
    let outside = tempfile::tempdir().unwrap();
    let (secret_txt, _) = secrets(outside.path());
    let work = tempfile::tempdir().unwrap();
    let folder = work.path().join("articles");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    std::fs::write(folder.join("one.txt"), "조선중앙통신 said “yes” 👋🏽").unwrap();
    std::fs::write(folder.join("sub/two.md"), "# Two\n\ne\u{301}tude\r\n").unwrap();
    symlink(&secret_txt, folder.join("sub/three.txt")).unwrap();
    symlink(outside.path(), folder.join("out")).unwrap();
    let link = work.path().join("articles-link");
    symlink(&folder, &link).unwrap();

    let out = work.path().join("p.ron");
    let o = import(&link, &out);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("not a regular file"), "{err}");
    for name in ["sub/three.txt", "articles-link/out"] {
        assert!(
            err.lines()
                .any(|l| l.contains(name) && l.contains("symbolic link")),
            "{name} not named: {err}"
        );
    }
    let project = marginalia::store::load_project(&out).unwrap();
    assert_eq!(project.documents.len(), 2, "{err}");
    let saved = std::fs::read_to_string(&out).unwrap();
    assert!(!saved.contains("SECRET"), "{saved}");
    assert!(saved.contains("조선중앙통신 said “yes” 👋🏽"), "{saved}");
}
