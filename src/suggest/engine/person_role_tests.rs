//! Unit tests of [`super`]: roles, parties, datelines, names and titles.

use super::*;

#[test]
fn roles_from_titles_and_appositives() {
    assert_eq!(role_in("opposition lawmaker"), Some(Role::Lawmaker));
    assert_eq!(role_in("Committee chair"), Some(Role::Lawmaker));
    assert_eq!(
        role_in("a committee member from the ruling Green Party"),
        Some(Role::Lawmaker)
    );
    assert_eq!(role_in("Trade Minister"), Some(Role::Official));
    assert_eq!(role_in("her son"), Some(Role::Family));
    assert_eq!(role_in("the reporter's daughter"), Some(Role::Family));
    // Not roles: a former minister, a son without an owner, a committee
    // that is a place of work.
    assert_eq!(role_in("a former minister"), None);
    assert_eq!(role_in("a favourite son"), None);
    assert_eq!(role_in("a committee report"), None);
    assert_eq!(role_in("a researcher"), None);
    // A member of a parliament, by its name (`parliament.rs`).
    assert_eq!(
        role_in("an opposition member of the National Assembly's intelligence committee"),
        Some(Role::Lawmaker)
    );
}

#[test]
fn parties_named() {
    assert_eq!(
        party_in("a member of the ruling Green Party").as_deref(),
        Some("Green Party")
    );
    assert_eq!(
        party_in("from the opposition Farmers' Union Party,").as_deref(),
        Some("Farmers' Union Party")
    );
    assert_eq!(party_in("a party member"), None);
    assert_eq!(party_in("The Party"), None);
}

#[test]
fn datelines() {
    let country = |p: &str| (p == "Oslo" || p == "Norway").then(|| "Norwegian".to_string());
    assert_eq!(
        dateline_country("Headline\n\nOSLO, March 3 — Text.", country).as_deref(),
        Some("Norwegian")
    );
    assert_eq!(
        dateline_country("BERGEN, Norway, March 3 — Text.", country).as_deref(),
        Some("Norwegian")
    );
    // No dateline: a dash inside a sentence.
    assert_eq!(
        dateline_country("The minister — who spoke in Oslo — said.", country),
        None
    );
    assert_eq!(dateline_country("LIMA, May 2 — Text.", country), None);
}

#[test]
fn personal_names_and_offices() {
    assert_eq!(personal("Mr. Lund"), Some("Lund"));
    assert_eq!(
        personal("Fisheries Minister Ola Berg"),
        Some("Fisheries Minister Ola Berg")
    );
    assert_eq!(personal("the ministry"), None);
    assert_eq!(personal("NRK"), None);
    assert_eq!(
        presidential_office("President Moreau's office"),
        Some("presidential office")
    );
    assert_eq!(presidential_office("President Moreau"), None);
    assert_eq!(presidential_office("the president's office"), None);
}

#[test]
fn titles_before_a_name() {
    let text = "The figure was wrong, her son, Ola Berg, said.";
    let at = text.find("Ola").unwrap_or_default();
    assert_eq!(title_before(text, at), "her son");
    let text = "Earlier, opposition lawmaker Ola Berg said so.";
    let at = text.find("Ola").unwrap_or_default();
    assert_eq!(title_before(text, at), "opposition lawmaker");
    assert!(ends_in_role("opposition lawmaker"));
    assert!(!ends_in_role("the minister met"));
    let text = "Trade Minister Ola Berg said so.";
    let at = text.find("Berg").unwrap_or_default();
    assert_eq!(
        title_before(text, given_names_start(text, at)),
        "Trade Minister"
    );
}
