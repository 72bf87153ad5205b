//! Hedge openings (session 21), on sentences written for this test with
//! look-alikes that must not change: a leading "If …," condition is part of
//! the guess that follows from it, a question clause is part of the
//! "is unclear" it is the subject of, and "looks like" hedges.

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_leading_condition_joins_the_hedge_after_it() {
    let modal = "If the levee holds through Sunday, the lower town may escape the flood.";
    expect(
        modal,
        SPECULATION,
        "If the levee holds through Sunday, the lower town may escape the flood",
    );
    let adverb = "\"If tourists come back, perhaps the hotels reopen,\" the mayor said.";
    expect(
        adverb,
        SPECULATION,
        "If tourists come back, perhaps the hotels reopen",
    );
    lacks(adverb, CLAIM, "If tourists come back");
    let unless = "Unless the senate acts, the subsidy could lapse in April.";
    expect(
        unless,
        SPECULATION,
        "Unless the senate acts, the subsidy could lapse in April",
    );
    // Look-alikes: a condition inside the sentence, a leading time clause.
    let inside = "The subsidy could lapse in April if the senate does not act.";
    expect(
        inside,
        SPECULATION,
        "could lapse in April if the senate does not act",
    );
    let time = "After the levee broke, the lower town may have lost its bridge.";
    expect(time, SPECULATION, "may have lost its bridge");
}

#[test]
fn a_question_subject_joins_a_predicate_of_doubt() {
    let text = "Whether the pipeline reaches the coast by 2030 is unclear.";
    expect(
        text,
        SPECULATION,
        "Whether the pipeline reaches the coast by 2030 is unclear",
    );
    let how = "How the prisoners left the compound remains uncertain.";
    expect(
        how,
        SPECULATION,
        "How the prisoners left the compound remains uncertain",
    );
    // A noun subject: the hedge opens at its predicate.
    let noun = "The pipeline's route is unclear.";
    expect(noun, SPECULATION, "is unclear");
}

#[test]
fn looks_like_hedges_what_something_probably_is() {
    let text = "\"This looks more like a budget problem than a strike,\" the union said.";
    expect(
        text,
        SPECULATION,
        "looks more like a budget problem than a strike",
    );
    let plain = "The fire looks like arson to the insurers.";
    expect(plain, SPECULATION, "looks like arson to the insurers");
    // What something looks like: a description, no guess.
    let look = "Nobody knows what the new terminal looks like inside.";
    common::suggested::no(look, SPECULATION);
}

#[test]
fn a_longer_cue_glued_to_the_next_word_leaves_the_modal() {
    let text = "The night curfew could become permanent after the March vote.";
    expect(
        text,
        SPECULATION,
        "could become permanent after the March vote",
    );
    let may = "Ferry fares may become cheaper once the second pier opens.";
    expect(
        may,
        SPECULATION,
        "may become cheaper once the second pier opens",
    );
    // The longer cue itself still matches.
    let be = "The night curfew could be lifted after the March vote.";
    expect(be, SPECULATION, "could be lifted after the March vote");
}

#[test]
fn a_bracketed_paragraph_number_is_no_part_of_the_claim() {
    let text = "Ruling\n\n[7] The shipping firm paid the harbour fine in full in August 2022.\n";
    expect(
        text,
        CLAIM,
        "The shipping firm paid the harbour fine in full in August 2022",
    );
    lacks(
        text,
        CLAIM,
        "7] The shipping firm paid the harbour fine in full in August 2022",
    );
}

#[test]
fn a_bare_but_rider_of_the_same_subject_stays_in_the_hedge() {
    let adjective = "The new ferry line could be a slow but reliable link for the islands.";
    expect(
        adjective,
        SPECULATION,
        "could be a slow but reliable link for the islands",
    );
    let predicate = "The repair bill is probably modest but worries the smaller towns.";
    expect(
        predicate,
        SPECULATION,
        "is probably modest but worries the smaller towns",
    );
    // Look-alikes: a clause with its own subject, a rider hedged on its own.
    let own = "Rents may rise in March but the council froze them in 2024.";
    expect(own, SPECULATION, "may rise in March");
    let hedged = "Rents may rise in March but are unlikely to double.";
    lacks(
        hedged,
        SPECULATION,
        "may rise in March but are unlikely to double",
    );
}

#[test]
fn a_but_after_a_comma_and_a_quote_is_no_rider() {
    let text = "\"A strike might win nothing,\" she said, \"but waiting wins nothing for sure.\"";
    lacks(
        text,
        SPECULATION,
        "might win nothing,\" she said, \"but waiting wins nothing for sure",
    );
    let quoted = "The talks might win nothing, \"but waiting wins nothing for sure.\"";
    expect(quoted, SPECULATION, "might win nothing");
}
