//! Cues the rules did not see (session 16): a figure given by its owner's
//! reckoning ("by the port authority's own count"), "according to" a
//! document described by a clause naming its maker ("according to figures
//! the labour office has made public"), "per the note", a programme or its
//! listeners as the audience of "told", "contacts" as speakers. Each on
//! sentences written for the test, with look-alikes that must not change.

mod common;

use common::suggested::{attribution_quotes, expect, no_attribution_holds, source_of};
use marginalia::suggest::ATTRIBUTION;

#[test]
fn an_owners_count_closing_its_clause() {
    expect(
        "Grain imports fell by a third in May, by the Grain Board's own count.",
        ATTRIBUTION,
        "by the Grain Board's own count",
    );
    assert_eq!(
        source_of(
            "Ferry crossings halved, by the Harbour Office's tally.",
            "tally",
            0
        ),
        "Harbour Office"
    );
    // A count that is an object, a plain passive, nobody's estimate, the
    // writer's own estimate.
    no_attribution_holds(
        "The error was caught by the team's count of ballots.",
        "count",
    );
    no_attribution_holds("Prices rose, by some estimates, by a fifth.", "estimates");
    no_attribution_holds("The mill was bought by the farmer's son.", "farmer");
    no_attribution_holds("About 200 came to the rally, by our estimate.", "estimate");
}

#[test]
fn a_document_described_by_its_maker() {
    expect(
        "The mill had cut 300 jobs since 2020, according to figures the Labour Office has made public.",
        ATTRIBUTION,
        "according to figures the Labour Office has made public",
    );
    expect(
        "The mayor said the dam was unsafe, according to briefings she received as governor, and asked for funds.",
        ATTRIBUTION,
        "according to briefings she received as governor",
    );
    // A source after a preposition keeps its own span.
    expect(
        "The mill cut 300 jobs, according to data from the Labour Office.",
        ATTRIBUTION,
        "according to data from the Labour Office",
    );
}

#[test]
fn notes_programmes_and_contacts() {
    expect(
        "Per the note, the plant will close in June.",
        ATTRIBUTION,
        "Per the note",
    );
    expect(
        "A retired pilot told the programme that the runway was too short.",
        ATTRIBUTION,
        "A retired pilot told the programme",
    );
    expect(
        "Fares rose, the agency said. Our contacts say the port is closed.",
        ATTRIBUTION,
        "Our contacts say",
    );
    // A banknote is no document; contacts that are a thing say nothing.
    no_attribution_holds("She paid with a note, the clerk said.", "note");
    assert!(
        attribution_quotes("The contacts were loose and the lamp failed.").is_empty(),
        "no attribution"
    );
}

#[test]
fn a_dated_document_of_the_outlet_before() {
    let text = "The Harbour Gazette said the pier was unsafe. \
                The March 3 article reported that the pier would close.";
    expect(text, ATTRIBUTION, "The March 3 article reported");
    assert_eq!(source_of(text, "article", 0), source_of(text, "Gazette", 0));
    // A number that is no day keeps its reading.
    no_attribution_holds("In March 300 troops left the base.", "troops");
}

#[test]
fn an_impersonal_report_opening_the_sentence() {
    let text = "The council met on Monday. The mayor said the budget was short. \
                It was announced at the council's meeting that the pool would close.";
    expect(
        text,
        ATTRIBUTION,
        "It was announced at the council's meeting",
    );
    expect(
        "Fares rose, the agency said. It was confirmed that the port is closed.",
        ATTRIBUTION,
        "It was confirmed",
    );
    // No reported clause, or the passive of a deed.
    no_attribution_holds(
        "It was announced too late to matter, the agency said.",
        "announced",
    );
    no_attribution_holds(
        "Fares rose, the agency said. It was built in 1990.",
        "built",
    );
}

#[test]
fn a_schedule_as_a_document_subject() {
    expect(
        "Ferries run three times a day, the operator's timetable shows.",
        ATTRIBUTION,
        "the operator's timetable shows",
    );
    // A show is no document.
    no_attribution_holds("The timetable of the show changed.", "show");
}
