//! CoNLL: one token per line, `TOKEN⇥START⇥END⇥TAG`, BIO tags (`B-claim`,
//! `I-claim`, `O`), a blank line between sentences, and before each document the
//! CoNLL-2003 separator `-DOCSTART- -X- O O` followed by a blank line (what spaCy's
//! `convert -c ner` and CoNLL-2003 readers split documents on; a `#` comment line
//! would be read as a token). Documents follow in the export's order, the order of
//! the project. START/END are the token's offsets in the chosen unit, end exclusive.
//!
//! Tokens are Unicode words (UAX #29) without whitespace, further split wherever an
//! annotation starts or ends, so every exported annotation is a whole run of tokens
//! whose first START and last END are the annotation's own offsets. Sentences
//! (UAX #29) are not split inside an annotation: a boundary inside one is dropped.
//!
//! A token has one tag, so overlapping annotations cannot all be written: the
//! annotation that starts first wins, then the longer one, then the smaller id;
//! an annotation overlapping one already placed is left out (and counted).
//! Whitespace at the edges of an annotation belongs to no token, so its run starts
//! at its first non-space char; an annotation of only whitespace is left out.

use std::fmt::Write as _;

use unicode_segmentation::UnicodeSegmentation;

use super::Selection;
use crate::model::{Annotation, Document, OffsetUnit};

/// The CoNLL text and how many annotations overlapping others were left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllOutput {
    /// The file contents.
    pub text: String,
    /// Annotations not written because an overlapping one won.
    pub skipped: usize,
}

/// One token: its text and offsets in chars, UTF-16 units and bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Token {
    chars: (usize, usize),
    utf16: (usize, usize),
    bytes: (usize, usize),
}

impl Token {
    fn offsets(&self, unit: OffsetUnit) -> (usize, usize) {
        match unit {
            OffsetUnit::Chars => self.chars,
            OffsetUnit::Utf16 => self.utf16,
            OffsetUnit::Bytes => self.bytes,
        }
    }
}

/// An annotation as CoNLL places it: its char bounds without leading and trailing
/// whitespace (which no token covers).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed<'a> {
    /// First non-whitespace char of the annotation.
    pub start: usize,
    /// One past its last non-whitespace char.
    pub end: usize,
    /// The annotation.
    pub annotation: &'a Annotation,
}

/// The annotations that get tags, trimmed of edge whitespace: by start, longer
/// first, then id; one overlapping an earlier winner, or holding only whitespace, is
/// dropped. Returns the winners (in text order) and the number dropped.
pub fn winners<'a>(annotations: &[&'a Annotation]) -> (Vec<Placed<'a>>, usize) {
    let mut sorted: Vec<Placed<'a>> = annotations
        .iter()
        .filter_map(|&a| {
            let lead = a.quote.chars().take_while(|c| c.is_whitespace()).count();
            let trail = a
                .quote
                .chars()
                .rev()
                .take_while(|c| c.is_whitespace())
                .count();
            let (start, end) = (a.start + lead, a.end.saturating_sub(trail));
            (start < end).then_some(Placed {
                start,
                end,
                annotation: a,
            })
        })
        .collect();
    let mut skipped = annotations.len() - sorted.len();
    sorted.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.annotation.id.cmp(&b.annotation.id))
    });
    let mut out: Vec<Placed<'a>> = Vec::with_capacity(sorted.len());
    for p in sorted {
        match out.last() {
            Some(last) if p.start < last.end => skipped += 1,
            _ => out.push(p),
        }
    }
    (out, skipped)
}

/// The line (and the blank line after it) that opens each document.
pub const DOCSTART: &str = "-DOCSTART- -X- O O\n\n";

/// The selection as CoNLL, offsets in `unit`.
pub fn to_conll(selection: &Selection<'_>, unit: OffsetUnit) -> ConllOutput {
    let mut text = String::new();
    let mut skipped = 0;
    for (k, d) in selection.documents.iter().enumerate() {
        if k > 0 {
            // A blank line ends the previous document's last sentence.
            text.push('\n');
        }
        let (placed, dropped) = winners(&d.annotations);
        skipped += dropped;
        write_document(&mut text, d.document, &placed, unit);
    }
    ConllOutput { text, skipped }
}

fn write_document(out: &mut String, doc: &Document, placed: &[Placed<'_>], unit: OffsetUnit) {
    out.push_str(DOCSTART);
    let text = &doc.text;
    let word_starts: Vec<usize> = text
        .split_word_bound_indices()
        .map(|(b, _)| doc.char_of(b))
        .collect();
    let sentence_starts: Vec<usize> = text
        .split_sentence_bound_indices()
        .map(|(b, _)| doc.char_of(b))
        .collect();
    let mut cuts: Vec<usize> = word_starts;
    cuts.extend(placed.iter().flat_map(|p| [p.start, p.end]));
    cuts.sort_unstable();
    cuts.dedup();

    let mut next_cut = 0usize;
    let mut next_sentence = 0usize;
    let mut ann = 0usize;
    let mut tagged_in_current: Option<usize> = None;
    let mut line_has_tokens = false;
    let mut pending_break = false;

    let tokens = tokenize(text, &cuts, &mut next_cut);
    for t in tokens {
        // A sentence boundary between the previous token and this one?
        while next_sentence < sentence_starts.len() && sentence_starts[next_sentence] <= t.chars.0 {
            if sentence_starts[next_sentence] > 0 {
                pending_break = true;
            }
            next_sentence += 1;
        }
        while ann < placed.len() && placed[ann].end <= t.chars.0 {
            ann += 1;
        }
        let tag = match placed.get(ann) {
            Some(a) if a.start <= t.chars.0 => {
                if tagged_in_current == Some(ann) {
                    format!("I-{}", label_token(&a.annotation.label))
                } else {
                    tagged_in_current = Some(ann);
                    format!("B-{}", label_token(&a.annotation.label))
                }
            }
            _ => "O".to_string(),
        };
        // A boundary inside an annotation is dropped: its tokens stay one sentence.
        if pending_break && line_has_tokens && !tag.starts_with("I-") {
            out.push('\n');
        }
        pending_break = false;
        let (s, e) = t.offsets(unit);
        let word = &text[t.bytes.0..t.bytes.1];
        let _ = writeln!(out, "{word}\t{s}\t{e}\t{tag}");
        line_has_tokens = true;
    }
}

/// The label as one token (whitespace becomes `_`).
fn label_token(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

/// Splits `text` into tokens: maximal runs of non-whitespace chars, cut at every
/// char offset in `cuts` (sorted).
fn tokenize(text: &str, cuts: &[usize], next_cut: &mut usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let (mut c, mut u) = (0usize, 0usize);
    let mut open: Option<(usize, usize, usize)> = None; // (char, utf16, byte) start
    for (b, ch) in text.char_indices() {
        while *next_cut < cuts.len() && cuts[*next_cut] < c {
            *next_cut += 1;
        }
        let at_cut = cuts.get(*next_cut) == Some(&c);
        if (ch.is_whitespace() || at_cut)
            && let Some((sc, su, sb)) = open.take()
        {
            tokens.push(Token {
                chars: (sc, c),
                utf16: (su, u),
                bytes: (sb, b),
            });
        }
        if !ch.is_whitespace() && open.is_none() {
            open = Some((c, u, b));
        }
        c += 1;
        u += ch.len_utf16();
    }
    if let Some((sc, su, sb)) = open {
        tokens.push(Token {
            chars: (sc, c),
            utf16: (su, u),
            bytes: (sb, text.len()),
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ExportOptions;
    use crate::model::Project;

    fn project(text: &str, spans: &[(usize, usize, &str)]) -> Project {
        let mut p = Project::new("p");
        p.documents.push(Document::new("d", "D", text));
        for (i, &(s, e, l)) in spans.iter().enumerate() {
            let q = p.documents[0].slice(s, e).to_string();
            let mut a = Annotation::new("d", s, e, q, l, "me");
            a.id = format!("a{i}");
            p.annotations.push(a);
        }
        p
    }

    fn conll(p: &Project, unit: OffsetUnit) -> ConllOutput {
        to_conll(&Selection::new(p, &ExportOptions::default()).unwrap(), unit)
    }

    #[test]
    fn bio_tags_and_sentences() {
        // "KCNA said it. Analysts doubt 조선."
        let p = project(
            "KCNA said it. Analysts doubt 조선.",
            &[(0, 9, "attribution"), (29, 31, "speculation")],
        );
        let out = conll(&p, OffsetUnit::Chars);
        assert_eq!(
            out.text,
            "-DOCSTART- -X- O O\n\nKCNA\t0\t4\tB-attribution\nsaid\t5\t9\tI-attribution\nit\t10\t12\tO\n.\t12\t13\tO\n\nAnalysts\t14\t22\tO\ndoubt\t23\t28\tO\n조선\t29\t31\tB-speculation\n.\t31\t32\tO\n"
        );
        assert_eq!(out.skipped, 0);
    }

    #[test]
    fn overlaps_keep_the_first_and_longest_and_count_the_rest() {
        let p = project(
            "one two three four",
            &[
                (4, 13, "claim"),
                (0, 7, "attribution"),
                (8, 18, "speculation"),
            ],
        );
        let out = conll(&p, OffsetUnit::Chars);
        assert!(out.text.contains("one\t0\t3\tB-attribution\ntwo\t4\t7\tI-attribution\nthree\t8\t13\tB-speculation\nfour\t14\t18\tI-speculation"), "{}", out.text);
        assert_eq!(out.skipped, 1);
    }

    #[test]
    fn spans_inside_a_word_split_the_token_and_sentences_do_not_split_spans() {
        let p = project(
            "KCNA's 👋🏽 claim. Next one.",
            &[(0, 4, "attribution"), (14, 21, "claim")],
        );
        let out = conll(&p, OffsetUnit::Utf16);
        assert!(
            out.text.starts_with(
                "-DOCSTART- -X- O O\n\nKCNA\t0\t4\tB-attribution\n's\t4\t6\tO\n👋🏽\t7\t11\tO\n"
            ),
            "{}",
            out.text
        );
        // "claim. Next" crosses the sentence end: no blank line inside it.
        assert!(
            out.text
                .contains("B-claim\n.\t17\t18\tI-claim\nNext\t19\t23\tI-claim\n"),
            "{}",
            out.text
        );
    }
}
