//! Anonymity told by a clause of any wording: a person's relative or
//! participle clause that says, with a negation, that they are not named
//! ("who agreed to speak only if neither he nor his shop was named", "who
//! all asked not to be named", "who did not want to be identified"), not
//! only the rules' fixed phrases. "who asked to be identified only by her
//! surname" has no negation: she is named, in part, and is not anonymous.

/// Words that negate the naming after them in the same clause.
const NEGATIONS: &[&str] = &["not", "neither", "nor", "never", "without"];

/// Participles of naming a person.
const NAMING: &[&str] = &["named", "identified"];

/// True when `lower` (a span, lower case) has a comma-delimited clause in
/// which a word of [`NEGATIONS`] comes before a word of [`NAMING`].
pub(super) fn negated_naming(lower: &str) -> bool {
    lower.split([',', ';', '(', ')']).any(|clause| {
        let mut negated = false;
        for word in clause.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if NEGATIONS.contains(&word) {
                negated = true;
            } else if negated && NAMING.contains(&word) {
                return true;
            }
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::negated_naming;

    #[test]
    fn a_negated_naming_is_anonymity() {
        assert!(negated_naming(
            "one busan trader, who agreed to talk only if neither he nor his stall was named, said"
        ));
        assert!(negated_naming(
            "three miners who all asked not to be named said"
        ));
        assert!(negated_naming(
            "a nurse 👩‍⚕️, who did not want to be identified, said"
        ));
    }

    #[test]
    fn a_naming_without_negation_is_not() {
        assert!(!negated_naming(
            "a teacher, who asked to be identified only by her surname, said"
        ));
        assert!(!negated_naming("it named"));
        // The negation belongs to another clause.
        assert!(!negated_naming("she did not hesitate, named the firm"));
    }
}
