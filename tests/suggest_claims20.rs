//! Claim bounds (session 20), on sentences written for this test with
//! look-alikes that must not change: a second past-tense predicate with its
//! own object ("… and *moved* the classes to a hall") is a claim of its own,
//! so is a negated predicate after " but ", an earlier figure after a comma
//! (", up from 12 a year earlier") and ", the first time …".

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::CLAIM;

#[test]
fn a_second_past_predicate_is_a_claim_apart() {
    let text = "The council closed the 50-metre pool in March and moved the swimming \
                classes to a school hall.";
    expect(text, CLAIM, "The council closed the 50-metre pool in March");
    expect(text, CLAIM, "moved the swimming classes to a school hall");
    let pronoun = "Customs officers seized 300 kilograms of ivory on Friday and sent it \
                   to a laboratory in Nairobi.";
    expect(pronoun, CLAIM, "sent it to a laboratory in Nairobi");
    // Look-alikes: a shared passive auxiliary, two verbs sharing one object.
    let passive = "The treasurer was arrested in 2021 and charged in Lisbon with fraud.";
    expect(
        passive,
        CLAIM,
        "The treasurer was arrested in 2021 and charged in Lisbon with fraud",
    );
    let shared = "The 2024 relay started and finished at the old harbour in Gdansk.";
    expect(
        shared,
        CLAIM,
        "The 2024 relay started and finished at the old harbour in Gdansk",
    );
}

#[test]
fn a_negated_predicate_after_but_is_a_claim_apart() {
    let text = "The mining firm applied for 12 permits in 2023 but had not received \
                any of them by June.";
    expect(
        text,
        CLAIM,
        "The mining firm applied for 12 permits in 2023",
    );
    expect(text, CLAIM, "had not received any of them by June");
    // An affirmative rider after " but " stays in the claim.
    let rider = "The mining firm applied for 12 permits in 2023 but was told to wait.";
    lacks(rider, CLAIM, "was told to wait");
}

#[test]
fn an_earlier_figure_and_a_first_time_tail_are_claims_apart() {
    let text = "Wheat exports rose to 4.2 million tonnes in 2025, up from 3.1 million \
                tonnes a year earlier.";
    expect(
        text,
        CLAIM,
        "Wheat exports rose to 4.2 million tonnes in 2025",
    );
    expect(text, CLAIM, "up from 3.1 million tonnes a year earlier");
    let first = "A Peruvian crew won the 2026 regatta on Sunday, the first time a team \
                 from South America has taken the trophy.";
    expect(
        first,
        CLAIM,
        "A Peruvian crew won the 2026 regatta on Sunday",
    );
    expect(
        first,
        CLAIM,
        "the first time a team from South America has taken the trophy",
    );
    // No figure before ", up from …": the clause stays whole.
    let whole = "Smoke drifted over the valley on Sunday, up from the burning farms.";
    lacks(whole, CLAIM, "up from the burning farms");
}
