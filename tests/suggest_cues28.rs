//! A cue span's extent (session 28): an attribution with "told" runs through
//! its recipient and every circumstance after it up to the "that" of the
//! reported clause ("Aides told *the press corps in a hotel corridor* that
//! …"), or to the clause's end when the recipient stands alone ("told
//! *donors*."), whatever the recipient's noun. Sentences written for this
//! test, with look-alikes whose stretch after "told" is a clause.

mod common;

use common::suggested::{builtin_on, expect};

#[test]
fn told_runs_through_recipient_and_circumstance_to_that() {
    let text = "The visit was cut short. Embassy officials told the press corps in a hotel \
                corridor that the talks had ended early.";
    expect(
        text,
        "attribution",
        "Embassy officials told the press corps in a hotel corridor",
    );
    let text = "The ferry 🚢 stayed in port. Captain Yoon told the crew on the ride back to \
                Mokpo that the engine had failed.";
    expect(
        text,
        "attribution",
        "Captain Yoon told the crew on the ride back to Mokpo",
    );
    let text = "The 국방부 spokesperson, Lee Min-ho, told the pool by text that there was “no \
                change” to the plan.";
    expect(
        text,
        "attribution",
        "The 국방부 spokesperson, Lee Min-ho, told the pool by text",
    );
}

#[test]
fn told_a_lone_recipient_at_the_clause_end() {
    let text = "Families are sleeping in schools, the Red Cross told donors. Aid has not \
                arrived.";
    expect(text, "attribution", "the Red Cross told donors");
}

#[test]
fn a_clause_after_told_is_not_its_recipient() {
    let text = "Port workers were sent home. The harbour master told reporters the port was \
                closed that week.";
    no_cue_with(text, "told reporters the port");
    let text = "The harbour master told reporters the ship sank that night.";
    no_cue_with(text, "the ship sank");
    let text = "The harbour master told crews it would reopen.";
    no_cue_with(text, "told crews it");
}

/// No attribution quote of `text` holds `words`.
fn no_cue_with(text: &str, words: &str) {
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || !s.quote.contains(words)),
        "{words:?} in {found:#?}"
    );
}

#[test]
fn and_inside_a_body_name_before_its_acronym() {
    let text = "Roads were shut, according to the Provincial Office for Roads and Bridge \
                Safety (POBS).";
    expect(
        text,
        "attribution",
        "according to the Provincial Office for Roads and Bridge Safety (POBS)",
    );
}

#[test]
fn and_between_two_sources_is_no_name() {
    // The source's name stops at "and"; the span runs to the clause's end
    // (cues29: gold ends "according to" spans at a comma or the sentence's
    // end 129 of 130).
    let text = "Roads were shut, according to the Provincial Office and local residents.";
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution"
            || !s.source.as_deref().unwrap_or("").contains("residents")),
        "{found:#?}"
    );
}

#[test]
fn a_plain_head_after_a_capitalised_body_ends_the_source() {
    let text = "Per the KCG skipper, about 40 boats 🚤 were out that night.";
    expect(text, "attribution", "Per the KCG skipper");
}

#[test]
fn a_time_word_after_a_name_is_no_head() {
    // The name is "Yonhap"; the span runs to the sentence's end (cues29).
    let text = "Forty boats were out, according to Yonhap today.";
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || s.source.as_deref() == Some("Yonhap")),
        "{found:#?}"
    );
}

#[test]
fn a_record_phrase_closing_the_sentence_is_an_attribution() {
    let text = "The ferry line paid its crews in cash, according to ledgers obtained by the \
                Tribune. Each payment went through a broker in Dalian, the ledgers show. Two \
                captains asked for dollars 💵, the text logs show.";
    expect(text, "attribution", "the ledgers show");
    expect(text, "attribution", "the text logs show");
    expect(
        text,
        "claim",
        "Each payment went through a broker in Dalian",
    );
    let text = "Hanra Shipping posted a loss. Fuel costs doubled in the third quarter, the \
                firm's slides showed.";
    expect(text, "attribution", "the firm's slides showed");
    let text = "The 통일부 said on Monday that tours would resume. Visits fell by half in 2024, \
                its own records show.";
    expect(text, "attribution", "its own records show");
}

#[test]
fn a_record_phrase_not_at_the_clause_end_is_no_tail() {
    // Mid-sentence with an object: not this rule's (the document-subject
    // rule reads a sentence-opening one).
    let text = "Pay rose, the ledgers show a broker in Dalian took a cut.";
    assert!(builtin_on(text).iter().all(|s| s.rule != "record-tail"));
    let text = "The Tribune obtained the ledgers. Pay went to Dalian, as the ledgers show.";
    no_cue_with(text, "as the ledgers show");
    let text = "The Tribune obtained the ledgers. Pay went to Dalian, and the crew shows.";
    no_cue_with(text, "the crew shows");
}
