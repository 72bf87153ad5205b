//! Re-anchoring on arbitrary texts and spans: never panics, never drops an
//! annotation, and leaves a project with no problems.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia::anchor::reanchor_document;
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::check_project;

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let Some(mid) = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)) else {
        return;
    };
    let (old, new) = text.split_at(mid);
    let mut p = Project::new("fuzz");
    p.documents.push(Document::new("d", "D", old));
    let len = old.chars().count();
    for i in 0..usize::from(n % 16) {
        if len == 0 {
            break;
        }
        let start = (i * 7 + usize::from(n)) % len;
        let end = (start + 1 + i % 9).min(len);
        let quote = p.documents[0].slice(start, end).to_string();
        let mut a = Annotation::new("d", start, end, quote, "claim", "f");
        a.id = format!("a{i}");
        p.annotations.push(a);
    }
    let count = p.annotations.len();
    reanchor_document(&mut p, "d", new.to_string()).expect("document exists");
    assert_eq!(p.annotations.len(), count);
    assert!(check_project(&p).is_empty(), "{:?}", check_project(&p));
});
