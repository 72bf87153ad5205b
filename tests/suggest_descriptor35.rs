//! A source that is a description ("The group said", "an official in the
//! service's team") names the body the text introduced that it stands for
//! (session 35), each on sentences written for this test.

mod common;

use common::suggested::source_of;

#[test]
fn a_description_names_the_body_described_since_the_source_before() {
    let text = "OSLO, May 4 (Harbour Wire) - Members of the city council said on Monday that \
                salmon was still reaching shops. The hearing followed a report by Bluefin \
                Watch, a Danish non-profit group that tracks fishing fleets. The group said \
                in the report that 900 boats were listed. It said the list was incomplete.";
    assert_eq!(source_of(text, "The group said", 0), "Bluefin Watch");
    // The pronoun after it follows.
    assert_eq!(source_of(text, "It said", 0), "Bluefin Watch");
}

#[test]
fn a_description_with_no_body_described_since_keeps_the_source_before() {
    let text = "OSLO, May 4 (Harbour Wire) - The hearing followed a report by Bluefin \
                Watch, a Danish non-profit group that tracks fishing fleets. Bluefin Watch \
                said 900 boats were listed. The group said the list was incomplete.";
    assert_eq!(source_of(text, "The group said", 0), "Bluefin Watch");
}

#[test]
fn a_possessive_descriptor_names_the_body_with_its_head() {
    let text = "BUSAN, May 4 (Harbour Wire) - Clams labelled as Chinese were seized on Monday, \
                the Lakeside Customs Service said in a statement. An official in the \
                service’s verification team, speaking by phone, said the bags had been \
                relabelled in Dalian.";
    assert_eq!(
        source_of(text, "An official in the service", 0),
        "Lakeside Customs Service"
    );
}
