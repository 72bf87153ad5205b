//! Claim constructions (session 36), each on sentences written for this
//! test: a lettered or bracketed list marker ("(b) ", "[Note 2] ") opens no
//! claim; "member states" is a noun, not a reporting verb; a whole clause
//! after a claim and ", and" is a claim too; a count by a plain subject
//! ("Volunteers counted …", "Busan recorded …") is a whole claim, while a
//! body's count stays an attribution.

mod common;

use common::suggested::{attribution_quotes, expect, lacks};

const CLAIM: &str = "claim";

#[test]
fn a_list_marker_opens_no_claim() {
    let text = "Findings of the survey:\n(b) The north gate had been left open for 12 nights.\nc) Four of the nine lamps were broken in May.\n[Note 2] The night guard left his post at 02:10 on 4 May.";
    expect(
        text,
        CLAIM,
        "The north gate had been left open for 12 nights",
    );
    expect(text, CLAIM, "Four of the nine lamps were broken in May");
    expect(
        text,
        CLAIM,
        "The night guard left his post at 02:10 on 4 May",
    );
    lacks(
        text,
        CLAIM,
        "(b) The north gate had been left open for 12 nights",
    );
}

#[test]
fn member_states_is_a_noun() {
    let text =
        "The treaty of 2019 obliges member states to inspect every tanker calling at their ports.";
    expect(
        text,
        CLAIM,
        "The treaty of 2019 obliges member states to inspect every tanker calling at their ports",
    );
    assert!(
        attribution_quotes(text).is_empty(),
        "{:?}",
        attribution_quotes(text)
    );
}

#[test]
fn a_whole_clause_after_a_claim_and_and_is_a_claim() {
    let text = "The ferry left Mokpo at 07:40 on 3 June, and the passengers on the lower deck were moved to the lounge.";
    expect(text, CLAIM, "The ferry left Mokpo at 07:40 on 3 June");
    expect(
        text,
        CLAIM,
        "the passengers on the lower deck were moved to the lounge",
    );
    // A clause in the first person is the writer's, not a fact told.
    let first_person = "The council met 14 times in 2025, and we were glad of it.";
    lacks(first_person, CLAIM, "we were glad of it");
}

#[test]
fn a_count_by_a_plain_subject_is_a_claim() {
    let volunteers = "Volunteers counted 412 nesting terns on the sandbar in July.";
    expect(
        volunteers,
        CLAIM,
        "Volunteers counted 412 nesting terns on the sandbar in July",
    );
    assert!(attribution_quotes(volunteers).is_empty());
    let place = "Busan recorded 31 days of frost last winter.";
    expect(place, CLAIM, "Busan recorded 31 days of frost last winter");
    // A body's own count is its report.
    let body = "The Korea Coast Guard recorded 57 illegal crossings in October.";
    assert!(
        attribution_quotes(body)
            .iter()
            .any(|q| q.contains("recorded")),
        "{:?}",
        attribution_quotes(body)
    );
}
