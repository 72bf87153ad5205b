//! Sources of attributions (session 25, second round): a ministry the span
//! places ("The fisheries ministry in Lisbon said", "A ministry spokesperson
//! in Oslo said") speaks for the officials of the place's country, whatever
//! other countries the text names; "The board" is a subject with any
//! reporting verb ("states", "found", "expects"); a member of the National
//! Assembly's committee is a South Korean lawmaker with no dateline. Each
//! construction on sentences written for the test, with look-alikes that
//! keep their reading.

mod common;

use common::suggested::source_of;

#[test]
fn a_ministry_placed_in_a_capital_speaks_for_its_country() {
    // The text names Beijing and China more than Lisbon: the span's place wins.
    let text = "Beijing said on Monday that China would buy more sardines. \
                China's customs data showed imports up 9%.\n\nThe fisheries \
                ministry in Lisbon said the quota (할당량) would not change.";
    assert_eq!(
        source_of(text, "fisheries ministry in Lisbon", 0),
        "Portuguese officials"
    );
    // A speaker of the ministry placed by a large city; curly quotes.
    let text = "Chinese buyers paid more for squid this year, Beijing said.\n\n\
                A ministry spokesperson in Busan said “the auction 🐟 will \
                reopen” next week.";
    assert_eq!(
        source_of(text, "ministry spokesperson in Busan", 0),
        "South Korean officials"
    );
}

#[test]
fn a_ministry_told_something_in_a_place_is_not_placed_by_it() {
    // "told reporters in Oslo" places the telling, not the ministry.
    let text = "Denmark cut its cod quota on Monday.\n\n\
                The fisheries ministry told reporters in Oslo on Friday that it \
                would appeal.";
    assert_ne!(
        source_of(text, "fisheries ministry told", 0),
        "Norwegian officials"
    );
    // A named ministry the registry knows keeps its name.
    let text = "Talks resumed at Panmunjom.\n\nThe Unification Ministry in Busan \
                said the talks would go on.";
    assert_eq!(
        source_of(text, "Unification Ministry", 0),
        "Unification Ministry"
    );
}

#[test]
fn the_board_reports_with_any_reporting_verb() {
    // A board introduced by its acronym, then "the board" with verbs other
    // than "said": the subject is the board, read as the body named.
    let text = "SEOUL — The Marine Accident Review Board (MARB) on Tuesday \
                published an interim report on the ferry’s sinking.\n\n\
                The board states that the hull had cracked twice. The board \
                found the crew had skipped a drill (훈련). The board expects \
                the final report to be published in May.";
    assert_eq!(source_of(text, "The board states", 0), "MARB");
    assert_eq!(source_of(text, "The board found", 0), "MARB");
    // "expects" opens a speculation: the attribution is the subject alone.
    assert_eq!(source_of(text, "The board", 2), "MARB");
}

#[test]
fn a_board_that_is_no_speaker_is_left() {
    // The verb "board" and a board finding a thing report nothing.
    let text = "Passengers began to board at noon, the port said. \
                The Shipping Board found a buyer for the ferry.";
    common::suggested::no_attribution_holds(text, "board");
    common::suggested::no_attribution_holds(text, "Board");
}

#[test]
fn a_member_of_the_named_parliament_is_its_countrys_lawmaker() {
    // No dateline; the text names other countries; the appositive names
    // the parliament. A pronoun after follows.
    let text = "Tariffs on steel rose in Tokyo and Beijing this week.\n\n\
                It was stated by Seo Ha-eun, a ruling-party member of the \
                National Assembly’s trade committee, that the deal would \
                pass. She told reporters the vote was set for May.";
    assert_eq!(source_of(text, "Seo Ha-eun", 0), "South Korean lawmakers");
    assert_eq!(source_of(text, "She told", 0), "South Korean lawmakers");
    // A member of a club's committee is no lawmaker.
    let text = "Tariffs on steel rose in Tokyo and Beijing this week.\n\n\
                It was stated by Seo Ha-eun, a member of the chess club’s \
                committee, that the match would go ahead.";
    assert_ne!(source_of(text, "Seo Ha-eun", 0), "South Korean lawmakers");
}
