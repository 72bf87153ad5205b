//! A subject that a source's participle and the piece it spoke in describe
//! before the cue: "*Analysts quoted in the piece* said", "*economists
//! surveyed for the report* said". Read by `agent_subject` like "polled by
//! the Daily": the span starts at the subject, the source is the subject's.
//! Before, "Analysts quoted" (the participle read as a cue) was the span.
//! Over the 26 sets (fresh24 204–207 only): fresh24 ×1; no other sentence
//! has the shape.

/// Participles of how a source's words were had.
const PARTICIPLES: &[&str] = &[
    "quoted",
    "cited",
    "interviewed",
    "surveyed",
    "polled",
    "contacted",
    "consulted",
];

/// Prepositions that join such a participle to the piece.
const JOINERS: &[&str] = &[" in ", " for "];

/// In `near` (the text before a cue): the byte of the last " in " or " for "
/// right after a participle of [`PARTICIPLES`], and the joiner's length.
pub(super) fn cited_in_at(near: &str) -> Option<(usize, usize)> {
    // One pass back from the end to the last joiner (cheaper than a search
    // for each joiner through the whole text).
    let bytes = near.as_bytes();
    let (at, joiner) = (0..bytes.len()).rev().find_map(|i| {
        let rest = &bytes[i..];
        JOINERS
            .iter()
            .find(|j| rest.starts_with(j.as_bytes()))
            .map(|j| (i, j.len()))
    })?;
    // Every participle ends with "ed".
    if !near[..at].ends_with("ed") {
        return None;
    }
    let participle = near[..at].rsplit(' ').next()?;
    PARTICIPLES.contains(&participle).then_some((at, joiner))
}

#[cfg(test)]
mod tests {
    use super::cited_in_at;

    #[test]
    fn a_source_participle_before_in_or_for() {
        let s = "Analysts quoted in the piece";
        assert_eq!(cited_in_at(s), Some((15, 4)));
        assert_eq!(cited_in_at("Ships moored in the port"), None);
        // The last joiner decides.
        assert_eq!(cited_in_at("Analysts quoted in the piece for the"), None);
        assert_eq!(cited_in_at("Men polled for the poll in the town"), None);
        assert_eq!(
            cited_in_at("Men in town polled for the poll"),
            Some((18, 5))
        );
    }
}
