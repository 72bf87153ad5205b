//! Naming organisations (session 17): a national body the text introduces
//! with its acronym in brackets is filed under the acronym, not its
//! country's officials; "the centre", "the foundation" and "the coast guard"
//! read back as the body of that kind named before; a firm's staff named by
//! its one-word name speak for the firm; a body's name is not renamed by a
//! relative clause after it; a document read back by its noun speaks for the
//! body named with it. Each on sentences written for this test, with
//! look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_national_body_introduced_by_its_acronym_is_named_by_it() {
    let text = "Tremor felt\n\nTOKYO, May 4 — The U.S. Weather Watch Service (WWS) said \
                on Monday that the tremor measured 4.1.";
    assert_eq!(source(text, "Weather Watch"), "WWS");
    let text = "Fleet grows\n\nSEOUL, May 4 — The Ministry of Ocean Defense (MOD) said \
                on Monday that two frigates had joined the fleet.";
    assert_eq!(source(text, "Ministry of Ocean"), "MOD");
    // Without an acronym the dateline's country files the ministry.
    let text = "Fleet grows\n\nSEOUL, May 4 — The Ministry of Ocean Defense said on \
                Monday that two frigates had joined the fleet.";
    assert_eq!(source(text, "Ministry of Ocean"), "South Korean officials");
}

#[test]
fn a_body_named_by_its_country_and_acronym_is_the_acronym() {
    let text = "The report was signed by Norway's Fjord Safety Office (FSO) and two \
                others. Norway's FSO said on Monday that the ferry lanes were safe.";
    assert_eq!(source(text, "Norway's FSO said"), "FSO");
}

#[test]
fn the_centre_and_the_foundation_are_the_ones_named_before() {
    let text = "The Birchwood Center, a shelter in Daegu, opened in May. \
                Meals were cut last winter, the centre's manager, Ahn Mi-ra, said. \
                A survey by the Larkspur Foundation found that rents had doubled. \
                The foundation wrote that many tenants had moved away.";
    assert_eq!(source(text, "centre's manager"), "Birchwood Center");
    assert_eq!(source(text, "foundation wrote"), "Larkspur Foundation");
}

#[test]
fn the_coast_guard_is_the_one_named_with_its_country() {
    let text = "A trawler sank on Sunday, the Lakeland Coast Guard said. \
                The coast guard, which patrols the strait, said three sailors were rescued.";
    assert_eq!(source(text, "The coast guard,"), "Lakeland Coast Guard");
}

#[test]
fn a_firms_spokesperson_speaks_for_the_firm() {
    let text = "Output will resume next week, a Brightwell spokesperson told reporters.";
    assert_eq!(source(text, "Brightwell"), "Brightwell");
    // A nationality names its officials, not a body.
    let text = "Output will resume next week, a Chinese official told reporters.";
    assert_eq!(source(text, "Chinese"), "Chinese officials");
}

#[test]
fn a_relative_clause_does_not_rename_a_body() {
    let text = "A survey by the Larkspur Foundation, which supports tenants, found that \
                rents had doubled.";
    assert_eq!(source(text, "Larkspur"), "Larkspur Foundation");
}

#[test]
fn a_report_speaks_for_the_body_named_with_it() {
    let text = "Rain fell for ten days, the Valley Water Board said on Monday. \
                The Lakeland Survey Office (LSO) gave its own figures in a report \
                to the council. According to the report, the river rose by two metres.";
    assert_eq!(source(text, "According to the report"), "LSO");
}

#[test]
fn police_in_a_city_are_its_countrys_police() {
    let text = "Police in Busan said two men were held on Friday.";
    assert_eq!(source(text, "Police in Busan"), "South Korean police");
    // A city the table does not know is no country's.
    let text = "Police in Springfield said two men were held on Friday.";
    assert_ne!(source(text, "Police in Springfield"), "South Korean police");
}

#[test]
fn its_after_a_sentence_naming_a_paper_is_that_paper() {
    let text = "The navy held drills on Monday, the defence ministry said. \
                The Valley Gazette ran the story on page two. \
                Its correspondent wrote that the drills were the largest this year.";
    assert_eq!(source(text, "Its correspondent"), "Valley Gazette");
    // A pronoun after a sentence naming no outlet keeps the source before.
    let text = "The drills ended on Monday, the Lakeland Coast Guard said. \
                Ships returned to port. It said no one was hurt.";
    assert_eq!(source(text, "It said"), "Lakeland Coast Guard");
}

#[test]
fn a_place_in_a_compound_is_no_reports_author() {
    let text = "Rice rose by a third, the Seoul-based group Green Rows said in its \
                quarterly report. Corn rose too, according to the report.";
    assert_ne!(
        source(text, "according to the report"),
        "South Korean officials"
    );
}
