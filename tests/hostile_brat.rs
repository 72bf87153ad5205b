//! The brat importer's in-memory parser on arbitrary `.ann` text against arbitrary
//! texts: never a panic, every error one line, every span inside the text. Inputs
//! the fuzzer (`fuzz/fuzz_targets/import_brat.rs`) once found are kept below.

use marginalia::export::brat::parse_brat_document;
use proptest::prelude::*;

/// Pieces texts are made of: Korean, emoji with modifiers and flags, combining
/// accents, curly quotes, CR/LF, a BOM, plain words.
const TEXT_PIECES: &[&str] = &[
    "조선",
    "중앙통신",
    "KCNA",
    "said",
    "👋🏽",
    "🇰🇵",
    "e\u{301}",
    "“",
    "”",
    "’",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "\t",
    "NK News",
    "\u{0}",
];

/// Text pieces the importer keeps as they are (no CR, no BOM).
const CLEAN_PIECES: &[&str] = &[
    "조선",
    "중앙통신",
    "KCNA",
    "said",
    "👋🏽",
    "🇰🇵",
    "e\u{301}",
    "“",
    "”",
    "’",
    " ",
    "\n",
    "NK News",
];

/// Pieces `.ann` lines are made of: ids of every kind, labels, offsets (some huge or
/// negative), fragment separators, tabs, attribute and note bodies, text.
const ANN_PIECES: &[&str] = &[
    "T1",
    "T2",
    "A1",
    "M1",
    "#1",
    "R1",
    "E1",
    "N1",
    "*",
    "\t",
    " ",
    ";",
    "\n",
    "\r\n",
    "claim",
    "attribution",
    "Source",
    "Author",
    "AnnotatorNotes",
    "0",
    "1",
    "2",
    "3",
    "7",
    "12",
    "-1",
    "18446744073709551615",
    "99999999999999999999",
    "조선",
    "👋🏽",
    "e\u{301}",
    "\\n",
    "_",
    "\u{feff}",
    ":",
    "Arg1:T1",
];

fn pieces(set: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(set), 0..max).prop_map(|v| v.concat())
}

/// Parses; checks that an error is one line and that spans lie inside the text.
fn check(txt: &str, ann: &str) -> Result<(), TestCaseError> {
    match parse_brat_document("d", "d.txt", txt.to_string(), Some(("d.ann", ann))) {
        Ok((doc, warnings)) => {
            let len = doc.text.chars().count();
            for s in &doc.spans {
                prop_assert!(
                    s.start <= s.end && s.end <= len,
                    "{}..{} of {len}",
                    s.start,
                    s.end
                );
            }
            for w in warnings {
                prop_assert!(!w.contains('\n'), "two-line warning: {w:?}");
            }
        }
        Err(e) => {
            let e = e.to_string();
            prop_assert!(
                !e.contains('\n') && !e.is_empty(),
                "error not one line: {e:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn brat_like_ann_text_never_panics(txt in pieces(TEXT_PIECES, 40), ann in pieces(ANN_PIECES, 60)) {
        check(&txt, &ann)?;
    }

    #[test]
    fn arbitrary_ann_text_never_panics(txt in pieces(TEXT_PIECES, 20), ann in any::<String>()) {
        check(&txt, &ann)?;
    }

    /// Well-formed lines on random spans of the text: imported at those offsets.
    #[test]
    fn well_formed_spans_import_at_their_offsets(
        txt in pieces(CLEAN_PIECES, 40),
        cuts in prop::collection::vec((0usize..200, 0usize..200), 1..5),
    ) {
        let chars: Vec<char> = txt.chars().collect();
        let mut ann = String::new();
        let mut want = Vec::new();
        for (k, (a, b)) in cuts.iter().enumerate() {
            let (s, e) = ((*a).min(*b) % (chars.len() + 1), (*a).max(*b) % (chars.len() + 1));
            let (s, e) = (s.min(e), s.max(e));
            let quote: String = chars[s..e].iter().collect();
            if s == e || quote.contains('\n') || quote.contains('\t') {
                continue;
            }
            ann.push_str(&format!("T{}\tclaim {s} {e}\t{quote}\n", k + 1));
            want.push((s, e));
        }
        match parse_brat_document("d", "d.txt", txt.clone(), Some(("d.ann", &ann))) {
            Ok((doc, _)) => {
                let got: Vec<(usize, usize)> = doc.spans.iter().map(|s| (s.start, s.end)).collect();
                prop_assert_eq!(got, want);
            }
            Err(e) => prop_assert!(false, "{e} for {ann:?}"),
        }
    }
}

#[test]
fn a_document_without_ann_has_no_spans() {
    let (doc, _) = parse_brat_document("d", "d.txt", "조선 👋🏽".into(), None).unwrap();
    assert!(doc.spans.is_empty());
    assert_eq!(doc.origin.as_deref(), Some("d.txt"));
}
