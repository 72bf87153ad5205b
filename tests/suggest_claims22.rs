//! Claim extents of session 22 (issue 20), on sentences written for the
//! test, with look-alike negatives: a second predicate after " and had/was/
//! were", a superlative tail (", the highest since 2018") and a counted part
//! (", including 60 from Vietnam") as claims of their own.

mod common;

use common::suggested::builtin_on as suggest;
use marginalia::suggest::CLAIM;

/// The quotes of `text`'s claims.
fn claims(text: &str) -> Vec<String> {
    suggest(text)
        .into_iter()
        .filter(|s| s.label == CLAIM)
        .map(|s| s.quote)
        .collect()
}

#[test]
fn an_affirmative_auxiliary_after_and_opens_a_second_claim() {
    assert_eq!(
        claims(
            "The port authority said the barge had docked at Nampo on 3 May and had been cleared by customs two days later."
        ),
        [
            "the barge had docked at Nampo on 3 May",
            "had been cleared by customs two days later"
        ]
    );
    assert_eq!(
        claims(
            "The studio said it had sold the rights in Brazil and Chile and was in talks with two streaming services."
        ),
        [
            "it had sold the rights in Brazil and Chile",
            "was in talks with two streaming services"
        ]
    );
}

#[test]
fn a_shared_passive_or_a_short_rider_stays_whole() {
    assert_eq!(
        claims("The bridge was built in 1990 and was repaired in 2004, the county said."),
        ["The bridge was built in 1990 and was repaired in 2004"]
    );
    assert_eq!(
        claims(
            "The envoy has lived in Seoul since 2019 and has visited Busan twice, the embassy said."
        ),
        ["The envoy has lived in Seoul since 2019 and has visited Busan twice"]
    );
}

#[test]
fn a_superlative_tail_is_a_claim_of_its_own() {
    assert_eq!(
        claims(
            "Ozone in Gwangju reached 0.21 ppm on Tuesday, the highest reading since June 2018, the agency said."
        ),
        [
            "Ozone in Gwangju reached 0.21 ppm on Tuesday",
            "the highest reading since June 2018"
        ]
    );
    // Curly quotes and Hangul before the tail: offsets are chars.
    assert_eq!(
        claims(
            "The ferry “한빛” carried 1,204 passengers in July, the most since 2017, its operator said."
        ),
        [
            "The ferry “한빛” carried 1,204 passengers in July",
            "the most since 2017"
        ]
    );
}

#[test]
fn a_subject_appositive_or_a_short_superlative_stays_in_the_claim() {
    assert_eq!(
        claims("Most of the 90 visitors were Swiss, the largest group."),
        ["Most of the 90 visitors were Swiss, the largest group"]
    );
    let found = claims("Her deputy, the most senior official in Lyon, signed 14 permits in May.");
    assert_eq!(
        found,
        ["Her deputy, the most senior official in Lyon, signed 14 permits in May"]
    );
}

#[test]
fn a_counted_part_after_including_is_a_claim_of_its_own() {
    assert_eq!(
        claims("Organisers said 480 firms had signed up, including 60 from Vietnam."),
        ["480 firms had signed up", "including 60 from Vietnam"]
    );
    // Names or bare plurals after "including" stay in the claim.
    assert_eq!(
        claims("Organisers said 480 firms had signed up, including banks and airlines."),
        ["480 firms had signed up, including banks and airlines"]
    );
}
