//! Sources of attributions (session 31): a source is never a bare role
//! word, a title, a surname or a private person's name. A ship's officer
//! speaks for the owner a header field names; a role "employed by" a body
//! for it; a capitalised title for the body whose capitalised header opens
//! the text; a person listed in a header field with a body for that body;
//! a name said again takes the source its first attribution was given; a
//! named person's description gives the group (experts, fishermen, former
//! officials) or the body the person works at; "he said"/"she said" after a
//! person introduced in the paragraph ("Third caller, a retired engineer
//! who …:") follows that person; "The X association" is the full name the
//! text gave it before. Each on sentences written for the test, with
//! look-alikes that keep their reading.

mod common;

use common::suggested::source_of;

#[test]
fn a_ships_officers_speak_for_the_owner_a_header_field_names() {
    let text = "Survey report: cargo damage on MV Sea Lark\n\nInsured: Haemi Coastal \
                Shipping Co., Incheon\nVessel: MV Sea Lark, general cargo ship\n\nThe \
                vessel sailed from Dalian on 3 May. The master told our surveyor that \
                the hatch covers leaked in heavy rain. He said the bilge alarm failed \
                twice. The chief officer told us the cargo was loaded wet.";
    assert_eq!(
        source_of(text, "The master told", 0),
        "Haemi Coastal Shipping"
    );
    assert_eq!(source_of(text, "He said", 0), "Haemi Coastal Shipping");
    assert_eq!(
        source_of(text, "The chief officer told", 0),
        "Haemi Coastal Shipping"
    );
}

#[test]
fn a_role_employed_by_a_body_speaks_for_it() {
    let text = "Hearing notes\n\nThe Korea Rowing Federation (KRF) held a hearing on \
                Monday. The boathouse manager, employed by the KRF, told the panel that \
                the gate was locked at 18:00.";
    assert_eq!(source_of(text, "The boathouse manager", 0), "KRF");
}

#[test]
fn a_title_speaks_for_the_body_whose_header_opens_the_text() {
    let text = "EAST ASIAN ROWING FEDERATION — APPEALS PANEL\nCase no.: 12\n\nThe East \
                Asian Rowing Federation (EARF) held its regatta in Chuncheon. The Race \
                Director, Mr Paul Lemaire, stated in his report that the start was \
                delayed by ten minutes. Mr Lemaire said the crews were warned twice.";
    assert_eq!(source_of(text, "The Race Director", 0), "EARF");
    assert_eq!(source_of(text, "Mr Lemaire said", 0), "EARF");
}

#[test]
fn a_person_listed_in_a_header_field_with_a_body_speaks_for_it() {
    let text = "Panel decision\n\nRespondents: the Rowing Association of Mongolia; \
                coaches Bat Erdene and Gan Bold\nHearing: 2 May\n\nThe association \
                stated that its crews were not warned. Mr Bold told the hearing that \
                the buoys had moved.";
    assert_eq!(
        source_of(text, "Mr Bold told", 0),
        "Rowing Association of Mongolia"
    );
}

#[test]
fn a_short_definite_body_is_the_full_name_given_before() {
    let text = "Panel decision\n\nRespondents: the Rowing Association of Mongolia\n\nThe \
                Mongolia association stated in its written reply that its crews were \
                not warned. It said the buoys had moved.";
    assert_eq!(
        source_of(text, "The Mongolia association", 0),
        "Rowing Association of Mongolia"
    );
    assert_eq!(
        source_of(text, "It said", 0),
        "Rowing Association of Mongolia"
    );
}

#[test]
fn a_name_said_again_takes_its_first_source() {
    let text = "River report\n\nIn a short interview, Professor 박민수 (Park Min-su) of \
                Gangwon University, who studies floods, said the dam holds 300 million \
                tonnes. \"There is no warning system,\" said 박민수. He said more rain \
                was likely.";
    assert_eq!(source_of(text, "said 박민수", 0), "experts");
    assert_eq!(source_of(text, "He said", 0), "experts");
}

#[test]
fn a_named_persons_description_gives_the_group() {
    let text = "Boat found\n\nA wooden boat washed ashore on Sunday. Sato Ichiro, 70, \
                who found the boat while checking his nets, told reporters it had no \
                engine. The critic Min Ha-rim said the film was too long. Yoon Dae-ho, \
                who was a deputy director at the foreign ministry in 1998, told this \
                newspaper the talks had failed.";
    assert_eq!(source_of(text, "Sato Ichiro", 0), "fishermen");
    assert_eq!(source_of(text, "Min Ha-rim", 0), "experts");
    assert_eq!(source_of(text, "Yoon Dae-ho", 0), "former officials");
}

#[test]
fn a_named_person_at_a_body_speaks_for_it_unless_an_expert() {
    let text = "Seizure\n\nThe Korea Customs Service (KCS) seized 20 tonnes of crab. Ryu \
                Min-ho, director of investigations at Incheon Customs, said the crab was \
                relabelled. Ahn Ji-woo, an economist at Hanil University, said prices \
                would rise.";
    assert_eq!(source_of(text, "Ryu Min-ho", 0), "KCS");
    assert_eq!(source_of(text, "Ahn Ji-woo", 0), "experts");
}

#[test]
fn a_pronoun_follows_the_person_its_paragraph_introduced() {
    let text = "Call-in summary\n\nThe ministry said the gates were opened without \
                notice.\n\nFirst caller, a farmer in Jangpa who gave her name as Kim: \
                she said her field was flooded. She said the warning came late.\n\nSecond \
                caller, a fishing-boat owner from Gimpo: he said four nets were lost.\n\n\
                Third caller, a retired engineer who worked on the dam: the engineer said \
                the spillway held. He said the spillway was built in 2010.\n\nFourth caller, a \
                man in Munsan who runs a campsite: he said forty campers left.";
    assert_eq!(source_of(text, "she said", 0), "residents");
    assert_eq!(source_of(text, "She said", 0), "residents");
    assert_eq!(source_of(text, "he said", 2), "fishermen");
    assert_eq!(source_of(text, "the engineer said", 0), "experts");
    assert_eq!(source_of(text, "He said", 0), "experts");
    assert_eq!(source_of(text, "he said", 3), "residents");
}

#[test]
fn a_pronoun_after_a_named_source_in_its_paragraph_keeps_it() {
    let text = "Floods\n\nA farmer in Jangpa lost her field. The ministry said the gates \
                were opened without notice. It said the North sent no message.";
    assert_ne!(source_of(text, "It said", 0), "residents");
}

#[test]
fn a_company_with_a_description_is_no_person() {
    let text = "Seed\n\nA sales manager at Golden Rye Seed, a maize-seed company in \
                Shenyang, told this reporter that sales fell.";
    assert_ne!(source_of(text, "A sales manager", 0), "journalists");
}
