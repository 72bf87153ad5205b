//! Claim and speculation shapes (session 18), on sentences written for this
//! test with look-alikes that must not change: "signal" hedges only after a
//! modal; the question a sentence-initial "Asked" reports holds no guess;
//! "most likely to" compares rather than guesses; "What to expect" and a
//! denied expectation are no guess; ", without giving …", ", per …" and
//! ", then <verb> …" end a claim; a doubted clause opens at "whether".

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_signal_of_data_is_no_guess() {
    let text = "The ferry's radio signals went quiet near the cape for six hours, \
                the harbour office said.";
    lacks(
        text,
        SPECULATION,
        "signals went quiet near the cape for six hours",
    );
    // After a modal, "signal" still hedges.
    let guess = "A port analyst said the closure could signal a wider strike at the docks.";
    expect(
        guess,
        SPECULATION,
        "could signal a wider strike at the docks",
    );
}

#[test]
fn an_opening_question_holds_no_guess() {
    let text = "Asked whether the bridge would reopen before winter, the engineer \
                said the repairs had taken 40 days.";
    lacks(text, SPECULATION, "would reopen before winter");
    // A named asker's question stays as it was, and the answer may hedge.
    let answer = "Asked about the bridge, the engineer said it would probably reopen in May.";
    expect(answer, SPECULATION, "would probably reopen in May");
}

#[test]
fn a_compared_likelihood_is_no_guess() {
    let text = "The survey found that renters were the group most likely to move \
                within two years.";
    lacks(text, SPECULATION, "likely to move within two years");
    let guess = "The survey's author said rents were likely to rise again next year.";
    expect(guess, SPECULATION, "were likely to rise again next year");
}

#[test]
fn aside_tails_end_a_claim() {
    let text = "The city council said it had approved the new parking levy on Monday, \
                without naming a rate.";
    expect(
        text,
        CLAIM,
        "it had approved the new parking levy on Monday",
    );
    let per = "The goalkeeper kept 14 clean sheets last season, per the league's own records.";
    expect(
        per,
        CLAIM,
        "The goalkeeper kept 14 clean sheets last season",
    );
    // A tail with no gerund after "without" is left as it was.
    let plain = "The city council said it had approved the levy in 2021, without a vote.";
    lacks(plain, CLAIM, "it had approved the levy in 2021");
}

#[test]
fn a_doubted_clause_opens_at_whether() {
    let text = "But the curator questioned whether a guard in the east wing could have \
                seen the whole gallery from his chair.";
    expect(
        text,
        SPECULATION,
        "whether a guard in the east wing could have seen the whole gallery from his chair",
    );
    // An asked question keeps its modal start.
    let asked = "The curator asked whether the guard could have seen the gallery.";
    lacks(
        asked,
        SPECULATION,
        "whether the guard could have seen the gallery",
    );
}
