//! Claim extents (session 25): a conjoined refusal to say more ("… and
//! declined to elaborate", "… but would not say whether …", "… and had no
//! comment", "… and referred questions to …") is no part of the claim, and
//! " but " before a subject of its own with a determiner ("… but its own
//! figures were secret") splits two claims. Each on sentences written for
//! this test, with look-alikes that must stay whole.

mod common;

use common::suggested::{expect, lacks};

const CLAIM: &str = "claim";

#[test]
fn a_conjoined_refusal_is_left_out_of_the_claim() {
    let text = "The shipping agency said the freighter had left Nampo on Friday and \
                declined to elaborate.";
    expect(text, CLAIM, "the freighter had left Nampo on Friday");
    lacks(
        text,
        CLAIM,
        "the freighter had left Nampo on Friday and declined to elaborate",
    );
    let text = "A port official said the cranes had been idle since June but would not \
                say whether the workers had been paid.";
    expect(text, CLAIM, "the cranes had been idle since June");
    lacks(text, CLAIM, "the workers had been paid");
    let text = "The insurer said it knew of the fire and had no comment on the claim.";
    expect(text, CLAIM, "it knew of the fire");
    let text = "The embassy said it was aware of the arrests and referred questions to \
                the police.";
    expect(text, CLAIM, "it was aware of the arrests");
    let text = "He said he had been paid for the interview but declined to say how much.";
    expect(text, CLAIM, "he had been paid for the interview");
}

#[test]
fn a_refusal_after_curly_quotes_and_korean_keeps_char_offsets() {
    let text = "The 통일부 spokesperson said the ministry had “taken note of the letter” \
                and didn’t immediately comment further 📨.";
    expect(text, CLAIM, "the ministry had “taken note of the letter”");
}

#[test]
fn refusals_of_other_things_stay_in_the_claim() {
    // Refusing something other than saying is a fact of its own.
    let text = "The court said the consulate had refused to renew the visa in March.";
    expect(
        text,
        CLAIM,
        "the consulate had refused to renew the visa in March",
    );
    // "could not confirm" is an inability: the claim stays whole.
    let text = "The ministry said it was aware of the reports but could not confirm them.";
    expect(
        text,
        CLAIM,
        "it was aware of the reports but could not confirm them",
    );
}

#[test]
fn but_before_a_subject_of_its_own_splits_two_claims() {
    let text = "The navy said it had seen the report but its own logs were classified.";
    expect(text, CLAIM, "it had seen the report");
    expect(text, CLAIM, "its own logs were classified");
    let text = "The librarian said the reading room had reopened but the scanners had \
                been broken for weeks.";
    expect(text, CLAIM, "the reading room had reopened");
    expect(text, CLAIM, "the scanners had been broken for weeks");
}

#[test]
fn but_before_a_noun_phrase_alone_stays_whole() {
    // No auxiliary after the determiner: no clause of its own.
    let text = "The council said the bridge was old but the safest route for lorries.";
    lacks(text, CLAIM, "the safest route for lorries");
}

#[test]
fn a_time_stamped_entry_records_its_fragments_as_claims() {
    let text = "The harbour office released the ferry's log.\n\n\
                2 Mar 06:20 — Cast off at Mokpo. Nine crew.\n\
                2 Mar 11:05 — Fog thick. Speed cut to 4 knots.\n\
                3 Mar 01:40 — Anchored off Jeju, no damage.\n";
    expect(text, CLAIM, "Cast off at Mokpo");
    expect(text, CLAIM, "Nine crew");
    expect(text, CLAIM, "Fog thick");
    expect(text, CLAIM, "Anchored off Jeju, no damage");
    // The stamp alone is no claim.
    lacks(text, CLAIM, "2 Mar 06:20");
    lacks(text, CLAIM, "2 Mar 11:05");
}

#[test]
fn an_entry_with_hangul_and_emoji_keeps_char_offsets() {
    let text = "Log of the 대성호 🚢\n\n14 Oct 22:10 — Nets set. Sea calm 🌊.\n";
    expect(text, CLAIM, "Nets set");
    expect(text, CLAIM, "Sea calm");
}

#[test]
fn fragments_off_entry_lines_or_in_quotes_are_no_claims() {
    // No stamp opens the line: a fragment stays unclaimed.
    let text = "The crew reached port late.\n\nFog thick. Nine crew.\n";
    lacks(text, CLAIM, "Fog thick");
    // A fragment inside a quoted post on an entry line is the poster's.
    let text = "09:10 — The operator wrote on X: \"Seats are going fast. More soon.\"\n";
    lacks(text, CLAIM, "More soon");
    // A bracketed note on an entry line is no claim.
    let text = "4 Jun 10:00 — Engine restarted. [name withheld]\n";
    lacks(text, CLAIM, "[name withheld");
    lacks(text, CLAIM, "name withheld");
}

#[test]
fn a_heading_or_listing_ending_in_a_bracket_is_no_claim() {
    let text = "EXHIBIT 4 — Letter from the harbour master to the mayor, 2 May 1987 (copy)\n\n\
                The letter asks for two more tugs.\n";
    lacks(
        text,
        CLAIM,
        "Letter from the harbour master to the mayor, 2 May 1987 (copy)",
    );
    let text = "What's on tonight\n\nHarbour Lights, episode 3 (drama, 45 min)\n\n\
                The series follows a pilot who moved to Busan in 2019.\n";
    lacks(text, CLAIM, "Harbour Lights, episode 3 (drama, 45 min)");
    let text = "Results\n\nLee Min-ho (Green Party) 4,210 votes, 12.5%\n";
    lacks(text, CLAIM, "Lee Min-ho (Green Party) 4,210 votes, 12.5%");
}

#[test]
fn a_paragraph_ending_in_a_bracket_keeps_its_claims() {
    let text = "Intro\n\nThe fleet lost two boats in 2019. Their crews were rescued. (Applause)\n";
    expect(text, CLAIM, "The fleet lost two boats in 2019");
}
