//! Cues and span edges the rules missed (session 17): a doubt voiced with
//! "questioned whether", a stance held "long" ("have long argued"), "as
//! relayed by", a possessive pronoun kept at a subject's start after "and"
//! ("and *their* lawyers argue"), a medium's name after "told public
//! broadcaster", a named place after "outside the court". Each on sentences
//! written for the test, with look-alikes that must not change.

mod common;

use common::suggested::{expect, lacks, no_attribution_holds, source_of};
use marginalia::suggest::ATTRIBUTION;

#[test]
fn a_doubt_voiced_with_questioned_whether() {
    expect(
        "The dam was rebuilt in 2015; analysts have questioned whether the repair held.",
        ATTRIBUTION,
        "analysts have questioned",
    );
    // Questioning a person, or a thing, reports nothing.
    no_attribution_holds(
        "Detectives questioned the driver for two hours.",
        "questioned",
    );
    no_attribution_holds("Officials questioned the figures at length.", "questioned");
    // The noun is no cue.
    no_attribution_holds(
        "A second audit would probably settle the question, the mayor said.",
        "question",
    );
}

#[test]
fn a_stance_held_long() {
    expect(
        "Rail safety experts have long argued that the bridge needs new piers.",
        ATTRIBUTION,
        "Rail safety experts have long argued",
    );
    // "long" as an adjective before a noun changes nothing.
    no_attribution_holds("The long argument ended at dawn.", "long");
}

#[test]
fn as_relayed_by_a_body() {
    expect(
        "As relayed by the coast guard, the notice asks ferries to stay in port.",
        ATTRIBUTION,
        "As relayed by the coast guard",
    );
    assert_eq!(
        source_of(
            "As relayed by the coast guard, the notice asks ferries to stay in port.",
            "relayed",
            0
        ),
        "coast guard"
    );
    // A thing relayed by a cable is no source's account.
    no_attribution_holds(
        "The signal was relayed by cable to the valley town.",
        "relayed",
    );
}

#[test]
fn a_possessive_pronoun_opens_the_subject() {
    expect(
        "The nurses were exhausted, and their lawyers argue the shifts broke the law.",
        ATTRIBUTION,
        "their lawyers argue",
    );
    lacks(
        "The nurses were exhausted, and their lawyers argue the shifts broke the law.",
        ATTRIBUTION,
        "lawyers argue",
    );
}

#[test]
fn a_medium_named_after_told() {
    expect(
        "A ward nurse told public broadcaster RTE that the clinic was full.",
        ATTRIBUTION,
        "A ward nurse told public broadcaster RTE",
    );
    expect(
        "A ward nurse told the weekly Der Spiegel on Monday that the clinic was full.",
        ATTRIBUTION,
        "A ward nurse told the weekly Der Spiegel on Monday",
    );
    // A medium with no name after it keeps its edge.
    expect(
        "A ward nurse told the local broadcaster that the clinic was full.",
        ATTRIBUTION,
        "A ward nurse told the local broadcaster",
    );
}

#[test]
fn a_place_after_outside_the_court() {
    expect(
        "The defence lawyer told reporters outside the court in Galway. \"We will appeal.\"",
        ATTRIBUTION,
        "The defence lawyer told reporters outside the court in Galway",
    );
    // A place that is not named stays out.
    expect(
        "The defence lawyer told reporters outside the court in the rain that they would appeal.",
        ATTRIBUTION,
        "The defence lawyer told reporters outside the court",
    );
}
