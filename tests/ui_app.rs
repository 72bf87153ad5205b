//! Drives the real window (egui_kittest, no display): open the sample article, select
//! and tag, the attribution popup, the list, delete/undo/redo, boundary keys, find,
//! documents, save and reopen, the unsaved-changes prompt.

#![cfg(feature = "gui")]

use std::path::Path;

use egui::{Event, Key, Modifiers, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod common;
use common::window::{Start, settle, window, window_in};

fn app_in(dir: &Path, file: Option<&Path>) -> Harness<'static, MarginaliaApp> {
    window_in(dir, file, None)
}

/// An app on the sample article with the analyst's name already known.
fn sample_app(dir: &Path) -> Harness<'static, MarginaliaApp> {
    let mut h = app_in(dir, None);
    h.state_mut().set_analyst("tester");
    h
}

/// Char range of the first occurrence of `phrase` in the current document.
fn span_of(h: &Harness<'_, MarginaliaApp>, phrase: &str) -> (usize, usize) {
    let text = &h.state().current_document().unwrap().text;
    let byte = text
        .find(phrase)
        .unwrap_or_else(|| panic!("{phrase:?} not in the text"));
    let start = text[..byte].chars().count();
    (start, start + phrase.chars().count())
}

/// Makes `phrase` the text selection of the current document.
fn select(h: &mut Harness<'_, MarginaliaApp>, phrase: &str) {
    let (s, e) = span_of(h, phrase);
    let doc = h.state().current_document().unwrap().id.clone();
    h.state_mut().view_mut().set_selection(&doc, Some((s, e)));
    h.run_steps(2);
}

fn press(h: &mut Harness<'_, MarginaliaApp>, key: Key) {
    h.key_press(key);
    h.run_steps(2);
}

fn press_mod(h: &mut Harness<'_, MarginaliaApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(2);
}

fn type_text(h: &mut Harness<'_, MarginaliaApp>, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run_steps(2);
}

/// Drags the mouse over chars `s..e` of the shown document, as the analyst does.
fn drag_over(h: &mut Harness<'_, MarginaliaApp>, s: usize, e: usize) {
    let a = h.state().char_screen_rect(s).expect("start is on screen");
    let b = h.state().char_screen_rect(e - 1).expect("end is on screen");
    let (from, to) = (
        a.left_center() + egui::vec2(1.0, 0.0),
        b.right_center() - egui::vec2(1.0, 0.0),
    );
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    h.run();
}

fn count(h: &Harness<'_, MarginaliaApp>) -> usize {
    h.state().project().annotations.len()
}

#[test]
fn opens_on_the_sample_article_with_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let h = app_in(dir.path(), None);
    let doc = h.state().current_document().unwrap();
    assert!(doc.text.contains("조선중앙통신"));
    // The Markdown sample is laid out for reading: no heading marks.
    assert!(
        doc.text.starts_with(
            "North Korea stages night parade as analysts weigh new missile display\n\nSEOUL"
        ),
        "{:?}",
        &doc.text[..80]
    );
    assert!(!doc.text.contains("# "));
    assert_eq!(
        doc.title,
        "North Korea stages night parade as analysts weigh new missile display"
    );
    assert_eq!(h.state().project().documents.len(), 1);
    assert!(!h.state().editor().is_dirty());
    assert_eq!(h.state().title(), "Untitled project — Marginalia");
    h.get_by_label("Document");
}

#[test]
fn drag_over_a_phrase_and_press_1_lists_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    let (s, e) = span_of(&h, "held a large military parade");
    drag_over(&mut h, s, e);
    let doc = h.state().current_document().unwrap().id.clone();
    assert_eq!(h.state().view().selection(&doc), Some((s, e)));
    press(&mut h, Key::Num1);
    let a = h
        .state()
        .selected_annotation()
        .expect("the new claim is selected")
        .clone();
    assert_eq!((a.start, a.end, a.label.as_str()), (s, e, "claim"));
    assert_eq!(a.quote, "held a large military parade");
    assert_eq!(a.author, "tester");
    h.get_by_label_contains("Claim: “held a large military parade”");
    assert!(h.state().title().starts_with("● "));
}

/// The first tag of a fresh install asks the analyst's name; once it is given, the
/// tag that asked is made on the words still selected (seen in the real window: the
/// name was kept but the tag was lost).
#[test]
fn the_first_tag_asks_the_name_then_tags_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path(), None);
    assert_eq!(h.state().settings().analyst, "", "fresh settings");
    let (s, e) = span_of(&h, "held a large military parade");
    drag_over(&mut h, s, e);
    let before = count(&h);
    press(&mut h, Key::Num2);
    assert_eq!(
        count(&h),
        before,
        "nothing is tagged before the name is known"
    );
    h.get_by_label("Your name");
    type_text(&mut h, "alice");
    press(&mut h, Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().settings().analyst, "alice");
    assert_eq!(count(&h), before + 1, "the tag that asked is made");
    let a = h
        .state()
        .selected_annotation()
        .expect("the new speculation is selected");
    assert_eq!((a.start, a.end, a.label.as_str()), (s, e, "speculation"));
    assert_eq!(a.author, "alice");
}

/// Tagging the same words with the same label twice (also after another tag in
/// between, and after an undo and redo) selects the existing annotation instead of
/// adding a copy; another label is a new annotation.
#[test]
fn the_same_tag_twice_selects_the_existing_annotation() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "held a large military parade");
    press(&mut h, Key::Num1);
    let first = h.state().selected_annotation().unwrap().id.clone();
    select(&mut h, "state media reported");
    press(&mut h, Key::Num2);
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    press_mod(&mut h, Modifiers::COMMAND, Key::Y);
    select(&mut h, "held a large military parade");
    press(&mut h, Key::Num1);
    assert_eq!(count(&h), 2, "no copy of the claim");
    assert_eq!(h.state().selected_annotation().unwrap().id, first);
    assert!(h.state().status().text.contains("Already tagged"));
    select(&mut h, "held a large military parade");
    press(&mut h, Key::Num2);
    assert_eq!(
        count(&h),
        3,
        "the same words as speculation are a new annotation"
    );
}

#[test]
fn the_analyst_is_asked_once_at_the_first_tag() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path(), None);
    select(&mut h, "state media reported");
    press(&mut h, Key::Num2);
    assert_eq!(count(&h), 0, "nothing is tagged before the name is known");
    type_text(&mut h, "Kim Min-ji");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().settings().analyst, "Kim Min-ji");
    assert_eq!(count(&h), 1);
    let a = &h.state().project().annotations[0];
    assert_eq!(
        (a.label.as_str(), a.author.as_str()),
        ("speculation", "Kim Min-ji")
    );
}

#[test]
fn an_attribution_asks_for_its_source_with_completion() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num3);
    assert!(h.state().is_asking_for_source());
    assert_eq!(count(&h), 0);
    type_text(&mut h, "yon");
    press(&mut h, Key::Enter);
    assert!(!h.state().is_asking_for_source());
    let a = h.state().selected_annotation().unwrap();
    assert_eq!(a.label, "attribution");
    assert_eq!(a.source.as_deref(), Some("Yonhap"));
    h.get_by_label_contains("Attribution (Yonhap): “Yonhap reported”");

    // A source typed in full: an alias of the source registry is stored as its
    // canonical name (issue 13); a name it does not know is kept as typed.
    select(&mut h, "According to KCNA");
    press(&mut h, Key::Num3);
    type_text(&mut h, "조선중앙통신");
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().selected_annotation().unwrap().source.as_deref(),
        Some("KCNA")
    );
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num3);
    type_text(&mut h, "평양 소식통");
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().selected_annotation().unwrap().source.as_deref(),
        Some("평양 소식통")
    );

    // ↓ walks the filtered suggestions: "nk" offers NK News, NK Pro, then Daily NK.
    select(&mut h, "Satellite imagery reviewed by NK News");
    press(&mut h, Key::Num3);
    type_text(&mut h, "nk");
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().selected_annotation().unwrap().source.as_deref(),
        Some("NK Pro")
    );
}

#[test]
fn escape_in_the_source_popup_tags_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num3);
    type_text(&mut h, "KC");
    press(&mut h, Key::Escape);
    assert!(!h.state().is_asking_for_source());
    assert_eq!(count(&h), 0);
}

#[test]
fn delete_undo_redo_from_the_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "a new generation of solid-fuel missiles");
    press(&mut h, Key::Num1);
    select(&mut h, "is believed to be a larger variant");
    press(&mut h, Key::Num2);
    assert_eq!(count(&h), 2);
    // Select the claim from the list, then Delete.
    h.get_by_label_contains("Claim: “a new generation").click();
    h.run_steps(2);
    assert_eq!(h.state().selected_annotation().unwrap().label, "claim");
    press(&mut h, Key::Delete);
    assert_eq!(count(&h), 1);
    assert!(
        h.query_by_label_contains("Claim: “a new generation")
            .is_none()
    );
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(count(&h), 2);
    h.get_by_label_contains("Claim: “a new generation");
    press_mod(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(count(&h), 1);
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(count(&h), 1, "the speculation is undone too");
    press_mod(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(count(&h), 2);
    assert!(h.state().selected_annotation().is_some());
    press(&mut h, Key::Escape);
    assert!(h.state().selected_annotation().is_none(), "Esc deselects");
    press(&mut h, Key::Delete);
    assert_eq!(count(&h), 2, "Delete with nothing selected deletes nothing");
    assert!(!h.state().title().is_empty());
}

#[test]
fn shift_arrows_move_the_selected_annotations_bounds_by_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "large military");
    press(&mut h, Key::Num1);
    let quote =
        |h: &Harness<'_, MarginaliaApp>| h.state().selected_annotation().unwrap().quote.clone();
    press_mod(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    assert_eq!(quote(&h), "large military parade");
    press_mod(&mut h, Modifiers::ALT | Modifiers::SHIFT, Key::ArrowLeft);
    assert_eq!(quote(&h), "a large military parade");
    press_mod(&mut h, Modifiers::ALT | Modifiers::SHIFT, Key::ArrowRight);
    assert_eq!(quote(&h), "large military parade");
    press_mod(&mut h, Modifiers::SHIFT, Key::ArrowLeft);
    press_mod(&mut h, Modifiers::SHIFT, Key::ArrowLeft);
    assert_eq!(quote(&h), "large");
    press_mod(&mut h, Modifiers::SHIFT, Key::ArrowLeft);
    assert_eq!(quote(&h), "large", "a span never shrinks to nothing");
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(quote(&h), "large military");
}

#[test]
fn find_bar_counts_steps_and_its_match_can_be_tagged() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    press_mod(&mut h, Modifiers::COMMAND, Key::F);
    type_text(&mut h, "rodong sinmun");
    h.get_by_label("1 of 1");
    press_mod(&mut h, Modifiers::COMMAND, Key::A);
    type_text(&mut h, "kcna");
    let n = marginalia::model::text::find_all(&h.state().current_document().unwrap().text, "kcna")
        .len();
    assert!(n >= 3);
    // Typing moves to the first match at or after the top of the screen (the view
    // had moved to the "Rodong Sinmun" match).
    let all =
        marginalia::model::text::find_all(&h.state().current_document().unwrap().text, "kcna");
    let at = |h: &Harness<'_, MarginaliaApp>| {
        let m = h.state().find_match().expect("a current match");
        all.iter().position(|x| *x == m).unwrap()
    };
    let first = at(&h);
    h.get_by_label(&format!("{} of {n}", first + 1));
    press(&mut h, Key::Enter);
    let second = (first + 1) % n;
    h.get_by_label(&format!("{} of {n}", second + 1));
    press_mod(&mut h, Modifiers::COMMAND, Key::Enter);
    press(&mut h, Key::Num1);
    press_mod(&mut h, Modifiers::COMMAND, Key::F);
    assert!(h.query_by_label("Select match").is_some());
    press(&mut h, Key::Escape);
    assert!(
        h.query_by_label("Select match").is_none(),
        "Esc closes the find bar"
    );
    let a = h
        .state()
        .selected_annotation()
        .expect("the match was tagged");
    assert_eq!(a.quote, "KCNA");
    assert_eq!((a.start, a.end), all[second]);
}

#[test]
fn switching_documents_keeps_each_ones_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Satellite imagery");
    press(&mut h, Key::Num1);
    let first = h.state().current_document().unwrap().id.clone();
    h.state_mut().push_command(UiCommand::AddTextDocument(
        "Second report\r\n\r\nNK News said 👋🏽 the drills 🇰🇵 were “routine”.\r\n".into(),
    ));
    h.run_steps(2);
    let second = h.state().current_document().unwrap().id.clone();
    assert_ne!(first, second);
    assert!(!h.state().current_document().unwrap().text.contains('\r'));
    h.get_by_label("0 annotations");
    select(&mut h, "were “routine”");
    press(&mut h, Key::Num2);
    assert_eq!(
        h.state().selected_annotation().unwrap().quote,
        "were “routine”"
    );
    h.get_by_label_contains("North Korea stages night parade")
        .click();
    h.run_steps(2);
    assert_eq!(h.state().current_document().unwrap().id, first);
    h.get_by_label_contains("Claim: “Satellite imagery”");
    assert!(h.query_by_label_contains("Speculation: “were").is_none());
    h.get_by_label("Second report").click();
    h.run_steps(2);
    // A text selection left in the second document survives a trip to the first.
    select(&mut h, "NK News said");
    let kept = h.state().view().selection(&second);
    assert!(kept.is_some());
    h.get_by_label_contains("North Korea stages night parade")
        .click();
    h.run_steps(2);
    h.get_by_label("Second report").click();
    h.run_steps(2);
    assert_eq!(h.state().view().selection(&second), kept);
    h.get_by_label_contains("Speculation: “were “routine””");
    assert_eq!(count(&h), 2);
}

#[test]
fn save_then_reopen_gives_the_same_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "조선중앙통신");
    press(&mut h, Key::Num3);
    type_text(&mut h, "KCNA");
    press(&mut h, Key::Enter);
    select(&mut h, "respected daughter.");
    press(&mut h, Key::Num1);
    let path = dir.path().join("saved.ron");
    h.state_mut().push_command(UiCommand::SaveTo(path.clone()));
    settle(&mut h);
    assert!(!h.state().editor().is_dirty(), "{:?}", h.state().status());
    assert!(h.state().status().text.starts_with("Saved"));
    assert_eq!(h.state().title(), "Untitled project — Marginalia");
    let before = h.state().project().annotations.clone();

    let h2 = app_in(dir.path(), Some(&path));
    let mut after = h2.state().project().annotations.clone();
    let mut before = before;
    before.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    after.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    assert_eq!(before, after);
    let doc = h2.state().current_document().unwrap();
    for a in &after {
        assert_eq!(doc.slice(a.start, a.end), a.quote);
    }
    assert_eq!(h2.state().project_path(), Some(path.as_path()));
}

#[test]
fn a_save_error_leaves_the_old_file_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Satellite imagery");
    press(&mut h, Key::Num1);
    let bad = dir.path().join("no-such-folder").join("x.ron");
    h.state_mut().push_command(UiCommand::SaveTo(bad.clone()));
    settle(&mut h);
    assert!(h.state().status().is_error);
    assert!(
        h.state().status().text.starts_with("Not saved"),
        "{}",
        h.state().status().text
    );
    assert!(!h.state().status().text.contains('\n'));
    assert!(h.state().editor().is_dirty());
    assert!(!bad.exists());
}

#[test]
fn a_file_that_cannot_be_opened_leaves_the_window_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(&bad, "Project(format: 1, name: ").unwrap();
    let h = app_in(dir.path(), Some(&bad));
    assert!(h.state().status().is_error);
    assert!(h.state().status().text.contains("broken.ron"));
    assert!(h.state().current_document().unwrap().text.contains("KCNA"));
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "Project(format: 1, name: "
    );
}

#[test]
fn opening_an_article_adds_it_as_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.txt");
    std::fs::write(
        &article,
        "Daily NK report\n\nFactories were told to send workers.",
    )
    .unwrap();
    let mut h = sample_app(dir.path());
    h.state_mut()
        .push_command(UiCommand::OpenFile(article.clone()));
    settle(&mut h);
    assert_eq!(h.state().project().documents.len(), 2);
    assert_eq!(
        h.state().current_document().unwrap().title,
        "Daily NK report"
    );
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().project().documents.len(), 1);
    assert!(h.state().current_document().is_some());
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Satellite imagery");
    press(&mut h, Key::Num1);
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    let cancelled = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(cancelled, "the close is held back");
    h.run_steps(2);
    assert!(h.state().is_asking_about_unsaved_changes());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().is_asking_about_unsaved_changes());
    assert_eq!(count(&h), 1);
}

#[test]
fn text_size_and_theme_follow_the_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    let size = h.state().settings().font_size;
    press_mod(&mut h, Modifiers::COMMAND, Key::Equals);
    assert!(h.state().settings().font_size > size);
    press_mod(&mut h, Modifiers::COMMAND, Key::Minus);
    press_mod(&mut h, Modifiers::COMMAND, Key::Minus);
    assert!(h.state().settings().font_size < size);
    press_mod(&mut h, Modifiers::COMMAND, Key::Num0);
    assert_eq!(h.state().settings().font_size, size);
    h.state_mut().push_command(UiCommand::ToggleTheme);
    h.run_steps(2);
    assert!(h.state().settings().dark_mode);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn pasting_with_nothing_focused_makes_a_new_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    h.event(Event::Paste(
        "Pasted headline\n\nKCNA said it again.".into(),
    ));
    h.run_steps(2);
    assert_eq!(h.state().project().documents.len(), 2);
    assert_eq!(
        h.state().current_document().unwrap().title,
        "Pasted headline"
    );
}

#[test]
fn the_command_palette_runs_a_command_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    press_mod(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    type_text(&mut h, "dark theme");
    press(&mut h, Key::Enter);
    assert!(h.state().settings().dark_mode);
    // Tag commands are in the palette too.
    select(&mut h, "Yonhap reported");
    press_mod(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    type_text(&mut h, "tag as spec");
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().selected_annotation().unwrap().label,
        "speculation"
    );
}

#[test]
fn open_path_typed_in_the_dialog_adds_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("크롤링.md");
    std::fs::write(&article, "# 조선 report\r\n\r\nKCNA said 👋🏽 so.\r\n").unwrap();
    let mut h = sample_app(dir.path());
    h.state_mut().push_command(UiCommand::OpenPath);
    h.run_steps(2);
    type_text(&mut h, &article.display().to_string());
    press(&mut h, Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().project().documents.len(), 2);
    let doc = h.state().current_document().unwrap();
    assert_eq!(doc.title, "조선 report");
    assert!(
        h.state().status().text.contains("line endings"),
        "{}",
        h.state().status().text
    );
    assert_eq!(h.state().settings().recent.len(), 1);
    // A path that does not exist: one line in the status, nothing added.
    h.state_mut().push_command(UiCommand::OpenPath);
    h.run_steps(2);
    type_text(&mut h, "/no/such/file.md");
    press(&mut h, Key::Enter);
    settle(&mut h);
    assert!(h.state().status().is_error);
    assert_eq!(h.state().project().documents.len(), 2);
}

#[test]
fn new_document_from_clipboard_takes_the_next_paste() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    h.state_mut()
        .push_command(UiCommand::NewDocumentFromClipboard);
    h.run_steps(2);
    let asked = h
        .output()
        .viewport_output
        .values()
        .any(|v| v.commands.contains(&egui::ViewportCommand::RequestPaste));
    assert!(asked || h.state().status().text.contains("clipboard"));
    h.event(Event::Paste(
        "Copied from a browser\n\nDaily NK reported it.".into(),
    ));
    h.run_steps(2);
    assert_eq!(
        h.state().current_document().unwrap().title,
        "Copied from a browser"
    );
}

#[test]
fn keys_typed_into_a_text_field_do_not_tag_or_delete() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Satellite imagery");
    press(&mut h, Key::Num1);
    h.get_by_label_contains("Claim: “Satellite imagery”")
        .click();
    h.run_steps(2);
    // Type into the note field: "1" and Delete stay in the field.
    // (By its label: the document memo is a multiline box too.)
    h.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, "Note")
        .focus();
    h.run_steps(2);
    type_text(&mut h, "1 source?");
    press(&mut h, Key::Delete);
    assert_eq!(count(&h), 1);
    // Leaving the field commits the note as one undoable edit.
    press(&mut h, Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().selected_annotation().unwrap().note, "1 source?");
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().selected_annotation().unwrap().note, "");
}

#[test]
fn settings_are_remembered_in_their_file() {
    let dir = tempfile::tempdir().unwrap();
    let settings = marginalia::ui::SettingsStore::File(dir.path().join("settings.ron"));
    let options = AppOptions {
        settings: settings.clone(),
        ..AppOptions::for_tests(dir.path().to_path_buf())
    };
    let mut h = window(options, Start::Sample);
    h.state_mut().set_analyst("Lee");
    press_mod(&mut h, Modifiers::COMMAND, Key::Equals);
    let size = h.state().settings().font_size;
    let (back, note) = settings.load();
    assert_eq!(note, None);
    assert_eq!(back.analyst, "Lee");
    assert_eq!(back.font_size, size);
}

#[test]
fn a_hundred_thousand_annotations_are_listed_as_virtual_rows() {
    use marginalia::model::{Annotation, Document, Project};
    let dir = tempfile::tempdir().unwrap();
    let mut project = Project::new("big");
    let word = "조선 KCNA 👋🏽 said ";
    let text = word.repeat(25_000);
    project.documents.push(Document::new("big", "Big", text));
    let n = word.chars().count();
    for i in 0..100_000usize {
        let start = (i % 25_000) * n;
        let (s, e, q) = if i < 25_000 {
            (start, start + 2, "조선")
        } else {
            (start + 3, start + 7, "KCNA")
        };
        project.annotations.push(Annotation::new(
            "big",
            s,
            e,
            q,
            "claim",
            format!("a{}", i % 7),
        ));
    }
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let mut h = window(options, Start::Project(Box::new(project), None));
    // A delete asks the analyst's name first when it is not known yet.
    h.state_mut().set_analyst("tester");
    h.get_by_label("100000 annotations");
    let drawn = h.query_all_by_label_contains("Claim: “").count();
    assert!(drawn > 5 && drawn < 100, "{drawn} rows drawn");
    h.get_all_by_label_contains("Claim: “조선”")
        .next()
        .unwrap()
        .click();
    h.run_steps(2);
    assert_eq!(h.state().selected_annotation().unwrap().quote, "조선");
    press(&mut h, Key::Delete);
    h.get_by_label("99999 annotations");
}

/// True when the app asked the window to close during the last frame.
fn close_sent(h: &Harness<'_, MarginaliaApp>) -> bool {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
}

#[test]
fn save_in_the_close_prompt_saves_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut h = sample_app(dir.path());
    h.state_mut().push_command(UiCommand::SaveTo(path.clone()));
    settle(&mut h);
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num2);
    press_mod(&mut h, Modifiers::COMMAND, Key::Q);
    h.step();
    assert!(h.state().is_asking_about_unsaved_changes());
    h.get_by_label("Save").click();
    h.step();
    h.state_mut().wait_for_background();
    let mut closed = false;
    for _ in 0..4 {
        h.step();
        closed |= close_sent(&h);
    }
    assert!(closed, "the window is closed after saving");
    assert!(!h.state().editor().is_dirty());
    let saved = marginalia::store::load_project(&path).unwrap();
    assert_eq!(saved.annotations.len(), 1);
}

#[test]
fn opening_another_project_over_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    marginalia::store::save_project(&other, &marginalia::model::Project::new("Other")).unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num1);
    h.state_mut()
        .push_command(UiCommand::OpenFile(other.clone()));
    settle(&mut h);
    assert!(h.state().is_asking_about_unsaved_changes());
    assert_eq!(h.state().project().name, "Untitled project");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(count(&h), 1);
    h.state_mut()
        .push_command(UiCommand::OpenFile(other.clone()));
    settle(&mut h);
    h.get_by_label("Discard").click();
    settle(&mut h);
    assert_eq!(h.state().project().name, "Other");
    assert_eq!(h.state().title(), "Other — Marginalia");
    assert_eq!(h.state().project_path(), Some(other.as_path()));
}

#[test]
fn tagging_the_same_span_twice_keeps_one_annotation_and_overlaps_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Satellite imagery reviewed by NK News");
    press(&mut h, Key::Num1);
    select(&mut h, "Satellite imagery reviewed by NK News");
    press(&mut h, Key::Num1);
    assert_eq!(count(&h), 1);
    // An overlapping attribution and a nested speculation are separate annotations.
    select(&mut h, "reviewed by NK News");
    press(&mut h, Key::Num3);
    type_text(&mut h, "NK News");
    press(&mut h, Key::Enter);
    select(&mut h, "imagery");
    press(&mut h, Key::Num2);
    assert_eq!(count(&h), 3);
}

#[test]
fn save_as_proposes_the_saved_projects_folder_and_creates_it() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("saved_projects");
    let options = AppOptions::for_tests(saved.clone());
    let mut h = window(options, Start::Sample);
    h.state_mut().set_analyst("tester");
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num1);
    press_mod(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(1);
    // The typed-path dialog is prefilled with saved_projects/<slug>.ron: accept it.
    press(&mut h, Key::Enter);
    settle(&mut h);
    let path = saved.join("untitled-project.ron");
    assert!(path.is_file(), "{}", h.state().status().text);
    assert_eq!(h.state().project_path(), Some(path.as_path()));
    assert!(!h.state().editor().is_dirty());
    h.get_by_label("untitled-project");
}

#[test]
fn menus_and_toolbar_run_the_same_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    h.get_by_label_contains("Speculation").click();
    h.run_steps(2);
    assert_eq!(
        h.state().selected_annotation().unwrap().label,
        "speculation"
    );
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label_contains("Undo add speculation").click();
    h.run_steps(2);
    assert_eq!(count(&h), 0);
    h.get_by_label("Help").click();
    h.run_steps(2);
    h.get_by_label("Keyboard shortcuts").click();
    h.run_steps(3);
    h.get_by_label("Tag as Attribution");
}

/// A file dropped on the window, as the windowing integration would hand it over.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn files_dropped_on_the_window_are_opened() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("dropped.md");
    std::fs::write(&article, "# Dropped article\n\nYonhap said so.").unwrap();
    let binary = dir.path().join("photo.png");
    std::fs::write(&binary, [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2]).unwrap();
    let mut h = sample_app(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(article.clone())));
    settle(&mut h);
    assert_eq!(
        h.state().current_document().unwrap().title,
        "Dropped article"
    );
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(binary.clone())));
    settle(&mut h);
    assert!(h.state().status().is_error);
    assert!(
        h.state().status().text.contains("photo.png"),
        "{}",
        h.state().status().text
    );
    assert_eq!(h.state().project().documents.len(), 2);
}

#[test]
fn a_new_project_shows_the_start_panel_with_saved_projects() {
    let dir = tempfile::tempdir().unwrap();
    let mut saved = marginalia::model::Project::new("Kept");
    saved.documents.push(marginalia::model::Document::new(
        "d",
        "Kept article",
        "KCNA said so.",
    ));
    marginalia::store::save_project(&dir.path().join("kept.ron"), &saved).unwrap();
    let mut h = sample_app(dir.path());
    h.state_mut().push_command(UiCommand::NewProject);
    h.run_steps(3);
    assert!(h.state().current_document().is_none());
    assert_eq!(h.state().project().name, "Untitled project");
    h.get_by_label("No document yet");
    h.get_by_label("Open path…");
    h.get_by_label_contains(&format!("{}", dir.path().join("kept.ron").display()))
        .click();
    settle(&mut h);
    assert_eq!(h.state().project().name, "Kept");
    assert_eq!(h.state().current_document().unwrap().title, "Kept article");
}

#[test]
fn clicking_a_highlight_in_the_text_selects_it_for_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "state media reported");
    press(&mut h, Key::Num2);
    let id = h.state().selected_annotation().unwrap().id.clone();
    press(&mut h, Key::Escape);
    assert!(h.state().selected_annotation().is_none());
    let (s, _) = span_of(&h, "state media reported");
    let at = h.state().char_screen_rect(s + 3).unwrap().center();
    h.hover_at(at);
    h.step();
    h.drag_at(at);
    h.step();
    h.drop_at(at);
    h.run_steps(3);
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.clone()),
        Some(id)
    );
    h.get_by_label("Selected annotation");
    press(&mut h, Key::Delete);
    assert_eq!(count(&h), 0);
}

#[test]
fn save_in_the_close_prompt_of_an_unsaved_project_asks_where_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num1);
    press_mod(&mut h, Modifiers::COMMAND, Key::Q);
    h.step();
    h.get_by_label("Save").click();
    h.run_steps(3);
    // The typed-path dialog proposes <saved_projects>/untitled-project.ron.
    let mut closed = false;
    h.key_press(Key::Enter);
    h.step();
    h.state_mut().wait_for_background();
    for _ in 0..4 {
        h.step();
        closed |= close_sent(&h);
    }
    assert!(closed, "{}", h.state().status().text);
    assert!(dir.path().join("untitled-project.ron").is_file());
}

#[test]
fn the_editor_changes_label_source_and_note_one_undo_step_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sample_app(dir.path());
    select(&mut h, "Yonhap reported");
    press(&mut h, Key::Num1);
    // Label: Claim -> Attribution through the combo.
    h.get_by_label("Label").click();
    h.run_steps(2);
    h.get_by_label("Attribution").click();
    h.run_steps(2);
    assert_eq!(
        h.state().selected_annotation().unwrap().label,
        "attribution"
    );
    // Source: typed, committed on Enter only.
    h.get_by_label("Source").focus();
    h.run_steps(1);
    type_text(&mut h, "Yonhap");
    assert_eq!(
        h.state().selected_annotation().unwrap().source,
        None,
        "not per keystroke"
    );
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().selected_annotation().unwrap().source.as_deref(),
        Some("Yonhap")
    );
    h.get_by_label_contains("Attribution (Yonhap): “Yonhap reported”");
    // Each change is one undo step.
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().selected_annotation().unwrap().source, None);
    press_mod(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().selected_annotation().unwrap().label, "claim");
}

#[test]
fn a_long_status_message_is_cut_short_of_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir
        .path()
        .join(format!("{}.md", "a-very-long-file-name-".repeat(8)));
    std::fs::write(&article, "# Report\r\n\r\nKCNA said 👋🏽 so.\r\n").unwrap();
    let h = app_in(dir.path(), Some(&article));
    assert!(h.state().status().text.len() > 200);
    let status = h.get_by_label_contains("a-very-long-file-name-").rect();
    let counts = h.get_by_label_contains("annotations here").rect();
    assert!(
        status.max.x <= counts.min.x,
        "status {status:?} runs into the counts {counts:?}"
    );
}

#[test]
fn opening_the_same_article_again_shows_the_copy_already_there() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.txt");
    std::fs::write(&article, "조선 report\r\n\r\nKCNA said 👋🏽 so.\r\n").unwrap();
    let mut h = sample_app(dir.path());
    h.state_mut()
        .push_command(UiCommand::OpenFile(article.clone()));
    settle(&mut h);
    assert_eq!(h.state().project().documents.len(), 2);
    let first = h.state().current_document().unwrap().id.clone();
    // Back to the sample, then the same file again (a recent file, a second drop).
    let sample = h.state().project().documents[0].id.clone();
    h.state_mut()
        .push_command(UiCommand::SwitchDocument(sample));
    h.run_steps(2);
    h.state_mut()
        .push_command(UiCommand::OpenFile(article.clone()));
    settle(&mut h);
    assert_eq!(h.state().project().documents.len(), 2);
    assert_eq!(h.state().current_document().unwrap().id, first);
    assert!(
        h.state().status().text.contains("already in the project"),
        "{}",
        h.state().status().text
    );
}

#[test]
fn a_jsonl_file_on_the_command_line_is_imported_not_shown_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("prior.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": \"kr-1\", \"title\": \"Launch\", \"text\": \"조선중앙통신 said 👋🏽 so.\", \
         \"label\": [[0, 11, \"attribution\"]]}\n",
    )
    .unwrap();
    let h = app_in(dir.path(), Some(&jsonl));
    let project = h.state().project();
    assert_eq!(project.documents.len(), 1);
    assert_eq!(project.documents[0].id, "kr-1");
    assert_eq!(project.documents[0].text, "조선중앙통신 said 👋🏽 so.");
    assert_eq!(project.annotations.len(), 1);
    assert_eq!(project.annotations[0].quote, "조선중앙통신 said");
    assert!(!h.state().status().is_error, "{}", h.state().status().text);

    // A bad line: one line in the status, the window stays on the sample.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"text\": \"abc\", \"label\": [[2, 1, \"claim\"]]}\n",
    )
    .unwrap();
    let h = app_in(dir.path(), Some(&bad));
    assert!(h.state().status().is_error);
    assert!(!h.state().status().text.contains('\n'));
    assert!(
        h.state()
            .current_document()
            .unwrap()
            .text
            .contains("조선중앙통신")
    );
}
