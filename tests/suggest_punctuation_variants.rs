//! Suggestions never panic on the project's own articles rewritten with
//! multi-byte punctuation: curly quotes for straight ones, dashes for commas,
//! an opening quote glued to capitalised words, ellipses for full stops,
//! Hangul and emoji beside brackets. Rules that step one byte past a
//! punctuation mark they found (`rfind(..) + 1`) land inside "“" or "—" and
//! panic: fresh12's "…economy grew “7 percent” … (JKEI)" did, in the
//! look-back for a body introduced with its acronym. Each variant also keeps
//! the offsets exact.

use marginalia::suggest::Suggester;
use std::sync::LazyLock;

mod suggest_support;
use suggest_support::{dir, parse_markup};

static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::builtin().unwrap());

/// Every article of every set, as plain text.
fn articles() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut sets: Vec<_> = std::fs::read_dir(dir()).unwrap().flatten().collect();
    sets.sort_by_key(|e| e.path());
    for set in sets.iter().filter(|e| e.path().is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(set.path()).unwrap().flatten().collect();
        files.sort_by_key(|e| e.path());
        for file in files {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let marked = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), parse_markup(&marked).0));
            }
        }
    }
    out
}

/// Straight quotes as curly ones, alternating open and close.
fn curly(text: &str) -> String {
    let mut open = true;
    text.chars()
        .map(|c| match c {
            '"' => {
                open = !open;
                if open { '”' } else { '“' }
            }
            '\'' => '’',
            c => c,
        })
        .collect()
}

/// The rewrites, each a function of the plain text.
fn variants(text: &str) -> Vec<(&'static str, String)> {
    let glued = text
        .split(' ')
        .map(|w| {
            if w.starts_with(char::is_uppercase) {
                format!("“{w}")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    vec![
        ("curly quotes", curly(text)),
        (
            "dashes for commas",
            text.replace(", ", " — ").replace(',', "—"),
        ),
        ("quote glued to capitals", glued),
        (
            "ellipses and full-width brackets",
            text.replace(". ", "… ")
                .replace('(', "（")
                .replace(')', "）"),
        ),
        (
            "Hangul and emoji at brackets",
            text.replace(" (", " 한 (")
                .replace(") ", ") 🎉 ")
                .replace(": ", "：“"),
        ),
    ]
}

#[test]
fn multi_byte_punctuation_never_panics_and_offsets_stay_exact() {
    let articles = articles();
    assert!(articles.len() >= 100, "found {} articles", articles.len());
    for (path, text) in &articles {
        for (name, variant) in variants(text) {
            let found = std::panic::catch_unwind(|| SUGGESTER.suggest_text(&variant))
                .unwrap_or_else(|_| panic!("{path} with {name}: suggesting panicked"));
            let chars: Vec<char> = variant.chars().collect();
            for s in &found {
                let quote: String = chars[s.start..s.end].iter().collect();
                assert_eq!(quote, s.quote, "{path} with {name}");
            }
        }
    }
}
