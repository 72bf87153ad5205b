//! Cues no rule read and a cue's extent (session 31): "according to" a
//! plain possessive's document ("*According to the owners' written
//! statement*"); an owner's document with a finding verb ("*FIDE's results
//! show*", "*OFAC's notice listed*"); an adverb between a
//! subject and its cue ("*Yonhap just reported*"); a body's judgement before
//! "that" ("*The Commission finds* that", "*the Chamber considers* it likely
//! that"); a source's participle with "in" ("*Analysts quoted in the piece
//! said*"); a medium's addressee by name ("said in a statement *to the
//! Chamber*", "*sent to* the customs service"); and the claim after a dated
//! attribution or a finding's "including" (", *an unusual amount for the
//! season*", ", *including a win*"). Sentences written for this test, with
//! near misses.

mod common;

use common::suggested::{expect, lacks};

#[test]
fn according_to_a_plain_possessives_document() {
    let text = "According to the owners' written statement, the ship left port on \
                12 May with 811 containers.";
    expect(
        text,
        "attribution",
        "According to the owners' written statement",
    );
    let text = "According to the museum's release note, the letters were found in 1994.";
    expect(
        text,
        "attribution",
        "According to the museum's release note",
    );
}

#[test]
fn an_owners_document_with_a_finding_verb() {
    let text = "She scored 7 points from 9 games, FIDE's results show, with two wins.";
    expect(text, "attribution", "FIDE's results show");
    let text = "The film was shown on 1,140 screens, KOFIC's ticketing network showed.";
    expect(text, "attribution", "KOFIC's ticketing network showed");
    let text = "OFAC's notice listed the Shenyang firm and two ships.";
    expect(text, "attribution", "OFAC's notice listed");
    // A plain owner's list is a fact (tests/suggest_cues5.rs).
    let text = "The agency's report listed eleven ships.";
    lacks(text, "attribution", "The agency's report listed");
    let text = "The cell is marked 5,000 mAh, but NHR's tests found that it holds 4,300 mAh.";
    expect(text, "attribution", "NHR's tests found");
    // A time's possessive with no determiner: no owner.
    let text = "Last year's count found 1,102 cranes on the river.";
    lacks(text, "attribution", "Last year's count found");
    // "lists" with nothing after it reports nothing.
    let text = "The ministry's notice lists.";
    lacks(text, "attribution", "The ministry's notice lists");
}

#[test]
fn an_adverb_between_a_subject_and_its_cue() {
    let text = "Yonhap just reported, citing a government source, that the coast guard \
                tracked the ship overnight.";
    expect(text, "attribution", "Yonhap just reported");
    let text = "The ministry already said that the talks would resume in May.";
    expect(text, "attribution", "The ministry already said");
}

#[test]
fn a_bodys_judgement_before_that() {
    let text = "The Commission finds that the description was inaccurate.";
    expect(text, "attribution", "The Commission finds");
    let text = "The contact may have been accidental, but the Chamber considers it likely \
                that the official pushed the guard.";
    expect(text, "attribution", "the Chamber considers");
    let text = "The Commission is satisfied that both men consented to the interview.";
    expect(text, "attribution", "The Commission is satisfied");
    let text = "Management considers that a naval clash near the line remains possible.";
    expect(text, "attribution", "Management considers");
    // An auxiliary before the verb, inside what was said: not a judgement cue.
    let text = "Her lawyer said the court had accepted that the men were misled.";
    lacks(text, "attribution", "the court had accepted");
    // No "that": a plain object.
    let text = "The ministry accepts the finding and will act on it.";
    lacks(text, "attribution", "The ministry accepts");
}

#[test]
fn a_source_participle_with_in_before_the_cue() {
    let text = "Analysts quoted in the piece said the ship was returning from Russia.";
    expect(text, "attribution", "Analysts quoted in the piece said");
    lacks(text, "attribution", "Analysts quoted");
}

#[test]
fn a_mediums_addressee_by_name() {
    let text = "The Local Organising Committee said in a statement to the Chamber that a \
                guard was pushed against a barrier.";
    expect(
        text,
        "attribution",
        "The Local Organising Committee said in a statement to the Chamber",
    );
    let text = "Daeyang said in a regulatory filing to the Korea Exchange (KRX) that its \
                contracts had ended.";
    expect(
        text,
        "attribution",
        "Daeyang said in a regulatory filing to the Korea Exchange (KRX)",
    );
    let text = "Haenam Fresh Trading said in a statement sent to the KCS that it bought \
                the clams in good faith.";
    expect(
        text,
        "attribution",
        "Haenam Fresh Trading said in a statement sent to the KCS",
    );
}

#[test]
fn the_claim_after_a_dated_attribution_or_including() {
    let text = "Rainfall of 140 mm was recorded in Hoeryong, the SCEDM said in a briefing \
                to UN agencies in Pyongyang on 7 December, an unusual amount for the season.";
    expect(text, "claim", "an unusual amount for the season");
    let text = "She scored 6 points from 8 games, FIDE's results show, including a win \
                over China's second board.";
    expect(text, "claim", "including a win over China's second board");
    // After a name, a noun phrase still describes the source.
    let text = "Prices rose 4 percent in May, said Lee Min-ho, an economist at Hana Bank.";
    lacks(text, "claim", "an economist at Hana Bank");
}
