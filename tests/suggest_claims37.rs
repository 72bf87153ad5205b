//! Claim constructions (session 37), each on sentences written for this
//! test: a sentence that ends with a day and a short month ("on 5 Dec.")
//! ends there; an emoji between two sentences opens the second; a long
//! dateline closed by its agency's bracket is no part of the claim; a clause
//! of its own after ", as" is a claim; a modal in a restrictive relative
//! clause ("payments that could fund …") leaves the sentence a claim.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

#[test]
fn a_day_and_a_short_month_end_a_sentence() {
    let text = "The ferry reached Mokpo harbour on 14 Mar. Two passengers were taken to hospital.";
    expect(text, CLAIM, "The ferry reached Mokpo harbour on 14 Mar");
    expect(text, CLAIM, "Two passengers were taken to hospital");
}

#[test]
fn an_emoji_between_sentences_opens_the_second() {
    let text = "Weekly figures\n\nTotal 📈 Forty-two parcels arrived this week. The depot raised 3 million won in nine days 🎉 Mr Kang, who is 81, cut the ribbon on Friday.";
    expect(text, CLAIM, "Forty-two parcels arrived this week");
    lacks(text, CLAIM, "Total 📈 Forty-two parcels arrived this week");
    expect(text, CLAIM, "The depot raised 3 million won in nine days");
    expect(text, CLAIM, "Mr Kang, who is 81, cut the ribbon on Friday");
}

#[test]
fn a_long_dateline_closed_by_a_bracket_is_no_part_of_the_claim() {
    let text = "Ferry line opens\n\nSAINT PETERSBURG, Mar 3 (Baltic Harbour Wire Service) - A cargo ferry from Rajin docked in Vladivostok on Tuesday with 40 lorries.";
    expect(
        text,
        CLAIM,
        "A cargo ferry from Rajin docked in Vladivostok on Tuesday with 40 lorries",
    );
}

#[test]
fn a_clause_after_as_is_a_claim() {
    let text = "Farmers said rice prices had risen by a fifth since June, as rivers in the south froze early.";
    expect(text, CLAIM, "rice prices had risen by a fifth since June");
    expect(text, CLAIM, "rivers in the south froze early");
    // "as" before a role or a time is no clause.
    let text = "The mill sold 300 tonnes of flour to the army in May, as in every year since 2019.";
    lacks(text, CLAIM, "in every year since 2019");
}

#[test]
fn a_modal_in_a_restrictive_relative_is_no_hedge() {
    let text = "Rules adopted in 2018 oblige banks to freeze transfers that could finance the missile programme.";
    expect(
        text,
        CLAIM,
        "Rules adopted in 2018 oblige banks to freeze transfers that could finance the missile programme",
    );
    lacks(text, SPECULATION, "could finance the missile programme");
    // An appositive's relative keeps its hedge.
    let text = "The minister said the guns were ready, a line that may be aimed at voters at home.";
    expect(text, SPECULATION, "may be aimed at voters at home");
}
