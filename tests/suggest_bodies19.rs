//! Naming organisations (session 19): a source left as a bare common noun
//! for a body ("the journal said", "The blog said", "The embassy said",
//! "police said") reads as the body the text names of that kind; the police
//! as the force named, else the article's country's police. Each on
//! sentences written for this test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_study_speaks_for_the_body_that_made_it() {
    let text = "Ferries and tides\n\nLast month we covered a survey by the Coastal \
                Transit Institute (CTI) on the island ferries. The survey found that \
                three routes lose money every winter.";
    assert_eq!(source(text, "The survey found"), "CTI");
}

#[test]
fn a_journal_named_later_names_the_journal() {
    let text = "A botany journal has pulled a paper on moss, the journal said on Friday. \
                The paper appeared in the Journal of Northern Botany (JNB) in May.";
    assert_eq!(source(text, "the journal said"), "JNB");
}

#[test]
fn a_blog_in_apposition_is_read_back() {
    let text = "Harbour Ledger, a blog that follows port fees, reported that fees rose. \
                The blog said the rise was the largest since 2011.";
    assert_eq!(source(text, "The blog said"), "Harbour Ledger");
}

#[test]
fn an_office_speaks_for_its_owner() {
    let text = "The bill passed its first reading, the Tidewater Council's records office \
                said. The office said the second reading would follow in March.";
    assert_eq!(source(text, "The office said"), "Tidewater Council");
}

#[test]
fn an_embassy_speaks_for_its_country_officials() {
    let text = "LIMA — The Chilean Embassy in Lima said in a statement that the visas were \
                valid. The embassy said the holders could travel freely.";
    assert_eq!(source(text, "The embassy said"), "Chilean officials");
}

#[test]
fn a_two_word_noun_with_a_name_in_apposition_is_the_name() {
    let text = "Four scrolls were withdrawn from the sale, the auction house, Étude \
                Marchetti, said on Friday.";
    assert_eq!(source(text, "Marchetti, said"), "Étude Marchetti");
}

#[test]
fn police_are_the_country_police() {
    let text = "BUSAN — A fishing boat was found on a beach on Monday, police said. \
                Officers said the boat was empty.";
    assert_eq!(source(text, "police said"), "South Korean police");
    assert_eq!(source(text, "Officers said"), "South Korean police");
}

#[test]
fn look_alikes_keep_their_source() {
    // Officers alone, with no police named: left as they were.
    let text = "The ship reached port on Friday. Officers said the crossing was calm.";
    assert_ne!(source(text, "Officers said"), "South Korean police");
    // A group of experts is no bare body noun.
    let text = "Experts said the study of tides was thin. The Tide Institute (TI) \
                published it.";
    assert_ne!(source(text, "Experts said"), "TI");
    // A journal no name is given for stays as written.
    let text = "A journal has pulled a paper on moss, the journal said on Friday.";
    assert_eq!(source(text, "the journal said"), "journal");
}
