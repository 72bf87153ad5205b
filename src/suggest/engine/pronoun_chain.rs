//! When a late pass renames an attribution's source, the pronouns that took
//! the old source from it ("The studio executive said … he said … he said")
//! follow: each pronoun attribution after it that still holds the old source,
//! up to the first attribution with another source.

use super::{ATTRIBUTION, Found};

/// Personal pronouns that open a pronoun attribution, lower case.
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Gives the pronoun attributions of `found` (of `text`) right after index
/// `at` (marked `back_reference`, opening "he", "she" or "they") whose
/// source is still `old` the source `new`, stopping at the first
/// attribution that is not such a pronoun of `old`'s.
pub(super) fn follow_pronouns(text: &str, found: &mut [Found], at: usize, old: &str, new: &str) {
    for f in found.iter_mut().skip(at + 1) {
        if f.label != ATTRIBUTION {
            continue;
        }
        let first = (text
            .get(f.start..f.end)
            .unwrap_or_default()
            .split_whitespace())
        .next()
        .unwrap_or_default()
        .to_lowercase();
        let pronoun = f.back_reference && PRONOUNS.contains(&first.as_str());
        if f.source.as_deref() != Some(old) || !pronoun {
            break;
        }
        f.why.push_str(&format!(
            ", read as {new} with the attribution it refers back to"
        ));
        f.source = Some(new.to_string());
    }
}
