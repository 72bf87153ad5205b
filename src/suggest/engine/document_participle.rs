//! A participle between a document and "by" ("figures *compiled* by the
//! bureau showed", "data *released* by the customs office show"): the
//! document is still the subject, and analysts draw it whole, from the
//! document's first word to the verb.

/// Participles that say how a document came from its source, lower case.
const PARTICIPLES: &[&str] = &[
    "compiled",
    "collected",
    "gathered",
    "published",
    "released",
    "issued",
    "produced",
    "kept",
];

/// `lead` (the text before " by") with a closing participle of
/// [`PARTICIPLES`] dropped, when one closes it ("Viewing figures compiled" →
/// "Viewing figures"); `lead` as it is otherwise.
pub(super) fn without_participle(lead: &str) -> &str {
    match lead.rsplit_once(' ') {
        Some((rest, word)) if PARTICIPLES.iter().any(|p| word.eq_ignore_ascii_case(p)) => rest,
        _ => lead,
    }
}

#[cfg(test)]
mod tests {
    use super::without_participle;

    #[test]
    fn a_participle_before_by_is_dropped() {
        assert_eq!(
            without_participle("Monthly figures compiled"),
            "Monthly figures"
        );
        assert_eq!(without_participle("the data released"), "the data");
        // Any other word stays.
        assert_eq!(without_participle("a report"), "a report");
        assert_eq!(without_participle("compiled"), "compiled");
    }
}
