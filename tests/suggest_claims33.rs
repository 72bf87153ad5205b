//! Claim constructions (session 33), each on sentences written for this
//! test: ", after" and a clause with its own subject is an earlier event, a
//! claim apart from the one it explains; the clause after ", when" that
//! follows a hedge (or a date) is a claim even with no number or name in it;
//! a clause whose own verb is "should", with no source next to it, is the
//! writer's advice, no claim.

mod common;

use common::suggested::{expect, no};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn after_and_a_clause_is_a_claim_apart() {
    let text = "The council raised the fee for parking on 3 May, after residents in the two \
                streets complained for several weeks.";
    expect(
        text,
        CLAIM,
        "The council raised the fee for parking on 3 May",
    );
    expect(
        text,
        CLAIM,
        "residents in the two streets complained for several weeks",
    );
    // "after" and a noun phrase stays in the claim.
    let phrase = "The ferry service resumed on 4 June, after a pause of almost two years.";
    expect(
        phrase,
        CLAIM,
        "The ferry service resumed on 4 June, after a pause of almost two years",
    );
}

#[test]
fn the_time_clause_after_a_hedge_is_a_claim() {
    let text = "Prices were likely to ease in February, when the harvest peaks and imports \
                usually rise.";
    expect(text, SPECULATION, "were likely to ease in February");
    expect(text, CLAIM, "the harvest peaks and imports usually rise");
}

#[test]
fn should_in_the_writers_voice_is_no_claim() {
    let text = "Residents with fever and chills should be tested at a public health centre.";
    no(text, CLAIM);
    // Told by a source it is a claim.
    let told = "The ministry said all parties should exercise restraint at the border.";
    expect(
        told,
        CLAIM,
        "all parties should exercise restraint at the border",
    );
}
