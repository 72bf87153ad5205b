//! Naming an attribution's source as analysts name it (session 13, the sixth
//! fresh set seen): international bodies by their usual short names, any
//! country's officials by nationality, a nationality-named official who asks
//! not to be named, a body's acronym before its full name, and a body word
//! read as the body's whole name. Each construction on sentences written for
//! the test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn an_international_body_goes_by_its_usual_short_name() {
    let text = "Harvests failed in three provinces, the World Food Programme said on Friday.";
    assert_eq!(source(text, "World Food"), "WFP");
    let text = "Detainees were beaten, the U.N. human rights office said in a report.";
    assert_eq!(source(text, "human rights office"), "OHCHR");
    let text = "Refugee numbers doubled, the U.N. refugee agency said.";
    assert_eq!(source(text, "refugee agency"), "UNHCR");
    let text = "The final was moved to Doha, the Asian Football Confederation said.";
    assert_eq!(source(text, "Football"), "AFC");
    let text = "The deal was first reported by Bloomberg News.";
    assert_eq!(source(text, "Bloomberg"), "Bloomberg");
    // A body's spokesperson speaks for it.
    let text = "Roads were cut, an IFRC spokesperson in Geneva said.";
    assert_eq!(source(text, "spokesperson"), "IFRC");
    // A word of the same spelling in a sentence is no source.
    let text = "The who and the why remained unclear, the envoy said.";
    assert_ne!(source(text, "envoy said"), "WFP");
}

#[test]
fn any_country_speaks_through_its_officials() {
    let text = "Talks will resume in May, Norway's foreign ministry said on Tuesday.";
    assert_eq!(source(text, "foreign ministry"), "Norwegian officials");
    let text = "Talks will resume in May, Norway said.";
    assert_eq!(source(text, "Norway said"), "Norwegian officials");
    let text = "The ferry will sail on Monday, a Danish diplomat said.";
    assert_eq!(source(text, "diplomat"), "Danish officials");
    // A company or a newspaper of that country is not its government.
    let text = "The ferry will sail on Monday, Danish shipping company Nordlys said.";
    assert_ne!(source(text, "Nordlys"), "Danish officials");
    let text = "The ferry will sail on Monday, a Danish newspaper reported.";
    assert_ne!(source(text, "newspaper"), "Danish officials");
    // A researcher is an expert wherever she comes from.
    let text = "The ferry will sail on Monday, a Danish researcher said.";
    assert_eq!(source(text, "researcher"), "experts");
}

#[test]
fn an_anonymous_official_of_a_named_country_is_its_officials() {
    let text = "Two tankers were seized, a U.S. defense official, speaking on \
                condition of anonymity, said.";
    assert_eq!(source(text, "defense official"), "US officials");
    let text = "Two tankers were seized, a Dutch navy official, speaking on \
                condition of anonymity, said.";
    assert_eq!(source(text, "navy official"), "Dutch officials");
    // Without a country, an unnamed source.
    let text = "Two tankers were seized, a ministry official, speaking on \
                condition of anonymity, said.";
    assert_eq!(source(text, "ministry official"), "unnamed sources");
}

#[test]
fn an_acronym_is_the_body_whose_name_opens_with_it() {
    let text = "Thieves moved the coins through six mixers, Corvid Analytics estimated. \
                \"They were patient,\" said Lena Fox, CA's head of research.";
    // Two capitals are an acronym but the body's name does not open with
    // them: the owner keeps its own name.
    assert_eq!(source(text, "Lena Fox"), "CA");
    let text = "Thieves moved the coins through six mixers, VRX Forensics estimated. \
                \"They were patient,\" said Lena Fox, VRX's head of research.";
    assert_eq!(source(text, "Lena Fox"), "VRX Forensics");
}

#[test]
fn a_body_word_is_the_whole_name_introduced() {
    let text = "Exports will shrink, the Baltic Institute of Maritime Trade estimated \
                on Monday. The institute added that freight rates had doubled.";
    assert_eq!(
        source(text, "institute added"),
        "Baltic Institute of Maritime Trade"
    );
    // A name that ends in the word keeps its words only.
    let text = "Exports will shrink, the Baltic Trade Institute estimated on Monday \
                in Riga. The institute added that freight rates had doubled.";
    assert_eq!(source(text, "institute added"), "Baltic Trade Institute");
}

#[test]
fn a_known_institute_is_its_researchers_source() {
    let text = "My colleague Jonas Berg at the Stockholm International Peace Research \
                Institute argues that arms imports have doubled.";
    assert_eq!(source(text, "Jonas Berg"), "SIPRI");
}

#[test]
fn people_in_a_place_are_the_people_not_the_place() {
    let text = "Envoys met in Oslo on Monday. The vote will be close, diplomats in Oslo say.";
    assert_eq!(source(text, "diplomats in Oslo"), "diplomats");
    // A capitalised body after its description keeps its name.
    let text = "Exports fell, the state news agency TASS reported.";
    assert_eq!(source(text, "TASS"), "TASS");
}

#[test]
fn a_body_word_after_a_countrys_body_is_its_officials() {
    let text = "Pyongyang's foreign ministry called the drills a provocation on Sunday. \
                Talks will resume in May, Norway's foreign ministry said last week. \
                The ministry added that its embassy would stay open.";
    assert_eq!(source(text, "ministry added"), "Norwegian officials");
    // The latest body named wins.
    let text = "Talks will resume in May, Norway's foreign ministry said last week. \
                The Unification Ministry said on Monday that aid would continue. \
                The ministry added that its office would stay open.";
    assert_eq!(source(text, "ministry added"), "Unification Ministry");
}
