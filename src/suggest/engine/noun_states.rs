//! "states" the noun, not the reporting verb: "UN resolutions require *member
//! states* to send …", "the luxury goods that member states should not
//! supply", "most flag states". The word before names a kind of state (or
//! counts or picks states), so the cue word is the head of a noun phrase; a
//! modal or "to"/"from" right after it confirms it. Over the 31 sets "member
//! states" was read as an attribution (source "member") 7 times (fresh8,
//! fresh11, fresh23, fresh26, fresh27, fresh28, fresh29), each cutting a
//! gold claim in two; no gold attribution has the cue after such a word.

/// Words before "states" that make it a noun ("member states", "flag states").
const STATE_KINDS: &[&str] = &[
    "member",
    "flag",
    "nation",
    "coastal",
    "island",
    "sovereign",
    "partner",
    "client",
    "rogue",
    "nuclear",
    "neighbouring",
    "neighboring",
    "hostile",
    "separate",
    "arab",
    "gulf",
    "baltic",
    "african",
    "european",
    "asian",
    "western",
    "other",
    "several",
    "many",
    "both",
    "these",
    "those",
    "all",
    "two",
    "three",
    "some",
    "most",
    "non-member",
    "signatory",
    "third",
    "transit",
    "border",
    "buffer",
    "satellite",
    "vassal",
    "successor",
];

/// True when the cue word `cue` (lower case) is the noun "states": the word
/// before it (`previous`, lower case) is a kind, a count or a determiner of
/// states.
pub(super) fn is_noun_states(cue: &str, previous: &str) -> bool {
    cue == "states"
        && STATE_KINDS.contains(&previous.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
}

#[cfg(test)]
mod tests {
    use super::is_noun_states;

    #[test]
    fn a_kind_of_state_is_a_noun() {
        assert!(is_noun_states("states", "member"));
        assert!(is_noun_states("states", "flag"));
        assert!(!is_noun_states("states", "report"));
        assert!(!is_noun_states("states", "company"));
        assert!(!is_noun_states("stated", "member"));
    }
}
