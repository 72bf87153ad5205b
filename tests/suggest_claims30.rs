//! Claim extents (session 30): a run-in heading in capitals that opens each
//! entry of a series is no claim; disclosure framing (the article pointing
//! to what follows "below", an editor's note, a source's wish to stay
//! unnamed) is no claim; an absolute phrase with a fact of its own after
//! ", with" is a claim apart; a "<noun> of which" tail is a clause of its
//! own; a modal inside "how much …" governed by a verb is no hedge; "X
//! suggest that …" hedges as "suggests that" does; "Times are … time" is
//! page furniture. Each on sentences written for this test.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn run_in_headings_in_capitals_are_no_claims() {
    let text = "Harbour words from A to Z\n\n\
                A is for ANCHORAGE. The port authority opened a new anchorage in 2019.\n\n\
                B is for BUNKERING. Fuel barges served 40 ships in March, the authority said.\n";
    lacks(text, CLAIM, "A is for ANCHORAGE");
    lacks(text, CLAIM, "B is for BUNKERING");
    expect(
        text,
        CLAIM,
        "The port authority opened a new anchorage in 2019",
    );
}

#[test]
fn a_lone_sentence_ending_in_an_acronym_stays_a_claim() {
    let text = "The contract was signed by KORAIL. It runs until 2030.\n\nOther news.";
    expect(text, CLAIM, "The contract was signed by KORAIL");
}

#[test]
fn layout_pointers_and_editor_notes_are_no_claims() {
    let text = "The Coastal Herald obtained five letters sent in May by a shipping agent. \
                We publish three of them below. Bank details have been redacted. \
                Both recipients asked not to be named.";
    expect(
        text,
        CLAIM,
        "The Coastal Herald obtained five letters sent in May by a shipping agent",
    );
    lacks(text, CLAIM, "We publish three of them below");
    lacks(text, CLAIM, "Bank details have been redacted");
    lacks(text, CLAIM, "Both recipients asked not to be named");
}

#[test]
fn below_before_a_figure_is_still_a_claim() {
    let text = "The town's population fell below 30,000 in 2024.";
    expect(
        text,
        CLAIM,
        "The town's population fell below 30,000 in 2024",
    );
}

#[test]
fn an_absolute_phrase_with_a_fact_is_a_claim_apart() {
    let text = "Wholesale prices of cabbage rose to a record on Tuesday, with a \
                10-kilogram net fetching 31,000 won at auction.";
    expect(
        text,
        CLAIM,
        "Wholesale prices of cabbage rose to a record on Tuesday",
    );
    expect(
        text,
        CLAIM,
        "a 10-kilogram net fetching 31,000 won at auction",
    );
}

#[test]
fn a_companion_after_with_stays_in_the_claim() {
    let text = "The ferry reached Ulleung Island on Monday, with its radar missing.";
    expect(
        text,
        CLAIM,
        "The ferry reached Ulleung Island on Monday, with its radar missing",
    );
}

#[test]
fn a_noun_of_which_tail_is_a_clause_of_its_own() {
    let text = "The agent said the crew had signed new contracts in March, \
                copies of which were sent to the ministry.";
    expect(text, CLAIM, "the crew had signed new contracts in March");
}

#[test]
fn a_modal_inside_how_much_is_no_hedge() {
    let text =
        "In 2009 the bank limited how much cash people could withdraw, wiping out many savings.";
    expect(
        text,
        CLAIM,
        "In 2009 the bank limited how much cash people could withdraw, wiping out many savings",
    );
    lacks(text, SPECULATION, "could withdraw, wiping out many savings");
}

#[test]
fn a_plural_suggest_that_hedges() {
    let text = "The shipping records suggest that the cargo was meant for Nampo.";
    expect(
        text,
        SPECULATION,
        "suggest that the cargo was meant for Nampo",
    );
}

#[test]
fn a_time_zone_note_is_no_claim() {
    let text = "Compiled by the foreign desk. Times are Tokyo time. \
                The ministry opened a new office in Osaka on Monday.";
    lacks(text, CLAIM, "Times are Tokyo time");
    expect(
        text,
        CLAIM,
        "The ministry opened a new office in Osaka on Monday",
    );
}
