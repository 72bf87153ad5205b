//! Unit tests of `person_source.rs`: titles, court roles, posts held before,
//! possessive owners and the words before a name.
use super::*;

#[test]
fn court_roles() {
    assert_eq!(
        court_role("defence attorney Ann Park"),
        Some(DEFENCE_LAWYERS)
    );
    assert_eq!(court_role("Lee's lawyers"), Some(DEFENCE_LAWYERS));
    assert_eq!(court_role("The defense"), Some(DEFENCE_LAWYERS));
    assert_eq!(court_role("a state prosecutor"), Some(PROSECUTORS));
    assert_eq!(court_role("The prosecution"), Some(PROSECUTORS));
    assert_eq!(court_role("the Defence Ministry"), None);
    assert_eq!(court_role("a defence analyst"), None);
    assert_eq!(court_role("a lawyer"), None);
    assert_eq!(court_role("Defence officials"), None);
}

#[test]
fn titles() {
    assert_eq!(
        title_source("Under Secretary of the Treasury Ann Cole"),
        Some(US_OFFICIALS)
    );
    assert_eq!(title_source("Sen. Ann Cole"), Some(US_LAWMAKERS));
    assert_eq!(title_source("Rep. Ann Cole of Ohio"), None);
    assert_eq!(
        title_source("Rep. Park Ji-won"),
        Some(SOUTH_KOREAN_LAWMAKERS)
    );
    assert_eq!(
        title_source("Rep. Han (한서연)"),
        Some(SOUTH_KOREAN_LAWMAKERS)
    );
    assert_eq!(title_source("Secretary General Ann Cole"), None);
    assert_eq!(title_source("a senior official"), None);
}

#[test]
fn posts_held_before() {
    assert!(held_before(" a former navy captain"));
    assert!(held_before("who headed the command until 2024"));
    assert!(held_before("who once chaired the panel"));
    assert!(!held_before("a former North Korean diplomat"));
    assert!(!held_before("a former teacher"));
    assert!(!held_before("who heads the command"));
    assert!(!held_before("a senior officer"));
    // A post about the North, held elsewhere; a body left.
    assert!(held_before(
        "a former U.S. deputy special representative for North Korea"
    ));
    assert!(held_before("who left the State Department in 2023"));
    assert!(!held_before("a former North Korean envoy"));
    assert!(!held_before("who left the city in 2023"));
}

#[test]
fn possessive_owners() {
    assert_eq!(possessive_owner("Orbis's chief economist"), Some("Orbis"));
    assert_eq!(possessive_owner("the leader's sister"), None);
    assert_eq!(possessive_owner("Orbis's Asia Desk head"), None);
}

#[test]
fn possessive_subjects() {
    assert_eq!(
        possessive_subject_owner("The ruling Green Party's floor spokesperson"),
        Some("Green Party")
    );
    assert_eq!(
        possessive_subject_owner("Orbis's head of research"),
        Some("Orbis")
    );
    assert_eq!(possessive_subject_owner("the leader's sister"), None);
    assert_eq!(possessive_subject_owner("Orbis's Kim"), None);
}

#[test]
fn words_before_a_name() {
    assert_eq!(words_before("Later, Sen. ", 6), "Sen. ");
    assert_eq!(
        words_before("It was legal, defence attorney ", 6),
        " defence attorney "
    );
}
