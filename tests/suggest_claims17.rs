//! Claim and speculation bounds (session 17), on sentences written for this
//! test with look-alikes that must not change: a quantifier alone after
//! " and " opens a second claim ("… and *most had* …"), so does a pronoun
//! clause after " but " ("… *but it had* …"); an aside between two dashes
//! stays inside its claim; two guesses joined by "but" are one hedge.

mod common;

use common::suggested::{expect, lacks};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_quantifier_alone_opens_a_second_claim() {
    let text = "The port office said men made up 60 percent of the 300 dockers \
                and most had worked there for more than ten years.";
    expect(text, CLAIM, "men made up 60 percent of the 300 dockers");
    expect(text, CLAIM, "most had worked there for more than ten years");
}

#[test]
fn but_before_a_pronoun_clause_opens_a_second_claim() {
    let text = "The river authority said no homes had been flooded \
                but it had closed four bridges across the valley.";
    expect(text, CLAIM, "no homes had been flooded");
    expect(text, CLAIM, "it had closed four bridges across the valley");
    // An active past second verb after "but" is a claim apart (session 32,
    // but_predicate.rs: gold of all sets split 3 : whole 0, fresh10's
    // "had seen the soldier … but logged the image as a wild boar" among
    // them); a short one keeps its subject's claim.
    let plain = "The coast guard said two crews had seen the flares at 3 a.m. \
                 but logged them as fireworks.";
    expect(plain, CLAIM, "two crews had seen the flares at 3 a.m.");
    expect(plain, CLAIM, "logged them as fireworks");
}

#[test]
fn an_aside_between_dashes_stays_in_the_claim() {
    let text = "An engineer told the council that the cost of the new roof — \
                about 2 million euros, depending on the supplier — was twice the \
                town's yearly budget for roads.";
    expect(
        text,
        CLAIM,
        "the cost of the new roof — about 2 million euros, depending on the supplier — \
         was twice the town's yearly budget for roads",
    );
    // A single dash still ends the claim.
    let single = "The mill closed 40 of its 90 looms in March — and nobody was told why.";
    lacks(
        single,
        CLAIM,
        "The mill closed 40 of its 90 looms in March — and nobody was told why",
    );
}

#[test]
fn two_guesses_joined_by_but_are_one_hedge() {
    let text = "A geologist said the slide was \"probably old but possibly renewed\".";
    // (The closing quote is trimmed off, as for any hedge.)
    expect(text, SPECULATION, "was \"probably old but possibly renewed");
    // A negated rider was already one hedge; a long clause after "but" is not.
    let long = "The inspector said the leak was probably small, but the pipes under \
                the school had not been checked since 2019.";
    lacks(
        long,
        SPECULATION,
        "was probably small, but the pipes under the school had not been checked since 2019",
    );
}

#[test]
fn a_figure_tail_after_a_claim_is_a_claim() {
    let text = "The museum sold 9,000 tickets in its first week, most of them to schools.";
    expect(
        text,
        CLAIM,
        "The museum sold 9,000 tickets in its first week",
    );
    expect(text, CLAIM, "most of them to schools");
    // With no claim before it, the tail is no claim either.
    let question = "Who bought the tickets, most of them to schools?";
    lacks(question, CLAIM, "most of them to schools");
}

#[test]
fn the_likeliest_cause_is_a_guess() {
    let text = "A hydrologist said a blocked drain was the likeliest cause of the flood.";
    expect(text, SPECULATION, "was the likeliest cause of the flood");
    lacks(
        text,
        CLAIM,
        "a blocked drain was the likeliest cause of the flood",
    );
}

#[test]
fn could_not_is_no_guess() {
    let text =
        "The harbour office said it could not discuss the crew's contracts for legal reasons.";
    lacks(
        text,
        SPECULATION,
        "could not discuss the crew's contracts for legal reasons",
    );
    expect(
        text,
        CLAIM,
        "it could not discuss the crew's contracts for legal reasons",
    );
    // "could not be sure" is a stance: neither a guess nor a claim.
    let stance = "Smugglers were paid in cash, the farmer said, though he could not be sure.";
    lacks(stance, SPECULATION, "could not be sure");
    lacks(stance, CLAIM, "he could not be sure");
    // "could" without "not" still hedges.
    let guess = "The harbour office said the storm could delay the ferries until Monday.";
    expect(guess, SPECULATION, "could delay the ferries until Monday");
}
