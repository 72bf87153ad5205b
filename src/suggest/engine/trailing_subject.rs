//! "…, the health ministry said": a noun phrase after a comma that is the
//! subject of a reporting verb closing the sentence is no apposition to the
//! name before the comma ("… to leave by 31 December, the health ministry
//! said" does not make the ministry "December"; "… in Arusha, the ministry
//! said" does not make it "Arusha"). Read by the passes that take "Name,
//! the <noun>" as the noun's name ([`super::described_body`],
//! [`super::apposed_source`]). Over the 31 sets it undid 4 wrong sources
//! (fresh29 247: "December" for the ministry and the two pronouns after
//! it), none right.

/// Reporting verbs a trailing subject is followed by.
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "reported",
    "announced",
    "stated",
    "wrote",
    "noted",
    "confirmed",
    "replied",
    "warned",
    "estimated",
    "explained",
    "insisted",
    "claimed",
];

/// True when `after`, the text right after a noun, opens with a reporting
/// verb of [`VERBS`] as a word ("the ministry *said* on Monday").
pub(super) fn opens_with_report(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    VERBS.iter().any(|v| {
        rest.strip_prefix(v)
            .is_some_and(|t| !t.starts_with(|c: char| c.is_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use super::opens_with_report;

    #[test]
    fn a_subject_before_its_verb() {
        assert!(opens_with_report(" said on Monday."));
        assert!(opens_with_report(" says"));
        assert!(!opens_with_report(" saidx"));
        assert!(!opens_with_report(", said"));
        assert!(!opens_with_report(" that runs the port"));
    }
}
