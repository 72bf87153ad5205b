//! An auxiliary verb left at the end of a source's name is no part of it: in
//! "a three-month investigation by the Harbour Courier *has* found" the cue is
//! "has found", so the name read up to "found" is "the Harbour Courier has".
//! The perfect, passive and modal auxiliaries ("has", "had", "was",
//! "would", …) are cut from the name's end, with an adverb between them and
//! the cue ("has also found", "had previously said").

use crate::suggest::lower::lower_in;

/// Auxiliaries that stand between a subject and its cue ("*has* found",
/// "*had* said", "*would* say").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "may", "might", "can",
    "could", "should", "must", "did", "does", "do",
];

/// Adverbs that may stand between the auxiliary and the cue ("has *also*
/// found", "had *previously* said").
const ADVERBS: &[&str] = &[
    "also",
    "already",
    "previously",
    "now",
    "since",
    "repeatedly",
];

/// `name` without the auxiliary (and an adverb after it) at its end ("the
/// Harbour Courier has" → "the Harbour Courier"); `name` itself when it ends
/// otherwise, or when nothing would be left.
pub(super) fn without_auxiliary(name: &str) -> &str {
    let mut rest = name.trim_end();
    if let Some((before, last)) = rest.rsplit_once(char::is_whitespace)
        && lower_in(last, ADVERBS)
    {
        rest = before.trim_end();
    }
    match rest.rsplit_once(char::is_whitespace) {
        Some((before, last)) if lower_in(last, AUXILIARIES) && !before.trim().is_empty() => {
            before.trim_end()
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::without_auxiliary;

    #[test]
    fn an_auxiliary_is_cut_from_the_name() {
        assert_eq!(
            without_auxiliary("the Harbour Courier has"),
            "the Harbour Courier"
        );
        assert_eq!(without_auxiliary("Daily NK had also"), "Daily NK");
        assert_eq!(without_auxiliary("the ministry"), "the ministry");
        // An adverb alone is kept: it may be part of a name.
        assert_eq!(
            without_auxiliary("Radio Free Asia also"),
            "Radio Free Asia also"
        );
        assert_eq!(without_auxiliary("has"), "has");
        assert_eq!(without_auxiliary("서울신문 has"), "서울신문");
    }
}
