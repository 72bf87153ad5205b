//! The source of a person's attribution (session 34), each on sentences
//! written for this test: a name introduced with a description outside any
//! attribution (a minute's list, a heading's bracket) and quoted later by
//! surname or title speaks for the body or group that description gives; a
//! lawyer who is no party's and an "-ologist" are experts; "she said" after
//! an attribution of data or an outlet is the person quoted before it.

mod common;

use common::suggested::builtin_on;

const ATTRIBUTION: &str = "attribution";

/// The source of the attribution quoting exactly `quote` at its `nth`
/// occurrence (0-based) among attributions.
fn source_of(text: &str, quote: &str, nth: usize) -> Option<String> {
    let found = builtin_on(text);
    let matching: Vec<_> = found
        .iter()
        .filter(|s| s.label == ATTRIBUTION && s.quote == quote)
        .collect();
    let s = matching
        .get(nth)
        .unwrap_or_else(|| panic!("attribution {quote:?} #{nth} in {text:?}: {found:#?}"));
    s.source.clone()
}

const MINUTES: &str = "Workshop notes: river fisheries, meeting 4\n\n\
Attending: 9 members, 1 guest (Dr. Lim Ga-eun, Korea Forest Service (KFS)).\n\n\
1. Talk (Seo Yu-na, PhD candidate)\n\
Seo showed her survey of the Imjin river. Seo said catches of eel fell by half between 2018 and 2024.\n\n\
Dr. Lim said the service had no records of eel stocking. He said a report was due in May.\n";

#[test]
fn a_name_introduced_with_a_body_speaks_for_it() {
    assert_eq!(
        source_of(MINUTES, "Dr. Lim said", 0).as_deref(),
        Some("KFS")
    );
    assert_eq!(source_of(MINUTES, "He said", 0).as_deref(), Some("KFS"));
}

#[test]
fn a_name_introduced_with_a_description_takes_its_group() {
    assert_eq!(
        source_of(MINUTES, "Seo said", 0).as_deref(),
        Some("experts")
    );
}

#[test]
fn a_lawyer_who_is_no_partys_is_an_expert() {
    let text = "Grain imports rose in March, said Lucie Fabre, a trade lawyer in Geneva who \
                has advised two governments. Fabre said the rise was seasonal.";
    let said = "said Lucie Fabre, a trade lawyer in Geneva who has advised two governments";
    assert_eq!(source_of(text, said, 0).as_deref(), Some("experts"));
    assert_eq!(source_of(text, "Fabre said", 0).as_deref(), Some("experts"));
}

#[test]
fn she_after_data_is_the_person_before() {
    let text = "Nam Ji-won, an agronomist at Chonnam University, spoke to the committee on \
                Tuesday. Nam said rice yields in the province fell 8 percent in 2024. She said \
                government figures showed a smaller fall of 3 percent. She said the official \
                figures left out hill farms.";
    assert_eq!(source_of(text, "She said", 0).as_deref(), Some("experts"));
    assert_eq!(source_of(text, "She said", 1).as_deref(), Some("experts"));
}

#[test]
fn one_who_keeps_a_business_at_a_place_is_a_resident() {
    let text = "Water was cut for three days, said Han Bo-ram, 52, who runs a noodle shop \
                near the old market. She said the pipes were replaced in 2019.";
    let said = "said Han Bo-ram, 52, who runs a noodle shop near the old market";
    assert_eq!(source_of(text, said, 0).as_deref(), Some("residents"));
    assert_eq!(source_of(text, "She said", 0).as_deref(), Some("residents"));
}
