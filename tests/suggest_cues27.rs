//! Attribution cues no rule read (session 27): a speaker named by what they
//! do — an agent noun ("strateg*ists*", "import*ers*", "auth*or*",
//! "present*er*") — as the subject of a reporting verb ("Market strategists
//! said", "The presenter cautions"), and as the subject of a finding verb
//! with a reported clause ("The author finds that …", "Our inspectors found
//! that …"). Each on sentences written for this test, with look-alikes that
//! must not fire.

mod common;

use common::suggested::{builtin_on, expect, lacks};

#[test]
fn an_agent_noun_before_a_reporting_verb() {
    let text = "Bond prices rose on Friday. Currency strategists said the won would \
                weaken further.";
    expect(text, "attribution", "Currency strategists said");
    let text = "Two of the exporters said the oysters came from Wando (완도).";
    expect(text, "attribution", "Two of the exporters said");
    let text = "The lecturer cautions that the survey 📊 covered only 40 farms.";
    expect(text, "attribution", "The lecturer cautions");
    let text = "The moderator recalls that the ferry “never” ran on time.";
    expect(text, "attribution", "The moderator recalls");
}

#[test]
fn things_with_an_agent_ending_are_no_speakers() {
    let text = "Prices rose in May. The higher number suggests that the mills reopened.";
    no_cue(text, "number suggests");
    let text = "Exports fell. The other factor showed that demand was weak.";
    no_cue(text, "factor showed");
}

#[test]
fn an_agent_noun_reporting_a_finding() {
    let text = "The survey covered 40 ports. The author finds that traffic 🚢 fell by \
                a third.";
    expect(text, "attribution", "The author finds");
    let text = "The Road Transport Agency (RTA) said it had visited the depot. Its inspectors found \
                that four trucks had no permits.";
    expect(text, "attribution", "Its inspectors found");
    let text = "The paper reviews 12 cases. The author concludes the ban had failed.";
    expect(text, "attribution", "The author concludes");
}

#[test]
fn an_agent_noun_finding_a_thing_is_no_report() {
    let text = "The inspectors arrived at noon. The inspectors found a new office in Busan.";
    no_cue(text, "inspectors found");
    let text = "The author finds time to write at night.";
    no_cue(text, "author finds");
}

/// No attribution quote of `text` holds `words`.
fn no_cue(text: &str, words: &str) {
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || !s.quote.contains(words)),
        "{words:?} in {found:#?}"
    );
}

#[test]
fn an_agent_noun_inside_a_phrase_or_first_person_is_left() {
    let text = "Sales fell. A clerk at a Busan insurer said the claims had doubled.";
    lacks(text, "attribution", "a Busan insurer said");
    let text = "The port reopened. About 60 percent of dockers said the pay was low.";
    no_cue(text, "dockers said");
    let text = "“My brother told me to leave,” she wrote.";
    no_cue(text, "brother told");
    let text = "The mayor spoke. Farmers and volunteers counted 300 geese.";
    no_cue(text, "volunteers counted");
}

#[test]
fn an_agent_noun_before_a_named_appositive_keeps_its_body() {
    let text = "The Harbour Heritage Centre (HHC) runs the museum. The centre's site \
                director, Ana Ruiz, said the roof leaked.";
    let source = common::suggested::source_of(text, "Ana Ruiz", 0);
    assert_ne!(source, "director");
    assert_eq!(source, "HHC");
}

#[test]
fn a_speaker_reached_by_phone() {
    let text = "Trucks queued at the bridge. A driver in Hunchun reached by phone said \
                the gate had shut at noon.";
    expect(
        text,
        "attribution",
        "A driver in Hunchun reached by phone said",
    );
    let text = "The ferry was late. A port official contacted by telephone said 12 boats \
                had stayed in Sokcho (속초).";
    expect(
        text,
        "attribution",
        "A port official contacted by telephone said",
    );
    assert!(!common::suggested::source_of(text, "official", 0).contains("telephone"));
}

#[test]
fn an_agent_noun_told_to_act_is_no_report() {
    let text = "Foreign photographer told to leave Pyongyang after visit";
    no_cue(text, "photographer told");
}
