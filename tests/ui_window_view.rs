//! The window's view as an analyst uses it (egui_kittest, no display): find starts
//! from where the analyst is, Esc closes the find bar after a tag, repeated clicks
//! cycle through overlapping annotations, `]` / `[` step through the annotations,
//! and the article does not move when the find bar opens or an annotation is
//! selected. Text with Korean, emoji, curly quotes and a combining accent.

#![cfg(feature = "gui")]

use egui::{Event, Key, Modifiers, PointerButton, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Project};
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

/// Paragraph `i` of the long article: each mentions KCNA once.
fn paragraph(i: usize) -> String {
    format!(
        "Paragraph {i}: 조선중앙통신 (KCNA) said the “test” 👋🏽 went well, according to Zoe\u{301} Kim.\n\n"
    )
}

/// The window on `project`, analyst name known.
fn app_on(project: Project, dir: &std::path::Path) -> Harness<'static, MarginaliaApp> {
    let options = AppOptions::for_tests(dir.to_path_buf());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_eframe(move |_cc| MarginaliaApp::with_project(project, None, options));
    h.state_mut().set_analyst("tester");
    h.run_steps(4);
    h
}

/// A project with one long article of 600 paragraphs.
fn long_project() -> Project {
    let mut p = Project::new("Long coverage");
    let text: String = (0..600).map(paragraph).collect();
    p.documents.push(Document::new("long", "Long", text));
    p
}

/// Char offset of paragraph `i` of the long article.
fn paragraph_start(i: usize) -> usize {
    (0..i).map(|k| paragraph(k).chars().count()).sum()
}

/// Chars at the top and bottom of the screen.
fn on_screen(h: &Harness<'_, MarginaliaApp>) -> (usize, usize) {
    let app = h.state();
    let doc = app.current_document().unwrap().id.clone();
    app.view()
        .visible_range(&doc)
        .expect("the view was painted")
}

fn scroll_to(h: &mut Harness<'_, MarginaliaApp>, c: usize) {
    let doc = h.state().current_document().unwrap().id.clone();
    h.state_mut().view_mut().scroll_to(&doc, c);
    h.run_steps(6);
}

fn type_text(h: &mut Harness<'_, MarginaliaApp>, text: &str) {
    h.event(Event::Text(text.into()));
    h.run_steps(3);
}

fn press(h: &mut Harness<'_, MarginaliaApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run_steps(3);
}

/// The rect of the article view.
fn article_rect(h: &Harness<'_, MarginaliaApp>) -> Rect {
    h.get_by_label("Document").rect()
}

#[test]
fn find_starts_from_the_screen_when_typing_and_on_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(long_project(), dir.path());
    scroll_to(&mut h, paragraph_start(450));
    let (top, bottom) = on_screen(&h);
    assert!(top > paragraph_start(400), "scrolled far down: {top}");
    press(&mut h, Modifiers::COMMAND, Key::F);
    type_text(&mut h, "kcna");
    let (s, _) = h.state().find_match().expect("a match");
    assert!(
        s >= top && s <= bottom,
        "typing moves to the first match on screen: {s} not in {top}..{bottom}"
    );
    // Enter goes to the next one (the current match is on screen).
    press(&mut h, Modifiers::NONE, Key::Enter);
    let (s2, _) = h.state().find_match().unwrap();
    assert!(s2 > s && s2 < s + 200, "{s} → {s2}");
    // Scrolled elsewhere, Enter searches from the screen, not from the old match.
    scroll_to(&mut h, paragraph_start(120));
    let (top, bottom) = on_screen(&h);
    assert!(top < paragraph_start(121));
    h.state_mut().push_command(UiCommand::FindNext);
    h.run_steps(4);
    let (s3, _) = h.state().find_match().unwrap();
    assert!(
        s3 >= top && s3 <= bottom,
        "Find next from the screen: {s3} not in {top}..{bottom}"
    );
    let index = (0..600).filter(|&k| paragraph_start(k) <= s3).count();
    h.get_by_label(&format!("{index} of 600"));
}

#[test]
fn the_find_bar_does_not_move_the_article_and_esc_closes_it_after_a_tag() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(long_project(), dir.path());
    let closed = article_rect(&h);
    press(&mut h, Modifiers::COMMAND, Key::F);
    assert!(h.query_by_label("Select match").is_some(), "bar open");
    assert_eq!(article_rect(&h), closed, "opening the bar moves nothing");
    type_text(&mut h, "조선중앙통신");
    press(&mut h, Modifiers::NONE, Key::Enter);
    press(&mut h, Modifiers::COMMAND, Key::Enter);
    press(&mut h, Modifiers::NONE, Key::Num1);
    let a = h.state().selected_annotation().expect("tagged");
    assert_eq!(a.quote, "조선중앙통신");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(
        h.query_by_label("Select match").is_none(),
        "Esc after a tag closes the bar"
    );
    assert_eq!(article_rect(&h), closed, "closing it moves nothing either");
}

/// The short article with overlapping annotations: an outer claim, and two
/// annotations on exactly the same Korean name.
fn overlap_project() -> Project {
    let text = "Analysts believe 조선중앙통신 launched 👋🏽 a “new” missile, said Zoe\u{301}.\n";
    let mut p = Project::new("Overlaps");
    p.documents.push(Document::new("d", "D", text));
    let span = |needle: &str| {
        let b = text.find(needle).unwrap();
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    };
    let mut add = |id: &str, needle: &str, label: &str| {
        let (s, e) = span(needle);
        let mut a = Annotation::new("d", s, e, needle, label, "alice");
        a.id = id.into();
        if label == "attribution" {
            a.source = Some("KCNA".into());
        }
        p.annotations.push(a);
    };
    add(
        "outer",
        "Analysts believe 조선중앙통신 launched 👋🏽 a “new” missile",
        "claim",
    );
    add("twin-1", "조선중앙통신", "attribution");
    add("twin-2", "조선중앙통신", "speculation");
    add("later", "said Zoe\u{301}", "claim");
    p
}

fn click_char(h: &mut Harness<'_, MarginaliaApp>, c: usize) {
    let pos: Pos2 = h
        .state()
        .char_screen_rect(c)
        .expect("char painted")
        .center();
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.remove_cursor();
    // Past the double-click interval (frames advance the harness clock), so the
    // next click is a single click again.
    h.run_steps(30);
}

fn selected(h: &Harness<'_, MarginaliaApp>) -> Option<String> {
    h.state().selected_annotation().map(|a| a.id.clone())
}

#[test]
fn repeated_clicks_cycle_through_every_annotation_under_the_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(overlap_project(), dir.path());
    let c = h.state().project().annotations[1].start + 2;
    let mut seen = Vec::new();
    for _ in 0..4 {
        click_char(&mut h, c);
        seen.push(selected(&h).expect("a click on a highlight selects"));
    }
    assert_eq!(seen, ["twin-1", "twin-2", "outer", "twin-1"]);
    // Outside the twins only the outer one is under the pointer.
    click_char(&mut h, 2);
    assert_eq!(selected(&h).as_deref(), Some("outer"));
    click_char(&mut h, 2);
    assert_eq!(selected(&h).as_deref(), Some("outer"));
}

#[test]
fn brackets_step_through_the_annotations_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(overlap_project(), dir.path());
    let mut seen = Vec::new();
    for _ in 0..5 {
        press(&mut h, Modifiers::NONE, Key::CloseBracket);
        seen.push(selected(&h).unwrap());
    }
    assert_eq!(seen, ["outer", "twin-1", "twin-2", "later", "outer"]);
    press(&mut h, Modifiers::NONE, Key::OpenBracket);
    assert_eq!(selected(&h).as_deref(), Some("later"));
    press(&mut h, Modifiers::ALT, Key::ArrowUp);
    assert_eq!(selected(&h).as_deref(), Some("twin-2"));
    press(&mut h, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(selected(&h).as_deref(), Some("later"));
}

#[test]
fn selecting_an_annotation_does_not_move_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(overlap_project(), dir.path());
    let before = article_rect(&h);
    let c = h.state().project().annotations[0].start + 1;
    let at = h.state().char_screen_rect(c).unwrap();
    click_char(&mut h, c);
    assert_eq!(selected(&h).as_deref(), Some("outer"));
    h.run_steps(4);
    assert_eq!(article_rect(&h), before, "the right panel kept its width");
    assert_eq!(h.state().char_screen_rect(c).unwrap(), at);
    // The attribution with its source row and warning, too.
    let twin = h.state().project().annotations[1].start;
    click_char(&mut h, twin);
    assert_eq!(selected(&h).as_deref(), Some("twin-1"));
    h.run_steps(4);
    assert_eq!(article_rect(&h), before, "the right panel kept its width");
}

#[test]
fn the_command_palette_input_stays_put_while_its_list_filters() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(overlap_project(), dir.path());
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    let field = |h: &Harness<'_, MarginaliaApp>| {
        h.get_all_by_role(egui::accesskit::Role::TextInput)
            .find(|n| n.is_focused())
            .expect("the palette's field has the keyboard")
            .rect()
    };
    let before = field(&h);
    h.get_by_label("Next annotation");
    type_text(&mut h, "annot");
    assert_eq!(field(&h), before);
    type_text(&mut h, "ation next");
    assert_eq!(field(&h), before);
}

/// Without `allow_missing_glyphs`: the harness fails on a character no font has.
/// The bundled fonts draw the Korean, the emoji (with a skin tone) and the flag.
#[test]
fn korean_emoji_and_flags_draw_with_the_bundled_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = overlap_project();
    p.documents[0]
        .text
        .push_str("북한 🇰🇵 flags, 🫨 and ❤ too.\n");
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |_cc| MarginaliaApp::with_project(p, None, options));
    h.run_steps(4);
    assert!(
        h.state().char_screen_rect(20).is_some(),
        "the article is drawn"
    );
}

#[test]
fn text_size_can_apply_to_the_whole_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_on(overlap_project(), dir.path());
    let glyph = |h: &Harness<'_, MarginaliaApp>| h.state().char_screen_rect(1).unwrap().height();
    let normal = glyph(&h);
    for _ in 0..4 {
        press(&mut h, Modifiers::COMMAND, Key::Equals);
    }
    assert!(glyph(&h) > normal * 1.2, "the article grows");
    assert_eq!(h.ctx.zoom_factor(), 1.0, "article only by default");
    h.state_mut().push_command(UiCommand::ToggleTextSizeScope);
    h.run_steps(4);
    assert!(h.state().settings().text_size_whole_window);
    // The whole window is zoomed by 24/16; the article is laid out at the default
    // size in (zoomed) points, so it shows as large as before.
    assert!(
        (h.ctx.zoom_factor() - 1.5).abs() < 1e-3,
        "{}",
        h.ctx.zoom_factor()
    );
    assert!((glyph(&h) - normal).abs() < 1.0);
    press(&mut h, Modifiers::COMMAND, Key::Num0);
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

/// The example project, as in the report: selecting its first claim widened the
/// right panel by a few points and reflowed the article; so does an annotation whose
/// editor has a row wider than the panel (an author's name without spaces).
#[test]
fn selecting_in_the_example_project_does_not_reflow_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saved_projects/pyongyang-night-parade.ron");
    let mut project = marginalia::store::load_project(&file).unwrap();
    let first = project.annotations[0].clone();
    let mut long = first.clone();
    long.id = "long-author".into();
    long.author =
        "analyst-from-the-overnight-desk-of-the-seoul-bureau-on-loan-to-the-archive".into();
    project.annotations.push(long);
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        // The test fonts lack the arrows of the editor's hint (egui's default fonts
        // in the real window have them).
        .allow_missing_glyphs()
        .build_eframe(move |_cc| MarginaliaApp::with_project(project, None, options));
    h.run_steps(4);
    let before = article_rect(&h);
    click_char(&mut h, first.start + 2);
    assert_eq!(selected(&h), Some(first.id));
    h.run_steps(4);
    assert_eq!(article_rect(&h), before, "the right panel kept its width");
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some("long-author".into())));
    h.run_steps(4);
    assert_eq!(selected(&h).as_deref(), Some("long-author"));
    assert_eq!(article_rect(&h), before, "the right panel kept its width");
}
