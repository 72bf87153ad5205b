//! Generated review cases at scale, for benchmarks and whole-process measurements
//! (`marginalia generate agree-docs|agree-annotators|agree-labels`): many small
//! documents, many annotators, a huge schema. Deterministic; the text is ours.

use crate::model::{Annotation, Document, Label, Project};

/// A short article of about 160 chars, unique to `k` (Korean, curly quotes, emoji).
fn text(k: usize) -> String {
    format!(
        "Dispatch {k}: 조선중앙통신 said on Monday that the “harvest plan” was met 👋🏽. \
         Officials in Seoul doubted it, and analysts said the figures may be revised ({k})."
    )
}

/// The spans every annotator picks from on an article: (start, end, label).
fn spans(doc: &Document) -> Vec<(usize, usize, &'static str)> {
    let len = doc.char_len();
    let at = |s: &str| doc.text.find(s).map(|b| doc.text[..b].chars().count());
    let mut out = Vec::new();
    if let Some(s) = at("조선중앙통신") {
        out.push((s, s + 6, "attribution"));
    }
    if let Some(s) = at("the “harvest") {
        out.push((s, s + 25, "claim"));
    }
    if let Some(s) = at("analysts") {
        out.push((s, len.min(s + 40), "speculation"));
    }
    out
}

fn annotation(doc: &Document, start: usize, end: usize, label: &str, who: &str) -> Annotation {
    let mut a = Annotation::new(
        doc.id.clone(),
        start,
        end,
        doc.slice(start, end),
        label,
        who,
    );
    a.id = format!("{who}-{}-{start}", doc.id);
    if label == "attribution" {
        a.source = Some("KCNA".into());
    }
    a
}

/// `n` small documents tagged by alice and (with differences) by bob, as two
/// projects: what `agree` / `merge` over 100,000 documents meets.
pub fn many_documents(n: usize) -> (Project, Project) {
    let mut alice = Project::new("Many documents (alice)");
    let mut bob = Project::new("Many documents (bob)");
    for k in 0..n {
        let doc = Document::new(format!("d{k}"), format!("Dispatch {k}"), text(k));
        for (i, (s, e, label)) in spans(&doc).into_iter().enumerate() {
            alice
                .annotations
                .push(annotation(&doc, s, e, label, "alice"));
            match (k + i) % 4 {
                0 => {}
                1 => bob
                    .annotations
                    .push(annotation(&doc, s, e - 1, label, "bob")),
                _ => bob.annotations.push(annotation(&doc, s, e, label, "bob")),
            }
        }
        alice.documents.push(doc.clone());
        bob.documents.push(doc);
    }
    (alice, bob)
}

/// One project of `docs` documents tagged by `annotators` annotators, each of whom
/// varies the common spans a little (a boundary, a label, a span left out).
pub fn many_annotators(annotators: usize, docs: usize) -> Project {
    let mut p = Project::new(format!("{annotators} annotators"));
    for k in 0..docs {
        let doc = Document::new(format!("d{k}"), format!("Dispatch {k}"), text(k));
        for who in 0..annotators {
            let name = format!("analyst{who:04}");
            for (i, (s, e, label)) in spans(&doc).into_iter().enumerate() {
                match (who + i + k) % 7 {
                    0 => {}
                    1 => p.annotations.push(annotation(&doc, s + 1, e, label, &name)),
                    2 => p.annotations.push(annotation(&doc, s, e, "claim", &name)),
                    _ => p.annotations.push(annotation(&doc, s, e, label, &name)),
                }
            }
        }
        p.documents.push(doc);
    }
    p
}

/// alice's and bob's projects on `docs` documents with a schema of `labels` labels,
/// each span given one of them: what a 20,000-label schema meets.
pub fn many_labels(labels: usize, docs: usize) -> (Project, Project) {
    let (mut alice, mut bob) = many_documents(docs);
    let schema: Vec<Label> = (0..labels)
        .map(|k| Label {
            id: format!("label{k:05}"),
            name: format!("Label {k}"),
            color: "#4e79a7".into(),
            key: None,
            needs_source: false,
            ..Default::default()
        })
        .collect();
    for (p, shift) in [(&mut alice, 0), (&mut bob, 1)] {
        p.schema.labels = schema.clone();
        for (i, a) in p.annotations.iter_mut().enumerate() {
            a.label = format!("label{:05}", (i * 7919 + shift * (i % 3)) % labels.max(1));
        }
    }
    (alice, bob)
}
