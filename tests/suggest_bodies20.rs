//! Naming organisations (session 20): any bare "the <noun>" source reads as
//! the nearest body named before it whose name ends in that noun (by its
//! bracketed acronym when the text gives one); a document noun ("the report
//! says") reads as the body that wrote it; a body's name that lists its
//! fields ("Office of Roads, Rail and Ports") is one name; a staff noun after
//! a body's acronym ("an IMO inspector said") is the body. Each on sentences
//! written for this test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_bare_noun_is_the_body_named_with_that_head() {
    let text = "The Lakeside Rowing Federation (LRF) suspended two clubs on Monday. \
                The federation said the clubs had missed three safety checks.";
    assert_eq!(source(text, "The federation said"), "LRF");
    let text = "Saint Brendan Clinic in Cork closed its ward after a leak. \
                The clinic said no patient had been moved.";
    assert_eq!(source(text, "The clinic said"), "Saint Brendan Clinic");
    let text = "Members of the Andean Potters Guild met in Cusco this week. \
                Prices have doubled since spring, the guild told reporters.";
    assert_eq!(source(text, "the guild told"), "Andean Potters Guild");
}

#[test]
fn a_later_pronoun_or_copy_follows_the_body() {
    let text = "Harbour Tram Company cut two lines on Friday. The company said fares \
                would stay the same. It said the lines would reopen in May.";
    assert_eq!(source(text, "It said"), "Harbour Tram Company");
}

#[test]
fn a_bare_noun_with_no_such_name_keeps_its_source() {
    // No name ends in "federation" before the span: no rename to another body.
    let text = "The Lakeside Rowing Club (LRC) suspended two members on Monday. \
                The federation said the members had missed three safety checks.";
    assert_ne!(source(text, "The federation said"), "LRC");
    // A place whose name opens with the noun is no body of that kind.
    let text = "Crowds gathered at Federation Square in the evening. \
                The federation said the crowds were peaceful.";
    assert_ne!(source(text, "The federation said"), "Federation Square");
}

#[test]
fn a_report_speaks_for_its_author() {
    let text = "Tideway Water Board published a 30-page audit report on Tuesday about \
                the flood. The water fell by noon, according to the report.";
    assert_eq!(
        source(text, "according to the report"),
        "Tideway Water Board"
    );
    let text = "The figures come from a statement by the Nordic Salmon Council on Friday. \
                Exports fell by a fifth, the statement says.";
    assert_eq!(source(text, "the statement says"), "Nordic Salmon Council");
}

#[test]
fn a_name_listing_its_fields_is_one_name() {
    let text = "PERTH, May 2 — The Office of Roads, Rail and Ports said on Friday that \
                the bridge would reopen.";
    assert_eq!(
        source(text, "said on Friday"),
        "Office of Roads, Rail and Ports"
    );
    let text = "New Zealand's Department of Fish, Forests and Parks said the bay was closed.";
    assert!(source(text, "Parks said").contains("Department of Fish, Forests and Parks"));
    // A list of two speakers after a clause stays as it was.
    let text = "After a long meeting in the town hall, Mendez and Ruiz said the vote \
                would wait.";
    assert!(!source(text, "Ruiz said").contains("hall"));
}

#[test]
fn a_staff_noun_after_an_acronym_is_the_body() {
    let text = "The Atlantic Fisheries Agency (AFA) closed the bay. An AFA inspector \
                told reporters the nets were illegal.";
    assert_eq!(source(text, "An AFA inspector told"), "AFA");
    let text = "The Harbour Pilots Union (HPU) held a vote. Two HPU members told us \
                they opposed the plan.";
    assert_eq!(source(text, "Two HPU members told"), "HPU");
    // A country's short name before a group is no body's acronym.
    let text = "WASHINGTON, May 2 — US lawmakers said on Friday the bill would pass.";
    assert_ne!(source(text, "said on Friday"), "US");
}

#[test]
fn a_place_named_prosecutors_office_is_the_country_prosecutors() {
    let text = "TOKYO, May 2 — The Osaka District Prosecutors' Office said on Friday that \
                it had charged two traders.";
    assert_eq!(source(text, "Office said"), "Japanese prosecutors");
    // Prosecutors with no place keep the plain group.
    let text = "TOKYO, May 2 — Prosecutors allege that the two traders hid the cargo.";
    assert_eq!(source(text, "Prosecutors allege"), "prosecutors");
}
