//! Whom a person speaks for (session 17, the tenth fresh set released): a
//! member of a parliament by title ("Rep.", "Sen.") and a committee's chair
//! as the country's lawmakers, a pronoun's party after them, a country's
//! police and prosecutors once placed, staff at a named body as that body, an
//! analyst covering an industry at a bank as one of the experts, a lawyer
//! representing a defendant as defence lawyers, brokers as some analysts.
//! Each construction on sentences written for the test, with look-alikes
//! that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn a_legislator_by_title_and_a_committee_chair_are_lawmakers() {
    let text = "SEOUL, Jan. 9 — The port fund shrank. Rep. Choi Min-ho, who leads the \
                fisheries panel, told the session that the fund was too small. He asked \
                whether the ministry had checked the figures. The harbour office said the \
                sum was fair. His party said in a statement that it would appeal. The \
                budget committee's chair told reporters the bill would pass.";
    assert_eq!(source(text, "Rep. Choi", 0), "South Korean lawmakers");
    assert_eq!(source(text, "He asked", 0), "South Korean lawmakers");
    assert_eq!(source(text, "His party", 0), "South Korean lawmakers");
    assert_eq!(
        source(text, "committee's chair", 0),
        "South Korean lawmakers"
    );
    // No parliament in the article: a club committee's chair is no lawmaker.
    let text = "BUSAN, Jan. 9 — The regatta was cancelled. The race committee's chair \
                told reporters the wind was too strong.";
    assert_ne!(
        source(text, "committee's chair", 0),
        "South Korean lawmakers"
    );
}

#[test]
fn police_and_prosecutors_placed_in_a_city_take_the_country() {
    let text = "SEOUL, Mar. 3 — A shipping firm was raided. Prosecutors in Daegu said on \
                Friday that the firm had hidden losses. A prosecutor told reporters the \
                case was large. Police in Gwangju said the manager had fled. An officer \
                said his car was found.";
    assert_eq!(
        source(text, "Prosecutors in Daegu", 0),
        "South Korean prosecutors"
    );
    assert_eq!(source(text, "A prosecutor", 0), "South Korean prosecutors");
    assert_eq!(source(text, "Police in Gwangju", 0), "South Korean police");
    assert_eq!(source(text, "An officer", 0), "South Korean police");
    // A large city's police take its country where no dateline gives one.
    let text = "A ferry ran aground. Police in Busan said the captain was unhurt.";
    assert_eq!(source(text, "Police in Busan", 0), "South Korean police");
    // Prosecutors no text places keep the plain group.
    let text = "SEOUL, Mar. 3 — A trial opened. Prosecutors allege that the clerk sold \
                files. The prosecution said the files were secret.";
    assert_eq!(source(text, "Prosecutors allege", 0), "prosecutors");
    assert_eq!(source(text, "prosecution said", 0), "prosecutors");
}

#[test]
fn staff_at_a_named_body_speak_for_it() {
    let text = "INCHEON, Feb. 2 — Winter came early. \"We are short of beds,\" said Lim, \
                a counsellor at the Harbour Light Shelter, a charity that houses \
                migrants. Lim said the shelter had room for eight.";
    assert_eq!(source(text, "said Lim", 0), "Harbour Light Shelter");
    assert_eq!(source(text, "Lim said", 0), "Harbour Light Shelter");
    // A research post is no body's voice.
    let text = "INCHEON, Feb. 2 — Winter came early. \"Beds are short,\" said Lim, a \
                researcher at Inha University.";
    assert_eq!(source(text, "said Lim", 0), "experts");
}

#[test]
fn an_analyst_covering_an_industry_at_a_bank_is_an_expert() {
    let text = "SEOUL, May 5 — Steel shares fell. \"Orders will fall,\" said Baek So-ra, \
                who covers steel at Mirae Securities. Baek noted the yen was weak.";
    assert_eq!(source(text, "said Baek", 0), "experts");
    assert_eq!(source(text, "Baek noted", 0), "experts");
    let text = "SEOUL, May 5 — Steel shares fell. Brokers said the sell-off was overdone.";
    assert_eq!(source(text, "Brokers said", 0), "some analysts");
}

#[test]
fn a_lawyer_representing_a_defendant_is_a_defence_lawyer() {
    let text = "SEOUL, Jun. 1 — Two guards went on trial. Ko Dae-sung, who represents one \
                of the guards, told reporters the charge was weak.";
    assert_eq!(source(text, "Ko Dae-sung", 0), "defence lawyers");
    // One who represents a district is no lawyer.
    let text = "SEOUL, Jun. 1 — The vote passed. Ko Dae-sung, who represents the \
                district, told reporters the charge was weak.";
    assert_ne!(source(text, "Ko Dae-sung", 0), "defence lawyers");
}
