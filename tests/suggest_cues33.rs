//! Cues and their extent (session 33): an appositive closing in a long name
//! and its short one in brackets ("The group, *the General Association of
//! Dock Workers in Tarn (Dockren)*, said"); "according to" an unnamed person
//! by trade, with the relative clause ("according to *a dock worker who
//! spoke to reporters*"); a plain subject's "reported" trailing its clause
//! ("…, the port's inspection team reported"); a bare noun compound of data
//! closing a sentence ("…, port statistics show"); "but said" with no comma;
//! "said on its website"; a participle of anonymity in commas after the cue
//! left out; "has established that"; a lower-case possessive before a
//! body's word ("The Tarn fishermen's association said"); and what is no
//! attribution: a pronoun's cue inside a quotation ("“She told me …,” the
//! farmer said"), "wrote to" an addressee, "reported" with a plain object,
//! and a hearsay aside in a relative clause ("the pipe that state media said
//! was new"). Sentences written for this test, with near misses.

mod common;

use common::suggested::{attribution_quotes, expect, lacks, source_of};

#[test]
fn an_appositive_closing_in_a_long_bracketed_name() {
    let text = "Prices rose. The group, the General Association of Dock Workers in Tarn \
                (Dockren), said on Monday that pay had fallen.";
    expect(
        text,
        "attribution",
        "The group, the General Association of Dock Workers in Tarn (Dockren), said on Monday",
    );
    let text = "Prices rose. Ana Lim, a spokesperson for the Office of the Harbour High \
                Commissioner for Fish Rights (OHCFR), said pay had fallen.";
    expect(
        text,
        "attribution",
        "Ana Lim, a spokesperson for the Office of the Harbour High Commissioner for Fish \
         Rights (OHCFR), said",
    );
    // A lower-case aside in brackets is no name.
    let text = "Prices rose. Ana Lim, a forecaster at the harbour office in Tarn (retired), \
                said pay had fallen.";
    lacks(
        text,
        "attribution",
        "Ana Lim, a forecaster at the harbour office in Tarn (retired), said",
    );
}

#[test]
fn according_to_an_unnamed_person() {
    let text = "Pay fell in May, according to a dock worker who spoke to reporters on \
                condition of anonymity.";
    expect(
        text,
        "attribution",
        "according to a dock worker who spoke to reporters on condition of anonymity",
    );
    assert_eq!(source_of(text, "dock worker", 0), "unnamed sources");
    let text = "Pay fell in May, according to a railway employee.";
    expect(text, "attribution", "according to a railway employee");
    // A reason is no person.
    let text = "Pay fell in May, according to a decree.";
    lacks(text, "attribution", "according to a decree");
}

#[test]
fn a_report_trailing_its_clause() {
    let text = "Two workers were hurt in May, the port's safety inspection team reported, \
                both men in their fifties.";
    expect(
        text,
        "attribution",
        "the port's safety inspection team reported",
    );
    // Not a thing reporting an object.
    let text = "The inspection team reported two faults in May.";
    lacks(text, "attribution", "The inspection team reported");
}

#[test]
fn data_closing_the_sentence() {
    let text = "The dock company paid 300 workers last year, port statistics show.";
    expect(text, "attribution", "port statistics show");
    let text = "The dock company paid 300 workers last year, and it shows.";
    lacks(text, "attribution", "it shows");
}

#[test]
fn but_said_with_no_comma() {
    let text = "The port authority confirmed to reporters that two ships had left but said \
                it could not name them.";
    expect(text, "attribution", "said");
    // "but" before a verb of no speech.
    let text = "The port authority confirmed to reporters that two ships had left but logged \
                only one.";
    lacks(text, "attribution", "logged");
}

#[test]
fn said_on_its_website() {
    let text = "The Tarn Rowing Club said on its website that the race would move.";
    expect(
        text,
        "attribution",
        "The Tarn Rowing Club said on its website",
    );
    let text = "The Tarn Rowing Club said on Monday that the race would move.";
    lacks(
        text,
        "attribution",
        "The Tarn Rowing Club said on Monday that",
    );
}

#[test]
fn a_participle_of_anonymity_in_commas_stays_out() {
    let text = "The firm tried again in 2019, a person who worked on the bid said, speaking \
                on condition of anonymity, and the bid was dropped.";
    expect(text, "attribution", "a person who worked on the bid said");
    assert_eq!(source_of(text, "worked on the bid", 0), "unnamed sources");
    let text = "The firm tried again in 2019, a dock official said on condition of anonymity.";
    expect(
        text,
        "attribution",
        "a dock official said on condition of anonymity",
    );
}

#[test]
fn a_finding_in_the_perfect() {
    let text = "The ship left Tarn in May. The Harbour Inspectorate has established that \
                the ship left with no cargo.";
    expect(
        text,
        "attribution",
        "The Harbour Inspectorate has established",
    );
}

#[test]
fn a_possessive_before_the_body() {
    let text = "The Tarn fishermen's association said the catch had halved.";
    expect(text, "attribution", "The Tarn fishermen's association said");
}

#[test]
fn a_pronoun_inside_a_quotation() {
    let text = "The farmer's cousin gave us a photograph. \"She told me on the phone in June \
                that she wanted to leave,\" the cousin said. \"She said her pay was late.\"";
    let quotes = attribution_quotes(text);
    assert!(quotes.iter().any(|q| q == "the cousin said"), "{quotes:?}");
    assert!(quotes.iter().all(|q| !q.starts_with("She")), "{quotes:?}");
    // Outside a quotation the pronoun's cue stays.
    let text = "\"We lost half the herd,\" the farmer said. She said prices rose.";
    expect(text, "attribution", "She said");
}

#[test]
fn a_letter_sent_is_no_attribution() {
    let text = "The Tarn Rowing Club also wrote to the harbour master on 19 June.";
    lacks(text, "attribution", "The Tarn Rowing Club also wrote");
    let text = "The Tarn Rowing Club wrote to the harbour master that the race would move.";
    expect(text, "attribution", "The Tarn Rowing Club wrote");
}

#[test]
fn reported_with_a_plain_object() {
    let text = "Tarn province reported 300 cases of flu to the agency last year.";
    lacks(text, "attribution", "Tarn province reported");
    let text = "Tarn province reported that 300 people had flu.";
    expect(text, "attribution", "Tarn province reported");
}

#[test]
fn a_hearsay_aside_in_a_relative_clause() {
    let text = "The plant may be the pipeline that state media said was under construction.";
    lacks(text, "attribution", "the pipeline that state media said");
    let text = "State media said the pipeline was under construction.";
    expect(text, "attribution", "State media said");
}
