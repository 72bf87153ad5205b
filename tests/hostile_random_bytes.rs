//! A smoke test of the fuzz targets' entry points for machines without cargo-fuzz:
//! valid project files and articles mutated at random (bytes flipped, inserted,
//! deleted, cut short, duplicated) and fed to the loader and the decoder. Nothing may
//! panic; an accepted project must survive a save and reload.
//!
//! `MARGINALIA_SMOKE_CASES=200000 cargo test --test hostile_random_bytes` runs longer.

use std::path::Path;

use marginalia::export::html::html_to_text;
use marginalia::export::jsonl::parse_jsonl;
use marginalia::model::{Annotation, Document, OffsetUnit, Project};
use marginalia::store::{
    check_project, decode_text, parse_project, parse_project_bytes, parse_project_unchecked,
    project_to_ron,
};
use proptest::prelude::*;

fn seed_project() -> Vec<u8> {
    let text = "조선중앙통신 (KCNA) said “victory” 👋🏽 🇰🇵 e\u{301}.\nNK News doubted it.";
    let mut p = Project::new("Seed");
    p.documents
        .push(Document::new("d", "Seed", text).with_origin("seed.txt"));
    let d = &p.documents[0];
    let mut a =
        Annotation::new("d", 0, 6, d.slice(0, 6), "attribution", "alice").with_source("KCNA");
    a.note = "checked \"twice\"".into();
    p.annotations.push(a);
    p.annotations.push(Annotation::new(
        "d",
        40,
        47,
        d.slice(40, 47),
        "claim",
        "bob",
    ));
    project_to_ron(&p).unwrap().into_bytes()
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = prop::sample::select(vec![
        b"(".to_vec(),
        b")".to_vec(),
        b"[".to_vec(),
        b"\"".to_vec(),
        b"\\".to_vec(),
        b"Some(".to_vec(),
        b"99999999999999999999".to_vec(),
        b"-1".to_vec(),
        b"\xff\xfe".to_vec(),
        b"\0".to_vec(),
        b"\r\n".to_vec(),
        "\u{feff}".as_bytes().to_vec(),
        "조".as_bytes().to_vec(),
        b"format: 2".to_vec(),
        b"orphaned: true,".to_vec(),
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), interesting).prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
    ]
}

fn mutate(mut bytes: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip(i, b) => {
                if let Some(x) = bytes.get_mut(i % len) {
                    *x ^= b | 1;
                }
            }
            Mutation::Insert(i, s) => {
                let at = i % (bytes.len() + 1);
                bytes.splice(at..at, s.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Mutation::Truncate(i) => bytes.truncate(i % len),
            Mutation::Duplicate(i, n) => {
                let at = i % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    let piece: Vec<u8> = bytes[at..end].to_vec();
                    bytes.splice(end..end, piece);
                }
            }
        }
    }
    bytes
}

fn cases() -> u32 {
    std::env::var("MARGINALIA_SMOKE_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_projects_never_panic_and_accepted_ones_round_trip(
        muts in prop::collection::vec(mutation(), 1..6)
    ) {
        let bytes = mutate(seed_project(), &muts);
        let path = Path::new("m.ron");
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Ok(p) = parse_project_unchecked(text, path)
        {
            let _ = check_project(&p);
        }
        if let Ok(p) = parse_project_bytes(&bytes, path) {
            let text = project_to_ron(&p).unwrap();
            let back = parse_project(&text, path);
            prop_assert!(back.is_ok(), "saved project does not load: {:?}", back.err());
        }
        let _ = decode_text(&bytes, path);
    }

    #[test]
    fn mutated_jsonl_and_html_never_panic(
        muts in prop::collection::vec(mutation(), 1..6)
    ) {
        let seed = "{\"id\": \"w\", \"text\": \"Yonhap reported 조선 tests 👋🏽 today.\", \"spans\": [{\"start\": 0, \"end\": 15, \"label\": \"attribution\", \"source\": \"Yonhap\"}]}\n{\"text\": \"KCNA said\", \"label\": [[0, 4, \"claim\"]]}\n";
        let bytes = mutate(seed.as_bytes().to_vec(), &muts);
        let text = String::from_utf8_lossy(&bytes);
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
            let _ = parse_jsonl(&text, "m.jsonl", unit);
        }
        let html = mutate(b"<html><head><title>T</title></head><body><p>KCNA &amp; \xec\xa1\xb0 said</p><script>x</script></body></html>".to_vec(), &muts);
        let _ = html_to_text(&String::from_utf8_lossy(&html));
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let path = Path::new("r.ron");
        let _ = parse_project_bytes(&bytes, path);
        if let Ok(d) = decode_text(&bytes, path) {
            prop_assert!(!d.text.contains('\r') && !d.text.contains('\0'));
        }
        match marginalia::read::decode_utf8_strict(&bytes, path) {
            Err(marginalia::read::ReadError::NotUtf8 { offset, .. }) => {
                prop_assert!(offset < bytes.len());
            }
            Ok(d) => prop_assert!(!d.text.contains('\r')),
            Err(_) => {}
        }
        if let Some(lossy) = marginalia::read::mostly_utf8(&bytes) {
            prop_assert_eq!(lossy.text, String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn repeated_html_fragments_never_overflow(
        muts in prop::collection::vec(mutation(), 0..4),
        times in 1usize..3000,
    ) {
        let fragment = mutate(b"<div><ul><li><table><td></div><p>x".to_vec(), &muts);
        let page = String::from_utf8_lossy(&fragment).repeat(times);
        let _ = html_to_text(&page);
    }
}

/// Inputs found by fuzzing or by this smoke test that once misbehaved, kept as
/// regressions. (See tests/fixtures/hostile/ for hand-written hostile files.)
#[test]
fn regressions() {
    let path = Path::new("x.ron");
    for bytes in [
        // A file killed mid-save, cut inside a multi-byte char.
        &seed_project()[..seed_project().len() / 2 + 1][..],
        // A UTF-16 BOM followed by an odd number of bytes.
        b"\xff\xfeP\x00r\x00o",
    ] {
        let _ = parse_project_bytes(bytes, path);
    }
}
