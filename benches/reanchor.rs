//! Re-anchoring throughput: a 10 MB article with ~167k annotations, edited near the
//! top (everything moves) and in a sentence per thousand (fuzzy, orphans).

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::anchor::reanchor_document;
use marginalia::model::{Annotation, Document, Project};

fn corpus(bytes: usize) -> (String, Vec<(usize, usize)>) {
    let mut text = String::with_capacity(bytes + 200);
    let mut spans = Vec::new();
    let mut chars = 0usize;
    let mut n = 0usize;
    while text.len() < bytes {
        let s = format!(
            "조선중앙통신 report {n} said the “parade” number {n} was historic 👋🏽, analysts doubted claim {n}. "
        );
        let len = s.chars().count();
        let at = |needle: &str| chars + s[..s.find(needle).unwrap_or(0)].chars().count();
        spans.push((at("report"), at(" was historic")));
        spans.push((at("analysts"), chars + len - 2));
        chars += len;
        text.push_str(&s);
        n += 1;
    }
    (text, spans)
}

fn edit(text: &str) -> String {
    let mut out = String::from("Editor's note: this article was updated. 편집자 주.\n\n");
    for (i, sentence) in text.split_inclusive(". ").enumerate() {
        match i % 1000 {
            500 => {}
            250 => out.push_str(&sentence.replace("said the", "stated that the")),
            _ => out.push_str(sentence),
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let (text, spans) = corpus(10_000_000);
    let mut project = Project::new("bench");
    project
        .documents
        .push(Document::new("d", "D", text.clone()));
    let doc = project.documents[0].clone();
    project.annotations = spans
        .iter()
        .map(|&(s, e)| Annotation::new("d", s, e, doc.slice(s, e), "claim", "me"))
        .collect();
    let new_text = edit(&text);
    let mut group = c.benchmark_group("reanchor");
    group.sample_size(10);
    group.bench_function("10MB_167k_annotations_edited", |b| {
        b.iter_batched(
            || (project.clone(), new_text.clone()),
            |(mut p, t)| reanchor_document(&mut p, "d", t).map(|r| r.counts()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("10MB_167k_annotations_unchanged", |b| {
        b.iter_batched(
            || project.clone(),
            |mut p| reanchor_document(&mut p, "d", text.clone()).map(|r| r.counts()),
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
