//! "It said" names a body or an outlet, never a group of people: after
//! "Vostochny Vestnik reported …, citing two building contractors. It said
//! …", the pronoun is the paper's, not the contractors' ("unnamed
//! sources"). Read by [`super::pronoun_sources`] when the source before is
//! one of the registry's groups of people ("unnamed sources", "experts",
//! "some analysts") and a body was named before it.

/// The registry's groups of people, as it names them: a source still in
/// lower case at this point may be a body's noun that later passes name
/// ("the agency"), so only these are skipped.
const PEOPLE_GROUPS: &[&str] = &["unnamed sources", "some analysts", "experts"];

/// The body "it" (`pronoun`) stands for when the source before (`previous`)
/// is a group of people and `body` (the last capitalised source) was named
/// before it.
pub(super) fn body_for_it<'a>(
    pronoun: &str,
    previous: Option<&str>,
    body: Option<&'a str>,
) -> Option<&'a str> {
    if !pronoun.eq_ignore_ascii_case("it") {
        return None;
    }
    let group = previous.is_some_and(|p| PEOPLE_GROUPS.contains(&p));
    group.then_some(body).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_skips_a_group_of_people() {
        assert_eq!(
            body_for_it("It", Some("unnamed sources"), Some("Amur Courier")),
            Some("Amur Courier")
        );
        assert_eq!(body_for_it("It", Some("KCNA"), Some("KCNA")), None);
        assert_eq!(body_for_it("He", Some("experts"), Some("KCNA")), None);
        assert_eq!(body_for_it("It", Some("experts"), None), None);
    }
}
