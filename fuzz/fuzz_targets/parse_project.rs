//! The project loader on arbitrary bytes: never panics; whatever it accepts
//! survives a save and reload unchanged.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marginalia::store::{
    check_project, parse_project, parse_project_bytes, parse_project_unchecked, project_to_ron,
};

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let checked = parse_project_bytes(data, path);
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(p) = parse_project_unchecked(text, path) {
            let _ = check_project(&p);
            let _ = p.summary();
        }
    }
    if let Ok(project) = checked {
        let text = project_to_ron(&project).expect("an accepted project serialises");
        let mut back = parse_project(&text, path).expect("a saved project loads");
        let mut orig = project;
        orig.sort_annotations();
        back.sort_annotations();
        assert_eq!(orig, back, "round trip changed the project");
    }
});
