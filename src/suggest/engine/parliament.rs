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
        // A curly possessive as a straight one ("the National Assembly’s").
        let named = |w: &&str| {
            PARLIAMENTS.contains(w)
                || (w.strip_suffix("’s")).is_some_and(|b| PARLIAMENTS.contains(&b))
        };
        p == ["member", "of"] && (after.iter().take(2)).any(named)
    })
}

/// Titles of a member of a parliament written before a name, as written
/// ("*Rep.* Han", "*Sen.* Cole"); the abbreviations keep their full stop, so
/// the surname "Sen" (without one) is none.
const LEGISLATOR_TITLES: &[&str] = &[
    "Rep.",
    "Sen.",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Assemblyman",
    "Assemblywoman",
];

/// True when `context` (a name with its title) opens with a legislator's
/// title followed by a capitalised name: "Rep. Han Ji-su", "Senator Ann
/// Cole"; not "a senator's aide" nor "Amartya Sen".
pub(super) fn legislator_title(context: &str) -> bool {
    let mut words = context.split_whitespace();
    let title = words.next().is_some_and(|w| LEGISLATOR_TITLES.contains(&w));
    title
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::{legislator_title, member_of_parliament};

    #[test]
    fn a_title_of_a_legislator_before_a_name() {
        assert!(legislator_title("Rep. Noh Ga-eun"));
        assert!(legislator_title("Sen. Mark Albright"));
        assert!(legislator_title("Senator Mark Albright"));
        assert!(!legislator_title("Amartya Sen"));
        assert!(!legislator_title("Sen Ji-ho"));
        assert!(!legislator_title("Rep."));
        assert!(!legislator_title("Senator's aide"));
        assert!(!legislator_title("sales rep Tom Bell"));
    }

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
