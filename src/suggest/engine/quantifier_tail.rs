//! A tail after a claim's last comma that says something of each or all of
//! what the clause counted: a quantifier, then a comparative or an "-ing"
//! participle ("…found 96 red-crowned and 412 white-naped cranes, *both
//! lower than last year*", "The book has 3,412 entries, *each giving the
//! word, its equivalent and an example*", "…dropped 10,000 bottles, *each
//! holding a kilogram of rice, a USB stick or a radio*"): a claim of its own.
//!
//! Counted in the gold of all sets (session 35, fresh28 240–243 left out):
//! "both"/"each"/"all" and a comparative or an "-ing" word at a clause's
//! end after a clause with a figure, split 3 times of 3 (fresh7, fresh28
//! ×2). With a past participle (", each announced at a few days' notice")
//! whole once, so those are left whole. The tail may hold a list's commas;
//! it may not end in a speaker's cue (", the owner said").

/// Quantifiers that open the tail.
const QUANTIFIERS: &[&str] = &["both", "each", "all"];

/// Comparatives after the quantifier ("both *lower* than last year").
const COMPARATIVES: &[&str] = &[
    "lower", "higher", "more", "less", "fewer", "larger", "smaller", "bigger", "older", "younger",
    "above", "below", "longer", "shorter", "cheaper", "dearer",
];

/// Cue verbs that may close a tail: the tail then ends in an attribution.
const CUES: &[&str] = &[
    "said", "says", "added", "told", "reported", "wrote", "noted",
];

/// True when `rest`, the words after the comma that closes `head`, is a
/// quantifier and a comparative or "-ing" participle saying something of
/// what `head` counted (see the module comment).
pub(super) fn quantified_tail(head: &str, rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let (Some(quantifier), Some(second), Some(_)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    if !QUANTIFIERS.contains(&quantifier) || rest.contains(';') {
        return false;
    }
    let participle = second.len() > 5 && second.ends_with("ing");
    if !participle && !COMPARATIVES.contains(&second) {
        return false;
    }
    let last = rest
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    head.bytes().any(|b| b.is_ascii_digit()) && !CUES.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::quantified_tail;

    #[test]
    fn a_quantified_tail_is_its_own() {
        let head = "The count found 96 geese and 412 swans";
        assert!(quantified_tail(head, "both lower than last year"));
        assert!(quantified_tail(
            "The atlas has 3,412 maps",
            "each giving the name, its origin and a photo"
        ));
        assert!(quantified_tail(
            head,
            "all more than in any year since 2019"
        ));
    }

    #[test]
    fn look_alike_quantified_tails_stay_whole() {
        let head = "The count found 96 geese and 412 swans";
        assert!(!quantified_tail(head, "each announced at short notice"));
        assert!(!quantified_tail(
            "The count found geese",
            "both lower than last year"
        ));
        assert!(!quantified_tail(head, "both lower"));
        assert!(!quantified_tail(
            head,
            "each holding a ring, the warden said"
        ));
        assert!(!quantified_tail(head, "all of them"));
    }
}
