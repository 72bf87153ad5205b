//! Sources of attributions (session 25, the eighteenth fresh set seen): the
//! agent of an impersonal passive ("It was stated by …, that") is its
//! speaker, not the source before; "as released by" / "as issued by" open an
//! attribution as "released by" does. Each construction on sentences written
//! for the test, with look-alikes that keep their reading.

mod common;

use common::suggested::{attribution_quotes, expect, source_of};
use marginalia::suggest::ATTRIBUTION;

#[test]
fn the_agent_of_a_passive_is_the_speaker() {
    // A country's embassy after "by", a circumstance after the comma.
    let text = "Ferries to Bornholm were cancelled on Monday.\n\nIt was stated by \
                the Japanese embassy in Oslo, in a notice on its website on \
                Tuesday, that visas would be paused until March.";
    expect(
        text,
        ATTRIBUTION,
        "It was stated by the Japanese embassy in Oslo, in a notice on its website on Tuesday",
    );
    assert_eq!(source_of(text, "Japanese embassy", 0), "Japanese officials");
    // A time after the agent ends its name; a curly apostrophe and Korean.
    let text = "Yonhap said the port had reopened.\n\nIt was stated by the Korea \
                Meteorological Administration later on Friday that the storm \
                (태풍) had weakened; the agency’s chart showed it.";
    expect(
        text,
        ATTRIBUTION,
        "It was stated by the Korea Meteorological Administration later on Friday",
    );
    assert_ne!(source_of(text, "It was stated", 0), "Yonhap");
}

#[test]
fn a_passive_without_an_agent_keeps_the_source_before() {
    // No "by": the passive reports for the body named before.
    let text = "The Unification Ministry said on Monday that talks were possible. \
                It was announced that the talks would resume in May.";
    let quotes = attribution_quotes(text);
    assert!(quotes.iter().any(|q| q == "It was announced"), "{quotes:?}");
    assert_eq!(
        source_of(text, "It was announced", 0),
        "Unification Ministry"
    );
    // "by" with no reported clause: no attribution of the passive.
    let text = "It was stated by the mayor and nobody objected to it 🙂.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().all(|q| !q.starts_with("It was stated")),
        "{quotes:?}"
    );
}

#[test]
fn as_released_by_opens_an_attribution() {
    let text = "THE HARBOUR NOTICE — as released by the Port of Rotterdam at 09:00\n\n\
                Berths 4 and 5 will close for dredging from 3 March.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q.starts_with("as released by the Port of Rotterdam")),
        "{quotes:?}"
    );
}
