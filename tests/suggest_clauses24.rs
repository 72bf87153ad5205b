//! Clause extents and cue forms (session 24): a tail that sets the clause's
//! figure against another (", about twice last year's price") or counts a
//! part of its set (", two of them hit by power lines") is a claim of its
//! own; "In his telling", "In her experience" open an attribution like "In
//! her view". Each on sentences written for this test, with look-alikes.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const ATTRIBUTION: &str = "attribution";

#[test]
fn a_multiple_of_the_figure_is_a_claim_of_its_own() {
    let text = "Grain traders in Sinuiju said a sack of maize cost 42,000 won, about \
                twice the price in April.";
    expect(text, CLAIM, "a sack of maize cost 42,000 won");
    expect(text, CLAIM, "about twice the price in April");
    let text = "The port agent said the crane hire came to 3,100 dollars, a quarter \
                of what the yard had paid.";
    expect(text, CLAIM, "the crane hire came to 3,100 dollars");
    expect(text, CLAIM, "a quarter of what the yard had paid");
    let text = "The shop owner said a litre of diesel sold for 14,500 won, 35 per cent \
                more than in March.";
    expect(text, CLAIM, "35 per cent more than in March");
}

#[test]
fn a_multiple_with_curly_quotes_and_korean_keeps_char_offsets() {
    let text = "The mayor of 속초 said “the ferry carried 1,240 passengers”, nearly \
                three times as many as in 2024 🚢.";
    expect(text, CLAIM, "nearly three times as many as in 2024");
}

#[test]
fn look_alike_multiples_stay_in_the_claim() {
    // No figure before the comma: no figure to set against.
    let text = "The trader said maize had become dear, twice the price in April.";
    lacks(text, CLAIM, "twice the price in April");
    // A half that is no multiple of the figure.
    let text = "The trader said maize cost 42,000 won, halfway to the old record.";
    lacks(text, CLAIM, "halfway to the old record");
}

#[test]
fn a_counted_part_of_them_is_a_claim_of_its_own() {
    let text = "The coast guard said it had stopped five boats, two of them carrying \
                fuel drums.";
    expect(text, CLAIM, "it had stopped five boats");
    expect(text, CLAIM, "two of them carrying fuel drums");
    let text = "Customs officers said they seized 18 parcels, three of them drone kits.";
    expect(text, CLAIM, "three of them drone kits");
}

#[test]
fn look_alike_parts_stay_in_the_claim() {
    // "of the" names no set already counted; a comma runs the clause on.
    let text = "The coast guard said it had stopped five boats, two of the crews \
                Chinese.";
    lacks(text, CLAIM, "two of the crews Chinese");
    let text = "The coast guard said it had stopped five boats, two of them near \
                Baengnyeong, three off Incheon.";
    lacks(text, CLAIM, "two of them near Baengnyeong");
    // "one of them" is read whole.
    let text = "Customs officers said they seized 18 parcels, one of them a drone kit.";
    lacks(text, CLAIM, "one of them a drone kit");
}

#[test]
fn in_his_telling_and_in_her_experience_are_attributions() {
    let text = "Park Min-jun, the yard's finance chief, said orders had slowed. In \
                his telling, the buyer had walked away over insurance.";
    expect(text, ATTRIBUTION, "In his telling");
    let text = "Lee Soo-ah, a lawyer, said appeals take a year. In her experience, \
                judges rarely read the country reports.";
    expect(text, ATTRIBUTION, "In her experience");
}

#[test]
fn look_alike_tellings_are_no_attributions() {
    // A complement after the noun, or the noun inside the clause.
    let text = "Lee Soo-ah, a lawyer, said appeals take a year. In her experience \
                of the courts the judges rarely read the reports.";
    lacks(text, ATTRIBUTION, "In her experience");
    let text = "The firm hired staff with years of experience in shipping.";
    lacks(text, ATTRIBUTION, "experience");
}
