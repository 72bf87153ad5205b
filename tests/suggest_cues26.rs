//! Attribution cues no rule read (session 26): a view its owner tells or
//! recalls as a sentence adverbial ("In her account, …", "In his
//! recollection, …"); a view stated as the frame of a "that" clause ("It was
//! her view that …", "Our assessment is that …"); a group's stance as a
//! whole sentence ("Others are less sure."); an audience told in a room or
//! as guests ("She told the room that …"); a party's submission in court
//! ("It submits that …"); a participant of a meeting as a speaker ("A
//! Japanese participant pointed out that …"). Each on sentences written for
//! this test, with look-alikes that must not fire.

mod common;

use common::suggested::{expect, lacks, no, source_of};

#[test]
fn a_view_told_or_recalled_by_its_owner() {
    let text = "Dr Mina Oh, a sociologist at Pusan National University, said the \
                mills had shut. In her account, the last shift left in March.";
    expect(text, "attribution", "In her account");
    assert_eq!(source_of(text, "In her account", 0), "experts");
    let text = "A retired ferry captain said the route was busy. In his \
                recollection, the boats ran twice a day (하루 두 번).";
    expect(text, "attribution", "In his recollection");
    let text = "The archivist said the letters were genuine. In her reading, the \
                “final” draft was never sent.";
    expect(text, "attribution", "In her reading");
}

#[test]
fn an_account_that_frames_nothing_is_left() {
    let text = "The archivist said the letters were genuine. In her account of the \
                trip, the weather was bad.";
    lacks(text, "attribution", "In her account");
    let text = "The bank froze the money. In its account, 400 euros remained.";
    lacks(text, "attribution", "In its account,");
}

#[test]
fn a_view_as_the_frame_of_a_that_clause() {
    let text = "An Irish delegate said the talks would resume. It was her view that \
                the deal would hold until spring.";
    expect(text, "attribution", "It was her view");
    let text = "The coastguard said 12 boats were out. Our assessment is that the \
                storm 🌊 will pass by noon.";
    expect(text, "attribution", "Our assessment is");
    let text = "Peru's envoy said the talks had stalled. But it is his considered \
                opinion that the tariffs hurt trade.";
    expect(text, "attribution", "it is his considered opinion");
}

#[test]
fn frames_not_of_a_view_are_left() {
    for text in [
        "The envoy spoke first. Our hope is that the talks resume.",
        "The envoy spoke first. It was her car that the police towed.",
        "The envoy spoke first. He said it was her view that the talks would resume.",
    ] {
        lacks(text, "attribution", "It was her view");
        lacks(text, "attribution", "it was her view");
        lacks(text, "attribution", "Our hope is");
        lacks(text, "attribution", "It was her car");
    }
}

#[test]
fn a_group_stance_as_a_sentence() {
    let text = "Some analysts said the canal would open in May. Others are less sure. \
                The dredging has barely begun.";
    expect(text, "attribution", "Others are less sure");
    assert_eq!(source_of(text, "Others", 0), "some analysts");
    // Set against one person's view, "Others" is still a group without a name.
    let text = "Dr Mina Oh, a sociologist, said the canal would open in May. Others \
                are less sure.";
    assert_eq!(source_of(text, "Others", 0), "some analysts");
    let text = "Several economists said rates would fall. Other economists who \
                follow the bank were far more cautious. Inflation is sticky.";
    expect(
        text,
        "attribution",
        "Other economists who follow the bank were far more cautious",
    );
    let text = "Two officials said the pier was safe. A Danish participant with a \
                navy background was more sceptical. It was her view that the pier leaked.";
    expect(
        text,
        "attribution",
        "A Danish participant with a navy background was more sceptical",
    );
}

#[test]
fn a_stance_of_a_named_person_or_a_thing_is_left() {
    let text = "Some analysts said the canal would open in May. Yoon was more \
                cautious. The dredging has barely begun.";
    lacks(text, "attribution", "Yoon was more cautious");
    let text = "Some analysts said the canal would open in May. The forecast is less \
                sure. The dredging has barely begun.";
    lacks(text, "attribution", "The forecast is less sure");
    let text = "Others are less sure of the dates than of the route.";
    no(text, "attribution");
}

#[test]
fn an_audience_in_a_room_or_of_guests() {
    let text = "Dr Ana Ruiz, a naval analyst, said the ships were new. She told the \
                room that the engines had come from abroad.";
    expect(text, "attribution", "She told the room");
    let text = "Oh Ji-hoon, the firm's founder, said sales had doubled. He told the \
                guests that the app would launch in June.";
    expect(text, "attribution", "He told the guests");
}

#[test]
fn a_submission_in_court() {
    let text = "The prosecution, led by Mr Park, said the fine was fair. It submits \
                that you knew the truth from the start.";
    expect(text, "attribution", "It submits");
    // A thing submitted is no reported clause.
    let text = "The firm submitted its accounts in May. The court accepted them.";
    no(text, "attribution");
}

#[test]
fn a_participant_of_a_meeting_speaks() {
    let text = "Twenty people attended the forum. A Japanese participant pointed out \
                that the port was small.";
    expect(text, "attribution", "A Japanese participant pointed out");
    let text = "Twenty people attended the forum. Several participants argued that \
                the ships were slow.";
    expect(text, "attribution", "Several participants argued");
}

#[test]
fn according_to_a_pronoun() {
    let text = "Ms Zhao, who runs a plant two streets away, said the women left in \
                March. According to her, costs have risen by a fifth.";
    expect(text, "attribution", "According to her");
    // A pronoun's own document is no pronoun source.
    let text = "Ms Zhao said the women left in March. Costs rose, according to her \
                own ledger.";
    lacks(text, "attribution", "according to her");
}

#[test]
fn according_to_a_body_named_by_its_level() {
    let text = "OSAKA — Two boats returned to port. The crews were unhurt, according \
                to the prefectural government.";
    expect(
        text,
        "attribution",
        "according to the prefectural government",
    );
    let text = "Rents rose in Lyon. Rents rose 4% (4 퍼센트), according to municipal \
                authorities.";
    expect(text, "attribution", "according to municipal authorities");
    // A level word before no body head names no one.
    let text = "Rents rose in Lyon. Rents rose 4%, according to the national mood.";
    no(text, "attribution");
}
