//! The JSONL/doccano importer and the HTML reducer on arbitrary text: never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia::export::html::html_to_text;
use marginalia::export::jsonl::parse_jsonl;
use marginalia::model::OffsetUnit;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
        let _ = parse_jsonl(text, "fuzz.jsonl", unit);
    }
    let _ = html_to_text(text);
});
