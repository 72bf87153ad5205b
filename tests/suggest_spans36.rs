//! Attribution spans (session 36), each on sentences written for this test:
//! an inverted cue whose speaker is described, then named ("said the repair
//! yard, Harbour Marine Works", "said team leader Kim Chol-nam (김철남)"); a
//! lower-case possessive owner before the subject's head ("The league's
//! provincial secretary").

mod common;

use common::suggested::{attribution_quotes, expect, lacks};

const ATTRIBUTION: &str = "attribution";

#[test]
fn an_inverted_speaker_described_then_named() {
    let text = "The boat will sail in May, said the repair yard, Harbour Marine Works.";
    expect(
        text,
        ATTRIBUTION,
        "said the repair yard, Harbour Marine Works",
    );
    let text = "“We saw smoke,” said the ferry's captain, Lee Min-ho (이민호).";
    expect(
        text,
        ATTRIBUTION,
        "said the ferry's captain, Lee Min-ho (이민호)",
    );
    let text = "“We saw smoke,” said our science teacher, Ms Kim Tae-hee.";
    expect(
        text,
        ATTRIBUTION,
        "said our science teacher, Ms Kim Tae-hee",
    );
    let text = "“It opens in May,” said team leader Kim Chol-nam (김철남).";
    expect(text, ATTRIBUTION, "said team leader Kim Chol-nam (김철남)");
    // No name after the description, or more after the name: not this reading.
    let text = "“It opens in May,” said the captain, adding that it rained.";
    lacks(text, ATTRIBUTION, "said the captain, adding that it rained");
}

#[test]
fn a_lower_case_owner_before_the_subjects_head() {
    let text = "Checks began in May. The league's provincial secretary, Jong Hye-ryon, said \
                300 people were fined.";
    expect(
        text,
        ATTRIBUTION,
        "The league's provincial secretary, Jong Hye-ryon, said",
    );
    let text = "Prices rose, the city's tourism bureau said.";
    assert!(
        attribution_quotes(text)
            .iter()
            .any(|q| q.starts_with("the city's tourism bureau said")),
        "{:?}",
        attribution_quotes(text)
    );
}
