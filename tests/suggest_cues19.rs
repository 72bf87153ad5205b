//! Cues and span edges the rules missed (session 19): a section number that
//! opens an item of minutes ("4.2 The clerk said") stays out of the
//! attribution and its source, and a social platform after a cue ("said on
//! Telegram", "in a clip posted on YouTube") joins the span.
//! Each on sentences written for the test, with look-alikes that must not
//! change.

mod common;

use common::suggested::{attribution_quotes, attribution_sources, expect, lacks};
use marginalia::suggest::ATTRIBUTION;

/// Minutes of a made-up harbour board, items numbered at line starts.
const MINUTES: &str = "Harbour board, minutes of the March meeting\n\
                       \n\
                       4.1 Commissioner Alvarez said that the dredging contract had been signed.\n\
                       \n\
                       4.2 The treasurer said the reserve fund stood at 3 million pesos.\n\
                       \n\
                       4.3 The chair said that the ferry timetable would change in May.\n";

#[test]
fn a_section_number_is_no_part_of_the_span() {
    expect(MINUTES, ATTRIBUTION, "Commissioner Alvarez said");
    lacks(MINUTES, ATTRIBUTION, "4.1 Commissioner Alvarez said");
    // Read after the number, the item's first word opens the sentence.
    expect(MINUTES, ATTRIBUTION, "The treasurer said");
    expect(MINUTES, ATTRIBUTION, "The chair said");
    let sources = attribution_sources(MINUTES);
    assert!(
        sources.iter().all(|s| !s.starts_with("4.")),
        "a source with the item's number: {sources:?}"
    );
}

#[test]
fn figures_at_a_line_start_are_not_section_numbers() {
    // A decimal figure before a lower-case word is the sentence's own.
    let text =
        "Landings at the port\n\n2.5 tonnes of squid were landed, the harbour master said.\n";
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().all(|q| !q.starts_with("tonnes")),
        "{quotes:?}"
    );
    // Mid-line, a decimal before a name is no item number.
    let text = "The index rose to 4.2 Mayor Ruiz said nothing about it.";
    lacks(text, ATTRIBUTION, "Mayor Ruiz said");
}

#[test]
fn a_platform_after_the_cue_joins_the_span() {
    expect(
        "The regional water board said on Telegram that the dam was safe.",
        ATTRIBUTION,
        "The regional water board said on Telegram",
    );
    expect(
        "The club's coach, Marta Lindqvist, said in a video posted on YouTube that the squad was tired.",
        ATTRIBUTION,
        "The club's coach, Marta Lindqvist, said in a video posted on YouTube",
    );
    // "on" and a word that is no platform stays out.
    expect(
        "The regional water board said on balance that the dam was safe.",
        ATTRIBUTION,
        "The regional water board said",
    );
    lacks(
        "The regional water board said on balance that the dam was safe.",
        ATTRIBUTION,
        "The regional water board said on balance",
    );
}

#[test]
fn a_list_bullet_is_no_part_of_the_span() {
    let text = "Letters to the editor\n\nThree readers wrote in about the bridge.\n\n\
                - One, who said he drove a taxi in Porto, wrote that the tolls were too high.\n\
                - Another, signing as a retired engineer, wrote that the cables were rusting.\n";
    expect(
        text,
        ATTRIBUTION,
        "One, who said he drove a taxi in Porto, wrote",
    );
    expect(
        text,
        ATTRIBUTION,
        "Another, signing as a retired engineer, wrote",
    );
    let quotes = attribution_quotes(text);
    assert!(quotes.iter().all(|q| !q.starts_with('-')), "{quotes:?}");
}

#[test]
fn an_age_before_a_relative_clause() {
    let text = "Pedro Alves, 54, who has run a bakery on the square since 1998, \
                told reporters that sales had halved.";
    expect(
        text,
        ATTRIBUTION,
        "Pedro Alves, 54, who has run a bakery on the square since 1998, told reporters",
    );
    // A year between commas is no age: nothing new is read.
    let text = "The bakery opened in Faro, 1998, who knows why, and sales rose.";
    assert!(
        attribution_quotes(text).is_empty(),
        "{:?}",
        attribution_quotes(text)
    );
}

#[test]
fn a_cue_after_the_clause_it_reports() {
    let text = "The harbour master, Ines Valdez, said the quay was sound. \
                The old pier had been closed twice before, she reminded members.";
    expect(text, ATTRIBUTION, "she reminded members");
    let text = "The mayor, Tomas Brandt, said the budget was tight. \
                The tram line will be finished by May, he maintained.";
    expect(text, ATTRIBUTION, "he maintained");
    // A subordinate clause before the comma reports nothing.
    let text = "The trial of Tomas Brandt opened in June. \
                When the court sat again in July, he testified.";
    lacks(text, ATTRIBUTION, "he testified");
    // A clause after the cue is no trailing cue (and reads as before).
    let text = "The mayor, Tomas Brandt, opened the hearing. \
                The plan was old, he recalled the day it was drafted.";
    lacks(text, ATTRIBUTION, "he recalled");
}

#[test]
fn said_after_a_comma_and_but() {
    let text = "The curator, Lena Ortiz, told us that the vase was genuine, \
                but said that its base had been repaired.";
    expect(text, ATTRIBUTION, "said");
    // "but" with no comma is left as it was.
    let text = "The curator, Lena Ortiz, confirmed the price but said little else.";
    lacks(text, ATTRIBUTION, "said");
}

#[test]
fn a_document_assumes() {
    let text = "The Rail Institute said it had studied the line. \
                The study assumes that the bridges can be repaired.";
    expect(text, ATTRIBUTION, "The study assumes");
    // A person who assumes is no document's finding.
    lacks(
        "The new clerk assumes that the forms are filed by hand.",
        ATTRIBUTION,
        "The new clerk assumes",
    );
}

#[test]
fn a_plain_head_before_a_name_joins_the_span() {
    expect(
        "A night clerk at the Porto port authority told us that the quay was shut.",
        ATTRIBUTION,
        "A night clerk at the Porto port authority told us",
    );
    expect(
        "Herders from Khovd province said that the winter had been mild.",
        ATTRIBUTION,
        "Herders from Khovd province said",
    );
    expect(
        "Other fishermen at the Aveiro harbour said the storm was the worst in years.",
        ATTRIBUTION,
        "Other fishermen at the Aveiro harbour said",
    );
    expect(
        "Analysts at the fair said that prices were up.",
        ATTRIBUTION,
        "Analysts at the fair said",
    );
    expect(
        "My neighbours say the road is unsafe.",
        ATTRIBUTION,
        "My neighbours say",
    );
    // A phrase with a verb of its own before the name stays out.
    lacks(
        "Prices rose at the Porto port authority, the clerk said.",
        ATTRIBUTION,
        "Prices rose at the Porto port authority, the clerk said",
    );
    // "A third" after a group named before.
    let text = "Three readers wrote to us. One wrote that the bridge was safe. \
                A third wrote that nobody had asked him.";
    expect(text, ATTRIBUTION, "A third wrote");
}

#[test]
fn a_symbol_before_a_live_blog_entry() {
    let text = "Ferry strike: live\n\n09:10 — The union said the strike would last a week.\n\n\
                13:55 — 📣 The company's director, Ana Lobo, said in a video posted on YouTube \
                that the boats would sail.\n";
    expect(
        text,
        ATTRIBUTION,
        "The company's director, Ana Lobo, said in a video posted on YouTube",
    );
    expect(text, ATTRIBUTION, "The union said");
}

#[test]
fn a_view_owned_by_a_pronoun() {
    let text = "The engineer, Rosa Lindh, said the dam was sound. \
                In her view, the spillway would hold for decades.";
    expect(text, ATTRIBUTION, "In her view");
    lacks(
        "The engineer, Rosa Lindh, stood by the dam. In her view of the valley, nothing moved.",
        ATTRIBUTION,
        "In her view",
    );
}

#[test]
fn a_petition_or_its_site_is_cited() {
    let text = "The residents' group said it had opened an online petition in May. \
                It had 12,400 signatures by Friday, per the petition site.";
    expect(text, ATTRIBUTION, "per the petition site");
    let text = "The residents' group said it had opened an online petition in May. \
                At least 300 homes flooded, according to the petition.";
    expect(text, ATTRIBUTION, "according to the petition");
    // "per cent" stays a figure.
    lacks(
        "Turnout rose 4 per cent, the site manager said.",
        ATTRIBUTION,
        "per cent",
    );
}

#[test]
fn again_before_the_reported_words() {
    let text = "The ferry line Baltic Star wrote on Monday that sailings would resume. \
                Baltic Star posted again: \"Sailings resume on Friday.\"";
    expect(text, ATTRIBUTION, "Baltic Star posted again");
}

#[test]
fn a_cited_page_and_its_platform() {
    let text = "The final drew 2.1 million viewers, per the tournament page on Fandom.";
    expect(text, ATTRIBUTION, "per the tournament page on Fandom");
}

#[test]
fn the_new_study_is_the_one_named_before() {
    let text = "The Baltic Rail Institute published a study of the line in May. \
                The new study assumes that the bridges can be repaired.";
    expect(text, ATTRIBUTION, "The new study assumes");
}

#[test]
fn a_plain_head_after_an_entry_time() {
    let text = "Ferry strike: live\n\n10:30 — A duty officer at the Lisbon city transport office \
                told us by phone that the line was shut.\n";
    expect(
        text,
        ATTRIBUTION,
        "A duty officer at the Lisbon city transport office told us by phone",
    );
}
