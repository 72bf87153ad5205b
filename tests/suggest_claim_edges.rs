//! The edges of suggested claims (issue 20), on sentences written for the
//! test, with look-alike negatives: a wire service's tag and a hyphen
//! dateline left out, a relative clause inside a short subject kept, and the
//! full stop of "a.m." / "U.S." kept, with a time's bracket after it.

mod common;

use common::suggested::builtin_on as suggest;
use marginalia::suggest::{CLAIM, SPECULATION};

/// The quotes of `text`'s claims.
fn claims(text: &str) -> Vec<String> {
    suggest(text)
        .into_iter()
        .filter(|s| s.label == CLAIM)
        .map(|s| s.quote)
        .collect()
}

#[test]
fn a_wire_tag_and_a_hyphen_dateline_are_no_part_of_the_claim() {
    assert_eq!(
        claims(
            "BUSAN/ULSAN, May 9 (Wire) - Dock workers unloaded 40 containers of fertiliser on Friday."
        ),
        ["Dock workers unloaded 40 containers of fertiliser on Friday"]
    );
    assert_eq!(
        // A headline holds a claim only with a source (session 14: most
        // analysts leave a bare headline untagged) ...
        claims(
            "Port news\n\nUPDATE 3-Ferry operator cancels 12 crossings to Jeju, officials say 🚢\n\nBody."
        ),
        ["Ferry operator cancels 12 crossings to Jeju"]
    );
    // ... and none on the article's title line (session 36: fresh7 and
    // fresh9 on never tag a title).
    assert!(
        claims("UPDATE 3-Ferry operator cancels 12 crossings to Jeju, officials say 🚢\n\nBody.")
            .is_empty()
    );
    // A hyphen inside a sentence, after lower-case words, is no dateline; a
    // capitalised word with a hyphen is no wire tag.
    assert_eq!(
        claims("The port handled 40 ships - a record for May."),
        ["The port handled 40 ships - a record for May"]
    );
    assert_eq!(
        claims("KOREA-Japan ferry traffic rose 12 percent in May."),
        ["KOREA-Japan ferry traffic rose 12 percent in May"]
    );
}

#[test]
fn a_relative_clause_inside_a_short_subject_stays_in_the_claim() {
    assert_eq!(
        claims("Mongolia, which opened a rail link with Seoul in 2023, did not send a delegation."),
        ["Mongolia, which opened a rail link with Seoul in 2023, did not send a delegation"]
    );
    // After a whole clause, ", which" still breaks it.
    let found =
        claims("The ministry shipped 300 tonnes of rice in March, which was the largest shipment.");
    assert_eq!(found, ["The ministry shipped 300 tonnes of rice in March"]);
}

#[test]
fn an_abbreviation_keeps_its_full_stop_and_a_time_goes_on_into_its_bracket() {
    assert_eq!(
        claims("The ferry left Mokpo at 6:15 a.m. (2115 GMT), the coast guard said."),
        ["The ferry left Mokpo at 6:15 a.m. (2115 GMT)"]
    );
    assert_eq!(
        claims("The cargo plane landed in Anchorage at 9:05 p.m. The crew was 6 people."),
        [
            "The cargo plane landed in Anchorage at 9:05 p.m.",
            "The crew was 6 people"
        ]
    );
    // A full stop after an ordinary word is still trimmed (“café” for offsets).
    assert_eq!(
        claims("The café in Insa-dong sold 300 cups on Monday."),
        ["The café in Insa-dong sold 300 cups on Monday"]
    );
}

#[test]
fn because_where_and_a_colon_end_a_hedged_clause() {
    let found =
        suggest("The harvest was probably poor, because storms flooded 3,000 hectares in July.");
    assert!(
        found
            .iter()
            .any(|s| s.label == SPECULATION && s.quote == "was probably poor")
    );
    assert!(
        found
            .iter()
            .any(|s| s.label == CLAIM && s.quote == "storms flooded 3,000 hectares in July")
    );
    let found = suggest("The vote is likely to move to Geneva, where talks failed in 2019.");
    assert!(
        found
            .iter()
            .any(|s| s.label == SPECULATION && s.quote == "is likely to move to Geneva")
    );
    let found = suggest("The plant appears to be idle: no trucks have entered it since 4 June.");
    assert!(
        found
            .iter()
            .any(|s| s.label == SPECULATION && s.quote == "appears to be idle")
    );
    // "because" without a comma after a hedge: the reason is a claim of its
    // own too (session 35, hedge_reason.rs: split 4 : whole 1 in the gold of
    // all sets).
    let found = suggest("Prices probably rose because 2 mills closed.");
    assert!(
        found
            .iter()
            .any(|s| s.label == SPECULATION && s.quote == "probably rose")
    );
    assert!(
        found
            .iter()
            .any(|s| s.label == CLAIM && s.quote == "2 mills closed")
    );
    // "because of" stays inside the hedge.
    let found = suggest("Prices probably rose because of the floods in July.");
    assert!(
        found
            .iter()
            .any(|s| s.label == SPECULATION && s.quote.ends_with("because of the floods in July"))
    );
}
