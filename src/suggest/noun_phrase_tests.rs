//! Names found before and after a cue.

use super::*;
use crate::suggest::RuleSet;

fn words() -> NameWords {
    let rules = RuleSet::builtin();
    NameWords::new(&rules.attribution, &rules.abbreviations)
}

fn before(text: &str, cue: &str) -> Option<String> {
    let end = text.find(cue).unwrap();
    words()
        .before(text, end)
        .map(|s| text[s..end].trim_end().to_string())
}

fn after(text: &str, cue: &str) -> Option<String> {
    let start = text.find(cue).unwrap() + cue.len();
    words()
        .after(text, start)
        .map(|e| text[start..e].trim_start().to_string())
}

#[test]
fn names_before_a_cue() {
    let t = "On Monday, South Korea's Joint Chiefs of Staff said the missile flew.";
    assert_eq!(
        before(t, "said").as_deref(),
        Some("South Korea's Joint Chiefs of Staff")
    );
    let t = "The Korean Central News Agency (KCNA, 조선중앙통신) said.";
    assert_eq!(
        before(t, "said").as_deref(),
        Some("The Korean Central News Agency (KCNA, 조선중앙통신)")
    );
    assert_eq!(
        before("“Fine,” Yonhap reported.", "reported").as_deref(),
        Some("Yonhap")
    );
    assert_eq!(
        before("Russia’s tourism agency said.", "said").as_deref(),
        Some("Russia’s tourism agency")
    );
    assert_eq!(
        before("The drills angered Seoul’s officials said.", "said").as_deref(),
        Some("Seoul’s officials")
    );
    assert_eq!(
        before("The launch tourism agency said.", "said").as_deref(),
        Some("agency")
    );
    assert_eq!(before("Then he said it.", "said"), None);
    assert_eq!(before("the launch was reported", "reported"), None);
}

#[test]
fn names_after_a_cue() {
    let t = "according to NK News, a specialized site";
    assert_eq!(after(t, "according to").as_deref(), Some("NK News"));
    let t = "as reported by North Korea's KCNA news agency on Monday";
    assert_eq!(
        after(t, "reported by").as_deref(),
        Some("North Korea's KCNA news agency")
    );
    assert_eq!(
        after("seen by some analysts as a sign", "seen by").as_deref(),
        Some("some analysts")
    );
    assert_eq!(
        after("said a spokesperson for the U.S. State Department.", "said").as_deref(),
        Some("a spokesperson for the U.S. State Department")
    );
    assert_eq!(after("according to the report.", "according to"), None);
    assert_eq!(after("said that it was", "said"), None);
}
