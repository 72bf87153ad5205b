//! The corpus in the window (issue 12), driven as an analyst would: import a folder
//! (File ▸ Import folder…, typed path as there is no folder dialog here), sort and
//! filter the documents table, edit a document's metadata and mark it done, move
//! between documents with the keyboard, search the corpus (Ctrl+Shift+F), open a
//! result, tag every result — and undo.

use std::path::Path;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::Project;
use marginalia::ui::{AppOptions, MarginaliaApp};

mod common;
use common::window::{Start, settle, window_sized};

fn write_folder(dir: &Path) {
    let articles = dir.join("articles");
    std::fs::create_dir_all(articles.join("more")).unwrap();
    std::fs::write(
        articles.join("kcna.html"),
        r#"<html><head><title>Parade held in Pyongyang</title>
<meta property="og:site_name" content="KCNA">
<meta property="article:published_time" content="2026-03-14T09:30:00+09:00">
</head><body><article><h1>Parade held in Pyongyang</h1>
<p>KCNA said the parade was held in Pyongyang on Saturday night.</p>
<p>The parade featured new missiles, KCNA said.</p></article></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        articles.join("yonhap.md"),
        "---\ntitle: Analysts weigh the parade\noutlet: Yonhap\ndate: 2026-04-02\n---\n\nAnalysts speculate the parade showed a new missile.\n",
    )
    .unwrap();
    std::fs::write(
        articles.join("more").join("note.txt"),
        "조선중앙통신 👋🏽 reported the parade as a triumph.\n",
    )
    .unwrap();
    // Not UTF-8: JSONL refuses it, the import goes on without it.
    std::fs::write(articles.join("broken.jsonl"), b"{\"text\": \"\xff\xfe\"}\n").unwrap();
}

fn app(dir: &Path) -> Harness<'static, MarginaliaApp> {
    let options = AppOptions::for_tests(dir.to_path_buf());
    let start = Start::Project(Box::new(Project::new("Corpus")), None);
    let mut h = window_sized(egui::vec2(1500.0, 950.0), options, start);
    h.state_mut().set_analyst("alice");
    h
}

fn type_text(h: &mut Harness<'_, MarginaliaApp>, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run_steps(2);
}

fn press_mod(h: &mut Harness<'_, MarginaliaApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(3);
}

fn titles(h: &Harness<'_, MarginaliaApp>) -> Vec<String> {
    let p = h.state().project();
    (h.state().documents_table_rows().iter())
        .map(|id| p.document(id).unwrap().title.clone())
        .collect()
}

fn current_title(h: &Harness<'_, MarginaliaApp>) -> String {
    h.state().current_document().unwrap().title.clone()
}

fn import_folder(h: &mut Harness<'static, MarginaliaApp>, dir: &Path) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import folder…").click();
    h.run_steps(3);
    // No folder dialog in tests: the Import dialog takes the typed path.
    type_text(h, &dir.join("articles").display().to_string());
    h.get_by_label("Import").click();
    settle(h);
}

#[test]
fn import_sort_filter_edit_search_open_and_tag() {
    let dir = tempfile::tempdir().unwrap();
    write_folder(dir.path());
    let mut h = app(dir.path());

    // --- import a folder: three articles, one file skipped with its reason ---
    import_folder(&mut h, dir.path());
    assert_eq!(
        h.state().project().documents.len(),
        3,
        "{:?}",
        h.state().status()
    );
    h.get_by_label_contains("3 imported, 1 skipped");
    h.get_by_label_contains("broken.jsonl");
    let kcna = h
        .state()
        .project()
        .documents
        .iter()
        .find(|d| d.title.contains("Pyongyang"))
        .unwrap();
    assert_eq!(kcna.meta.outlet.as_deref(), Some("KCNA"));
    h.get_by_label("Close").click();
    h.run_steps(2);

    // --- sort: Date (latest first), again for earliest first; undated stay last ---
    h.get_by_label("Date").click();
    h.run_steps(2);
    assert_eq!(
        titles(&h)[..2],
        ["Analysts weigh the parade", "Parade held in Pyongyang"]
    );
    h.get_by_label("Date ⏷").click();
    h.run_steps(2);
    assert_eq!(
        titles(&h)[..2],
        ["Parade held in Pyongyang", "Analysts weigh the parade"]
    );
    assert_eq!(titles(&h).len(), 3);

    // --- filter: text contains (Korean), then cleared ---
    h.get_by_label("Filters").click();
    h.run_steps(2);
    h.get_by_label("Text").focus();
    h.run_steps(1);
    type_text(&mut h, "조선중앙통신");
    assert_eq!(titles(&h).len(), 1, "{:?}", titles(&h));
    h.get_by_label("Clear filters").click();
    h.run_steps(2);
    assert_eq!(titles(&h).len(), 3);
    h.get_by_label("Filters").click();
    h.run_steps(2);

    // --- keyboard: Ctrl+PageDown / Ctrl+PageUp follow the table's order ---
    h.get_by_label("Parade held in Pyongyang").click();
    h.run_steps(2);
    assert_eq!(current_title(&h), "Parade held in Pyongyang");
    press_mod(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(current_title(&h), "Analysts weigh the parade");
    press_mod(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(current_title(&h), "Parade held in Pyongyang");

    // --- metadata: a bad date is refused in one line, a good one is one undo step ---
    h.get_by_label("Document metadata").click();
    h.run_steps(2);
    h.get_by_label("Byline").focus();
    h.run_steps(1);
    type_text(&mut h, "Kim Min-ji");
    h.get_by_label("Date").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, "the day after");
    h.get_by_label("Apply metadata").click();
    h.run_steps(2);
    let status = h.state().status().clone();
    assert!(
        status.is_error && status.text.contains("'the day after' is not a date"),
        "{status:?}"
    );
    h.get_by_label("Date").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, "15 March 2026");
    h.get_by_label("Apply metadata").click();
    h.run_steps(2);
    let meta = h.state().current_document().unwrap().meta.clone();
    assert_eq!(meta.date.as_deref(), Some("2026-03-15"));
    assert_eq!(meta.byline.as_deref(), Some("Kim Min-ji"));
    assert_eq!(meta.outlet.as_deref(), Some("KCNA"));
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    let meta = h.state().current_document().unwrap().meta.clone();
    assert_eq!(meta.date.as_deref(), Some("2026-03-14T09:30:00+09:00"));
    assert_eq!(meta.byline, None);

    // --- done mark: per analyst, undoable, shown as progress ---
    h.get_by_label("Done (alice)").click();
    h.run_steps(2);
    assert_eq!(h.state().current_document().unwrap().done_by, ["alice"]);
    h.get_by_label("Progress").click();
    h.run_steps(2);
    assert_eq!(
        titles(&h)[0],
        "Parade held in Pyongyang",
        "done first when sorted by progress, descending"
    );

    // --- search (Ctrl+Shift+F): three hits of "parade", whole word ---
    press_mod(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    type_text(&mut h, "parade");
    h.run_steps(3);
    assert_eq!(
        h.state().search_hits().len(),
        5,
        "three in the KCNA article (its heading included), one in each other"
    );
    h.get_by_label("Whole word").click();
    h.run_steps(3);
    // Enter opens the first hit: its document, the match selected.
    h.get_by_label("Search the corpus").focus();
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let hit = h.state().search_hits()[0];
    let doc = h.state().project().documents[hit.doc].clone();
    assert_eq!(h.state().current_document().unwrap().id, doc.id);
    assert_eq!(
        h.state().view().selection(&doc.id),
        Some((hit.start, hit.end))
    );
    assert_eq!(doc.slice(hit.start, hit.end).to_lowercase(), "parade");

    // --- tag every result as a claim: one undo step ---
    let before = h.state().project().annotations.len();
    let n = h.state().search_hits().len();
    h.get_by_label(&format!("Tag {n} results")).click();
    h.run_steps(3);
    assert_eq!(
        h.state().project().annotations.len(),
        before + n,
        "{:?}",
        h.state().status()
    );
    assert!(
        h.state()
            .project()
            .annotations
            .iter()
            .all(|a| a.author == "alice")
    );
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().project().annotations.len(), before);
}

/// Three short documents with Korean, emoji and combining accents; the search
/// panel open with "조선중앙통신" typed (3 hits).
fn korean_search(dir: &Path) -> Harness<'static, MarginaliaApp> {
    use marginalia::model::Document;
    let mut project = Project::new("Korean");
    let texts = [
        "👋🏽 조선중앙통신 said e\u{301} “yes”; 조선중앙통신 again.",
        "No agency here.",
        "Per 조선중앙통신, the parade 🇰🇵 was held.",
    ];
    for (i, t) in texts.iter().enumerate() {
        project
            .documents
            .push(Document::new(format!("d{i}"), format!("Doc {i}"), *t));
    }
    let options = AppOptions::for_tests(dir.to_path_buf());
    let mut h = window_sized(
        egui::vec2(1500.0, 950.0),
        options,
        Start::Project(Box::new(project), None),
    );
    h.state_mut().set_analyst("alice");

    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label_contains("Search the corpus").click();
    h.run_steps(3);
    type_text(&mut h, "조선중앙통신");
    h.run_steps(2);
    h
}

/// Korean and emoji around the matches: offsets stay exact; an attribution needs
/// its source; a search inside attributions finds only what is tagged.
#[test]
fn tagging_korean_hits_as_attributions_needs_a_source_and_offsets_stay_exact() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = korean_search(dir.path());
    let hits = h.state().search_hits().to_vec();
    assert_eq!(hits.len(), 3);
    for hit in &hits {
        let doc = &h.state().project().documents[hit.doc];
        assert_eq!(doc.slice(hit.start, hit.end), "조선중앙통신");
    }
    // The first hit is after the emoji and its modifier: char 3.
    assert_eq!((hits[0].start, hits[0].end), (3, 9));

    h.state_mut().corpus_panels_mut().search.tag_label = "attribution".into();
    h.run_steps(2);
    h.get_by_label("Tag 3 results").click();
    h.run_steps(2);
    assert!(h.state().status().is_error, "{:?}", h.state().status());
    assert!(h.state().project().annotations.is_empty());
    h.get_by_label("with source").focus();
    h.run_steps(1);
    type_text(&mut h, "KCNA");
    h.get_by_label("Tag 3 results").click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(p.annotations.len(), 3, "{:?}", h.state().status());
    for a in &p.annotations {
        assert_eq!(a.quote, "조선중앙통신");
        assert_eq!(a.source.as_deref(), Some("KCNA"));
        assert_eq!(a.label, "attribution");
    }
    // Tagging the same results again adds nothing.
    h.get_by_label("Tag 3 results").click();
    h.run_steps(3);
    assert_eq!(h.state().project().annotations.len(), 3);

    h.get_by_label("Copy as JSONL").click();
    h.run_steps(2);
    assert_eq!(h.state().status().text, "Copied 3 hits as JSONL");

    // Only inside attributions: "said" is not in one, "조선" is.
    h.state_mut().corpus_panels_mut().search.query.within.label = Some("attribution".into());
    h.state_mut().corpus_panels_mut().search.query.text = "said".into();
    h.run_steps(3);
    assert!(h.state().search_hits().is_empty());
    h.state_mut().corpus_panels_mut().search.query.text = "조선".into();
    h.run_steps(3);
    assert_eq!(h.state().search_hits().len(), 3);
}

/// ↑/↓ move a cursor in the documents table once a row was clicked, Enter opens the
/// document under it; a click elsewhere or a text field takes the keys back.
#[test]
fn arrow_keys_move_in_the_documents_table_and_enter_opens() {
    let dir = tempfile::tempdir().unwrap();
    write_folder(dir.path());
    let mut h = app(dir.path());
    import_folder(&mut h, dir.path());
    h.get_by_label("Close").click();
    h.run_steps(2);
    let order = titles(&h);
    assert_eq!(order.len(), 3);
    let press = |h: &mut Harness<'_, MarginaliaApp>, key| press_mod(h, Modifiers::NONE, key);

    h.get_by_label(&order[0]).click();
    h.run_steps(2);
    assert_eq!(current_title(&h), order[0]);
    // The arrows move the cursor only; Enter opens.
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    assert_eq!(current_title(&h), order[0]);
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[1]);
    // From the open document again; past the ends the cursor stays.
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[2]);
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[0]);

    // A text field takes the keys: typing and Enter there leave the table alone.
    h.get_by_label("Filters").click();
    h.run_steps(2);
    h.get_by_label("Text").focus();
    h.run_steps(1);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[0]);
    assert_eq!(titles(&h), order);
    // A click outside the table too (the Filters toggle); a row click gives them back.
    h.get_by_label("Filters").click();
    h.run_steps(2);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[0]);
    h.get_by_label(&order[2]).click();
    h.run_steps(2);
    press(&mut h, Key::ArrowUp);
    press(&mut h, Key::Enter);
    assert_eq!(current_title(&h), order[1]);
}

/// A checkbox per hit; "Tag N checked" tags only those, as one undo step.
#[test]
fn only_the_checked_hits_are_tagged() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = korean_search(dir.path());
    let hits = h.state().search_hits().to_vec();
    assert_eq!(hits.len(), 3);
    h.state_mut().corpus_panels_mut().search.tag_label = "claim".into();
    h.get_by_label("Check hit 1").click();
    h.run_steps(2);
    h.get_by_label("Check hit 3").click();
    h.run_steps(2);
    h.get_by_label("Tag 2 checked").click();
    h.run_steps(3);
    let p = h.state().project();
    let mut tagged: Vec<(String, usize, usize)> = (p.annotations.iter())
        .map(|a| (a.doc.clone(), a.start, a.end))
        .collect();
    tagged.sort();
    let want =
        |hit: &marginalia::search::Hit| (p.documents[hit.doc].id.clone(), hit.start, hit.end);
    assert_eq!(
        tagged,
        vec![want(&hits[0]), want(&hits[2])],
        "{:?}",
        h.state().status()
    );
    assert!(
        p.annotations
            .iter()
            .all(|a| a.quote == "조선중앙통신" && a.label == "claim")
    );
    // The checks are used up; unchecking works; one Ctrl+Z undoes both.
    assert!(h.state().corpus_panels().search.checked.is_empty());
    h.get_by_label("Check hit 2").click();
    h.run_steps(2);
    h.get_by_label("Check hit 2").click();
    h.run_steps(2);
    assert!(h.state().corpus_panels().search.checked.is_empty());
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state().project().annotations.is_empty());
    // A new query clears the checks.
    h.get_by_label("Check hit 1").click();
    h.run_steps(2);
    assert_eq!(h.state().corpus_panels().search.checked.len(), 1);
    h.state_mut().corpus_panels_mut().search.query.text = "parade".into();
    h.run_steps(3);
    assert!(h.state().corpus_panels().search.checked.is_empty());
}

/// "Export hits" writes every hit as JSONL (as `marginalia search --json`) to the
/// typed destination; a folder as destination is refused in one line.
#[test]
fn search_hits_are_exported_to_a_typed_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = korean_search(dir.path());
    let proposed = h.state().corpus_panels().search.export_path.clone();
    assert!(proposed.ends_with("-search.jsonl"), "{proposed}");
    let target = dir.path().join("hits 조선.jsonl");
    h.get_by_label("Export hits to").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, &target.display().to_string());
    h.get_by_label("Export hits").click();
    h.run_steps(3);
    let status = h.state().status().clone();
    assert!(!status.is_error, "{status:?}");
    assert!(status.text.starts_with("Wrote 3 hits to"), "{status:?}");
    let written = std::fs::read_to_string(&target).unwrap();
    let lines: Vec<serde_json::Value> = (written.lines())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["doc"], "d0");
    assert_eq!(
        (lines[0]["start"].as_u64(), lines[0]["end"].as_u64()),
        (Some(3), Some(9))
    );
    assert!(lines.iter().all(|l| l["text"] == "조선중앙통신"));
    // A folder is not a file: one line, nothing written.
    h.state_mut().corpus_panels_mut().search.export_path = dir.path().display().to_string();
    h.run_steps(1);
    h.get_by_label("Export hits").click();
    h.run_steps(3);
    let status = h.state().status().clone();
    assert!(status.is_error, "{status:?}");
    assert!(!status.text.contains('\n'), "{status:?}");
}

/// The shown document is remembered by position for speed; documents closed and
/// brought back before it move it, and it is still the one shown.
#[test]
fn the_shown_document_is_found_after_documents_before_it_come_and_go() {
    use marginalia::model::Document;
    use marginalia::ui::UiCommand;
    let dir = tempfile::tempdir().unwrap();
    let mut project = Project::new("Three");
    for i in 0..3 {
        (project.documents).push(Document::new(
            format!("d{i}"),
            format!("Doc {i}"),
            "조선 👋🏽 text",
        ));
    }
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let start = Start::Project(Box::new(project), None);
    let mut h = window_sized(egui::vec2(1500.0, 950.0), options, start);
    let shown = |h: &Harness<'_, MarginaliaApp>| h.state().current_document().map(|d| d.id.clone());
    for step in [
        UiCommand::SwitchDocument("d2".into()),
        UiCommand::SwitchDocument("d0".into()),
        UiCommand::CloseDocument,
        UiCommand::SwitchDocument("d2".into()),
    ] {
        h.state_mut().push_command(step);
        h.run_steps(2);
    }
    assert_eq!(h.state().project().documents.len(), 2);
    assert_eq!(shown(&h).as_deref(), Some("d2"));
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().project().documents.len(), 3);
    // Whichever the undo shows (d2 stays, or the restored d0), it is found.
    let id = shown(&h).unwrap();
    assert!(id == "d2" || id == "d0", "{id}");
    h.state_mut()
        .push_command(UiCommand::SwitchDocument("d2".into()));
    h.run_steps(2);
    assert_eq!(shown(&h).as_deref(), Some("d2"));
    assert_eq!(h.state().current_document().unwrap().title, "Doc 2");
}

/// Each result row highlights exactly its hit (Korean after an emoji, combining
/// accents near it); "Browse…" where no file dialog can be shown keeps the typed
/// destination, and the hits are written there.
#[test]
fn each_result_row_highlights_its_hit_and_browse_keeps_the_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = korean_search(dir.path());
    let rows = h.state().corpus_panels().search.shown_rows().to_vec();
    assert_eq!(rows.len(), 3);
    let hits = h.state().search_hits().to_vec();
    let project = h.state().project();
    for (row, hit) in rows.iter().zip(&hits) {
        assert_eq!(row.hit, *hit);
        let doc = &project.documents[hit.doc];
        assert_eq!(row.highlight.len(), hit.end - hit.start);
        assert_eq!(row.highlighted(), doc.slice(hit.start, hit.end));
        // The row's text just before the highlight is the document's text just
        // before the hit, and just after it the text after the hit.
        let before: String = row.text.chars().take(row.highlight.start).collect();
        let doc_before: String = doc.text.chars().take(hit.start).collect();
        assert!(before.ends_with(&doc_before), "{before:?} / {doc_before:?}");
        let after: String = row.text.chars().skip(row.highlight.end).collect();
        let doc_after: String = doc.text.chars().skip(hit.end).take(5).collect();
        assert!(after.starts_with(&doc_after), "{after:?} / {doc_after:?}");
    }
    assert_eq!((rows[0].hit.start, rows[0].hit.end), (3, 9));
    assert!(
        rows[0]
            .text
            .contains("Doc 0 · no date · 👋🏽 조선중앙통신 said")
    );

    let target = dir.path().join("browsed 조선.jsonl");
    h.get_by_label("Export hits to").focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut h, &target.display().to_string());
    h.get_by_label("Browse…").click();
    h.run_steps(2);
    let status = h.state().status().clone();
    assert!(!status.is_error, "{status:?}");
    assert!(status.text.contains("Type where to write"), "{status:?}");
    assert_eq!(
        h.state().corpus_panels().search.export_path,
        target.display().to_string()
    );
    h.get_by_label("Export hits").click();
    h.run_steps(3);
    let status = h.state().status().clone();
    assert!(status.text.starts_with("Wrote 3 hits to"), "{status:?}");
    let written = std::fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), 3);
    let first: serde_json::Value = serde_json::from_str(written.lines().next().unwrap()).unwrap();
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(3), Some(9))
    );
}
