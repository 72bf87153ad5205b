//! Cues no rule read and a cue's extent (session 30): a plain subject after
//! a dateline ("SHENYANG — *The Polish consulate said*"); a naming verb
//! whose definite object a quote labels ("*The agency called* the order
//! “…” and *said* …"); "according to" a described name or a reckoning's
//! author ("according to *the ship-tracking firm* SeaLens", "according to
//! *a count by* Yonhap"); a subject a participle and its agent describe
//! ("*Economists polled by* the Daily said"); an inverted "said one, who
//! …"; no one for a subject ("“*Nobody* quotes …”").
//! Sentences written for this test, with near misses.

mod common;

use common::suggested::{expect, lacks, source_of};

#[test]
fn a_plain_subject_after_a_dateline() {
    let text = "SHENYANG — The Polish consulate said the two men had been released.";
    expect(text, "attribution", "The Polish consulate said");
    let text = "GANGNEUNG, May 2 — A man who crossed the border last week told \
                investigators he had walked for two days.";
    expect(
        text,
        "attribution",
        "A man who crossed the border last week told investigators",
    );
}

#[test]
fn a_verb_before_a_dash_is_no_dateline() {
    // Not capitals before the dash: the sentence is read whole.
    let text = "The Polish consulate said — after a long wait — that the men were free.";
    expect(text, "attribution", "The Polish consulate said");
}

#[test]
fn a_naming_verb_with_a_definite_object_ends_at_the_verb() {
    let text = "The harbour board issued a notice. The agency called the order “a \
                measure to protect the crews” and said violators would be fined.";
    expect(text, "attribution", "The agency called");
    expect(text, "attribution", "said");
    // The quoted opinion of the object is no claim.
    lacks(text, "claim", "the order “a measure to protect the crews”");
    let text = "Representative Ana Ruiz, a Texas Republican, called the offer \"overdue\".";
    expect(
        text,
        "attribution",
        "Representative Ana Ruiz, a Texas Republican, called",
    );
}

#[test]
fn a_document_already_attributed_keeps_its_label_a_claim() {
    // The statement's source was told before the verb: no second attribution.
    let text = "The statement, carried by KCNA, called the activists “human scum”.";
    lacks(
        text,
        "attribution",
        "The statement, carried by KCNA, called",
    );
    // A meeting is called, not labelled.
    let text = "The mayor called the meeting to order at noon.";
    lacks(text, "attribution", "The mayor called");
}

#[test]
fn according_to_a_described_name() {
    let text = "The tanker is 21 years old, according to the ship-tracking firm SeaLens.";
    expect(
        text,
        "attribution",
        "according to the ship-tracking firm SeaLens",
    );
    assert_eq!(source_of(text, "SeaLens", 0), "SeaLens");
}

#[test]
fn according_to_a_reckoning_by_its_author() {
    let text = "The paper mentioned the rate twice this year, according to a count by \
                Yonhap.";
    expect(text, "attribution", "according to a count by Yonhap");
    let text = "Hundreds of trawlers were seen in October, according to an analysis of \
                radar images published last month by Global Fishing Watch.";
    expect(
        text,
        "attribution",
        "according to an analysis of radar images published last month by Global \
         Fishing Watch",
    );
}

#[test]
fn a_subject_described_by_a_participle_and_its_agent() {
    let text = "Economists polled by the Hanul Daily said the report would probably \
                show slower growth.";
    expect(
        text,
        "attribution",
        "Economists polled by the Hanul Daily said",
    );
    let text = "A typical wage is about 5,000 won, defectors interviewed by this desk \
                said, enough for a kilogram of rice.";
    expect(
        text,
        "attribution",
        "defectors interviewed by this desk said",
    );
    let text = "Shipping receipts obtained by the Harbour Times show the panels left \
                Dalian in May.";
    expect(
        text,
        "attribution",
        "Shipping receipts obtained by the Harbour Times show",
    );
}

#[test]
fn a_subordinate_clause_is_no_agent_subject() {
    let text = "After boats seized by the coast guard returned, the ministry said the \
                crews were safe.";
    lacks(
        text,
        "attribution",
        "After boats seized by the coast guard returned, the ministry said",
    );
    expect(text, "attribution", "the ministry said");
}

#[test]
fn said_one_of_a_group_with_a_description() {
    let text = "Traders in Dandong said the yuan had replaced the won. \"Nobody quotes a \
                price in won any more,\" said one, who trades cooking oil across the Yalu.";
    expect(
        text,
        "attribution",
        "said one, who trades cooking oil across the Yalu",
    );
    lacks(text, "attribution", "Nobody quotes");
}

#[test]
fn a_forecast_with_an_object_after_an_appositive() {
    let text = "Chip exports rose 21 percent, the customs service said. Park Sol-mi, chief \
                economist at Daesung Investment, expects the pace to slow in December.";
    expect(
        text,
        "attribution",
        "Park Sol-mi, chief economist at Daesung Investment, expects",
    );
    expect(text, "speculation", "the pace to slow in December");
}
