//! The sources of a text's attribution spans, each quote named once: naming
//! goes through the registry (the costliest step of a learned suggestion, a
//! sixth of a 10 MB article's time before), and the same words name the same
//! source.

use super::model::Reader;

/// Past this many attribution spans named, [`SourceNames`] starts again.
const MAX_NAMED: usize = 50_000;

/// The sources of the attribution spans named so far in a text, by their
/// quote: the same words give the same source, and naming goes through the
/// registry (the costliest step of a suggestion), so each is named once.
#[derive(Default)]
pub(super) struct SourceNames<'t> {
    named: std::collections::HashMap<&'t str, String, foldhash::fast::RandomState>,
}

impl<'t> SourceNames<'t> {
    pub(super) fn source_of(&mut self, reader: &Reader, quote: &'t str) -> String {
        if let Some(source) = self.named.get(quote) {
            return source.clone();
        }
        if self.named.len() >= MAX_NAMED {
            self.named.clear();
        }
        let source = reader.source_of(quote);
        self.named.insert(quote, source.clone());
        source
    }
}
