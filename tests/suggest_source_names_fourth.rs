//! Naming an attribution's source as an analyst does (issue 11, fourth
//! held-out set seen): an unknown body's acronym, a description before a
//! name, a source of a body, body words read through how a body was
//! mentioned or introduced, a person described in the next sentence,
//! "Others", a country's body abroad and a Japanese title. Each construction
//! on sentences written for the test, with a look-alike that keeps its source.
//!
//! Spans are found by a word they hold (`needle`), not by their whole quote, so
//! that these tests check the source's name whatever the span's extent.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn an_unknown_body_goes_by_the_acronym_it_is_given() {
    let text = "Catches fell by a third, the Coastal Fisheries Monitoring Group (CFMG) \
                said on Monday. The group said the fleet had shrunk.";
    assert_eq!(source(text, "CFMG"), "CFMG");
    assert_eq!(source(text, "The group said"), "CFMG");
    // A body the registry knows goes by the acronym too (session 15:
    // `name_by_bracketed_acronym`, on by default; tests/suggest_bodies15.rs has
    // the long name with it off); parentheses that hold no acronym are dropped.
    let text = "Two shells landed at sea, the Joint Chiefs of Staff (JCS) said.";
    assert_eq!(source(text, "Joint Chiefs"), "JCS");
    let text = "Prices rose again, the Harbour Pilots Guild (in Busan) said.";
    assert_eq!(source(text, "Guild"), "Harbour Pilots Guild");
}

#[test]
fn a_description_before_a_name_is_not_the_name() {
    let text = "Rice prices doubled, the Tokyo-based magazine Pacific Ledger reported.";
    assert_eq!(source(text, "Pacific Ledger"), "Pacific Ledger");
    let text = "Exports fell, as reported by the state news agency TASS.";
    assert_eq!(source(text, "TASS"), "TASS");
    // A capitalised name that opens the source keeps its lower-case words.
    let text = "Exports fell, the U.N. refugee office said.";
    assert_eq!(source(text, "refugee office"), "U.N. refugee office");
}

#[test]
fn a_source_of_a_body_is_an_unnamed_source() {
    let text = "The convoy left at dawn, a Japanese government source said.";
    assert_eq!(source(text, "government source"), "unnamed sources");
    let text = "The convoy left at dawn, the Japanese government said.";
    assert_eq!(source(text, "Japanese government"), "Japanese officials");
}

#[test]
fn a_body_word_is_the_body_mentioned_or_introduced_before() {
    // Through the words the registry body was mentioned by.
    let text = "South Korea's spy agency briefed lawmakers on Monday. \
                The intelligence agency said the unit had moved north.";
    assert_eq!(source(text, "intelligence agency"), "NIS");
    // Through a body introduced with its acronym.
    let text = "The Global Crop Watch Programme (GCWP) has had no staff there since 2021. \
                The U.N. agency has estimated that a third of children are stunted.";
    assert_eq!(source(text, "U.N. agency"), "GCWP");
    let text = "Detainees were beaten, the U.N. refugee office (UNHCR) said on Tuesday. \
                The office wrote that the camps were full.";
    assert_eq!(source(text, "The office wrote"), "UNHCR");
    // Look-alike: an agency named last by its own name keeps that name.
    let text = "Yonhap News Agency reported the launch first. The agency said the \
                missile flew east.";
    assert_eq!(source(text, "The agency said"), "Yonhap");
}

#[test]
fn a_person_described_in_the_next_sentence_takes_the_description() {
    let text = "Élodie Varenne has written three books on the North. A research fellow \
                at the Asan Institute in Seoul, she visited Pyongyang in 2018. \
                The sanctions are weakening, Varenne said. Talks will fail, she added.";
    assert_eq!(source(text, "Varenne said"), "Asan Institute");
    assert_eq!(source(text, "she added"), "Asan Institute");
    // Look-alike: a description naming no body or role leaves the name.
    let text = "Jonas Bergh has sailed the Yellow Sea for years. A keen diver, he \
                knows the reefs. The patrols are new, Bergh said.";
    assert_eq!(source(text, "Bergh said"), "Bergh");
}

#[test]
fn others_after_a_group_are_that_group() {
    let text = "The site may be a decoy, some analysts say. Others suspect it is a \
                new base.";
    assert_eq!(source(text, "Others"), "some analysts");
}

#[test]
fn a_countrys_body_abroad_speaks_for_its_officials() {
    let text = "The ship was seized illegally, North Korea's mission in Geneva said.";
    assert_eq!(source(text, "mission"), "North Korean officials");
    let text = "The workers left in May, North Korea's embassy in Moscow said.";
    assert_eq!(source(text, "embassy"), "North Korean officials");
    // Look-alike: a body of the place itself.
    let text = "The workers left in May, Russia's foreign ministry said.";
    assert_eq!(source(text, "foreign ministry"), "Russian officials");
}

#[test]
fn a_chief_cabinet_secretary_speaks_for_japan() {
    let text = "No ships were damaged, Chief Cabinet Secretary Hiroshi Tanabe told \
                reporters. A protest was lodged, Tanabe added.";
    assert_eq!(source(text, "Hiroshi Tanabe"), "Japanese officials");
    assert_eq!(source(text, "Tanabe added"), "Japanese officials");
}

#[test]
fn a_pronoun_after_a_later_mention_of_a_speaker_is_theirs() {
    let text = "Mireille Dufort has followed the North for years. A senior fellow at \
                the Sejong Institute, she met Kim's envoys twice. The deal will last, \
                Dufort said. The sanctions had collapsed, Kang Min-su, a professor at \
                Hanseo University, said. On the navies, Dufort was worried. An \
                accident could escalate, she warned.";
    assert_eq!(source(text, "she warned"), "Sejong Institute");
    // Look-alike: with no later mention, the source before.
    let text = "Mireille Dufort has followed the North for years. A senior fellow at \
                the Sejong Institute, she met Kim's envoys twice. The deal will last, \
                Dufort said. The sanctions had collapsed, Kang Min-su, a professor at \
                Hanseo University, said. An accident could escalate, he warned.";
    assert_eq!(source(text, "he warned"), "experts");
}
