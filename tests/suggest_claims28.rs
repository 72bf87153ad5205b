//! Claim extents (session 28): a noun phrase after a claim's last comma
//! that sums up or describes what the clause said (", *a gap of almost five
//! hours*", ", *an increase of about 40 percent*") is a claim of its own;
//! a list, a short tail, a person's description, a clause after a leading
//! phrase and a hedge's tail are not. Each on sentences written for this
//! test.

mod common;

use common::suggested::{builtin_on, expect, lacks};

const CLAIM: &str = "claim";

#[test]
fn a_describing_noun_phrase_is_a_claim_of_its_own() {
    let text = "The ferry's tracker sent no signal between 04:10 and 09:40 on Sunday, \
                a gap longer than any in its records.";
    expect(
        text,
        CLAIM,
        "The ferry's tracker sent no signal between 04:10 and 09:40 on Sunday",
    );
    expect(text, CLAIM, "a gap longer than any in its records");
}

#[test]
fn an_apposition_with_a_figure_comma_is_one_tail() {
    let text = "The customs office said the buyer was a firm in Penang, a shell \
                registered in 2021 with 5,000 ringgit of capital.";
    expect(text, CLAIM, "the buyer was a firm in Penang");
    expect(
        text,
        CLAIM,
        "a shell registered in 2021 with 5,000 ringgit of capital",
    );
}

#[test]
fn offsets_are_chars_after_hangul_and_emoji() {
    let text = "🚢 The 해양 3호 reached Busan at 06:00, an arrival nine hours behind schedule.";
    expect(text, CLAIM, "The 해양 3호 reached Busan at 06:00");
    expect(text, CLAIM, "an arrival nine hours behind schedule");
}

#[test]
fn a_list_or_a_short_tail_stays_in_the_claim() {
    let text = "The grant covers the rent, a phone contract and the first gas bill.";
    expect(
        text,
        CLAIM,
        "The grant covers the rent, a phone contract and the first gas bill",
    );
    let text = "Turnout in the county reached 81 percent, a record.";
    expect(
        text,
        CLAIM,
        "Turnout in the county reached 81 percent, a record",
    );
}

#[test]
fn a_description_of_a_person_is_no_claim() {
    let text = "The programme interviewed Han Mi-rae, a retired ferryman from Mokpo.";
    lacks(text, CLAIM, "a retired ferryman from Mokpo");
}

#[test]
fn a_leading_phrase_keeps_its_clause_whole() {
    let text = "On Monday afternoon, a man was arrested at the port of Donghae.";
    lacks(text, CLAIM, "a man was arrested at the port of Donghae");
    let found = builtin_on(text);
    assert!(
        !found
            .iter()
            .any(|s| s.label == CLAIM && text.chars().skip(s.start).take(2).eq("a ".chars())),
        "{found:#?}"
    );
}

#[test]
fn an_agent_noun_inside_a_relative_clause_keeps_the_tail() {
    let text = "The dam's gauge logged no reading from 02:00 to 07:30, \
                a gap the operator blamed on a faulty cable.";
    expect(
        text,
        CLAIM,
        "The dam's gauge logged no reading from 02:00 to 07:30",
    );
    expect(text, CLAIM, "a gap the operator blamed on a faulty cable");
    // The person's description stays no claim.
    let text = "The broadcast quoted Park Eun-ji, a retired ferryman from Mokpo.";
    lacks(text, CLAIM, "a retired ferryman from Mokpo");
}

#[test]
fn a_repeated_auxiliary_after_a_described_source_is_a_second_claim() {
    let text = "An engineer who had inspected the dam and asked not to be named said \
                the county had closed the spillway in March and had warned the farms downstream.";
    expect(text, CLAIM, "the county had closed the spillway in March");
    expect(text, CLAIM, "had warned the farms downstream");
}

#[test]
fn a_quantified_second_subject_is_a_second_claim() {
    let text = "Dealers in Ilsan said bookings had fallen by a third since May \
                and several tenants had broken their leases early.";
    expect(text, CLAIM, "bookings had fallen by a third since May");
    expect(text, CLAIM, "several tenants had broken their leases early");
}
