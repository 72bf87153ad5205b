//! JSONL decoding on arbitrary bytes: UTF-8 is required (any other byte refuses the
//! file naming a line and offset inside it), and what decodes parses without
//! panicking. Also the "mostly UTF-8" reading of articles.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marginalia::export::jsonl::parse_jsonl_with_warnings;
use marginalia::model::OffsetUnit;
use marginalia::read::{ReadError, decode_utf8_strict, mostly_utf8};

fuzz_target!(|data: &[u8]| {
    match decode_utf8_strict(data, Path::new("fuzz.jsonl")) {
        Ok(d) => {
            assert!(!d.text.contains('\r'));
            for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
                let _ = parse_jsonl_with_warnings(&d.text, "fuzz.jsonl", unit);
            }
        }
        Err(ReadError::NotUtf8 { offset, line, .. }) => {
            assert!(offset < data.len());
            assert!(line >= 1 && line <= 1 + data.iter().filter(|&&b| b == b'\n').count());
        }
        Err(_) => {}
    }
    if let Some(lossy) = mostly_utf8(data) {
        assert!(lossy.replaced >= 1 && lossy.first_offset < data.len());
        assert_eq!(lossy.text, String::from_utf8_lossy(data));
    }
});
