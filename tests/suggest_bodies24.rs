//! Bodies as sources (session 24): a body read back by its head noun reports
//! a finding ("The board found that …") as its documents do, and a
//! possessive pronoun with a document noun ("Its survey found") is the body
//! named before. Each on sentences written for this test, with look-alikes
//! that report nothing.

mod common;

use common::suggested::{builtin_on, has, lacks, source_of};
use marginalia::suggest::ATTRIBUTION;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_body_read_back_by_its_head_reports_a_finding() {
    let text = "SEOUL — The Korea Rail Safety Agency (KRSA) on Tuesday published its \
                findings on the derailment near Daejeon.\n\nThe agency found that a \
                cracked axle had gone unnoticed for weeks.";
    assert_eq!(source(text, "The agency found"), "KRSA");
    // No "that": a clause with its own verb.
    let text = "The Harbour Safety Agency (HSA) reviewed the ferry fund last year. \
                The agency concluded the fund had paid twice for one hull.";
    assert_eq!(source(text, "The agency concluded"), "HSA");
}

#[test]
fn a_body_finding_a_thing_is_no_attribution() {
    // A plain object: the agency found something, it reported nothing.
    let text = "The Korea Port Agency (KPA) moved in May. The agency found a new \
                office in Busan near the ferry terminal.";
    lacks(text, ATTRIBUTION, "The agency found");
    // A capitalised head is a name's word, read by the name rules, not here.
    let found =
        builtin_on("The Shipping Board found a buyer for the hull. The board found a buyer too.");
    assert!(!has(&found, ATTRIBUTION, "The board found"));
}

#[test]
fn its_document_is_the_body_named_before() {
    let text = "Tide Watch, a monitoring group in Mokpo, said catches fell last \
                year. Its survey found that 40% of boats stayed in port.";
    assert_eq!(source(text, "Its survey found"), "Tide Watch");
    // With curly quotes and Korean text before it, offsets are chars.
    let text = "“바다” means sea, Tide Watch said on Monday. “Its estimate assumes \
                that prices stay flat,” a member added.";
    assert!(builtin_on(text).iter().any(|s| s.label == ATTRIBUTION
        && s.quote.contains("Its estimate assumes")
        && s.source.as_deref() == Some("Tide Watch")));
}

#[test]
fn a_possessive_of_a_person_or_a_modified_document_is_not_read_here() {
    // "His survey": a person's, left to the person rules.
    let found =
        builtin_on("Kim Min-ji, a pollster, spoke. The firm's new survey found sales fell.");
    assert!(!has(&found, ATTRIBUTION, "Its survey found"));
    // A noun that is no document ("Its chief found") reports nothing here.
    lacks(
        "Tide Watch said catches fell. Its chief found a boat adrift.",
        ATTRIBUTION,
        "Its chief found",
    );
}
