//! Source constructions (session 38), each on sentences written for this
//! test: a dateline whose city no table knows places the text in the
//! country it names most (its ministries and lawmakers), not in a city
//! named in passing; a named person who is "the ministry's director" of an
//! unnamed ministry speaks as its country's officials, and "He said" after
//! them too; a memo's "From:" line names the body it is by, whose "own
//! tally" and "quality team" speak for it; "Some North Korea watchers" are
//! analysts although their field is written in capitals; "It said" after a
//! sentence opened by a body that spoke before is that body's.

mod common;

use common::suggested::source_of;

const WIRE: &str = "Port fees rise\n\nLAGOS, Dec 3 (Harbour Wire) -- Nigeria raised port fees \
                    on Monday, the transport ministry said. Steel arrives from Tianjin and \
                    Guangzhou. \"We had no choice,\" said Ade Bello, the ministry's director of \
                    ports. He said fees would rise again. Opposition lawmakers said they would \
                    object.";

#[test]
fn an_unknown_datelines_country_is_the_one_named_most() {
    assert_eq!(
        source_of(WIRE, "the transport ministry said", 0),
        "Nigerian officials"
    );
    assert_eq!(
        source_of(WIRE, "Opposition lawmakers said", 0),
        "Nigerian lawmakers"
    );
}

#[test]
fn the_director_of_an_unnamed_ministry_is_its_countrys_officials() {
    assert_eq!(source_of(WIRE, "Ade Bello", 0), "Nigerian officials");
    assert_eq!(source_of(WIRE, "He said", 0), "Nigerian officials");
}

const MEMO: &str = "Ports memo 3/2026: terms for the harbour account\n\nFrom: Port desk, Baram \
                    Translation Services\nTo: All translators\nDate: 2 May 2026\n\n1. ERRORS\n\
                    Kim Do-yun, a professor at Pusan University, said the term changed in 2024. \
                    The word appeared in 61 items in April, the desk's count shows. The client \
                    flagged 12 errors in April, our own tally shows. Four percent of items had \
                    a wrong title, the quality team reports.";

#[test]
fn a_memos_sender_speaks_through_its_tally_and_its_team() {
    assert_eq!(
        source_of(MEMO, "our own tally shows", 0),
        "Baram Translation Services"
    );
    assert_eq!(
        source_of(MEMO, "the desk's count shows", 0),
        "Baram Translation Services"
    );
    assert_eq!(
        source_of(MEMO, "the quality team reports", 0),
        "Baram Translation Services"
    );
}

#[test]
fn watchers_of_a_field_in_capitals_are_analysts() {
    let text = "Ferry talks\n\nThe ferry line will reopen in May. Some North Korea watchers say \
                the talks will stall.";
    assert_eq!(
        source_of(text, "Some North Korea watchers say", 0),
        "some analysts"
    );
}

#[test]
fn it_after_a_sentence_opened_by_a_body_that_spoke() {
    let text = "Grid report\n\n1. EVENTS\nHanil Power said two units failed. The Energy Board \
                said that Hanil Power broke its licence.\n\n2. ACTIONS\nHanil Power has agreed to \
                install a battery by June. It said the battery could carry the load for an hour.";
    assert_eq!(source_of(text, "It said", 0), "Hanil Power");
}

#[test]
fn the_bodys_post_holder_named_after_is_the_body() {
    let text = "Shipping forum\n\nThe Polar Lanes Forum met in Oslo. A US official said the \
                route was open. The forum's director, Mikko Laine, said 40 ships used it. He \
                said fees would rise.";
    assert_eq!(source_of(text, "Mikko Laine", 0), "Polar Lanes Forum");
    assert_eq!(source_of(text, "He said", 0), "Polar Lanes Forum");
}

#[test]
fn a_letterheads_units_and_staff_speak_for_its_body() {
    let text = "Incident summary: a late diagnosis\n\nHANBIT GENERAL HOSPITAL — SAFETY \
                COMMITTEE\nSummary PSI-7\n\nA man was admitted to Hanbit General Hospital on 3 \
                May. Dr Seo Min-ji, a professor at Inje University, said the delay was long. \
                The pharmacy said the tablets arrived on 9 May. The nursing director said two \
                nurses were off sick.";
    assert_eq!(
        source_of(text, "The pharmacy said", 0),
        "Hanbit General Hospital"
    );
    assert_eq!(
        source_of(text, "The nursing director said", 0),
        "Hanbit General Hospital"
    );
}
