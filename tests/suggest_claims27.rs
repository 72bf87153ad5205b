//! Claim extents (session 27): an en dash glued between two words or figures
//! ("the Busan–Fukuoka ferry", "booked for 3 Mar–9 Mar") joins them and cuts
//! no clause; after an attribution, a clause opened by an existential
//! "there" or the negative "no" keeps the "that" of its own noun ("said
//! *there was no sign that* …"). Each on sentences written for this test.

mod common;

use common::suggested::{builtin_on, expect, lacks};

const CLAIM: &str = "claim";
const SPECULATION: &str = "speculation";

/// No suggestion of `label` on `text` starts or ends at a glued en dash.
fn no_span_cut_at_dash(text: &str, label: &str) {
    let found = builtin_on(text);
    for s in found.iter().filter(|s| s.label == label) {
        let (a, b) = (s.start, s.end);
        let chars: Vec<char> = text.chars().collect();
        let cut_after = b < chars.len() && chars[b] == '–';
        let cut_before = a > 0 && chars[a - 1] == '–';
        assert!(
            !(cut_after || cut_before),
            "{label} cut at a glued dash in {text:?}: {found:#?}"
        );
    }
}

#[test]
fn a_glued_en_dash_between_names_is_no_clause_break() {
    let text = "Ticket sales on the Busan–Fukuoka ferry fell 9 percent in the spring.";
    expect(
        text,
        CLAIM,
        "Ticket sales on the Busan–Fukuoka ferry fell 9 percent in the spring",
    );
    no_span_cut_at_dash(text, CLAIM);
}

#[test]
fn a_glued_en_dash_in_a_date_range_is_no_clause_break() {
    let text = "The hotel refunded every guest booked for 3 Mar–9 Mar within a week.";
    expect(
        text,
        CLAIM,
        "The hotel refunded every guest booked for 3 Mar–9 Mar within a week",
    );
}

#[test]
fn a_hedge_runs_over_a_glued_en_dash() {
    let text = "The operator said a strike could halt the Mokpo–Jeju and Yeosu–Jeju \
                routes for a month.";
    expect(
        text,
        SPECULATION,
        "could halt the Mokpo–Jeju and Yeosu–Jeju routes for a month",
    );
}

#[test]
fn hangul_and_emoji_around_a_glued_dash_keep_char_offsets() {
    let text = "🚆 Trains on the 서울–부산 line ran 20 minutes late all week.";
    expect(
        text,
        CLAIM,
        "Trains on the 서울–부산 line ran 20 minutes late all week",
    );
}

#[test]
fn a_spaced_dash_still_breaks_the_clause() {
    // Near miss: " – " with spaces sets off a clause of its own.
    let text = "The port reopened on Monday – the first ships docked at noon.";
    lacks(
        text,
        CLAIM,
        "The port reopened on Monday – the first ships docked at noon",
    );
}

#[test]
fn an_existential_clause_after_a_cue_keeps_its_that() {
    let text = "Inspector Moon said there was no sign that the lock had been forced.";
    expect(
        text,
        CLAIM,
        "there was no sign that the lock had been forced",
    );
    let text = "The coast guard said there is no evidence that the crew left the boat.";
    expect(
        text,
        CLAIM,
        "there is no evidence that the crew left the boat",
    );
}

#[test]
fn a_cues_own_that_still_opens_the_claim() {
    // Near miss: "that" after the cue's adverbial is the cue's, not the
    // clause's.
    let text = "The ministry said on Friday that the bridge would reopen in May.";
    expect(text, CLAIM, "the bridge would reopen in May");
    lacks(text, CLAIM, "on Friday that the bridge would reopen in May");
}
