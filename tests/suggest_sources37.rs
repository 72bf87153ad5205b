//! Source constructions (session 37), each on sentences written for this
//! test: a name spoken to ("told Coferry") is no speaker a later "Coferry
//! said" stands for; a name with lower-case particles ("Arroceros del Valle
//! Alto") is read whole, and a decomposed accent stays in a surname; "To
//! add:" names no one; the office of "the city's" is its country's
//! officials; "the fisheries ministry" after "according to" is read; a
//! transcript's label with a post or firm after a comma speaks for the
//! document's company or that firm; "our" staff speak for the body the
//! document is by; "said publicly" keeps its adverb.

mod common;

use common::suggested::{attribution_quotes, source_of};

#[test]
fn a_name_spoken_to_is_not_the_speaker_after_it() {
    let text = "Ferry line cut\n\nThe Coastal Ferry Company (Coferry) runs the route. The navy told \
                Coferry in a letter that the strait would close. Coferry said it would refund \
                all tickets.";
    assert_eq!(source_of(text, "Coferry said", 0), "Coferry");
}

#[test]
fn a_name_with_particles_is_read_whole() {
    let text = "Rice seen in Pyongyang\n\nTelevision showed sacks of Arroceros del Valle Alto, a \
                cooperative of 300 farmers. \"We never sold any,\" said Marta Go\u{301}mez Di\u{301}az, \
                the cooperative's export manager. The cooperative said it had stopped sales. \
                Go\u{301}mez said the buyer had not replied.";
    assert_eq!(
        source_of(text, "export manager", 0),
        "Arroceros del Valle Alto"
    );
    assert_eq!(
        source_of(text, "The cooperative said", 0),
        "Arroceros del Valle Alto"
    );
    assert_eq!(source_of(text, "mez said", 0), "Arroceros del Valle Alto");
}

#[test]
fn an_infinitive_marker_names_no_one() {
    let text = "Bridge notes\n\nKWON: To add: the bridge opened in 2019.";
    assert!(
        !attribution_quotes(text).iter().any(|q| q.starts_with("To")),
        "{:?}",
        attribution_quotes(text)
    );
}

#[test]
fn the_office_of_the_city_is_its_countrys_officials() {
    let text = "Ferry notes\n\nFerries ran from Busan to Ulsan. The Maritime Police (KMP) said the \
                sea was calm. The city's harbour office said the ferry would run.";
    assert_eq!(
        source_of(text, "harbour office", 0),
        "South Korean officials"
    );
}

#[test]
fn a_topic_ministry_after_according_to() {
    let text = "Fish exports\n\nLIMA, May 2 - Peru exported 3,000 tonnes of squid in May, \
                according to the fisheries ministry.";
    assert_eq!(
        source_of(text, "fisheries ministry", 0),
        "Peruvian officials"
    );
}

#[test]
fn transcript_labels_with_a_post_or_a_firm() {
    let text = "Minhwa Textiles second-quarter results: edited transcript\n\nEdited transcript of \
                Minhwa Textiles Co.'s results call, 3 May 2026.\n\nPARK SO-YEON (박소연), Chief \
                Executive: Sales rose 4 percent to 12 billion won.\n\nLEE JAE-MIN (이재민), Hana \
                Securities: Thank you. The Korea Herald reported last week that the plant had \
                closed. Is that true?\n\nPARK: The plant closed on 2 May.\n\nCHOI MIN-HO, Shinhan \
                Securities: Will the dividend change?\n\nLEE: Thank you.";
    assert_eq!(source_of(text, "PARK SO-YEON", 0), "Minhwa Textiles");
    assert_eq!(source_of(text, "LEE JAE-MIN", 0), "Hana Securities");
    assert_eq!(source_of(text, "PARK", 1), "Minhwa Textiles");
    // A question alone is no attribution.
    assert!(
        !attribution_quotes(text).iter().any(|q| q.contains("CHOI")),
        "{:?}",
        attribution_quotes(text)
    );
}

#[test]
fn our_staff_speak_for_the_body_the_document_is_by() {
    let text = "Hanul Weaving School newsletter, May\n\nNotes from Hanul Weaving School, Mapo, \
                Seoul.\n\nThe school opened a new loom room in April. Our treasurer says the grant \
                was cut by 10 percent. The loom cost 4 million won, and our board has said the \
                fees will not rise.";
    assert_eq!(source_of(text, "Our treasurer", 0), "Hanul Weaving School");
    assert_eq!(
        source_of(text, "our board has said", 0),
        "Hanul Weaving School"
    );
}

#[test]
fn said_publicly_keeps_its_adverb() {
    let text = "Grants\n\nThe ministry has said publicly that grants will fall in 2027.";
    assert!(
        attribution_quotes(text)
            .iter()
            .any(|q| q.ends_with("said publicly")),
        "{:?}",
        attribution_quotes(text)
    );
}

#[test]
fn a_lawmaker_by_surname_after_a_korean_full_name() {
    let text = "Budget hearing\n\nRep. Yoon Mi-rae (People Power Party) asked whether the fund \
                was spent. The vice minister said 40 percent was spent in 2026. Rep. Yoon said the \
                rest had been moved to 2027. Yoon said the fund had 1.2 trillion won left.";
    assert_eq!(
        source_of(text, "Rep. Yoon said", 0),
        "South Korean lawmakers"
    );
    assert_eq!(source_of(text, "Yoon said", 1), "South Korean lawmakers");
}

#[test]
fn a_name_after_an_opening_description_with_company() {
    let text = "Ship notes\n\nShip-tracking company Kpler said the ship turned off its \
                transponder. The company said it had lost the signal on 3 May.";
    assert_eq!(source_of(text, "Kpler said", 0), "Kpler");
    assert_eq!(source_of(text, "The company said", 0), "Kpler");
}
