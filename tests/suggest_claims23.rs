//! Claim and speculation extents of session 23 (issue 20), on sentences
//! written for the test, with look-alike negatives: the claim after a bare
//! "said" whose speaker the attribution rules did not take (a comma-closed
//! subject, a pronoun subject), and "remain" linking a hedge adjective as
//! "is" does ("remains unlikely").

mod common;

use common::suggested::builtin_on as suggest;
use marginalia::suggest::{CLAIM, SPECULATION};

/// The quotes of `text`'s suggestions labelled `label`.
fn quotes(text: &str, label: &str) -> Vec<String> {
    suggest(text)
        .into_iter()
        .filter(|s| s.label == label)
        .map(|s| s.quote)
        .collect()
}

#[test]
fn the_claim_after_a_comma_closed_speaker_starts_after_said() {
    let text = "Marta Quispe-Loayza, a hydrologist at a university in Cusco who mapped the basin for an earlier survey of glaciers, said the river carries twice as much silt as in 2010.";
    let claims = quotes(text, CLAIM);
    assert!(
        claims.contains(&"the river carries twice as much silt as in 2010".to_string()),
        "{claims:?}"
    );
    assert!(claims.iter().all(|c| !c.contains("said")), "{claims:?}");
}

#[test]
fn the_claim_after_a_pronoun_and_said_starts_after_said() {
    let text = "The envoy said his country had abstained in 2021, and he said its view of the treaty had not changed since.";
    let claims = quotes(text, CLAIM);
    assert!(
        claims.iter().all(|c| !c.starts_with("he said")),
        "{claims:?}"
    );
}

#[test]
fn hangul_curly_quotes_and_emoji_keep_char_offsets() {
    let text = "박지은, a fisher from Sokcho 🐟 who has worked the coast since 1998, said “the squid came north three weeks early this year.”";
    let found = suggest(text);
    let claim = found
        .iter()
        .find(|s| s.label == CLAIM)
        .expect("a claim after said");
    assert!(claim.quote.starts_with("“the squid") || claim.quote.starts_with("the squid"));
    let chars: Vec<char> = text.chars().collect();
    let by_offsets: String = chars[claim.start..claim.end].iter().collect();
    assert_eq!(by_offsets, claim.quote);
}

#[test]
fn a_count_subject_or_said_to_be_is_not_cut() {
    let claims = quotes(
        "Of the 400 nurses polled, 61 percent said they planned to leave the profession within five years.",
        CLAIM,
    );
    // A count subject has no comma before "said": the rule does not cut.
    assert!(
        claims.iter().all(|c| !c.starts_with("they planned")),
        "{claims:?}"
    );
    let claims = quotes(
        "The painting, said to be worth four million euros, was stolen from the museum in March.",
        CLAIM,
    );
    assert!(
        claims.iter().all(|c| !c.starts_with("to be worth")),
        "{claims:?}"
    );
}

#[test]
fn remain_links_a_hedge_adjective() {
    let spec = quotes(
        "Analysts said a second devaluation remains unlikely before the election in May.",
        SPECULATION,
    );
    assert!(
        spec.iter().any(|s| s.starts_with("remains unlikely")),
        "{spec:?}"
    );
    let spec = quotes(
        "Forecasters said flooding remained possible in the valleys through Thursday night.",
        SPECULATION,
    );
    assert!(
        spec.iter().any(|s| s.starts_with("remained possible")),
        "{spec:?}"
    );
}

#[test]
fn remain_without_a_hedge_is_no_speculation() {
    let spec = quotes(
        "The strait remained closed to tankers for a third day, the coast guard said.",
        SPECULATION,
    );
    assert!(spec.is_empty(), "{spec:?}");
}

#[test]
fn a_date_after_since_does_not_keep_a_second_predicate_whole() {
    let claims = quotes(
        "The wholesaler said in a statement that it had bought the timber from a Latvian mill it had used since 2016 and had relied on the mill’s export papers.",
        CLAIM,
    );
    assert_eq!(
        claims,
        [
            "it had bought the timber from a Latvian mill it had used since 2016",
            "had relied on the mill’s export papers"
        ]
    );
    // A real subordinate clause before " and " still keeps it whole.
    let claims = quotes(
        "The wholesaler said in a statement that it had stopped orders since the mill had lost its licence and had relied on stock in Riga.",
        CLAIM,
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
}

#[test]
fn a_second_present_predicate_is_a_claim_of_its_own() {
    let claims = quotes(
        "The inspectors said the software records every call a user makes and sends the logs to a server in Macau.",
        CLAIM,
    );
    assert_eq!(
        claims,
        [
            "the software records every call a user makes",
            "sends the logs to a server in Macau"
        ]
    );
    // A plural subject before " and " is no predicate.
    let claims = quotes(
        "The ministry said that fishermen from Sokcho and traders from Gangneung met the governor on Friday.",
        CLAIM,
    );
    assert_eq!(claims.len(), 1, "{claims:?}");
}
