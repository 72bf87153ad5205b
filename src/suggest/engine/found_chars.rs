//! The engine's byte spans to suggestions in char offsets (the offset
//! convention), a long list's later half on a second thread.

use super::{Found, tail_split};
use crate::suggest::Suggestion;

/// Byte spans (sorted by start) to char spans, sorted by (start, end,
/// label); a long list's later half on a second thread.
pub(super) fn to_chars(text: &str, mut found: Vec<Found>) -> Vec<Suggestion> {
    let mut out = match tail_split::halves(found.len()) {
        None => suggestions_in_chars(text, found),
        Some(mid) => {
            let later = found.split_off(mid);
            let (mut out, later) = tail_split::beside(
                || suggestions_in_chars(text, found),
                || suggestions_in_chars(text, later),
            );
            out.extend(later);
            out
        }
    };
    out.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    out
}

/// Byte spans (sorted by start) to suggestions in char offsets, in the same
/// order, counting chars once through the text from its start.
fn suggestions_in_chars(text: &str, found: Vec<Found>) -> Vec<Suggestion> {
    let mut byte = 0usize;
    let mut chars = 0usize;
    let mut at = |b: usize| {
        if b >= byte {
            chars += text[byte..b].chars().count();
        } else {
            chars -= text[b..byte].chars().count();
        }
        byte = b;
        chars
    };
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let start = at(f.start);
        let end = at(f.end);
        out.push(Suggestion {
            doc: String::new(),
            start,
            end,
            label: f.label.to_string(),
            source: f.source,
            rule: f.rule,
            score: f.score,
            why: f.why,
            quote: text[f.start..f.end].to_string(),
        });
    }
    out
}
