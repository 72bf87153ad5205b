use super::*;

fn project_in(dir: &Path) -> PathBuf {
    dir.join("case.ron")
}

#[test]
fn the_rules_file_sits_beside_the_project() {
    let p = Path::new("/a/b/case.ron");
    assert_eq!(rules_path(p), Path::new("/a/b/case.rules.ron"));
    assert_eq!(backup_path(p), Path::new("/a/b/case.rules.ron.bak"));
}

#[test]
fn without_a_file_or_a_path_the_builtin_rules_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, origin) = rules_for_project(Some(&project_in(dir.path()))).unwrap();
    assert_eq!(origin, Origin::Builtin);
    assert_eq!(rules, RuleSet::builtin());
    assert_eq!(rules_for_project(None).unwrap().1, Origin::Builtin);
    let text = rules_text_for_project(None).unwrap();
    assert!(text.contains("//"), "the built-in text keeps its comments");
}

#[test]
fn a_saved_file_is_used_and_read_back_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_in(dir.path());
    let mut rules = RuleSet::builtin();
    let id = rules.speculation[0].id.clone();
    rules.disable(&id);
    let text = ron::ser::to_string_pretty(&rules, Default::default()).unwrap();
    let (saved, path) = save_project_rules(&project, &text).unwrap();
    assert_eq!(path, dir.path().join("case.rules.ron"));
    assert!(!saved.speculation[0].enabled);
    let (read, origin) = rules_for_project(Some(&project)).unwrap();
    assert_eq!(origin, Origin::File(path.clone()));
    assert_eq!(read, saved);
    assert_eq!(rules_text_for_project(Some(&project)).unwrap(), text);
    let bak = retire_project_rules(&project).unwrap().unwrap();
    assert!(bak.exists() && !path.exists());
    assert_eq!(
        rules_for_project(Some(&project)).unwrap().1,
        Origin::Builtin
    );
    assert_eq!(retire_project_rules(&project).unwrap(), None);
}

#[test]
fn broken_rules_are_refused_in_one_line_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_in(dir.path());
    let err = save_project_rules(&project, "RuleSet(\n  abbreviations: [,\n").unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("case.rules.ron: "), "{msg}");
    assert!(msg.contains("2:"), "line:col given: {msg}");
    assert!(!msg.contains('\n'), "{msg}");
    assert!(!rules_path(&project).exists());
    // A bad regex is refused too: it parses but does not compile.
    let bad = RuleSet::builtin_text().replacen("patterns: [", "patterns: [\"(\", ", 1);
    assert_ne!(
        bad,
        RuleSet::builtin_text(),
        "the built-in rules have patterns"
    );
    let err = save_project_rules(&project, &bad).unwrap_err();
    assert!(err.to_string().contains("bad pattern"), "{err}");
    assert!(!rules_path(&project).exists());
    // A broken file on disk is refused when read.
    std::fs::write(rules_path(&project), "RuleSet(").unwrap();
    let err = rules_for_project(Some(&project)).unwrap_err();
    assert!(err.to_string().starts_with("case.rules.ron: "), "{err}");
}

#[test]
fn a_folder_or_a_link_out_of_the_folder_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let project = project_in(dir.path());
    std::fs::create_dir(rules_path(&project)).unwrap();
    assert!(rules_for_project(Some(&project)).is_err());
    #[cfg(unix)]
    {
        let other = tempfile::tempdir().unwrap();
        let outside = other.path().join("x.ron");
        std::fs::write(&outside, RuleSet::builtin_text()).unwrap();
        std::fs::remove_dir(rules_path(&project)).unwrap();
        std::os::unix::fs::symlink(&outside, rules_path(&project)).unwrap();
        let err = rules_for_project(Some(&project)).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        let err = save_project_rules(&project, RuleSet::builtin_text()).unwrap_err();
        assert!(err.to_string().contains("not written through"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&outside).unwrap(),
            RuleSet::builtin_text(),
            "the file outside is untouched"
        );
        // A link to a file inside the folder is read.
        let inside = dir.path().join("shared.ron");
        std::fs::write(&inside, RuleSet::builtin_text()).unwrap();
        std::fs::remove_file(rules_path(&project)).unwrap();
        std::os::unix::fs::symlink(&inside, rules_path(&project)).unwrap();
        assert!(matches!(
            rules_for_project(Some(&project)).unwrap().1,
            Origin::File(_)
        ));
    }
}

#[test]
fn saved_under_a_new_name_the_rules_follow_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("case.ron");
    let new = dir.path().join("copy.ron");
    let mut rules = RuleSet::builtin();
    let id = rules.speculation[0].id.clone();
    rules.disable(&id);
    let text = ron::ser::to_string_pretty(&rules, Default::default()).unwrap();
    save_project_rules(&old, &text).unwrap();
    assert_eq!(
        carry_project_rules(Some(&old), &new).unwrap(),
        Carried::Copied(dir.path().join("copy.rules.ron"))
    );
    let (read, origin) = rules_for_project(Some(&new)).unwrap();
    assert_eq!(origin, Origin::File(dir.path().join("copy.rules.ron")));
    assert!(!read.speculation[0].enabled, "the edited rules came along");
    assert!(rules_path(&old).exists(), "the old project keeps its own");
    // The same name: nothing to do.
    assert_eq!(
        carry_project_rules(Some(&new), &new).unwrap(),
        Carried::Nothing
    );
}

#[test]
fn saved_over_another_projects_rules_theirs_are_kept_aside_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    let theirs = RuleSet::builtin_text().replacen("//", "// theirs", 1);
    save_project_rules(&other, &theirs).unwrap();
    // A project with the built-in rules saved as other.ron: theirs set aside.
    let carried = carry_project_rules(None, &other).unwrap();
    assert_eq!(carried, Carried::SetAside(backup_path(&other)));
    assert_eq!(rules_for_project(Some(&other)).unwrap().1, Origin::Builtin);
    assert_eq!(
        std::fs::read_to_string(backup_path(&other)).unwrap(),
        theirs
    );
    // A project with its own rules saved over it again: ours written, theirs kept.
    let mine = dir.path().join("mine.ron");
    let ours = RuleSet::builtin_text().replacen("//", "// ours", 1);
    save_project_rules(&mine, &ours).unwrap();
    save_project_rules(&other, &theirs).unwrap();
    carry_project_rules(Some(&mine), &other).unwrap();
    assert_eq!(std::fs::read_to_string(rules_path(&other)).unwrap(), ours);
    assert_eq!(
        std::fs::read_to_string(backup_path(&other)).unwrap(),
        theirs
    );
    // Neither has rules: nothing written.
    let plain = dir.path().join("plain.ron");
    assert_eq!(carry_project_rules(None, &plain).unwrap(), Carried::Nothing);
    assert!(!rules_path(&plain).exists());
}

#[test]
fn an_unreadable_rules_file_is_not_carried_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("case.ron");
    std::fs::write(rules_path(&old), [0xff, 0xfe, b'x']).unwrap();
    let err = carry_project_rules(Some(&old), &dir.path().join("copy.ron")).unwrap_err();
    assert!(err.to_string().contains("not UTF-8"), "{err}");
    assert!(!dir.path().join("copy.rules.ron").exists());
}
