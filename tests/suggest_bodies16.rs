//! Naming organisations (session 16): a ministry the registry does not know
//! is its country's officials, the country the dateline names; "the interior
//! ministry" is not another ministry named before; a body's possessive is no
//! part of its name; people at a body, or its staff named by its acronym,
//! speak for it; a country's possessive before an outlet's description goes
//! with the description; "the paper said" is the latest newspaper named by
//! its title; "the association said" is the association named before. Each
//! on sentences written for this test, with look-alikes that keep their
//! source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_ministry_without_its_country_is_the_datelines_officials() {
    let text = "Storm closes ports\n\nSEOUL, March 3 — Ferries stayed in port on \
                Friday, the Ministry of Oceans and Fisheries said in a statement. \
                Two piers were damaged, the oceans ministry said.";
    assert_eq!(source(text, "Ministry of Oceans"), "South Korean officials");
    assert_eq!(source(text, "oceans ministry"), "South Korean officials");
    // Without a dateline a ministry every country has keeps its own name;
    // one of South Korea's by its full English name is its officials
    // (session 23: 12 of 12 in the gold).
    let text = "Two ferry operators were charged on Friday, the Ministry of \
                Justice said in a statement.";
    assert_eq!(source(text, "Ministry of Justice"), "Ministry of Justice");
    let text = "Ferries stayed in port on Friday, the Ministry of Oceans and \
                Fisheries said in a statement.";
    assert_eq!(source(text, "Ministry of Oceans"), "South Korean officials");
    // A registry ministry keeps its name under any dateline.
    let text = "Talks stall\n\nSEOUL, March 3 — Talks would not resume this year, \
                the Unification Ministry said on Friday.";
    assert_eq!(source(text, "Unification Ministry"), "Unification Ministry");
}

#[test]
fn a_topic_word_names_another_ministry_than_the_one_before() {
    let text = "Talks would not resume, the Unification Ministry said on Monday. \
                Schools will reopen next week, the education ministry said.";
    assert_ne!(source(text, "education ministry"), "Unification Ministry");
    // The same ministry by a word of its name stays it.
    let text = "Talks would not resume, the Unification Ministry said on Monday. \
                Aid shipments were also paused, the unification ministry said.";
    assert_eq!(source(text, "unification ministry"), "Unification Ministry");
}

#[test]
fn a_bodys_possessive_is_no_part_of_its_name() {
    let text = "Some 900 delegates attended, according to the ICLS's count.";
    assert_eq!(source(text, "ICLS"), "ICLS");
}

#[test]
fn people_at_a_body_and_its_staff_speak_for_it() {
    let text = "Meteorologists at the NWA said the heat wave would last until Sunday.";
    assert_eq!(source(text, "Meteorologists"), "NWA");
    let text = "The ship was towed to port, an unnamed NPA officer told the paper.";
    assert_eq!(source(text, "NPA officer"), "NPA");
    // A role word names the speaker, not the body ("analysts at …").
    let text = "Exports will fall, analysts at the Hanbit Institute said.";
    assert_eq!(source(text, "analysts at"), "some analysts");
}

#[test]
fn a_countrys_possessive_before_an_outlets_description_goes_with_it() {
    let text = "Flights resumed on Monday, Kenya's state news agency Kenyawire reported.";
    assert_eq!(source(text, "Kenyawire"), "Kenyawire");
}

#[test]
fn the_paper_is_the_latest_newspaper_named() {
    let text = "The Harbour Times first reported the arrests. Police raided two \
                offices, the paper said.";
    assert_eq!(source(text, "paper said"), "Harbour Times");
}

#[test]
fn the_association_is_the_one_named_before() {
    let text = "The Pacific Historians Association (PHA) met in Busan this week. \
                About 300 members attended, the association said.";
    assert_eq!(source(text, "association said"), "PHA");
}

#[test]
fn a_coast_guard_introduced_with_its_acronym_goes_by_it() {
    // Five sets of seven name a coast guard introduced "Long Name (ACR)" by the
    // acronym (fresh18-22; fresh7 and fresh9 by the long name, since rewritten).
    let text = "Two fishermen were rescued, the Norway Coast Guard (NCG) said on \
                Friday. According to the NCG, the boat sank in minutes. The coast \
                guard said the crew was safe.";
    assert_eq!(source(text, "Norway Coast Guard"), "NCG");
    assert_eq!(source(text, "According to the NCG"), "NCG");
    assert_eq!(source(text, "The coast"), "NCG");
    // Another body introduced by an acronym goes by it.
    let text = "Two fishermen were rescued, the Norway Rescue Federation (NRF) said \
                on Friday. According to the NRF, the boat sank in minutes.";
    assert_eq!(source(text, "According to the NRF"), "NRF");
}

#[test]
fn a_coast_guard_named_with_a_registry_country_is_the_body() {
    let text = "The trawler fled north, the China Coast Guard said in a statement.";
    assert_eq!(source(text, "China Coast Guard"), "China Coast Guard");
    // The country's possessive before a lower-case body stays its officials.
    let text = "The trawler fled north, China's foreign ministry said.";
    assert_eq!(source(text, "foreign ministry"), "Chinese officials");
}
