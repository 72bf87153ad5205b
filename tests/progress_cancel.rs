//! Long library work reports progress and can be cancelled (`marginalia::task`):
//! loading, saving, exporting, importing and agreement. A cancel never leaves a file
//! half written: the destination is the old file or, when the cancel came after the
//! rename, the complete new one — and no temporary file is left behind.

use std::path::Path;
use std::thread;

use marginalia::export::{
    ExportError, ExportFormat, ImportFormat, ImportOptions, Selection,
    export_to_path_with_progress, import_paths_with_progress,
};
use marginalia::model::generate::{GenerateSpec, generate_project, two_analysts};
use marginalia::model::{OffsetUnit, Project};
use marginalia::review::{Corpus, pair_agreement, pair_agreement_with_progress};
use marginalia::store::{
    StoreError, backup_path, load_project, load_project_with_progress, save_project,
    save_project_with_progress,
};
use marginalia::task::{Cancelled, Progress};

fn project_117k() -> Project {
    generate_project(&GenerateSpec::PEER_117K)
}

/// Names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Cancels `progress` from another thread as soon as it enters `phase`, so that the
/// cancel lands somewhere inside the work (where exactly is up to the scheduler).
fn cancel_during(progress: &Progress, phase: &'static str) -> thread::JoinHandle<()> {
    let watched = progress.clone();
    thread::spawn(move || {
        for _ in 0..2_000_000 {
            if watched.state().phase == phase {
                break;
            }
            thread::yield_now();
        }
        watched.cancel();
    })
}

#[test]
fn loading_reports_every_byte_parsed_and_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &project_117k()).unwrap();
    let progress = Progress::new();
    let (project, _) = load_project_with_progress(&path, &progress).unwrap();
    assert_eq!(project, load_project(&path).unwrap());
    // The last phase ("Checking") has no size; parsing reached its total before it.
    assert_eq!(progress.state().phase, "Checking");
    assert!(!progress.state().cancelled);
}

#[test]
fn a_cancelled_load_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &project_117k()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let progress = Progress::new();
    progress.cancel();
    let err = load_project_with_progress(&path, &progress).unwrap_err();
    assert!(matches!(err, StoreError::Cancelled), "{err}");
    assert_eq!(err.to_string(), "cancelled");
    // Cancelled somewhere while parsing: either cancelled or (if it came too late)
    // loaded; never anything else.
    let progress = Progress::new();
    let canceller = cancel_during(&progress, "Parsing");
    match load_project_with_progress(&path, &progress) {
        Ok((p, _)) => assert_eq!(p.annotations.len(), 1_000),
        Err(e) => assert!(matches!(e, StoreError::Cancelled), "{e}"),
    }
    canceller.join().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn saving_reports_annotations_then_bytes_to_their_totals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = project_117k();
    let progress = Progress::new();
    save_project_with_progress(&path, &project, &progress).unwrap();
    let s = progress.state();
    let size = std::fs::metadata(&path).unwrap().len();
    assert_eq!(
        (s.phase.as_str(), s.done, s.total),
        ("Writing to disk", size, size)
    );
    assert_eq!(load_project(&path).unwrap(), {
        let mut p = project.clone();
        p.sort_annotations();
        p
    });
}

#[test]
fn a_cancelled_save_leaves_the_old_file_its_backup_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &Project::new("first")).unwrap();
    save_project(&path, &Project::new("second")).unwrap();
    let old = std::fs::read(&path).unwrap();
    let old_backup = std::fs::read(backup_path(&path)).unwrap();
    let files = listing(dir.path());
    let big = generate_project(&GenerateSpec::PEER_1M);

    let progress = Progress::new();
    progress.cancel();
    let err = save_project_with_progress(&path, &big, &progress).unwrap_err();
    assert!(matches!(err, StoreError::Cancelled), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), old);
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), old_backup);
    assert_eq!(listing(dir.path()), files);

    // Cancelled while serializing or writing: the old file, or the whole new one.
    for phase in ["Writing RON", "Writing to disk"] {
        let progress = Progress::new();
        let canceller = cancel_during(&progress, phase);
        let result = save_project_with_progress(&path, &big, &progress);
        canceller.join().unwrap();
        let now = load_project(&path).unwrap();
        match result {
            Err(StoreError::Cancelled) => assert_eq!(now.name, "second", "{phase}"),
            Ok(()) => assert_eq!(now.annotations.len(), big.annotations.len()),
            Err(e) => panic!("{phase}: {e}"),
        }
        assert_eq!(listing(dir.path()), files, "{phase}: no temporary file");
        save_project(&path, &Project::new("second")).unwrap();
    }
}

#[test]
fn a_cancelled_export_leaves_the_destination_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "an older export\n").unwrap();
    let project = generate_project(&GenerateSpec::PEER_1M);
    let selection = Selection::new(&project, &Default::default()).unwrap();
    let files = listing(dir.path());

    let progress = Progress::new();
    progress.cancel();
    let err = export_to_path_with_progress(
        &selection,
        ExportFormat::Jsonl,
        OffsetUnit::Chars,
        &out,
        &progress,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::Cancelled), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "an older export\n");

    let progress = Progress::new();
    let canceller = cancel_during(&progress, "Writing to disk");
    let result = export_to_path_with_progress(
        &selection,
        ExportFormat::Jsonl,
        OffsetUnit::Chars,
        &out,
        &progress,
    );
    canceller.join().unwrap();
    let now = std::fs::read_to_string(&out).unwrap();
    match result {
        Err(ExportError::Cancelled) => assert_eq!(now, "an older export\n"),
        Ok(summary) => {
            assert_eq!(summary.spans, 10_000);
            assert_eq!(now.lines().count(), 1, "one complete line per document");
        }
        Err(e) => panic!("{e}"),
    }
    assert_eq!(listing(dir.path()), files, "no temporary file");

    // Not cancelled: the spans, then the bytes, reach their totals.
    let progress = Progress::new();
    export_to_path_with_progress(
        &selection,
        ExportFormat::Csv,
        OffsetUnit::Utf16,
        &dir.path().join("out.csv"),
        &progress,
    )
    .unwrap();
    let s = progress.state();
    assert_eq!(s.phase, "Writing to disk");
    assert!(s.total > 0 && s.done == s.total);
}

#[test]
fn a_cancelled_import_leaves_the_project_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "조선중앙통신 said “so” 👋🏽, e\u{301}.\r\n").unwrap();
    let mut project = Project::new("p");
    let progress = Progress::new();
    progress.cancel();
    let err = import_paths_with_progress(
        &mut project,
        &[&article],
        ImportFormat::Auto,
        &ImportOptions::default(),
        &progress,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "cancelled");
    assert_eq!(project, Project::new("p"));
    let progress = Progress::new();
    import_paths_with_progress(
        &mut project,
        &[&article],
        ImportFormat::Auto,
        &ImportOptions::default(),
        &progress,
    )
    .unwrap();
    assert_eq!(project.documents.len(), 1);
}

#[test]
fn agreement_counts_the_documents_compared_and_stops_when_cancelled() {
    let mut base = generate_project(&GenerateSpec::SMALL);
    let extra = generate_project(&GenerateSpec {
        main_bytes: 2_000,
        annotations: 10,
        small_articles: 3,
        seed: 5,
    });
    base.documents.extend(extra.documents);
    base.annotations.extend(extra.annotations);
    let (alice, bob) = two_analysts(&base);
    let corpus = Corpus::for_review(&[("alice.ron", &alice), ("bob.ron", &bob)]);
    let names = corpus.annotators();
    let (a, b) = (&names[0], &names[1]);
    let progress = Progress::new();
    let figures = pair_agreement_with_progress(&corpus, a, b, None, &progress)
        .unwrap()
        .unwrap();
    let s = progress.state();
    assert_eq!(
        (s.done, s.total),
        (figures.documents as u64, figures.documents as u64)
    );
    assert_eq!(Some(figures), pair_agreement(&corpus, a, b, None));
    let progress = Progress::new();
    progress.cancel();
    assert_eq!(
        pair_agreement_with_progress(&corpus, a, b, None, &progress),
        Err(Cancelled)
    );
}
