//! Where a clause sits in its text and among its sentence's attributions:
//! what the clause rules read besides the clause's words.

/// Where a clause sits: the sentence's offset in the text, and whether an
/// attribution stands just before it or next to it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context {
    pub(super) base: usize,
    pub(super) after_attribution: bool,
    pub(super) next_to_attribution: bool,
    /// What a source reports (after its attribution, its "that", or carried
    /// over " and that ").
    pub(super) reported: bool,
    /// The sentence is page furniture: no claim in it.
    pub(super) furniture: bool,
    /// The attribution just before the clause follows a claim of its own
    /// sentence ("…, said Lee, …").
    pub(super) source_after_claim: bool,
    /// The sentence is a record on a time-stamped entry line ("30 Nov 04:10
    /// — Six aboard."), with no attribution of its own.
    pub(super) entry: bool,
    /// The sentence lies inside a quotation and has no attribution of its
    /// own ([`super::quoted`]).
    pub(super) quoted: bool,
}
