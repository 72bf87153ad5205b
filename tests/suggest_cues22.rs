//! Attribution cues in running prose (session 22): "citing" an unnamed
//! person described by trade and place, "according to" a dated or described
//! document by its author, and a reporting verb in a relative clause after a
//! name (", which said"). Each on sentences written for this test, with
//! look-alikes that must not fire.

mod common;

use common::suggested::{attribution_quotes, expect, no_attribution_holds, source_of};

#[test]
fn citing_an_unnamed_person_by_trade_and_place() {
    let text = "The mill shut last week, the Harbin Evening News reported, citing a \
                mill supervisor in Tongjiang.";
    expect(text, "attribution", "citing a mill supervisor in Tongjiang");
    assert_eq!(source_of(text, "supervisor", 0), "unnamed sources");
    let text = "Ticket prices doubled, the weekly said, citing an unnamed council member.";
    expect(text, "attribution", "citing an unnamed council member");
    assert_eq!(source_of(text, "council member", 0), "unnamed sources");
    // Korean place name and curly quotes around the sentence do not matter.
    let text = "“Buses ran again,” the site reported, citing two people at bus firms in 연길.";
    expect(
        text,
        "attribution",
        "citing two people at bus firms in 연길",
    );
    let text = "Rents rose by a third, the paper said, citing a price list circulated to \
                landlords.";
    expect(
        text,
        "attribution",
        "citing a price list circulated to landlords",
    );
}

#[test]
fn citing_a_reason_or_a_body_is_not_an_unnamed_person() {
    for text in [
        "The bank cut rates on Monday, citing a decline in exports.",
        "The judge adjourned the case, citing a computer error.",
        "The club withdrew, citing a number of reasons.",
        "The article made the claim without citing a driver or a guard.",
    ] {
        assert!(
            attribution_quotes(text)
                .iter()
                .all(|q| !q.starts_with("citing")),
            "{text:?}: {:?}",
            attribution_quotes(text)
        );
    }
    // A body after "at" is the body's official, not an unnamed person.
    let text = "Exports fell, the daily said, citing an official at the Fisheries Ministry.";
    assert_ne!(source_of(text, "citing", 0), "unnamed sources");
}

#[test]
fn a_dated_document_by_its_author() {
    let text = "The tanker carried coal in 2019, according to a 2021 report by the \
                Stimson Center.";
    expect(
        text,
        "attribution",
        "according to a 2021 report by the Stimson Center",
    );
    assert_eq!(source_of(text, "2021 report", 0), "Stimson Center");
    let text = "Most teenagers saw it as a separate country, citing a 2024 survey by the \
                Marlow Institute.";
    assert_eq!(source_of(text, "survey", 0), "Marlow Institute");
    // No author: "by" opens a means, not a name.
    no_attribution_holds(
        "The ship was seized, according to a 2021 report by boat.",
        "report",
    );
}

#[test]
fn a_reporting_verb_after_which_or_who() {
    let text = "The letter was posted on the website of the Harbour Rowing Club, which \
                said it had gathered the names over a week.";
    expect(text, "attribution", "which said");
    assert_eq!(source_of(text, "which said", 0), "Harbour Rowing Club");
    let text = "The paper carried a comment from Lin Hao, a scholar at Fudan University, \
                who said the drills were to blame.";
    assert_eq!(source_of(text, "who said", 0), "experts");
    // No name before the pronoun: nothing.
    no_attribution_holds(
        "They signed the letter, which said little about the ban.",
        "which said",
    );
}
