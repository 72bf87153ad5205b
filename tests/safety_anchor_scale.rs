//! Re-anchoring at scale: a long article edited in several places, thousands of
//! annotations. Checks the outcome (nothing lost, edited spans found); timings are
//! printed for information only (the figures live in `cargo bench --bench reanchor`).
//!
//! The full size (10 MB, 100k annotations) runs with
//! `cargo test --test safety_anchor_scale -- --ignored --nocapture`.

use std::time::Instant;

use marginalia::anchor::{AnchorCounts, reanchor_document};
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::check_project;

/// A text of about `bytes` bytes made of numbered sentences (so most quotes are
/// unique), Korean and English mixed; and two annotations per sentence.
pub fn corpus(bytes: usize) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(bytes + 200);
    let mut spans = Vec::new();
    let mut chars = 0usize;
    let mut n = 0usize;
    while text.len() < bytes {
        let s = format!(
            "조선중앙통신 report {n} said the “parade” number {n} was historic 👋🏽, analysts doubted claim {n}. "
        );
        let len = s.chars().count();
        // Annotate "report N said the “parade” number N" and "analysts doubted
        // claim N".
        let at = |needle: &str| chars + s[..s.find(needle).unwrap()].chars().count();
        spans.push((at("report"), at(" was historic")));
        spans.push((at("analysts"), chars + len - 2));
        chars += len;
        text.push_str(&s);
        if n % 20 == 19 {
            text.push('\n');
            chars += 1;
        }
        n += 1;
    }
    (text, spans)
}

fn project(text: &str, spans: &[(usize, usize)]) -> Project {
    let mut p = Project::new("scale");
    p.documents.push(Document::new("d", "D", text));
    let doc = &p.documents[0];
    let annotations: Vec<Annotation> = spans
        .iter()
        .enumerate()
        .map(|(i, &(s, e))| {
            let mut a = Annotation::new("d", s, e, doc.slice(s, e), "claim", "me");
            a.id = format!("a{i:07}");
            a
        })
        .collect();
    p.annotations = annotations;
    p
}

/// The edits: a paragraph inserted near the start (everything after moves), one
/// sentence's words changed every 1000 sentences (fuzzy), one sentence deleted
/// every 1000 (orphans).
pub fn edit(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 100);
    out.push_str("Editor's note: this article was updated. 편집자 주.\n\n");
    for (i, sentence) in text.split_inclusive(". ").enumerate() {
        if i % 1000 == 500 {
            continue; // deleted
        }
        if i % 1000 == 250 {
            out.push_str(&sentence.replace("said the", "stated that the"));
            continue;
        }
        out.push_str(sentence);
    }
    out
}

fn run(bytes: usize) -> (AnchorCounts, usize) {
    let (text, spans) = corpus(bytes);
    let mut p = project(&text, &spans);
    let new_text = edit(&text);
    let t = Instant::now();
    let report = reanchor_document(&mut p, "d", new_text).unwrap();
    let took = t.elapsed();
    let c = report.counts();
    eprintln!(
        "{:.1} MB, {} annotations: {:?} in {took:?}",
        bytes as f64 / 1e6,
        spans.len(),
        c
    );
    assert_eq!(p.annotations.len(), spans.len(), "nothing dropped");
    assert!(check_project(&p).is_empty());
    (c, spans.len())
}

#[test]
fn one_megabyte_edited_in_many_places() {
    let (c, n) = run(1_000_000);
    let sentences_edited = (n / 2 + 499) / 1000;
    assert_eq!(c.kept, 0, "the insertion at the top shifts everything");
    // A deleted sentence orphans both its annotations; an edited one makes the
    // first fuzzy and moves the second.
    assert_eq!(c.orphaned, 2 * sentences_edited, "{c:?}");
    assert_eq!(c.fuzzy, sentences_edited, "{c:?}");
    assert_eq!(c.moved, n - c.orphaned - c.fuzzy);
}

#[test]
#[ignore = "10 MB / 100k annotations: run with --ignored (slow in debug builds)"]
fn ten_megabytes_hundred_thousand_annotations() {
    let (c, n) = run(10_000_000);
    assert!(n >= 100_000, "{n}");
    assert_eq!(c.moved + c.fuzzy + c.orphaned + c.kept, n);
}
