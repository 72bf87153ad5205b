//! The engine's byte spans to suggestions in char offsets (the offset
//! convention), a long list's later half on a second thread.

use super::{Found, tail_split};
use crate::suggest::Suggestion;

/// Byte spans (sorted by start) to char spans, sorted by (start, end,
/// label); a long list's later half on a second thread.
pub(super) fn to_chars(text: &str, mut found: Vec<Found>) -> Vec<Suggestion> {
    // The whole list's room made at once: the later half is moved in
    // after the first without growing it.
    let mut out = Vec::with_capacity(found.len());
    match tail_split::halves(found.len()) {
        None => suggestions_in_chars(text, found, &mut out),
        Some(mid) => {
            let later = found.split_off(mid);
            let ((), later) = tail_split::beside(
                || suggestions_in_chars(text, found, &mut out),
                || {
                    let mut part = Vec::with_capacity(later.len());
                    suggestions_in_chars(text, later, &mut part);
                    part
                },
            );
            out.extend(later);
        }
    }
    out.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    out
}

/// Byte spans (sorted by start) to suggestions in char offsets pushed on
/// `out`, in the same order, counting chars once through the text from its
/// start.
fn suggestions_in_chars(text: &str, found: Vec<Found>, out: &mut Vec<Suggestion>) {
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
}
