//! Claim shapes (session 19), on sentences written for this test with
//! look-alikes that must not change: a leading item number is no part of a
//! claim and a run-in item heading is none; a second fact after a comma
//! (", of which …", ", among them …", ", from <figure> …", ", to be <done> …")
//! is a claim of its own; ", citing …" ends a claim.

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::CLAIM;

#[test]
fn an_item_number_is_no_part_of_a_claim() {
    let text = "Harbour Board\n\n\
                4.2 The treasurer said the board had spent 30,000 euros on dredging in May.\n\n\
                4.3 Report of the auditor. The auditor said the accounts had been filed on time.\n";
    expect(
        text,
        CLAIM,
        "the board had spent 30,000 euros on dredging in May",
    );
    lacks(text, CLAIM, "Report of the auditor");
    lacks(text, CLAIM, "4.3 Report of the auditor");
    // A figure at the start of a line is no item number.
    let figure = "Port report\n\n3.5 percent of the cargo was lost in the storm, the board said.\n";
    expect(
        figure,
        CLAIM,
        "3.5 percent of the cargo was lost in the storm",
    );
}

#[test]
fn a_second_fact_after_a_comma_is_a_claim_of_its_own() {
    let text = "The charity said it had raised 90,000 pounds this winter, \
                of which 20,000 pounds came from a single donor.";
    expect(text, CLAIM, "it had raised 90,000 pounds this winter");
    expect(
        text,
        CLAIM,
        "of which 20,000 pounds came from a single donor",
    );
    let among = "The club said the academy trains about 300 players, among them 40 goalkeepers.";
    expect(among, CLAIM, "among them 40 goalkeepers");
    let from =
        "The insurer said claims fell to 41 percent in 2024, from 57 percent a year earlier.";
    expect(from, CLAIM, "claims fell to 41 percent in 2024");
    expect(from, CLAIM, "from 57 percent a year earlier");
    let then = "The council voted to keep the 2 million pounds in the budget, \
                to be spent only after a survey of the pier.";
    expect(then, CLAIM, "to be spent only after a survey of the pier");
}

#[test]
fn a_range_or_an_aside_stays_whole() {
    let range = "The museum said the exhibition would be open every day, from 10 to 6.";
    lacks(range, CLAIM, "from 10 to 6");
    let fair = "The bakery sold 400 loaves on Friday, to be fair a quiet day.";
    lacks(fair, CLAIM, "to be fair a quiet day");
}

#[test]
fn a_cited_source_ends_the_claim() {
    let text = "The rail operator said the line was safe to reopen, \
                citing an engineer's report from last week.";
    expect(text, CLAIM, "the line was safe to reopen");
}

#[test]
fn a_frame_cut_off_by_a_second_source_is_no_claim() {
    let text = "The mayor noted that the Herald had reported on Friday, citing a clerk, \
                that the pool had been closed for repairs.";
    lacks(text, CLAIM, "The mayor noted that");
    // A frame with its clause keeps the clause as a claim.
    let whole = "The mayor noted that the pool had been closed for repairs since June.";
    expect(
        whole,
        CLAIM,
        "the pool had been closed for repairs since June",
    );
}
