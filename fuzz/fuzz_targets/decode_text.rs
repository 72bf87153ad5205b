//! Article decoding on arbitrary bytes: never panics; accepted text has no BOM, no
//! CR and no NUL.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marginalia::store::decode_text;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = decode_text(data, Path::new("fuzz.txt")) {
        assert!(!d.text.starts_with('\u{feff}'));
        assert!(!d.text.contains('\r'));
        assert!(!d.text.contains('\0'));
        assert!(!d.text.trim().is_empty());
    }
});
