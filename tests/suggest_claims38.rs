//! Claim constructions (session 38), each on sentences written for this
//! test: a clock time or a part of a figure opening the sentence ("At 06:15
//! …", "Of the 410 members, …") opens a claim; a whole clause after a
//! claim of figures and ";" is a claim; a second predicate opening "and
//! has/have" is one; an abbreviation's stop inside a second predicate ends
//! no clause; a tail setting the figure against a named threshold (",
//! below the 45 percent minimum …") and a tail whose figure has two parts
//! (", a delay of 3 hours and 25 minutes") are claims of their own.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";

#[test]
fn a_clock_time_opens_a_claim() {
    let text = "At 06:15 the second ferry left Mokpo with 212 passengers.";
    expect(
        text,
        CLAIM,
        "At 06:15 the second ferry left Mokpo with 212 passengers",
    );
    let text = "At 9 a.m. the lift at Seoraksan stopped on a power fault.";
    expect(
        text,
        CLAIM,
        "At 9 a.m. the lift at Seoraksan stopped on a power fault",
    );
}

#[test]
fn a_part_of_a_figure_opens_a_claim() {
    let text = "Of the 410 members, 212 are rice farmers.";
    expect(text, CLAIM, "Of the 410 members, 212 are rice farmers");
}

#[test]
fn a_whole_clause_after_a_claim_of_figures_and_a_semicolon_is_a_claim() {
    let text =
        "The depot shipped 3,400 tonnes of cement in May; the rest went to two building sites.";
    expect(
        text,
        CLAIM,
        "The depot shipped 3,400 tonnes of cement in May",
    );
    expect(text, CLAIM, "the rest went to two building sites");
    let text = "Orders over 20 kg are checked by hand; the driver was a trading firm employee.";
    expect(text, CLAIM, "the driver was a trading firm employee");
    // A note on itself after a claim with no figure stays unmarked.
    let text = "Letters are edited for length; the names are ours.";
    lacks(text, CLAIM, "the names are ours");
}

#[test]
fn a_second_predicate_after_and_has_is_a_claim() {
    let text = "The fishing club has sold its clubhouse for 90 million won and has moved its meetings to the library.";
    expect(
        text,
        CLAIM,
        "The fishing club has sold its clubhouse for 90 million won",
    );
    expect(text, CLAIM, "has moved its meetings to the library");
    // After a state ("has been …", "has ties …") the tally stays with it.
    let text = "The harbour board has been in charge of the pier since 2019 and has repaired it four times.";
    expect(
        text,
        CLAIM,
        "The harbour board has been in charge of the pier since 2019 and has repaired it four times",
    );
    // Too short to stand alone: one claim.
    let text = "Two of the 14 divers have radios and have reported in.";
    lacks(text, CLAIM, "have reported in");
}

#[test]
fn an_abbreviation_ends_no_second_predicate() {
    let text =
        "Repairs on the lighthouse began in April and stopped on Oct. 12 for the storm season.";
    expect(text, CLAIM, "Repairs on the lighthouse began in April");
    expect(text, CLAIM, "stopped on Oct. 12 for the storm season");
}

#[test]
fn a_figure_against_a_named_threshold_is_a_tail_claim() {
    let text = "The reservoir fell to 38 percent of capacity on 2 August, below the 45 percent minimum in the county's drought plan.";
    expect(
        text,
        CLAIM,
        "The reservoir fell to 38 percent of capacity on 2 August",
    );
    expect(
        text,
        CLAIM,
        "below the 45 percent minimum in the county's drought plan",
    );
    // "below" a place is no comparison.
    let text = "The reservoir fell to 38 percent of capacity on 2 August, below the bridge at the old mill.";
    lacks(text, CLAIM, "below the bridge at the old mill");
}

#[test]
fn a_figure_of_two_parts_keeps_an_apposition_whole() {
    let text = "The ferry docked at Mokpo at 11:40, a delay of 3 hours and 25 minutes.";
    expect(text, CLAIM, "The ferry docked at Mokpo at 11:40");
    expect(text, CLAIM, "a delay of 3 hours and 25 minutes");
    // A list of causes is no figure.
    let text = "The ferry docked at Mokpo at 11:40, a delay caused by fog and high winds.";
    lacks(text, CLAIM, "a delay caused by fog and high winds");
}
