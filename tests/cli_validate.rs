//! `marginalia validate`: every problem listed, exit 0 / 1 / 2.

mod safety_support;

use safety_support::*;

#[test]
fn clean_project_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_project(dir.path(), "p.ron", &project_with(&["조선중앙통신", "👋🏽"]));
    let o = run(["validate".as_ref(), p.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("ok (1 document, 2 annotations)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn every_problem_of_a_refused_project_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let text = marginalia::store::project_to_ron(&project_with(&[
        "조선중앙통신",
        "Analysts at NK News",
        "“implausible”",
        "Yonhap",
    ]))
    .unwrap();
    // Break four things by hand, as a colleague's editor might.
    let edit = |text: String, quote: &str, from: &str, to: &str| -> String {
        text.lines()
            .map(|l| {
                if l.contains(&format!("quote: \"{quote}\"")) {
                    l.replacen(from, to, 1)
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let broken = edit(
        text,
        "조선중앙통신",
        "quote: \"조선중앙통신\"",
        "quote: \"조선중앙통씬\"",
    );
    let broken = edit(
        broken,
        "Analysts at NK News",
        "label: \"claim\"",
        "label: \"rumour\"",
    );
    let broken = edit(broken, "“implausible”", "doc: \"parade\"", "doc: \"gone\"");
    let yonhap_start = char_pos(ARTICLE, "Yonhap");
    let broken = broken.replace(
        &format!("start: {yonhap_start}, end: {}", yonhap_start + 6),
        "start: 900, end: 906",
    );
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, &broken).unwrap();
    // The loader refuses it with the first problem only…
    let info = run(["info".as_ref(), path.as_os_str()]);
    let line = assert_refused(&info, "info on broken");
    assert!(line.contains("more problems"), "{line}");
    // …validate lists them all.
    let o = run(["validate".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("differs from the text"), "{out}");
    assert!(out.contains("'rumour' is not in the schema"), "{out}");
    assert!(out.contains("document 'gone' does not exist"), "{out}");
    assert!(out.contains("run past the end"), "{out}");
    assert!(out.contains("4 problems"), "{out}");
}

#[test]
fn unreadable_is_two_and_the_worst_file_decides() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_project(dir.path(), "good.ron", &project_with(&["KCNA"]));
    let garbage = dir.path().join("garbage.ron");
    std::fs::write(&garbage, "Project(format: 1, name: \"x\", documents: [(").unwrap();
    let o = run(["validate".as_ref(), good.as_os_str(), garbage.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    let line = assert_refused(&o, "garbage");
    assert!(line.contains("garbage.ron"), "{line}");
    assert!(stdout(&o).contains("good.ron: ok"));
}

#[test]
fn newer_format_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let text = marginalia::store::project_to_ron(&project_with(&["KCNA"]))
        .unwrap()
        .replace("format: 4", "format: 9");
    let path = dir.path().join("new.ron");
    std::fs::write(&path, text).unwrap();
    let o = run(["validate".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("format 9 is newer"), "{}", stdout(&o));
    // A newer file that does not even parse is unreadable, with the version named.
    std::fs::write(
        &path,
        "Project(format: 9, name: \"x\", documents: Elsewhere(\"db\"))",
    )
    .unwrap();
    let o = run(["validate".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(assert_refused(&o, "newer").contains("update Marginalia"));
}

#[test]
fn orphans_are_noted_not_failed() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = project_with(&["KCNA"]);
    let mut orphan = p.annotations[0].clone();
    orphan.id = "orphan1".into();
    orphan.quote = "a sentence the publisher removed".into();
    orphan.orphaned = true;
    p.annotations.push(orphan);
    let path = write_project(dir.path(), "o.ron", &p);
    let o = run(["validate".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("1 orphaned annotation"),
        "{}",
        stdout(&o)
    );
}
