//! A number is never a source: "according to its 1985 catalogue" read up to
//! the year names no one (the catalogue's owner is the one before), so an
//! attribution whose source has no letter is dropped rather than filed under
//! "1985".

use super::{ATTRIBUTION, Found};

/// Drops the attributions of `found` whose source holds no letter ("1985",
/// "2,000"): a year or a figure read as a name.
pub(super) fn drop_numeric_sources(found: &mut Vec<Found>) {
    found.retain(|f| {
        f.label != ATTRIBUTION
            || f.source
                .as_deref()
                .is_none_or(|s| s.chars().any(char::is_alphabetic))
    });
}
