//! Sources of attributions (session 28): a definite role phrase ("The
//! studio executive said", "The official said") read back as the person an
//! indefinite phrase introduced before ("An executive at one of the studios,
//! who spoke on condition of anonymity, said"), with the pronouns after it.
//! Each on sentences written for the test, with look-alikes that keep their
//! reading.

mod common;

use common::suggested::source_of;

#[test]
fn a_definite_role_with_modifiers_is_the_person_introduced_before() {
    let text = "Shipyards hire from the North\n\nAn executive at one of the yards, who spoke \
                on condition of anonymity because he was not allowed to talk to reporters, said \
                the welders had been cheap. Prices rose in May.\n\nThe shipyard executive said \
                two contracts were still running. They ended in June, he said. “Nobody knew,” \
                he said.";
    assert_eq!(source_of(text, "An executive at one", 0), "unnamed sources");
    assert_eq!(
        source_of(text, "The shipyard executive said", 0),
        "unnamed sources"
    );
    assert_eq!(source_of(text, "he said", 0), "unnamed sources");
    assert_eq!(source_of(text, "he said", 1), "unnamed sources");
}

#[test]
fn the_official_is_the_anonymous_official_before() {
    let text = "Visits to resume\n\nA senior transport official, who spoke on condition \
                of anonymity, said the first flights would leave in May. Families \
                were told on Monday.\n\nThe official said the travellers would pay their own \
                costs.";
    assert_eq!(
        source_of(text, "A senior transport official", 0),
        "unnamed sources"
    );
    assert_eq!(source_of(text, "The official said", 0), "unnamed sources");
}

#[test]
fn a_definite_role_with_no_introduction_keeps_its_reading() {
    // No indefinite "an … executive" before: nothing to read back.
    let text = "Shipyards hire from the North 🚢\n\nThe Haneul Shipyard said on Monday that \
                orders had fallen.\n\nThe shipyard executive said two contracts were still \
                running.";
    assert_ne!(
        source_of(text, "The shipyard executive said", 0),
        "Haneul Shipyard executive"
    );
    assert_ne!(
        source_of(text, "The shipyard executive said", 0),
        "unnamed sources"
    );
}

#[test]
fn a_person_described_in_the_prose_speaks_for_their_body() {
    let text = "Visit to the harbour\n\n9:30 — Briefing in the mess by Lt. Col. Ada Berg, \
                spokesperson for the Harbour Defence Command (HDC). Berg said the boats had \
                been moved. She said “no one” was told.\n\n10:05 — The minister walked out with \
                the HDC commander, Gen. Olav Dahl. Dahl told the pool the guns were silent. He \
                said the line was quiet.";
    assert_eq!(source_of(text, "Berg said", 0), "HDC");
    assert_eq!(source_of(text, "She said", 0), "HDC");
    assert_eq!(source_of(text, "Dahl told", 0), "HDC");
    assert_eq!(source_of(text, "He said", 0), "HDC");
}

#[test]
fn a_person_described_by_no_post_keeps_their_reading() {
    // A writer, no body's staff: the name is not read as a body.
    let text = "Books of the year\n\nThe prize went to Mina Cho, a novelist from Busan (부산). \
                Cho said the book took nine years.";
    let source = source_of(text, "Cho said", 0);
    assert_ne!(source, "Busan");
    assert_ne!(source, "");
}

#[test]
fn a_research_post_at_a_house_is_an_expert() {
    // No article before the post, an inverted cue, Hangul in the text.
    let text = "Flat prices in 파주 slide again\n\nPrices fell for a sixth week, \
                “and buyers are waiting,” said Baek Min-seo, head of housing research at \
                Daerim Securities. The slide would last into spring, she said.";
    assert_eq!(source_of(text, "said Baek Min-seo", 0), "experts");
    assert_eq!(source_of(text, "she said", 0), "experts");
}

#[test]
fn a_post_that_is_no_research_at_a_house_keeps_its_reading() {
    // Sales is no research post: not read as an expert.
    let text = "Flat prices slide again\n\nPrices fell for a sixth week, “and buyers are \
                waiting,” said Baek Min-seo, head of sales at Daerim Securities.";
    assert_ne!(source_of(text, "said Baek Min-seo", 0), "experts");
}
