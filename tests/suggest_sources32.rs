//! Sources of attributions (session 32): a source never holds a person's
//! apposition ("X, a WMO spokesman") — it is the acronym the description
//! names, else its group, else the bare name, and the attributions that kept
//! it follow; a capitalised plural kind opening a sentence is the lower-case
//! group word; "The agent said" is the body the text gave that role in an
//! apposition; a boat's captain in a fishing text is one of the fishermen;
//! a short name in mixed case in brackets ("(aT)", "(K-water)") is the
//! acronym the text introduces; a Korean "Rep." is a South Korean lawmaker.
//! Each on sentences written for the test, with look-alikes that keep their
//! reading.

mod common;

use common::suggested::source_of;

#[test]
fn an_apposition_naming_an_introduced_acronym_gives_the_acronym() {
    let text = "GENEVA — The International Seed Exchange (ISE) said on Monday that \
                shipments resumed. The network is working again, said Maren Holt, an \
                ISE spokeswoman. She said ten stations reported. Holt said more would \
                follow.";
    assert_eq!(source_of(text, "said Maren Holt", 0), "ISE");
    assert_eq!(source_of(text, "She said", 0), "ISE");
    assert_eq!(source_of(text, "Holt said", 0), "ISE");
}

#[test]
fn an_apposition_with_no_acronym_gives_its_group_or_the_name() {
    let text = "Rents rose again, said Park Mi-ran, 44, a teacher who lives in Paju.";
    assert_eq!(source_of(text, "said Park Mi-ran", 0), "residents");
    // A body's own apposition keeps the body's name.
    let text = "Prices fell, said Blue Harbour Traders, a Busan firm, on Monday.";
    let source = source_of(text, "said Blue Harbour", 0);
    assert!(!source.contains(", "), "{source}");
}

#[test]
fn a_capitalised_kind_opening_a_sentence_is_the_group_word() {
    let text = "Storms hit the coast. Geologists said the cliff could slip. Fishermen \
                said the harbour was full.";
    assert_eq!(source_of(text, "Geologists said", 0), "experts");
    assert_eq!(source_of(text, "Fishermen said", 0), "fishermen");
}

#[test]
fn a_definite_role_is_the_body_given_that_role_before() {
    let text = "Bright Road Cargo, our shipping agent, said the trucks left on Monday. \
                The agent said customs checks took two days.";
    assert_eq!(source_of(text, "The agent said", 0), "Bright Road Cargo");
    // No apposition gave the role: left as it was.
    let text = "Bright Road Cargo said the trucks left. The agent said checks took two \
                days.";
    assert_ne!(source_of(text, "The agent said", 0), "Bright Road Cargo");
}

#[test]
fn a_boats_captain_in_a_fishing_text_is_one_of_the_fishermen() {
    let text = "Fishing boats stayed in port on Sunday. Park Do-hyun, the Sea Gull 3's \
                captain, said waves reached four metres.";
    assert_eq!(source_of(text, "Park Do-hyun", 0), "fishermen");
}

#[test]
fn a_mixed_case_short_name_in_brackets_is_an_acronym() {
    let text = "The Korea Water Resources Corporation (K-water) said the dam was full. \
                The corporation said gates would open.";
    assert_eq!(source_of(text, "The Korea Water", 0), "K-water");
    let text = "The Korea Food Trade Corporation (aT) said prices rose.";
    assert_eq!(source_of(text, "The Korea Food", 0), "aT");
    // A capitalised word in brackets is no acronym.
    let text = "The Harbour Office (Seoul) said ferries ran late.";
    assert_ne!(source_of(text, "The Harbour Office", 0), "Seoul");
}

#[test]
fn a_korean_representative_is_a_south_korean_lawmaker() {
    let text = "Rep. Oh (오민재), the bill's sponsor, said the payment was too small.";
    assert_eq!(source_of(text, "Rep. Oh", 0), "South Korean lawmakers");
    let text = "Rep. Ann Miller said the payment was too small.";
    assert_eq!(source_of(text, "Rep. Ann Miller", 0), "US lawmakers");
}

#[test]
fn a_role_is_the_body_a_copula_or_the_roles_verb_named() {
    let text = "The buyer was Harbour Lift Trading Ltd. The buyer said the cranes were \
                for a port in Vietnam.";
    assert_eq!(source_of(text, "The buyer said", 0), "Harbour Lift Trading");
    let text = "Operated by Red Kite Tours. The operator says all guides are licensed.";
    assert_eq!(source_of(text, "The operator says", 0), "Red Kite Tours");
}

#[test]
fn a_numbered_military_unit_is_its_countrys_officials() {
    let text = "Boats crossed near Gimpo. The Marine Corps' 3rd Division said a boat ran \
                aground. The division said it was freed at high tide.";
    assert_eq!(
        source_of(text, "Division said", 0),
        "South Korean officials"
    );
    assert_eq!(
        source_of(text, "The division said", 0),
        "South Korean officials"
    );
}

#[test]
fn an_unnamed_state_spokesperson_is_the_countrys_officials() {
    let text = "Gangwon boats stayed in port. A navy spokesperson said tests were under way.";
    assert_eq!(
        source_of(text, "A navy spokesperson", 0),
        "South Korean officials"
    );
    let text = "Ferries left Vladivostok. A customs spokesperson in Vladivostok said checks \
                were normal.";
    assert_eq!(
        source_of(text, "A customs spokesperson", 0),
        "Russian officials"
    );
    // A company's spokesperson is no state's.
    let text = "Gangwon boats stayed in port. A company spokesperson said tests were \
                under way.";
    assert_ne!(
        source_of(text, "A company spokesperson", 0),
        "South Korean officials"
    );
}

#[test]
fn police_of_an_unknown_place_are_the_nearest_places_countrys() {
    let text = "A boat washed up near Niigata on Sunday. Awashima police said two bodies \
                were inside. Police said it came from North Korea.";
    assert_eq!(source_of(text, "Awashima police", 0), "Japanese police");
    assert_eq!(source_of(text, "Police said", 0), "Japanese police");
}

#[test]
fn a_source_cut_from_a_long_name_is_its_acronym() {
    let text = "About 900 sailors remain missing, according to the Naval POW/MIA Records \
                Office (NPRO), a Pentagon office.";
    assert_eq!(source_of(text, "according to", 0), "NPRO");
    let text = "Kelp sells for 9,000 won, according to the Korea Seaweed and Kelp Trade \
                Board (kST), up from 7,000.";
    assert_eq!(source_of(text, "according to", 0), "kST");
}

#[test]
fn an_unnamed_person_of_an_introduced_body_speaks_for_it() {
    let text = "The Korea Rivers Corporation (K-rivers) sent a survey boat. A K-rivers \
                engineer on the boat, who asked not to be named, said the hull was stuck.";
    assert_eq!(source_of(text, "engineer on the boat", 0), "K-rivers");
}

#[test]
fn unnamed_people_who_trade_are_their_countrys_traders() {
    let text = "Boats stayed in Sokcho and Gangneung. Prices may rise, one wholesaler said.";
    assert_eq!(source_of(text, "one wholesaler", 0), "South Korean traders");
    let text = "Crab imports through Niigata rose. Two Kushiro importers told the paper \
                prices rose.";
    assert_eq!(source_of(text, "Kushiro importers", 0), "Japanese traders");
    // Asking not to be named makes them unnamed.
    let text = "Boats stayed in Gangneung. A Gangneung wholesaler who asked not to be \
                named said prices rose.";
    assert_eq!(source_of(text, "wholesaler who", 0), "unnamed sources");
}

#[test]
fn the_paper_in_a_digest_section_is_the_sections_outlet() {
    let text = "Our weekly press digest\n\n1. Harbin Evening Post (Harbin, in Chinese), \
                Monday: \"Border stalls reopen\"\nStalls reopened to Korean sellers, the \
                paper reported.\n\n2. Amur Vestnik (Khabarovsk, in Russian), Tuesday: \
                \"Builders return\"\nBuilders returned to three sites, the paper reported. \
                It said wages rose.\n";
    assert_eq!(
        source_of(text, "the paper reported", 0),
        "Harbin Evening Post"
    );
    assert_eq!(source_of(text, "the paper reported", 1), "Amur Vestnik");
    assert_eq!(source_of(text, "It said", 0), "Amur Vestnik");
}

#[test]
fn it_after_a_cited_group_is_the_body_before() {
    let text = "Builders returned to three sites, Amur Vestnik reported, citing two \
                building contractors. It said wages rose by a fifth.";
    assert_eq!(source_of(text, "It said", 0), "Amur Vestnik");
}
