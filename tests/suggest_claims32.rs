//! Claim and speculation constructions (session 32), each on sentences
//! written for this test: a figure compared with another after a comma is a
//! claim apart, and so is a "mostly for …" gloss of the figure; " and "
//! before a subject with no determiner (a bare noun, a counted noun) opens
//! a second claim; the writer's "would" before a figure states an estimate;
//! " but " before an active past predicate opens a second claim, "asked"
//! with an object included; "We have" with a deed and "Our staff" are no
//! writer's voice; a "that" after a pronoun clause is not the cue's; a
//! circumstance may run ten words before the cue's "that"; a note on the
//! document opening with a participle is no claim, nor is a label (a name,
//! a date) before a colon; "may" under a named rule is a permission.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_figure_compared_after_a_comma_is_a_claim_apart() {
    let text = "The river gauge at the bridge read 4.6 metres at noon, 0.4 metres under the \
                level at which villages are evacuated.";
    expect(
        text,
        CLAIM,
        "The river gauge at the bridge read 4.6 metres at noon",
    );
    expect(
        text,
        CLAIM,
        "0.4 metres under the level at which villages are evacuated",
    );
    let text = "The harbour office turned back 9 boats last week, four more than the week before.";
    expect(text, CLAIM, "four more than the week before");
}

#[test]
fn a_mostly_gloss_of_the_figure_is_a_claim_apart() {
    let text =
        "The mill sold 340 tonnes of flour in May, mostly to bakeries in the capital region.";
    expect(text, CLAIM, "The mill sold 340 tonnes of flour in May");
    expect(text, CLAIM, "mostly to bakeries in the capital region");
    // A list after "mainly" stays in the claim.
    let listed = "About 900 workers were still abroad in 2024, mainly in Laos and Vietnam.";
    lacks(listed, CLAIM, "mainly in Laos and Vietnam");
}

#[test]
fn and_before_a_bare_or_counted_subject_opens_a_second_claim() {
    let text = "Storms will reach the coast by Sunday afternoon and waves will rise to 4 metres.";
    expect(
        text,
        CLAIM,
        "Storms will reach the coast by Sunday afternoon",
    );
    expect(text, CLAIM, "waves will rise to 4 metres");
    let counted = "The clinic treated 1,200 patients in March and about 70 percent of them had \
                   travelled from other counties, the health office said.";
    expect(counted, CLAIM, "The clinic treated 1,200 patients in March");
    expect(
        counted,
        CLAIM,
        "about 70 percent of them had travelled from other counties",
    );
    let figure = "The bus carried 30 people and 12 were schoolchildren on their way to a contest.";
    expect(
        figure,
        CLAIM,
        "12 were schoolchildren on their way to a contest",
    );
    // A bare number with a short predicate, and two nouns after a
    // reporting verb, stay whole.
    let short = "Nine people have died and four are missing.";
    expect(short, CLAIM, "Nine people have died and four are missing");
    let nouns = "He said farmers and traders were better protected.";
    expect(nouns, CLAIM, "farmers and traders were better protected");
}

#[test]
fn would_before_a_figure_states_an_estimate() {
    let text = "The new subsidy would cost 2.3 billion won a year.";
    expect(
        text,
        CLAIM,
        "The new subsidy would cost 2.3 billion won a year",
    );
    lacks(text, SPECULATION, "would cost 2.3 billion won a year");
    // With a hedge or a condition it stays a guess.
    let hedged = "The new subsidy would probably cost 2.3 billion won a year.";
    expect(
        hedged,
        SPECULATION,
        "would probably cost 2.3 billion won a year",
    );
}

#[test]
fn but_before_an_active_past_predicate_opens_a_second_claim() {
    let text = "The council backed the plan but asked for the road to be widened over two years.";
    expect(text, CLAIM, "The council backed the plan");
    expect(
        text,
        CLAIM,
        "asked for the road to be widened over two years",
    );
    let reported = "The charity said it bought three tractors in June but rented them out to \
                    farmers for the summer.";
    expect(reported, CLAIM, "it bought three tractors in June");
    expect(reported, CLAIM, "rented them out to farmers for the summer");
}

#[test]
fn a_deed_in_the_first_person_is_a_claim() {
    let text = "We have bought 12 tonnes of fertiliser for the spring. Our staff were not \
                allowed into the camp this month. We have checked 12 of the records.";
    expect(
        text,
        CLAIM,
        "We have bought 12 tonnes of fertiliser for the spring",
    );
    expect(
        text,
        CLAIM,
        "Our staff were not allowed into the camp this month",
    );
    lacks(text, CLAIM, "We have checked 12 of the records");
}

#[test]
fn a_that_after_a_pronoun_clause_is_not_the_cues() {
    let text = "The port authority said it fined 14 trawlers that fished inside the closed zone \
                in April.";
    expect(
        text,
        CLAIM,
        "it fined 14 trawlers that fished inside the closed zone in April",
    );
}

#[test]
fn a_circumstance_may_run_long_before_the_cues_that() {
    let text = "The agency said in its annual review of the harbour that the channel had silted \
                up by 2 metres.";
    expect(text, CLAIM, "the channel had silted up by 2 metres");
}

#[test]
fn a_note_on_the_document_is_no_claim() {
    let text = "Relayed on the harbour radio at 12:00 on 3 May. The tug towed the barge to the \
                pier on Friday.";
    lacks(
        text,
        CLAIM,
        "Relayed on the harbour radio at 12:00 on 3 May",
    );
    expect(text, CLAIM, "The tug towed the barge to the pier on Friday");
}

#[test]
fn a_label_before_a_colon_is_no_claim() {
    let text = "Harbour Daily (Busan, in Korean), Monday: \"Ferry sails again\"\n\
                Signatures at close of Wednesday: 51,288.";
    lacks(text, CLAIM, "Harbour Daily (Busan, in Korean), Monday");
    expect(text, CLAIM, "Signatures at close of Wednesday");
}

#[test]
fn may_under_a_rule_is_a_permission() {
    let text = "Under the 2004 treaty, fishing boats from both sides may enter the bay if they \
                notify the port.";
    expect(
        text,
        CLAIM,
        "Under the 2004 treaty, fishing boats from both sides may enter the bay if they notify \
         the port",
    );
    lacks(
        text,
        SPECULATION,
        "may enter the bay if they notify the port",
    );
}
