//! Two subjects joined by "and" at a clause's start: "5. *Pak Hyon-ju and
//! her teammate* did not commit any breach", "that *the Chosun Ilbo and the
//! Hankyoreh* had given opposite readings". The words after "and" look like
//! a second clause's subject ("the Hankyoreh had …"), but with no verb
//! before "and" in its clause there is no first clause: the two are one
//! subject, and the claim keeps both.
//!
//! Gold, the 25 sets and fresh24 204–207: wrong -> right 7 (fresh12 1,
//! fresh14 2, fresh16 2, fresh19 1, fresh24 1), none right -> wrong; two
//! more cut claims with no gold of their own (fresh5, fresh18) kept whole.

use super::clause_shape::{bare_words, names_a_verb};

/// True when `before` (the sentence up to " and ") holds a verb after its
/// last clause opening (a comma, semicolon, colon, dash or "that"), so a
/// clause stands before "and".
pub(super) fn clause_before(before: &str) -> bool {
    let opening = [", ", "; ", ": ", " — ", " that "]
        .iter()
        .filter_map(|o| before.rfind(o).map(|i| i + o.len()))
        .max()
        .unwrap_or(0);
    names_a_verb(&bare_words(&before[opening..]))
}

#[cfg(test)]
mod tests {
    use super::clause_before;

    #[test]
    fn a_subject_alone_is_no_clause() {
        assert!(!clause_before("Pak Hyon-ju"));
        assert!(!clause_before("Two papers noted that the Chosun Ilbo"));
    }

    #[test]
    fn a_verb_makes_a_clause() {
        assert!(clause_before("The office was closed"));
        assert!(clause_before("He said the ship sank"));
    }
}
