//! A request to the reader, with "please": "Not sure, so please check my
//! photos before anyone posts this", "No personal info about crews,
//! please", "Please keep speculation about cargo labelled as such". A
//! request asserts nothing and guesses nothing: no claim, no speculation
//! (gold, all sets: 6 clauses with "please", none marked; "Please note" +
//! a fact, fresh23, is a notice whose fact is a claim, so "please note"
//! and "please be advised/aware" are no requests). So is a first-person
//! "We recommend …", "We ask the board to …".

/// Verbs with which the writer asks or advises in the first person: "We
/// recommend a reserve of 4.2 billion won", "We ask the board to decide …"
/// (gold: 2 of 2 unmarked, fresh15, fresh24).
const ASKING: &[&str] = &["recommend", "ask", "urge", "propose", "advise", "request"];

/// True when `clause` holds the word "please" (any case) as a request, or
/// opens with "We" or "I" and a verb of [`ASKING`].
pub(super) fn is_request(clause: &str) -> bool {
    let mut first = super::ascii_words::words(clause);
    if matches!(first.next(), Some("We" | "I" | "we"))
        && first.next().is_some_and(|v| ASKING.contains(&v))
    {
        return true;
    }
    // Cheap first: a byte search for "lease".
    if !clause.contains("lease") {
        return false;
    }
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case("please")
            && !matches!(
                words.get(i + 1).map(|n| n.to_ascii_lowercase()).as_deref(),
                Some("note" | "be" | "see")
            )
    })
}

#[cfg(test)]
mod tests {
    use super::is_request;

    #[test]
    fn please_asks() {
        assert!(is_request(
            "so please check my photos before anyone posts this"
        ));
        assert!(is_request("No personal info about crews, please"));
        assert!(is_request(
            "Please keep speculation about cargo labelled as such"
        ));
        assert!(is_request("We recommend a reserve of 4.2 billion won"));
    }

    #[test]
    fn a_notice_or_a_lease_does_not() {
        assert!(!is_request(
            "Please note the vessel's transponder has been off"
        ));
        assert!(!is_request("The lease was signed in 2019"));
        assert!(!is_request("The company was pleased with the result"));
        assert!(!is_request("We asked the owners for the certificates"));
    }
}
