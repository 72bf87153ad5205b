//! Naming organisations (session 18): a trade noun with a name in
//! apposition is that name, and a later "the lender said" reads it back; a
//! document read back by its noun ("The circular", "The ruling") speaks for
//! the source before; an event's organisers are the event (by the acronym
//! the text gives it); a local government is its country's officials; a
//! country's customs figures are its customs'; a judge speaks for the court
//! named before. Each on sentences written
//! for this test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_trade_noun_with_a_name_in_apposition_is_the_name() {
    let text = "Loans to fishing fleets were frozen on Friday, the lender, Harbour Trust, \
                said in a note to clients. The note said seven boats had defaulted. \
                Interest will rise next year, the lender said.";
    assert_eq!(source(text, "Harbour Trust, said"), "Harbour Trust");
    assert_eq!(source(text, "the lender said"), "Harbour Trust");
}

#[test]
fn a_document_read_back_speaks_for_the_source_before() {
    let text = "Premiums will double, the shipping bureau Maritime Watch said on Monday. \
                The circular, sent to members, said the change starts in June.";
    assert_eq!(source(text, "The circular"), "Maritime Watch");
}

#[test]
fn organisers_speak_for_the_event_named_before() {
    let text = "Lights and ships\n\nBUSAN — The Harbour Lantern Festival (HLF) opened on \
                Friday. Organisers said nearly 80,000 people came on the first night.";
    assert_eq!(source(text, "Organisers said"), "HLF");
    let text = "Books and boats\n\nBUSAN — The Lakeside Book Fair opened on Friday. \
                Organisers said nearly 9,000 people came on the first day.";
    assert_eq!(source(text, "Organisers said"), "Lakeside Book Fair");
}

#[test]
fn a_local_government_is_its_countrys_officials() {
    let text = "Cranes return\n\nPAJU, South Korea — More cranes wintered here this year. \
                The province said in a statement that feeding sites would be expanded.";
    assert_eq!(source(text, "The province"), "South Korean officials");
    // A source placed in a province is not the province's government.
    let text = "Prices rise\n\nSEOUL — Rice prices rose again, a source in Kangwon \
                Province told the outlet.";
    assert_ne!(source(text, "a source"), "South Korean officials");
}

#[test]
fn a_countrys_customs_figures_are_its_customs() {
    let text = "Exports of coal to the port fell by half in May, Chinese customs figures show.";
    assert_eq!(source(text, "customs figures"), "Chinese customs");
    let text = "Exports of coal to the port fell by half in May, Chinese officials said.";
    assert_eq!(source(text, "officials said"), "Chinese officials");
}

#[test]
fn a_judge_speaks_for_the_court() {
    let text = "Ferry owner fined\n\nKOBE — The Kobe District Court on Monday fined a ferry \
                owner for overloading. Presiding Judge Ito Ken said the owner had ignored \
                three warnings.";
    assert_eq!(source(text, "Presiding Judge"), "Kobe District Court");
    // With no court named, the judge keeps the name.
    let text = "Presiding Judge Ito Ken said the owner had ignored three warnings.";
    assert_ne!(source(text, "Presiding Judge"), "Kobe District Court");
}
