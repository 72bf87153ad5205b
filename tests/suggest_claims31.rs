//! Claim and speculation constructions (session 31), each on sentences
//! written for this test: ", and that" carries the report after a comma; a
//! ", so" result clause is a clause apart; a request to the reader ("please",
//! "We recommend …") is no claim and no speculation; a speaker introduced
//! before a colon is no claim; "no plans to" is a fact, not a guess; a
//! reporting verb under a hedge is speculation over what it reports; two
//! subjects joined by "and" stay one subject; an ordinal or partitive
//! ranking tail is a claim apart; a lower-case sentence after "Update:" is
//! no page furniture.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_comma_and_that_carries_the_report() {
    let text = "The ferry operator said its ship left port at dawn, and that the crossing \
                took the passengers through heavy fog.";
    expect(
        text,
        CLAIM,
        "the crossing took the passengers through heavy fog",
    );
}

#[test]
fn a_comma_and_that_after_a_hedge_is_still_told() {
    let text = "Inspectors said the grain had probably spoiled in storage, and that the \
                warehouse roof leaked badly.";
    expect(text, SPECULATION, "had probably spoiled in storage");
    expect(text, CLAIM, "the warehouse roof leaked badly");
}

#[test]
fn a_so_result_clause_is_a_clause_apart() {
    let text = "The pump station said the river had risen 2 metres overnight, so the lower \
                road was closed to traffic.";
    expect(text, CLAIM, "the river had risen 2 metres overnight");
    expect(text, CLAIM, "the lower road was closed to traffic");
    let hedged = "The bulletin said the convoy did not cross the border, so it is unlikely to \
                  be stopped.";
    expect(hedged, CLAIM, "the convoy did not cross the border");
    expect(hedged, SPECULATION, "is unlikely to be stopped");
}

#[test]
fn a_request_is_no_claim_and_no_hedge() {
    let text = "Nothing about the guests, please. We recommend a budget of 2 billion won for \
                the repairs. Please keep speculation about the cargo labelled as such.";
    lacks(text, CLAIM, "Nothing about the guests, please");
    lacks(
        text,
        CLAIM,
        "We recommend a budget of 2 billion won for the repairs",
    );
    lacks(
        text,
        SPECULATION,
        "speculation about the cargo labelled as such",
    );
}

#[test]
fn a_speaker_introduced_before_a_colon_is_no_claim() {
    let text = "Third guest, a fisherman from Sokcho who has sailed for decades: he said the \
                catch fell 30 percent.";
    lacks(
        text,
        CLAIM,
        "Third guest, a fisherman from Sokcho who has sailed for decades",
    );
    expect(text, CLAIM, "the catch fell 30 percent");
}

#[test]
fn no_plans_to_is_a_fact() {
    let text = "The city said it had no plans to close the market this year.";
    expect(text, CLAIM, "it had no plans to close the market this year");
    lacks(text, SPECULATION, "plans to close the market this year");
}

#[test]
fn a_hedged_reporting_verb_is_speculation_over_what_it_reports() {
    let text = "Shipowners will probably argue that the storm was an act of God.";
    expect(
        text,
        SPECULATION,
        "will probably argue that the storm was an act of God",
    );
    lacks(text, CLAIM, "the storm was an act of God");
}

#[test]
fn two_subjects_joined_by_and_stay_one_subject() {
    let text = "7. Kim Min-ho and his brother did not attend the hearing on Monday.";
    expect(
        text,
        CLAIM,
        "Kim Min-ho and his brother did not attend the hearing on Monday",
    );
}

#[test]
fn an_ordinal_or_partitive_ranking_tail_is_a_claim_apart() {
    let first = "Exports rose to 12,000 tonnes in May, the first increase in two years.";
    expect(first, CLAIM, "Exports rose to 12,000 tonnes in May");
    expect(first, CLAIM, "the first increase in two years");
    let partitive = "The region had 40,000 cases in 2024, one of the highest rates in the country.";
    expect(partitive, CLAIM, "one of the highest rates in the country");
}

#[test]
fn a_sentence_after_an_update_label_is_a_claim() {
    let text = "Update: a local reporter filmed the convoy at 14:10 heading north.";
    expect(
        text,
        CLAIM,
        "a local reporter filmed the convoy at 14:10 heading north",
    );
}
