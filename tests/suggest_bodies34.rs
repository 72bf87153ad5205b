//! Sources of bodies an article introduces (session 34), each on sentences
//! written for this test: a body introduced with its acronym and read back
//! by its head noun; a document's author after a participle ("a review
//! published … by X"); a local government unit named by its kind (its
//! country's officials); shopkeepers and villagers (residents); "the
//! authors" of a paper (experts); "an official at the <body>" (the body
//! named before).

mod common;

use common::suggested::source_of;

#[test]
fn an_acronym_body_read_back_by_its_head_noun() {
    let text = "GENEVA, May 4 (Harbour Wire) - Ferry operators must cut emissions by half, \
                according to guidelines published on Monday by the Maritime Council on \
                Coastal Shipping (MCCS).\n\nThe council said operators had two years to \
                comply. It said most ferries could be refitted.";
    assert_eq!(source_of(text, "The council said", 0), "MCCS");
    assert_eq!(source_of(text, "It said", 0), "MCCS");
}

#[test]
fn a_documents_author_after_a_participle() {
    let text = "LIMA, May 4 (Harbour Wire) - The port needs new cranes, according to an \
                assessment released last week by the Pacific Institute for Harbour \
                Studies (PIHS).\n\nThe assessment said three of the cranes were older than \
                forty years.";
    assert_eq!(source_of(text, "The assessment said", 0), "PIHS");
}

#[test]
fn a_local_unit_by_its_kind_is_its_countrys_officials() {
    let text = "Bangkok, Thailand — \"Golden Lotus\"\n\nThe shop closed in June. A district \
                official said the licence had lapsed.\n\nOsaka, Japan — \"Blue Crane\"\n\n\
                The Osaka harbour bureau said the lease ran until 2027.";
    assert_eq!(source_of(text, "district official", 0), "Thai officials");
    assert_eq!(source_of(text, "harbour bureau", 0), "Japanese officials");
    // A company's department is no local unit.
    let company = "Bangkok, Thailand — The Lotus Foods export department said sales rose.";
    assert_ne!(source_of(company, "export department", 0), "Thai officials");
}

#[test]
fn shopkeepers_and_villagers_are_residents() {
    let text = "The market hall burned on Sunday. Two nearby shopkeepers said the fire \
                started at night. Villagers in Dongsan-ri said the road was closed.";
    assert_eq!(source_of(text, "shopkeepers said", 0), "residents");
    assert_eq!(source_of(text, "Villagers", 0), "residents");
}

#[test]
fn the_authors_of_a_paper_are_experts() {
    let text = "The working paper, published by the Harbour Economics Institute (HEI), \
                estimates that exports doubled. HEI said the paper was peer reviewed. The \
                authors say the estimate is conservative.";
    assert_eq!(source_of(text, "The authors say", 0), "experts");
}

#[test]
fn an_official_at_a_body_named_before() {
    let text = "The Busan Maritime Court heard the case on Monday. The captain denied the \
                charges. A ruling is due in June, an official at the court said.";
    assert_eq!(
        source_of(text, "official at the court", 0),
        "Busan Maritime Court"
    );
}

#[test]
fn the_people_a_body_is_kept_by_speak_for_it() {
    let text = "Harbour Lights Watch is a volunteer-run register of lighthouses on the \
                coast.\n\nA volunteer said the lamp at Cape Morrow was dark on 3 May.";
    assert_eq!(
        source_of(text, "A volunteer said", 0),
        "Harbour Lights Watch"
    );
}
