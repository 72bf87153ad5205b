//! Claim and speculation extents (session 26): a sentence that only reports
//! a source's silence towards a request for comment ("X did not respond to
//! written questions", "X could not be reached for comment", "There was no
//! immediate comment from …", "X declined to say whether …") is no claim,
//! while a document's silence ("The report does not say …") and a party's
//! silence over time ("had not answered the letter") stay claims; a hedge
//! ends before ", when" and the clause of what happens at that time. Each on
//! sentences written for this test, with look-alikes.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_silence_towards_a_request_for_comment_is_no_claim() {
    for (text, sentence) in [
        (
            "The ferry sank near Mokpo on Monday. The operator did not respond to emailed questions.",
            "The operator did not respond to emailed questions",
        ),
        (
            "The mill closed in June. Its owner could not be reached for comment.",
            "Its owner could not be reached for comment",
        ),
        (
            "Two trawlers were seized on Friday. There was no immediate comment from the navy.",
            "There was no immediate comment from the navy",
        ),
        (
            "The coach left the club in May. A club spokesperson declined to say whether he had been paid.",
            "A club spokesperson declined to say whether he had been paid",
        ),
        (
            "Three envoys met in Ulaanbaatar in March. The agency does not confirm or deny meetings.",
            "The agency does not confirm or deny meetings",
        ),
    ] {
        lacks(text, CLAIM, sentence);
    }
    // Reported silence after a said-clause is the same silence.
    let text = "The ministry said the fleet had returned and that it did not comment on \
                individual ships.";
    lacks(text, CLAIM, "it did not comment on individual ships");
}

#[test]
fn a_silence_with_curly_quotes_and_korean_keeps_char_offsets() {
    // The claim after the silence keeps its char offsets past Hangul and emoji.
    let text =
        "부산항 operators didn’t reply to messages 📨. The “Sea Star” docked at 09:10 on 3 May.";
    lacks(text, CLAIM, "부산항 operators didn’t reply to messages");
    expect(text, CLAIM, "The “Sea Star” docked at 09:10 on 3 May");
}

#[test]
fn a_document_or_a_long_silence_stays_a_claim() {
    // What a document leaves out is a fact of its content.
    let text = "The audit also does not say how the 40 missing crates left the port.";
    expect(
        text,
        CLAIM,
        "The audit also does not say how the 40 missing crates left the port",
    );
    let text = "The bulletin gave no figure for the injured.";
    expect(text, CLAIM, "The bulletin gave no figure for the injured");
    // A party's silence over time is part of the story.
    let text = "The North had not answered two letters sent in 2021.";
    expect(
        text,
        CLAIM,
        "The North had not answered two letters sent in 2021",
    );
    // A response to events, not to a request.
    let text = "The fire brigade did not respond to the blaze for three hours.";
    expect(
        text,
        CLAIM,
        "The fire brigade did not respond to the blaze for three hours",
    );
}

#[test]
fn a_hedge_ends_before_when_and_its_clause() {
    let text = "Traders said prices would probably rise next month, when the new tariffs \
                take effect.";
    expect(text, SPECULATION, "would probably rise next month");
    expect(text, CLAIM, "the new tariffs take effect");
    lacks(
        text,
        SPECULATION,
        "would probably rise next month, when the new tariffs take effect",
    );
    let text = "The pass may reopen in April, when the snow melts on the ridge.";
    expect(text, SPECULATION, "may reopen in April");
}

#[test]
fn a_participle_after_when_stays_in_the_hedge() {
    // "when asked": no clause of its own.
    let text = "The captain might change course, when asked by the coast guard.";
    lacks(text, SPECULATION, "might change course");
    expect(
        text,
        SPECULATION,
        "might change course, when asked by the coast guard",
    );
}

#[test]
fn too_early_to_tell_is_a_guess_withheld() {
    let text = "The coach said it was too early to judge the new striker.";
    expect(
        text,
        SPECULATION,
        "it was too early to judge the new striker",
    );
    lacks(text, CLAIM, "it was too early to judge the new striker");
    // After a quotation mark, the span opens at the copula.
    let text = "Asked about a merger, the mayor said that was “too soon to discuss”.";
    expect(text, SPECULATION, "was “too soon to discuss”");
    // Not after a copula: a fact of timing.
    let text = "The lorries arrived too early to unload at the 4 May market.";
    lacks(text, SPECULATION, "too early to unload at the 4 May market");
}

#[test]
fn a_hedge_ends_before_who_and_what_its_people_do() {
    let text = "Planners said the new ramps would probably help older riders most, who \
                find the 40 steps hard.";
    expect(text, SPECULATION, "would probably help older riders most");
    expect(text, CLAIM, "find the 40 steps hard");
    // A restrictive "who" (no comma) stays in the hedge.
    let text = "The ramps may suit riders who use the station after 22:00.";
    expect(
        text,
        SPECULATION,
        "may suit riders who use the station after 22:00",
    );
}

#[test]
fn a_shared_view_after_a_hedge_is_cut_off() {
    let text = "The drill was probably aimed at the new radar, a view shared by two \
                retired admirals.";
    expect(text, SPECULATION, "was probably aimed at the new radar");
    lacks(
        text,
        SPECULATION,
        "was probably aimed at the new radar, a view shared by two retired admirals",
    );
}

#[test]
fn i_suspect_is_the_speakers_guess() {
    let text = "“I suspect the ferry will be sold by June,” one dock worker wrote 🚢.";
    expect(
        text,
        SPECULATION,
        "I suspect the ferry will be sold by June",
    );
    // Others who suspect are a source, not a guess of the writer's.
    let text = "Some brokers suspect the ferry will be sold by June.";
    lacks(
        text,
        SPECULATION,
        "Some brokers suspect the ferry will be sold by June",
    );
}

#[test]
fn a_partys_unanswered_proposal_stays_a_claim() {
    let text = "The ministry said Seoul had proposed talks twice this year, but the North \
                did not answer.";
    expect(text, CLAIM, "the North did not answer");
}
