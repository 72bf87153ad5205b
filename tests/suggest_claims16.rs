//! Claim and speculation bounds (session 16), on sentences written for this
//! test with look-alikes that must not change: a second predicate after
//! " and " that turns to a modal or a negation is a claim of its own ("…
//! and *had not* paid its staff"), a second "that" clause after " but " too
//! ("said A *but that* B"), while plain second verbs and short riders stay in
//! the first claim; a hedge ends before ", with …", whose circumstance may be
//! a claim.

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_negated_second_predicate_is_a_claim_apart() {
    let text = "The ferry company said it had sold two of its boats in 2025 \
                and had not paid its crews since the spring.";
    expect(text, CLAIM, "it had sold two of its boats in 2025");
    expect(text, CLAIM, "had not paid its crews since the spring");
}

#[test]
fn a_modal_second_predicate_is_a_claim_apart() {
    let text = "The union said the strike at the three ports had ended on Friday \
                and would not resume before the new contract talks in May.";
    expect(
        text,
        CLAIM,
        "the strike at the three ports had ended on Friday",
    );
    expect(
        text,
        CLAIM,
        "would not resume before the new contract talks in May",
    );
}

#[test]
fn plain_second_verbs_and_short_riders_stay_in_the_claim() {
    // Session 20 (claims20): a second past-tense predicate with an article or
    // pronoun after its verb is a claim of its own, as 8 annotated sets mark
    // it (3 keep it whole); one with a bare object stays in the claim.
    let text =
        "The 412 passengers left the harbour at 9 a.m. on Monday and reached the island by noon.";
    expect(
        text,
        CLAIM,
        "The 412 passengers left the harbour at 9 a.m. on Monday",
    );
    expect(text, CLAIM, "reached the island by noon");
    let bare = "The 412 passengers left the harbour at 9 a.m. on Monday and ate lunch on deck.";
    expect(
        bare,
        CLAIM,
        "The 412 passengers left the harbour at 9 a.m. on Monday and ate lunch on deck",
    );
    let rider =
        "The regional bank said its reserves were at a record 40 billion won and will stay so.";
    lacks(rider, CLAIM, "will stay so");
}

#[test]
fn but_that_opens_a_second_claim_of_the_source() {
    let text = "The port authority said the crane had been repaired on Tuesday \
                but that the two damaged berths would stay closed until March.";
    expect(text, CLAIM, "the crane had been repaired on Tuesday");
    expect(
        text,
        CLAIM,
        "the two damaged berths would stay closed until March",
    );
    // Without "that", the rider still joins the claim.
    let joined = "The port authority said the crane had been repaired on Tuesday \
                  but none of the 14 berths had reopened.";
    lacks(joined, CLAIM, "none of the 14 berths had reopened");
    // After ", but that" the clause need not be the source's: no claim is
    // made of it on that ground.
    let comma = "The port authority said the crane had been repaired, \
                 but that it is too soon to say whether it holds.";
    lacks(comma, CLAIM, "it is too soon to say whether it holds");
}

#[test]
fn a_hedge_ends_before_a_with_circumstance() {
    let text = "The timing could hardly be better for the growers, with the apple harvest three days away.";
    expect(text, SPECULATION, "could hardly be better for the growers");
    lacks(
        text,
        SPECULATION,
        "could hardly be better for the growers, with the apple harvest three days away",
    );
    // "with" without a comma belongs to the hedge.
    expect(
        "The two banks may merge with a smaller lender in 2028.",
        SPECULATION,
        "may merge with a smaller lender in 2028",
    );
}
