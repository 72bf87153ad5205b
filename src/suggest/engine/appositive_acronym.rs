//! An appositive that ends with its body's acronym in parentheses ("China's
//! quake agency, *the China Earthquake Networks Center (CENC)*, reported"):
//! the one bracket an appositive before a cue may hold.

use super::Suggester;

/// The most characters of an acronym in parentheses.
const MAX_ACRONYM: usize = 8;

/// True when `appositive`'s only brackets close it around an acronym ("the
/// Weather Service (NWS)"): two to eight capitals or digits, the first a
/// capital, and no quote anywhere.
pub(super) fn ends_with_bracketed_acronym(appositive: &str) -> bool {
    closing_acronym(appositive).is_some()
}

/// The acronym in parentheses that closes `appositive` (see
/// [`ends_with_bracketed_acronym`]).
fn closing_acronym(appositive: &str) -> Option<&str> {
    let inner = appositive.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let acronym = &inner[open + 1..];
    let head = &inner[..open];
    let fits = (2..=MAX_ACRONYM).contains(&acronym.len())
        && acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && head.ends_with(' ')
        && !head.contains(['(', ')', '“', '”', '"']);
    fits.then_some(acronym)
}

impl Suggester {
    /// The source an appositive closing with a body's acronym names ("The
    /// advisory, led by the Grid Safety Office (GSO), said" → GSO), when the
    /// rules name such bodies by their acronym.
    pub(super) fn appositive_acronym_source(&self, appositive: &str) -> Option<String> {
        let acronym = closing_acronym(appositive)?;
        (self.rules.attribution.name_by_bracketed_acronym).then(|| self.index.normalise(acronym))
    }
}

#[cfg(test)]
mod tests {
    use super::ends_with_bracketed_acronym;

    #[test]
    fn only_a_closing_acronym_counts() {
        assert!(ends_with_bracketed_acronym(
            " the National Weather Service (NWS)"
        ));
        assert!(ends_with_bracketed_acronym(" the Met Office (UKMO2)"));
        // A bracket inside, a lower-case aside, a quote, a bracket that does
        // not close the appositive.
        assert!(!ends_with_bracketed_acronym(
            " a site (run by a trust) in Leeds"
        ));
        assert!(!ends_with_bracketed_acronym(" a forecaster (retired)"));
        assert!(!ends_with_bracketed_acronym(" the “Storm Desk” (SD)"));
        assert!(!ends_with_bracketed_acronym(
            " the (old) Weather Service (NWS)"
        ));
        assert!(!ends_with_bracketed_acronym(" the service(NWS)"));
    }
}
