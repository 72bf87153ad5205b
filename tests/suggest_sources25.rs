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
    // Below the article's title line (which gets no suggestion).
    let text = "Port notices\n\nTHE HARBOUR NOTICE — as released by the Port of Rotterdam at 09:00\n\n\
                Berths 4 and 5 will close for dredging from 3 March.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q.starts_with("as released by the Port of Rotterdam")),
        "{quotes:?}"
    );
}

#[test]
fn a_speaker_named_by_the_body_noun_speaks_for_that_body() {
    // The body's name has the noun's plural as its head; curly apostrophe,
    // an emoji.
    let text = "The National Archives of Finland on Monday opened 40 files from \
                1975 📂.\n\nAn archive official, speaking at the opening, said the \
                rest would follow in May. She said the archive’s staff had read \
                every page. The files show the talks stalled, the archive says.";
    assert_eq!(
        source_of(text, "An archive official", 0),
        "National Archives of Finland"
    );
    assert_eq!(
        source_of(text, "She said", 0),
        "National Archives of Finland"
    );
    assert_eq!(
        source_of(text, "the archive says", 0),
        "National Archives of Finland"
    );
}

#[test]
fn a_speaker_with_no_body_of_that_noun_is_left() {
    // No archive named before: not read as another body.
    let text = "Ferries to Bornholm were cancelled on Monday.\n\nAn archive official \
                said the records were incomplete.";
    assert_ne!(source_of(text, "An archive official", 0), "Bornholm");
    // An adjective, not a body's noun, before the speaker.
    let text = "The Port of Tallinn reopened on Monday. A senior official said the \
                queues had cleared.";
    assert_ne!(source_of(text, "A senior official", 0), "Port of Tallinn");
}

#[test]
fn a_ministry_without_its_country_takes_the_country_the_text_names() {
    // No dateline and no large city: Tokyo and Japan's place the text; the
    // North's mentions are not counted. A curly apostrophe in the name.
    let text = "Ferry links between Tokyo and the islands were cut on Monday, \
                and Japan’s coastal towns braced for a second storm. North Korea \
                said Pyongyang was unaffected.\n\nThe Ministry of Harbours and \
                Canals told the committee that 12 ports had closed.";
    assert_eq!(
        source_of(text, "Ministry of Harbours", 0),
        "Japanese officials"
    );
    // Only the North named: no country for the ministry.
    let text = "North Korea said Pyongyang was unaffected by the storm.\n\nThe \
                Ministry of Harbours and Canals told the committee that 12 ports \
                had closed.";
    assert_ne!(
        source_of(text, "Ministry of Harbours", 0),
        "North Korean officials"
    );
}
