//! Sources of attributions (session 33): a source left as a bare common noun
//! after every other pass is never returned as it is (`bare_guard.rs`). A
//! broadcast noun is the broadcaster named before; a company word the
//! company introduced before (by its trade, an apposition or its corporate
//! suffix); a capitalised body noun the name the text gave the body with
//! that head; a relative speaks as family members, an "-ologist" as experts,
//! a co-worker who left for Seoul as defectors; a body's lawyer for the
//! body; a village's head for its residents. Each on sentences written for
//! the test, with look-alikes that keep their reading.

mod common;

use common::suggested::source_of;

#[test]
fn a_broadcast_noun_is_the_broadcaster_named_before() {
    let text = "Monitoring log.\nKorean Central Broadcasting Station (KCBS), news\nKCBS \
                said the plant was new.\nPyongyang FM, morning\nThe bulletin said a \
                delegation had left. It said the delegation would attend.\nVoice of \
                Korea, Japanese service\nThe service said a group had sent bags.";
    assert_eq!(source_of(text, "The bulletin said", 0), "Pyongyang FM");
    assert_eq!(source_of(text, "It said", 0), "Pyongyang FM");
    assert_eq!(source_of(text, "The service said", 0), "Voice of Korea");
}

#[test]
fn a_company_word_is_the_company_introduced_before() {
    let text = "SEOUL (Herald) — The chain, Haemil Foods, runs 23 noodle restaurants in \
                Seoul. The Korean Intellectual Property Office (KIPO) rejected the \
                application in May. The company said it would appeal.";
    assert_eq!(source_of(text, "The company said", 0), "Haemil Foods");
    let text = "Applicant: Seohae Blue Energy Co. Reviewer: the ministry.\n\nThe site \
                lies far out, the company's statement says. The company said it had \
                agreed to pay.";
    assert_eq!(
        source_of(text, "the company's statement", 0),
        "Seohae Blue Energy"
    );
    assert_eq!(source_of(text, "The company said", 0), "Seohae Blue Energy");
}

#[test]
fn a_capitalised_body_noun_is_the_body_named_with_that_head() {
    let text = "The Transitional Rights Archive (TRA) is in Seoul. The Archive has \
                established that he called. The Archive considers it likely that the \
                calls were monitored.";
    assert_eq!(source_of(text, "The Archive considers", 0), "TRA");
}

#[test]
fn relatives_and_scientists_are_their_group_words() {
    let text = "SEOUL (Herald) — Kim's cousin, who left the North in 2014, lives in \
                Seoul. The cousin said he was afraid.";
    assert_eq!(source_of(text, "The cousin said", 0), "family members");
    let text = "SEOUL (Herald) — Entomologists have long said that mosquitoes cross the \
                border. Epidemiologists said the cases would rise.";
    assert_eq!(source_of(text, "Entomologists have", 0), "experts");
    assert_eq!(source_of(text, "Epidemiologists said", 0), "experts");
}

#[test]
fn a_co_worker_who_left_for_the_south_is_a_defector() {
    let text = "SEOUL (Herald) — A co-worker who later left Russia for Seoul said two \
                men took his belongings.";
    assert_eq!(source_of(text, "A co-worker", 0), "defectors");
}

#[test]
fn a_bodys_lawyer_speaks_for_the_body_a_persons_for_the_defence() {
    let text = "SEOUL (Herald) — The chain, Haemil Foods, runs 23 noodle restaurants. \
                Haemil's lawyer, Kang Do-yeon, said the company would appeal. He said \
                the chain had used the name since 2016.";
    assert_eq!(source_of(text, "Haemil's lawyer", 0), "Haemil Foods");
    assert_eq!(source_of(text, "He said", 0), "Haemil Foods");
    // A defendant's lawyer stays with the defence.
    let text = "SEOUL (Herald) — Cho Min-ho, 52, was charged on Monday. Cho's lawyer, \
                Lee Han-sol, said his client was innocent.";
    assert_eq!(source_of(text, "Cho's lawyer", 0), "defence lawyers");
}

#[test]
fn a_village_head_speaks_for_its_residents() {
    let text = "SEOUL (Herald) — Teams sprayed the villages of Daeseong-dong and \
                Tongil-chon. Tongil-chon's village head, Lee Gwang-sik, told reporters \
                that seven households had cases.";
    assert_eq!(
        source_of(text, "Tongil-chon's village head", 0),
        "residents"
    );
}
