//! "wrote to" an addressee with nothing reported after it: "The Archive also
//! *wrote to* Russia's human rights commissioner on 19 June." A letter sent is
//! a deed the writer reports, not an attribution; "wrote to the minister
//! *that* …" or with a quote still reports. Over the 28 sets "wrote to" before
//! an addressee stands twice (fresh15, fresh26), gold attributions 0.

/// Cue words of writing, lower case.
const WRITE_CUES: &[&str] = &["wrote", "writes", "write"];

/// True when the cue `cue` (lower case) is followed in `after` by "to" and an
/// addressee, and no "that", quote or colon follows in the sentence.
pub(super) fn is_letter_sent(cue: &str, after: &str) -> bool {
    if !WRITE_CUES.contains(&cue) {
        return false;
    }
    let Some(rest) = after.strip_prefix(" to ") else {
        return false;
    };
    // "wrote to say …": an infinitive, not an addressee.
    if rest.starts_with(|c: char| c.is_lowercase())
        && !["the ", "a ", "an ", "his ", "her ", "its ", "their "]
            .iter()
            .any(|d| rest.starts_with(d))
    {
        return false;
    }
    let clause = &rest[..rest.find(['.', ';', '?', '!']).unwrap_or(rest.len())];
    !clause.contains(['"', '“', '”', ':']) && !clause.split_whitespace().any(|w| w == "that")
}

#[cfg(test)]
mod tests {
    use super::is_letter_sent;

    #[test]
    fn a_letter_sent() {
        assert!(is_letter_sent(
            "wrote",
            " to Tarn's harbour master on 19 June."
        ));
        assert!(is_letter_sent("wrote", " to the minister in May."));
        assert!(!is_letter_sent(
            "wrote",
            " to the minister that the pier was unsafe."
        ));
        assert!(!is_letter_sent("wrote", " to say the pier was unsafe."));
        assert!(!is_letter_sent("wrote", " that the pier was unsafe."));
        assert!(!is_letter_sent("said", " to the minister in May."));
    }
}
