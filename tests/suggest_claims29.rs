//! Claim extents (session 29): a reference list's entries are no claims; a
//! clause opened by "and" with a pronoun subject and its auxiliary is a
//! claim of its own (not inside a speaker's quotation); a past event told
//! with a subject and a simple past verb is a claim without a capitalised
//! actor (not the article's present-tense notes about itself, nor the
//! writer's "we"). Each on sentences written for this test.

mod common;

use common::suggested::{expect, lacks, no};

const CLAIM: &str = "claim";

#[test]
fn a_reference_list_has_no_claims() {
    let text = "The harbour was dredged in 2019 after a pier collapsed.\n\n\
                == Notes ==\n\n\
                1. \"Harbour works begin\". Coastal Herald, 4 May 2019.\n\
                2. Park, Ji-won. \"Dredging the west coast\". Port Studies Quarterly, 2021.\n\
                3. Ministry of Oceans annual review, March 2020.\n";
    expect(
        text,
        CLAIM,
        "The harbour was dredged in 2019 after a pier collapsed",
    );
    lacks(text, CLAIM, "Coastal Herald, 4 May 2019");
    lacks(text, CLAIM, "Harbour works begin");
    lacks(text, CLAIM, "Port Studies Quarterly, 2021");
    lacks(text, CLAIM, "Ministry of Oceans annual review, March 2020");
}

#[test]
fn a_reference_entry_after_hangul_and_emoji_keeps_offsets() {
    let text = "📚 1. “부두 공사 시작”. Coastal Herald, 4 May 2019.\n\
                The 부두 reopened in 2020 with two new cranes.";
    no(&text[..text.find('\n').unwrap_or(text.len())], CLAIM);
    expect(text, CLAIM, "The 부두 reopened in 2020 with two new cranes");
}

#[test]
fn a_sentence_ending_in_a_date_is_no_reference() {
    // A verb, or words other than a date after the last comma: prose.
    let text = "The bridge reopened to lorries, on 4 May 2019.";
    expect(text, CLAIM, "The bridge reopened to lorries, on 4 May 2019");
    let text = "Output rose to 8,200 tonnes, up from 2019.";
    expect(text, CLAIM, "Output rose to 8,200 tonnes");
}

#[test]
fn and_with_a_pronoun_subject_opens_a_second_claim() {
    let text = "The port office said the tanker left Nampo on Friday and it was \
                not carrying any cargo.";
    expect(text, CLAIM, "the tanker left Nampo on Friday");
    expect(text, CLAIM, "it was not carrying any cargo");
    let text = "A clerk said her cousin had crossed the border in 2004 and she had \
                kept his letters ever since.";
    expect(text, CLAIM, "her cousin had crossed the border in 2004");
    expect(text, CLAIM, "she had kept his letters ever since");
}

#[test]
fn and_with_a_pronoun_inside_a_quotation_stays_one_claim() {
    let text = "“We hauled the nets in at six and they were torn,” a skipper said.";
    lacks(text, CLAIM, "We hauled the nets in at six");
    // No pronoun and auxiliary: one predicate goes on.
    let text = "The agency said the ship docked at 07:00 and it unloaded 300 tonnes.";
    lacks(text, CLAIM, "it unloaded 300 tonnes");
}

#[test]
fn a_past_event_is_a_claim_without_a_named_actor() {
    let text = "A fishing boat towed the raft to the pier before noon.";
    expect(
        text,
        CLAIM,
        "A fishing boat towed the raft to the pier before noon",
    );
    let text = "A lorry skidded into a roadside ditch. It was returned to its owner \
                the same evening.";
    expect(text, CLAIM, "A lorry skidded into a roadside ditch");
    expect(text, CLAIM, "It was returned to its owner the same evening");
}

#[test]
fn the_article_about_itself_is_no_past_event() {
    let text = "The transcript is lightly edited for length. We checked every \
                quotation against the recording. The paper called the plan “a farce” \
                in an editorial.";
    no(text, CLAIM);
}

#[test]
fn list_and_reference_numbers_are_no_part_of_a_claim() {
    let text = "(2) The firm shipped four cranes to Haiphong in 2023.\n\
                The ferry carried 900 passengers in 1990[3], the yearbook said.[4] \
                The pier was rebuilt in 2015.";
    expect(
        text,
        CLAIM,
        "The firm shipped four cranes to Haiphong in 2023",
    );
    expect(text, CLAIM, "The pier was rebuilt in 2015");
    lacks(
        text,
        CLAIM,
        "2) The firm shipped four cranes to Haiphong in 2023",
    );
}

#[test]
fn on_a_dated_day_opens_the_claim() {
    let text = "On 9 June the trawler Haeyang 5 sank off Sokcho in a storm.";
    expect(
        text,
        CLAIM,
        "On 9 June the trawler Haeyang 5 sank off Sokcho in a storm",
    );
}

#[test]
fn a_hedge_word_inside_a_hyphenated_adjective_is_no_hedge() {
    let text = "Steel exports fell after weaker-than-expected orders in October.";
    no(text, "speculation");
    expect(
        text,
        CLAIM,
        "Steel exports fell after weaker-than-expected orders in October",
    );
}
