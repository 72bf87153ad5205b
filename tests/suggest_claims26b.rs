//! A sentence of a quotation with no attribution of its own and no fact cue
//! (session 26, second round): "“*We kept the nets in a shed.* Then the storm
//! came,” he said." is the source's claim. Fragments, questions, short
//! sentences, clauses opening with "If"/"When", and sentences the quotation
//! closes inside are left alone. Each on sentences written for this test.

mod common;

use common::suggested::{builtin_on, expect};

/// No claim suggested on `text` holds `word`.
fn no_claim_holds(text: &str, word: &str) {
    let found = builtin_on(text);
    assert!(
        !found
            .iter()
            .any(|s| s.label == CLAIM && s.quote.contains(word)),
        "no claim with {word:?} in {text:?}: {found:#?}"
    );
}

const CLAIM: &str = "claim";

#[test]
fn a_quoted_sentence_away_from_its_attribution_is_a_claim() {
    let text = "The harbour froze early this year. “We kept the nets in a shed all \
                winter. Then the storm came and took the roof,” said a fisherman.";
    expect(text, CLAIM, "We kept the nets in a shed all winter");
    let text = "The clinic reopened on Monday. \"The nurses carried water up the stairs. \
                Nobody else would do it,\" the director said.";
    expect(text, CLAIM, "The nurses carried water up the stairs");
}

#[test]
fn a_pronoun_subject_makes_a_quoted_clause() {
    // "They moved" has no auxiliary or "-ed" form the verb test reads; the
    // pronoun subject says a clause is there.
    let text = "The village emptied in spring. “They sold the goats at the market in \
                town. Later the rest of us left,” a farmer said.";
    expect(text, CLAIM, "They sold the goats at the market in town");
}

#[test]
fn hangul_and_emoji_in_a_quotation_keep_char_offsets() {
    let text = "Trade at 신의주 slowed 📉. “We loaded the trucks at the 세관 gate every \
                morning. Now it is quiet,” a driver said.";
    expect(
        text,
        CLAIM,
        "We loaded the trucks at the 세관 gate every morning",
    );
}

#[test]
fn fragments_questions_and_short_quoted_sentences_are_left() {
    let text = "The hikers waited at the hut. “Still no signal at the upper camp. That \
                is enough. Is anyone coming for us tonight?” one wrote.";
    no_claim_holds(text, "no signal");
    no_claim_holds(text, "anyone coming");
    no_claim_holds(text, "enough");
}

#[test]
fn a_sentence_outside_any_quotation_is_not_read() {
    // The quotation closed before: the next sentence is the writer's and
    // holds no fact cue.
    let text = "“The bridge is closed,” the mayor said. The mood in the town was calm \
                and quiet.";
    no_claim_holds(text, "mood");
}
