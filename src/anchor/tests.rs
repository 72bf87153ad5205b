use super::*;
use crate::model::{Annotation, Document, Project};

const OLD: &str = "조선중앙통신 (KCNA) said on Tuesday that the “Victory Day” parade drew \
100,000 people 👋🏽. Analysts at NK News doubted the figure. Some said the crowd was \
smaller, e\u{301}tonnamment. KCNA added that the leader waved.";

fn project(text: &str, spans: &[&str]) -> Project {
    let mut p = Project::new("t");
    p.documents.push(Document::new("d", "D", text));
    for quote in spans {
        let b = text.find(quote).unwrap();
        let start = text[..b].chars().count();
        let end = start + quote.chars().count();
        p.annotations
            .push(Annotation::new("d", start, end, *quote, "claim", "me"));
    }
    p
}

fn run(text: &str, spans: &[&str], new_text: &str) -> (Project, ReanchorReport) {
    let mut p = project(text, spans);
    let r = reanchor_document(&mut p, "d", new_text.to_string()).unwrap();
    (p, r)
}

#[test]
fn unchanged_text_keeps_everything() {
    let (p, r) = run(OLD, &["조선중앙통신", "👋🏽", "e\u{301}tonnamment"], OLD);
    assert_eq!(r.counts().kept, 3);
    assert!(crate::store::check_project(&p).is_empty());
}

#[test]
fn insertion_before_moves_quotes() {
    let new = format!("Editor's note: updated 👋.\n\n{OLD}");
    let (p, r) = run(OLD, &["Analysts at NK News", "KCNA added"], &new);
    assert_eq!(
        r.counts(),
        AnchorCounts {
            moved: 2,
            ..Default::default()
        }
    );
    assert!(crate::store::check_project(&p).is_empty());
    assert_eq!(p.annotations[0].quote, "Analysts at NK News");
}

#[test]
fn repeated_quote_goes_to_the_nearest_copy() {
    // "KCNA" occurs twice; the second annotation must stay the second copy.
    let text = OLD;
    let mut p = project(text, &[]);
    let second = text.rfind("KCNA").unwrap();
    let start = text[..second].chars().count();
    p.annotations.push(Annotation::new(
        "d",
        start,
        start + 4,
        "KCNA",
        "claim",
        "me",
    ));
    let new = text.replace("Tuesday", "Wednesday morning");
    reanchor_document(&mut p, "d", new.clone()).unwrap();
    let a = &p.annotations[0];
    assert_eq!(a.start, start + "Wednesday morning".len() - "Tuesday".len());
    assert!(crate::store::check_project(&p).is_empty());
}

#[test]
fn edited_quote_is_reattached_fuzzily() {
    let new = OLD.replace("doubted the figure", "doubted these figures");
    let (p, r) = run(OLD, &["Analysts at NK News doubted the figure"], &new);
    assert_eq!(r.counts().fuzzy, 1, "{r:?}");
    assert_eq!(
        p.annotations[0].quote,
        p.documents[0].slice(p.annotations[0].start, p.annotations[0].end)
    );
    assert!(
        p.annotations[0]
            .quote
            .starts_with("Analysts at NK News doubted")
    );
    assert!(!p.annotations[0].orphaned);
}

#[test]
fn deleted_quote_is_orphaned_not_dropped() {
    let new = OLD.replace(" Some said the crowd was smaller, e\u{301}tonnamment.", "");
    let (p, r) = run(OLD, &["the crowd was smaller", "KCNA added"], &new);
    let c = r.counts();
    assert_eq!((c.orphaned, c.moved), (1, 1), "{r:?}");
    let orphan = p.annotations.iter().find(|a| a.orphaned).unwrap();
    assert_eq!(orphan.quote, "the crowd was smaller");
    assert_eq!(p.annotations.len(), 2);
    // An orphan is not a problem for the loader.
    assert!(crate::store::check_project(&p).is_empty());
    let text = crate::store::project_to_ron(&p).unwrap();
    assert!(text.contains("orphaned: true"));
    let back = crate::store::parse_project(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back.annotations.iter().filter(|a| a.orphaned).count(), 1);
}

#[test]
fn hand_edited_quote_is_reattached_against_the_current_text() {
    let mut p = project(OLD, &["Analysts at NK News"]);
    p.annotations[0].start += 5;
    p.annotations[0].end += 5;
    let r = reanchor_document(&mut p, "d", OLD.to_string()).unwrap();
    assert_eq!(r.counts().moved, 1);
    assert!(crate::store::check_project(&p).is_empty());
}

#[test]
fn unknown_document_is_an_error() {
    let mut p = project(OLD, &[]);
    assert!(reanchor_document(&mut p, "nope", String::new()).is_err());
}

/// The proptest case of `tests/safety_props.rs` (kept there too): the quote
/// "\r\n\r" sits at the start of "\r\n\r\n\r\n" and occurs again two chars later,
/// overlapping itself. After deleting the first two chars of the document, the
/// occurrence nearest the old offset (216) is the wrong one of the run; its old
/// context (prefix "…KCNA") picks the right one (214).
#[test]
fn overlapping_copies_of_a_quote_are_told_apart_by_context() {
    let text = "““News“theKCNA“KCNA“parade“““👋🏽KCNA“““““KCNAthe👋🏽“\r\nparade“parade“KCNA““News“👋🏽“👋🏽👋🏽조선“조선““““KCNA조선조선“조선“““👋🏽조선조선“““KCNA“👋🏽the조선조선\r\n“👋🏽“““theYonhap“👋🏽“👋🏽KCNA\r\n““조선👋🏽““News\r\n“KCNA👋🏽the조선“👋🏽조선“KCNA““““““👋🏽👋🏽“the“👋🏽KCNA\r\n\r\n\r\nthe👋🏽“““조선Yonhap““조선조선👋🏽👋🏽조선👋🏽👋🏽KCNA👋🏽👋🏽“👋🏽YonhapKCNA““👋🏽KCNA“KCNA“KCNA“👋🏽조선👋🏽조선“";
    let mut p = Project::new("t");
    p.documents.push(Document::new("d", "D", text));
    assert_eq!(p.documents[0].slice(216, 219), "\r\n\r");
    p.annotations
        .push(Annotation::new("d", 216, 219, "\r\n\r", "claim", "me"));
    let new_text: String = text.chars().skip(2).collect();
    let r = reanchor_document(&mut p, "d", new_text).unwrap();
    assert_eq!(r.counts().moved, 1);
    assert_eq!((p.annotations[0].start, p.annotations[0].end), (214, 217));
    assert_eq!(p.annotations[0].quote, "\r\n\r");
    // Without context (a quote that did not match its text) the nearest copy wins.
    let idx = crate::model::TextIndex::new("a\r\n\r\n\r\nb");
    let none = super::exact::WordEdges::default();
    let c = super::exact::best_context_in_run("a\r\n\r\n\r\nb", &idx, "\r\n\r", 3, ("", ""), none);
    assert_eq!(c, 3);
    let c = super::exact::best_context_in_run("a\r\n\r\n\r\nb", &idx, "\r\n\r", 3, ("a", ""), none);
    assert_eq!(c, 1);
}

#[test]
fn a_new_text_keeps_the_documents_memo_done_marks_and_metadata() {
    let mut p = project("KCNA said 조선 so.", &["KCNA said"]);
    p.documents[0].memo = "check the date “twice” 👋🏽".into();
    p.documents[0].done_by = vec!["alice".into()];
    p.documents[0].meta.outlet = Some("KCNA".into());
    reanchor_document(&mut p, "d", "UPDATE: KCNA said 조선 so.".to_string()).unwrap();
    let d = &p.documents[0];
    assert_eq!(d.text, "UPDATE: KCNA said 조선 so.");
    assert_eq!(d.memo, "check the date “twice” 👋🏽");
    assert_eq!(d.done_by, ["alice"]);
    assert_eq!(d.meta.outlet.as_deref(), Some("KCNA"));
    assert_eq!(p.annotations[0].start, 8);
}
