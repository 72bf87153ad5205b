//! Claim constructions (session 35), each on sentences written for this
//! test: a sentence that opens with a setting phrase and a comma is a claim
//! (a place left out, a time kept); a hedge's reason after " because" (no
//! comma) is a claim of its own; a quantified tail (", both lower than …",
//! ", each giving …") and a share of the writer's own target (", 112
//! percent of our goal") are claims apart; a relative clause's "and" no
//! longer keeps a noun-phrase tail whole; "a quarter" is a figure; a line
//! of two sentences below the title is prose, not a headline; a sentence
//! that opens with a figure after a full stop is a sentence of its own; a
//! request after ", so please" ends the fact before it.

mod common;

use common::suggested::{expect, lacks, no};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_sentence_after_a_setting_phrase_is_a_claim() {
    // A place the scene is set in stands outside the claim.
    let place = "In the valley, heavy rain closed three of the nine roads for the morning.";
    expect(
        place,
        CLAIM,
        "heavy rain closed three of the nine roads for the morning",
    );
    // A time or frame opens it.
    let time = "At the end of the second day, the organisers closed the hall to 240 guests.";
    expect(
        time,
        CLAIM,
        "At the end of the second day, the organisers closed the hall to 240 guests",
    );
    let named_day = "On Saturday evening, lights were visible in 17 windows of the block.";
    expect(
        named_day,
        CLAIM,
        "On Saturday evening, lights were visible in 17 windows of the block",
    );
    // A story's scene on "a" weekday, and a point of view, stay unmarked.
    no(
        "On a Tuesday in late May, Choi sat in front of a camera for 20 minutes.",
        CLAIM,
    );
    no(
        "For Kim Min-ji, the hardest part of leaving was the 3 a.m. crossing.",
        CLAIM,
    );
}

#[test]
fn the_reason_after_a_hedge_is_a_claim() {
    let text = "The factory warned that deliveries could slip by a month because its main kiln \
                is being rebuilt in March.";
    expect(text, SPECULATION, "could slip by a month");
    expect(text, CLAIM, "its main kiln is being rebuilt in March");
    // "because of" is a phrase: the hedge keeps it.
    let phrase = "The trainer said the horse may miss the race because of a sore leg.";
    expect(
        phrase,
        SPECULATION,
        "may miss the race because of a sore leg",
    );
}

#[test]
fn a_quantified_tail_is_a_claim_apart() {
    let text = "The count found 96 geese and 412 swans, both lower than last year.";
    expect(text, CLAIM, "The count found 96 geese and 412 swans");
    expect(text, CLAIM, "both lower than last year");
    let listed = "The atlas has 1,204 maps, each giving the name, its origin and a photograph.";
    expect(listed, CLAIM, "The atlas has 1,204 maps");
    expect(
        listed,
        CLAIM,
        "each giving the name, its origin and a photograph",
    );
    // A past participle after "each" stays inside (gold 1 of 1).
    let participle = "The recall came in 2 waves, each announced at a few days' notice.";
    lacks(participle, CLAIM, "each announced at a few days' notice");
}

#[test]
fn a_share_of_our_target_is_a_claim_apart() {
    let text = "The appeal raised 48.6 million won from 1,137 donors, 112 percent of our goal.";
    expect(
        text,
        CLAIM,
        "The appeal raised 48.6 million won from 1,137 donors",
    );
    expect(text, CLAIM, "112 percent of our goal");
}

#[test]
fn a_relative_and_does_not_keep_a_noun_phrase_tail_whole() {
    let text = "Rangers at the lake recorded 61 hooded cranes, a species that was seen there \
                only in twos and threes before 2020.";
    expect(text, CLAIM, "Rangers at the lake recorded 61 hooded cranes");
    expect(
        text,
        CLAIM,
        "a species that was seen there only in twos and threes before 2020",
    );
}

#[test]
fn a_quarter_is_a_figure() {
    expect(
        "Frozen fillets made up about a quarter of the volume.",
        CLAIM,
        "Frozen fillets made up about a quarter of the volume",
    );
}

#[test]
fn two_sentences_on_a_line_below_the_title_are_prose() {
    let text = "Club news\n\nDates\n➡️ The dinner is booked for 17 January at the town hall. \
                ➡️ Tickets: probably the first week of February ⚠️\n";
    expect(
        text,
        CLAIM,
        "The dinner is booked for 17 January at the town hall",
    );
}

#[test]
fn a_sentence_opening_with_a_figure_stands_alone() {
    let text = "Details below. 1,091 of you have filled in the survey; 46 have not, so please \
                check your inbox.";
    expect(text, CLAIM, "1,091 of you have filled in the survey");
    expect(text, CLAIM, "46 have not");
    lacks(
        text,
        CLAIM,
        "Details below. 1,091 of you have filled in the survey",
    );
}
