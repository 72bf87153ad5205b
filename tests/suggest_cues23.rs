//! Attribution cues in running prose (session 23): a view framed by its
//! owner without a comma, by a named or pronoun-led possessive, or after a
//! relative word ("In his delegation's view the drills …", ", which in our
//! view points to …"); a reckoning opening the sentence ("By the union's
//! count, …"); a body's judgement in the first person ("We assess that
//! …"); a statement's time of day ("said in a statement issued shortly
//! after midnight"); a source's licence to speak ("an aide who was not
//! authorised to speak publicly"); a long relative clause in an appositive.
//! Each on sentences written for this test, with look-alikes that must not
//! fire.

mod common;

use common::suggested::{attribution_quotes, expect, lacks, source_of};

#[test]
fn a_view_with_no_comma_after_it() {
    let text = "The harbour board said the pier was sound. In its view the storm \
                had done little harm.";
    expect(text, "attribution", "In its view");
    assert_eq!(source_of(text, "In its view", 0), "harbour board");
    // Curly quotes and Hangul before the frame do not matter.
    let text = "“The pier is sound,” the 부산 harbour board said. In its view the \
                storm had done little harm.";
    expect(text, "attribution", "In its view");
}

#[test]
fn a_view_owned_by_a_possessive_phrase() {
    let text = "The envoy of Peru said the talks had stalled. In his delegation's view \
                the tariffs may have hurt trade.";
    expect(text, "attribution", "In his delegation's view");
    let text = "The Treasury said on Friday that the levy was fair. In the \
                Treasury's assessment, the levy would raise little.";
    expect(text, "attribution", "In the Treasury's assessment");
}

#[test]
fn a_view_after_a_relative_word() {
    let text = "The survey team said wells had dried. Levels fell by a third, which \
                in its view points to overuse.";
    expect(text, "attribution", "in its view");
}

#[test]
fn views_that_frame_nothing_are_left() {
    for text in [
        "The harbour board said the pier was sound. In its view of the bay, the pier looms.",
        "The harbour board said the pier was sound. The pier stood in its view all day.",
        "The harbour board said the pier was sound. In the view of the port, it was fine.",
        "The harbour board said the pier was sound. In the company's report, sales rose.",
    ] {
        assert!(
            attribution_quotes(text)
                .iter()
                .all(|q| !q.contains("view") && !q.contains("report")),
            "{text:?}: {:?}",
            attribution_quotes(text)
        );
    }
}

#[test]
fn a_reckoning_opening_the_sentence() {
    let text = "The Farmers' Union met in Daegu. By the union's count, 40 farms \
                closed last year.";
    expect(text, "attribution", "By the union's count");
    // Not a plain "By" phrase.
    let text = "By the end of the year, 40 farms had closed, the union said.";
    lacks(text, "attribution", "By the end");
}

#[test]
fn a_judgement_in_the_first_person() {
    let text = "Marlow Ratings said on Monday it had cut the outlook. We believe a \
                default remains unlikely.";
    expect(text, "attribution", "We believe");
    let text = "Marlow Ratings said on Monday it had cut the outlook. Debt rose, but we \
                still forecast that it will fall.";
    expect(text, "attribution", "we still forecast");
}

#[test]
fn first_person_look_alikes_are_left() {
    for text in [
        "Marlow Ratings said on Monday it had cut the outlook. We believe in open markets.",
        "Marlow Ratings said on Monday it had cut the outlook. We found no sign of stress.",
        "Marlow Ratings said on Monday that “we believe the worst is over.”",
        "Marlow Ratings said on Monday it had cut the outlook. Rates fell as we forecast.",
    ] {
        assert!(
            attribution_quotes(text)
                .iter()
                .all(|q| !q.to_lowercase().starts_with("we ")),
            "{text:?}: {:?}",
            attribution_quotes(text)
        );
    }
}

#[test]
fn a_statement_issued_at_a_time_of_day() {
    let text = "The Ministry of Transport said in a statement issued shortly after \
                midnight that the bridge would reopen.";
    expect(
        text,
        "attribution",
        "The Ministry of Transport said in a statement issued shortly after midnight",
    );
}

#[test]
fn a_source_not_authorised_to_speak() {
    let text = "The vote was put off until March, according to a committee aide who \
                was not authorised to speak publicly.";
    expect(
        text,
        "attribution",
        "according to a committee aide who was not authorised to speak publicly",
    );
}

#[test]
fn a_long_relative_clause_in_an_appositive() {
    let text = "Maria Lindqvist, a lecturer in port economics at the University of \
                Bergen who advised an earlier government review of ferry subsidies \
                along the western coast, said the fares were too high.";
    expect(
        text,
        "attribution",
        "Maria Lindqvist, a lecturer in port economics at the University of Bergen \
         who advised an earlier government review of ferry subsidies along the western \
         coast, said",
    );
}
