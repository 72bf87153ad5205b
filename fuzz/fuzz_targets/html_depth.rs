//! The HTML reader on pages built from arbitrary fragments repeated many times
//! (deep nesting of any shape): never panics or overflows the stack, and a page
//! the depth pre-scan lets through is read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marginalia::read::html::html_to_text;

fuzz_target!(|data: &[u8]| {
    let Some((&count, fragment)) = data.split_first() else {
        return;
    };
    let Ok(fragment) = std::str::from_utf8(fragment) else {
        return;
    };
    // Up to ~64k repeats of a fragment such as "<div><table><td></div>".
    let page = fragment.repeat(usize::from(count) * 256 % 65_536);
    let _ = html_to_text(&page);
    let _ = html_to_text(fragment);
});
