//! Cues and their extent (session 32): the appositive after an inverted
//! cue's speaker that does not close the sentence or has no determiner
//! ("said Lee, *a professor at Tarn University*, but …", "said Kim, *head of
//! research at Hana Bank*"); the document a cue's words were in when no
//! medium word ends it ("said *in its opinion on the bill* that") and "at
//! the time"; the day after a month ("said on November *28*"); a lone
//! plural agent noun after a clause's comma ("…, *forecasters said*, but");
//! a thing an agent handed over ("*Photographs sent by the committee
//! show*"); "quoted" and any short object before "as saying" ("*quoted a
//! harbour clerk as saying*"); and a heading's noun compound, no cue ("*Field report*, third
//! quarter:"). Sentences written for this test, with near misses.

mod common;

use common::suggested::{attribution_sources, expect, lacks};

#[test]
fn an_appositive_after_an_inverted_speaker() {
    let text = "Rents barely moved in the first half, said Ana Lim, a professor of \
                housing at Tarn University, but probably rose in the autumn.";
    expect(
        text,
        "attribution",
        "said Ana Lim, a professor of housing at Tarn University",
    );
    let text = "Rents barely moved in the first half, said Ana Lim, head of research at \
                Harbour Bank.";
    expect(
        text,
        "attribution",
        "said Ana Lim, head of research at Harbour Bank",
    );
    let text = "\"We lost half the herd,\" said Jo Park, who keeps 3,000 goats near Tarn.";
    expect(
        text,
        "attribution",
        "said Jo Park, who keeps 3,000 goats near Tarn",
    );
    // The role leaves the source to the name, as before.
    assert!(
        !attribution_sources(
            "Rents barely moved in the first half, said Ana Lim, head of research at \
             Harbour Bank."
        )
        .iter()
        .any(|s| s.contains("head of research")),
    );
}

#[test]
fn no_appositive_without_a_role() {
    let text = "Rents barely moved in the first half, said Ana Lim, adding that they \
                would rise.";
    expect(text, "attribution", "said Ana Lim");
    lacks(
        text,
        "attribution",
        "said Ana Lim, adding that they would rise",
    );
}

#[test]
fn the_document_the_words_were_in() {
    let text = "The Tarn finance office said in its opinion on the bill that the grant \
                had been raised twice.";
    expect(
        text,
        "attribution",
        "The Tarn finance office said in its opinion on the bill",
    );
    let text = "The sponsor said in the bill's explanatory note that prices rose by a third.";
    expect(
        text,
        "attribution",
        "The sponsor said in the bill's explanatory note",
    );
    let text = "The Harbour Board said at the time that no one had been hurt.";
    expect(text, "attribution", "The Harbour Board said at the time");
    // No "that" after it: the claim may start inside the phrase.
    let text = "The Harbour Board said in its report the pier was unsafe.";
    lacks(
        text,
        "attribution",
        "The Harbour Board said in its report the pier",
    );
}

#[test]
fn the_day_after_a_month() {
    let text = "The Harbour Board said on November 28 that the pier would reopen.";
    expect(text, "attribution", "The Harbour Board said on November 28");
}

#[test]
fn a_lone_plural_agent_noun_after_a_comma() {
    let text = "Seas will ease to two metres on Monday night, forecasters said, but a \
                second storm could follow.";
    expect(text, "attribution", "forecasters said");
    // A singular one is no subject alone.
    let text = "Seas will ease to two metres on Monday night, forecaster said.";
    lacks(text, "attribution", "forecaster said");
}

#[test]
fn a_thing_an_agent_handed_over() {
    let text = "Photographs sent by the Tarn Farm Committee show new roofs on 31 \
                greenhouses.";
    expect(
        text,
        "attribution",
        "Photographs sent by the Tarn Farm Committee show",
    );
}

#[test]
fn a_headings_noun_compound() {
    let text = "Field report, third quarter: seed potatoes for the county";
    lacks(text, "attribution", "Field report");
    let text = "Cost estimate: bill to raise the harbour levy";
    lacks(text, "attribution", "Cost estimate");
    // A past tense is a verb.
    let text = "The pier closed. Tarn Radio said, citing a port source, that it would \
                reopen in May.";
    expect(text, "attribution", "Tarn Radio said");
}

#[test]
fn quoted_an_object_as_saying() {
    let text = "The Tarn Gazette quoted a harbour clerk as saying that fees would double.";
    expect(
        text,
        "attribution",
        "The Tarn Gazette quoted a harbour clerk as saying",
    );
    let text = "The Tarn Gazette quoted him as saying that fees would double.";
    expect(text, "attribution", "The Tarn Gazette quoted him as saying");
}
