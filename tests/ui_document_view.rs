//! The document view widget driven like a user would: drags, double-clicks,
//! shift-clicks, clicks on highlights and boundary-handle drags, on text with Korean,
//! emoji, curly quotes and a combining accent. Runs headless (egui_kittest).

use egui::{Event, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, TagSchema};
use marginalia::ui::document_view::{DocumentView, ViewEvent, ViewInput};

const TEXT: &str = "KCNA 조선중앙통신 reported that “the launch 👋🏽 succeeded” according to Zoe\u{301} Kim.\n\
Analysts believe the 🇰🇵 flags seen there mark a new phase, some said.\n\
A third paragraph closes the report.";

struct App {
    view: DocumentView,
    doc: Document,
    annotations: Vec<Annotation>,
    schema: TagSchema,
    selected: Option<String>,
    events: Vec<ViewEvent>,
}

fn harness(annotations: Vec<Annotation>, selected: Option<&str>) -> Harness<'static, App> {
    let app = App {
        view: DocumentView::default(),
        doc: Document::new("d1", "Test", TEXT),
        annotations,
        schema: TagSchema::default(),
        selected: selected.map(str::to_owned),
        events: Vec::new(),
    };
    let mut h = Harness::builder()
        .with_size(vec2(900.0, 600.0))
        .allow_missing_glyphs()
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(
            |ui, app: &mut App| {
                let input = ViewInput {
                    document: &app.doc,
                    annotations: app.annotations.iter().collect(),
                    schema: &app.schema,
                    selected: app.selected.as_deref(),
                    find_matches: &[],
                    current_match: None,
                    font_size: 18.0,
                    generation: 1,
                    dark_mode: false,
                };
                let events = app.view.show(ui, &input);
                app.events.extend(events);
            },
            app,
        );
    h.run();
    h
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
