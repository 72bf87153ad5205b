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
