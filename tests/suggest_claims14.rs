//! Claims an analyst does not tag, and hedge bounds (session 14), each on
//! sentences written for this test with look-alikes that must not change:
//! a headline or show-note line (no closing punctuation) holds no claim; nor
//! does the article speaking of itself ("We asked …", "Our data team …", "The
//! author was …", "… on our website", "Partly false means …") or a bare
//! stance ("X disagreed:", "Y was more cautious"); a second hedge adverb after
//! a comma ("may …, *possibly* …") is a speculation of its own; a plain
//! three-word fact with a number ("She was 64") is a claim.

mod common;

use common::suggested::{expect, lacks, no};
use marginalia::suggest::{CLAIM, SPECULATION};

#[test]
fn a_headline_line_holds_no_claim() {
    let text = "Harbour town opens three new piers to cargo ships\n\n\
                BUSAN, May 3 — The port authority opened three new piers on Friday.";
    lacks(
        text,
        CLAIM,
        "Harbour town opens three new piers to cargo ships",
    );
    expect(
        text,
        CLAIM,
        "The port authority opened three new piers on Friday",
    );
    no("🎧 [04:20] Where the ferries go\n", CLAIM);
    // Its hedge stays.
    expect(
        "ANALYSIS: Drought may cut the 2027 rice crop by a third\n",
        SPECULATION,
        "may cut the 2027 rice crop by a third",
    );
}

#[test]
fn a_headline_with_a_source_or_a_quoted_line_keeps_its_claim() {
    expect(
        "Port sold 300 cranes to Vietnam, customs office says\n",
        CLAIM,
        "Port sold 300 cranes to Vietnam",
    );
    expect(
        "\"We will not sign in 2027.\" — a trade delegate\n",
        CLAIM,
        "We will not sign in 2027",
    );
    // A body line ending in an emoji is punctuated before it.
    expect(
        "The ferry left at 6 a.m. on Monday. 🌊\n",
        CLAIM,
        "The ferry left at 6 a.m. on Monday",
    );
}

#[test]
fn the_article_about_itself_is_no_claim() {
    let text = "We asked four fishermen to reply. Our data team compared 12 harbour \
                records with the port's own log. The author was a trade envoy from 2010 \
                to 2014. Partly false means a number is wrong. Maps from the talk are \
                on our website.";
    no(text, CLAIM);
    // Look-alikes: an interviewee's own deed, a body naming its own website,
    // a causal "means".
    expect(
        "We needed a permit to drive to the port in 2019.",
        CLAIM,
        "We needed a permit to drive to the port in 2019",
    );
    expect(
        "The ministry posted 40 maps on its website.",
        CLAIM,
        "The ministry posted 40 maps on its website",
    );
    // In a quote the speaker may claim.
    expect(
        "“We lost the boat in 2019. We asked the navy for help,” he said.",
        CLAIM,
        "We asked the navy for help",
    );
}

#[test]
fn a_bare_stance_is_no_claim() {
    let text = "Senator Ruiz, a Republican, disagreed: the plan would cost 300 jobs. \
                Park was more cautious.";
    lacks(text, CLAIM, "Senator Ruiz, a Republican, disagreed");
    lacks(text, CLAIM, "Park was more cautious");
    expect(
        "Park was more cautious than 12 other members.",
        CLAIM,
        "Park was more cautious than 12 other members",
    );
}

#[test]
fn a_second_hedge_adverb_after_a_comma_is_its_own_speculation() {
    let text = "The flood may have cut the rail line, possibly for 14 days.";
    expect(text, SPECULATION, "may have cut the rail line");
    expect(text, SPECULATION, "possibly for 14 days");
    let text = "Analysts think the leak may come from the valve, probably near the base.";
    expect(text, SPECULATION, "may come from the valve");
    expect(text, SPECULATION, "probably near the base");
    // A claim before the adverb keeps its own bounds.
    let text = "State media published 14 photos of the drill, possibly to show its scale.";
    expect(text, CLAIM, "State media published 14 photos of the drill");
    expect(text, SPECULATION, "possibly to show its scale");
}

#[test]
fn a_three_word_fact_with_a_number_is_a_claim() {
    expect("She was 64.", CLAIM, "She was 64");
    no("Chapter 12 follows.", CLAIM);
}

#[test]
fn an_ordering_adverb_is_no_number() {
    no("The harbour fire came first.", CLAIM);
    expect(
        "The 2019 harbour fire came first.",
        CLAIM,
        "The 2019 harbour fire came first",
    );
    expect(
        "The first ferry docked at Mokpo.",
        CLAIM,
        "The first ferry docked at Mokpo",
    );
}
