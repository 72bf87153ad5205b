//! Speculation and claim constructions (session 34), each on sentences
//! written for this test: " and " before a second subject with a lexical
//! verb is a second claim; a past predicate after " and " followed by a time
//! clause is a claim apart; "do not necessarily" hedges; a hedge word in a
//! legend's item is no guess; a weekday's date and a room is no claim; ", but
//! not" and a verbless phrase stays with its claim; "would like to" is a wish.

mod common;

use common::suggested::{expect, lacks, no};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_second_subject_with_a_lexical_verb_is_a_second_claim() {
    let text = "The bakery on Mill Road closed on 4 March and a shop with the same sign \
                opened 300 metres away on 11 March.";
    expect(text, CLAIM, "The bakery on Mill Road closed on 4 March");
    expect(
        text,
        CLAIM,
        "a shop with the same sign opened 300 metres away on 11 March",
    );
    let told = "A customer said the band played two sets at 9 p.m. and the bar now sells beer \
                in cans.";
    expect(told, CLAIM, "the band played two sets at 9 p.m.");
    expect(told, CLAIM, "the bar now sells beer in cans");
}

#[test]
fn a_past_predicate_before_a_time_clause_is_a_claim_apart() {
    let text = "The charity said a Danish-funded school project trained 40 teachers in the \
                province between 2009 and 2012 and ended when its funding ran out.";
    expect(
        text,
        CLAIM,
        "a Danish-funded school project trained 40 teachers in the province between 2009 and 2012",
    );
    expect(text, CLAIM, "ended when its funding ran out");
}

#[test]
fn not_necessarily_is_a_hedge() {
    let text = "A researcher at the institute said rising prices do not necessarily mean that \
                the harvest failed.";
    expect(
        text,
        SPECULATION,
        "do not necessarily mean that the harvest failed",
    );
}

#[test]
fn a_hedge_word_in_a_legend_is_no_guess() {
    let text = "The map lists every ferry pier on the coast. Key: ● open · ○ status uncertain · \
                × closed · → moved. Piers are updated weekly.";
    no(text, SPECULATION);
}

#[test]
fn a_weekday_date_and_a_room_is_no_claim() {
    let text = "Minutes of the transport committee, Harbour Town Council. Tuesday 4 March, \
                Room 12. The committee approved a 3 percent rise in bus fares.";
    lacks(text, CLAIM, "Tuesday 4 March, Room 12");
    expect(
        text,
        CLAIM,
        "The committee approved a 3 percent rise in bus fares",
    );
}

#[test]
fn a_verbless_negation_after_but_stays_with_its_claim() {
    let text = "The inspector said the ban applied to diesel cars built before 2010, but not \
                to the vans in the fleet.";
    expect(
        text,
        CLAIM,
        "the ban applied to diesel cars built before 2010, but not to the vans in the fleet",
    );
}

#[test]
fn would_like_to_is_a_wish_no_guess() {
    let text = "The referee wrote that she would like to see the survey repeated in 2027.";
    no(text, SPECULATION);
}
