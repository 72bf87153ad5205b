//! Naming organisations (session 21): a later "the <noun>" is the body the
//! text described by that noun ("X, a ferry operator"); a body noun or a
//! partitive with a name in apposition is that name; a document a body
//! "said in" is the body's; a large city's police are its country's
//! police; a ministry the registry lacks is the officials of the country
//! the text's places name; organisers speak for the event, not the body
//! running it. Each on sentences written for this test, with look-alikes
//! that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_bare_noun_is_the_body_described_by_it() {
    let text = "Fenwick Lines, a Lakeside ferry operator that runs six boats, cut its \
                timetable on Tuesday. The operator said fares would not rise.";
    assert_eq!(source(text, "The operator said"), "Fenwick Lines");
    let text = "Grain reached the port through Copper Basin Trading, the importer that \
                holds the licence. The importer told reporters the next ship was late.";
    assert_eq!(source(text, "The importer told"), "Copper Basin Trading");
}

#[test]
fn a_noun_in_another_phrase_describes_no_body() {
    // The noun is part of a person's post at a body, not a description.
    let text = "Ana Ruiz, a senior analyst at the operator, spoke on Monday. \
                The operator said fares would not rise.";
    assert_ne!(source(text, "The operator said"), "Ana Ruiz");
}

#[test]
fn a_name_in_apposition_to_a_body_noun_or_partitive() {
    let text = "The importer, Blue Reef Foods, said it would stop buying tuna.";
    assert_eq!(
        source(text, "The importer, Blue Reef Foods, said"),
        "Blue Reef Foods"
    );
    let text = "Two unions called the strike. One of the unions, Dock Workers United, \
                said on Sunday that talks had failed.";
    assert_eq!(source(text, "One of the unions"), "Dock Workers United");
}

#[test]
fn a_person_in_apposition_is_not_a_body() {
    let text = "The chairman, Ito Kenji, said the vote would wait.";
    assert_ne!(source(text, "The chairman, Ito Kenji, said"), "Ito Kenji");
}

#[test]
fn a_document_is_the_body_that_said_it_in_the_document() {
    let text = "Rivers rose overnight, the Tarn Water Board (TWB) said in a flood \
                notice on Sunday. The notice said two bridges were shut.";
    assert_eq!(source(text, "The notice said"), "TWB");
}

#[test]
fn a_city_police_force_is_its_country_police() {
    let text = "Daegu police said two men had been held.";
    assert_eq!(source(text, "Daegu police said"), "South Korean police");
    let text = "Kobe police said the van had been found.";
    assert_eq!(source(text, "Kobe police said"), "Japanese police");
}

#[test]
fn a_ministry_takes_the_country_of_the_texts_places() {
    let text = "Storm damage in Daegu and Ulsan\n\nRoofs were torn off in Daegu. \
                The Ministry of Agriculture, Food and Rural Affairs said in a statement \
                that 40 farms were hit.";
    assert_eq!(
        source(text, "Ministry of Agriculture, Food and Rural Affairs said"),
        "South Korean officials"
    );
    // No place the table knows and a name many governments use: the name
    // stays (a name only South Korea's ministry has is its officials
    // anywhere: session 23).
    let text = "Roofs were torn off in Tarnwick. The Ministry of Agriculture said in \
                a statement that 40 farms were hit.";
    assert_ne!(
        source(text, "Ministry of Agriculture said"),
        "South Korean officials"
    );
}

#[test]
fn organisers_speak_for_the_event_not_the_body_running_it() {
    let text = "The Lakeshore Rowing Regatta Cup drew 40 crews, and the Pacific Rowing \
                Federation sent judges. The organisers said 3,000 people watched.";
    assert_eq!(
        source(text, "The organisers said"),
        "Lakeshore Rowing Regatta Cup"
    );
}
