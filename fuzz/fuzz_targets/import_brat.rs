//! The brat importer on an arbitrary `.txt` + `.ann` pair (the input split at its
//! first NUL byte: text before, annotations after): never panics, errors are one
//! line, and every imported span lies inside the imported text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia::export::brat::parse_brat_document;

fuzz_target!(|data: &[u8]| {
    let (txt, ann) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let txt = String::from_utf8_lossy(txt).into_owned();
    let ann = ann.map(String::from_utf8_lossy);
    let ann = ann.as_deref().map(|a| ("fuzz.ann", a));
    match parse_brat_document("fuzz", "fuzz.txt", txt, ann) {
        Ok((doc, _warnings)) => {
            let len = doc.text.chars().count();
            for s in &doc.spans {
                assert!(
                    s.start <= s.end && s.end <= len,
                    "span {}..{} of {len}",
                    s.start,
                    s.end
                );
            }
        }
        Err(e) => assert!(!e.to_string().contains('\n'), "two-line error: {e}"),
    }
});
