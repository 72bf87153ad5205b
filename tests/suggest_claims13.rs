//! Claims and speculation bounded as analysts bound them (session 13), each
//! construction on sentences written for this test with look-alikes that must
//! not change: "denied"/"confirmed" with a plain object is a deed (the whole
//! sentence a claim, no attribution); a question is no claim; ", when" after a
//! date opens a claim of its own; a description of the source just named is
//! no claim; a hedge takes the auxiliary before an adverb of degree ("is
//! *also* possible") and a short negated rider ("likely *but not certain*").

mod common;

use common::suggested::{expect, lacks, no};
use marginalia::suggest::{ATTRIBUTION, CLAIM, SPECULATION};

#[test]
fn denying_or_confirming_a_deed_is_a_claim() {
    let text = "Beijing has denied supplying drones to the Myanmar army.";
    expect(
        text,
        CLAIM,
        "Beijing has denied supplying drones to the Myanmar army",
    );
    no(text, ATTRIBUTION);
    expect(
        "Vietnam has denied involvement in the 2021 cable cuts.",
        CLAIM,
        "Vietnam has denied involvement in the 2021 cable cuts",
    );
    expect(
        "Hanoi and Vientiane confirmed the transfer of the dam in March, but neither has published the contract.",
        CLAIM,
        "Hanoi and Vientiane confirmed the transfer of the dam in March",
    );
    // A passive reports nothing.
    no("Pupils who objected were denied exit permits.", ATTRIBUTION);
}

#[test]
fn denying_or_confirming_a_clause_or_a_report_still_reports() {
    let text = "The coast guard confirmed the ferry had capsized near Mokpo.";
    expect(text, ATTRIBUTION, "The coast guard confirmed");
    expect(text, CLAIM, "the ferry had capsized near Mokpo");
    expect(
        "The ministry denied that any envoy had travelled to Hanoi.",
        ATTRIBUTION,
        "The ministry denied",
    );
    expect(
        "Laos denied the report on Monday.",
        ATTRIBUTION,
        "Laos denied",
    );
}

#[test]
fn a_question_is_no_claim() {
    no(
        "Q: Is there still a ferry to Vladivostok every week?",
        CLAIM,
    );
    no(
        "Did the Burmese navy ever receive the 12 patrol boats?",
        CLAIM,
    );
    // The statement before a question is still one.
    expect(
        "The ferry to Vladivostok stopped running in 2020. Will it return?",
        CLAIM,
        "The ferry to Vladivostok stopped running in 2020",
    );
}

#[test]
fn when_after_a_date_opens_a_claim_of_its_own() {
    let text = "Rubber exports last fell this low in August 2016, when Thailand closed two ports.";
    expect(
        text,
        CLAIM,
        "Rubber exports last fell this low in August 2016",
    );
    expect(text, CLAIM, "Thailand closed two ports");
    // After a leading phrase the comma is no cut.
    lacks(
        "In 2016, when Thailand closed two ports, rubber exports fell 40 percent.",
        CLAIM,
        "Thailand closed two ports",
    );
}

#[test]
fn a_description_of_the_source_is_no_claim() {
    let text = "Cement output fell 9 percent in the third quarter, said Mari Tanaka, an analyst at a Tokyo brokerage.";
    expect(
        text,
        CLAIM,
        "Cement output fell 9 percent in the third quarter",
    );
    lacks(text, CLAIM, "an analyst at a Tokyo brokerage");
    let possessive =
        "Three of the smelters shut in May, said Omar Haddad, Acme's head of research.";
    lacks(possessive, CLAIM, "Acme's head of research");
    let according = "Rice sold for 3,100 kip a kilo in Vientiane on Friday, according to Lao Market Watch, a Bangkok-based newsletter with traders in the city.";
    lacks(
        according,
        CLAIM,
        "a Bangkok-based newsletter with traders in the city",
    );
    let speaking = "The border crossing reopened on Tuesday, Mayor Ruiz said in an interview on Monday, speaking by phone from Tijuana.";
    lacks(speaking, CLAIM, "speaking by phone from Tijuana");
    // After a verb the noun phrase is the claim's own.
    expect(
        "Thai GDP grew 4.1 percent in 2023, the central bank estimated, the fastest pace in six years.",
        CLAIM,
        "the fastest pace in six years",
    );
}

#[test]
fn a_hedge_takes_the_auxiliary_before_a_degree_adverb() {
    expect(
        "A failure of the cooling pumps is also possible, some engineers say.",
        SPECULATION,
        "is also possible",
    );
    expect(
        "She said a second collapse was entirely possible.",
        SPECULATION,
        "was entirely possible",
    );
    // A possible thing at a clause's end is no hedge of its own.
    no(
        "The council met on Friday ahead of a possible strike.",
        SPECULATION,
    );
    no("The crews will return as soon as possible.", SPECULATION);
}

#[test]
fn a_negated_rider_joins_the_hedge() {
    expect(
        "He said a deal on the pipeline was likely but not certain.",
        SPECULATION,
        "was likely but not certain",
    );
    expect(
        "A: Probably, but not this year.",
        SPECULATION,
        "Probably, but not this year",
    );
    // A clause of its own after "but not" stays apart.
    lacks(
        "The strike was likely, but not one of the unions has voted yet.",
        SPECULATION,
        "was likely, but not one of the unions has voted yet",
    );
}

#[test]
fn a_quoted_hedge_keeps_its_auxiliary_and_rider() {
    expect(
        "Asked whether the dam had cracked, she replied that it was \"possible, but not confirmed\".",
        SPECULATION,
        "was \"possible, but not confirmed",
    );
}

#[test]
fn plain_negations_and_dated_openings_are_claims() {
    expect(
        "The port records do not cover barges from Laos.",
        CLAIM,
        "The port records do not cover barges from Laos",
    );
    expect(
        "There is no sign of a crane at the dock yet.",
        CLAIM,
        "There is no sign of a crane at the dock yet",
    );
    expect(
        "Nobody got paid that winter.",
        CLAIM,
        "Nobody got paid that winter",
    );
    expect(
        "By 2019 the smugglers had moved east.",
        CLAIM,
        "By 2019 the smugglers had moved east",
    );
    // "No" inside a hedge stays the hedge's.
    no("No deal is likely before the spring.", CLAIM);
    // A leading circumstance that is no date still opens no claim.
    no("By contrast, officials were calm.", CLAIM);
}
