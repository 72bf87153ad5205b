//! The document view widget driven like a user would: drags, double-clicks,
//! shift-clicks, clicks on highlights and boundary-handle drags, on text with Korean,
//! emoji, curly quotes and a combining accent. Runs headless (egui_kittest).

#![cfg(feature = "gui")]

use egui::{Event, Key, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, TagSchema};
use marginalia::ui::document_view::{DocumentView, ViewAnnotations, ViewEvent, ViewInput};

const TEXT: &str = "KCNA 조선중앙통신 reported that “the launch 👋🏽 succeeded” according to Zoe\u{301} Kim.\n\
Analysts believe the 🇰🇵 flags seen there mark a new phase, some said.\n\
A third paragraph closes the report.";

struct App {
    view: DocumentView,
    docs: Vec<Document>,
    current: usize,
    annotations: Vec<Annotation>,
    schema: TagSchema,
    selected: Option<String>,
    find_matches: Vec<(usize, usize)>,
    current_match: Option<usize>,
    generation: u64,
    font_size: f32,
    events: Vec<ViewEvent>,
}

impl App {
    fn new(docs: Vec<Document>, annotations: Vec<Annotation>, selected: Option<&str>) -> Self {
        App {
            view: DocumentView::default(),
            docs,
            current: 0,
            annotations,
            schema: TagSchema::default(),
            selected: selected.map(str::to_owned),
            find_matches: Vec::new(),
            current_match: None,
            generation: 1,
            font_size: 18.0,
            events: Vec::new(),
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui) {
        let Some(document) = self.docs.get(self.current) else {
            return;
        };
        let shown: Vec<usize> = self
            .annotations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.doc == document.id)
            .map(|(i, _)| i)
            .collect();
        let input = ViewInput {
            document,
            annotations: ViewAnnotations::new(&self.annotations, &shown),
            schema: &self.schema,
            selected: self.selected.as_deref(),
            // Where the app's editor index would say it is.
            selected_position: (self.selected.as_deref())
                .and_then(|id| self.annotations.iter().position(|a| a.id == id)),
            find_matches: &self.find_matches,
            current_match: self.current_match,
            font_size: self.font_size,
            generation: self.generation,
            dark_mode: false,
            changes: None,
        };
        let events = self.view.show(ui, &input);
        self.events.extend(events);
    }
}

fn harness_for(app: App) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(vec2(900.0, 600.0))
        .allow_missing_glyphs()
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    h
}

fn harness(annotations: Vec<Annotation>, selected: Option<&str>) -> Harness<'static, App> {
    harness_for(App::new(
        vec![Document::new("d1", "Test", TEXT)],
        annotations,
        selected,
    ))
}

/// Char offset of the first occurrence of `needle` in `TEXT`.
fn at(needle: &str) -> usize {
    let b = TEXT.find(needle).unwrap();
    TEXT[..b].chars().count()
}

/// The text between two char offsets.
fn chars(a: usize, b: usize) -> String {
    TEXT.chars().skip(a).take(b - a).collect()
}

/// A point just inside the left edge of char `c`: the caret there is `c`.
fn left_of(h: &Harness<'_, App>, c: usize) -> Pos2 {
    let r = h
        .state()
        .view
        .char_screen_rect("d1", c)
        .expect("char visible");
    Pos2::new(r.left() + 1.0, r.center().y)
}

/// A point in the middle of char `c`'s glyph.
fn middle_of(h: &Harness<'_, App>, c: usize) -> Pos2 {
    h.state()
        .view
        .char_screen_rect("d1", c)
        .expect("char visible")
        .center()
}

fn release(h: &Harness<'_, App>, pos: Pos2, modifiers: Modifiers) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: false,
        modifiers,
    });
}

fn press(h: &Harness<'_, App>, pos: Pos2, modifiers: Modifiers) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: true,
        modifiers,
    });
}

fn drag(h: &mut Harness<'_, App>, a: Pos2, b: Pos2, modifiers: Modifiers) {
    h.hover_at(a);
    h.step();
    press(h, a, modifiers);
    h.step();
    h.hover_at(b);
    h.step();
    release(h, b, modifiers);
    h.remove_cursor();
    h.run();
}

fn click(h: &mut Harness<'_, App>, pos: Pos2, modifiers: Modifiers) {
    h.hover_at(pos);
    h.step();
    press(h, pos, modifiers);
    h.step();
    release(h, pos, modifiers);
    h.run();
}

fn double_click(h: &mut Harness<'_, App>, pos: Pos2) {
    h.hover_at(pos);
    h.step();
    for _ in 0..2 {
        press(h, pos, Modifiers::NONE);
        h.step();
        release(h, pos, Modifiers::NONE);
        h.step();
    }
    h.run();
}

fn last_selection(h: &Harness<'_, App>) -> Option<(usize, usize)> {
    h.state().events.iter().rev().find_map(|e| match e {
        ViewEvent::SelectionChanged(s) => Some(*s),
        _ => None,
    })?
}

fn annotation(id: &str, needle: &str, label: &str) -> Annotation {
    let start = at(needle);
    let end = start + needle.chars().count();
    let mut a = Annotation::new("d1", start, end, needle, label, "test");
    a.id = id.to_owned();
    a
}

#[test]
fn the_view_is_findable_by_its_label() {
    let h = harness(Vec::new(), None);
    let _ = h.get_by_label("Document");
}

#[test]
fn drag_across_korean_and_quotes_selects_whole_words() {
    let mut h = harness(Vec::new(), None);
    // From inside 조선중앙통신 to inside “launch”.
    let from = left_of(&h, at("선중"));
    let to = left_of(&h, at("unch"));
    drag(&mut h, from, to, Modifiers::NONE);
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(chars(a, b), "조선중앙통신 reported that “the launch");
    assert_eq!(h.state().view.selection("d1"), Some((a, b)));
}

#[test]
fn drag_over_emoji_and_combining_accent_keeps_them_whole() {
    let mut h = harness(Vec::new(), None);
    let from = left_of(&h, at("ucceeded"));
    let to = left_of(&h, at("e\u{301} Kim") + 1); // between e and its accent
    drag(&mut h, from, to, Modifiers::NONE);
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(chars(a, b), "succeeded” according to Zoe\u{301}");
}

#[test]
fn alt_drag_does_not_snap() {
    let mut h = harness(Vec::new(), None);
    let (a, b) = (at("선중"), at("unch"));
    let (from, to) = (left_of(&h, a), left_of(&h, b));
    drag(&mut h, from, to, Modifiers::ALT);
    assert_eq!(last_selection(&h), Some((a, b)));
    assert_eq!(chars(a, b), "선중앙통신 reported that “the la");
}

#[test]
fn double_click_selects_one_word() {
    let mut h = harness(Vec::new(), None);
    let p = middle_of(&h, at("중앙"));
    double_click(&mut h, p);
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(chars(a, b), "조선중앙통신");
}

#[test]
fn shift_click_extends_the_selection() {
    let mut h = harness(Vec::new(), None);
    let p = middle_of(&h, at("reported"));
    double_click(&mut h, p);
    assert_eq!(
        last_selection(&h).map(|(a, b)| chars(a, b)).as_deref(),
        Some("reported")
    );
    let q = left_of(&h, at("aunch"));
    click(&mut h, q, Modifiers::SHIFT);
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(chars(a, b), "reported that “the launch");
}

#[test]
fn a_selection_may_cross_a_paragraph_break() {
    let mut h = harness(Vec::new(), None);
    let from = left_of(&h, at("Kim."));
    let to = left_of(&h, at("elieve"));
    drag(&mut h, from, to, Modifiers::NONE);
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(chars(a, b), "Kim.\nAnalysts believe");
}

#[test]
fn clicking_overlapping_highlights_picks_the_innermost() {
    let outer = annotation("outer", "reported that “the launch 👋🏽 succeeded”", "claim");
    let inner = annotation("inner", "the launch", "speculation");
    let mut h = harness(vec![outer, inner], None);
    let p = middle_of(&h, at("aunch"));
    click(&mut h, p, Modifiers::NONE);
    assert!(
        h.state()
            .events
            .contains(&ViewEvent::AnnotationClicked("inner".into()))
    );
    h.state_mut().events.clear();
    let q = middle_of(&h, at("eported"));
    click(&mut h, q, Modifiers::NONE);
    assert_eq!(
        h.state().events,
        [ViewEvent::AnnotationClicked("outer".into())]
    );
}

#[test]
fn a_plain_click_outside_highlights_clears_the_selection() {
    let mut h = harness(Vec::new(), None);
    h.state_mut().view.set_selection("d1", Some((0, 4)));
    let p = middle_of(&h, at("third"));
    click(&mut h, p, Modifiers::NONE);
    assert_eq!(h.state().events, [ViewEvent::SelectionChanged(None)]);
    assert_eq!(h.state().view.selection("d1"), None);
}

#[test]
fn dragging_the_end_handle_resizes_the_selected_annotation() {
    let ann = annotation("a1", "the launch", "claim");
    let (start, end) = (ann.start, ann.end);
    let mut h = harness(vec![ann], Some("a1"));
    // The end handle sits on the right edge of the last char.
    let r = h.state().view.char_screen_rect("d1", end - 1).unwrap();
    let grab = Pos2::new(r.right(), r.center().y);
    let to = left_of(&h, at("ucceeded"));
    drag(&mut h, grab, to, Modifiers::NONE);
    let resized = h.state().events.iter().find_map(|e| match e {
        ViewEvent::AnnotationResized { id, start, end } => Some((id.clone(), *start, *end)),
        _ => None,
    });
    let (id, s, e) = resized.expect("a resize");
    assert_eq!(id, "a1");
    assert_eq!(s, start);
    assert_eq!(chars(s, e), "the launch 👋🏽 succeeded");
    // The resize is not a text selection.
    assert_eq!(last_selection(&h), None);
}

#[test]
fn dragging_the_start_handle_moves_only_the_start() {
    let ann = annotation("a1", "the launch", "claim");
    let end = ann.end;
    let mut h = harness(vec![ann.clone()], Some("a1"));
    let r = h.state().view.char_screen_rect("d1", ann.start).unwrap();
    let grab = Pos2::new(r.left(), r.center().y);
    let to = left_of(&h, at("hat “"));
    drag(&mut h, grab, to, Modifiers::NONE);
    let resized = h.state().events.iter().find_map(|e| match e {
        ViewEvent::AnnotationResized { start, end, .. } => Some((*start, *end)),
        _ => None,
    });
    let (s, e) = resized.expect("a resize");
    assert_eq!(e, end);
    assert_eq!(chars(s, e), "that “the launch");
}

fn resized(h: &Harness<'_, App>) -> Option<(String, usize, usize)> {
    h.state().events.iter().find_map(|e| match e {
        ViewEvent::AnnotationResized { id, start, end } => Some((id.clone(), *start, *end)),
        _ => None,
    })
}

#[test]
fn shift_arrows_move_the_selected_annotations_boundaries_a_word() {
    let ann = annotation("a1", "the launch", "claim");
    let mut h = harness(vec![ann], Some("a1"));
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    let (id, s, e) = resized(&h).expect("end moved");
    assert_eq!(id, "a1");
    assert_eq!(chars(s, e), "the launch 👋🏽 succeeded");
    h.state_mut().events.clear();
    h.key_press_modifiers(Modifiers::ALT | Modifiers::SHIFT, Key::ArrowLeft);
    h.run();
    let (_, s, e) = resized(&h).expect("start moved");
    assert_eq!(chars(s, e), "that “the launch");
}

#[test]
fn arrows_without_a_selected_annotation_do_nothing() {
    let mut h = harness(vec![annotation("a1", "the launch", "claim")], None);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    assert!(h.state().events.is_empty());
}

/// A long article: numbered paragraphs with non-ASCII text.
fn long_text(paragraphs: usize) -> String {
    (0..paragraphs)
        .map(|i| {
            format!(
                "Paragraph {i}: KCNA 조선중앙통신 said “the parade 👋🏽 was large”, \
                 according to Zoe\u{301} Kim, while some analysts believe it marks a shift."
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn offset_of(text: &str, needle: &str) -> usize {
    let b = text.find(needle).unwrap();
    text[..b].chars().count()
}

fn left_of_in(h: &Harness<'_, App>, doc: &str, c: usize) -> Pos2 {
    let r = h
        .state()
        .view
        .char_screen_rect(doc, c)
        .expect("char visible");
    Pos2::new(r.left() + 1.0, r.center().y)
}

#[test]
fn scroll_to_brings_a_far_paragraph_into_view() {
    let text = long_text(3000);
    let target = offset_of(&text, "Paragraph 2500:");
    let doc = Document::new("long", "Long", text);
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    assert!(h.state().view.char_screen_rect("long", target).is_none());
    h.state_mut().view.scroll_to("long", target);
    h.run();
    let r = h
        .state()
        .view
        .char_screen_rect("long", target)
        .expect("target painted");
    assert!(r.top() >= 0.0 && r.bottom() <= 600.0, "{r:?} off screen");
    // It stays put on later frames (estimated heights corrected without drift).
    h.run_steps(5);
    let again = h.state().view.char_screen_rect("long", target).unwrap();
    assert!(
        (again.top() - r.top()).abs() < 1.0,
        "{r:?} moved to {again:?}"
    );
    // A selection made there is exact.
    let from = left_of_in(&h, "long", target + "Paragraph 2500: KC".len());
    let to = left_of_in(
        &h,
        "long",
        target + "Paragraph 2500: KCNA 조선".chars().count(),
    );
    drag(&mut h, from, to, Modifiers::NONE);
    let (a, b) = last_selection(&h).unwrap();
    assert_eq!(h.state().docs[0].slice(a, b), "KCNA 조선중앙통신");
}

#[test]
fn switching_documents_keeps_each_ones_selection_and_scroll() {
    let long = Document::new("long", "Long", long_text(500));
    let target = offset_of(&long.text, "Paragraph 400:");
    let short = Document::new("d1", "Short", TEXT);
    let mut h = harness_for(App::new(vec![long, short], Vec::new(), None));
    h.state_mut().view.scroll_to("long", target);
    h.state_mut()
        .view
        .set_selection("long", Some((target, target + 9)));
    h.run();
    let before = h.state().view.char_screen_rect("long", target).unwrap();
    h.state_mut().current = 1;
    h.run();
    assert!(h.state().view.char_screen_rect("d1", 0).is_some());
    assert_eq!(h.state().view.selection("d1"), None);
    h.state_mut().current = 0;
    h.run();
    assert_eq!(h.state().view.selection("long"), Some((target, target + 9)));
    let after = h.state().view.char_screen_rect("long", target).unwrap();
    assert!(
        (after.top() - before.top()).abs() < 1.0,
        "{before:?} → {after:?}"
    );
    // Forgetting a closed document drops its state.
    h.state_mut().view.retain_documents(|id| id == "d1");
    assert_eq!(h.state().view.selection("long"), None);
}

#[test]
fn find_matches_and_nested_annotations_paint_and_click() {
    let nested = [
        "KCNA 조선중앙통신 reported that",
        "조선중앙통신 reported",
        "KCNA 조선중앙통신",
        "중앙",
    ];
    let anns = nested
        .iter()
        .enumerate()
        .map(|(i, needle)| annotation(&format!("a{i}"), needle, "claim"))
        .collect();
    let mut app = App::new(vec![Document::new("d1", "Test", TEXT)], anns, Some("a1"));
    app.find_matches = vec![
        (at("launch"), at("launch") + 6),
        (at("flags"), at("flags") + 5),
    ];
    app.current_match = Some(1);
    let mut h = harness_for(app);
    // Of four nested/overlapping annotations, the click picks the one after the
    // selected a1 in the cycle innermost → outermost (a3, a2, a1, a0): a0.
    let p = middle_of(&h, at("앙"));
    click(&mut h, p, Modifiers::NONE);
    assert_eq!(
        h.state().events,
        [ViewEvent::AnnotationClicked("a0".into())]
    );
    // With nothing selected, the innermost wins.
    h.state_mut().selected = None;
    h.state_mut().events.clear();
    // Past the double-click interval (frames advance the harness clock).
    h.run_steps(30);
    h.state_mut().events.clear();
    click(&mut h, p, Modifiers::NONE);
    assert_eq!(
        h.state().events,
        [ViewEvent::AnnotationClicked("a3".into())]
    );
    h.state_mut().selected = Some("a1".into());
    // An annotation change (new generation) is picked up.
    h.state_mut().annotations.retain(|a| a.id != "a3");
    h.state_mut().generation += 1;
    h.state_mut().events.clear();
    h.run();
    // Elsewhere in the same annotations, far enough not to count as a double-click.
    let q = middle_of(&h, at("CNA"));
    click(&mut h, q, Modifiers::NONE);
    assert_eq!(
        h.state().events,
        [ViewEvent::AnnotationClicked("a2".into())]
    );
}

/// CPU time of this thread so far (Linux `schedstat`), so that measurements on a
/// busy machine are not inflated by waiting for a core; `None` elsewhere.
fn thread_cpu() -> Option<std::time::Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(std::time::Duration::from_nanos(ns))
}

/// Wall and CPU time of `f`, printed under `what`.
fn timed<R>(what: &str, per: u32, f: impl FnOnce() -> R) -> R {
    let (wall, cpu) = (std::time::Instant::now(), thread_cpu());
    let r = f();
    let cpu = cpu.zip(thread_cpu()).map(|(a, b)| (b - a) / per);
    eprintln!("{what}: wall {:?}, cpu {cpu:?}", wall.elapsed() / per);
    r
}

/// Frame times on a 10 MB article with 100,000 annotations. Prints, never asserts
/// (timings belong to benchmarks): `cargo test --test ui_document_view -- --ignored
/// --nocapture` (with `CARGO_PROFILE_DEV_OPT_LEVEL=3` for release-like figures).
#[test]
#[ignore = "a measurement, run by hand"]
fn measure_large_document() {
    let paragraph = "KCNA 조선중앙통신 said “the parade 👋🏽 was large”, according to Zoe\u{301} \
                     Kim, while some analysts believe it marks a shift in the country’s \
                     strategy.";
    let mut text = String::new();
    while text.len() < 10_000_000 {
        text.push_str(paragraph);
        text.push('\n');
    }
    let doc = Document::new("big", "Big", text);
    let n = doc.char_len();
    let mut anns = Vec::new();
    let labels = ["claim", "speculation", "attribution"];
    let mut at = 0usize;
    let mut i = 0usize;
    while anns.len() < 100_000 && at + 40 < n {
        let len = 5 + (i * 7) % 60;
        let mut a = Annotation::new("big", at, at + len, "", labels[i % 3], "m");
        a.id = format!("a{i}");
        anns.push(a);
        at += 3 + (i * 13) % 120;
        i += 1;
    }
    eprintln!(
        "text: {} bytes, {n} chars, {} annotations",
        doc.text.len(),
        anns.len()
    );
    let app = App::new(vec![doc], anns, Some("a500"));
    let mut h = timed("first frames (split, index, layout)", 1, || {
        harness_for(app)
    });
    let frames = 20;
    timed("steady frame at the top", frames, || {
        h.run_steps(frames as usize)
    });
    let middle = n / 2;
    h.state_mut().view.scroll_to("big", middle);
    timed("frame jumping to the middle", 1, || h.step());
    timed("steady frame in the middle", frames, || {
        h.run_steps(frames as usize)
    });
    assert!(h.state().view.char_screen_rect("big", middle).is_some());
    h.state_mut().annotations.pop();
    h.state_mut().generation += 1;
    timed("frame after an annotation change", 1, || h.step());
    let p = h
        .state()
        .view
        .char_screen_rect("big", middle)
        .unwrap()
        .center();
    let q = p + vec2(200.0, 60.0);
    timed("drag-select (6 frames), per frame", 6, || {
        drag(&mut h, p, q, Modifiers::NONE)
    });
    assert!(last_selection(&h).is_some());
    // The harness's own cost: the same frames on a three-paragraph text.
    let mut small = harness(Vec::new(), None);
    timed("baseline: steady frame of a tiny text", frames, || {
        small.run_steps(frames as usize)
    });
}

/// Text colours of the painted paragraphs (the colour the galleys are painted in).
fn painted_text_colours(h: &Harness<'_, App>) -> Vec<egui::Color32> {
    h.output()
        .shapes
        .iter()
        .filter_map(|s| match &s.shape {
            egui::Shape::Text(t) => Some(t.fallback_color),
            _ => None,
        })
        .collect()
}

#[test]
fn text_follows_a_theme_switch_made_after_the_first_frame() {
    let mut h = harness(vec![annotation("a1", "the launch", "claim")], None);
    for (theme, dark) in [(egui::Theme::Dark, true), (egui::Theme::Light, false)] {
        h.ctx.set_theme(theme);
        h.run();
        let colours = painted_text_colours(&h);
        assert!(!colours.is_empty());
        for c in colours {
            // Light text on the dark theme, dark text on the light one.
            assert_eq!(c.r() > 128, dark, "{c:?} in {theme:?}");
        }
    }
    // The galleys themselves carry no colour: they are tinted when painted.
    let placeholder = h.output().shapes.iter().any(|s| match &s.shape {
        egui::Shape::Text(t) => t
            .galley
            .job
            .sections
            .iter()
            .all(|sec| sec.format.color == egui::Color32::PLACEHOLDER),
        _ => false,
    });
    assert!(placeholder);
}

#[test]
fn resting_on_nested_highlights_lists_them_innermost_first() {
    let outer = annotation("outer", "reported that “the launch 👋🏽 succeeded”", "claim");
    let mut inner = annotation("inner", "the launch", "attribution").with_source("KCNA");
    inner.note = "hedged in the original".into();
    let mut h = harness(vec![outer, inner], None);
    assert!(h.query_by_label_contains("Attribution (KCNA)").is_none());
    let p = middle_of(&h, at("aunch"));
    h.hover_at(p);
    h.run_steps(60);
    let inner_row = h.get_by_label_contains("Attribution (KCNA)").rect();
    let outer_row = h.get_by_label("Claim").rect();
    assert!(inner_row.top() < outer_row.top(), "innermost first");
    let _ = h.get_by_label("hedged in the original");
    // No tooltip over plain text.
    h.hover_at(middle_of(&h, at("third")));
    h.run_steps(60);
    assert!(h.query_by_label_contains("Attribution (KCNA)").is_none());
}

#[test]
fn triple_click_selects_the_paragraph() {
    let mut h = harness(Vec::new(), None);
    let p = middle_of(&h, at("flags"));
    h.hover_at(p);
    h.step();
    for _ in 0..3 {
        press(&h, p, Modifiers::NONE);
        h.step();
        release(&h, p, Modifiers::NONE);
        h.step();
    }
    h.run();
    let (a, b) = last_selection(&h).expect("a selection");
    assert_eq!(
        chars(a, b),
        "Analysts believe the 🇰🇵 flags seen there mark a new phase, some said."
    );
}

#[test]
fn copy_puts_the_selected_text_on_the_clipboard() {
    let mut h = harness(Vec::new(), None);
    let (a, b) = (at("조선"), at(" reported"));
    h.state_mut().view.set_selection("d1", Some((a, b)));
    h.event(Event::Copy);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        });
    assert_eq!(copied.as_deref(), Some("조선중앙통신"));
}

#[test]
fn wheel_scrolling_up_into_unmeasured_paragraphs_moves_the_text_by_the_wheel_only() {
    // Paragraphs of very different lengths, so the height estimates are off.
    let text: String = (0..2000)
        .map(|i| {
            let words = if i % 3 == 0 { 60 } else { 4 };
            format!("P{i} 조선중앙통신 {}", "👋🏽 wide words here ".repeat(words))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let starts: Vec<usize> = (0..2000)
        .map(|i| offset_of(&text, &format!("P{i} ")))
        .collect();
    let doc = Document::new("long", "Long", text);
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    h.state_mut().view.scroll_to("long", starts[1500]);
    h.run();
    let step = 120.0;
    // Scroll up well past the paragraphs laid out in advance.
    for _ in 0..15 {
        // A paragraph start on screen with room to move down by one step.
        let view = &h.state().view;
        let (c, before) = starts
            .iter()
            .filter_map(|&c| view.char_screen_rect("long", c).map(|r| (c, r)))
            .find(|(_, r)| r.top() > 10.0 && r.bottom() + step < 590.0)
            .expect("a paragraph start on screen");
        h.hover_at(Pos2::new(450.0, 300.0));
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, step),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(40); // the scroll animates
        let after = h.state().view.char_screen_rect("long", c).unwrap();
        let moved = after.top() - before.top();
        assert!(
            (moved - step).abs() < 1.5,
            "moved {moved} for a {step} pt wheel step"
        );
    }
}

#[test]
fn empty_and_blank_documents_show_and_ignore_clicks() {
    for text in ["", "\n\n\n", "   "] {
        let doc = Document::new("e", "Empty", text);
        let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
        click(&mut h, Pos2::new(450.0, 30.0), Modifiers::NONE);
        double_click(&mut h, Pos2::new(450.0, 30.0));
        drag(
            &mut h,
            Pos2::new(100.0, 20.0),
            Pos2::new(600.0, 200.0),
            Modifiers::NONE,
        );
        assert_eq!(h.state().view.selection("e"), None, "{text:?}");
    }
}

#[test]
fn a_selection_across_the_cut_of_an_overlong_line_loses_no_char() {
    // One 12,000-char line without a newline: laid out in pieces.
    let text = "조선중앙통신 reported “launches” 👋🏽 ".repeat(400);
    let doc = Document::new("one", "One line", text.clone());
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    let cut = 4000; // where the first piece ends, give or take a word
    h.state_mut().view.scroll_to("one", cut);
    h.run();
    // The piece ends after the last space before char 4000, less than one
    // 34-char repetition earlier: this range spans it.
    let (a, b) = (cut - 60, cut + 60);
    let from = left_of_in(&h, "one", a);
    let to = left_of_in(&h, "one", b);
    drag(&mut h, from, to, Modifiers::ALT);
    assert_eq!(last_selection(&h), Some((a, b)));
    let doc = &h.state().docs[0];
    assert_eq!(doc.slice(a, b).chars().count(), 120);
}

#[test]
fn a_new_text_size_keeps_the_place_being_read() {
    let text = long_text(3000);
    let target = offset_of(&text, "Paragraph 2000:");
    let doc = Document::new("long", "Long", text);
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    h.state_mut().view.scroll_to("long", target);
    h.run();
    for size in [26.0, 12.0, 18.0] {
        h.state_mut().font_size = size;
        h.run_steps(10); // the paragraphs above settle over a few frames
        let r = h.state().view.char_screen_rect("long", target);
        assert!(
            r.is_some_and(|r| r.top() >= 0.0 && r.bottom() <= 600.0),
            "paragraph 2000 out of view at {size} pt: {r:?}"
        );
    }
}

#[test]
fn clicks_report_the_right_annotation_after_a_reorder_without_a_new_generation() {
    let outer = annotation("outer", "reported that “the launch 👋🏽 succeeded”", "claim");
    let inner = annotation("inner", "the launch", "speculation");
    let mut h = harness(vec![outer, inner], None);
    h.state_mut().annotations.reverse(); // e.g. sorted for saving
    h.run();
    let p = middle_of(&h, at("aunch"));
    click(&mut h, p, Modifiers::NONE);
    assert_eq!(
        h.state().events,
        [ViewEvent::AnnotationClicked("inner".into())]
    );
}

/// Char offsets of "Paragraph 0:" to "Paragraph {n-1}:" in `text`.
fn paragraph_starts(text: &str, n: usize) -> Vec<usize> {
    (0..n)
        .map(|i| offset_of(text, &format!("Paragraph {i}:")))
        .collect()
}

/// A view of `text` that jumps to char `target`: after the jump's own frame, the
/// harness and where the target is painted (asserted on screen).
fn jump_to_target(text: String, target: usize) -> (Harness<'static, App>, egui::Rect) {
    let doc = Document::new("long", "Long", text);
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    h.state_mut().view.scroll_to("long", target);
    h.step();
    let r = h
        .state()
        .view
        .char_screen_rect("long", target)
        .expect("target painted on the jump's frame");
    assert!(r.top() >= 0.0 && r.bottom() <= 600.0, "{r:?} off screen");
    (h, r)
}

/// Laid out before the jump: the paragraph starts of `long_text` on screen now.
fn paragraph_starts_on_screen(h: &Harness<'_, App>, starts: &[usize]) -> Vec<(usize, egui::Rect)> {
    starts
        .iter()
        .filter_map(|&c| h.state().view.char_screen_rect("long", c).map(|r| (c, r)))
        .collect()
}

#[test]
fn a_jump_shows_its_target_on_its_own_frame_and_the_margin_filled_in_later_moves_nothing() {
    let text = long_text(3000);
    let starts = paragraph_starts(&text, 3000);
    let target = starts[2999] + "Paragraph 2999: KCNA".chars().count();
    let (mut h, r) = jump_to_target(text, target);
    let shown = paragraph_starts_on_screen(&h, &starts);
    assert!(shown.len() > 3, "a screenful of paragraphs: {shown:?}");
    // The frames that lay out the margin above and below move nothing on screen.
    h.run_steps(6);
    let again = h.state().view.char_screen_rect("long", target).unwrap();
    assert!((again.top() - r.top()).abs() < 0.5, "{r:?} → {again:?}");
    for (c, before) in shown {
        let now = h.state().view.char_screen_rect("long", c).unwrap();
        assert!(
            (now.top() - before.top()).abs() < 0.5,
            "{c}: {before:?} → {now:?}"
        );
    }
}

#[test]
fn after_a_jump_far_down_and_a_scroll_up_drags_select_the_chars_under_the_pointer() {
    let text = long_text(3000);
    let doc = Document::new("long", "Long", text.clone());
    let mut h = harness_for(App::new(vec![doc], Vec::new(), None));
    h.state_mut()
        .view
        .scroll_to("long", offset_of(&text, "Paragraph 2990:"));
    h.step();
    // Scroll up fast, two screens in three wheel steps, each on one frame: into
    // paragraphs neither laid out nor in the margin yet.
    for _ in 0..3 {
        h.hover_at(Pos2::new(450.0, 300.0));
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, 400.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(30);
    }
    // Every paragraph on screen maps its chars exactly: drag over "KCNA 조선중앙통신"
    // in the first and the last paragraph fully shown.
    let starts: Vec<usize> = (2900..3000)
        .map(|i| offset_of(&text, &format!("Paragraph {i}:")))
        .collect();
    let shown: Vec<usize> = paragraph_starts_on_screen(&h, &starts)
        .into_iter()
        .filter(|(_, r)| r.top() > 5.0 && r.bottom() < 520.0)
        .map(|(c, _)| c)
        .collect();
    assert!(shown.len() >= 2, "paragraphs on screen: {shown:?}");
    assert!(
        !shown.contains(&starts[90]),
        "scrolled up from paragraph 2990: {shown:?}"
    );
    for start in [shown[0], shown[shown.len() - 1]] {
        let label = text[text.char_indices().nth(start).unwrap().0..]
            .split(':')
            .next()
            .unwrap()
            .to_string();
        let kcna = start + format!("{label}: ").chars().count();
        let from = left_of_in(&h, "long", kcna + 1);
        let to = left_of_in(&h, "long", kcna + "KCNA 조선".chars().count());
        drag(&mut h, from, to, Modifiers::NONE);
        let (a, b) = last_selection(&h).unwrap();
        assert_eq!(
            h.state().docs[0].slice(a, b),
            "KCNA 조선중앙통신",
            "in {label}"
        );
    }
}

/// A jump to the middle of a long text: its own frame shows the target (and lays out
/// only part of the screen below it); the next frame fills the screen down to its
/// bottom edge, and nothing painted on the jump's frame moves.
#[test]
fn a_jump_fills_the_screen_below_its_target_on_the_next_frame_without_moving_anything() {
    let sentence = "KCNA 조선중앙통신 said “the parade 👋🏽 was large”, according to Zoe\u{301} \
                    Kim, while some analysts believe it marks a shift in the year's coverage. ";
    let text = (0..400)
        // Short and long paragraphs in turn: the one after the target is longer
        // than what a jump's frame lays out below its target.
        .map(|i| format!("Paragraph {i}: {}", sentence.repeat(1 + 9 * (i % 2))))
        .collect::<Vec<_>>()
        .join("\n");
    let starts = paragraph_starts(&text, 400);
    let (mut h, _) = jump_to_target(text, starts[200] + 3);
    let on_jump = paragraph_starts_on_screen(&h, &starts);
    h.step();
    let after = paragraph_starts_on_screen(&h, &starts);
    for (c, before) in &on_jump {
        let now = after.iter().find(|(a, _)| a == c).map(|(_, r)| *r);
        assert!(
            now.is_some_and(|now| (now.top() - before.top()).abs() < 0.5),
            "{c}: {before:?} → {now:?}"
        );
    }
    // The jump's frame left the bottom of the screen for the next one, which fills
    // it: a char near the bottom edge is painted.
    assert!(after.len() > on_jump.len(), "{on_jump:?} then {after:?}");
    let lines: Vec<egui::Rect> =
        h.state()
            .view
            .range_screen_rects("long", starts[200], starts[399]);
    assert!(
        lines.iter().any(|r| r.bottom() >= 580.0),
        "text reaches the bottom of the screen: {:?}",
        lines.last()
    );
}
