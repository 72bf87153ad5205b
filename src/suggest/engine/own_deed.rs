//! "We have …" in a writer's or a body's own voice: the article's method
//! ("We have checked the location …", "We have not been able to verify
//! …", "We have been told …") is no claim, but a deed in the world ("We
//! have bought 30 tonnes of seed", "We have replaced the team leader", "We
//! have asked the owners for …") is one.
//!
//! Counted in the gold of all sets (fresh25 212–215 and the 26 others,
//! session 32), sentences opening "We have": a claim 6 times (fresh14,
//! fresh15 ×2, fresh16, fresh24, fresh25), unmarked 4 times, each with a
//! participle of checking or "been"/"not" (fresh15, fresh17, fresh19 ×2).

/// Words after "We have" that keep the sentence about the article's making.
const METHOD: &[&str] = &[
    "been",
    "not",
    "never",
    "checked",
    "verified",
    "reviewed",
    "compared",
    "contacted",
    "looked",
    "read",
    "spoken",
    "talked",
    "tried",
    "seen",
    "updated",
    "edited",
];

/// True when `third`, the word after "We have", keeps the sentence in the
/// writer's voice about the article's making (see the module comment).
pub(super) fn writer_perfect(third: Option<&str>) -> bool {
    third.is_some_and(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        METHOD.iter().any(|m| m.eq_ignore_ascii_case(w))
    })
}

/// Nouns for any body's people ("Our staff", "Our compliance team").
const TEAMS: &[&str] = &["team", "staff"];

/// Verbs of the article's making after "Our … team" ("Our data team
/// *compared* 12 records").
const MAKING: &[&str] = &[
    "compared",
    "checked",
    "verified",
    "reviewed",
    "contacted",
    "looked",
    "read",
    "spoke",
    "talked",
    "asked",
];

/// True when "Our" is followed by a team word (`second`, or `third` after a
/// modifier) whose verb (the word after it) is one of the article's making:
/// the newsroom at work, no claim. "Our staff *were* not allowed …" is one.
pub(super) fn team_method(second: &str, third: &str, fourth: Option<&str>) -> bool {
    let verb = if TEAMS.contains(&second) {
        Some(third)
    } else if TEAMS.contains(&third) {
        fourth
    } else {
        None
    };
    verb.is_some_and(|v| MAKING.contains(&v))
}

#[cfg(test)]
mod tests {
    use super::{team_method, writer_perfect};

    #[test]
    fn a_team_at_the_articles_making_is_the_writers() {
        assert!(team_method("data", "team", Some("compared")));
        assert!(team_method("team", "checked", None));
        assert!(!team_method("staff", "were", Some("not")));
        assert!(!team_method("compliance", "team", Some("has")));
    }

    #[test]
    fn checking_is_the_writers_a_deed_is_a_claim() {
        assert!(writer_perfect(Some("checked")));
        assert!(writer_perfect(Some("been")));
        assert!(writer_perfect(Some("not")));
        assert!(!writer_perfect(Some("bought")));
        assert!(!writer_perfect(Some("replaced")));
        assert!(!writer_perfect(None));
    }
}
