//! Whether a person's description makes them a member of a parliament ("an
//! opposition member of the National Assembly's intelligence committee", "a
//! member of parliament"): such a person speaks as a lawmaker
//! ([`super::person_role::role_in`]).

/// Names of a parliament after "member of (the)", lower case, also in the
/// possessive ("a member of the national *assembly's* committee").
const PARLIAMENTS: &[&str] = &[
    "parliament",
    "parliament's",
    "assembly",
    "assembly's",
    "congress",
    "congress's",
    "diet",
    "diet's",
    "bundestag",
    "senate",
];

/// True when `lower` (a context's words, lower case) makes its person a
/// member of a parliament: "an opposition member of the National
/// Assembly's intelligence committee", "a member of parliament"; not "a
/// member of the hacking group".
pub(super) fn member_of_parliament(lower: &[&str]) -> bool {
    lower.windows(2).enumerate().any(|(i, p)| {
        let after = &lower[i + 2..];
        let after = after.strip_prefix(&["the"]).unwrap_or(after);
        // The parliament's name: its last word within two words ("the
        // *National Assembly's*").
        p == ["member", "of"] && (after.iter().take(2)).any(|w| PARLIAMENTS.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::member_of_parliament;

    fn member(context: &str) -> bool {
        let lower = context.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        member_of_parliament(&words)
    }

    #[test]
    fn a_parliament_named_within_two_words_of_member_of() {
        assert!(member(
            "an opposition member of the national assembly's intelligence committee"
        ));
        assert!(member("a member of parliament"));
        assert!(member("a member of the Diet"));
        assert!(!member("a member of the hacking group"));
        assert!(!member("a member of the tour party"));
        assert!(!member("a member of the group that lobbied parliament"));
    }
}
