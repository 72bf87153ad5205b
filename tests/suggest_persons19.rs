//! Whom an unnamed person speaks for (session 19, the twelfth fresh set
//! released): people who ask not to be named as unnamed sources whatever
//! their trade, researchers and economists of no named body as analysts, a
//! person of a trade as that trade's people, and a pronoun after them as the
//! same group. Each construction on sentences written for the test, with
//! look-alikes that keep their source.

mod common;

use common::suggested::source_of;

#[test]
fn people_who_ask_not_to_be_named_are_unnamed_sources() {
    let text = "Flooding closed two clinics on Friday. Three nurses, who asked not to be \
                named because they feared losing their jobs, said the wards had no \
                power for a day.";
    assert_eq!(source_of(text, "Three nurses", 0), "unnamed sources");
    // A named body's official keeps the body.
    let text = "A Norwegian defence official, who asked not to be named, said the \
                patrol would continue.";
    assert_ne!(source_of(text, "defence official", 0), "unnamed sources");
}

#[test]
fn researchers_of_no_body_are_analysts() {
    let text = "Grain prices fell in the autumn. Some labour economists have argued \
                that wages will lag. Researchers who study rural credit say loans \
                are scarce.";
    assert_eq!(source_of(text, "labour economists", 0), "some analysts");
    assert_eq!(source_of(text, "rural credit", 0), "some analysts");
    // Bare researchers of a field stay experts.
    let text = "The breach spread on Monday. Security researchers said the flaw was old.";
    assert_eq!(source_of(text, "Security researchers", 0), "experts");
}

#[test]
fn a_person_of_a_trade_and_the_pronoun_after() {
    let text = "The stamp auction was cancelled on Tuesday. A collector from Porto who \
                had hoped to buy three sheets said the decision was unfair. He said he \
                would ask for his deposit back. The auction house said refunds would follow.";
    assert_eq!(source_of(text, "collector from Porto", 0), "collectors");
    assert_eq!(source_of(text, "He said", 0), "collectors");
    // The collector's catalogue is no person.
    let text = "Prices rose in spring. The collector's guide said values had doubled.";
    assert_ne!(source_of(text, "guide said", 0), "collectors");
}

#[test]
fn councillors_speak_for_their_council() {
    let text = "Sendai City Council — Transport Committee\nMinutes of the 3rd meeting\n\n\
                2.1 Director Moss said the bus lane survey had finished in May. \
                Councillor Brandt asked how much the survey had cost. The director \
                replied that it cost 4 million yen. Councillor Brandt said the sum was \
                too high. She asked whether the council could recover it.";
    assert_eq!(
        source_of(text, "Councillor Brandt asked", 0),
        "Sendai City Council"
    );
    assert_eq!(source_of(text, "Brandt said", 0), "Sendai City Council");
    assert_eq!(source_of(text, "She asked", 0), "Sendai City Council");
    assert_eq!(source_of(text, "director", 0), "Japanese officials");
    // With no local council named, a director keeps the source found.
    let text = "The film opened on Friday. Director Moss said the cast had worked for free.";
    assert_ne!(source_of(text, "Director Moss", 0), "Japanese officials");
}

#[test]
fn staff_of_a_city_bureau_are_the_country_officials() {
    let text = "Border crossings reopened this week. An officer at the Dalian city \
                trade bureau told us that permits were being issued again. She said the \
                first lorries had crossed on Monday.";
    assert_eq!(source_of(text, "Dalian city", 0), "Chinese officials");
    assert_eq!(source_of(text, "She said", 0), "Chinese officials");
}

#[test]
fn a_lawyer_of_no_side_and_a_shopkeeper() {
    let text = "The ferry company was fined on Monday. Ines Roth, a maritime lawyer in \
                Hamburg, said the fine was modest. Roth said an appeal was unlikely. \
                Park Soo-ah, who runs a bakery in Tongyeong, said trade had fallen.";
    assert_eq!(source_of(text, "Ines Roth", 0), "experts");
    assert_eq!(source_of(text, "Roth said", 0), "experts");
    assert_eq!(source_of(text, "Park Soo-ah", 0), "residents");
    // A lawyer for one side is no expert.
    let text = "Two managers were charged. Ines Roth, a defence lawyer for the managers, \
                said they would plead not guilty.";
    assert_ne!(source_of(text, "Ines Roth", 0), "experts");
}
