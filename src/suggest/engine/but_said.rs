//! A second speech verb after "but" with no comma and no subject of its own:
//! "The ministry confirmed to reporters that two ships had left *but said* it
//! could not name them." The verb is the same speaker's second attribution,
//! the cue alone (as after ", but" and "and"). Over the 28 sets, "but said"
//! with no comma before it stands 5 times, gold marks the bare verb in 4
//! (fresh8, fresh18, fresh20, fresh26; not fresh10); the caller still needs
//! an attribution before it in the sentence.

/// Speech verbs read after "but" with no comma.
const SPEECH: &[&str] = &[
    "said", "says", "added", "told", "noted", "warned", "stressed",
];

/// True when the cue at byte `start` follows "but", with or without a comma
/// ("…, but said", "… the visit but said").
pub(super) fn follows_but(sentence: &str, start: usize) -> bool {
    let Some(before) = sentence.get(..start) else {
        return false;
    };
    // Only a speech verb ("but *logged* …", "but *asked* …" are not read).
    let cue = sentence[start..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !SPEECH.contains(&cue) {
        return before.trim_end().ends_with(", but");
    }
    let before = before.trim_end();
    before
        .len()
        .checked_sub(4)
        .and_then(|at| before.get(at..))
        .is_some_and(|tail| tail == " but" || tail == ",but")
}

#[cfg(test)]
mod tests {
    use super::follows_but;

    #[test]
    fn said_after_but() {
        let s = "The office confirmed that two ships had left but said it could not name them.";
        assert!(follows_but(s, s.find("said").unwrap_or(0)));
        let s = "The office confirmed it, but said no more.";
        assert!(follows_but(s, s.find("said").unwrap_or(0)));
        let s = "The office said it would.";
        assert!(!follows_but(s, s.find("said").unwrap_or(0)));
        let s = "but said it would.";
        assert!(!follows_but(s, s.find("said").unwrap_or(0)));
    }
}
